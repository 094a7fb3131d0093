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
from coreplan.schedule import DueItem, filter_items, schedule_case

JSON_KEYS = ("case", "kind", "child", "due", "status", "done", "basis", "id", "text")


@dataclass
class Agenda:
    items: list[DueItem] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)


def build_agenda(paths: Iterable[Path], today: date, within: int | None = None, open_only: bool = False) -> Agenda:
    """Every case's due items, merged and sorted by due date."""
    configs = ConfigCache(all_rules())
    agenda = Agenda()
    shared: dict = {}
    for path in find_case_files(paths):
        settings = configs.for_case(path)
        loaded = load_case(path)
        if loaded.case is None:
            agenda.unreadable.append(path)
            continue
        items = schedule_case(loaded.case, settings, today, shared)
        agenda.items.extend(filter_items(items, today, within, open_only))
    agenda.items.sort(key=lambda i: (i.due, i.case, i.kind, i.child or "", i.what, i.ref or ""))
    return agenda


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
        table.add_row(short_date(item.due, language), status_words(item, language), escape(item.case),
                      escape(say(item.what_words, language)), escape(basis_in(item, language)), style=style)
    console.print(table)
    overdue = sum(1 for i in agenda.items if i.status == "overdue")
    console.print(catalog.ngettext("{items} item, {overdue} overdue.", "{items} items, {overdue} overdue.",
                                   len(agenda.items)).format(items=len(agenda.items), overdue=overdue))


def write_json(agenda: Agenda, out: TextIO) -> None:
    json.dump([item.as_dict() for item in agenda.items], out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(agenda: Agenda, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=JSON_KEYS, lineterminator="\n")
    writer.writeheader()
    for item in agenda.items:
        writer.writerow({k: ("" if v is None else v) for k, v in item.as_dict().items()})


def write_ics(agenda: Agenda, out: BinaryIO, today: date, language: str = "en") -> None:
    """All-day events for the items not yet done. Same input and --today: byte-identical output."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//coreplan//due dates//EN")
    calendar.add("version", "2.0")
    from coreplan.i18n import translations
    from coreplan.schedule import basis_in, say

    catalog = translations(language)
    calendar.add("x-wr-calname", catalog.gettext("coreplan: due dates"))
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
        event.add("summary", f"{item.case}: {say(item.what_words, language)}")
        event.add("description", catalog.gettext("{status}. Due {basis}.").format(
            status=status_words(item, language), basis=basis_in(item, language)))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    out.write(calendar.to_ical())  # bytes with CRLF line ends, as RFC 5545 asks


def _uid(item: DueItem) -> str:
    # stable across runs (no dates of today in it), unique per case, kind, child and due date
    key = "|".join((item.case, item.kind, item.child or "", item.ref or item.what, item.due.isoformat()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@coreplan"
