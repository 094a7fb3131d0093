"""Shapes of English outcome that session 25's blind round (parents' drug and alcohol use, EHC and ALN plans,
youth justice, pathway plans, perinatal planning, refuges, foster care, health visiting) showed on its dev
part, written here as sentences of our own: each structure the reading gained has a passing and a failing
example, with the words the finding quotes (the corpus rows themselves are measured in
tests/test_public_figures.py)."""

from __future__ import annotations

import pytest

from coreplan.rules.outcome_reading import read
from coreplan.rules.outcomes import is_service_focused, service_words

NAMES = ["Mali", "Osian", "Efa", "Owain", "Harri", "Ifan", "Dylan", "Nia", "Lowri", "Seren", "Gwen", "Cai", "Jac"]


@pytest.mark.parametrize(("text", "words"), [
    # health care a nurse gives, had by the child (the phrase ends before 'up to date')
    ("Mali will have her immunisations up to date.", "have her immunisations"),
    ("Osian will have all his vaccinations by March.", "have all his vaccinations"),
    # a measurement that is the whole outcome is monitoring
    ("Baby Efa will be weighed weekly at the clinic.", "will be weighed"),
    # looked after by a service (by Nain it is the family)
    ("Owain will continue to be looked after by the local authority.", "will continue to be looked after by the local authority"),
    # known to a service: the process's record of the child
    ("Harri will be known to the police as at risk.", "will be known to the police"),
    # the process's own papers and listening
    ("What matters to Ifan will be written down in his one-page profile.", "will be written"),
    ("Ifan will have a one-page profile.", "have a one-page profile"),
    ("Cai will be listened to.", "will be listened"),
    # a qualifier that makes a visit or time the process's
    ("Seren will have introductory visits before she moves in.", "have introductory visits"),
    # the people of a service, by the names plans give them, through 'carry on' + -ing
    ("Dylan will carry on seeing his physio.", "seeing his physio"),
    ("Ifan will work with the ALNCo each week.", "work with the ALNCo"),
    # on a worker's list; a school day made shorter by the plan; lodgings the care system finds
    ("Dylan will be on the caseload of the speech and language team.", "on the caseload"),
    ("Ifan will have a reduced timetable.", "have a reduced timetable"),
    ("Nia will live in supported lodgings until she is 21.", "live in supported lodgings"),
    # an outcome with no verb at all: what it names is what will be had
    ("Young carers assessment for Mali.", "Young carers assessment"),
    ("Respite care for Lowri every month.", "Respite care"),
    # a play specialist is a provider, though 'play' is a pastime
    ("Efa will take part in play sessions with the refuge's play specialist.", "with the refuge's play specialist"),
])
def test_new_service_shapes_are_read_and_quoted(text, words):
    found = service_words(text)
    assert found is not None and found.group(0) == words, (found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    # kept away from harm is the child's safety ('protected through the plan' is a means)
    "Jac will be protected from seeing his parents argue.",
    "Cai will be protected from the effects of his mum's drinking.",
    # a work or college placement is the young person's own week
    "Nia will do a work placement at the garage two days a week.",
    "Gethin will take the train to his work placement on his own.",
    # whom the child is at odds with is not a means
    "Dylan will stay out of trouble with the police.",
    # weighed at home, with how the child grows after it: how a change is known
    "Mali is weighed at every clinic and her weight follows her growth line.",
    # looked after by the family
    "Owain will be looked after by Nain every weekend.",
    # an outcome without a verb that names an aim, and a clause whose subject is a service's report
    "Improved outcomes for Caio.",
    "The school reports that Ella arrives on time every day.",
    # a football session is the child's week
    "Osian will go to the football session with his friends on Saturdays.",
])
def test_the_childs_own_life_is_not(text):
    assert not is_service_focused(text, NAMES + ["Gethin", "Caio", "Ella"])


@pytest.mark.parametrize("text", [
    "Cai will be protected through the child protection plan.",  # the process as the means
    "Mared will be protected by a referral to the Marac.",
])
def test_protected_by_the_process_stays_service(text):
    assert is_service_focused(text, ["Cai", "Mared"])


def test_the_reading_quotes_where_it_stands():
    reading = read("By July, Ifan will work with the ALNCo each week.")
    assert reading is not None and reading.group(0) == "work with the ALNCo"


@pytest.mark.parametrize("text", [
    "Mali will be in receipt of free school meals.",  # a benefit had
    "Cai will be closed to the youth offending team.",  # the process's case, closed
    "Cai will come off the child protection register.",  # the process's list
    "I will have an independent visitor.",  # a volunteer the care system finds
    "Ella will be offered a mentor at school.",  # what is given decides: a provider
])
def test_benefits_the_process_and_a_volunteer_are_service(text):
    assert is_service_focused(text, ["Mali", "Cai", "Ella"])


@pytest.mark.parametrize("text", [
    "Osian will get a certificate for good attendance.",  # the child's schooling
    "Ella will be offered a snack when she gets home from school.",  # a thing of the day given
    "Mali will be given her pocket money every Saturday.",
    "Cai will be checked on by Mum every half hour when he is in the bath.",  # by the family
    "Mali will be visited by Nain every Sunday.",
])
def test_gifts_of_the_day_and_the_familys_care_are_not(text):
    assert not is_service_focused(text, ["Osian", "Ella", "Mali", "Cai"])


def test_a_baby_monitor_is_a_thing_of_the_house():
    from coreplan.rules.actions import is_shorthand

    assert not is_shorthand("Mum will sleep with the baby monitor on.")
    assert is_shorthand("Monitor the situation.")


@pytest.mark.parametrize("text", [
    "The health visitor will see Efan rolling over and reaching for toys.",  # how a change is known
    "The social worker will notice that Mali is calmer at home.",
    "Ella will sign up for the school choir.",  # the child's week
    "Osian will be able to access the playground at break without an adult.",  # a place of the day
    "Osian will be taught to swim by his dad.",  # by the family, a few words on
    "Mali will be helped with her reading by her older sister.",
])
def test_what_a_worker_sees_and_the_familys_teaching_are_not(text):
    assert not is_service_focused(text, ["Efan", "Mali", "Ella", "Osian"])


@pytest.mark.parametrize("text", [
    "The social worker will see Mali alone every week.",  # a visit
    "Osian will be taught social skills by the teaching assistant.",
    "Ella will sign up for the parenting course with Mum.",
    "Osian will access speech and language therapy.",
])
def test_a_visit_a_providers_teaching_and_a_service_accessed_stay_service(text):
    assert is_service_focused(text, ["Mali", "Osian", "Ella"])
