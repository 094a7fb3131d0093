"""coreplan stats: figures checked against counts worked out by hand on a small team folder.

The period is 1 December 2026 to 30 April 2027, looked at on Tuesday 4 May 2027 (Monday 3 May is the
early May bank holiday). Three cases:

A (co-ordinator Siân, 1 child) registered Friday 18 December 2026, just before Christmas:
  outline plan due Tue 29 Dec (21, 22, 23, 24 Dec, then Christmas Fri 25 and the Boxing Day substitute
  Mon 28 are off), sent Wed 30 Dec: late. First core group due Wed 6 Jan 2027 (New Year's Day off), held
  6 Jan: on time. Next core group due 6 Jan + 42 days = Wed 17 Feb, held 17 Feb: on time; next due
  Wed 31 Mar, held Thu 1 Apr: late; next due 13 May: not yet due, not counted. Review due Thu 18 Mar
  (3 months), held 18 Mar: on time. Seen alone: due 6 Jan, visit Wed 23 Dec: on time; next due 10 working
  days after 23 Dec = Mon 11 Jan, never: late (and overdue today). Seen at home: due 18 Dec + 28 days =
  Fri 15 Jan, visit 23 Dec: on time; next due 23 Dec + 28 = Wed 20 Jan, never: late (and overdue today).
B (co-ordinator Tom, 2 children) registered Friday 19 March 2027, just before Easter, off the register
  at the review on Tue 20 April 2027 (32 days):
  outline plan due Tue 30 Mar (22-25 Mar, then Good Friday 26 and Easter Monday 29 are off), sent
  Thu 25 Mar: on time. First core group due Tue 6 Apr, held Wed 7 Apr: late. Seen alone (each child):
  due 6 Apr, visit Wed 31 Mar: on time; due Wed 14 Apr, visit 14 Apr: on time; the next would be due
  28 Apr, after deregistration: none. Seen at home (each child): due 19 Mar + 28 = Fri 16 Apr, visit
  31 Mar: on time; the next would be due 28 Apr: none. The review was due 18 Jun: outside the period.
C (co-ordinator Siân, 2 children) registered Monday 1 June 2026, reviewed Tue 1 Sep 2026, off the
  register at a review on Wed 2 Dec 2026 (184 days): the review due Mon 1 Mar 2027 (6 months after
  1 Sep) was held early: on time. Everything else fell due before the period.

Whole period: first core groups 1 of 2; later core groups 1 of 2; reviews 2 of 2; seen alone 5 of 6;
seen at home 3 of 4; outline plans 1 of 2; 3 children put on the register (A 1, B 2), 4 taken off
(B 2, C 2), median days on the register of 32, 32, 184, 184 = 108; overdue today: A's two visits
(B and C are off the register).
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import BASE, merge

runner = CliRunner()
PERIOD = ["--from", "2026-12-01", "--to", "2027-04-30", "--today", "2027-05-04"]

MEMBERS = """members:
  - {id: sian, name: Siân Roberts, role: social worker}
  - {id: tom, name: Tom Jenkins, role: social worker}
"""
GOALS = """goals:
  - id: mornings
    title: Calm mornings
    concern: Carys cannot get up in the morning after drinking in the evening.
    impact: {ella: Ella arrives at school late and hungry.}
    outcome: Ella has breakfast with Mum and arrives at school by 8:50 every day.
    ladder: [Ella gets herself up., Mum is up every school day.]
    good_enough: 2
"""
TWO_CHILDREN = """children:
  - {id: ella, name: Ella Hughes, categories: [neglect]}
  - {id: osian, name: Osian Hughes, categories: [neglect]}
"""

CASE_A = MEMBERS + GOALS + """reference: CASE-A
coordinator: sian
conference: 2026-12-18
strategy_discussion: 2026-12-01
outline_plan_sent: 2026-12-30
conference_record_sent: 2027-01-08
meetings:
  - {date: 2027-01-06, type: core-group}
  - {date: 2027-02-17, type: core-group}
  - {date: 2027-03-18, type: review-conference}
  - {date: 2027-04-01, type: core-group}
visits:
  - {date: 2026-12-23, child: ella, alone: true, at_home: true, bedroom_seen: true}
"""
CASE_B = MEMBERS + GOALS + TWO_CHILDREN + """reference: CASE-B
coordinator: tom
conference: 2027-03-19
strategy_discussion: 2027-03-01
outline_plan_sent: 2027-03-25
conference_record_sent: 2027-04-01
deregistered: 2027-04-20
meetings:
  - {date: 2027-04-07, type: core-group}
  - {date: 2027-04-20, type: review-conference}
visits:
  - {date: 2027-03-31, child: ella, alone: true, at_home: true, bedroom_seen: true}
  - {date: 2027-03-31, child: osian, alone: true, at_home: true, bedroom_seen: true}
  - {date: 2027-04-14, child: ella, alone: true, at_home: true}
  - {date: 2027-04-14, child: osian, alone: true, at_home: true}
"""
CASE_C = MEMBERS + GOALS + TWO_CHILDREN + """reference: CASE-C
coordinator: sian
conference: 2026-06-01
strategy_discussion: 2026-05-20
conference_record_sent: 2026-06-20
deregistered: 2026-12-02
meetings:
  - {date: 2026-09-01, type: review-conference}
  - {date: 2026-12-02, type: review-conference}
visits: []
"""


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    folder = tmp_path_factory.mktemp("team")
    for name, text in (("a", CASE_A), ("b", CASE_B), ("c", CASE_C)):
        (folder / name).mkdir()
        (folder / name / "case.yaml").write_text(merge(text), encoding="utf-8")
    return folder


def stats_json(team, *args):
    result = runner.invoke(app, ["stats", str(team), *PERIOD, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def measure(met, total):
    return {"met": met, "total": total, "percent": round(100 * met / total, 1) if total else None}


WHOLE_PERIOD = {
    "first_core_group_on_time": measure(1, 2),
    "core_groups_on_time": measure(1, 2),
    "reviews_on_time": measure(2, 2),
    "seen_alone_on_time": measure(5, 6),
    "seen_at_home_on_time": measure(3, 4),
    "outline_plan_sent_on_time": measure(1, 2),
    "children_registered": 3,
    "children_deregistered": 4,
    "median_days_on_register": 108,
    "overdue_items": 2,
}


def test_the_cases_are_clean(team):
    result = runner.invoke(app, ["check", str(team), "--today", "2027-05-04", "--format", "json"])
    readers = {f["rule"] for f in json.loads(result.stdout)} & {"missing-field", "invalid-value", "unknown-id"}
    assert not readers


def test_whole_period_counts_worked_by_hand(team):
    data = stats_json(team)
    assert {key: data[key] for key in WHOLE_PERIOD} == WHOLE_PERIOD
    assert data["seen_alone_on_time"]["percent"] == 83.3
    assert (data["from"], data["to"], data["today"], data["cases"]) == ("2026-12-01", "2027-04-30", "2027-05-04", 3)
    assert data["overdue_by_who"] == {"Siân Roberts": 2}
    assert "groups" not in data


def test_by_month(team):
    groups = {g["group"]: g for g in stats_json(team, "--by", "month")["groups"]}
    assert list(groups) == ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04"]
    december, january, february, march, april = groups.values()
    assert december["outline_plan_sent_on_time"] == measure(0, 1)
    assert (december["children_registered"], december["children_deregistered"],
            december["median_days_on_register"]) == (1, 2, 184)
    assert january["first_core_group_on_time"] == measure(1, 1)
    assert january["seen_alone_on_time"] == measure(1, 2) and january["seen_at_home_on_time"] == measure(1, 2)
    assert january["overdue_items"] == 2  # both fell due in January
    assert february["core_groups_on_time"] == measure(1, 1)
    assert february["reviews_on_time"] == measure(0, 0)
    assert march["reviews_on_time"] == measure(2, 2) and march["core_groups_on_time"] == measure(0, 1)
    assert march["outline_plan_sent_on_time"] == measure(1, 1) and march["children_registered"] == 2
    assert april["first_core_group_on_time"] == measure(0, 1)
    assert april["seen_alone_on_time"] == measure(4, 4) and april["seen_at_home_on_time"] == measure(2, 2)
    assert (april["children_deregistered"], april["median_days_on_register"]) == (2, 32)


def test_by_quarter_and_by_coordinator(team):
    quarters = {g["group"]: g for g in stats_json(team, "--by", "quarter")["groups"]}
    assert list(quarters) == ["2026-Q4", "2027-Q1", "2027-Q2"]
    assert quarters["2027-Q1"]["seen_alone_on_time"] == measure(1, 2)
    coordinators = {g["group"]: g for g in stats_json(team, "--by", "coordinator")["groups"]}
    assert list(coordinators) == ["Siân Roberts", "Tom Jenkins"]
    tom = coordinators["Tom Jenkins"]
    assert tom["first_core_group_on_time"] == measure(0, 1) and tom["outline_plan_sent_on_time"] == measure(1, 1)
    assert (tom["children_registered"], tom["children_deregistered"], tom["median_days_on_register"]) == (2, 2, 32)
    sian = coordinators["Siân Roberts"]
    assert sian["reviews_on_time"] == measure(2, 2) and sian["overdue_items"] == 2


def test_a_period_with_nothing_due_has_no_percentages(team):
    result = runner.invoke(app, ["stats", str(team), "--from", "2025-01-01", "--to", "2025-01-31",
                                 "--today", "2027-05-04", "--format", "json"])
    data = json.loads(result.stdout)
    assert data["reviews_on_time"] == {"met": 0, "total": 0, "percent": None}
    assert data["median_days_on_register"] is None


def test_csv_has_a_row_for_the_period_and_each_group(team):
    result = runner.invoke(app, ["stats", str(team), *PERIOD, "--format", "csv", "--by", "coordinator"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["group"] for r in rows] == ["all", "Siân Roberts", "Tom Jenkins"]
    assert (rows[0]["seen_alone_on_time_met"], rows[0]["seen_alone_on_time_total"],
            rows[0]["seen_alone_on_time_percent"]) == ("5", "6", "83.3")
    assert rows[0]["median_days_on_register"] == "108"


def test_table_names_the_period(team):
    result = runner.invoke(app, ["stats", str(team), *PERIOD])
    assert result.exit_code == 0
    assert "1 Dec 2026 to 30 Apr 2027" in result.output and "5 of 6" in result.output


@pytest.mark.parametrize("args, says", [
    (["--from", "2027-05-01", "--to", "2027-04-30"], "is after --to"),
    (["--from", "2027-13-01"], "is not a date"),
])
def test_bad_periods_exit_2(team, args, says):
    result = runner.invoke(app, ["stats", str(team), "--today", "2027-05-04", *args])
    assert result.exit_code == 2 and says in result.output


def test_an_unreadable_case_is_named_and_the_rest_counted(team, tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "case.yaml").write_text("reference: [\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(team), str(tmp_path), *PERIOD, "--format", "json"])
    assert result.exit_code == 1 and "not counted until it reads cleanly" in result.stderr
    assert json.loads(result.stdout)["cases"] == 3


def test_csv_cells_cannot_become_formulas(tmp_path):
    text = merge("members:\n  - {id: sian, name: \"=HYPERLINK(\\\"http://x\\\")\", role: social worker}\n"
                 "  - {id: tom, name: Tom Jenkins, role: teacher}\n")
    (tmp_path / "case.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["stats", str(tmp_path), "--today", "2026-11-23", "--format", "csv",
                                 "--by", "coordinator"])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[2][0].startswith("'=")


def test_dashboard_is_self_contained_and_goes_by_quarter_over_two_years(team):
    result = runner.invoke(app, ["stats", str(team), "--from", "2025-01-01", "--to", "2027-06-30", "--today",
                                 "2027-05-04", "--format", "html"])
    assert result.exit_code == 0
    html = result.stdout
    assert "<script" not in html and "http" not in html and "@import" not in html and "url(" not in html
    assert ">Q1</text>" in html and ">Jan</text>" not in html
    assert "generated by coreplan" in html  # so -o can replace its own dashboard next month


def _dashboard(team, *by: str) -> str:
    result = runner.invoke(app, ["stats", str(team), *PERIOD, "--format", "html", *by])
    assert result.exit_code == 0
    return result.stdout


def test_dashboard_by_coordinator_has_a_row_for_each_coordinator(team):
    from html.parser import HTMLParser

    class RowHeads(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.inside = [], False

        def handle_starttag(self, tag, attrs):
            self.inside = tag == "th" and ("scope", "row") in attrs

        def handle_data(self, data):
            if self.inside and data.strip():
                self.rows.append(data.strip())
                self.inside = False

    parser = RowHeads()
    parser.feed(_dashboard(team, "--by", "coordinator"))
    assert parser.rows == ["Siân Roberts", "Tom Jenkins"]
    # without --by, or by month, the page has no such table: --by used to change nothing on the dashboard
    assert "Each co-ordinator" not in _dashboard(team) and "Each co-ordinator" not in _dashboard(team, "--by", "month")


def test_dashboard_by_quarter_says_quarter(team):
    html = _dashboard(team, "--by", "quarter")
    assert "Each measure, quarter by quarter" in html and ">Q1</text>" in html and ">Jan</text>" not in html
    assert "Each measure, month by month" in _dashboard(team)


def test_a_table_too_wide_for_the_screen_becomes_one_table_per_group(team, monkeypatch):
    # eleven columns in 80 used to fold every heading into fragments ("firs / t core / grou / p")
    monkeypatch.setenv("COLUMNS", "80")
    narrow = runner.invoke(app, ["stats", str(team), *PERIOD, "--by", "coordinator"]).output
    assert "coordinator: Siân Roberts" in narrow and "coordinator: Tom Jenkins" in narrow
    assert "First core groups on time" in narrow and max(len(line) for line in narrow.splitlines()) <= 80
    monkeypatch.setenv("COLUMNS", "200")
    wide = runner.invoke(app, ["stats", str(team), *PERIOD, "--by", "coordinator"]).output
    assert "first core group" in wide and "coordinator: Tom Jenkins" not in wide
