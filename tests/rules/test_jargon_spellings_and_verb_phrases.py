"""The other ways a listed term is written that the matcher meets by rule, not by listing: both British
spellings of 'adviser', an American spelling listed and met in its British one, a verb phrase listed in the
past met in its base and -ing forms, a curly apostrophe inside a word, a name's last word kept as written,
and listed initials after the small e of a form kept online ('eCAF'). Sentences of our own."""

from __future__ import annotations

import pytest

from coreplan.rules.english_forms import bases_of_past, first_forms, spellings
from coreplan.rules.language import find_initials, find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def jargon_in(text):
    return [written for written, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize("text, found", [
    # 'adviser' and 'advisor' are both British: a phrase listed with one meets the other
    ("Lowri's personal advisor will ring her on Friday.", ["personal advisor"]),
    ("The family court advisor met Cai at school.", ["family court advisor"]),
    # a verb phrase listed in the past, written in its base or -ing form, and the other way round
    ("Police will release under investigation.", ["release under investigation"]),
    ("Dad is to be released on temporary licence in May.", ["released on temporary licence"]),
    ("The council is placing with parents while the order lasts.", ["placing with parents"]),
    # a curly apostrophe inside a contraction
    ("Lowri wants to stay under When I’m Ready.", ["When I’m Ready"]),
    # listed as a name: the name as written
    ("Her pay band is set by Agenda for Change.", ["Agenda for Change"]),
])
def test_other_writings_are_found(text, found):
    assert jargon_in(text) == found


@pytest.mark.parametrize("text", [
    "We wrote an agenda for changes at home: bedtime first, then mornings.",
    "The flat is close to services and the school.",
    "Mum is parenting with care and warmth.",
    "Ffion asked for a place with friends at lunch.",
    "We saw signs of successes at school this term.",
    "Dad sells old games on eBay at weekends.",
    "Dad will enrol Ffion at the swimming club.",
])
def test_plain_sentences_stay_silent(text):
    assert jargon_in(text) == [] and find_initials(text, LEXICON, {}) == []


def test_spellings_meet_both_ways():
    assert {"adviser", "advisor"} <= spellings("advisor") and {"adviser", "advisor"} <= spellings("adviser")
    assert "enroll" in spellings("enrol") and "fulfills" in spellings("fulfils")
    # an American spelling listed, in its British spelling
    assert "haemoglobin" in spellings("hemoglobin") and "oestrogen" in spellings("estrogen")
    assert "paediatrician" in spellings("pediatrician") and "anaemia" in spellings("anemia")
    assert "foetal" in spellings("fetal") and "diarrhoea" in spellings("diarrhea")
    assert "behaviour" in spellings("behavior") and "hospitalised" in spellings("hospitalized")
    assert "judgement" in spellings("judgment") and "programme" in spellings("program")
    # no change to words that are neither ('four', 'pedal', 'size', 'blog', 'hemisphere')
    for word in ("four", "pedal", "size", "blog", "hemisphere", "collaborate"):
        assert spellings(word) == {word}


def test_a_past_verb_phrase_is_filed_under_its_base_and_ing_forms():
    assert {"release", "releasing"} <= first_forms(("released", "under", "investigation"))
    assert {"stepped", "stepping"} <= first_forms(("step", "down"))
    assert "joining" not in first_forms(("joined", "up"))  # 'joined up working': an adjective
    assert {"released", "releasing"} <= first_forms(("release", "on", "temporary", "licence"))
    assert "commit" in bases_of_past("committed") and "carry" in bases_of_past("carried")
    assert "close" not in bases_of_past("closed")  # an adjective as often: 'close to services'
    assert first_forms(("parent", "with", "care")) == {"parent"}
    assert "looking" not in first_forms(("looked", "after", "child"))  # 'after' makes no verb phrase here


@pytest.mark.parametrize("text, found", [
    ("Send the eCAF to the team.", [("eCAF", "common assessment framework")]),
    ("Ffion's ePEP is up to date.", [("ePEP", "personal education plan")]),
])
def test_listed_initials_after_a_small_e_are_found(text, found):
    assert [(written, expansion) for written, expansion in find_initials(text, LEXICON, {})] == found


def test_e_initials_spelled_out_are_explained():
    assert find_initials("The eCAF (electronic common assessment framework) is done.", LEXICON, {}) == []


@pytest.mark.parametrize("text", [
    "Send the form to Nain by Friday.",
    "Arms folded, Cai said no.",
    "Elsa and Cai walk to school together.",
])
def test_listed_initials_that_are_everyday_words_in_title_case_stay_silent(text):
    assert find_initials(text, LEXICON, {}) == []


@pytest.mark.parametrize("text, found", [
    # listed initials in capitals before a head word: a compound nobody listed, spelled out
    ("Ffion has a CIN plan until March.", [("CIN plan", "child in need plan")]),
    ("The PEP meeting is on Monday.", [("PEP meeting", "personal education plan meeting")]),
    ("Dad went to the PLO meeting.", [("PLO meeting", "public law outline meeting")]),
    ("The MARAC referral was sent.", [("MARAC referral", "multi-agency risk assessment conference referral")]),
])
def test_listed_initials_before_a_head_word_are_jargon(text, found):
    assert find_jargon(text, LEXICON) == found


@pytest.mark.parametrize("text, found", [
    # initials with several meanings give each meaning with the head word, none lost to the first one's brackets
    ("The PO meeting is on Monday.", [("PO meeting", "probation officer meeting, or placement order meeting")]),
    ("The AA meeting is at six.", [("AA meeting", "appropriate adult meeting, or Alcoholics Anonymous meeting")]),
])
def test_initials_with_several_meanings_before_a_head_word_give_each_meaning(text, found):
    assert find_jargon(text, LEXICON) == found


@pytest.mark.parametrize("text, found", [
    # 'co-ordinator' as British English often writes it, where the lexicon lists 'coordinator' (a hyphen splits it)
    ("Ffion has a co-ordinated support plan.", ["co-ordinated support plan"]),
    ("The child protection co-ordinator rang Mum.", ["child protection co-ordinator"]),
    # ...and after listed initials, a head of two words as the hyphen splits it
    ("The SEN co-ordinator rang Mum.", ["SEN co-ordinator"]),
    ("Both CIN co-ordinators met.", ["CIN co-ordinators"]),
    ("The MASH social worker rang.", ["MASH social worker"]),
])
def test_co_ordinator_with_a_hyphen_is_found_as_listed_without(text, found):
    assert [written for written, _ in find_jargon(text, LEXICON)] == found


@pytest.mark.parametrize("text", [
    "Cai will cook tea with Nain on Friday.",
    "Mum will co-operate with the school about the trip.",
    "The GP co-ordinator booked the jab.",  # initials every family knows
])
def test_other_words_in_co_stay_plain(text):
    assert find_jargon(text, LEXICON) == []


@pytest.mark.parametrize("text", [
    "Cai sees the GP surgery nurse on Tuesday.",  # initials every family knows
    "The NHS trust sent a letter.",
    "Ffion likes her PE teacher.",
    "Mum has a plan for the school holidays.",
    "I plan to meet Nain on Friday.",
])
def test_initials_every_family_knows_before_a_head_word_stay_silent(text):
    assert find_jargon(text, LEXICON) == []


def test_initials_the_glossary_explains_make_no_compound():
    from coreplan.rules.language import explained_by_glossary
    explained = explained_by_glossary({"CIN": "child in need"}, LEXICON)
    assert find_jargon("Ffion has a CIN plan.", LEXICON, explained) == []


@pytest.mark.parametrize("text, found", [
    # a plural written short after a slash, as plans write it
    ("The approved foster carer/s will take Cai to school.", ["approved foster carer/s"]),
    ("Review the special guardianship order/s in May.", ["special guardianship order/s"]),
    ("Every care leaver/s gets a call.", ["care leaver/s"]),
])
def test_a_plural_written_short_after_a_slash_is_found(text, found):
    assert jargon_in(text) == found


@pytest.mark.parametrize("text", [
    "Mum and/or Dad will take Cai to school.",
    "Mum/Dad will ring the school.",
])
def test_words_either_side_of_a_slash_stay_plain(text):
    assert jargon_in(text) == []


def test_initials_of_a_role_offer_every_role_the_lexicon_lists_with_those_letters():
    found = dict(find_initials("The FSW and the SSW visited; the IDVA rang.", LEXICON, {}))
    assert found["FSW"] == "family support worker, or fostering social worker"
    assert found["SSW"] == "senior social worker, or supervising social worker"
    # the same role in another spelling is no other meaning
    assert found["IDVA"] == "independent domestic violence adviser"


def test_initials_with_a_digit_before_a_head_word_are_jargon():
    assert jargon_in("The S47 meeting is on Monday.") == ["S47 meeting"]
