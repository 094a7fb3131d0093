"""unexplained-initials' pattern puts its capital before the look behind it, so that a search skips from
capital to capital: it must find exactly what the pattern written the plain way finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coreplan.rules.language import INITIALS
from tests.test_prefilter import _texts

# the look-behind first, as one would write it
PLAIN = re.compile(r"(?<![\w&])([A-Z][A-Za-z0-9&]{0,5}(?:[A-Z0-9]|Ll|Ch|Dd|Ff|Ng|Rh|Th|Co|[A-Z][a-z]{1,2}))(au|s?)(?![\w&])")


def _found(pattern: re.Pattern, text: str) -> list:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_the_corpus_gives_the_same_initials():
    for text in _texts():
        assert _found(INITIALS, text) == _found(PLAIN, text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ACDFGHLNRSTacdfhlnrstuy&_0123456789 ,.-(é'É", max_size=40))
def test_any_text_gives_the_same_initials(text):
    assert _found(INITIALS, text) == _found(PLAIN, text)
