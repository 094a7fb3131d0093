"""The text report written without rich (to a pipe, an editor, a file) is what rich itself would write."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coreplan.check import CheckRun, FileChecked
from coreplan.findings import Finding
from coreplan.report import write_text

# Text with what rich treats specially: markup brackets, backslashes, tabs, control characters, emoji codes
AWKWARD = st.lists(st.sampled_from(list("ab [/]\\:\t\x07\x08\x0b\x0c\r\x1b\x00\n漢é\u2028\x85") +
                                   ["[bold]", ":cat:", "\\[", "[/]", "[dim]x[/dim]"]), max_size=12).map("".join)


def _run(files):
    results = [FileChecked(Path(name), sorted(findings), read) for name, findings, read in files]
    return CheckRun([r.path for r in results], iter(results))


@st.composite
def runs(draw):
    files = []
    for number in range(draw(st.integers(0, 3))):
        name = f"{number}-{draw(AWKWARD)}"
        findings = [Finding(name, draw(st.integers(1, 500)), draw(st.integers(1, 80)), "jargon",
                            draw(st.sampled_from(["error", "warning", "info"])), draw(AWKWARD))
                    for _ in range(draw(st.integers(0, 3)))]
        files.append((name, findings, draw(st.booleans())))
    return files


@settings(max_examples=150, deadline=None)
@given(runs())
def test_plain_text_is_what_rich_writes_when_not_on_a_terminal(files):
    plain, styled = io.StringIO(), io.StringIO()
    write_text(_run(files), plain, terminal=False)
    write_text(_run(files), styled, terminal=True)  # rich, writing to a StringIO: no colours
    assert plain.getvalue() == styled.getvalue()


def test_a_plans_emoji_code_is_shown_as_written():
    out = io.StringIO()
    write_text(_run([("case.yaml", [Finding("case.yaml", 1, 1, "jargon", "warning", "say :cat: here")], True)]),
               out, terminal=True)
    assert "say :cat: here" in out.getvalue()
