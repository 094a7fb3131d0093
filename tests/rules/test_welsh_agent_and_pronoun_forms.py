"""Two ways a Welsh text writes a listed phrase in other words' forms (issue 12): the agent ending -wr or -ydd
('darpar fabwysiadwr' / 'darpar fabwysiadydd', both in Welsh glossaries), and a pronoun on a small word
between a phrase's words ('amddifadu o ryddid' / 'amddifadu o'u rhyddid'); and 'claf' / 'cleifion'."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon
from coreplan.rules.welsh_text import lexicon_forms

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae'r darpar fabwysiadydd wedi cwrdd â'r panel.", "darpar fabwysiadydd"),  # listed with -wr
    ("Bydd yr ymgynghorwr personol yn ffonio.", "ymgynghorwr personol"),  # listed with -ydd
    ("Cafodd ei amddifadu o'i ryddid am fis.", "amddifadu o'i ryddid"),  # listed 'amddifadu o ryddid'
    ("Maen nhw wedi eu hamddifadu o'u rhyddid.", "hamddifadu o'u rhyddid"),
    ("Mae'r cleifion anffurfiol yn cael ymweliadau.", "cleifion anffurfiol"),  # listed 'claf anffurfiol'
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


def test_claf_and_cleifion_are_each_others_number():
    assert "cleifion" in lexicon_forms("claf") and "claf" in lexicon_forms("cleifion")
