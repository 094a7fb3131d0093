"""Many cases in several processes give the same output, byte for byte, as one process."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import dataclass

import pytest

from coreplan.batch import MIN_FILES_FOR_POOL, map_in_order
from coreplan.check import check_paths
from coreplan.errors import InputError
from coreplan.report import write_github, write_json, write_text
from tests.helpers import BASE, ROOT, TODAY


@dataclass(frozen=True)
class _Setup:
    offset: int

    def __call__(self):
        return self.offset


def _square_plus(offset, number):
    if number == 13:
        raise InputError("unlucky", file="thirteen.yaml", line=1)
    return number * number + offset


def test_results_come_back_in_the_order_of_the_items():
    numbers = [n for n in range(200) if n != 13]
    assert list(map_in_order(_square_plus, numbers, _Setup(1), workers=2, min_items=1)) == \
        [n * n + 1 for n in numbers]


def test_an_items_error_is_raised_in_its_turn_after_the_items_before_it():
    results = map_in_order(_square_plus, list(range(40)), _Setup(0), workers=2, min_items=1)
    got = []
    with pytest.raises(InputError) as raised:
        for result in results:
            got.append(result)
    assert got == [n * n for n in range(13)]
    assert str(raised.value) == "thirteen.yaml:1: unlucky"  # the error keeps its file and line


def test_a_handful_of_files_is_done_in_this_process():
    assert list(map_in_order(_square_plus, [1, 2, 3], _Setup(0), workers=2)) == [1, 4, 9]


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """More cases than MIN_FILES_FOR_POOL: clean, weak, unreadable, and folders whose walk order and
    name order differ ('b' is walked before 'b-c', but 'b-c/case.yaml' sorts first)."""
    root = tmp_path_factory.mktemp("team")
    weak = (ROOT / "examples" / "weak-plan" / "case.yaml").read_text(encoding="utf-8")
    for number in range(MIN_FILES_FOR_POOL + 6):
        folder = root / f"case-{number}"
        folder.mkdir()
        text = (BASE, weak, BASE.replace("coordinator: sian", "coordinator: siam"))[number % 3]
        (folder / "case.yaml").write_text(text, encoding="utf-8")
    for name in ("b", "b-c", "b/inner"):
        (root / name).mkdir()
        (root / name / "case.yaml").write_text("children: [\n", encoding="utf-8")
    return root


def _outputs(team, workers):
    json_out, github_out, text_out = io.StringIO(), io.StringIO(), io.StringIO()
    write_json(check_paths([team], TODAY, workers=workers), json_out)
    write_github(check_paths([team], TODAY, workers=workers), github_out)
    run = check_paths([team], TODAY, workers=workers)
    write_text(run, text_out)
    return json_out.getvalue(), github_out.getvalue(), text_out.getvalue(), run.count("error")


def test_a_pool_of_processes_writes_exactly_what_one_process_writes(team):
    alone, pooled = _outputs(team, 1), _outputs(team, 2)
    assert pooled == alone
    json_text, _, text, errors = alone
    assert errors > 0 and '"rule": "unknown-id"' in json_text
    # the unreadable files are listed in the order they were found, as before
    assert text.index(f"{team / 'b' / 'case.yaml'}: the plan") < text.index(f"{team / 'b-c' / 'case.yaml'}: the")


def test_the_command_line_on_a_team_folder_writes_what_one_process_writes(team):
    done = subprocess.run([sys.executable, "-m", "coreplan", "check", str(team), "--today", "2026-11-23",
                           "--format", "json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stdout == _outputs(team, 1)[0]


def test_json_written_one_finding_at_a_time_is_the_json_of_the_whole_list(team):
    import json

    findings = list(check_paths([team], TODAY, workers=1).findings())
    assert findings
    expected = json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
    assert _outputs(team, 1)[0] == expected
    empty = io.StringIO()
    write_json(check_paths([ROOT / "examples" / "good-plan"], TODAY), empty)
    assert empty.getvalue() == json.dumps([]) + "\n"


def test_schedule_and_stats_of_a_team_are_the_same_in_a_pool(team):
    from coreplan.agenda import build_agenda, write_csv, write_ics
    from coreplan.agenda import write_json as write_agenda_json
    from coreplan.stats import build_stats

    def schedule(workers):
        agenda = build_agenda([team], TODAY, workers=workers)
        text, table = io.StringIO(), io.StringIO()
        calendar = io.BytesIO()
        write_agenda_json(agenda, text)
        write_csv(agenda, table)
        write_ics(agenda, calendar, TODAY, remind=2)
        return text.getvalue(), table.getvalue(), calendar.getvalue(), agenda.unreadable

    alone = schedule(1)
    assert alone[0].count('"kind"') > MIN_FILES_FOR_POOL and len(alone[3]) == 3
    assert schedule(2) == alone
    stats = [build_stats([team], TODAY, by="coordinator", workers=workers) for workers in (1, 2)]
    assert stats[0].as_dict() == stats[1].as_dict() and stats[0].cases == MIN_FILES_FOR_POOL + 6
    assert stats[0].unreadable == stats[1].unreadable


def test_checking_and_scheduling_a_case_makes_no_reference_cycle():
    # a pool worker runs the garbage collector seldom (coreplan.batch._start_worker): every object a case
    # makes must be freed when the case is done, not left for the collector
    import gc

    from coreplan.check import _check_file, _Checker
    from coreplan.config import ConfigCache
    from coreplan.load import load_case
    from coreplan.rules import all_rules
    from coreplan.schedule import schedule_case

    cases = sorted((ROOT / "examples").glob("*/case.yaml"))
    state = _Checker(TODAY)()
    settings = ConfigCache(all_rules()).for_case(cases[0])
    shared: dict = {}

    def once() -> None:
        for case in cases:
            _check_file(state, case)
            schedule_case(load_case(case).case, settings, TODAY, shared)

    once()  # what is made once a run (lexicons, patterns, calendars) is made here
    gc.collect()
    gc.disable()
    try:
        once()
        assert gc.collect() == 0
    finally:
        gc.enable()
