"""Compounds nobody listed, made of the modifiers and heads data/english_compounds.yaml gained in session 29:
'care', 'foster', 'child protection' and a few more words that open several of the lexicon's own phrases before
a listed head; a co-ordinator, a practitioner, fostering, a requirement, an establishment, a breakdown,
accommodation, a concern, a disruption, a duty, a contract and parenting as heads. Each is looked up with its own lexicon entries taken away, as for a term nobody listed
(tools/measure_unlisted.py); the everyday uses of the same words stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon
from tests.helpers import found_unlisted

LEXICON = load_lexicon({}, {}, {})


def unlisted(term: str) -> list[str]:
    return found_unlisted(term, LEXICON)


def found(text: str) -> list[str]:
    return [use.written for use in jargon_uses(text, LEXICON)]


@pytest.mark.parametrize("term", [
    # 'care', 'foster' and 'child protection' before a head
    "care plan", "care co-ordinator", "care coordinator", "care package", "care review", "care arrangements",
    "foster placement", "foster allowance", "foster panel",
    "child protection enquiry", "child protection investigation", "child protection review",
    # the new heads after a listed modifier
    "early years practitioner", "safeguarding practitioner", "respite fostering", "kinship fostering",
    "supervision requirement", "residential establishment", "placement breakdown", "adoption breakdown",
    "semi-independent accommodation",
    # the further modifiers
    "admission criteria", "admissions authority", "discharge planning", "discharge summary", "connected carer",
    "adult protection plan", "behaviour support teacher", "developmental review",
    "family group conference", "family group meeting", "contingency plan", "contingency arrangements",
    "parallel planning", "threshold criteria", "threshold document", "reintegration meeting", "parole board",
    "registered manager", "registered provider", "clinical practitioner", "public health nurse",
    "family help practitioner", "offending panel",
    "welfare concern", "placement disruption", "safeguarding duty", "attendance contract", "therapeutic parenting",
])
def test_a_compound_of_the_new_words_is_found_unlisted(term):
    assert unlisted(term), term


def test_the_plain_words_are_made_from_both_words():
    uses = {use.written: (use.plain, use.phrase) for use in jargon_uses(
        "The foster panel meets in May. Ask about the discharge letter and the respite fostering.", LEXICON)}
    assert uses["foster panel"] == ("group of people who decide for fostering", None)
    assert uses["discharge letter"] == ("letter for leaving hospital", None)
    assert uses["respite fostering"] == ("caring for a child for a short break", None)


@pytest.mark.parametrize("text", [
    # everyday pairs of 'care'
    "Nain's care worker comes at nine every morning.",
    "Mum's care needs are met by the home care service.",
    "Gethin goes to a day care centre on Tuesdays.",
    "The care agency sends someone to help Taid wash.",
    # 'care' and 'foster' as verbs
    "The club will foster support between the families.",
    # a family's own words for fostering, as children's guides write them
    "Cerys lives with her foster carers, who are kind; foster care suits her and her foster parents.",
    "Mum helped foster a love of reading in both boys.",
    "They care for support workers who are new to the area.",
    # the lexicon's own plain words for a conference, and a school's form
    "The child protection meeting is on Monday.",
    "Dad will fill in the school admission form by Friday.",
    # the heads after everyday words
    "The washing machine had a breakdown last week.",
    "The cafe on the corner is a family establishment.",
    "The only requirement is that Mum rings first.",
    "Sara is a nurse practitioner at the surgery.",
    "Aunty Bethan is a registered nurse.",
    "Mum has a named worker and goes to a recovery programme.",
    "Dad's custody arrangements ended when the children were small.",
    "Write a one sentence summary of the book.",
    "There is a safety concern about the stairs.",
    "Mum is on duty at work on Monday.",
    "Dad's phone contract ends in May.",
    "Good parenting matters to them both.",
])
def test_everyday_uses_of_the_same_words_stay_plain(text):
    assert found(text) == []
