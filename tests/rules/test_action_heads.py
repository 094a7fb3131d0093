"""Shorthand actions whatever their shape (issue 12): what the action asks first, advice nobody wrote down,
amounts and people left open, the plan's own meetings. Each reading has examples both ways, and the
reason names the words that made it shorthand."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import shorthand_reason


def reason(text: str) -> str | None:
    found = shorthand_reason(text)
    return None if found is None else str(found)


@pytest.mark.parametrize(("text", "words"), [
    ("Think about how you will respond if things become violent.", "Think about"),  # a condition does not help
    ("Mum will need to consider the impact of her drinking on Mia every day.", "consider"),  # nor a time
    ("Mum to reflect on the concerns raised at conference.", "reflect"),
    ("Dad will acknowledge the worries about his temper.", "acknowledge"),
    ("Mum must put the children's needs first.", "put the children's needs first"),
    ("Mr and Mrs Hughes are expected to understand why Ifan is in care.", "understand"),
])
def test_a_thought_or_an_aim_is_shorthand_whatever_follows(text, words):
    assert reason(text) == f"'{words}' names an aim or a thought, not what anyone will do"


@pytest.mark.parametrize(("text", "words"), [
    ("Dad will need to show a sustained period of abstinence before unsupervised contact is considered.",
     "show a sustained"),
    ("Mum will demonstrate that she can keep Mia safe.", "demonstrate"),
    ("The parents will make positive changes to home conditions.", "make positive changes"),
    ("Be open and honest with the professionals.", "Be open"),
    ("Take responsibility for the concerns.", "Take responsibility"),
])
def test_a_proof_or_a_change_of_heart_is_shorthand_without_when_or_how(text, words):
    assert reason(text) == f"'{words}' names an aim or a thought, not what anyone will do"


@pytest.mark.parametrize("text", [
    "Take responsibility for the morning school run on Mondays and Wednesdays.",  # when
    "Dad will prove his address by bringing a gas bill to the meeting on 2 June.",  # by what means
    "Be honest with the children about where Dad is, using the words agreed with the social worker.",
    "Show Mia how to brush her teeth every night.",  # showing a child something is a behaviour
    "Explain to Mia in words she understands why Dad is not living at home.",  # only the head counts
    "Make tea for the children every evening.",
    "Be at the school gate at 3.15 every weekday to collect Osian.",
])
def test_the_same_words_in_a_behaviour_are_not(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Act on the advice given about cleaning the house.",
     "'Act on' names a process or a service, not what will change"),
    ("Follow the health visitor's advice.",
     "'Follow the health visitor's advice' names a process or a service, not what will change"),
    ("Abide by the expectations for contact.",
     "'Abide by the expectations' names a process or a service, not what will change"),
    ("Not drink to excess when the children are at home.",
     "'to excess' leaves it open what will be done and when"),
    ("Keep the children away from unsafe adults.",
     "'unsafe adults' leaves it open what will be done and when"),
    ("Convene a legal planning meeting if things deteriorate.",
     "'Convene a legal planning meeting' names a process or a service, not what will change"),
    ("Establish a bedtime routine for Mia.", "'Establish' names a process or a service, not what will change"),
])
def test_advice_amounts_people_and_meetings_left_open(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "Follow the health visitor's advice to give Elis 150ml of formula every three hours.",  # the advice, written
    "Do not drink more than two cans at weekends.",  # the amount, written
    "Mum will not let anyone stay overnight unless the social worker has met them first.",
    "Hold a family meeting every Sunday evening to plan the week's meals.",  # the family's meeting, not the plan's
    "Social worker to book the first meeting within ten days.",
    "Follow the bedtime routine of bath, story and lights out by 7.30 every night.",
])
def test_written_advice_amounts_and_family_meetings_are_not(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # after the person who acts, 'to' is the plan's 'will': 'to keep' and 'to make' are no purpose there
    ("Mum to keep all appointments.", "'keep all appointments' names a process or a service, not what will change"),
    ("Mia's dad to make sure she gets to school.", "'make sure' names a process or a service, not what will change"),
    ("Mum and Dad to keep the children safe.",
     "'keep the children safe' names an aim or a thought, not what anyone will do"),
    ("Health visitor to weigh Mia.", "it does not say what exactly will be done, when or how often"),
    ("Mr and Mrs Hughes to keep Ifan safe.", "'keep Ifan safe' names an aim or a thought, not what anyone will do"),
    ("Speak to the GP about her low mood.", "'Speak to the GP' names a process or a service, not what will change"),
])
def test_the_person_who_acts_then_to_is_no_purpose(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "Ring Nain to check she is home.",  # here 'to check' is what the call is for
    "Mum to go to the group to learn how to settle Mali at bedtime.",
    "Mum to keep the knives in the locked drawer.",
    "Form tutor to meet Elin for ten minutes every Monday morning to talk about her week.",
    "Talk to the GP on Monday about Mia's cough.",
])
def test_a_purpose_after_the_action_still_counts(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "words"), [
    ("Mum will improve the home conditions before the next review.", "improve"),  # a deadline is no behaviour
    ("Dad will manage his anger when he is with the children.", "manage"),  # nor a circumstance
    ("Mum will address the concerns raised at conference by the end of March.", "address"),
    ("Maintain the improvements after the plan ends.", "Maintain"),
    ("Deal with the debts before Christmas.", "Deal with"),
])
def test_a_change_with_no_behaviour_in_it_is_an_aim_by_any_deadline(text, words):
    assert reason(text) == f"'{words}' names an aim or a thought, not what anyone will do"


@pytest.mark.parametrize("text", [
    "Reduce her drinking to no more than two cans on a Saturday.",  # how much
    "Manage the money by paying the rent first every Friday.",  # by what means, how often
    "Reduce Mia's screen time to an hour after school.",
    "Keep up the bedtime routine every night.",
])
def test_a_change_that_says_how_often_or_how_much_is_not(text):
    assert reason(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The children will not be exposed to domestic abuse.",
     "'be exposed to' leaves it open what will be done and when"),  # 'not' is no behaviour here
    ("Mum to provide healthy meals.", "'provide healthy' names a process or a service, not what will change"),
])
def test_a_state_to_avoid_and_a_standard_to_provide_are_shorthand(text, expected):
    assert reason(text) == expected


def test_a_standard_with_its_when_is_not():
    assert reason("Give Mia a healthy packed lunch every school day.") is None
