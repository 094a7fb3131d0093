"""Matching and listing, third round (session 27): legal Latin read as one term. Rare words side by side are
one finding ('prima facie', 'obiter dictum'), and the Latin a court's letter uses whose words are short or
common ('in loco parentis', 'sine die', 'mens rea') is listed whole with plain words. Capitalised roles, clubs
and firms stay silent as before ('the Social Worker', 'Youth Club', 'Family Railcard')."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def written(text):
    return [use.written for use in jargon_uses(text, LEXICON)]


def rare(text):
    return [use.written for use in jargon_uses(text, LEXICON) if use.rare_word]


@pytest.mark.parametrize("text, term", [
    ("The police say there is a prima facie case against Dad.", "prima facie"),
    ("The judge said the remark was obiter dictum.", "obiter dictum"),
    ("Nain asked whether she has locus standi in the hearing.", "locus standi"),
    ("The doctor said he was not compos mentis that night.", "compos mentis"),
])
def test_rare_words_side_by_side_are_one_finding(text, term):
    assert term in rare(text)
    assert not [w for w in rare(text) if w != term and w in term.split()]


def test_rare_words_apart_stay_apart():
    # a comma or another word between them: two terms, each its own finding
    found = rare("The police say there is a prima case, and the judge said the remark was a dictum.")
    assert "prima case" not in found and "dictum" in found
    found = rare("The judge said the remark was obiter, dictum and more.")
    assert "obiter, dictum" not in found and "obiter" in found and "dictum" in found


@pytest.mark.parametrize("text, term", [
    ("The school acts in loco parentis on the trip.", "in loco parentis"),
    ("The court used its parens patriae power.", "parens patriae"),
    ("The hearing was adjourned sine die.", "sine die"),
    ("The police must show mens rea.", "mens rea"),
    ("The actus reus was not in doubt.", "actus reus"),
    ("At 12 Rhys was doli capax, the court said.", "doli capax"),
    ("The claim was made mala fide.", "mala fide"),
    ("Safe housing is a sine qua non of the plan.", "sine qua non"),
    ("The matter is sub judice until the hearing.", "sub judice"),
    ("The order was void ab initio.", "ab initio"),
    ("His lawyer applied for habeas corpus.", "habeas corpus"),
])
def test_legal_latin_is_one_listed_finding(text, term):
    uses = [use for use in jargon_uses(text, LEXICON) if use.written.lower() == term]
    assert uses and uses[0].phrase == term and uses[0].plain


@pytest.mark.parametrize("text", [
    "Mum will take Seren to the dentist in the morning.",
    "The plants may die if nobody waters them.",  # 'die' without 'sine'
    "Dad will collect the boys from Youth Club on Friday.",
    "The Social Worker will visit every two weeks.",
    "Nain will buy a Family Railcard for the trips to Cardiff.",
    "The parents will speak to their solicitor per the letter.",
    "He said it was a bona fide offer of help.",  # everyday enough: left unlisted
    "Aunt Carys will look after the children as a parent would.",
])
def test_plain_sentences_stay_silent(text):
    assert written(text) == []
