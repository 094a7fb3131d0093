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


@pytest.mark.parametrize("command", COMMANDS)
def test_help_reads_as_written(command):
    """Each example is a line of its own, ready to copy, and a paragraph is not broken mid-sentence where the
    source happened to wrap it (typer keeps single line breaks in Rich mode; help is read as Markdown)."""
    click_command = get_command(app).commands[command]
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=400, env={"COLUMNS": "400"})
    lines = [line.strip(" │•") for line in result.output.splitlines()]
    examples = [line[2:].strip("`") for line in click_command.epilog.split("\n\n") if line.startswith("- ")]
    assert examples
    for example in examples:
        assert example in lines, example
    for paragraph in click_command.help.split("\n\n")[1:]:
        joined = " ".join(part.strip() for part in paragraph.splitlines()).replace("`", "")  # code spans
        assert joined in lines, joined
