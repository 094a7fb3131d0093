"""The quick way into `coreplan check` and `coreplan render` (coreplan.entry) behaves exactly as the typer
command line does.

Each command line runs twice in a subprocess, once as the installed `coreplan` runs it and once through
typer (coreplan.cli.main), and standard output, standard error and the exit status must be the same.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coreplan.entry import quick_arguments
from tests.helpers import ROOT

GOOD = str(ROOT / "examples" / "good-plan" / "case.yaml")
WEAK = str(ROOT / "examples" / "weak-plan" / "case.yaml")
TODAY = ["--today", "2026-11-23"]

QUICK = "import sys; from coreplan.entry import main; sys.argv[0] = 'coreplan'; main()"
TYPER = "import sys; from coreplan.cli import main; sys.argv[0] = 'coreplan'; main()"


def _run(program: str, argv: list[str], stdin: bytes = b"", cwd=ROOT) -> tuple[bytes, bytes, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("_COREPLAN")}
    done = subprocess.run([sys.executable, "-c", program, *argv], input=stdin, capture_output=True, cwd=cwd,
                          env=env, timeout=120)
    return done.stdout, done.stderr, done.returncode


COMMAND_LINES = [
    ["check", GOOD, *TODAY],
    ["check", WEAK, *TODAY],
    ["check", WEAK, *TODAY, "--format", "json"],
    ["check", WEAK, "--format=github", *TODAY],
    ["check", "-f", "sarif", WEAK, *TODAY],
    ["check", GOOD, *TODAY, "--strict"],
    ["check", "--lang", "cy", WEAK, *TODAY],
    ["check", "-v", str(ROOT / "examples"), *TODAY],
    ["check", "--today", "2026-13-01", GOOD],
    ["check", str(ROOT / "no-such-folder"), *TODAY],
    ["check", *TODAY, "--", GOOD],
    ["check", "--config", GOOD, GOOD, *TODAY],
    ["check", "--format", "xml", GOOD],  # the rest go to typer either way: its messages stay its own
    ["check", "--strict", "--strict", GOOD, *TODAY],
    ["check", "--help"],
    ["render", GOOD, *TODAY],
    ["render", WEAK, *TODAY, "--format", "html", "--lang", "en+cy"],
    ["render", "-w", "minutes", "--meeting", "2026-10-29", GOOD, *TODAY, "-f", "md"],
    ["render", "--what=family", "--redact", WEAK, *TODAY],
    ["render", GOOD, *TODAY, "--format", "pdf"],
    ["render", GOOD, "--today", "yesterday"],
    ["render", GOOD, "--today", "yesterday", "--lang", "cy"],
    ["check", GOOD, "--today", "yesterday", "--lang", "cy"],
    ["render", GOOD, *TODAY, "-o", GOOD],
    ["render", str(ROOT / "examples" / "good-plan"), *TODAY, "--lang", "cy", "--config", str(ROOT / "nowhere")],
    ["render", GOOD, WEAK, *TODAY],  # the rest go to typer either way
    ["render", *TODAY],
    ["render", GOOD, "--what", "letter"],
]


@pytest.mark.parametrize("argv", COMMAND_LINES, ids=lambda argv: " ".join(a.replace(str(ROOT), "") for a in argv))
def test_the_quick_check_says_and_exits_as_typer_does(argv):
    quick = _run(QUICK, argv)
    assert quick == _run(TYPER, argv)
    assert quick[2] in (0, 1, 2)


def test_a_case_on_standard_input_is_checked_the_same_way():
    text = (ROOT / "examples" / "weak-plan" / "case.yaml").read_bytes()
    argv = ["check", "-", "--stdin-filename", "cases/hughes/case.yaml", *TODAY, "-f", "json"]
    quick = _run(QUICK, argv, stdin=text)
    assert quick == _run(TYPER, argv, stdin=text)
    assert b"cases/hughes/case.yaml" in quick[0] and quick[2] == 1


def test_a_render_written_to_a_file_is_the_same_and_said_the_same(tmp_path):
    results = []
    for program in (QUICK, TYPER):
        out = tmp_path / f"plan-{len(results)}.html"
        stdout, stderr, status = _run(program, ["render", WEAK, *TODAY, "-f", "html", "-o", str(out)])
        results.append((stdout, stderr.replace(str(out).encode(), b"OUT"), status, out.read_bytes()))
    assert results[0] == results[1]
    assert results[0][2] == 0 and b"wrote OUT" in results[0][1] and b"warning" in results[0][1]


def test_the_current_folder_is_checked_when_no_path_is_given():
    argv = ["check", *TODAY]
    quick = _run(QUICK, argv, cwd=ROOT / "examples" / "good-plan")
    assert quick == _run(TYPER, argv, cwd=ROOT / "examples" / "good-plan")
    assert quick[2] == 0


@pytest.mark.parametrize("argv", [
    ["check"],
    ["render", "case.yaml"],
    ["render", "-w", "family", "--force", "--redact", "case.yaml", "-o", "x.html", "-f", "html", "--lang", "en+cy"],
    ["render", "-w", "minutes", "--changes", "case.yaml"],
    ["check", "a.yaml", "-", "--format", "json", "--strict", "-v", "--lang", "en", "--today", "2026-01-02"],
    ["check", "--format=sarif", "--config=team.yaml", "--stdin-filename", "x.yaml", "-"],
    ["check", "--", "--strict"],
])
def test_plain_check_command_lines_are_parsed_here(argv):
    assert quick_arguments(argv) is not None


@pytest.mark.parametrize("argv", [
    [], ["--version"], ["schedule", "."], ["check", "--help"], ["check", "-h"], ["check", "--format", "XML"],
    ["check", "--format"], ["check", "-fjson"], ["check", "-vf", "json"], ["check", "--strict=yes"],
    ["check", "--today", "--strict"], ["check", "--today="], ["check", ""], ["check", "--lang", "en+cy"],
    ["check", "-f", "json", "--format", "text"], ["check", "--unknown"], ["check", "--form", "json"],
    ["render"], ["render", "a.yaml", "b.yaml"], ["render", "a.yaml", "--format", "text"],
    ["render", "a.yaml", "--strict"], ["render", "a.yaml", "-o"], ["check", "-o", "x"],
])
def test_everything_else_is_left_to_typer(argv):
    assert quick_arguments(argv) is None


def test_shell_completion_is_left_to_typer(monkeypatch):
    monkeypatch.setenv("_COREPLAN_COMPLETE", "bash_complete")
    assert quick_arguments(["check", "."]) is None


# click's Path type refuses a path that exists but os.access says cannot be read, before the command runs, with
# an English usage error; the quick path leaves the reading to coreplan. os.access is made to say so here (as
# root, as tests often run, every file can be read).
UNREADABLE = ("import os; real = os.access; os.access = lambda path, mode, **how: "
              "False if 'unreadable' in os.fsdecode(path) else real(path, mode, **how); ")


@pytest.mark.parametrize("argv", [
    ["check", "{file}", *TODAY],
    ["check", "{folder}", *TODAY],
    ["check", "--config", "{file}", GOOD, *TODAY],
    ["check", "-", "--stdin-filename", "{file}", *TODAY],
    ["render", "{file}", *TODAY],
    ["render", GOOD, *TODAY, "--config", "{file}"],
    ["render", GOOD, *TODAY, "-o", "{file}"],
], ids=lambda argv: " ".join(a.replace(str(ROOT), "") for a in argv))
def test_a_path_that_cannot_be_read_is_said_the_same_way(tmp_path, argv):
    folder = tmp_path / "unreadable"
    folder.mkdir()
    file = folder / "case.yaml"
    file.write_bytes((ROOT / "examples" / "good-plan" / "case.yaml").read_bytes())
    argv = [a.format(file=file, folder=folder) for a in argv]
    stdin = file.read_bytes()
    quick = _run(UNREADABLE + QUICK, argv, stdin=stdin)
    assert quick == _run(UNREADABLE + TYPER, argv, stdin=stdin)
    assert b"not readable" not in quick[1]
