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

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from coreplan.calendar import WorkingCalendar, add_months
from coreplan.model import Case
from coreplan.procedures import Profile
from coreplan.text import first_name
from coreplan.yamlread import Pos

KINDS = ("outline-plan", "conference-record", "first-core-group", "core-group", "review-conference",
         "visit-alone", "visit-home", "bedroom", "action", "assessment")


@dataclass(frozen=True)
class DueItem:
    case: str  # the case reference
    kind: str
    child: str | None  # the child's id, for visits
    due: date
    done: date | None
    basis: str  # why it is due then, in words
    status: str  # done, overdue or due
    working_days: int  # overdue by, due in, or (when done) how late it was done; 0 when on time
    what: str  # a short label: "first core group", an action's text...
    where: Pos  # what settles it in the file: the meeting or visit that did it, or what it counts from
    file: str

    @property
    def late(self) -> bool:
        return self.status == "overdue" or (self.status == "done" and self.working_days > 0)

    def as_dict(self) -> dict:
        return {"case": self.case, "kind": self.kind, "child": self.child, "due": self.due.isoformat(),
                "status": self.status, "done": self.done.isoformat() if self.done else None,
                "basis": self.basis}


def long_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class _Builder:
    def __init__(self, case: Case, profile: Profile, calendar: WorkingCalendar, today: date) -> None:
        self.case, self.profile, self.calendar, self.today = case, profile, calendar, today
        self.items: list[DueItem] = []

    def add(self, kind: str, due: date, done: date | None, basis: str, what: str, where: Pos,
            child: str | None = None) -> None:
        end = self.case.deregistered
        # nothing falls due after deregistration, except the review conference that decided it
        if end is not None and due > end and not (kind == "review-conference" and done is not None):
            return
        cal = self.calendar
        if done is not None:
            status, days = "done", max(0, cal.working_days_between(due, done))
        elif due < self.today:
            status, days = "overdue", cal.working_days_between(due, self.today)
        else:
            status, days = "due", cal.working_days_between(self.today, due)
        self.items.append(DueItem(self.case.reference, kind, child, due, done, basis, status, days, what,
                                  where, str(self.case.file)))


def due_items(case: Case, profile: Profile, calendar: WorkingCalendar, today: date) -> list[DueItem]:
    """Every due item of one case, in date order."""
    b = _Builder(case, profile, calendar, today)
    cal, conference = calendar, case.conference
    from_conference = f"after the conference on {long_date(conference)}"

    n = profile.outline_plan_within_working_days
    b.add("outline-plan", cal.add_working_days(conference, n), case.outline_plan_sent,
          f"{n} working days {from_conference}", "outline plan sent out", case.at("conference"))
    n = profile.conference_record_within_working_days
    b.add("conference-record", cal.add_working_days(conference, n), case.conference_record_sent,
          f"{n} working days {from_conference}", "conference record sent out", case.at("conference"))

    core_groups = sorted((m for m in case.core_group_meetings() if m.date >= conference), key=lambda m: m.date)
    n = profile.first_core_group_within_working_days
    first = core_groups[0] if core_groups else None
    b.add("first-core-group", cal.add_working_days(conference, n), first.date if first else None,
          f"{n} working days {from_conference}", "first core group",
          first.at("date") if first else case.at("conference"))
    days = profile.core_group_every_days
    for previous, following in zip(core_groups, [*core_groups[1:], None]):
        b.add("core-group", cal.on_or_before(previous.date + timedelta(days=days)),
              following.date if following else None,
              f"{_weeks(days)} after the core group on {long_date(previous.date)}", "core group",
              following.at("date") if following else previous.at("date"))

    review_dues = _reviews(b, case, profile)
    _visits(b, case, profile, review_dues)

    for goal in case.goals:
        for action in goal.actions:
            b.add("action", action.by, action.done, f"agreed in the plan, goal '{goal.title}'",
                  _clip(action.what), action.at("by"))
    for assessment in case.assessments:
        if assessment.by is not None:
            b.add("assessment", assessment.by, assessment.done, "agreed in the plan", _clip(assessment.what),
                  assessment.at("by"))
    return sorted(b.items, key=lambda item: (item.due, KINDS.index(item.kind), item.child or "", item.what))


def _reviews(b: _Builder, case: Case, profile: Profile) -> list[tuple[date, date | None]]:
    """Add the review conference chain; return (due, held) for each review."""
    reviews = sorted((m for m in case.meetings if m.type == "review-conference" and m.date > case.conference),
                     key=lambda m: m.date)
    months = profile.first_review_within_months
    anchor, basis = case.conference, f"{months} months after the conference on {long_date(case.conference)}"
    chain: list[tuple[date, date | None]] = []
    index = 0
    while True:
        due = b.calendar.on_or_before(add_months(anchor, months))
        held = reviews[index] if index < len(reviews) else None
        b.add("review-conference", due, held.date if held else None, basis, "review conference",
              held.at("date") if held else case.at("conference"))
        chain.append((due, held.date if held else None))
        if held is None or (case.deregistered and held.date >= case.deregistered):
            return chain
        index += 1
        months = profile.review_every_months
        anchor, basis = held.date, f"{months} months after the review conference on {long_date(held.date)}"


def _visits(b: _Builder, case: Case, profile: Profile, review_dues: list[tuple[date, date | None]]) -> None:
    cal, conference = b.calendar, case.conference
    for child in case.children:
        visits = sorted((v for v in case.visits if v.child == child.id and v.date > conference),
                        key=lambda v: v.date)
        n = profile.seen_alone_every_working_days
        if n is not None:
            _chain(b, child.id, "visit-alone", [v for v in visits if v.alone], conference,
                   lambda last: cal.add_working_days(last, n), f"{n} working days after",
                   f"{first_name(child.name)} seen alone", case.at("conference"))
        days = profile.seen_at_home_every_days
        if days is not None:
            _chain(b, child.id, "visit-home", [v for v in visits if v.at_home], conference,
                   lambda last: cal.on_or_before(last + timedelta(days=days)), f"{_weeks(days)} after",
                   f"{first_name(child.name)} seen at home", case.at("conference"))
        if profile.bedroom_seen_between_reviews:
            period_start = conference
            for due, held in review_dues:
                seen = next((v for v in visits if v.bedroom_seen and period_start < v.date
                             and (held is None or v.date <= held)), None)
                b.add("bedroom", due, seen.date if seen else None,
                      f"before the review conference due on {long_date(due)}", f"{first_name(child.name)}'s bedroom seen",
                      seen.at("date") if seen else child.at("id"), child=child.id)
                if held is None:
                    break
                period_start = held


def _chain(b, child_id, kind, visits, start, next_due, basis_words, what, start_where) -> None:
    last, last_label, last_where = start, "the conference", start_where
    for visit in visits:
        b.add(kind, next_due(last), visit.date, f"{basis_words} {last_label} on {long_date(last)}", what,
              visit.at("date"), child=child_id)
        last, last_label, last_where = visit.date, "the last visit", visit.at("date")
    b.add(kind, next_due(last), None, f"{basis_words} {last_label} on {long_date(last)}", what, last_where,
          child=child_id)


def _weeks(days: int) -> str:
    return f"{days // 7} weeks" if days % 7 == 0 else f"{days} days"


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
