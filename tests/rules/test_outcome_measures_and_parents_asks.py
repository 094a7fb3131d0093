"""English outcomes that are a service's measure or a parent's compliance in other words, each with a sentence of our
own (never a corpus row): a score a service's tool gives the child, going up or down ('Osian's SDQ score will come
down'); a parent's tests for drugs or alcohol ('Mum's hair strand tests will be clear'); a parent answering, telling
or doing what a provider asks ('answer the social worker's calls', 'tell the social worker about any changes', 'do
what the social worker asks'); a provider's work that a parent makes sure of ('make sure the workers can see
Tomos'). Beside them the same verbs about the child's own day stay silent: a child telling her social worker she
feels safe, answering his own phone, a spelling test, a child's own hair strand test, and a dentist's or an
optician's check that says what the child gets from it."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, one_goal, run

NAMES = ["Cerys", "Osian", "Tomos", "Efa", "Rhys", "Mali"]


@pytest.mark.parametrize(("text", "words"), [
    # a score that a service's tool gives, as the subject
    ("Cerys's score on the wellbeing scale will rise to 7.", "score on the wellbeing scale will rise"),
    ("Osian's SDQ score will come down below 14 by the next review.", "SDQ score will come"),
    ("Mali's Boxall Profile scores will improve by the spring term.", "Boxall Profile scores will improve"),
    ("Tomos's Graded Care Profile score will go up to level 2.", "Graded Care Profile score will go"),
    # a parent's tests for drugs or alcohol
    ("Mum's hair strand tests will be clear by March so that Cerys can come home.", "Mum's hair strand tests"),
    ("Dad will provide negative drug tests every week so that Osian is safe.", "Dad will provide negative drug tests"),
    ("Tomos will be safe because Mum's breathalyser readings will be zero.", "Mum's breathalyser readings"),
    ("Mum will test negative for cannabis at every test, so Efa can stay at home.", "Mum will test negative"),
    # a parent answering, telling or doing what a provider asks
    ("Mum will answer the social worker's calls so that Rhys is safe.", "answer the social worker's calls"),
    ("Mum will answer the door to the social worker when Efa is at home.", "answer the door to the social worker"),
    ("Dad will tell the social worker about any changes in Osian's home.", "tell the social worker"),
    ("Dad will let the social worker know about any new partner, so that Mali is safe.", "let the social worker"),
    ("Mum will keep the health visitor updated about Efa's feeds.", "keep the health visitor"),
    ("Mum will do what the social worker asks so that Efa can stay at home.", "do what the social worker asks"),
    ("Mum will do everything the professionals ask so that Cerys can come home.",
     "do everything the professionals ask"),
    ("Mum will return the social worker's calls so that Rhys is safe.", "return the social worker's calls"),
    ("Mum will respond to the social worker's messages within a day.", "respond to the social worker's messages"),
    ("Mum will open the door to the workers at every visit so that Efa is safe.", "open the door to the workers"),
    ("Mum will report any changes to the social worker so that Tomos is safe.", "report any changes to the social worker"),
    ("Mali will score higher on the wellbeing questionnaire.", "score higher on the wellbeing questionnaire"),
    ("Mum will get clear drug test results so that Osian is safe.", "Mum will get clear drug test results"),
    # a provider's work that a parent makes sure of
    ("Mum will make sure the workers can see Tomos on every visit.", "workers can see"),
    # young carers' provision, a place of treatment for drink or drugs, evidence given to a court, life story work
    ("Osian will go to the young carers club once a month.", "young carers club"),
    ("Mum will stay at the rehab unit for twelve weeks so that Mali is safe.", "stay at the rehab unit"),
    ("Cerys will give her evidence by video link.", "give her evidence"),
    ("Tomos will have a life story book.", "life story book"),
    ("Rhys will be eligible for free school meals.", "eligible for free"),
    ("Rhys will complete his reparation hours.", "reparation hours"),
    ("Tomos will have an electronic tag.", "electronic tag"),
    # a charity that gives the help, by its name
    ("Cerys will go to Barnardo's every week.", "go to Barnardo's"),
    ("Mali will see a worker from the NSPCC every week.", "see a worker"),
    ("Efa will be put in the nurture class at lunchtime.", "will be put in the nurture class"),
])
def test_a_measure_a_test_or_a_parents_compliance_is_service_wording(text, words):
    found = service_words(text)
    assert found is not None and found.group(0) == words, (text, found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    "Osian will answer his phone when he is out.",
    "Mali will answer questions in class.",
    "Cerys will phone Nain every Sunday evening.",
    "Rhys will tell his social worker he feels safe at home.",
    "Mali will tell her teacher when she is sad.",
    "Mum will tell Nain when she needs a break, so that Efa has her tea on time.",
    "Mum will let Tomos know when she is going out and who will look after him.",
    "Osian will do what Nain asks at bedtime.",
    "Tomos will do his homework as his teacher asks.",
    "Mum will make sure Tomos is in bed by eight every night.",
    "Mum will make sure the school knows when Rhys is poorly.",
    "Cerys will rate her mood 7 out of 10 or more on most days.",
    "Mali's spelling test scores will go up this term.",
    "Tomos will score a goal for his team.",
    "Efa's hair strand test will show no drugs in her body.",
    "Mum will stay sober so that Osian gets to school every day.",
    "Mum will pass her driving test so that she can take Rhys to football.",
    "Efa will have her eyes tested and wear her glasses so she can see the board at school.",
    "Rhys will have his teeth checked by the dentist so that his toothache stops and he can eat his tea.",
    "Efa will see the dentist and have her two bad teeth treated by March.",
    "Mali will join the drama group at school.",
    "Osian will go to the youth club with his friends on Thursdays.",
    "Cerys will go to Nain's every Sunday for her tea.",
    "Mali will be eligible for the under-12s team.",
    "Mum will open the door to Nain every Saturday morning.",
    "Rhys will score 8 out of 10 when he rates how safe he feels at home.",
])
def test_the_same_words_about_the_childs_own_day_are_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


@pytest.mark.parametrize("text", [
    "Rhys will have his ears checked.",  # a check with nothing said of what it gives him: the service's act
    "Rhys will be registered with a dentist.",
    "Efa will go to all her appointments.",
])
def test_a_check_or_an_appointment_with_nothing_the_child_gets_is_still_found(text):
    assert is_service_focused(text, NAMES)


def test_the_finding_is_on_the_outcomes_line():
    case = one_goal("Ella will be safe because her mum's alcohol tests will be clear every week.")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, "outcome: Ella will be safe")]
