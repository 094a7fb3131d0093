"""`coreplan stats` output: a table for people, JSON for tools, CSV for a spreadsheet."""

from __future__ import annotations

import csv
import json
import re
from typing import TextIO

from coreplan.stats import LABELS, MEASURES, Stats
from coreplan.visible import json_safe

COUNTS = ("children_registered", "children_deregistered", "median_days_on_register", "overdue_items")
COUNT_LABELS = {"children_registered": "Children put on the register",
                "children_deregistered": "Children taken off the register",
                "median_days_on_register": "Median days on the register (of those taken off)",
                "overdue_items": "Items overdue today"}
# a cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return at its start)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REAL_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def write_json(stats: Stats, out: TextIO) -> None:
    out.write(json_safe(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2)))
    out.write("\n")


def written_by_stats(fmt: str):
    """How `coreplan stats -o` knows a JSON or CSV file it wrote before, which carries no marker: the CSV by
    its exact header row, the JSON by its exact top-level keys. A file anyone else made has neither."""
    from pathlib import Path

    def csv_file(path: Path) -> bool:
        with path.open("rb") as handle:
            first = handle.readline(4096)
        return first.rstrip(b"\r\n").decode("utf-8", "replace") == ",".join(csv_columns())

    def json_file(path: Path) -> bool:
        if path.stat().st_size > 1_000_000:  # a year of a large team's figures is a few kilobytes
            return False
        try:
            data = json.loads(path.read_bytes())
        except ValueError:
            return False
        keys = ["from", "to", "today", "cases", *MEASURES, *COUNTS, "overdue_by_who", "next_reviews"]
        return isinstance(data, dict) and list(data)[:len(keys)] == keys and set(data) <= {*keys, "by", "groups"}

    return {"csv": csv_file, "json": json_file}.get(fmt)


def csv_columns() -> list[str]:
    columns = ["group"]
    for key in MEASURES:
        columns += [f"{key}_met", f"{key}_total", f"{key}_percent"]
    return columns + list(COUNTS)


def write_csv(stats: Stats, out: TextIO) -> None:
    """One row for the whole period ("all"), then one per month, quarter or co-ordinator."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_columns())
    for name, figures in [("all", stats.figures()), *stats.groups()]:
        row = [spreadsheet_safe(name)]
        for key in MEASURES:
            measure = figures[key]
            row += [measure["met"], measure["total"], "" if measure["percent"] is None else measure["percent"]]
        row += ["" if figures[key] is None else figures[key] for key in COUNTS]
        writer.writerow(row)


def spreadsheet_safe(text: str) -> str:
    """Text a spreadsheet shows as written: a leading quote stops "=HYPERLINK(...)" being run as a formula
    (as OWASP recommends); a real number such as -3 or +2.5 stays a number."""
    if not text.startswith(FORMULA_STARTS) or REAL_NUMBER.fullmatch(text):
        return text
    return "'" + text


def percent_text(measure: dict) -> str:
    if measure["percent"] is None:
        return "nothing fell due"
    return f"{measure['met']} of {measure['total']} ({measure['percent']:g}%)"


SHORT = {"first_core_group_on_time": "first core group", "core_groups_on_time": "core groups",
         "reviews_on_time": "reviews", "seen_alone_on_time": "seen alone", "seen_at_home_on_time": "seen at home",
         "outline_plan_sent_on_time": "outline plan", "children_registered": "put on",
         "children_deregistered": "taken off", "median_days_on_register": "median days",
         "overdue_items": "overdue"}


def write_table(stats: Stats, console) -> None:
    """The whole period as one row per measure; with --by, one row per group and a column per measure."""
    from rich.markup import escape
    from rich.table import Table

    title = f"{stats.start:%-d %b %Y} to {stats.end:%-d %b %Y}: {stats.cases} cases, on time as on {stats.today:%-d %b %Y}"
    groups = stats.groups()

    def one_group(figures: dict, title: str):
        table = Table(show_header=True, header_style="bold", pad_edge=False, title=title)
        table.add_column("measure", overflow="fold", ratio=2)
        table.add_column("on time", overflow="fold")
        for key in MEASURES:
            table.add_row(LABELS[key], percent_text(figures[key]))
        for key in COUNTS:
            table.add_row(COUNT_LABELS[key], "-" if figures[key] is None else f"{figures[key]:g}")
        return table

    if not groups:
        table = one_group(stats.figures(), title)
    else:
        table = Table(show_header=True, header_style="bold", pad_edge=False, title=title,
                      caption="Each cell: done on time / fell due (percent).")
        table.add_column(stats.by, overflow="fold")
        for key in (*MEASURES, *COUNTS):
            table.add_column(SHORT[key], overflow="fold", justify="right")
        for name, figures in [("whole period", stats.figures()), *groups]:
            cells = [_short(figures[key]) for key in MEASURES]
            cells += ["-" if figures[key] is None else f"{figures[key]:g}" for key in COUNTS]
            table.add_row(escape(name), *cells, style="bold" if name == "whole period" else "")
        if console.measure(table, options=console.options.update_width(10_000)).maximum > console.width:
            # eleven columns squeezed into a narrow terminal (or 80 columns when piped) fold every word into
            # fragments ("firs / t core / grou / p"): one short table for each group reads instead
            console.print(one_group(stats.figures(), title))
            for name, figures in groups:
                console.print(one_group(figures, f"{stats.by}: {escape(name)}"))
            table = None
    if table is not None:
        console.print(table)
    by_who = stats.overdue_by_who()
    if by_who:
        console.print("Overdue today, by who they are for: " +
                      "; ".join(f"{escape(name)} {count}" for name, count in by_who.items()) + ".")


def _short(measure: dict) -> str:
    if measure["percent"] is None:
        return "-"
    return f"{measure['met']}/{measure['total']} ({measure['percent']:.0f}%)"
