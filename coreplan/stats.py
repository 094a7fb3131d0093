"""`coreplan stats`: how the team is doing on the statutory timescales over a period.

Every due date comes from coreplan.schedule (the same computation as `coreplan
schedule` and the timescale rules), so the figures never disagree with the
schedule a worker sees. A measure counts the events that *fell due* in the
period: an item due between --from and --to (inclusive) that was done, or is
still open after its due date. Items not yet due (due today or later and not
done) are not counted: they cannot yet be late. An item is on time when it was
done on or before its due date.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable

from coreplan.calendar import add_months
from coreplan.errors import UsageError

# JSON key -> the schedule's kind of due item it counts
MEASURES = {
    "first_core_group_on_time": "first-core-group",
    "core_groups_on_time": "core-group",
    "reviews_on_time": "review-conference",
    "seen_alone_on_time": "visit-alone",
    "seen_at_home_on_time": "visit-home",
    "outline_plan_sent_on_time": "outline-plan",
}
LABELS = {
    "first_core_group_on_time": "First core groups on time",
    "core_groups_on_time": "Later core groups on time",
    "reviews_on_time": "Review conferences on time",
    "seen_alone_on_time": "Children seen alone on time",
    "seen_at_home_on_time": "Children seen at home on time",
    "outline_plan_sent_on_time": "Outline plans sent on time",
}
GROUPINGS = ("month", "quarter", "coordinator")
NEXT_REVIEWS = 10  # how many of the nearest open review conferences the dashboard lists


@dataclass(frozen=True)
class Event:
    """One thing that counts towards a figure: a due item, a registration or a deregistration."""

    measure: str
    day: date  # the day it fell due (or the registration ended or began)
    coordinator: str
    met: bool = False
    days: int = 0  # days on the register, for deregistrations


@dataclass
class Stats:
    start: date
    end: date
    today: date
    by: str | None
    cases: int = 0
    events: list[Event] = field(default_factory=list)
    overdue: list = field(default_factory=list)  # open overdue DueItems as on today, of cases still registered
    next_reviews: list = field(default_factory=list)  # open review conferences, nearest first
    unreadable: list[Path] = field(default_factory=list)

    def figures(self, events: Iterable[Event] | None = None, overdue: Iterable | None = None) -> dict:
        """The figures for some events (all of them by default), under the JSON keys."""
        events = list(self.events if events is None else events)
        overdue = list(self.overdue if overdue is None else overdue)
        result: dict = {}
        for key in MEASURES:
            counted = [e for e in events if e.measure == key]
            met = sum(1 for e in counted if e.met)
            result[key] = {"met": met, "total": len(counted),
                           "percent": round(100 * met / len(counted), 1) if counted else None}
        result["children_registered"] = sum(1 for e in events if e.measure == "registered")
        ended = [e.days for e in events if e.measure == "deregistered"]
        result["children_deregistered"] = len(ended)
        median = statistics.median(ended) if ended else None
        # a whole number of days stays whole (108, not 108.0); an even count can give a half day
        result["median_days_on_register"] = int(median) if median is not None and median == int(median) else median
        result["overdue_items"] = len(overdue)
        return result

    def group_of(self, day: date, coordinator: str) -> str:
        if self.by == "month":
            return f"{day.year}-{day.month:02d}"
        if self.by == "quarter":
            return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        return coordinator

    def groups(self) -> list[tuple[str, dict]]:
        """(group, figures) for each month, quarter or co-ordinator, in order; [] without --by."""
        if self.by is None:
            return []
        names: set[str] = set()
        if self.by in ("month", "quarter"):
            day = self.start.replace(day=1)
            while day <= self.end:  # every month of the period, even one where nothing fell due
                names.add(self.group_of(day, ""))
                day = add_months(day, 1)
        # each event and overdue item put in its group once: an authority has hundreds of co-ordinators
        events: dict[str, list[Event]] = {}
        for e in self.events:
            events.setdefault(self.group_of(e.day, e.coordinator), []).append(e)
        overdue: dict[str, list] = {}
        for i in self.overdue:
            overdue.setdefault(self.group_of(i.due, i.coordinator), []).append(i)
        names.update(events)
        if self.by == "coordinator":
            names.update(overdue)
        return [(name, self.figures(events.get(name, []), overdue.get(name, []))) for name in sorted(names)]

    def overdue_by_who(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.overdue:
            counts[item.who] = counts.get(item.who, 0) + 1
        return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))

    def as_dict(self) -> dict:
        result = {"from": self.start.isoformat(), "to": self.end.isoformat(), "today": self.today.isoformat(),
                  "cases": self.cases, **self.figures(), "overdue_by_who": self.overdue_by_who(),
                  "next_reviews": [{"case": i.case, "due": i.due.isoformat(), "coordinator": i.coordinator,
                                    "status": i.status} for i in self.next_reviews]}
        if self.by is not None:
            result["by"] = self.by
            result["groups"] = [{"group": name, **figures} for name, figures in self.groups()]
        return result


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The period asked for; by default the twelve months up to and including today (or --to)."""
    end = end or today
    start = start or add_months(end, -12) + timedelta(days=1)
    if start > end:
        from coreplan.messages import Verbatim, msg

        raise UsageError(msg("--from %(start)s is after --to %(end)s: give the earlier date first",
                             start=Verbatim(start.isoformat()), end=Verbatim(end.isoformat())))
    return start, end


def build_stats(paths: Iterable[Path], today: date, start: date | None = None, end: date | None = None,
                by: str | None = None, redactor=None, progress=None, config: Path | None = None,
                workers: int | None = None) -> Stats:
    """Read every case below paths and count what fell due in the period.

    Many cases are shared between one process per core (coreplan.batch), except when redacting: the
    pseudonyms are numbered across the whole run, in the order of the cases."""
    from coreplan.batch import map_in_order
    from coreplan.check import find_case_files

    start, end = period(start, end, today)
    stats = Stats(start, end, today, by)
    files = find_case_files(paths)
    reviews = []
    counter = _Counter(today, start, end, redactor, config)
    for path, counted in zip(files, map_in_order(_count_file, files, counter, progress=progress,
                                                 workers=1 if redactor is not None else workers)):
        if counted is None:
            stats.unreadable.append(path)
            continue
        events, overdue, open_reviews = counted
        stats.cases += 1
        stats.events.extend(events)
        stats.overdue.extend(overdue)
        reviews.extend(open_reviews)
    stats.next_reviews = sorted(reviews, key=lambda i: (i.due, i.case))[:NEXT_REVIEWS]
    return stats


@dataclass(frozen=True)
class _Counter:
    """What one process needs to count cases: made once per process (coreplan.batch)."""

    today: date
    start: date
    end: date
    redactor: object
    config: Path | None  # --config FILE for every case

    def __call__(self) -> tuple:
        from coreplan.config import ConfigCache
        from coreplan.rules import all_rules

        return self, ConfigCache(all_rules(), self.config), {}


def _count_file(state: tuple, path: Path) -> tuple | None:
    """(the case's events, its open overdue items, its open review conferences), or None if unreadable."""
    from coreplan.load import load_case
    from coreplan.schedule import schedule_case

    job, configs, shared = state
    settings = configs.for_case(path)
    loaded = load_case(path)
    if loaded.case is None:
        return None
    case = job.redactor.case(loaded.case, job.today) if job.redactor is not None else loaded.case
    items = schedule_case(case, settings, job.today, shared)
    events = _case_events(case, items, case.name_of(case.coordinator), job.start, job.end)
    if case.deregistered is not None and case.deregistered <= job.today:
        return events, [], []  # off the register: nothing left to do, its misses are in the measures
    return (events, [i for i in items if i.status == "overdue"],
            [i for i in items if i.kind == "review-conference" and i.status != "done"])


def _case_events(case, items, coordinator: str, start: date, end: date) -> list[Event]:
    events = []
    measure_of = {kind: key for key, kind in MEASURES.items()}
    for item in items:
        key = measure_of.get(item.kind)
        if key is None or not start <= item.due <= end or item.status == "due":
            continue
        events.append(Event(key, item.due, coordinator, met=item.done is not None and item.done <= item.due))
    if start <= case.conference <= end:
        events.extend(Event("registered", case.conference, coordinator) for _ in case.children)
    if case.deregistered is not None and start <= case.deregistered <= end:
        days = (case.deregistered - case.conference).days
        events.extend(Event("deregistered", case.deregistered, coordinator, days=days) for _ in case.children)
    return events
