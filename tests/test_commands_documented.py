"""Every command has a README section and an example in its --help (as sqlite-utils checks its own)."""

from __future__ import annotations

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)


def test_the_commands_are_found():
    assert {"check", "init", "schema", "changes", "chronology"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    assert f"coreplan {command}" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output
