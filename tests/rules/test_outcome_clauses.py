"""Every clause of an English outcome is read (coreplan.rules.outcome_reading), and the phrases that say by
what means its change comes: a service named anywhere in the sentence is service wording, and the finding
quotes the words that made it so."""

from __future__ import annotations

import pytest

from coreplan.rules.outcome_reading import read
from coreplan.rules.outcomes import is_service_focused

# (outcome, the words the reading quotes): the service stands after the first clause, or is the means
LATER = [
    # a clause joined by 'and' that shares the subject, or has its own
    ("Ella will feel calmer at bedtime and will go to weekly play therapy.", "go to weekly play therapy"),
    ("Ella will talk to her teacher when she is sad, but will also see the school counsellor weekly.",
     "see the school counsellor"),
    ("Ella will go to school every day, and she will have a mentor to check on her.", "have a mentor"),
    ("Ella will be happier, as she will be seeing a therapist.", "seeing a therapist"),  # progressive, not passive
    ("Ella will feel settled at home, and her progress will be reviewed at every core group.", "will be reviewed"),
    # the means: a participle, 'through', 'with', 'with the help of', 'by' doing something
    ("Ella will sleep in her own bed, supported by the school nurse.", "supported by the school nurse"),
    ("Ella will catch up with her maths through weekly tutoring.", "through weekly tutoring"),
    ("Ella will manage her anger with the help of her mentor.", "with the help of her mentor"),
    ("Ella will be safe at home, with daily visits from the family support team.",
     "with daily visits from the family support team"),
    ("Ella will eat breakfast every morning, with the family support worker visiting to help.",
     "with the family support worker"),
    ("Ella will grow steadily, with regular assessment.", "with regular assessment"),
    ("Ella will manage her diabetes herself, under the supervision of the diabetes nurse.", "under the supervision"),
    # a place of a service doing a service's work
    ("Ella's school will ring home on the first day of any absence.", "school will ring"),
    # a person handed to the child to do a provider's work
    ("Ella will have someone to support her one to one at school.", "have someone to support"),
    # a check had is a service's, as a check-up is
    ("Ella will have a dental check within 40 working days.", "have a dental check"),
]

# A service as the means of a change, or the change as only the purpose of a service, is still an outcome
# about the service (the guidance wants the change as the outcome, the service as an action): reported.
PURPOSE = [
    "Mum will go on a parenting course so that Ella gets to school on time.",
    "Ella will have a mentor so that she can settle into lessons.",
    "Mum will complete the Freedom Programme in order to keep Ella safe.",
]

# The child's day: help from the family, a deadline, the child's own things, what a school is like or sees
CHILDS_DAY = [
    "Ella will get help from Nain with her homework.",
    "Ella will see her brother every month, with support from her foster carer to travel.",
    "By the next review meeting, Ella will read a chapter book on her own.",
    "Ella will make friends through the youth club.",
    "Ella will feel safe with Nain and Taid.",
    "Ella will be dressed and fed by Mum before nursery.",
    "Ella will be supported by Nain to get to school on time.",  # the family's help: the giver decides
    "Ella will settle at nursery, and the nursery will be a calm place for her.",
    "Ella will eat breakfast at home, and the school will see her arriving on time.",
    "The school reports that Ella arrives on time every day.",
    "Ella will be in school every day, and her attendance will be above 95%.",
    "Ella will play at the park with her brother and will come home by six.",
    "Ella will have tea with her foster carers every evening.",
    "Ella will be less scared at night, so she can sleep in her own room.",
    "Ella will spend a day at the beach with her family, with her personal assistant there to help.",
    "Ella will be in school for more than 95 per cent of sessions by the summer.",
    "I want to go to college to do a mechanics course.",
    "By the next PEP meeting, Ella will have revised the first unit of her course.",
]


@pytest.mark.parametrize(("text", "words"), LATER)
def test_service_wording_after_the_first_clause_is_read(text, words):
    reading = read(text)
    assert reading is not None and reading.group(0) == words
    assert is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", PURPOSE)
def test_a_service_with_the_change_as_its_purpose_is_reported(text):
    assert is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", CHILDS_DAY)
def test_the_childs_day_with_the_family_or_a_deadline_is_not(text):
    assert not is_service_focused(text, ["Ella"])


def test_a_later_clause_is_looked_for_within_its_own_words():
    """Each clause looks a few words ahead for its verb, so a sentence of many 'and's costs in proportion
    to its length (the whole check's time is guarded in tests/test_slow_input.py)."""
    assert read(" Ella and" * 40 + " will go to a social skills group.") is None  # past the first 80 words
    assert read("Ella will sleep well and" + " eat" * 30 + " and will see the school nurse.") is not None
