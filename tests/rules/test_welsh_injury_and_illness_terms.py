"""Welsh terms for injuries and illness caused to a child (issue 12), from the Wales Safeguarding Procedures on
physical abuse and Children in Wales on babies who are shaken: found in a plan's sentences, while a parent
limiting screen time, a nurse's visit and deliberate harm said in everyday words stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae gan y babi anaf annamweiniol i'w fraich.", "anaf annamweiniol"),
    ("Roedd anafiadau annamweiniol i'r pen ar y babi.", "anafiadau annamweiniol i'r pen"),
    ("Mae'r meddygon yn poeni am ffugio neu gymell salwch.", "ffugio neu gymell salwch"),
    ("Bydd y pediatrydd yn profi am anhwylder ceulo.", "anhwylder ceulo"),
    ("Ni fydd staff y cartref yn defnyddio cyfyngu corfforol.", "cyfyngu corfforol"),
    ("Bydd y nyrs ddynodedig yn dod i'r gynhadledd.", "nyrs ddynodedig"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Bydd Mam yn cyfyngu amser sgrin Jac i awr y dydd.",
    "Mae'r nyrs yn dod i weld y babi bob wythnos.",
    "Cafodd Jac anaf i'w ben wrth chwarae pêl-droed.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
