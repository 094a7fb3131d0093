"""The flag of Wales is an emoji tag sequence (a black flag, tag letters, a cancel tag): a family's text may
hold it, so it passes the check and reaches every document whole, while any other tag character (which can
spell out hidden words) is still a control-character error at its column (coreplan/visible.py)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.visible import format_characters, without_format
from tests.helpers import line_of, merge, run


def tags(code: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) for c in code)


BLACK_FLAG, CANCEL = "\U0001f3f4", "\U000e007f"
WALES, SCOTLAND, ENGLAND = (BLACK_FLAG + tags(code) + CANCEL for code in ("gbwls", "gbsct", "gbeng"))


def unseen(text):
    return [(f.rule, f.line, f.column) for f in run(text) if f.rule in ("control-character", "invisible-character")]


@pytest.mark.parametrize("flag", [WALES, SCOTLAND, ENGLAND, WALES + WALES])
def test_a_subdivision_flag_is_accepted_and_kept(flag):
    text = merge(f"contact: Ella drew the flag {flag} for Siân, who visits every week.\n")
    assert unseen(text) == []
    assert without_format(f"a {flag} b") == f"a {flag} b"


@pytest.mark.parametrize("planted, offset", [
    (BLACK_FLAG + tags("gb") + CANCEL, 1),  # too short for a subdivision code
    (BLACK_FLAG + tags("gbwlshide") + CANCEL, 1),  # longer than any code: hidden words
    (BLACK_FLAG + tags("GBWLS") + CANCEL, 1),  # capital tag letters are no code
    (BLACK_FLAG + tags("gbwls"), 1),  # no cancel tag
    (tags("gbwls") + CANCEL, 0),  # no flag before it
    ("x" + tags("gbwls") + CANCEL, 1),
    (CANCEL, 0),
    (BLACK_FLAG + tags("gb wls") + CANCEL, 1),  # a tag space
])
def test_every_other_tag_character_is_still_an_error_at_its_column(planted, offset):
    text = merge(f"contact: Ella drew {planted} for Siân.\n")
    column = len("contact: Ella drew ") + offset + 1
    assert unseen(text) == [("control-character", line_of(text, "^contact:"), column)]
    assert format_characters().search(without_format(planted)) is None


def test_a_flag_after_a_broken_one_is_kept_and_the_broken_one_found():
    broken = BLACK_FLAG + tags("gbwls")  # the cancel tag lost
    assert without_format(broken + WALES) == BLACK_FLAG + WALES


def test_the_flag_reaches_the_rendered_document_whole(tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text(merge(f"contact: Ella drew the flag {WALES} for Siân, who visits every week.\n"), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(case), "--today", "2026-11-23", "--format", "html"])
    assert result.exit_code == 0 and WALES in result.stdout
    check = CliRunner().invoke(app, ["check", str(case), "--today", "2026-11-23", "--format", "json"])
    assert "control-character" not in check.stdout
