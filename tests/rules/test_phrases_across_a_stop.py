"""A listed phrase, or a head word after the word before it, is never read across the end of a sentence or a
clause: the last word of one sentence and the first of the next are no term ('Finish the sentence. Plan the
day.' is not 'sentence plan'), as a compound of english_compounds already was not."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [use.written for use in jargon_uses(text, LEXICON)]


@pytest.mark.parametrize("text", [
    "Finish the sentence. Plan the day.",  # 'sentence plan'
    "Walk to school. Order the taxi for Friday.",  # a head word opening the next sentence
    "She went into care. Leaver groups meet on Monday.",  # 'care leaver'
    "Gwen is looked after; children are happy there.",
])
def test_no_phrase_across_a_stop(text):
    assert found(text) == []


@pytest.mark.parametrize("text, terms", [
    ("The sentence plan is agreed.", ["sentence plan"]),
    ("The school attendance order was made.", ["school attendance order"]),
    ("Read the care plan. Hearing tests are next week.", ["care plan"]),  # the phrase before the stop stays
    ("It is under rule 16.4 guardian rules.", ["rule 16.4 guardian"]),  # a point inside a number is no stop
])
def test_a_phrase_within_a_sentence_is_still_found(text, terms):
    assert found(text) == terms
