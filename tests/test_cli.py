"""The command line contract: exit codes, output formats, help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import BASE, ROOT, merge

runner = CliRunner()
GOOD = str(ROOT / "examples" / "good-plan" / "case.yaml")
WEAK = str(ROOT / "examples" / "weak-plan" / "case.yaml")
TODAY = ["--today", "2026-11-23"]


def invoke(*args):
    return runner.invoke(app, list(args))


def write_case(folder, text=BASE, name="case.yaml"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_example_exits_0():
    result = invoke("check", GOOD, *TODAY)
    assert result.exit_code == 0, result.output
    assert "No problems found: 1 case file checked." in result.output


def test_weak_example_exits_1_with_positioned_findings():
    result = invoke("check", WEAK, *TODAY)
    assert result.exit_code == 1
    assert "weak-plan/case.yaml:" in result.output
    assert " error " in result.output


def test_json_output_matches_the_contract(tmp_path):
    path = write_case(tmp_path / "a", merge("coordinator: nobody\nconference: 2026-02-30\n"))
    result = invoke("check", str(path), "--format", "json", *TODAY)
    assert result.exit_code == 1
    findings = json.loads(result.output)
    assert findings and all(list(f) == ["file", "line", "column", "rule", "level", "message"] for f in findings)
    keys = [(f["file"], f["line"], f["column"]) for f in findings]
    assert keys == sorted(keys)
    assert all(isinstance(f["line"], int) and f["line"] >= 1 and f["column"] >= 1 for f in findings)


def test_json_output_with_no_findings_is_an_empty_array():
    result = invoke("check", GOOD, "--format", "json", *TODAY)
    assert (result.exit_code, json.loads(result.output)) == (0, [])


def test_github_format(tmp_path):
    path = write_case(tmp_path, merge("coordinator: nobody\n"))
    result = invoke("check", str(path), "--format", "github", *TODAY)
    line = result.output.strip().splitlines()[0]
    assert line.startswith("::error file=") and ",line=" in line and ",col=" in line
    assert line.endswith("(unknown-id)")


def test_strict_turns_warnings_into_exit_1(tmp_path):
    (tmp_path / ".coreplan.yaml").write_text("rules:\n  unknown-field: warning\n")
    path = write_case(tmp_path, merge("colour: blue\n"))
    assert invoke("check", str(path), *TODAY).exit_code == 0
    assert invoke("check", str(path), "--strict", *TODAY).exit_code == 1


def test_folder_is_searched_for_case_files(tmp_path):
    write_case(tmp_path / "one")
    write_case(tmp_path / "two" / "deeper")
    write_case(tmp_path / ".hidden")
    result = invoke("check", str(tmp_path), *TODAY)
    assert result.exit_code == 0
    assert "2 case files checked" in result.output


@pytest.mark.parametrize("args, says", [
    (["check", "no/such/place.yaml"], "no such file or folder"),
    (["check", "--today", "23/11/2026", GOOD], "not a date"),
    (["check", "--format", "xml", GOOD], "xml"),
    (["rules", "jargn-typo"], "there is no rule"),
])
def test_could_not_run_exits_2(args, says):
    result = invoke(*args)
    assert result.exit_code == 2
    assert says in result.output


def test_empty_folder_exits_2(tmp_path):
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    assert "no case.yaml found" in result.output


def test_bad_configuration_exits_2_with_position(tmp_path):
    (tmp_path / ".coreplan.yaml").write_text("rules:\n  jargn: off\n")
    path = write_case(tmp_path)
    result = invoke("check", str(path), *TODAY)
    assert result.exit_code == 2
    assert ".coreplan.yaml:2:3" in result.output


def test_rules_lists_every_rule_with_its_level():
    from coreplan.rules import all_rules

    result = invoke("rules")
    assert result.exit_code == 0
    for name, rule in all_rules().items():
        assert name in result.output


def test_rules_name_prints_documentation():
    result = invoke("rules", "duplicate-key")
    assert result.exit_code == 0
    assert "# duplicate-key" in result.output and "This fails" in result.output


@pytest.mark.parametrize("command", ["check", "schedule", "stats", "rules"])
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.output.startswith("coreplan ")


def test_python_dash_m_runs_and_text_output_has_no_colour_when_piped():
    done = subprocess.run([sys.executable, "-m", "coreplan", "check", WEAK, *TODAY],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert "\x1b[" not in done.stdout
    assert done.stderr == ""
