"""The YAML reader spares a printable value its searches for control and format characters, and visible() (all
that coreplan prints) a printable text: every character either search can find must be unprintable, for the
shortcut to find all of them."""

from __future__ import annotations

import sys

from coreplan.visible import CONTROL_IN_LINE, CONTROL_IN_TEXT, format_characters
from coreplan.yamlread import parse_text


def test_every_control_and_format_character_is_unprintable():
    found = {chr(code) for code in range(sys.maxunicode + 1)
             if any(pattern.match(chr(code)) for pattern in (CONTROL_IN_LINE, CONTROL_IN_TEXT, format_characters()))}
    assert len(found) > 60  # the C0 and C1 controls, DEL, and the format characters
    assert [f"U+{ord(c):04X}" for c in sorted(found) if c.isprintable()] == []


def test_a_value_with_a_format_or_control_character_is_still_found():
    document = parse_text('reference: "A\\u202eB"\ncontact: "x\\x1by"\n')
    assert [p.rule for p in document.problems] == ["control-character", "control-character"]


def test_a_key_that_is_a_name_is_its_own_identity():
    # key_identity returns such a key as it is: no invisible character or space may be part of a name
    from coreplan.yamlread import _INVISIBLE, key_identity

    assert [hex(code) for code in range(sys.maxunicode + 1)
            if (_INVISIBLE.match(chr(code)) or chr(code).isspace()) and ("a" + chr(code)).isidentifier()] == []
    assert key_identity("how_we_will_know") == "how_we_will_know"
    assert key_identity(" ella\u200b  hughes ") == "ella hughes"


def test_no_format_character_is_latin_1():
    # has_format answers False for a text of Latin-1 characters without searching it
    from coreplan.visible import has_format, latin_1

    assert [hex(code) for code in range(sys.maxunicode + 1) if format_characters().match(chr(code)) and code <= 0xFF] \
        == []
    for text in ("plain", "Siân £5 ½", "Siân\u00a0\u00ad", "Mali’s day", "ŵyr", "a\u202eb", "x\U000e0041", "\u2028"):
        assert has_format(text) == (format_characters().search(text) is not None), text
        assert latin_1(text) == all(ord(c) <= 0xFF for c in text), text


def test_a_separator_in_latin_1_or_wider_text_is_found():
    # the reader looks for line separators only where one can be: U+0085 in Latin-1 text, any in wider text
    for text in ("reference: Siân\x85x\n", "reference: ŵ\u2028x\n", "reference: ŵ\x85x\n", "reference: a\u2029\n"):
        assert [p.rule for p in parse_text(text).problems] == ["control-character"], text
    assert parse_text("reference: Siân ŵ’\n").problems == []
