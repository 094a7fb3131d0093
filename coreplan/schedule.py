"""What falls due when: the one computation behind `coreplan schedule` and the timescale rules.

Every statutory date is worked out here, from the case, a procedures profile
(coreplan.procedures) and a working-day calendar (coreplan.calendar). Each due
item says what is due, by when, on what basis, whether and when it was done,
and where in the case file the thing that settles it was written.

Chains: a later core group falls due six weeks after the one before it; a visit
falls due ten working days (or four weeks) after the last one of its kind; a
review conference three months after the initial conference, then six months
after the previous review. Nothing falls due after the case's `deregistered`.
"""

from __future__ import annotations

from functools import partial
from datetime import date, timedelta
from typing import Iterable, NamedTuple

from coreplan.calendar import WorkingCalendar, add_months
from coreplan.i18n import N_
from coreplan.messages import Msg, msg_n
from coreplan.model import Case
from coreplan.procedures import Profile
from coreplan.text import first_name
from coreplan.yamlread import Pos

KINDS = ("outline-plan", "conference-record", "first-core-group", "core-group", "review-conference",
         "visit-alone", "visit-home", "bedroom", "action", "assessment")


Words = tuple  # (catalog message, ((name, value), ...)), or a counted Msg: wording translated only when shown


# A named tuple: a team's schedule holds every due item of every case at once (they are sorted by date
# across cases), so each item is kept small, and made (in a pool worker) and rebuilt (in the process that
# writes the schedule) in C rather than field by field.
class DueItem(NamedTuple):
    case: str  # the case reference
    kind: str
    child: str | None  # the child's id, for visits
    due: date
    done: date | None
    basis_words: Words  # why it is due then
    status: str  # done, overdue or due
    # overdue by, due in, or (when done) how late it was done; 0 when on time. Anything after the due
    # date is at least 1 working day late, even on a weekend (WorkingCalendar.working_days_late)
    working_days: int
    what_words: Words  # a short label: "first core group", an action's text...
    where: Pos  # what settles it in the file: the meeting or visit that did it, or what it counts from
    file: str
    moved_from: tuple[date, str] | None = None  # the day it would have fallen on, and why that was a day off
    # who the item is for: an action's `who`, an assessment's commissioner, else the co-ordinator
    who_id: str = ""
    who: str = ""  # that person's name
    coordinator: str = ""  # the case co-ordinator's name
    # an action or assessment: where it is in the case ("mornings.actions.2", "assessments.1", counted from 1)
    # and its words in full, so two actions of one person due the same day stay two different rows
    ref: str | None = None
    text: str | None = None

    def is_for(self, person: str) -> bool:
        """Whether this item is for the person named (an id, a full name or a first name; accents optional)."""
        wanted = _fold(person)
        return bool(wanted) and wanted in (_fold(self.who_id), _fold(self.who), _fold(first_name(self.who)))

    @property
    def late(self) -> bool:
        return self.status == "overdue" or (self.status == "done" and self.working_days > 0)

    @property
    def basis(self) -> str:
        return basis_in(self, "en")

    @property
    def what(self) -> str:
        return say(self.what_words, "en")

    def as_dict(self) -> dict:
        return {"case": self.case, "kind": self.kind, "child": self.child, "due": self.due.isoformat(),
                "status": self.status, "done": self.done.isoformat() if self.done else None,
                "basis": self.basis, "who": self.who, "coordinator": self.coordinator,
                "id": self.ref, "text": self.text}


def _fold(text: str) -> str:
    """Case and accents ignored, so `--who sian` finds Siân: a name typed on an English keyboard."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(message: str, **values) -> Words:
    return (message, tuple(values.items()))


def say(phrase: Words, language: str, shown=None) -> str:
    """A phrase in a language, dates in that language's form. `shown`, if given, is applied to each value
    the case gave (a name, a goal's title, a practitioner's own words): a calendar isolates one written
    right to left (coreplan.bidi)."""
    from coreplan.i18n import short_date, translations

    if isinstance(phrase, Msg):  # a counted phrase: each language's own plural forms
        return phrase.in_language(language)
    message, values = phrase
    if not message:  # a practitioner's own words (an action, an assessment): shown as written, never translated
        text = dict(values)["text"]
        return shown(text) if shown else text
    text = translations(language).gettext(message)
    return text.format(**{k: short_date(v, language) if isinstance(v, date) else shown(v) if shown else v
                          for k, v in values})


def basis_in(item: DueItem, language: str, shown=None) -> str:
    text = say(item.basis_words, language, shown)
    if item.moved_from is not None:
        from coreplan.i18n import day_off_name

        day, why = item.moved_from
        text += say(words(N_(", brought forward from {day} ({why})"), day=day, why=day_off_name(why, language)),
                    language)
    return text


def long_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class _Builder:
    def __init__(self, case: Case, profile: Profile, calendar: WorkingCalendar, today: date) -> None:
        self.case, self.profile, self.calendar, self.today = case, profile, calendar, today
        self.items: list[DueItem] = []
        # the same for every item of the case (a case has about fifty)
        self.file, self.coordinator = str(case.file), case.name_of(case.coordinator)

    def add(self, kind: str, due: date, done: date | None, basis: Words, what: Words, where: Pos,
            child: str | None = None, unmoved: date | None = None, who: str | None = None,
            ref: str | None = None, text: str | None = None) -> None:
        end = self.case.deregistered
        # nothing falls due after deregistration, except the review conference that decided it
        if end is not None and due > end and not (kind == "review-conference" and done is not None):
            return
        cal = self.calendar
        if done is not None:
            status, days = "done", cal.working_days_late(due, done)
        elif due < self.today:
            status, days = "overdue", cal.working_days_late(due, self.today)
        else:
            status, days = "due", cal.working_days_between(self.today, due)
        moved = (unmoved, cal.day_off(unmoved)) if unmoved is not None and unmoved != due else None
        case = self.case
        # meetings, visits and what is sent out are the co-ordinator's to arrange
        name = case.name_of(who) if who else self.coordinator
        self.items.append(DueItem(case.reference, kind, child, due, done, basis, status, days, what,
                                  where, self.file, moved, who or case.coordinator, name, self.coordinator,
                                  ref, text))


def due_items(case: Case, profile: Profile, calendar: WorkingCalendar, today: date) -> list[DueItem]:
    """Every due item of one case, in date order."""
    b = _Builder(case, profile, calendar, today)
    cal, conference = calendar, case.conference

    n = profile.outline_plan_within_working_days
    b.add("outline-plan", cal.add_working_days(conference, n), case.outline_plan_sent,
          _working_days_after_conference(n, conference), words(N_("outline plan sent out")), case.at("conference"))
    n = profile.conference_record_within_working_days
    b.add("conference-record", cal.add_working_days(conference, n), case.conference_record_sent,
          _working_days_after_conference(n, conference), words(N_("conference record sent out")),
          case.at("conference"))

    core_groups = sorted((m for m in case.core_group_meetings() if m.date >= conference), key=lambda m: m.date)
    n = profile.first_core_group_within_working_days
    first = core_groups[0] if core_groups else None
    b.add("first-core-group", cal.add_working_days(conference, n), first.date if first else None,
          _working_days_after_conference(n, conference), words(N_("first core group")),
          first.at("date") if first else case.at("conference"))
    days = profile.core_group_every_days
    for previous, following in zip(core_groups, [*core_groups[1:], None]):
        unmoved = previous.date + timedelta(days=days)
        b.add("core-group", cal.on_or_before(unmoved), following.date if following else None,
              _after_core_group(days, previous.date),
              words(N_("core group")), following.at("date") if following else previous.at("date"), unmoved=unmoved)

    review_dues = _reviews(b, case, profile)
    _visits(b, case, profile, review_dues)

    for goal in case.goals:
        for number, action in enumerate(goal.actions, start=1):
            b.add("action", action.by, action.done, words(N_("agreed in the plan, goal '{goal}'"), goal=goal.title),
                  words("", text=_clip(action.what)), action.at("by"), who=action.who,
                  ref=f"{goal.id}.actions.{number}", text=" ".join(action.what.split()))
    for number, assessment in enumerate(case.assessments, start=1):
        if assessment.by is not None:
            b.add("assessment", assessment.by, assessment.done, words(N_("agreed in the plan")),
                  words("", text=_clip(assessment.what)), assessment.at("by"), who=assessment.commissioned_by,
                  ref=f"assessments.{number}", text=" ".join(assessment.what.split()))
    return in_order(b.items, lambda item: (item.due, KINDS.index(item.kind), item.child or ""), by_words)


def by_words(item: DueItem) -> tuple[str, str]:
    """What sorts items due the same day, of the same kind, for the same child: their words, then where they are."""
    return item.what, item.ref or ""


def in_order(items: list, first, then) -> list:
    """items sorted as by key=lambda item: (first(item), then(item)), in place (and returned), working `then`
    out (an item's words, in English) only for the items whose `first` is another's too: an authority's
    schedule sorts millions, so nothing is made for every item but its `first` while it sorts (no list of
    indices, no second list of the items)."""
    items.sort(key=first)  # stable: items of one `first` keep their order, as sorting by both would
    start, end = 0, len(items)
    key = first(items[0]) if items else None
    while start < end:
        stop = start + 1
        while stop < end:
            following = first(items[stop])
            if following != key:
                break
            stop += 1
        else:
            following = None
        if stop - start > 1:
            items[start:stop] = sorted(items[start:stop], key=then)
        start, key = stop, following
    return items


# Counted phrases go through the catalog's plural forms: Welsh has six ("2 ddiwrnod gwaith", "3 mis").
def _working_days_after_conference(n: int, day: date) -> Msg:
    return msg_n("%(n)s working day after the conference on %(date)s",
                 "%(n)s working days after the conference on %(date)s", n, date=day)


def _working_days_after_visit(n: int, day: date) -> Msg:
    return msg_n("%(n)s working day after the last visit on %(date)s",
                 "%(n)s working days after the last visit on %(date)s", n, date=day)


def _after_core_group(days: int, day: date) -> Msg:
    if days % 7 == 0:
        return msg_n("%(n)s week after the core group on %(date)s", "%(n)s weeks after the core group on %(date)s",
                     days // 7, date=day)
    return msg_n("%(n)s day after the core group on %(date)s", "%(n)s days after the core group on %(date)s",
                 days, date=day)


def _after_conference_in(days: int):
    if days % 7 == 0:
        return lambda day: msg_n("%(n)s week after the conference on %(date)s",
                                 "%(n)s weeks after the conference on %(date)s", days // 7, date=day)
    return lambda day: msg_n("%(n)s day after the conference on %(date)s",
                             "%(n)s days after the conference on %(date)s", days, date=day)


def _after_visit_in(days: int):
    if days % 7 == 0:
        return lambda day: msg_n("%(n)s week after the last visit on %(date)s",
                                 "%(n)s weeks after the last visit on %(date)s", days // 7, date=day)
    return lambda day: msg_n("%(n)s day after the last visit on %(date)s",
                             "%(n)s days after the last visit on %(date)s", days, date=day)


def _months_after_conference(months: int, day: date) -> Msg:
    return msg_n("%(n)s month after the conference on %(date)s", "%(n)s months after the conference on %(date)s",
                 months, date=day)


def _months_after_review(months: int, day: date) -> Msg:
    return msg_n("%(n)s month after the review conference on %(date)s",
                 "%(n)s months after the review conference on %(date)s", months, date=day)


def _reviews(b: _Builder, case: Case, profile: Profile) -> list[tuple[date, date | None]]:
    """Add the review conference chain; return (due, held) for each review."""
    reviews = sorted((m for m in case.meetings if m.type == "review-conference" and m.date > case.conference),
                     key=lambda m: m.date)
    months = profile.first_review_within_months
    anchor = case.conference
    basis = _months_after_conference(months, anchor)
    chain: list[tuple[date, date | None]] = []
    index = 0
    while True:
        unmoved = add_months(anchor, months)
        due = b.calendar.on_or_before(unmoved)
        held = reviews[index] if index < len(reviews) else None
        b.add("review-conference", due, held.date if held else None, basis, words(N_("review conference")),
              held.at("date") if held else case.at("conference"), unmoved=unmoved)
        chain.append((due, held.date if held else None))
        if held is None or (case.deregistered and held.date >= case.deregistered):
            return chain
        index += 1
        months = profile.review_every_months
        anchor = held.date
        basis = _months_after_review(months, anchor)


def _visits(b: _Builder, case: Case, profile: Profile, review_dues: list[tuple[date, date | None]]) -> None:
    cal, conference = b.calendar, case.conference
    for child in case.children:
        name = first_name(child.name)
        visits = sorted((v for v in case.visits if v.child == child.id and v.date > conference),
                        key=lambda v: v.date)
        n = profile.seen_alone_every_working_days
        if n is not None:
            _chain(b, child.id, "visit-alone", [v for v in visits if v.alone], conference,
                   lambda last: (cal.add_working_days(last, n), None),
                   (partial(_working_days_after_conference, n), partial(_working_days_after_visit, n)),
                   words(N_("{child} seen alone"), child=name), case.at("conference"))
        days = profile.seen_at_home_every_days
        if days is not None:
            _chain(b, child.id, "visit-home", [v for v in visits if v.at_home], conference,
                   lambda last: (cal.on_or_before(last + timedelta(days=days)), last + timedelta(days=days)),
                   (_after_conference_in(days), _after_visit_in(days)),
                   words(N_("{child} seen at home"), child=name), case.at("conference"))
        if profile.bedroom_seen_between_reviews:
            period_start = conference
            for due, held in review_dues:
                seen = next((v for v in visits if v.bedroom_seen and period_start < v.date
                             and (held is None or v.date <= held)), None)
                # a review held early ends the period on the day it was held: the bedroom had to be seen by then
                early = held is not None and held < due
                b.add("bedroom", held if early else due, seen.date if seen else None,
                      words(N_("before the review conference held on {date}"), date=held) if early
                      else words(N_("before the review conference due on {date}"), date=due),
                      words(N_("{child}'s bedroom seen"), child=name),
                      seen.at("date") if seen else child.at("id"), child=child.id)
                if held is None:
                    break
                period_start = held


def _chain(b, child_id, kind, visits, start, next_due, bases, what, start_where) -> None:
    """A visit chain: each visit of its kind is due a set time after the one before (the first after the conference).

    `bases`: the basis after the conference, and after a visit, each given the date it counts from."""
    last, basis, last_where = start, bases[0], start_where
    for visit in visits:
        due, unmoved = next_due(last)
        b.add(kind, due, visit.date, basis(last), what, visit.at("date"), child=child_id, unmoved=unmoved)
        last, basis, last_where = visit.date, bases[1], visit.at("date")
    due, unmoved = next_due(last)
    b.add(kind, due, None, basis(last), what, last_where, child=child_id, unmoved=unmoved)


def _clip(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def filter_items(items: Iterable[DueItem], today: date, within: int | None, open_only: bool) -> list[DueItem]:
    result = []
    for item in items:
        if (open_only or within is not None) and item.status == "done":
            continue
        if within is not None and item.due > today + timedelta(days=within):
            continue
        result.append(item)
    return result


def calendar_for(case: Case, settings, shared: dict) -> WorkingCalendar:
    """The working-day calendar for a case's procedures and the team's closure days, built once per run."""
    key = ("calendar", case.procedures, settings.closure_days)
    if key not in shared:
        shared[key] = WorkingCalendar(case.procedures, settings.closure_days)
    return shared[key]


def schedule_case(case: Case, settings, today: date, shared: dict) -> list[DueItem]:
    """due_items with the team's profile and calendar, cached for the rules that share one case."""
    last = shared.get("schedule")
    if last is not None and last[0] is case and last[1] == today:
        return last[2]
    items = due_items(case, settings.procedures[case.procedures], calendar_for(case, settings, shared), today)
    shared["schedule"] = (case, today, items)  # only the latest case: a run may check thousands
    return items
