"""`coreplan chronology`: a case's dated events in order, as case recording systems keep one.

The events the plan itself dates (strategy discussion, conference, meetings
and the ladder steps they recorded, visits, actions and assessments done, the
end of registration) are joined with what only the git history dates: goals
and actions added, removed or re-dated, people joining or leaving the core
group, assessments commissioned, each with the commit's author. A case that
is not in git gets the plan's own events only.

Every event is a catalog message (coreplan.messages), put into words in the
language asked for (`--lang cy`, `en+cy`) when it is written; what
practitioners wrote is shown as they wrote it.
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from coreplan.messages import Msg, Verbatim, msg, show
from coreplan.model import Case

CSV_COLUMNS = ("date", "event", "by", "source", "commit")
# what the plan dates itself is taken from the plan; the history adds only what the plan does not date
HISTORY_KINDS = frozenset({"goal-added", "goal-removed", "action-added", "action-removed", "action-redated",
                           "action-reopened", "joined-core-group", "left-core-group", "assessment-commissioned"})


@dataclass(frozen=True)
class Event:
    day: date
    what: Msg
    by: str = ""
    source: str = "plan"  # "plan": a date written in case.yaml; "history": a commit's date
    commit: str = ""


@dataclass
class Chronology:
    case: Case
    events: list[Event]
    in_git: bool


def plan_events(case: Case) -> list[Event]:
    from coreplan.changes import Listed, view_words, visit_words
    from coreplan.render import CATEGORIES

    events: list[Event] = []
    if case.strategy_discussion:
        events.append(Event(case.strategy_discussion, msg("Strategy discussion")))
    children = Listed(msg("%(name)s (%(categories)s)", name=Verbatim(c.name),
                          categories=Listed(msg(CATEGORIES[k]) if k in CATEGORIES else Verbatim(k)
                                            for k in c.categories))
                      for c in case.children)
    events.append(Event(case.conference, msg("Initial child protection conference: on the register: "
                                             "%(children)s", children=children)))
    if case.outline_plan_sent:
        events.append(Event(case.outline_plan_sent, msg("Outline plan sent to the core group")))
    if case.conference_record_sent:
        events.append(Event(case.conference_record_sent, msg("Conference record sent out")))
    last_step: dict[str, dict[str, int]] = {}
    goals = {g.id: g for g in case.goals}
    for meeting in sorted(case.meetings, key=lambda m: m.date):
        what = msg("Core group meeting") if meeting.type == "core-group" else msg("Review conference")
        if meeting.venue:
            what = msg("%(meeting)s at %(venue)s", meeting=what, venue=Verbatim(meeting.venue))
        if meeting.chair:
            what = msg("%(meeting)s, chaired by %(chair)s", meeting=what, chair=Verbatim(case.name_of(meeting.chair)))
        events.append(Event(meeting.date, what))
        for goal_id, value in meeting.ladder.items():
            steps = dict(value) if isinstance(value, dict) else {"agreed": value}
            before = last_step.get(goal_id, {})
            for view, step in steps.items():
                was = before.get(view, before.get("agreed"))
                if was != step:
                    title = Verbatim(goals[goal_id].title if goal_id in goals else goal_id)
                    goal = msg("'%(title)s'", title=title) if view == "agreed" else \
                        msg("'%(title)s', %(view)s", title=title, view=view_words(view))
                    moved = msg("Ladder, %(goal)s: step %(step)s", goal=goal, step=step) if was is None else \
                        msg("Ladder, %(goal)s: step %(was)s to step %(step)s", goal=goal, was=was, step=step)
                    events.append(Event(meeting.date, moved))
            last_step[goal_id] = steps
    for visit in case.visits:
        events.append(Event(visit.date, msg("Visit: %(seen)s", seen=visit_words(case, visit, with_visitor=False)),
                            case.name_of(visit.by) if visit.by else ""))
    for goal in case.goals:
        for action in goal.actions:
            if action.done:
                events.append(Event(action.done, msg("Action done: %(what)s (goal '%(goal)s')",
                                                     what=Verbatim(" ".join(action.what.split())),
                                                     goal=Verbatim(goal.title)), case.name_of(action.who)))
    for assessment in case.assessments:
        if assessment.done:
            events.append(Event(assessment.done, msg("Assessment done: %(what)s",
                                                     what=Verbatim(" ".join(assessment.what.split()))),
                                case.name_of(assessment.commissioned_by)))
    if case.deregistered:
        events.append(Event(case.deregistered, msg("Review conference: the children came off the register")))
    return events


def history_events(case_file: Path, redactor=None, today: date | None = None) -> list[Event]:
    """What the git history dates; raises UsageError when the case is not in git. With `redactor`, every
    version and every author is anonymised (coreplan.redact)."""
    from coreplan.changes import compare, load_versions, sentence

    _, _, versions = load_versions(case_file, redactor, today)
    author = redactor.name if redactor is not None else (lambda name: name)
    first, _ = versions[0]
    events = [Event(first.when.date(), msg("Case file first committed"), author(first.author), "history",
                    first.short)]
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
                # a chronology is a document: its dates written out in full, as in its date column
                events.append(Event(revision.when.date(), sentence(change, long_dates=True), author(revision.author),
                                    "history",
                                    revision.short))
        base = case
    return events


def build_chronology(case_file: Path, warn=None, redactor=None, today: date | None = None) -> Chronology:
    """The plan's events and its history's, in order. With `redactor` (coreplan.redact), built from the
    anonymised copy of the case and of every version in git, authors included."""
    from coreplan.errors import UsageError
    from coreplan.load import load_case

    if case_file.is_dir():
        case_file = case_file / "case.yaml"
    loaded = load_case(case_file)
    if loaded.case is None:
        raise UsageError(msg("cannot be put in order until it reads cleanly: run 'coreplan check %(path)s'",
                             path=str(case_file)), file=str(case_file))
    case = loaded.case
    if redactor is not None:  # the case as it is now first: its people get the first letters
        case = redactor.case(case, today or date.today())
    events = plan_events(case)
    in_git = True
    try:
        events += history_events(case_file, redactor, today)
    except UsageError as error:
        in_git = False
        if warn:
            warn(f"{error}; the chronology has the plan's own dates only")
    events.sort(key=lambda e: e.day)  # stable: on one day, the plan's events before the history's
    return Chronology(case, events, in_git)


# --- output -------------------------------------------------------------------------------------------

COLUMN_TITLES = (msg("Date"), msg("What happened"), msg("Who"), msg("From"))
NOT_IN_GIT = msg("The case is not in git, so only the dates written in the plan are shown.")


def _source(event: Event) -> Msg:
    return msg("the plan") if event.source == "plan" else msg("history (%(commit)s)", commit=Verbatim(event.commit))


def write_csv(chronology: Chronology, out: TextIO, language: str = "en") -> None:
    """One row per event: the column names, dates and sources stay as they are (tools read them); the event
    is in the language asked for."""
    from coreplan.stats_report import spreadsheet_safe  # case text must not become a spreadsheet formula

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in chronology.events:
        writer.writerow([event.day.isoformat(), *(spreadsheet_safe(_one_line(v)) for v in
                                                  (show(event.what, language), event.by, event.source,
                                                   event.commit))])


def write_markdown(chronology: Chronology, out: TextIO, languages=("en",)) -> None:
    from coreplan.bidi import isolate_values
    from coreplan.changes import md_escape
    from coreplan.i18n import long_date

    for index, language in enumerate(languages):
        def say(text: Msg) -> str:
            # a name written right to left inside an event is isolated from the words around it (coreplan.bidi)
            return md_escape(show(isolate_values(text), language))

        if index:
            out.write("\n---\n\n")
        title = msg("Chronology: %(reference)s", reference=Verbatim(chronology.case.reference))
        out.write(f"# {say(title)}\n\n")
        out.write("| " + " | ".join(say(label) for label in COLUMN_TITLES) + " |\n|---|---|---|---|\n")
        for event in chronology.events:
            out.write(f"| {long_date(event.day, language)} | {say(event.what)} | {md_escape(event.by)} | "
                      f"{say(_source(event))} |\n")
        if not chronology.in_git:
            out.write(f"\n{say(NOT_IN_GIT)}\n")


_STYLE = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111}"
          "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #999;padding:.4em;"
          "text-align:left;vertical-align:top}th{background:#eee}td.date{white-space:nowrap}"
          "tr{break-inside:avoid}section+section{break-before:page}@page{size:A4;margin:15mm}")


def write_html(chronology: Chronology, out: TextIO, languages=("en",)) -> None:
    """One self-contained page; with two languages, one section each (Welsh first), each marked with its
    language and starting a new printed page."""
    from coreplan.bidi import isolate_values
    from coreplan.i18n import long_date

    def say(text: Msg, language: str) -> str:
        # U+2068...U+2069 rather than <bdi>: the same words go into the page's <title>, which holds no markup
        return html.escape(_one_line(show(isolate_values(text), language)))

    titles = [say(msg("Chronology: %(reference)s", reference=Verbatim(chronology.case.reference)), language)
              for language in languages]
    out.write(f'<!DOCTYPE html>\n<html lang="{languages[0]}">\n<head>\n<meta charset="utf-8">\n'
              f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f"<title>{' / '.join(titles)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n")
    for title, language in zip(titles, languages):
        out.write(f'<section lang="{language}">\n' if len(languages) > 1 else "")
        out.write(f"<h1>{title}</h1>\n<table>\n<thead><tr>"
                  + "".join(f'<th scope="col">{say(label, language)}</th>' for label in COLUMN_TITLES)
                  + "</tr></thead>\n<tbody>\n")
        for event in chronology.events:
            out.write(f'<tr><td class="date"><time datetime="{event.day.isoformat()}">'
                      f"{html.escape(long_date(event.day, language))}</time></td><td>{say(event.what, language)}"
                      f"</td><td>{html.escape(_one_line(event.by))}</td><td>{say(_source(event), language)}</td>"
                      "</tr>\n")
        out.write("</tbody>\n</table>\n")
        if not chronology.in_git:
            out.write(f"<p>{say(NOT_IN_GIT, language)}</p>\n")
        out.write("</section>\n" if len(languages) > 1 else "")
    out.write("</main>\n</body>\n</html>\n")


def _one_line(text: str) -> str:
    # U+2068 and U+2069 are coreplan's own isolates around a name (coreplan.bidi); the reader has taken every
    # format character out of a case's values, so no other one can be here
    return "".join(c if c.isprintable() or c in "\u2068\u2069" else " " for c in " ".join(text.split()))
