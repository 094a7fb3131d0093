"""Shapes of a term nobody listed that the rules now read, and listed words in their everyday sense that they
now leave alone (coreplan.rules.jargon_senses), English and Welsh: each with the exact rule and line in a
case, and the plain version passing."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, jargon_uses, load_lexicon
from tests.helpers import found, line_of, merge

LEXICON = load_lexicon({}, {}, {})


def jargon_in(text, rare=True):
    return [use.written for use in jargon_uses(text, LEXICON, frozenset(), frozenset() if rare else None)]


def initials_in(text):
    return [written for written, _ in find_initials(text, LEXICON, {})]


# --- initials with small letters at the end, and Welsh plural initials ---------------------------------

@pytest.mark.parametrize("text, initials", [
    ("The OASys report was shared with the court.", ["OASys"]),  # a system's name: capitals, then 'ys'
    ("Mae'r ALlau yn cytuno.", ["ALlau"]),  # the Welsh plural -au of ALl, CDU
    ("Mae'r CDUau yn barod.", ["CDUau"]),
    ("She has an MSc.", ["MSc"]),
])
def test_initials_of_new_shapes_are_found(text, initials):
    assert initials_in(text) == initials


def test_welsh_plural_initials_are_expanded_from_their_singular():
    assert dict(find_initials("Mae'r ALlau yn cytuno.", LEXICON, {}))["ALlau"] == LEXICON.initials["ALl"]


@pytest.mark.parametrize("text", [
    "JoJo and LeAnn went to MacKay's party.",  # names with a capital inside: no two capitals together
    "We talk on WhatsApp and TikTok.",
    "Osian's dad works at McDonald's.",
])
def test_names_with_a_capital_inside_are_not_initials(text):
    assert initials_in(text) == []


# --- rare words the signal used to pass over ------------------------------------------------------------

def test_an_online_service_written_with_a_capital_inside_is_a_rare_word():
    assert jargon_in("Dad applied for an eVisa in May.") == ["eVisa"]
    assert jargon_in("We watched it on iPlayer and read the eBook on her iPad.") == []


def test_legal_latin_with_one_welsh_looking_word_is_not_read_as_welsh():
    assert jargon_in("parens patriae") == ["parens patriae"]  # listed whole since session 28; 'parens' was the rare word
    assert jargon_in("The court has parens powers.") == ["parens"]
    assert jargon_in("Mae hi'n cael cwtch gan Nain.") == []


# --- listed words in their everyday sense ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Osian will have a machine hearing test at school.",
    "Ella has new hearing aids.",
])
def test_the_sense_of_hearing_is_not_a_court_hearing(text):
    assert jargon_in(text) == []


def test_a_court_hearing_still_is():
    assert jargon_in("The final hearing is in May.") == ["final hearing"]


@pytest.mark.parametrize("text", [
    "Parcio wedi'i wahardd yn barhaol.",  # a sign: an activity forbidden
    "Ysmygu yn cael ei wahardd yn barhaol.",
    "Mae'r gacen wedi'i adrannu yn ddarnau.",  # divided into parts
    "Cafodd y tir ei adrannu yn dair rhan.",
    "Mae ganddo gartref parhaol gyda'i nain.",  # a permanent home, in the family's words
    "Bydd y panel yn cyfarfod ddydd Llun.",  # 'panel' alone is plain Welsh
    "Aeth Mam i'r panel.",
])
def test_welsh_words_in_their_everyday_sense_are_plain(text):
    assert jargon_in(text, rare=False) == []


@pytest.mark.parametrize("text, term", [
    ("Mae Osian wedi'i wahardd yn barhaol.", "wahardd yn barhaol"),  # a child excluded from school
    ("Cafodd Mam ei hadrannu.", "hadrannu"),  # detained under the Mental Health Act
    ("Bydd hi'n byw mewn cartref preswyl.", "cartref preswyl"),  # a service's home
    ("Bydd y panel maethu yn cyfarfod.", "panel maethu"),
    ("Panel y Biwro", "Panel"),  # a body's name
])
def test_the_jargon_senses_still_are_found(text, term):
    assert term in " ".join(jargon_in(text, rare=False))


# --- the rule in a case: exact rule and line --------------------------------------------------------------

EN_PLAN = """\
goals:
  - id: hearing
    title: Hearing well at school
    concern: Osian does not hear the teacher at the back of the class.
    impact:
      osian: Osian misses what he is asked to do and gets upset.
    outcome: Osian hears the teacher and joins in with his class every day.
    rationale: The OASys report says Osian needs a machine hearing test before the end of term.
    ladder:
      - Osian misses most of what the teacher says.
      - Osian sits at the front and hears most of it.
      - Osian hears the teacher wherever he sits.
    good_enough: 2
    actions:
      - who: carys
        what: Take Osian to the hearing test at the clinic on 4 December.
        by: 2026-12-04
        how_we_will_know: The clinic sends Carys the results.
"""


def test_the_initials_of_a_system_are_found_and_the_hearing_test_is_not_jargon():
    text = merge(EN_PLAN)
    line = line_of(text, "rationale: The OASys")
    assert found(text, "unexplained-initials") == [("unexplained-initials", line)]
    assert found(text, "jargon") == []


def test_the_plain_version_passes():
    text = merge(EN_PLAN.replace("The OASys report", "The report from the youth worker"))
    assert found(text, "unexplained-initials") == []
