"""--config FILE, a case on standard input, extends: in .coreplan.yaml, shell completion."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.config import load_settings
from coreplan.errors import ConfigError
from coreplan.rules import all_rules
from tests.helpers import BASE, merge

runner = CliRunner()
TODAY = ["--today", "2026-11-23"]
JARGON = merge("contact: Siân sees Ella at home every two weeks, and they do direct work at school.\n")


def rules_of(result):
    return sorted({f["rule"] for f in json.loads(result.stdout)})


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_option_replaces_the_nearest_file(tmp_path):
    case = write(tmp_path / "team" / "hughes" / "case.yaml", JARGON)
    write(tmp_path / "team" / ".coreplan.yaml", "rules:\n  jargon: off\n")
    (tmp_path / "team" / ".git").mkdir()  # the team's repository: its root's configuration is obeyed
    other = write(tmp_path / "elsewhere.yaml", "rules:\n  jargon: error\n")
    found = runner.invoke(app, ["check", str(case), "--format", "json", *TODAY])
    assert "jargon" not in rules_of(found)
    forced = runner.invoke(app, ["check", str(case), "--format", "json", "--config", str(other), *TODAY])
    assert forced.exit_code == 1 and "jargon" in rules_of(forced)


@pytest.mark.parametrize("command", [["check"], ["schedule"], ["stats"], ["render"], ["rules"]])
def test_every_command_that_reads_configuration_takes_config(tmp_path, command):
    case = write(tmp_path / "hughes" / "case.yaml", BASE)
    bad = write(tmp_path / "bad.yaml", "rulez: {}\n")
    args = [] if command == ["rules"] else [str(case), *TODAY]
    result = runner.invoke(app, [*command, *args, "--config", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml:1:1: 'rulez' is not a configuration key" in result.output
    missing = runner.invoke(app, [*command, *args, "--config", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 2 and "no such configuration file" in missing.output


def test_case_on_standard_input_is_named_by_stdin_filename(tmp_path):
    folder = tmp_path / "team" / "hughes"
    folder.mkdir(parents=True)
    write(tmp_path / "team" / ".coreplan.yaml", "rules:\n  unknown-field: warning\n")
    (tmp_path / "team" / ".git").mkdir()
    text = merge("colour: blue\n")
    result = runner.invoke(app, ["check", "-", "--stdin-filename", str(folder / "case.yaml"), "--format", "json",
                                 *TODAY], input=text)
    findings = json.loads(result.stdout)
    assert [(f["file"], f["rule"], f["level"]) for f in findings] == [
        (str(folder / "case.yaml"), "unknown-field", "warning")]
    assert result.exit_code == 0
    plain = runner.invoke(app, ["check", "-", "--format", "json", *TODAY], input="reference: [\n")
    assert plain.exit_code == 1
    assert json.loads(plain.stdout)[0]["file"] == "<stdin>"


def test_standard_input_with_files(tmp_path):
    case = write(tmp_path / "a" / "case.yaml", BASE)
    result = runner.invoke(app, ["check", str(case), "-", *TODAY], input=BASE)
    assert result.exit_code == 0 and "2 case files checked" in result.output


def test_extends_adds_to_the_team_file(tmp_path):
    team = write(tmp_path / ".coreplan.yaml", "rules:\n  jargon: off\n  too-many-actions:\n    limit: 4\n"
                 "closure_days: [2026-12-29]\norganisation: Dyffryn\n"
                 "procedures:\n  wales:\n    core_group_every_days: 28\n")
    local = write(tmp_path / "hughes" / ".coreplan.yaml",
                  "rules:\n  too-many-actions:\n    level: info\n  long-sentence: off\n"
                  "closure_days: [2026-12-30]\nextends: ../.coreplan.yaml\n"
                  "procedures:\n  wales:\n    first_core_group_within_working_days: 8\n")
    settings = load_settings(local, all_rules())
    assert settings.path == local
    assert settings.rules["jargon"].level is None                      # from the team
    assert settings.rules["long-sentence"].level is None                # added here
    assert settings.rules["too-many-actions"].level == "info"
    assert settings.rules["too-many-actions"].options["limit"] == 4     # the team's option kept
    assert settings.closure_days == {date(2026, 12, 29), date(2026, 12, 30)}
    assert settings.organisation == "Dyffryn"
    assert settings.procedures["wales"].core_group_every_days == 28
    assert settings.procedures["wales"].first_core_group_within_working_days == 8
    assert load_settings(team, all_rules()).rules["long-sentence"].level == "info"


@pytest.mark.parametrize("text,message", [
    ("extends: missing.yaml\n", "'missing.yaml' is not a file"),
    ("extends: .coreplan.yaml\n", "extends this file again"),
    ("extends: [a, b]\n", "should be a piece of text"),
])
def test_bad_extends_is_an_error_at_its_line(tmp_path, text, message):
    path = write(tmp_path / ".coreplan.yaml", "rules: {}\n" + text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, all_rules())
    assert caught.value.line == 2 and message in caught.value.message


def test_an_extends_loop_through_two_files_is_caught(tmp_path):
    write(tmp_path / "a" / ".coreplan.yaml", "extends: ../b/.coreplan.yaml\n")
    write(tmp_path / "b" / ".coreplan.yaml", "extends: ../a/.coreplan.yaml\n")
    with pytest.raises(ConfigError, match="a loop"):
        load_settings(tmp_path / "a" / ".coreplan.yaml", all_rules())


def test_shell_completion_is_offered():
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.output and "--show-completion" in result.output
