"""A name written right to left in the schedule's and the figures' outputs, decided per format by what the
reader's program does with it (coreplan/bidi.py):
- ICS: a calendar app shows a summary as one line of text, so the name is isolated (U+2068...U+2069) and
  cannot pull the case reference or a date into its run;
- the chronology (Markdown, HTML): U+2068...U+2069 around a name inside an event's sentence;
- the dashboard: <bdi> in its tables, and U+2068...U+2069 inside its SVG charts, where an HTML element is
  not drawn at all;
- JSON and CSV: data for tools (a spreadsheet lays out each cell on its own), so each value stays exactly
  the characters written, and a lookup by name still matches;
- the terminal table: terminals lay text out left to right without the bidirectional algorithm, or each
  in its own way, and coreplan shows any format character there as an escape, so nothing is added."""

from __future__ import annotations

import csv
import io
import json

from icalendar import Calendar
from typer.testing import CliRunner

from coreplan.bidi import FIRST_STRONG_ISOLATE as FSI, POP_DIRECTIONAL_ISOLATE as PDI
from coreplan.cli import app
from tests.test_right_to_left import FATIMA, MARYAM, family_with_arabic_names

runner = CliRunner()


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def summaries(case, today="2026-11-23"):
    return [str(event["summary"]) for event in
            Calendar.from_ical(run("schedule", case, "--today", today, "--format", "ics")).walk("VEVENT")]


def test_calendar_summaries_isolate_a_right_to_left_name(tmp_path):
    first = MARYAM.split()[0]  # a visit's summary names the child by first name
    shown = summaries(family_with_arabic_names(tmp_path))
    assert f"DCBC-CP-2026-0147: {FSI}{first}{PDI} seen alone" in shown
    assert not any(first in s.replace(f"{FSI}{first}{PDI}", "") for s in shown)  # never without its isolate
    assert all(s.count(FSI) == s.count(PDI) for s in shown)


def test_calendar_summaries_of_left_to_right_names_are_unchanged(tmp_path):
    shown = summaries(family_with_arabic_names(tmp_path, osian="Osian Hughes"))
    assert "DCBC-CP-2026-0147: Osian seen alone" in shown
    assert not any(FSI in s for s in shown)


def test_json_and_csv_keep_each_value_exactly_as_written(tmp_path):
    case = family_with_arabic_names(tmp_path)
    rows = json.loads(run("schedule", case, "--today", "2026-11-23", "--format", "json"))
    table = list(csv.DictReader(io.StringIO(run("schedule", case, "--today", "2026-11-23", "--format", "csv"))))
    for found in (rows, table):
        assert FATIMA in {row["who"] for row in found}
        assert not any(FSI in value or PDI in value for row in found for value in row.values() if value)
    figures = run("stats", case.parent, "--today", "2027-03-01", "--format", "json")
    assert FATIMA in json.loads(figures)["overdue_by_who"] and FSI not in figures


def test_the_terminal_table_adds_nothing(tmp_path):
    case = family_with_arabic_names(tmp_path)
    shown = run("schedule", case, "--today", "2026-11-23")
    assert FSI not in shown and "\\u2068" not in shown


def test_the_dashboard_isolates_names_in_tables_and_charts_each_its_own_way(tmp_path):
    case = family_with_arabic_names(tmp_path)
    page = run("stats", case.parent, "--today", "2027-03-01", "--format", "html")
    svg = page[page.index('<svg role="img" aria-labelledby="who-title'):]
    svg = svg[:svg.index("</svg>")]
    assert f">{FSI}{FATIMA}{PDI}</text>" in svg and "<bdi>" not in svg  # an HTML element in SVG is not drawn
    assert f"<td><bdi>{FATIMA}</bdi></td>" in page


def test_the_chronology_isolates_names_in_its_sentences_and_keeps_its_csv_exact(tmp_path):
    case = family_with_arabic_names(tmp_path)
    for fmt in ("md", "html"):
        page = run("chronology", case, "--format", fmt)
        assert f"Visit: {FSI}{MARYAM}{PDI} seen (alone, at home" in page, fmt
        assert MARYAM not in page.replace(f"{FSI}{MARYAM}{PDI}", "")
    table = run("chronology", case, "--format", "csv")
    assert "Visit: " + MARYAM + " seen (alone, at home" in table and FSI not in table
