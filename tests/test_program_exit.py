"""The installed `coreplan` program (coreplan.entry.program) ends a quick check as soon as its output is
written, without Python's tear-down: its output, errors and exit status are those of main(), and where Python's
exit still has something to do (an exit function, a thread) it ends as ever."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import ROOT

GOOD = str(ROOT / "examples" / "good-plan" / "case.yaml")
WEAK = str(ROOT / "examples" / "weak-plan" / "case.yaml")
TODAY = ["--today", "2026-11-23"]

MAIN = "import sys; from coreplan.entry import main; sys.argv[0] = 'coreplan'; main()"
PROGRAM = "import sys; from coreplan.entry import program; sys.argv[0] = 'coreplan'; program()"


def _run(program: str, argv: list[str], **options) -> tuple[bytes, bytes, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("_COREPLAN")}
    done = subprocess.run([sys.executable, "-c", program, *argv], capture_output=True, cwd=ROOT, env=env,
                          timeout=120, **options)
    return done.stdout, done.stderr, done.returncode


@pytest.mark.parametrize("argv", [
    ["check", GOOD, *TODAY],
    ["check", WEAK, *TODAY, "--format", "json"],
    ["check", "--lang", "cy", WEAK, *TODAY, "-f", "sarif"],
    ["check", str(ROOT / "no-such-folder"), *TODAY],
    ["check", "--today", "2026-13-01", GOOD],
    ["check", "-", "--stdin-filename", "case.yaml", *TODAY],
])
def test_a_quick_check_ends_with_the_output_and_status_of_main(argv):
    stdin = (ROOT / "examples" / "weak-plan" / "case.yaml").read_bytes() if "-" in argv else b""
    ended = _run(PROGRAM, argv, input=stdin)
    assert ended == _run(MAIN, argv, input=stdin)
    assert ended[2] in (0, 1, 2) and (ended[0] or ended[1])


def test_the_whole_output_reaches_a_file(tmp_path):
    # a file is block-buffered: what is still in the buffer at the end must be written before the process ends
    out = tmp_path / "findings.json"
    with out.open("wb") as handle:
        status = subprocess.run([sys.executable, "-c", PROGRAM, "check", WEAK, *TODAY, "--format", "json"],
                                stdout=handle, cwd=ROOT, timeout=120).returncode
    assert status == 1
    assert out.read_bytes() == _run(MAIN, ["check", WEAK, *TODAY, "--format", "json"])[0]


def test_exit_functions_and_threads_still_end_as_ever():
    registered = ("import atexit; atexit.register(lambda: print('exit function ran', file=sys.stderr)); "
                  + PROGRAM.removeprefix("import sys; "))
    _, errors, status = _run("import sys; " + registered, ["check", GOOD, *TODAY])
    assert status == 0 and errors.decode().strip().endswith("exit function ran")
    threads = ("import sys, threading; done = []; "
               "threading.Thread(target=lambda: done.append(1)).start(); " + PROGRAM.removeprefix("import sys; "))
    assert _run(threads, ["check", GOOD, *TODAY]) == _run(MAIN, ["check", GOOD, *TODAY])


def test_a_reader_that_went_away_is_told_as_python_tells_it():
    # `coreplan check ... | head -c 10`: the reader goes away after the first bytes (the findings may all be in the
    # pipe by then, or not): whatever Python says and does, both say and do the same
    commands = [[sys.executable, "-c", code, "check", WEAK, *TODAY] for code in (PROGRAM, MAIN)]
    results = []
    for command in commands:
        reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        writer = subprocess.run(command, stdout=reader.stdin, stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
        reader.stdin.close()
        reader.wait()
        results.append((writer.returncode, writer.stderr))
    assert results[0] == results[1]


FULL = "/dev/full"  # a device that refuses every write with 'No space left on device'


@pytest.mark.skipif(not os.path.exists(FULL), reason="this system has no /dev/full")
@pytest.mark.parametrize(("program", "argv"), [
    (PROGRAM, ["check", WEAK, *TODAY]),
    (PROGRAM, ["check", WEAK, *TODAY, "--format", "json"]),
    (PROGRAM, ["render", GOOD, *TODAY]),
    (PROGRAM, ["schedule", GOOD, *TODAY]),
    (PROGRAM, ["check", "--lang", "cy", WEAK, *TODAY]),
])
def test_output_that_cannot_be_written_is_said_plainly(program, argv):
    # a full disc is the user's to fix, not "internal error": the message says what happened and what to do
    with open(FULL, "wb") as full:
        done = subprocess.run([sys.executable, "-c", program, *argv], stdout=full, stderr=subprocess.PIPE,
                              cwd=ROOT, timeout=120)
    said = done.stderr.decode()
    assert done.returncode == 2
    assert "internal error" not in said and "Traceback" not in said
    expected = "nid oedd modd ysgrifennu'r allbwn" if "cy" in argv else "could not be written to standard output"
    assert said.startswith("coreplan: ") and expected in said and said.count("\n") == 1
