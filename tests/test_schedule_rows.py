"""coreplan schedule read back as its readers read it: rows that tell actions apart, calendars that import."""

from __future__ import annotations

import csv
import io
import json

from icalendar import Calendar
from typer.testing import CliRunner

from coreplan.calendar import WorkingCalendar
from coreplan.cli import app
from coreplan.load import load_case_text
from coreplan.procedures import PROFILES
from coreplan.schedule import due_items, say
from tests.helpers import TODAY, merge

runner = CliRunner()
LONG = ("Keep a diary of what time she gets up and when Ella eats, and share it with Siân at every visit she "
        "makes to the family home")
TWO_ACTIONS = merge(f"""goals:
  - id: mornings
    title: Calm mornings
    concern: Carys cannot get up in the morning after drinking in the evening.
    impact:
      ella: Ella gets herself ready, goes without breakfast and arrives late and hungry.
    outcome: Ella has breakfast with Mum and arrives at school by 8:50 every day.
    ladder:
      - Ella gets herself up and goes to school hungry most days.
      - Mum is up every school day and Ella has breakfast.
    good_enough: 2
    actions:
      - who: carys
        what: {LONG}, on Mondays.
        by: 2026-12-18
      - who: carys
        what: {LONG}, on Fridays.
        by: 2026-12-18
""")


def schedule(tmp_path, text, fmt):
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["schedule", str(path), "--today", "2026-11-23", "--format", fmt])
    assert result.exit_code == 0, result.output
    return result


def test_two_actions_of_one_person_due_the_same_day_are_two_rows(tmp_path):
    rows = [r for r in json.loads(schedule(tmp_path, TWO_ACTIONS, "json").output) if r["kind"] == "action"]
    assert [(r["id"], r["text"]) for r in rows] == [
        ("mornings.actions.1", f"{LONG}, on Mondays."), ("mornings.actions.2", f"{LONG}, on Fridays.")]
    statutory = [r for r in json.loads(schedule(tmp_path, TWO_ACTIONS, "json").output) if r["kind"] == "core-group"]
    assert statutory and all(r["id"] is None and r["text"] is None for r in statutory)
    table = list(csv.DictReader(io.StringIO(schedule(tmp_path, TWO_ACTIONS, "csv").output)))
    assert [(r["id"], r["text"]) for r in table if r["kind"] == "action"] == [
        (r["id"], r["text"]) for r in rows]


def test_assessments_carry_their_place_and_words(tmp_path):
    text = merge("""assessments:
  - what: A parenting assessment.
    commissioned_by: sian
    by: 2026-12-04
  - what: A health assessment of Ella.
    commissioned_by: sian
""")
    rows = [r for r in json.loads(schedule(tmp_path, text, "json").output) if r["kind"] == "assessment"]
    assert [(r["id"], r["text"]) for r in rows] == [("assessments.1", "A parenting assessment.")]


HOSTILE = merge("""children:
  - id: ella
    name: "Ella\\nBEGIN:VEVENT\\nSUMMARY:pwned, ; \\\\n"
    born: 2017-05-01
    categories: [neglect]
    takes_part: views-shared
    lived_experience: Ella is hungry at school.
    worries: Ella worries that Mum will not wake up in the morning.
    wishes_and_feelings: Ella wants Mum to make breakfast.
    good_enough: Ella has breakfast at home and is at school by 8:50 every day.
goals:
  - id: mornings
    title: "Calm mornings; END:VCALENDAR, really"
    concern: Carys cannot get up in the morning after drinking in the evening.
    impact:
      ella: Ella gets herself ready, goes without breakfast and arrives late and hungry.
    outcome: Ella has breakfast with Mum and arrives at school by 8:50 every day.
    ladder:
      - Ella gets herself up and goes to school hungry most days.
      - Mum is up every school day and Ella has breakfast.
    good_enough: 2
    actions:
      - who: carys
        what: |
          Keep a diary; share it, weekly.
          END:VEVENT
          BEGIN:VEVENT
          SUMMARY:a second event nobody wrote
        by: 2026-12-18
      - who: carys
        what: "DTSTART:20990101\\r\\nUID:x@y, then a comma; and a semicolon"
        by: 2026-12-18
""")


def test_calendar_has_exactly_the_expected_events_whatever_the_text_says(tmp_path):
    ics = schedule(tmp_path, HOSTILE, "ics").stdout_bytes
    case = load_case_text(HOSTILE).case
    expected = sorted((str(case.reference) + ": " + say(item.what_words, "en"), item.due)
                      for item in due_items(case, PROFILES["wales"], WorkingCalendar("wales"), TODAY)
                      if item.status != "done")
    calendars = Calendar.from_ical(ics, multiple=True)
    assert len(calendars) == 1
    events = calendars[0].walk("VEVENT")
    assert sorted((str(e["SUMMARY"]), e.decoded("DTSTART")) for e in events) == expected
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert not any("a second event nobody wrote" == str(e["SUMMARY"]) for e in events)


def test_an_actions_words_in_csv_never_run_as_a_formula(tmp_path):
    text = TWO_ACTIONS.replace(f"what: {LONG}, on Mondays.", 'what: "=HYPERLINK(\\"http://x\\", \\"click\\")"')
    table = list(csv.DictReader(io.StringIO(schedule(tmp_path, text, "csv").output)))
    cells = [r["text"] for r in table if r["id"] == "mornings.actions.1"]
    assert cells and cells[0].startswith("'=HYPERLINK")
