"""A Welsh plural made by a change inside the word (plentyn / plant, bwrdd / byrddau) is data, so a phrase
listed in one number is found in the other (issue 12)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon
from coreplan.rules.welsh_text import IRREGULAR_PLURALS_CY, lexicon_forms

LEXICON = load_lexicon({}, {}, {})


@pytest.mark.parametrize(("text", "found"), [
    ("Mae gan y ddau gyfrifoldeb rhieni.", "gyfrifoldeb rhieni"),  # listed as 'cyfrifoldeb rhiant'
    ("Mae'r Bwrdd Diogelu Plant yn cwrdd.", "Bwrdd Diogelu Plant"),  # listed as 'byrddau diogelu plant'
    ("Mae'r oedolion sy'n wynebu risg yn cael help.", "oedolion sy'n wynebu risg"),
    ("Bydd y cynadleddau amddiffyn plant yn hir.", "cynadleddau amddiffyn plant"),
])
def test_a_phrase_is_found_in_the_other_number(text, found):
    assert found in [words for words, _ in find_jargon(text, LEXICON)]


def test_the_words_themselves_stay_plain():
    assert find_jargon("Mae'r plant a'r rhieni yn chwarae yn y parc gyda phobl ifanc eraill.", LEXICON) == []


def test_each_singular_gives_its_plurals_and_back():
    for singular, plurals in IRREGULAR_PLURALS_CY.items():
        for plural in plurals:
            assert plural in lexicon_forms(singular) and singular in lexicon_forms(plural), singular


@pytest.mark.parametrize(("text", "found"), [
    # a vowel that changes: listed 'cyflyrau cromosomaidd', 'prawf modd'
    ("Mae gan y babi gyflwr cromosomaidd.", "gyflwr cromosomaidd"),
    ("Mae'r cyngor yn gwneud profion modd.", "profion modd"),
    # an h that drops: listed 'anhwylder ymlyniad' and 'anawsterau ymlyniad', never 'anhawster ymlyniad'
    ("Mae ganddo anhawster ymlyniad gyda'i fam.", "anhawster ymlyniad"),
    # an n that doubles: listed 'rhaglen rhianta'
    ("Mae sawl rhaglenni rhianta yn yr ardal.", "rhaglenni rhianta"),
])
def test_a_plural_made_inside_the_word_is_found(text, found):
    assert found in [words for words, _ in find_jargon(text, LEXICON)]


def test_those_words_alone_stay_plain():
    assert find_jargon("Roedd y profion yn iawn, mae ei gyflwr yn well a'r rhaglenni teledu'n dda.", LEXICON) == []


def test_a_place_noun_in_fa_is_found_in_its_plural_in_feydd():
    # listed 'cronfa cymorth dewisol' and 'graddfa ddiogelwch'
    found = [words for words, _ in find_jargon(
        "Mae dwy gronfeydd cymorth dewisol yn yr ardal, a dwy raddfeydd diogelwch gan y tîm.", LEXICON)]
    assert found == ["gronfeydd cymorth dewisol", "raddfeydd diogelwch"]
    assert find_jargon("Roedd y swyddfeydd ar gau a'r gronfa yn wag.", LEXICON) == []


@pytest.mark.parametrize(("text", "found"), [
    # listed 'tîm integredig cymorth i deuluoedd' only through the head 'tîm' and the service word 'integredig'
    ("Mae dau o'r timau integredig cymorth i deuluoedd yn y gogledd.", "timau integredig"),
    ("Bydd y cyrff llywodraethu yn cwrdd bob tymor.", "cyrff llywodraethu"),  # listed 'corff llywodraethu'
    ("Bydd gweithwyr o'r ddau dimau amlasiantaethol yno.", "dimau amlasiantaethol"),
])
def test_a_team_or_a_body_is_found_in_the_plural(text, found):
    assert found in [words for words, _ in find_jargon(text, LEXICON)]


def test_teams_and_bodies_alone_stay_plain():
    assert find_jargon("Mae'r timau pêl-droed yn chwarae, ac roedd y cyrff yn yr adrannau eraill.", LEXICON) == []


@pytest.mark.parametrize(("text", "found"), [
    # listed 'amserlen lai': its n doubles before the plural ending, and the adjective after a plural is unmutated
    ("Mae tri disgybl ar amserlenni llai ers y Pasg.", "amserlenni llai"),
    # listed 'canolfannau adnoddau anghenion arbennig': the singular is found too
    ("Mae'r ganolfan adnoddau anghenion arbennig yn yr ysgol uwchradd.", "ganolfan adnoddau anghenion arbennig"),
])
def test_a_noun_whose_n_doubles_is_found_in_either_number(text, found):
    assert found in [words for words, _ in find_jargon(text, LEXICON)]


def test_words_in_n_alone_stay_plain():
    assert find_jargon("Roedd yr amserlenni bws a'r rhaglenni teledu ar y bwrdd.", LEXICON) == []
