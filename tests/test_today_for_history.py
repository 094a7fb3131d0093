"""`coreplan changes` and `coreplan chronology` take --today like every command that takes --redact: the
anonymised copy keeps each child's age as on that day, so a run never depends on the machine's clock."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from tests.gitrepo import GitRepo
from tests.test_changes import EARLY, WITH_VISIT

runner = CliRunner()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", EARLY)
    repo.commit("Plan after the first core group", "sian", "2026-10-29T17:00:00+00:00")
    repo.write("hughes/case.yaml", WITH_VISIT)
    repo.commit("Visit", "sian", "2026-11-05T12:00:00+00:00")
    return repo


@pytest.mark.parametrize("command", [["changes", "--since", "2026-10-01"], ["chronology"]])
def test_redacted_ages_are_taken_on_the_day_given(repo, monkeypatch, command):
    from coreplan.redact import Redactor

    days = []
    real = Redactor.case

    def spy(self, case, today):
        days.append(today)
        return real(self, case, today)

    monkeypatch.setattr(Redactor, "case", spy)
    result = runner.invoke(app, [*command, str(repo.root / "hughes"), "--redact", "--today", "2030-01-31"])
    assert result.exit_code == 0, result.output
    assert days and set(days) == {date(2030, 1, 31)}  # every version, and the case as it is now
    assert "Ella" not in result.stdout and "Child-A" in result.stdout


@pytest.mark.parametrize("command", ["changes", "chronology"])
@pytest.mark.parametrize("bad", ["2026-02-30", "23/11/2026"])
def test_a_bad_today_is_a_usage_error_naming_the_option(repo, command, bad):
    result = runner.invoke(app, [command, str(repo.root / "hughes"), "--today", bad])
    assert result.exit_code == 2
    assert "--today" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["changes", "chronology"])
def test_help_offers_today(command):
    result = runner.invoke(app, [command, "--help"])
    assert "--today" in result.stdout
