"""A Welsh pronoun shortened onto the word before it ('diwallu'i anghenion', 'asesu'u hoedran', 'i'w gartref')
is the pronoun written apart ('diwallu ei anghenion'): a listed phrase whose first word carries one is found, as
it is when the pronoun is written apart (issue 12). The word is filed without it (language.lexicon_word), so
the jargon rule looks for a phrase at it; small words with a pronoun on them ('i'w', 'gyda'i', 'a'i') stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, lexicon_word, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "start"), [
    ("Bydd y cyngor yn diwallu'i anghenion gofal a chymorth.", "diwallu'i anghenion"),  # 'diwallu anghenion'
    ("Bydd y tîm yn cefnogi'r teulu i ddiwallu'u hanghenion.", "ddiwallu'u hanghenion"),
    ("Bydd y gweithiwr yn asesu'i addasrwydd fel gofalwr.", "asesu'i addasrwydd"),  # 'asesu addasrwydd'
    ("Bydd y cyngor yn asesu'i oedran cyn penderfynu.", "asesu'i oedran"),  # 'asesu oedran'
    ("Mae'r gangiau'n defnyddio llinellau wedi'u brandio.", "llinellau wedi'u brandio"),  # listed with 'wedi'i'
])
def test_a_phrase_with_a_pronoun_joined_to_its_word_is_found(text, start):
    assert any(words.startswith(start) for words in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Bydd Mam yn mynd â Jac i'w apwyntiad deintydd bob chwe mis.",
    "Aeth Nain gyda'i chwaer i'r siop ddydd Sadwrn.",
    "Bydd Cerys yn rhoi'i theganau i gadw ar ôl chwarae.",
    "Mae Tomos yn helpu'i frawd gyda'i waith cartref.",
    "Bydd Dad yn cwrdd â'i ffrindiau ac yn dod â'u plant adref.",
])
def test_everyday_welsh_with_joined_pronouns_stays_plain(text):
    assert found(text) == []


def test_the_word_is_filed_without_the_pronoun():
    assert lexicon_word("diwallu'i") == "diwallu"
    assert lexicon_word("asesu’u") == "asesu"
    assert lexicon_word("i'w") == "i"
    assert lexicon_word("i'r") == "i"  # the article, as before
    assert lexicon_word("child's") == "child"  # an English possessive, as before
