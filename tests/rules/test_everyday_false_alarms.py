"""Everyday sentences that this session's lexicon and matching growth reported as jargon, found by reading
the findings as a family would (helpers' reports, 1 December 2026): each must stay plain, while the term
it was mistaken for is still found."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


@pytest.mark.parametrize("text", [
    "Mum called an ambulance when Ella fell.",  # 'ambulance' is no form of 'ambulant'
    "We will take orders for the bake sale.",  # an order of food, not a court's
    "Dad will make orders at the café on Saturdays.",
    "Nain sent a written order to the shop.",
    "Mae Mam yn rhybuddio Cai am y ffordd brysur.",  # the everyday verb 'to warn', not a police caution
    "Mae Dafydd yn mynd i Ysgol Bro Alun bob dydd.",  # a school's name
])
def test_everyday_sentences_stay_plain(text):
    assert find_jargon(text, LEXICON) == []


@pytest.mark.parametrize("text, term", [
    ("Ella is ambulant now.", "ambulant"),
    ("The court made a care order.", "care order"),
    ("Mae'r heddlu wedi rhoi rhybuddiad ieuenctid iddo.", "rhybuddiad ieuenctid"),
])
def test_the_terms_they_were_mistaken_for_are_still_found(text, term):
    assert [found for found, _ in find_jargon(text, LEXICON)] == [term]
