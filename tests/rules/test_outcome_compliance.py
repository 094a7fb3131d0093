"""Outcomes that are the plan's or a service's business in the words of the child's own verbs: doing what the
plan or a service asks ('agree to the plan', 'follow the health visitor's advice', 'let the workers into the
home'), getting in touch with a provider ('ring his social worker every week') and being put in a service's
group. Each shape has a failing and a passing example of our own, with the words the finding quotes; the same
verbs about the child's own day (rules at home, ringing Nain, texting a key worker when frightened) are not
service wording."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, one_goal, run

NAMES = ["Mia", "Osian", "Ella"]


@pytest.mark.parametrize(("text", "words"), [
    ("Osian will agree to the plan.", "agree to the plan"),
    ("Mia will follow the advice of the health visitor.", "follow the advice"),
    ("Mia will follow the health visitor's advice about her feeds.", "follow the health visitor's advice"),
    ("Osian will keep to the written agreement.", "keep to the written agreement"),
    ("Mia will comply with the conditions of her order.", "comply"),  # a word the patterns know
    ("Mia will let the workers into the home.", "let the workers"),
    ("Mia will agree to see the school nurse.", "agree to see the school nurse"),
    ("Osian will contact his social worker each week.", "contact his social worker"),
    ("Osian will ring the youth worker every Friday.", "ring the youth worker"),
    ("Mia will be put in a nurture group.", "will be put in a nurture group"),
    ("Osian will listen to the health visitor's advice.", "listen to the health visitor's advice"),
    ("Osian will act on the advice of his youth worker.", "act on the advice"),
])
def test_doing_what_a_service_asks_is_service_wording(text, words):
    found = service_words(text)
    assert found is not None and found.group(0) == words, (found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    "Mia will follow the rules at home.",
    "Osian will follow his bedtime routine.",
    "Osian will follow instructions at school.",
    "Mia will agree with her sister about the bedroom.",
    "Mia will agree to go to bed at eight.",
    "Mia will let her brother play with her toys.",
    "Mia will accept a cuddle from Mum.",
    "Osian will allow himself time to calm down.",
    "Mia will ring Nain every night.",
    "Mia will call her friends after school.",
    "Mia will text her key worker when she feels unsafe.",  # a person she turns to in the moment
    "Mia will be put to bed by Mum at seven.",
    "Mia will be put first by her parents.",
    "Osian will listen to his teacher in class.",  # heeding a person of his day, not the plan's words
    "Osian will listen to music at bedtime.",
    "Mia will listen to Nain's advice.",
    "Osian will act in the school play.",
])
def test_the_same_verbs_about_the_childs_own_day_are_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


def test_the_finding_is_on_the_outcomes_line():
    case = one_goal("Ella will agree to the plan and follow the advice of the school nurse.")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, "outcome: Ella will agree")]
    assert "agree to the plan" in findings[0].message
