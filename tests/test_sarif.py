"""coreplan check --format sarif: SARIF 2.1.0 that carries the configuration in force (issue 11, item 2)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import ROOT

WEAK = str(ROOT / "examples" / "weak-plan" / "case.yaml")
TODAY = ["--today", "2026-11-23"]


def _sarif(*args: str):
    done = CliRunner().invoke(app, ["check", *args, *TODAY, "--format", "sarif"])
    return done.exit_code, json.loads(done.stdout)


def test_sarif_has_the_same_findings_as_json_and_names_the_config_in_force():
    code, sarif = _sarif(WEAK)
    findings = json.loads(CliRunner().invoke(app, ["check", WEAK, *TODAY, "--format", "json"]).stdout)
    assert code == 1 and sarif["version"] == "2.1.0"
    [run] = sarif["runs"]
    results = run["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in results] == \
        [(f["rule"], f["line"], f["column"]) for f in findings]
    assert {r["level"] for r in results} <= {"error", "warning", "note"}
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} == {f["rule"] for f in findings}
    [configuration] = run["properties"]["configurations"]
    assert configuration["config"] == str(ROOT / "examples" / ".coreplan.yaml")
    assert configuration["files"] == [WEAK.replace("\\", "/")]


def test_sarif_of_a_clean_case_outside_any_config_has_no_results_and_null_config(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".git").mkdir()
    case = tmp_path / "case.yaml"
    case.write_text((ROOT / "examples" / "good-plan" / "case.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, sarif = _sarif(str(case))
    [run] = sarif["runs"]
    assert run["properties"]["configurations"] == [{"config": None, "files": [case.as_posix()]}]
    assert all(r["level"] != "error" for r in run["results"])
    assert code == 0
