"""coreplan schedule: due dates, statuses, formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from coreplan.calendar import WorkingCalendar
from coreplan.cli import app
from coreplan.load import load_case_text
from coreplan.procedures import PROFILES
from coreplan.schedule import KINDS, due_items
from tests.helpers import BASE, ROOT, TODAY, merge

runner = CliRunner()
GOOD = str(ROOT / "examples" / "good-plan" / "case.yaml")


def items_of(text, today=TODAY, procedures="wales"):
    case = load_case_text(text).case
    return due_items(case, PROFILES[procedures], WorkingCalendar(procedures), today)


def pick(items, kind, child=None):
    return [i for i in items if i.kind == kind and (child is None or i.child == child)]


def test_good_example_key_dates():
    items = items_of((ROOT / "examples" / "good-plan" / "case.yaml").read_text(encoding="utf-8"))
    [first] = pick(items, "first-core-group")
    assert (first.due, first.done, first.status) == (date(2026, 9, 28), date(2026, 9, 24), "done")
    assert first.basis == "10 working days after the conference on 14 Sep 2026"
    [review] = pick(items, "review-conference")
    assert (review.due, review.status, review.working_days) == (date(2026, 12, 14), "due", 15)
    assert pick(items, "core-group")[-1].due == date(2026, 12, 31)
    assert pick(items, "visit-alone", "mali")[-1].due == date(2026, 12, 4)
    assert pick(items, "visit-home", "ella")[-1].due == date(2026, 12, 18)
    assert not [i for i in items if i.status == "overdue"]


def test_conference_just_before_christmas():
    text = merge("strategy_discussion: 2026-12-09\nconference: 2026-12-23\nmeetings: []\nvisits: []\n")
    items = items_of(text, today=date(2026, 12, 24))
    assert pick(items, "first-core-group")[0].due == date(2027, 1, 11)
    assert pick(items, "outline-plan")[0].due == date(2027, 1, 4)
    assert pick(items, "review-conference")[0].due == date(2027, 3, 23)


def test_overdue_counts_working_days():
    text = merge("meetings: []\n")
    [first] = pick(items_of(text, today=date(2026, 11, 23)), "first-core-group")
    assert (first.due, first.status, first.working_days) == (date(2026, 11, 2), "overdue", 15)


def test_nothing_falls_due_after_deregistration():
    text = merge("deregistered: 2026-11-19\n")
    items = items_of(text)
    assert items and all(i.due <= date(2026, 11, 19) for i in items)


def test_england_has_no_visit_items_unless_configured():
    text = merge("procedures: england\n")
    kinds = {i.kind for i in items_of(text, procedures="england")}
    assert not kinds & {"visit-alone", "visit-home", "bedroom"}
    assert "first-core-group" in kinds


def test_json_has_exactly_the_contract_keys():
    result = runner.invoke(app, ["schedule", GOOD, "--today", "2026-11-23", "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows and all(list(r) == ["case", "kind", "child", "due", "status", "done", "basis", "who",
                                     "coordinator", "id", "text"] for r in rows)
    assert {r["kind"] for r in rows} <= set(KINDS)
    assert {r["status"] for r in rows} == {"done", "due"}
    assert all((r["done"] is None) == (r["status"] != "done") for r in rows)
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    assert all(r["child"] is None for r in rows if r["kind"] not in ("visit-alone", "visit-home", "bedroom"))


def test_within_keeps_open_items_due_soon():
    result = runner.invoke(app, ["schedule", str(ROOT / "examples"), "--today", "2026-11-23", "--within", "14",
                                 "--format", "json"])
    rows = json.loads(result.output)
    assert rows and all(r["status"] != "done" and r["due"] <= "2026-12-07" for r in rows)
    assert {r["case"] for r in rows} == {"DCBC-CP-2026-0147", "DCBC-CP-2026-0213",  # the English examples
                                         "DCBC-CP-2026-0162", "DCBC-CP-2026-0224"}  # and their Welsh twins


def test_csv_output():
    result = runner.invoke(app, ["schedule", GOOD, "--today", "2026-11-23", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == ["case", "kind", "child", "due", "status", "done", "basis", "who", "coordinator", "id",
                             "text"]


def test_ics_imports_and_is_byte_identical():
    from icalendar import Calendar

    args = ["schedule", str(ROOT / "examples"), "--today", "2026-11-23", "--format", "ics"]
    first = runner.invoke(app, args).stdout_bytes
    assert first == runner.invoke(app, args).stdout_bytes
    assert b"\r\n" in first
    calendar = Calendar.from_ical(first)
    events = calendar.walk("VEVENT")
    assert events
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and (end - start).days == 1  # all-day events


def test_ics_uids_do_not_change_with_today():
    from icalendar import Calendar

    def uids(today):
        out = runner.invoke(app, ["schedule", GOOD, "--today", today, "--format", "ics", "--within", "400"])
        return {str(e["UID"]) for e in Calendar.from_ical(out.stdout_bytes).walk("VEVENT")}

    assert uids("2026-11-23") & uids("2026-11-24")


def test_closure_days_and_overrides_from_config(tmp_path):
    (tmp_path / ".coreplan.yaml").write_text(
        "closure_days: [2026-10-20, 2026-10-21]\nprocedures:\n  wales:\n    first_core_group_within_working_days: 5\n")
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    result = runner.invoke(app, ["schedule", str(tmp_path), "--today", "2026-11-23", "--format", "json"])
    [first] = [r for r in json.loads(result.output) if r["kind"] == "first-core-group"]
    # 5 working days after Mon 19 Oct with Tue 20 and Wed 21 closed: 22, 23, 26, 27, 28
    assert first["due"] == "2026-10-28"


@pytest.mark.parametrize("config, says", [
    ("procedures:\n  wales:\n    first_core_group_days: 5\n", "is not a timescale"),
    ("procedures:\n  scotland: {}\n", "is not a set of procedures"),
    ("closure_days: [2026-02-30]\n", "not a real date"),
])
def test_bad_timescale_configuration_exits_2(tmp_path, config, says):
    (tmp_path / ".coreplan.yaml").write_text(config)
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    result = runner.invoke(app, ["schedule", str(tmp_path), "--today", "2026-11-23"])
    assert result.exit_code == 2
    assert says in result.output and ".coreplan.yaml:" in result.output


def test_unreadable_case_is_reported_and_the_rest_scheduled(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "case.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "b" / "case.yaml").write_text("reference: [\n", encoding="utf-8")
    result = runner.invoke(app, ["schedule", str(tmp_path), "--today", "2026-11-23", "--format", "json"])
    assert result.exit_code == 1
    assert "cannot be scheduled" in result.output


def test_table_marks_overdue_items():
    result = runner.invoke(app, ["schedule", str(ROOT / "examples" / "weak-plan"), "--today", "2026-11-23"])
    assert result.exit_code == 0
    assert "overdue by" in result.output and "overdue." in result.output


def test_schedule_help_has_an_example():
    assert "Example" in runner.invoke(app, ["schedule", "--help"]).output


def test_a_meeting_on_the_weekend_after_its_due_date_is_late_everywhere():
    # conference Fri 16 Oct 2026: the first core group is due by Fri 30 Oct; it met on Sat 31 Oct, which is
    # after the last day allowed. The schedule, the rule and the team's figures must all call it late.
    text = merge("conference: 2026-10-16\nmeetings:\n  - date: 2026-10-31\n    type: core-group\n"
                 "    venue: Prestatyn Family Centre\n    venue_agreed_with_family: true\n    chair: sian\n"
                 "    minutes_by: tom\n    present: [carys, sian, tom]\n")
    [first] = pick(items_of(text), "first-core-group")
    assert (first.due, first.done, first.status, first.working_days, first.late) == (
        date(2026, 10, 30), date(2026, 10, 31), "done", 1, True)
    from tests.helpers import found, line_of
    assert ("late-first-core-group", line_of(text, "  - date: 2026-10-31")) in found(text, "late-first-core-group")
    on_time = text.replace("2026-10-31", "2026-10-30")
    assert pick(items_of(on_time), "first-core-group")[0].late is False
    assert found(on_time, "late-first-core-group") == []


def test_overdue_on_the_weekend_after_the_due_date():
    [first] = pick(items_of(merge("conference: 2026-10-16\nmeetings: []\n"), today=date(2026, 10, 31)),
                   "first-core-group")
    assert (first.status, first.working_days, first.late) == ("overdue", 1, True)
