"""The structural reading of an English outcome (coreplan.rules.outcome_reading): who a clause is about, its
verb and the head of what follows, and the words a finding quotes as the reason (later clauses and the
phrases of the means: tests/rules/test_outcome_clauses.py)."""

from __future__ import annotations

import pytest

from coreplan.rules.outcome_reading import read
from coreplan.rules.outcomes import is_service_focused
from tests.helpers import line_of, one_goal, run

# (outcome, the words the reading quotes): service wording none of the keyword lists names
SERVICE = [
    ("Harri will have a child in need planning meeting within a month.", "have a child in need planning meeting"),
    ("Cadi's parents will take part in the pre-birth assessment.", "take part in the pre-birth assessment"),
    ("Betsan will receive daytime care away from home twice a month.", "receive daytime care"),
    ("Megan will have her targets reviewed and amended every year.", "have her targets reviewed"),
    ("Owain's outcomes will cover his learning and his feelings.", "outcomes will cover"),  # the process
    ("Support for Nia's communication will be delivered through Welsh.",
     "Support for Nia's communication will be delivered"),
    ("Elin will be able to drop in to see the school nurse.", "see the school nurse"),  # through the infinitive
    ("I will go to a social skills group with the learning mentor.", "go to a social skills group"),  # her voice
    ("Ella goes to a social skills group every week.", "goes to a social skills group"),  # no modal
    ("Ella is assessed by the paediatrician every year.", "is assessed"),
    ("Ioan's emotional well-being will be checked at each progress meeting.", "will be checked"),
    ("Ella will have been referred to the clinic.", "will have been referred"),  # the perfect passive
    ("We will encourage Rhodri to be more independent.", "We will encourage"),  # 'we' are the professionals
    ("Staff will prompt Rhodri to brush his teeth.", "Staff will prompt"),
    ("By the summer term, Gethin will have sessions with a mentor.", "have sessions"),  # after an adverbial
    ("Ella will have one-to-one speech and language therapy every week.",
     "have one-to-one speech and language therapy"),  # 'and' inside the phrase
    ("There will be a review of Ella's plan every month.", "There will be a review"),
    ("Ella will be in a nurture group at school.", "in a nurture group"),  # placed in a service
    ("Ella will be part of the young carers group.", "part of the young carers group"),
    ("Having a mentor at school.", "Having a mentor"),  # no subject: the gerund is the verb
    ("Mum will accept the referral to the drug service.", "accept the referral"),
    ("Ella will be linked with a youth worker.", "will be linked"),
    ("Ella will be seen alone every ten working days.", "will be seen alone"),  # a worker's visit
    ("Ella will be spoken to alone at school.", "will be spoken to alone"),
]

# The child's day, though it holds a service word or a service verb: the head of what follows decides
CHILDS_DAY = [
    "Ella will engage in conversations with her friends.",
    "Ella will take part in outdoor play at the park.",
    "Ella will join a group of friends at lunchtime.",  # 'a group of friends': the head is 'friends'
    "Ella goes to a football session every Saturday.",  # a leisure session
    "Ella will take a movement break on her own when she feels overwhelmed.",
    "Ella will take care of her rabbit every day.",
    "Ella will receive praise from Mum when she tidies up.",
    "Ella will have a friend on the football team.",
    "Ella will see her dad every Saturday afternoon at the park.",
    "I will tell my teacher if I get hurt.",
    "Due to her asthma, Ella will go to bed with her inhaler beside her.",  # 'to' of 'due to' is no modal
    # the weighing in the later clause is how her growth is known, not a service's act
    "Mali sleeps in her own cot, and she is weighed at every clinic with her weight on her growth line.",
    "Nain reports that Saturday visits end calmly.",
    "Gwen's basic care needs will be met every day.",
    "Ella will be in school every day.",
    "Ella will be on time for school.",
    "There will be less shouting at home.",
    "Going to bed at seven.",
    "Mum will accept that Ella needs her own room.",  # 'accept' is provision only with a service
    "Ella will accept a cuddle from Mum at bedtime.",
    "Ella will be seen smiling and playing at nursery.",
]


@pytest.mark.parametrize(("text", "words"), SERVICE)
def test_service_wording_is_read_from_the_structure(text, words):
    reading = read(text)
    assert reading is not None and reading.group(0) == words
    assert is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", CHILDS_DAY)
def test_the_childs_day_is_not_service_wording(text):
    assert read(text) is None
    assert not is_service_focused(text, ["Ella"])


def test_the_finding_quotes_the_verb_and_its_object_at_their_place():
    case = one_goal("Ella will have a child in need planning meeting within a month.", title="Safe nights")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [(f.line, f.column) for f in findings] == [(line_of(case, "outcome: Ella will"), 24)]
    assert "'have a child in need planning meeting'" in findings[0].message


def test_only_the_first_words_of_a_sentence_are_read():
    """A sentence is read from its first 80 words, so its reading costs the same however long the sentence
    (the whole check's time is guarded in tests/test_slow_input.py)."""
    assert read("Ella will have a planning meeting with" + " Nain" * 1_000_000) is not None
    assert read("Ella will have" + " a" * 100 + " planning meeting.") is None


def test_a_sentence_in_the_childs_own_voice_about_her_day_outweighs_a_service():
    """'I' names the child as her name does: a sentence about her day in her own words is her day."""
    assert not is_service_focused("I will go to counselling every week. I sleep in my own bed every night.", ["Ella"])
    assert is_service_focused("I will go to counselling every week.", ["Ella"])
