"""Large, repetitive or crafted case files are checked in seconds, or refused with a clear error.

Each shape (benchmarks/shapes.py) once took from several seconds to minutes because some work grew with
the square of the input. This is a hang guard, not a timing test: each check runs in its own process, which
the system stops if it uses more than HANG_GUARD seconds of CPU, many times what it takes (bench_check.py
--shapes prints the real figures). CPU time, not wall time, so that a machine busy with other work does not
make it fail.
"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys

import pytest

from benchmarks.shapes import SHAPES, too_many_children
from coreplan.model import MAX_CHILDREN
from tests.helpers import found, merge, run

HANG_GUARD = 20  # seconds of CPU
WALL_BACKSTOP = 600  # seconds: only for a process that waits without using the CPU


@pytest.mark.parametrize("label", list(SHAPES))
def test_shape_is_checked_without_hanging(label, tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text(SHAPES[label](), encoding="utf-8")
    assert case.stat().st_size <= 1024 * 1024, "a shape must stay under the 1 MiB a case file may be"
    try:
        done = subprocess.run([sys.executable, "-m", "coreplan", "check", str(case), "--today", "2026-11-23",
                               "--format", "json"], capture_output=True, text=True, timeout=WALL_BACKSTOP,
                              preexec_fn=_limit_cpu)
    except subprocess.TimeoutExpired:
        pytest.fail(f"checking '{label}' took more than {WALL_BACKSTOP} s")
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        pytest.fail(f"checking '{label}' used more than {HANG_GUARD} s of CPU")
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (HANG_GUARD, HANG_GUARD + 5))


def test_too_many_children_is_refused_at_the_first_child_too_many():
    text = too_many_children(MAX_CHILDREN + 1)
    findings = run(text)
    assert [(f.rule, f.level) for f in findings] == [("invalid-value", "error")]
    [finding] = findings
    assert finding.line == text.splitlines().index(f"  - id: c{MAX_CHILDREN}") + 1
    assert f"'children' has {MAX_CHILDREN + 1} items" in finding.message
    assert f"at most {MAX_CHILDREN}" in finding.message


def test_as_many_children_as_allowed_are_read():
    assert ("invalid-value", 1) not in found(too_many_children(MAX_CHILDREN))
    assert not [f for f in run(too_many_children(MAX_CHILDREN)) if f.rule == "invalid-value"]


def test_suggestions_stop_after_a_hundred_mistakes_but_every_mistake_is_reported():
    present = ", ".join(f"sain{n}" for n in range(150))
    text = merge(f"meetings:\n  - date: 2026-10-29\n    type: core-group\n    present: [sian, {present}]\n")
    unknown = [f for f in run(text) if f.rule == "unknown-id"]
    assert len(unknown) == 150
    suggested = [f for f in unknown if "did you mean" in f.message]
    assert 0 < len(suggested) <= 100
    assert all("the ids are" in f.message for f in unknown if f not in suggested)
