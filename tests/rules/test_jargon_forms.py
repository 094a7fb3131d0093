"""A lexicon phrase is found however its words are written: either number, a possessive with or without its
apostrophe, British or American spelling, a verb phrase inflected (coreplan.rules.english_forms); and
plain English that only looks like one of those forms is left alone."""

from __future__ import annotations

import pytest

from coreplan.rules.english_forms import inner_forms, singular, spellings, verb_forms
from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def jargon_in(text):
    return [written for written, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize("text, found", [
    # listed in the plural, written in the singular ('care proceedings', 'high aspirations', 'peers')
    ("The care proceeding ended in May.", ["care proceeding"]),
    ("Mali has a high aspiration for college.", ["high aspiration"]),
    ("Ask a peer to come too.", ["peer"]),
    # a possessive listed, written as a plural without the apostrophe, or as a singular; and the reverse
    ("Nain will have a carer's assessment.", ["carer's assessment"]),
    ("Nain will have a carers assessment.", ["carers assessment"]),
    ("Nain will have a carer assessment.", ["carer assessment"]),
    ("Osian lives in a childrens home.", ["childrens home"]),
    # a noun before a preposition, in the other number
    ("They live in one of the houses in multiple occupation.", ["houses in multiple occupation"]),
    # an ampersand for 'and' in a phrase of four words or more
    ("Ella has an Education, Health & Care Plan.", ["Education, Health & Care Plan"]),
    ("Nain gives family & friends care.", ["family & friends care"]),
    # American spellings of British words: -our/-or, -ise/-ize, -ll-/-l-
    ("The behavior support plan is in the file.", ["behavior support plan"]),
    ("Ella shows challenging behaviors.", ["challenging behaviors"]),
    ("Ella showed sexualized behaviour.", ["sexualized behaviour"]),
    ("The risk of radicalization is low.", ["radicalization"]),
    # a third-person verb listed, written in another form
    ("Dad minimised what happened.", ["minimised"]),
    # a verb phrase with its first word inflected
    ("The case stepped down last week.", ["stepped down"]),
    ("We are stepping up the help.", ["stepping up"]),
])
def test_other_ways_of_writing_a_phrase_are_found(text, found):
    assert jargon_in(text) == found


@pytest.mark.parametrize("text", [
    # the singular of these is everyday English (no_singular in jargon.yaml)
    "We had a short break in Tenby.",
    "The bottom line is that Ella is happy.",
    "Mum will get professional advice about the rent.",
    "The nurse will demonstrate how to bath the baby.",
    # a singular word is not made plural unless the lexicon writes it as a possessive: 'priority need' is a
    # term, 'the family's priorities need' is a subject and its verb
    "The family's priorities need to be heard.",
    # a verb's -s is a plural noun as often: 'step up' is a term, a chart's steps up to a meeting are not
    "The chart shows each goal's steps up to that meeting.",
    # a short phrase keeps its 'and': 'wishes feelings' would be two everyday words
    "Ella wishes Mum feelings of calm.",
    # a possessive keeps its number: where a child lives is not a home run by staff
    "Siân visited the child's home on Tuesday.",
])
def test_plain_english_that_looks_like_another_form_is_left_alone(text):
    assert jargon_in(text) == []


def test_the_plain_words_of_the_form_written_where_the_lexicon_lists_it():
    # the lexicon lists both 'protective factor' and 'protective factors': each keeps its own plain words
    singular_plain = dict(find_jargon("One protective factor is Nain.", LEXICON))["protective factor"]
    plural_plain = dict(find_jargon("Protective factors include Nain.", LEXICON))["Protective factors"]
    assert singular_plain != plural_plain


def test_the_word_forms():
    assert singular("boundaries") == "boundary" and singular("proceedings") == "proceeding"
    assert singular("minimises") == "minimise" and singular("witnesses") == "witness"
    assert [singular(word) for word in ("access", "status", "analysis", "carer's", "bus")] == [None] * 5
    assert {"behavior", "behaviour"} <= spellings("behaviour")
    assert "organization" in spellings("organisation") and "counseling" in spellings("counselling")
    assert spellings("four") == {"four"} and spellings("rise") == {"rise"}  # not -our or -ise words
    assert verb_forms("step") == {"stepped", "stepping"} and verb_forms("raise") == {"raised", "raising"}
    assert verb_forms("presents") == set()
    assert inner_forms("carer", possessive=True) == {"carer", "carers"}
    assert inner_forms("priority") == {"priority"} and inner_forms("of") == {"of"}
