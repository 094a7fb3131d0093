"""Property test (issues 10 and 11): mutated example cases never end in a traceback, a hang or a stray file.

Hypothesis takes a real example case and mutates it the way a careless edit or a hostile one would:
random keys, values of the wrong kind, control characters, hostile text (HTML, Markdown, formulas,
calendar lines), integers past Python's digit limit, deep nesting, keys removed or renamed. Each mutant
goes through `check`, `schedule` and `render` as the command line runs them (a random format of each, so
the suite stays fast): the exit status is 0, 1 or 2 with a message, never an exception; each command takes
under 5 seconds; and nothing is written but the -o file.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*/case.yaml"))
SOURCES = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in EXAMPLES]
HUGE = "9" * 5000  # past Python's 4,300-digit limit for int(): written into the YAML text as a plain scalar
HOSTILE = [
    "\x1b]0;pwned\x07\x1b[2J", "a\x00b", "\x9b31m", "line\nfake.yaml:1:1  error  jargon  forged",
    "<script>alert(1)</script>", "![x](https://example.org/t.png)", "[link](http://x)", "| a | b |",
    "=HYPERLINK(\"http://x\",\"y\")", "+1", "-cmd", "@SUM(A1)", "BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT",
    "# coreplan: ignore[jargon]", "ella ", "ella\u00a0", "\u202eevil", "{{ 7 * 7 }}", "{% raw %}", "", " ",
    "2199-01-01", "0000-00-00", "30/02/2026", "yes", "~", "null", "-1", "0", "HUGE",
]
TEXT = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30))
SCALAR = st.one_of(TEXT, st.integers(-10**6, 10**6), st.booleans(), st.none(),
                   st.dates().map(lambda d: d.isoformat()))


def _nested(depth: int):
    value: object = "deep"
    for _ in range(depth):
        value = [value]
    return value


VALUE = st.one_of(SCALAR, st.integers(1, 60).map(_nested), st.lists(SCALAR, max_size=3),
                  st.dictionaries(TEXT, SCALAR, max_size=3))


def _spots(node, spots):
    """Every (container, key) in the tree, so a mutation can land anywhere."""
    if isinstance(node, dict):
        for key, value in node.items():
            spots.append((node, key))
            _spots(value, spots)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            spots.append((node, index))
            _spots(value, spots)
    return spots


@st.composite
def mutated_case(draw) -> str:
    import copy

    case = copy.deepcopy(draw(st.sampled_from(SOURCES)))
    for _ in range(draw(st.integers(1, 4))):
        spots = _spots(case, [])
        container, key = draw(st.sampled_from(spots))
        operation = draw(st.sampled_from(["replace", "delete", "add", "rename"]))
        if operation == "replace":
            container[key] = draw(VALUE)
        elif operation == "delete":
            del container[key]
        elif operation == "add" and isinstance(container, dict):
            container[draw(TEXT)] = draw(VALUE)
        elif operation == "rename" and isinstance(container, dict):
            container[draw(TEXT)] = container.pop(key)
        if not case:
            break
    text = yaml.safe_dump(case, allow_unicode=True, sort_keys=False, width=200)
    return text.replace("HUGE", HUGE)


CHECK_FORMATS = ["text", "json", "github"]
SCHEDULE_FORMATS = ["table", "json", "csv", "ics"]
RENDERINGS = [(what, fmt) for what in ("plan", "minutes", "family") for fmt in ("md", "html")]


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(text=mutated_case(), check_format=st.sampled_from(CHECK_FORMATS),
       schedule_format=st.sampled_from(SCHEDULE_FORMATS), rendering=st.sampled_from(RENDERINGS),
       language=st.sampled_from(["en", "cy", "en+cy"]))
def test_a_mutated_case_never_crashes_hangs_or_writes_elsewhere(tmp_path_factory, text, check_format,
                                                                  schedule_format, rendering, language):
    folder = tmp_path_factory.mktemp("mutant")
    (folder / ".git").mkdir()
    case = folder / "case.yaml"
    case.write_text(text, encoding="utf-8")
    out = folder / "out" / f"document.{rendering[1]}"
    out.parent.mkdir()
    before = _listing(folder)
    cwd_before = set(os.listdir("."))
    runner = CliRunner()
    commands = [
        ["check", str(case), "--format", check_format],
        ["schedule", str(case), "--format", schedule_format] + (["--lang", "cy"] if language == "cy" else []),
        ["render", str(case), "--what", rendering[0], "--format", rendering[1], "--lang", language, "-o", str(out)],
    ]
    for command in commands:
        # CPU time, not wall time: a runaway loop spends CPU, while a machine busy with other work (CI's two
        # cores, parallel test runs) only stretches the wall clock, which made this fail at random. The bound
        # is for runaway work (a loop, a quadratic blow-up on a mutated text), far above a command's usual
        # second: the first command of a long test session can also pay a one-off cost (a cache built)
        started = time.process_time()
        result = runner.invoke(app, [*command, "--today", "2026-11-23"])
        took = time.process_time() - started
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            f"{command[0]}: {type(result.exception).__name__}: {result.exception}")
        assert result.exit_code in (0, 1, 2), (command[0], result.exit_code)
        assert "Traceback" not in result.output and "internal error" not in result.output
        assert took < 20, f"{command[0]} took {took:.1f} s of CPU"
        if result.exit_code == 2:
            assert result.output.strip(), f"{command[0]} exited 2 without saying why"
    assert _listing(folder) - before <= {out.relative_to(folder)}
    assert set(os.listdir(".")) == cwd_before
    assert case.read_text(encoding="utf-8") == text


def _listing(folder: Path) -> set[Path]:
    return {path.relative_to(folder) for path in folder.rglob("*")}
