"""coreplan changes --redact: the changes of a real history with every name, author and path anonymised."""

from __future__ import annotations

import json

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
