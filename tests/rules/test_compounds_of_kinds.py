"""Kinds of one thing named by a word that names nothing before any other head (data/english_compounds.yaml's
kinds): a parent or relative by birth or not living with the child, a kind of tenancy, a Welsh occupation
contract, a talking therapy by its school, services by whom they are for, someone independent of the council,
what a family arranges or takes to court without the council, a school's exclusions and a court's witnesses and
evidence.
Each is looked up with its own lexicon entries taken away, as for a term nobody listed
(tools/measure_unlisted.py); the everyday uses of the same words stay plain."""

from __future__ import annotations

import dataclasses

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon
from tests.helpers import found_unlisted

LEXICON = load_lexicon({}, {}, {})


def unlisted(term: str) -> list[str]:
    return found_unlisted(term, LEXICON)


def found(text: str) -> list[str]:
    return [use.written for use in jargon_uses(text, LEXICON)]


@pytest.mark.parametrize("term", [
    "birth mother", "birth father", "birth siblings", "birth children", "birth relatives", "biological father",
    "absent parent", "non-resident parent", "non-resident mother", "putative father",
    "assured shorthold tenancy", "assured non-shorthold tenancy", "protected tenancy", "demoted tenancy",
    "joint tenant",
    "cognitive behavioural therapy", "psychodynamic therapy", "interpersonal therapy", "cognitive analytic therapy",
    "universal services", "targeted services", "statutory services", "preventative services",
    "independent person", "independent advocate", "independent chair",
    "private fostering", "private law", "private proceedings",
    "fixed-term exclusion", "internal exclusion", "temporary exclusion", "informal exclusion",
    "expert witness", "vulnerable witness", "expert evidence", "oral evidence", "hearsay evidence",
])
def test_a_kind_is_found_unlisted(term):
    assert unlisted(term) == [term], term


@pytest.mark.parametrize("text", [
    "We wrote a birth plan with the midwife.",
    "Her birth weight was good and her birthday is in May.",
    "He is on a fixed term contract at work.",
    "The children were absent on Monday with a cold.",
    "Her occupation is a nurse at the surgery.",
    "The sole trader works flexible hours.",
    "Speech therapy and play therapy help him.",
    "The universal remote is broken.",
    "He goes to an independent school and wants independent living.",
    "She has a private room and goes to a private school.",
    "He has a permanent job and a temporary pass; his sister was a key witness to the crash.",
    "She is a vulnerable young woman and gave an oral presentation at school.",
])
def test_the_same_words_before_other_words_stay_plain(text):
    assert found(text) == []


def test_the_plain_words_are_the_kind_s_with_the_head_as_written():
    uses = {use.written: use.plain for use in jargon_uses(
        "Her birth siblings and the non-resident father will meet the joint tenant.", LEXICON)}
    assert uses["birth siblings"] == "siblings by birth"
    assert uses["non-resident father"] == "father who does not live with the child"
    assert uses["joint tenant"].startswith("tenant of a kind the law names")


def test_a_kind_in_capitals_is_the_kind_not_a_name_without_plain_words():
    lexicon = dataclasses.replace(load_lexicon({}, {"ignore_terms": ["assured shorthold tenancy"]}, {}),
                                  compounds=LEXICON.compounds, ignored_words=frozenset())
    (use,) = jargon_uses("Carys has an Assured Shorthold Tenancy.", lexicon)
    assert use.written == "Assured Shorthold Tenancy" and not use.unlisted_name and use.plain
