"""Matching that reaches terms nobody listed (session 27): the name of a programme, service or scheme written
in capitals with no head word english_names knew, told by a word of a service, of the people it is for or of
family life ('Caring Dads', 'Careers Wales', 'Adult Social Care', 'Bedroom Tax'). Each with everyday sentences
around the same words that must stay silent."""

from __future__ import annotations

import dataclasses

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text, lexicon=LEXICON):
    return [(use.written, use.plain) for use in jargon_uses(text, lexicon)]


def names(text, lexicon=LEXICON):
    return [use.written for use in jargon_uses(text, lexicon) if use.unlisted_name]


def unlisted(name):
    """The lexicon without the name's own entries, as for a name nobody listed (as tools/measure_unlisted.py
    makes it: a team's ignore_terms would also make the name plain)."""
    own = sorted({use.phrase for use in jargon_uses(name, LEXICON) if use.phrase})
    if not own:
        return LEXICON
    return dataclasses.replace(load_lexicon({}, {"ignore_terms": own}, {}), compounds=LEXICON.compounds,
                               ignored_words=frozenset())


@pytest.mark.parametrize("text, name", [
    ("Mum goes to Caring Dads on Tuesday.", "Caring Dads"),  # mid-sentence
    ("Ask Careers Wales about college.", "Careers Wales"),  # a verb opening the sentence is no part of it
    ("Ella will go to Bumps and Babies in May.", "Bumps and Babies"),  # a small word inside
    ("Dad wants help from Adult Social Care.", "Adult Social Care"),
    ("Ask for an Appropriate Adult at the station.", "Appropriate Adult"),
    # ('an Assured Shorthold Tenancy' is a kind of tenancy now, with plain words: test_compounds_of_kinds.py)
    ("The Benefits Cap cut their money.", "Benefits Cap"),
    ("Bedroom Tax", "Bedroom Tax"),  # as a glossary writes it: the first word's capital counts here
    ("Abuse of Process", "Abuse of Process"),
    ("Child In Our Care", "Child In Our Care"),
    ("Use the Safer Families chart with Siân.", "Safer Families"),
])
def test_a_run_of_capitals_with_a_word_of_a_service_is_a_name(text, name):
    assert name in names(text, unlisted(name))


@pytest.mark.parametrize("text", [
    "Mum and Dad came to the meeting.",  # the family's own words
    "Grandma Pam and Aunty Sian help on Fridays.",
    "It was Mother's Day on Sunday.",  # a day
    "The Family Fun Day was great.",  # a run that runs on into a day: an event
    "We moved to North Wales in May.",  # a place
    "The law is the same in England and Wales.",
    "Dad studies Family Law at college.",  # a subject studied
    "Mali is doing a BTEC in Health and Social Care.",
    "She did a course in Youth Work last year.",
    "Help Craig plan what he will say.",  # a verb opening the sentence and a person
    "Support Dylan as he moves out.",
    "Christmas and Easter are at Nain's.",
    "Mali sings Baby Shark at bedtime.",  # a song: 'Baby' alone is no service word
    "the Youth Justice Board's plan for Wales",  # part of a longer name, a possessive
    "Mum said the FAMILY SUPPORT was good.",  # capitals for emphasis
    "Osian Hughes and Mali Hughes came.",  # people
    "Ella goes to Youth Club on Fridays.",  # a club, a thing bought or a firm: the family's own week
    "Ella goes to Kids Club after school.",
    "Ella wants to join the Young Farmers.",
    "Ella has a Family Railcard for the trip.",
    "Mum works for Family Bakery Ltd.",
    "The Social Worker will visit on Monday.",  # a role written with capitals, as plans often write them
    "The Young Person will choose her bedroom colours.",
    "Dad met the Family Support Worker.",
])
def test_everyday_capitals_are_no_service_name(text):
    assert names(text) == []


def test_a_listed_name_keeps_its_own_plain_words():
    assert found("Mali goes to Flying Start.")[0][1]  # listed: its plain words, not an unlisted name
    assert names("Mali goes to Flying Start.") == []


@pytest.mark.parametrize("text, term, plain", [
    ("The special guardianship team rang Mum.", "special guardianship team",
     "team for a relative or friend bringing up the child"),
    ("Ask the early help service about it.", "early help service", "service for help before problems grow"),
    ("The edge of care team came today.", "edge of care team", "team to help the child stay at home"),
    ("Two kinship fostering teams met.", "kinship fostering teams", "teams for fostering with relatives or friends"),  # two modifiers, each said
])
def test_team_and_service_after_a_longer_modifier_are_jargon(text, term, plain):
    assert term.lower().rstrip("s") not in LEXICON.phrases and term.lower() not in LEXICON.phrases
    assert found(text) == [(term, plain)]


@pytest.mark.parametrize("text", [
    "The school team won on Saturday.",
    "Mali plays for the football team.",
    "The adoption team rang.",  # one modifier: a team a family is told of by name
    "Dad works for the bus service.",
    "The team will visit on Monday.",
])
def test_team_and_service_after_one_word_or_none_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize("text, term", [
    ("He has foetal valproate syndrome.", "foetal valproate syndrome"),
    ("She has Tourette syndrome.", "Tourette syndrome"),
])
def test_a_syndrome_after_the_word_that_names_it_is_a_named_condition(text, term):
    assert term.lower() not in LEXICON.phrases
    assert term in [written for written, _ in found(text)]


@pytest.mark.parametrize("text", ["Mali has Down syndrome.", "Mali has Down's syndrome.",
                                  "We read about the syndrome online.", "Her syndrome is mild."])
def test_a_syndrome_a_family_names_itself_or_alone_stays_plain(text):
    assert found(text) == []


@pytest.mark.parametrize("text, term", [
    ("The front door team rang Mum.", "front door team"),
    ("The front door referral came in May.", "front door referral"),
    ("Siôn will see the diversion worker.", "diversion worker"),
])
def test_everyday_words_with_a_services_sense_told_by_the_head_after_them(text, term):
    assert term.lower() not in LEXICON.phrases
    assert [written for written, _ in found(text)] == [term]


@pytest.mark.parametrize("text", [
    "Mum painted the front door.",
    "The front door key is lost.",
    "Leave the front door open for the worker.",
    "There was a diversion on the A55.",
    "Dad locked the front door. Support came later.",  # a stop between: no compound across it
    "Mali waited by the front door, note in hand.",
    "Knock on the front door when you arrive.",
])
def test_the_same_words_in_everyday_use_or_across_a_stop_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize("text, name", [
    ("Dad will join Caring Men Against Violence.", "Caring Men Against Violence"),
    ("Ask about the Homeless Prevention Fund and Young Tenants Support.", "Young Tenants Support"),
])
def test_more_words_of_a_service_make_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", ["Mali reads Justice League comics.", "Mali watches Baby Shark."])
def test_childrens_shows_and_comics_are_no_service(text):
    assert names(text) == []


@pytest.mark.parametrize("text", ["It is now called HM Prison and Probation Service.",
                                  "We live near North Wales Young Carers."])
def test_a_run_that_a_capitalised_word_opens_is_part_of_a_longer_name(text):
    assert names(text) == []
