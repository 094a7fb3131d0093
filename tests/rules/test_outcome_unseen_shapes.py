"""Shapes of outcome and action the fresh blind corpus rows of 2026-12-01 showed on their dev part, written
here as sentences of our own so that each structure the readings gained is pinned by a passing and a failing
example (the corpus rows themselves are measured in tests/test_public_figures.py)."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand
from coreplan.rules.outcome_reading import read
from coreplan.rules.outcomes import is_service_focused, names_a_child


@pytest.mark.parametrize(("text", "words"), [
    # where the child lives, when a service provides it: a placement
    ("Rhodri will move into supported accommodation.", "move into supported accommodation"),
    ("Glesni and her mum will stay at a mother and baby unit.", "stay at a mother and baby unit"),
    ("Ella will live in foster care until the review.", "live in foster care"),
    # a contract of the process
    ("Ifan will sign an acceptable behaviour contract.", "sign an acceptable behaviour contract"),
    # a relative clause without 'that' ends the phrase: its head is what is had
    ("Anwen will get the services she needs.", "get the services"),
    # what the child needs, when a service gives it
    ("Rhys needs his care needs met.", "needs his care needs met"),
    ("Rhys needs a key worker at school.", "needs a key worker"),
    # the process named by its steps, as the means
    ("Cerian's progress will be followed through the plan-do-review cycle.", "followed through the plan-do-review cycle"),
])
def test_placements_contracts_needs_and_the_process_are_read_as_service(text, words):
    reading = read(text)
    assert reading is not None and reading.group(0) == words
    assert is_service_focused(text, ["Rhodri", "Glesni", "Ella", "Ifan", "Anwen", "Rhys", "Cerian"])


@pytest.mark.parametrize("text", [
    # turning to a person of the plan when something happens is the child's own coping
    "Twm will feel safe at nursery and will go to his key worker when he is upset.",
    "Twm will go to his mentor if someone is unkind to him at break time.",
    # needing help in the moment is not a service; no longer needing it is a change in the child
    "Tomos will know a code word he can say so that an adult knows he needs help.",
    "Ella will no longer need support to get dressed in the morning.",
    # living with family, and a unit of a course, are the child's own life
    "Rhodri will live with his grandparents and walk to school with his cousin.",
    "By the next review, Rhodri will have finished the first unit of his course and handed in his coursework.",
])
def test_the_childs_own_day_is_not(text):
    assert not is_service_focused(text, ["Twm", "Tomos", "Ella", "Rhodri"])


def test_a_baby_before_a_name_is_not_the_name():
    """'Baby Rees' names the child by 'Rees': 'the mother and baby' names nobody."""
    assert not names_a_child("Support for the mother and baby will be in place before the birth.", ["Baby Rees"])
    assert names_a_child("Baby Rees will be fed every three hours.", ["Baby Rees"])
    assert names_a_child("Rees will sleep on his back in his own cot.", ["Baby Rees"])
    assert names_a_child("Bydd Babi Jones yn cysgu yn ei grud ei hun.", ["Babi Jones"])
    assert names_a_child("Baby will sleep in her own cot.", ["Baby"])  # a name that is only 'Baby' stays one


@pytest.mark.parametrize("text", [
    "Bydd trefniant Pan fydda i'n Barod yn cael ei sefydlu ar gyfer Nia.",  # the arrangement done to
    "Bydd Osian yn cael gofal plant am dair awr bob bore.",  # childcare handed to the child
    "Bydd y feithrinfa yn cofnodi unrhyw bryderon am Geri.",  # what the nursery does
    "Bydd yr ysgol yn ffonio Mam ar fore cyntaf unrhyw absenoldeb.",
])
def test_welsh_arrangements_childcare_and_what_a_school_does_are_service(text):
    assert is_service_focused(text, ["Nia", "Osian", "Ceri", "Mali"])



@pytest.mark.parametrize("text", [
    "Turn up to every appointment offered.",  # getting oneself to the process, as keeping appointments
    "Be present at all the core group meetings.",
    "Supervise Cai when he is online.",  # supervising a person leaves open what the adult will do
    "Nain to supervise the children closely.",
])
def test_turning_up_and_supervising_a_person_are_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Nain will supervise the children's bath time every evening.",  # what is watched is named
    "Mum will supervise contact with Dad every Saturday at the family centre.",
    "Mum will supervise Cai at all times when Uncle Dai visits.",  # how: never out of sight
    "If Dad turns up at the house, Mum will not let him in and will ring 999.",  # 'turns up' of a person
    "Go to the parenting group on Thursdays and practise one new way of settling Mali at bedtime each week.",
    "Go to all ten sessions of the course, and talk with Siân after each one about what he will do differently.",
])
def test_supervision_of_a_thing_and_a_step_with_its_purpose_are_not(text):
    assert not is_shorthand(text)
