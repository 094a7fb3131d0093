"""Two Welsh matching shapes (issue 12).

Fitness named by the verb-noun after 'i': 'addasrwydd i faethu', 'addasrwydd i warchod plant', as the lexicon lists
'addasrwydd i fabwysiadu', 'addasrwydd i ofalu' and 'addasrwydd i ymarfer'; 'addasrwydd i'r plant' and a family
stay plain.

A word both languages write read in its everyday sense ('panel' in a Welsh sentence, a 'placement' year) drops only
itself: the jargon beside it in the same sentence is still found ('Bydd y panel yn asesu addasrwydd')."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Bydd y cyngor yn edrych ar addasrwydd i faethu.", "addasrwydd i faethu"),
    ("Mae Nain yn aros am benderfyniad ar ei haddasrwydd i warchod plant.", "haddasrwydd i warchod"),
    ("Bydd y cyngor yn ystyried addasrwydd i weithio gyda phlant.", "addasrwydd i weithio"),
])
def test_fitness_named_by_a_verb_noun_is_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Mae'r gweithiwr yn siarad am addasrwydd i'r plant.",
    "Mae'r tŷ yn addas i fyw ynddo.",
    "Roedd addasrwydd y tŷ yn dda.",
    "Bydd y gweithiwr yn holi am addasrwydd i deulu mawr.",
])
def test_fitness_otherwise_stays_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "words"), [
    ("Bydd y panel yn asesu addasrwydd Mam.", "asesu addasrwydd"),
    ("Bydd y panel yn trafod y cynllun gofal a chymorth.", "cynllun gofal"),
    ("Bydd y panel yn trafod cynllun gweithredu'r teulu.", "cynllun gweithredu'r"),
])
def test_jargon_beside_an_everyday_word_is_still_found(text, words):
    assert any(use.startswith(words) for use in found(text)), found(text)


@pytest.mark.parametrize("text", [
    "Bydd y panel ffens yn cael ei drwsio gan Dad.",
    "Aeth Cerys i'r panel ysgol i siarad am y wisg newydd.",
])
def test_the_everyday_word_itself_stays_plain(text):
    assert "panel" not in found(text)
