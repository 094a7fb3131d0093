"""Welsh terms of police, youth justice, schools and adults' care added in the third round (issue 12), and
the plain Welsh a Welsh head word gets when a service word names it.

A Welsh 'panel' named by a service word ('panelau apelio annibynnol') was offered the English lexicon's
plain words for 'panel', because the head word is spelt as an English phrase is: a plan written in Welsh
must be offered Welsh."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


@pytest.mark.parametrize(("text", "found"), [
    ("Mae Osgoi'r Ysgol ar Sail Emosiynol wedi dechrau ym mlwyddyn 8.", "Osgoi'r Ysgol ar Sail Emosiynol"),
    ("Mae ganddi ymddygiadau osgoi bob bore Llun.", "ymddygiadau osgoi"),
    ("Cafodd ei wahardd am ddiffyg presenoldeb.", "ddiffyg presenoldeb"),  # mutated
    ("Defnyddiodd yr athro rym rhesymol i'w atal.", "rym rhesymol"),  # mutated
    ("Daeth Swyddog Cymorth Cymunedol yr Heddlu i'r tŷ.", "Swyddog Cymorth Cymunedol yr Heddlu"),
    ("Mae'r ysgol yn poeni am aflonyddu rhywiol rhwng cyfoedion.", "aflonyddu rhywiol rhwng cyfoedion"),
    ("Mae Nain yn dioddef o lesgedd.", "lesgedd"),  # mutated
    ("Bydd y Pwynt Cyswllt Unigol yn eich ffonio.", "Pwynt Cyswllt Unigol"),
])
def test_third_round_welsh_terms_are_found(text, found):
    assert found in [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize("text", [
    "Roedd Mam yn hwyr i'r ysgol am fod y bws wedi torri.",
    "Mae Cai yn osgoi'r pwll mawr ar y ffordd adref.",
    "Aeth Elin i weld ei ffrindiau yn y parc.",
])
def test_everyday_welsh_stays_plain(text):
    assert find_jargon(text, LEXICON) == []


def test_a_welsh_panel_named_by_a_service_word_gets_welsh_plain_words():
    found = dict(find_jargon("Bydd y panelau apelio annibynnol yn cwrdd ym mis Mai.", LEXICON))
    assert found["panelau apelio annibynnol"] == LEXICON.welsh_heads["panel"]
    assert "group of people" not in found["panelau apelio annibynnol"]


def test_an_english_panel_keeps_its_english_plain_words():
    assert dict(find_jargon("The panel will meet in May.", LEXICON)).get("panel") == LEXICON.phrases["panel"]
