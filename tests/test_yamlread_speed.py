"""The YAML reader spares a printable value its searches for control and format characters: every character
either search can find must be unprintable, for the shortcut to find all of them."""

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
