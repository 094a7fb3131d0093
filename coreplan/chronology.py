"""`coreplan chronology`: a case's dated events in order, as case recording systems keep one.

The events the plan itself dates (strategy discussion, conference, meetings
and the ladder steps they recorded, visits, actions and assessments done, the
end of registration) are joined with what only the git history dates: goals
and actions added, removed or re-dated, people joining or leaving the core
group, assessments commissioned, each with the commit's author. A case that
is not in git gets the plan's own events only.
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from coreplan.model import Case

CSV_COLUMNS = ("date", "event", "by", "source", "commit")
# what the plan dates itself is taken from the plan; the history adds only what the plan does not date
HISTORY_KINDS = frozenset({"goal-added", "goal-removed", "action-added", "action-removed", "action-redated",
                           "action-reopened", "joined-core-group", "left-core-group", "assessment-commissioned"})


@dataclass(frozen=True)
class Event:
    day: date
    what: str
    by: str = ""
    source: str = "plan"  # "plan": a date written in case.yaml; "history": a commit's date
    commit: str = ""


@dataclass
class Chronology:
    case: Case
    events: list[Event]
    in_git: bool


def plan_events(case: Case) -> list[Event]:
    from coreplan.changes import view_words

    events: list[Event] = []
    if case.strategy_discussion:
        events.append(Event(case.strategy_discussion, "Strategy discussion"))
    children = ", ".join(f"{c.name} ({', '.join(c.categories)})" for c in case.children)
    events.append(Event(case.conference, f"Initial child protection conference: on the register: {children}"))
    if case.outline_plan_sent:
        events.append(Event(case.outline_plan_sent, "Outline plan sent to the core group"))
    if case.conference_record_sent:
        events.append(Event(case.conference_record_sent, "Conference record sent out"))
    last_step: dict[str, dict[str, int]] = {}
    goals = {g.id: g for g in case.goals}
    for meeting in sorted(case.meetings, key=lambda m: m.date):
        kind = "Core group meeting" if meeting.type == "core-group" else "Review conference"
        venue = f" at {meeting.venue}" if meeting.venue else ""
        chair = f", chaired by {case.name_of(meeting.chair)}" if meeting.chair else ""
        events.append(Event(meeting.date, kind + venue + chair))
        for goal_id, value in meeting.ladder.items():
            steps = dict(value) if isinstance(value, dict) else {"agreed": value}
            before = last_step.get(goal_id, {})
            for view, step in steps.items():
                was = before.get(view, before.get("agreed"))
                if was != step:
                    title = goals[goal_id].title if goal_id in goals else goal_id
                    whose = "" if view == "agreed" else f", {view_words(view)}"
                    moved = f"step {step}" if was is None else f"step {was} to step {step}"
                    events.append(Event(meeting.date, f"Ladder, '{title}'{whose}: {moved}"))
            last_step[goal_id] = steps
    for visit in case.visits:
        seen = [words for flag, words in ((visit.alone, "alone"), (visit.at_home, "at home"),
                                          (visit.bedroom_seen, "bedroom seen")) if flag]
        detail = f" ({', '.join(seen)})" if seen else ""
        events.append(Event(visit.date, f"Visit: {case.name_of(visit.child)} seen{detail}",
                            case.name_of(visit.by) if visit.by else ""))
    for goal in case.goals:
        for action in goal.actions:
            if action.done:
                events.append(Event(action.done, f"Action done: {' '.join(action.what.split())} (goal "
                                    f"'{goal.title}')", case.name_of(action.who)))
    for assessment in case.assessments:
        if assessment.done:
            events.append(Event(assessment.done, f"Assessment done: {' '.join(assessment.what.split())}",
                                case.name_of(assessment.commissioned_by)))
    if case.deregistered:
        events.append(Event(case.deregistered, "Review conference: the children came off the register"))
    return events


def history_events(case_file: Path) -> list[Event]:
    """What the git history dates; raises UsageError when the case is not in git."""
    from coreplan.changes import compare, load_versions, sentence

    _, _, versions = load_versions(case_file)
    first, _ = versions[0]
    events = [Event(first.when.date(), "Case file first committed", first.author, "history", first.short)]
    base = next((case for _, case in versions if case is not None), None)
    started = False
    for revision, case in versions:
        if case is None:
            continue
        if not started:  # the first readable version is the starting point, not a change
            started, base = True, case
            continue
        for change in compare(base, case):
            if change.kind in HISTORY_KINDS:
                events.append(Event(revision.when.date(), sentence(change), revision.author, "history",
                                    revision.short))
        base = case
    return events


def build_chronology(case_file: Path, warn=None) -> Chronology:
    from coreplan.errors import UsageError
    from coreplan.load import load_case

    if case_file.is_dir():
        case_file = case_file / "case.yaml"
    loaded = load_case(case_file)
    if loaded.case is None:
        raise UsageError(f"cannot be put in order until it reads cleanly: run 'coreplan check {case_file}'",
                         file=str(case_file))
    events = plan_events(loaded.case)
    in_git = True
    try:
        events += history_events(case_file)
    except UsageError as error:
        in_git = False
        if warn:
            warn(f"{error}; the chronology has the plan's own dates only")
    events.sort(key=lambda e: e.day)  # stable: on one day, the plan's events before the history's
    return Chronology(loaded.case, events, in_git)


# --- output -------------------------------------------------------------------------------------------

def write_csv(chronology: Chronology, out: TextIO) -> None:
    from coreplan.stats_report import spreadsheet_safe  # case text must not become a spreadsheet formula

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in chronology.events:
        writer.writerow([event.day.isoformat(), *(spreadsheet_safe(_one_line(v)) for v in
                                                  (event.what, event.by, event.source, event.commit))])


def write_markdown(chronology: Chronology, out: TextIO) -> None:
    from coreplan.changes import md_escape
    from coreplan.i18n import long_date

    out.write(f"# Chronology: {md_escape(chronology.case.reference)}\n\n")
    out.write("| Date | What happened | Who | From |\n|---|---|---|---|\n")
    for event in chronology.events:
        source = "the plan" if event.source == "plan" else f"history ({event.commit})"
        out.write(f"| {long_date(event.day, 'en')} | {md_escape(event.what)} | {md_escape(event.by)} | "
                  f"{md_escape(source)} |\n")
    if not chronology.in_git:
        out.write("\nThe case is not in git, so only the dates written in the plan are shown.\n")


_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111}"
          "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #999;padding:.4em;"
          "text-align:left;vertical-align:top}th{background:#eee}td.date{white-space:nowrap}"
          "tr{break-inside:avoid}@page{size:A4;margin:15mm}")


def write_html(chronology: Chronology, out: TextIO) -> None:
    from coreplan.i18n import long_date

    title = f"Chronology: {_one_line(chronology.case.reference)}"
    out.write(f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
              f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
              f"<h1>{html.escape(title)}</h1>\n<table>\n<thead><tr><th scope=\"col\">Date</th>"
              f"<th scope=\"col\">What happened</th><th scope=\"col\">Who</th><th scope=\"col\">From</th>"
              f"</tr></thead>\n<tbody>\n")
    for event in chronology.events:
        source = "the plan" if event.source == "plan" else f"history ({event.commit})"
        out.write(f'<tr><td class="date"><time datetime="{event.day.isoformat()}">'
                  f"{html.escape(long_date(event.day, 'en'))}</time></td><td>{html.escape(_one_line(event.what))}"
                  f"</td><td>{html.escape(_one_line(event.by))}</td><td>{html.escape(source)}</td></tr>\n")
    out.write("</tbody>\n</table>\n")
    if not chronology.in_git:
        out.write("<p>The case is not in git, so only the dates written in the plan are shown.</p>\n")
    out.write("</main>\n</body>\n</html>\n")


def _one_line(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in " ".join(text.split()))
