"""Welsh forms of a listed word that nobody listed (coreplan.rules.welsh_text): a prefix written joined,
hyphenated or apart ('amlddisgyblaethol', 'aml-ddisgyblaethol'; 'ailasesiad', 'ail asesiad'), and the agent
noun of a listed verb-noun ('aildroseddu' -> 'aildroseddwyr'), one way only; with the exact rule and line in
a case."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon
from tests.helpers import line_of, merge, run

LEXICON = load_lexicon({}, {}, {})


def jargon_in(text, lexicon=LEXICON):
    return [written for written, _ in find_jargon(text, lexicon)]


@pytest.mark.parametrize("text, term", [
    ("Bydd tîm aml-ddisgyblaethol yn cyfarfod.", "aml-ddisgyblaethol"),  # listed 'amlddisgyblaethol'
    ("Mae'r gwaith rhyng-asiantaethol yn dda.", "rhyng-asiantaethol"),
    ("Mae hi'n dysgu hunan-reoleiddio.", "hunan-reoleiddio"),
    ("Bydd ail asesiad ym mis Mai.", "ail asesiad"),
])
def test_a_welsh_word_listed_joined_is_found_hyphenated_or_apart(text, term):
    assert jargon_in(text) == [term]


def test_the_doer_of_a_listed_act_is_found():
    only_the_verb = load_lexicon({}, {"ignore_terms": ["aildroseddwyr"]}, {})  # 'aildroseddu' alone listed
    assert jargon_in("Mae'r aildroseddwyr yn cael help.", only_the_verb) == ["aildroseddwyr"]
    assert jargon_in("Mae'r aildroseddwr yn cael help.", only_the_verb) == ["aildroseddwr"]


@pytest.mark.parametrize("text", [
    "Tîm plant anabl i ddarparu gwasanaethau.",  # the act of a listed doer ('darparwr gwasanaeth') is plain
    "Mae'r ail blentyn yn hapus yn yr ysgol.",  # 'ail' (second) on its own
    "Mae Mam a Dad yn cyd-fyw eto.",
])
def test_plain_welsh_is_left_alone(text):
    assert jargon_in(text) == []


WELSH_PLAN = "written_in: cy\ncontact: Bydd tîm aml-ddisgyblaethol yn cyfarfod gyda Mam bob mis.\n"


def test_the_rule_in_a_welsh_case():
    text = merge(WELSH_PLAN)
    assert [(f.rule, f.line) for f in run(text) if f.rule == "jargon"] == [
        ("jargon", line_of(text, "contact: Bydd tîm"))]


def test_the_plain_welsh_version_passes():
    text = merge(WELSH_PLAN.replace("tîm aml-ddisgyblaethol", "gweithwyr o sawl maes"))
    assert [f for f in run(text) if f.rule == "jargon"] == []
