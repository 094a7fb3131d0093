"""`coreplan schedule`: the due items of one case or a whole team's, as a table, JSON, CSV or iCalendar."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO, Iterable, TextIO

from coreplan.check import find_case_files
from coreplan.i18n import N_
from coreplan.config import ConfigCache
from coreplan.load import load_case
from coreplan.rules import all_rules
from coreplan.schedule import DueItem, by_words, filter_items, in_order, schedule_case
from coreplan.visible import json_safe

JSON_KEYS = ("case", "kind", "child", "due", "status", "done", "basis", "who", "coordinator", "id", "text")


@dataclass
class Agenda:
    items: list[DueItem] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)
    calendars: dict = field(default_factory=dict)  # case file -> its working-day calendar (for reminders)


def build_agenda(paths: Iterable[Path], today: date, within: int | None = None, open_only: bool = False,
                 who: str | None = None, redactor=None, progress=None, config: Path | None = None,
                 workers: int | None = None) -> Agenda:
    """Every case's due items, merged and sorted by due date; with `who`, only that person's items.

    `redactor` (coreplan.redact) replaces every case by its anonymised copy before anything is worked
    out; `progress` wraps the list of case files (coreplan.progress.track shows a bar on a terminal).
    Many cases are shared between one process per core (coreplan.batch), except when redacting: the
    pseudonyms are numbered across the whole run, in the order of the cases."""
    from coreplan.batch import map_in_order
    from coreplan.calendar import WorkingCalendar

    agenda = Agenda()
    files = find_case_files(paths)
    scheduler = _Scheduler(today, within, open_only, who, redactor, config)
    calendars: dict = {}
    for path, scheduled in zip(files, map_in_order(_schedule_file, files, scheduler, progress=progress,
                                                   workers=1 if redactor is not None else workers)):
        if scheduled is None:
            agenda.unreadable.append(path)
            continue
        file, items, procedures, closure_days = scheduled
        if (procedures, closure_days) not in calendars:  # one calendar per procedures and closure days
            calendars[procedures, closure_days] = WorkingCalendar(procedures, closure_days)
        agenda.calendars[file] = calendars[procedures, closure_days]
        agenda.items.extend(items)
    agenda.items = in_order(agenda.items, lambda i: (i.due, i.case, i.kind, i.child or ""), by_words)
    return agenda


@dataclass(frozen=True)
class _Scheduler:
    """What one process needs to schedule cases: made once per process (coreplan.batch)."""

    today: date
    within: int | None
    open_only: bool
    who: str | None
    redactor: object
    config: Path | None  # --config FILE for every case

    def __call__(self) -> tuple:
        return self, ConfigCache(all_rules(), self.config), {}


def _schedule_file(state: tuple, path: Path) -> tuple | None:
    """(the case's file, its due items as asked for, its procedures and closure days), or None if unreadable."""
    job, configs, shared = state
    settings = configs.for_case(path)
    loaded = load_case(path)
    if loaded.case is None:
        return None
    wanted, case = job.who, loaded.case
    if job.redactor is not None:
        wanted = job.redactor.person_id(case, job.who) if job.who is not None else None
        case = job.redactor.case(case, job.today)
    items = [i for i in filter_items(schedule_case(case, settings, job.today, shared), job.today, job.within,
                                     job.open_only)
             if job.who is None or (wanted is not None and i.is_for(wanted))]
    return str(case.file), items, case.procedures, settings.closure_days


def status_words(item: DueItem, language: str = "en") -> str:
    from coreplan.i18n import short_date, translations

    catalog = translations(language)
    days = catalog.ngettext("{n} working day", "{n} working days", item.working_days).format(n=item.working_days)
    if item.status == "done":
        done = catalog.gettext("done {date}").format(date=short_date(item.done, language))
        return done + (catalog.gettext(", {days} late").format(days=days) if item.working_days else "")
    if item.status == "overdue":
        return catalog.gettext("overdue by {days}").format(days=days)
    if item.working_days == 0:
        return catalog.gettext("due today")
    return catalog.gettext("due in {days}").format(days=days)


def write_table(agenda: Agenda, console, language: str = "en") -> None:
    from rich.markup import escape
    from rich.table import Table

    from coreplan.i18n import short_date, translations
    from coreplan.schedule import basis_in, say

    catalog = translations(language)
    if not agenda.items:
        console.print(catalog.gettext("Nothing is due."))
        return
    table = Table(show_header=True, header_style="bold", pad_edge=False)
    headings = (N_("due"), N_("status"), N_("case"), N_("what"), N_("basis"))
    for heading, options in zip(headings, ({"no_wrap": True}, {}, {"no_wrap": True}, {"ratio": 2}, {"ratio": 2})):
        table.add_column(catalog.gettext(heading), overflow="fold", **options)
    for item in agenda.items:
        style = "bold red" if item.status == "overdue" else ("dim" if item.status == "done" else "")
        # a manager reads the table for whose items are late: "who: what" says it without a sixth column,
        # which an 80-column terminal has no room for
        what = say(item.what_words, language)
        table.add_row(short_date(item.due, language), status_words(item, language), escape(item.case),
                      escape(f"{item.who}: {what}" if item.who else what), escape(basis_in(item, language)),
                      style=style)
    console.print(table)
    overdue = sum(1 for i in agenda.items if i.status == "overdue")
    console.print(catalog.ngettext("{items} item, {overdue} overdue.", "{items} items, {overdue} overdue.",
                                   len(agenda.items)).format(items=len(agenda.items), overdue=overdue))


def write_json(agenda: Agenda, out: TextIO) -> None:
    """The items as a JSON list, written one item at a time: the text json.dump(..., indent=2) gives for the
    whole list, without a second copy of every item as a dict (an authority's schedule has millions)."""
    if not agenda.items:
        out.write("[]\n")
        return
    out.write("[\n")
    for number, item in enumerate(agenda.items):
        if number:
            out.write(",\n")
        out.write(json_safe(_json_item(item.as_dict())))
    out.write("\n]\n")


def _json_item(values: dict) -> str:
    """json.dumps(values, ensure_ascii=False, indent=2) of one item's texts and nulls, indented one level more
    as an item of the list: the same text, with each string written by the encoder json.dumps uses, without
    its pure-Python walk of the dict (most of the time an authority's schedule took to write)."""
    from json.encoder import encode_basestring

    if not all(value is None or type(value) is str for value in values.values()):
        text = json.dumps(values, ensure_ascii=False, indent=2)
        return "  " + text.replace("\n", "\n  ")  # a JSON text has no raw line break inside its strings
    return "  {\n" + ",\n".join(f"    {encode_basestring(key)}: {'null' if value is None else encode_basestring(value)}"
                                for key, value in values.items()) + "\n  }"


def write_csv(agenda: Agenda, out: TextIO) -> None:
    from coreplan.stats_report import spreadsheet_safe  # names and references are typed by people
    writer = csv.DictWriter(out, fieldnames=JSON_KEYS, lineterminator="\n")
    writer.writeheader()
    for item in agenda.items:
        writer.writerow({k: ("" if v is None else spreadsheet_safe(v) if isinstance(v, str) else v)
                         for k, v in item.as_dict().items()})


def write_ics(agenda: Agenda, out: BinaryIO, today: date, language: str = "en", remind: int | None = None,
              person: str | None = None) -> None:
    """All-day events for the items not yet done. Same input and --today: byte-identical output.

    With `remind`, each event carries a reminder (VALARM) at 09:00 that many working days before it is due,
    counted on the case's own calendar (bank holidays, closure days); `person` names the calendar."""
    from icalendar import Calendar, Event

    from coreplan.bidi import plain

    calendar = Calendar()
    calendar.add("prodid", "-//coreplan//due dates//EN")
    calendar.add("version", "2.0")
    from coreplan.i18n import translations
    from coreplan.schedule import basis_in, say

    catalog = translations(language)
    name = catalog.gettext("coreplan: due dates")
    calendar.add("x-wr-calname", f"{name} ({person})" if person else name)
    # DTSTAMP is required; the date the schedule was worked out for keeps the file reproducible
    stamp = datetime(today.year, today.month, today.day, tzinfo=timezone.utc)
    for item in agenda.items:
        if item.status == "done":
            continue
        event = Event()
        event.add("uid", _uid(item))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        # a calendar app lays out a summary as one line of text: a name written right to left is isolated
        # (U+2068...U+2069) so that it cannot pull the case reference, a date or a number into its run
        event.add("summary", f"{plain(item.case)}: {say(item.what_words, language, plain)}")
        event.add("description", catalog.gettext("{status}. Due {basis}.").format(
            status=status_words(item, language), basis=basis_in(item, language, plain)))
        event.add("transp", "TRANSPARENT")
        if remind is not None:
            event.add_component(_reminder(item, agenda.calendars.get(item.file), remind, language))
        calendar.add_component(event)
    out.write(calendar.to_ical())  # bytes with CRLF line ends, as RFC 5545 asks


def _reminder(item: DueItem, working_calendar, days: int, language: str):
    """A display alarm at 09:00 on the working day `days` working days before the item is due."""
    from icalendar import Alarm

    from coreplan.schedule import say

    day = item.due
    if working_calendar is not None and days:
        day = working_calendar.working_days_before(item.due, days)
    elif days:
        day = item.due - timedelta(days=days)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    # an all-day event starts at midnight: 09:00 on the reminder day is (due - day) days less nine hours before
    alarm.add("trigger", -(timedelta(days=(item.due - day).days) - timedelta(hours=9)))
    from coreplan.bidi import plain

    alarm.add("description", f"{plain(item.case)}: {say(item.what_words, language, plain)}")  # what the event says
    return alarm


def _uid(item: DueItem) -> str:
    # stable across runs (no dates of today in it), unique per case, kind, child and due date
    key = "|".join((item.case, item.kind, item.child or "", item.ref or item.what, item.due.isoformat()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@coreplan"
