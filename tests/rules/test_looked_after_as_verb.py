"""'looked after children' is the name of children in care only as a noun phrase: after the person who did
the looking after, or a tense, it is the plain verb (the issue's own example of a false alarm)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


@pytest.mark.parametrize("text", [
    "Nain has looked after children every weekend.",
    "Nain has looked after the children every weekend.",
    "She has looked after children for years.",
    "Siân looked after children on Saturdays before she retired.",
    "Mum has always looked after children well.",
    "Taid and Nain, who looked after children in the family for years, will help.",
])
def test_the_verb_is_plain(text):
    assert find_jargon(text, LEXICON) == []


@pytest.mark.parametrize("text, phrase", [
    ("Ella is a looked after child.", "looked after child"),
    ("There is extra help at school for looked after children.", "looked after children"),
    ("Looked after children have a nurse of their own.", "looked after children"),
    ("The looked after children team will visit.", "looked after children"),
    ("Ella is one of the LAC (looked after children) at the school.", "looked after children"),
])
def test_the_name_is_reported(text, phrase):
    assert [found.lower() for found, _ in find_jargon(text, LEXICON)] == [phrase]
