"""The Welsh article inside a phrase: a text may write it where the lexicon does not, leave it out where
the lexicon writes it, or join it to the word before ('i'r', 'o'r'), and the phrase is still found."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, lexicon_word, load_lexicon

LEXICON = load_lexicon({}, {}, {})


@pytest.mark.parametrize(("text", "found"), [
    ("Bydd Gwarcheidwad y Plant yn siarad â Mali.", "Gwarcheidwad y Plant"),  # listed 'gwarcheidwad plant'
    ("Rhaid gwneud beth sydd er lles pennaf plentyn.", "er lles pennaf plentyn"),  # listed with 'y'
    ("Mae'r Tîm o Amgylch Teulu yn helpu.", "Tîm o Amgylch Teulu"),
    ("Bydd y Tîm o Amgylch y Teulu yn helpu.", "Tîm o Amgylch y Teulu"),
])
def test_a_phrase_is_found_with_or_without_its_article(text, found):
    assert found in [words for words, _ in find_jargon(text, LEXICON)]


def test_an_article_alone_or_on_a_plain_word_is_plain():
    assert find_jargon("Bydd y plant yn mynd i'r ysgol gyda'r athro o'r dref.", LEXICON) == []


def test_the_article_joined_to_a_word_is_taken_off_it():
    assert [lexicon_word(w) for w in ("i'r", "o'r", "gyda'r", "diogelu’r", "child's")] == \
        ["i", "o", "gyda", "diogelu", "child"]


def test_the_article_joined_to_a_text_word_is_read_past():
    # 'anhwylderau'r sbectrwm awtistig' is listed 'anhwylder sbectrwm awtistig'; 'cyflyrau'r sbectrwm awtistiaeth'
    # is listed 'cyflwr sbectrwm awtistiaeth'
    found = [words for words, _ in find_jargon(
        "Mae gwybodaeth am anhwylderau'r sbectrwm awtistig ac am gyflyrau'r sbectrwm awtistiaeth.", LEXICON)]
    assert found == ["anhwylderau'r sbectrwm awtistig", "gyflyrau'r sbectrwm awtistiaeth"]
    assert find_jargon("Aeth hi i'r siop a rhoi'r llyfr i'r athro o'r dosbarth.", LEXICON) == []


def test_a_g_dropped_before_l_or_r_is_put_back():
    # soft mutation drops the g of 'graddfa' and 'grŵp' before their r: listed 'graddfa ddiogelwch', 'grŵp craidd'
    found = [words for words, _ in find_jargon("Rhoddodd Mam 7 ar y raddfa ddiogelwch.", LEXICON)]
    assert found == ["raddfa ddiogelwch"]
    assert find_jargon("Aeth y ras yn dda a rhoddodd hi'r llyfr ar y wal.", LEXICON) == []
