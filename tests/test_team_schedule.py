"""coreplan schedule for a team: who each item is for, one person's items, one person's calendar with reminders."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

from typer.testing import CliRunner

from coreplan.calendar import WorkingCalendar
from coreplan.cli import app
from tests.helpers import ROOT

runner = CliRunner()
EXAMPLES = str(ROOT / "examples")
GOOD = str(ROOT / "examples" / "good-plan")


def schedule(*args):
    result = runner.invoke(app, ["schedule", *args, "--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    return result


def test_json_says_who_each_item_is_for():
    rows = json.loads(schedule(GOOD, "--format", "json").stdout)
    assert {r["coordinator"] for r in rows} == {"Siân Roberts"}
    by_kind = {}
    for row in rows:
        by_kind.setdefault(row["kind"], set()).add(row["who"])
    # meetings, visits and what is sent out are the co-ordinator's; actions and assessments their owner's
    for kind in ("first-core-group", "core-group", "review-conference", "visit-alone", "visit-home", "bedroom",
                 "outline-plan", "conference-record"):
        assert by_kind[kind] == {"Siân Roberts"}
    assert by_kind["action"] == {"Carys Hughes", "Ana Bowen", "Tom Jenkins", "Glenys Hughes", "Dean Pritchard",
                                 "Siân Roberts", "Mererid Lewis"}
    assert by_kind["assessment"] == {"Siân Roberts", "Mererid Lewis"}


def test_who_keeps_one_persons_items_by_id_name_or_first_name_accents_optional():
    def whos(person):
        return {(r["case"], r["who"]) for r in json.loads(schedule(EXAMPLES, "--who", person, "--format", "json").stdout)}

    by_first = whos("Siân")
    assert by_first == {("DCBC-CP-2026-0147", "Siân Roberts")}
    assert whos("sian") == whos("SIAN ROBERTS") == whos("sian-roberts") == by_first
    ana = json.loads(schedule(EXAMPLES, "--who", "ana-bowen", "--format", "json").stdout)
    assert [r["kind"] for r in ana] == ["action"]
    assert not json.loads(schedule(EXAMPLES, "--who", "nobody", "--format", "json").stdout)


def test_csv_has_who_and_coordinator_columns():
    rows = list(csv.DictReader(io.StringIO(schedule(GOOD, "--format", "csv", "--who", "mererid").stdout)))
    assert rows and {(r["who"], r["coordinator"]) for r in rows} == {("Mererid Lewis", "Siân Roberts")}


def test_one_persons_calendar_has_a_reminder_two_working_days_before_each_item():
    from icalendar import Calendar

    result = schedule(EXAMPLES, "--who", "Siân", "--format", "ics")
    calendar = Calendar.from_ical(result.stdout_bytes)
    assert str(calendar["X-WR-CALNAME"]) == "coreplan: due dates (Siân)"
    events = calendar.walk("VEVENT")
    assert events and all(str(e["SUMMARY"]).startswith("DCBC-CP-2026-0147: ") for e in events)
    working = WorkingCalendar("wales")
    for event in events:
        due = event.decoded("DTSTART")
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        fires = datetime(due.year, due.month, due.day) + alarm.decoded("TRIGGER")
        assert fires.time().hour == 9 and fires.date() == working.working_days_before(due, 2)
    # the review conference on Mon 14 Dec 2026: two working days before is Thu 10 Dec
    [review] = [e for e in events if "review conference" in str(e["SUMMARY"])]
    [alarm] = review.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -(timedelta(days=4) - timedelta(hours=9))


def test_reminders_count_working_days_over_christmas():
    working = WorkingCalendar("wales")
    # due Tue 29 Dec 2026: Mon 28 (Boxing Day substitute) and Fri 25 are off, so 2 working days before is Wed 23
    assert working.working_days_before(date(2026, 12, 29), 2) == date(2026, 12, 23)
    assert working.add_working_days(date(2026, 12, 23), 2) == date(2026, 12, 29)
    assert working.working_days_before(date(2026, 12, 29), 0) == date(2026, 12, 29)


def test_remind_sets_the_days_and_zero_is_the_morning_itself():
    from icalendar import Calendar

    result = schedule(GOOD, "--format", "ics", "--remind", "0", "--within", "30")
    for event in Calendar.from_ical(result.stdout_bytes).walk("VEVENT"):
        assert event.walk("VALARM")[0].decoded("TRIGGER") == timedelta(hours=9)


def test_table_says_who_each_item_is_for():
    result = runner.invoke(app, ["schedule", GOOD, "--today", "2026-11-23", "--within", "30"],
                           env={"COLUMNS": "200"})
    assert "Siân Roberts: review conference" in result.output
    assert "Carys Hughes: Take Mali to the baby clinic" in result.output
