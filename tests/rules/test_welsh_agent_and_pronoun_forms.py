"""Two ways a Welsh text writes a listed phrase in other words' forms (issue 12): the agent ending -wr or -ydd
('darpar fabwysiadwr' / 'darpar fabwysiadydd', both in Welsh glossaries), and a pronoun on a small word
between a phrase's words ('amddifadu o ryddid' / 'amddifadu o'u rhyddid'); and 'claf' / 'cleifion'."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae'r darpar fabwysiadydd wedi cwrdd â'r panel.", "darpar fabwysiadydd"),  # listed with -wr
    ("Bydd yr ymgynghorwr personol yn ffonio.", "ymgynghorwr personol"),  # listed with -ydd
    ("Cafodd ei amddifadu o'i ryddid am fis.", "amddifadu o'i ryddid"),  # listed 'amddifadu o ryddid'
    ("Maen nhw wedi eu hamddifadu o'u rhyddid.", "hamddifadu o'u rhyddid"),
    ("Mae'r cleifion mewnol yn cael ymweliadau.", "cleifion mewnol"),  # listed 'claf mewnol'
    ("Mae'r claf dan gyfyngiadau yn aros.", "claf dan gyfyngiadau"),  # listed 'cleifion dan gyfyngiadau'
])
def test_the_other_form_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Aeth Nain â'r plant i'w hysgol ac o'u tŷ i'r parc.",  # 'i'w', 'o'u' alone are plain
    "Mae'r gweithiwr yn helpu'r teulu bob wythnos.",  # no -ydd form of a listed word
    "Roedd y claf yn hapus i fynd adref.",  # 'claf' alone is plain
])
def test_plain_welsh_stays_plain(text):
    assert found(text) == []
