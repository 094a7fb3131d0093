"""coreplan changes --redact: the changes of a real history with every name, author and path anonymised."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from coreplan.cli import app
from tests.test_changes import repo  # noqa: F401 (a fixture: three commits by Siân and Tom)

runner = CliRunner()
ORIGINALS = ("Siân", "Sian", "Roberts", "Tom", "Jenkins", "Carys", "Ella", "hughes", "DCBC-CP-2026-0001")


def test_changes_are_the_same_changes_with_nobody_named(repo):  # noqa: F811
    plain = json.loads(runner.invoke(app, ["changes", str(repo.root / "hughes"), "--format", "json"]).stdout)
    for fmt in ("json", "text", "md"):
        result = runner.invoke(app, ["changes", str(repo.root / "hughes"), "--format", fmt, "--redact",
                                     "--since", repo.first])
        assert result.exit_code == 0, result.output
        assert not [name for name in ORIGINALS if name.lower() in result.stdout.lower()], (fmt, result.stdout)
    redacted = json.loads(runner.invoke(app, ["changes", str(repo.root / "hughes"), "--format", "json",
                                              "--redact"]).stdout)
    assert [(c["kind"], c["before"], c["after"], c["commit"]) for c in redacted] == \
           [(c["kind"], c["before"], c["after"], c["commit"]) for c in plain]
    # the author is a core group member: the same pseudonym as inside the plan
    assert redacted[0]["author"] == "Worker-B" and redacted[0]["what"].startswith("Adult-A: ")


def test_chronology_names_nobody_in_any_format(repo):  # noqa: F811
    plain = runner.invoke(app, ["chronology", str(repo.root / "hughes"), "--format", "csv"]).stdout
    assert "Siân Roberts" in plain and "Ella" in plain  # the fixture names them: the test below means something
    for fmt in ("md", "html", "csv"):
        for lang in ("en", "cy"):
            result = runner.invoke(app, ["chronology", str(repo.root / "hughes"), "--format", fmt, "--redact",
                                         "--lang", lang])
            assert result.exit_code == 0, result.output
            shown = re.sub(r"<style>.*?</style>", "", result.stdout, flags=re.S)  # "border-bottom" is no Tom
            assert not [name for name in ORIGINALS if name.lower() in shown.lower()], (fmt, result.stdout)
    table = runner.invoke(app, ["chronology", str(repo.root / "hughes"), "--format", "csv", "--redact"]).stdout
    # the same events on the same days, with pseudonyms: the author is the member's pseudonym in the plan
    assert [row.split(",")[0] for row in table.splitlines()] == [row.split(",")[0] for row in plain.splitlines()]
    assert "Worker-A" in table and "Child-A" in table


def test_chronology_redacted_off_git_names_no_folder(tmp_path, monkeypatch):
    from tests.helpers import BASE

    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "hughes-ella"
    folder.mkdir()
    (folder / "case.yaml").write_text(BASE, encoding="utf-8")
    result = runner.invoke(app, ["chronology", str(folder), "--redact"])
    assert result.exit_code == 0
    assert "hughes" not in result.output.lower() and "ella" not in result.output.lower()
    assert "not in git" in result.stderr
