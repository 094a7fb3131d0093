"""`coreplan changes`: what changed in a plan between two moments, read from its git history.

Each commit's version of the case is compared with the one before it (the
last one that reads cleanly), so every change carries the commit's author and
date. What counts as a change is what a core group asks at its next meeting:
goals and actions added, removed, done or re-dated; where each goal stands on
its ladder (each view); who joined or left the core group; visits recorded;
assessments commissioned or done. Edits of wording are left to `git diff`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, TextIO

from coreplan.messages import Msg, Verbatim, msg, show
from coreplan.model import Action, Case, Goal
from coreplan.visible import json_safe

JSON_KEYS = ("commit", "author", "date", "kind", "what", "before", "after")
KINDS = ("goal-added", "goal-removed", "action-added", "action-removed", "action-done", "action-reopened",
         "action-redated", "ladder-moved", "joined-core-group", "left-core-group", "visit-recorded",
         "assessment-commissioned", "assessment-done")
NOT_COMMITTED = "(not committed)"


@dataclass(frozen=True)
class Change:
    kind: str
    what: Msg | str  # which goal, action, person, visit: put into words in the reader's language when shown
    before: Any = None
    after: Any = None


class Prose(Verbatim):
    """What a practitioner wrote (a goal's title, an action): a document marks its language where it differs."""


class LongDate:
    """A date written out in full ('18 November 2026', '18 Tachwedd 2026'), as documents write them."""

    __slots__ = ("day",)

    def __init__(self, day: date) -> None:
        self.day = day

    def in_language(self, language: str = "en") -> str:
        from coreplan.i18n import long_date

        return long_date(self.day, language)


class Listed(tuple):
    """Words shown one after the other with commas ('alone, at home'), in the reader's language."""

    def in_language(self, language: str = "en") -> str:
        return ", ".join(show(item, language) for item in self)


@dataclass(frozen=True)
class Dated:
    """A change with the commit that made it."""

    change: Change
    commit: str  # short hash; "" for changes not committed yet
    author: str
    when: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {"commit": self.commit, "author": self.author,
                "date": self.when.isoformat() if self.when else None, "kind": self.change.kind,
                "what": show(self.change.what, "en"),  # the JSON contract is English
                "before": _plain(self.change.before), "after": _plain(self.change.after)}


@dataclass
class Report:
    case_file: Path
    since: Msg | date  # "the last meeting (22 October 2026)", a date, "revision a1b2c3d"
    changes: list[Dated] = field(default_factory=list)
    skipped: list[Msg] = field(default_factory=list)  # revisions that did not read cleanly
    started: Dated | None = None  # the commit that first held the case, when the window holds it
    history_starts: datetime | None = None  # when the case was first committed (the window may begin later)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


# --- comparing two versions of a plan -----------------------------------------------------------------

def compare(old: Case | None, new: Case) -> list[Change]:
    """The changes from old (None: nothing yet) to new, in the order of the plan's sections."""
    changes: list[Change] = []
    old_goals = {g.id: g for g in old.goals} if old else {}
    for goal in new.goals:
        before = old_goals.get(goal.id)
        if before is None:
            changes.append(Change("goal-added", goal_words(goal)))
            changes.extend(Change("action-added", _action_words(new, goal, a), after=a.by) for a in goal.actions)
        else:
            changes.extend(_compare_actions(old, new, before, goal))
    new_ids = {g.id for g in new.goals}
    changes.extend(Change("goal-removed", goal_words(g)) for g in old_goals.values() if g.id not in new_ids)
    changes.extend(_compare_ladders(old, new))
    changes.extend(_compare_core_group(old, new))
    old_visits = {(v.date, v.child) for v in old.visits} if old else set()
    for visit in new.visits:
        if (visit.date, visit.child) not in old_visits:
            changes.append(Change("visit-recorded", visit_words(new, visit), after=visit.date))
    old_assessments = {" ".join(a.what.split()): a for a in old.assessments} if old else {}
    for assessment in new.assessments:
        before = old_assessments.get(" ".join(assessment.what.split()))
        words = msg("assessment '%(what)s'", what=Prose(" ".join(assessment.what.split())))
        if before is None:
            changes.append(Change("assessment-commissioned", words, after=assessment.by))
        if assessment.done and (before is None or before.done != assessment.done):
            changes.append(Change("assessment-done", words, before.done if before else None, assessment.done))
    return changes


def _action_key(action: Action) -> tuple[str, str]:
    return action.who, " ".join(action.what.split())


def _compare_actions(old: Case, new: Case, before: Goal, goal: Goal) -> list[Change]:
    changes: list[Change] = []
    remaining = {_action_key(a): a for a in before.actions}
    unmatched_new = []
    pairs = []
    for action in goal.actions:
        match = remaining.pop(_action_key(action), None)
        if match is None:
            unmatched_new.append(action)
        else:
            pairs.append((match, action))
    # an action whose wording was edited is still the same action: pair what is left by position and person
    leftover = list(remaining.values())
    for action in list(unmatched_new):
        twin = next((a for a in leftover if a.who == action.who
                     and before.actions.index(a) == goal.actions.index(action)), None)
        if twin is not None:
            leftover.remove(twin)
            unmatched_new.remove(action)
            pairs.append((twin, action))
    for was, now in pairs:
        words = _action_words(new, goal, now)
        if was.by != now.by:
            changes.append(Change("action-redated", words, was.by, now.by))
        if now.done and was.done != now.done:
            changes.append(Change("action-done", words, was.done, now.done))
        elif was.done and not now.done:
            changes.append(Change("action-reopened", words, was.done, None))
    changes.extend(Change("action-added", _action_words(new, goal, a), after=a.by) for a in unmatched_new)
    changes.extend(Change("action-removed", _action_words(old, before, a), before=a.by) for a in leftover)
    return changes


def goal_words(goal: Goal) -> Msg:
    return msg("goal '%(title)s'", title=Prose(goal.title))


def _action_words(case: Case, goal: Goal, action: Action) -> Msg:
    return msg("%(who)s: %(what)s (goal '%(goal)s')", who=Verbatim(case.name_of(action.who)),
               what=Prose(" ".join(action.what.split())), goal=Prose(goal.title))


def positions(case: Case | None, goal_id: str) -> dict[str, int]:
    """Where a goal stands now: the latest meeting that recorded it, one step per view ('agreed' if one)."""
    if case is None:
        return {}
    recorded = [m for m in case.meetings if goal_id in m.ladder]
    if not recorded:
        return {}
    value = max(recorded, key=lambda m: m.date).ladder[goal_id]
    return dict(value) if isinstance(value, dict) else {"agreed": value}


def _compare_ladders(old: Case | None, new: Case) -> list[Change]:
    changes = []
    for goal in new.goals:
        before, now = positions(old, goal.id), positions(new, goal.id)
        if before == now:
            continue
        views = sorted((set(before) | set(now)) - {"agreed"}) or ["agreed"]
        for view in views:
            was, is_now = before.get(view, before.get("agreed")), now.get(view, now.get("agreed"))
            if was != is_now and is_now is not None:
                what = goal_words(goal) if view == "agreed" else msg(
                    "goal '%(title)s', %(view)s", title=Prose(goal.title), view=view_words(view))
                changes.append(Change("ladder-moved", what, was, is_now))
    return changes


_VIEWS = {"family": msg("family's view"), "practitioners": msg("practitioners' view"),
          "child": msg("child's view"), "parents": msg("parents' view")}


def view_words(view: str) -> Msg:
    """'family' -> "family's view", 'practitioners' -> "practitioners' view"; a view the case names itself
    keeps its name."""
    if view in _VIEWS:
        return _VIEWS[view]
    if view.endswith("s"):
        return msg("%(view)s' view", view=Verbatim(view))
    return msg("%(view)s's view", view=Verbatim(view))


def _core_group(case: Case | None) -> dict[str, str]:
    if case is None:
        return {}
    people = {m.id: m.name for m in case.members}
    people.update({f.id: f.name for f in case.family if f.in_core_group})
    return people


def _compare_core_group(old: Case | None, new: Case) -> list[Change]:
    before, now = _core_group(old), _core_group(new)
    joined = [Change("joined-core-group", Verbatim(name)) for pid, name in now.items() if pid not in before]
    left = [Change("left-core-group", Verbatim(name)) for pid, name in before.items() if pid not in now]
    return joined + left


def visit_words(case: Case, visit, with_visitor: bool = True) -> Msg:
    """'Ella seen by Siân Roberts (alone, at home)'."""
    how = Listed(words for flag, words in ((visit.alone, msg("alone")), (visit.at_home, msg("at home")),
                                           (visit.bedroom_seen, msg("bedroom seen"))) if flag)
    child = Verbatim(case.name_of(visit.child))
    if with_visitor and visit.by:
        by = Verbatim(case.name_of(visit.by))
        if how:
            return msg("%(child)s seen by %(by)s (%(how)s)", child=child, by=by, how=how)
        return msg("%(child)s seen by %(by)s", child=child, by=by)
    if how:
        return msg("%(child)s seen (%(how)s)", child=child, how=how)
    return msg("%(child)s seen", child=child)


# --- walking the history ------------------------------------------------------------------------------

def load_versions(case_file: Path, redactor=None, today: date | None = None):
    """The case file's history (coreplan.history) and the case as read in each revision (None: unreadable),
    anonymised by `redactor` (coreplan.redact) if one is given."""
    from coreplan import history
    from coreplan.load import load_case_bytes

    past = history.case_history(case_file)
    texts = history.read_texts(past)
    versions: list[tuple[history.Revision, Case | None]] = []
    for revision in past.revisions:
        data = texts.get(revision.commit)
        case = None
        if data is not None:
            case = load_case_bytes(data, Path(revision.path)).case
        if case is not None and redactor is not None:
            case = redactor.case(case, today or date.today())
        versions.append((revision, case))
    return past, texts, versions


def changes_since(case_file: Path, since: date | str | None = None, redactor=None, until: date | None = None,
                  today: date | None = None, recorded: tuple[date | None, date | None] = (None, None)) -> Report:
    """The changes to case_file since the last meeting (default), a date (YYYY-MM-DD) or a revision.

    With `until`, only what was committed before that day (the minutes of a meeting that is not the latest
    stop at the next one); without it, what is saved but not committed yet comes last. `recorded` (the
    minutes' window, coreplan.minutes_changes) gives the dates of the meetings the window runs from and to:
    a commit up to the one that first recorded the first meeting is left out, and one up to the one that
    first recorded the second is kept, whatever day each was committed on. With `redactor`
    (coreplan.redact), every version is anonymised before it is compared, and so are the commits' authors
    and the case's path. A window that begins before the case was first committed starts at that commit
    (report.started): the plan as first written is where its history begins, not a list of everything in it
    as added."""
    from coreplan import history
    from coreplan.load import load_case

    if case_file.is_dir():
        case_file = case_file / "case.yaml"
    past, texts, versions = load_versions(case_file, redactor, today)

    words: Msg | date | None = None
    if since is None:
        since, words = _last_meeting(versions)
    if since is None:
        base_index = 0  # no meeting yet: what changed after the first commit
    elif isinstance(since, date):
        # changes committed on the day of the meeting or later: the meeting's own record is one of them
        base_index = max((i for i, (r, _) in enumerate(versions) if not history.on_or_after(r, since)), default=-1)
        words = words or since
        if recorded[0] is not None:  # the previous meeting's record belongs to its own minutes
            base_index = max(base_index, _first_recording(versions, recorded[0]))
    else:
        reachable = history.ancestors_of(past, since)
        base_index = max((i for i, (r, _) in enumerate(versions) if r.commit in reachable), default=-1)
        words = msg("revision %(revision)s", revision=Verbatim(since))
    report = Report(case_file, words, history_starts=versions[0][0].when)
    author = (lambda name: redactor.name(name)) if redactor is not None else (lambda name: name)
    newest = next((c for _, c in reversed(versions) if c is not None), None)
    if redactor is not None:  # a case folder is often named after the family
        report.case_file = Path(newest.reference if newest else "case") / case_file.name
    if base_index == -1:
        base_index = next((i for i, (_, c) in enumerate(versions) if c is not None), -1)
        if base_index >= 0 and (until is None or not history.on_or_after(versions[base_index][0], until)):
            first = versions[base_index][0]
            report.started = Dated(Change("", ""), first.short, author(first.author), first.when)
    base = next((c for _, c in reversed(versions[:base_index + 1]) if c is not None), None)
    last_index = _first_recording(versions, recorded[1]) if recorded[1] is not None else -1
    for index, (revision, case) in enumerate(versions[base_index + 1:], start=base_index + 1):
        if until is not None and history.on_or_after(revision, until) and index > last_index:
            break
        if case is None:
            report.skipped.append(msg("commit %(commit)s", commit=Verbatim(revision.short)))
            continue
        report.changes.extend(Dated(change, revision.short, author(revision.author), revision.when)
                              for change in compare(base, case))
        base = case
    # what is saved but not committed yet also changed since the meeting
    if until is None and case_file.is_file() and case_file.read_bytes() != texts.get(versions[-1][0].commit):
        current = load_case(case_file).case
        if current is not None and redactor is not None:
            current = redactor.case(current, today or date.today())
        if current is None:
            report.skipped.append(msg("the saved version, not committed yet"))
        else:
            report.changes.extend(Dated(change, "", NOT_COMMITTED, None) for change in compare(base, current))
    return report


def _first_recording(versions, day: date) -> int:
    """The index of the first readable version that records a meeting on day (-1: none does)."""
    return next((i for i, (_, case) in enumerate(versions)
                 if case is not None and any(m.date == day for m in case.meetings)), -1)


def _last_meeting(versions) -> tuple[date | None, Msg]:
    """The date of the latest meeting the newest readable version records, and words for it."""
    newest = next((case for _, case in reversed(versions) if case is not None), None)
    if newest is None or not newest.meetings:
        return None, msg("the case was first committed (no meeting is recorded yet)")
    last = max(m.date for m in newest.meetings)
    return last, msg("the last meeting (%(date)s)", date=last)


# --- output -------------------------------------------------------------------------------------------

_SENTENCE = {
    "goal-added": msg("New %(what)s"),
    "goal-removed": msg("Removed %(what)s"),
    "action-added": msg("New action, by %(after)s: %(what)s"),
    "action-removed": msg("Action removed: %(what)s"),
    "action-done": msg("Action done on %(after)s: %(what)s"),
    "action-reopened": msg("Action no longer marked done: %(what)s"),
    "action-redated": msg("Action moved from %(before)s to %(after)s: %(what)s"),
    "ladder-moved": msg("Ladder: %(what)s moved from step %(before)s to step %(after)s"),
    "joined-core-group": msg("Joined the core group: %(what)s"),
    "left-core-group": msg("Left the core group: %(what)s"),
    "visit-recorded": msg("Visit on %(after)s: %(what)s"),
    "assessment-commissioned": msg("Commissioned %(what)s"),
    "assessment-done": msg("Done on %(after)s: %(what)s"),
}


def _day(value: Any, long_dates: bool) -> Any:
    return LongDate(value) if long_dates and isinstance(value, date) else value


def sentence(change: Change, long_dates: bool = False) -> Msg:
    """The change as one sentence, put into words in the reader's language when shown; with long_dates, its
    dates written out as a document writes them."""
    before = msg("none") if change.before is None else _day(change.before, long_dates)
    after = msg("no date") if change.after is None else _day(change.after, long_dates)
    if change.kind == "ladder-moved" and change.before is None:
        return msg("Ladder: %(what)s placed at step %(after)s", what=change.what, after=after)
    return Msg(_SENTENCE[change.kind].text, what=change.what, before=before, after=after)


def _groups(report: Report) -> Iterable[tuple[Dated, list[Dated]]]:
    group: list[Dated] = []
    for dated in report.changes:
        if group and (group[0].commit, group[0].author) != (dated.commit, dated.author):
            yield group[0], group
            group = []
        group.append(dated)
    if group:
        yield group[0], group


def heading(first: Dated, long_dates: bool = False) -> Msg:
    """Who committed a group of changes, and when."""
    if not first.commit:
        return msg("Not committed yet")
    return msg("%(date)s, %(author)s (commit %(commit)s)", date=_day(first.when.date(), long_dates),
               author=Verbatim(first.author), commit=Verbatim(first.commit))


def groups(report: Report, long_dates: bool = False) -> list[tuple[Msg, list[Msg]]]:
    """(heading, sentences) for each commit, oldest first; the case's first commit, when the window holds
    it, as one line of its own."""
    listed = [(heading(first, long_dates), [sentence(d.change, long_dates) for d in group])
              for first, group in _groups(report)]
    if report.started is not None:
        listed.insert(0, (heading(report.started, long_dates), [msg("Case file first committed")]))
    return listed


def write_text(report: Report, out: TextIO, languages: Iterable[str] = ("en",)) -> None:
    for index, language in enumerate(languages):
        if index:
            out.write("\n")
        out.write(_one_line(show(msg("Changes to %(file)s since %(since)s:", file=Verbatim(str(report.case_file)),
                                     since=report.since), language)) + "\n")
        if not report.changes and report.started is None:
            out.write(show(msg("No changes."), language) + "\n")
        for title, sentences in groups(report):
            out.write(f"\n{_one_line(show(title, language))}\n")
            for words in sentences:
                out.write(f"  - {_one_line(show(words, language))}\n")


def write_json(report: Report, out: TextIO) -> None:
    out.write(json_safe(json.dumps([d.as_dict() for d in report.changes], ensure_ascii=False, indent=2)))
    out.write("\n")


def write_markdown(report: Report, out: TextIO, languages: Iterable[str] = ("en",)) -> None:
    for index, language in enumerate(languages):
        if index:
            out.write("---\n\n")
        title = msg("Since %(since)s", since=report.since)
        out.write(f"## {md_escape(show(title, language))}\n\n")
        if not report.changes and report.started is None:
            out.write(show(msg("No changes."), language) + "\n\n")
        for title, sentences in groups(report):
            out.write(f"**{md_escape(show(title, language))}**\n\n")
            for words in sentences:
                out.write(f"- {md_escape(show(words, language))}\n")
            out.write("\n")


def _one_line(text: str, keep: str = "") -> str:
    # a terminal must not be driven by control characters written into a case
    return "".join(c if c.isprintable() or c in keep else " " for c in " ".join(text.split()))


def md_escape(text: str) -> str:
    """Case text shown as written in Markdown: each character that can start markup backslash-escaped. The
    isolates coreplan puts around a name written right to left (coreplan.bidi) are kept."""
    return "".join("\\" + c if c in "\\`*_[]<>#|~&!" else c for c in _one_line(text, keep="\u2068\u2069"))
