"""Outcome and action shapes by who acts and the verb's kind, beyond the keyword lists (issue 12)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import shorthand_reason
from coreplan.rules.outcomes import is_service_focused

SERVICE = [
    "Ella will be taken to her hospital appointments.",  # the child is taken to an appointment: attendance
    "Ella will be brought to all her health appointments.",
    "Ella will have a named adult at school.",  # a person handed to the child: provision
    "Ella will receive one-to-one support in class.",
    "Ella's weight will be checked by the health visitor every month.",  # a provider does it to the child
    "Ella will be picked up from school by a volunteer driver.",
    "Ella will go to the young carers group run by the carers' service.",
    "Ella will have her views heard at every meeting.",  # the child's part in the process
    "Ella will be included in decisions about her care.",
]
CHILDS_DAY = [
    "Ella will be collected from school by Mum or Nain every day.",  # the family, not a provider
    "Ella will go to the dentist when her tooth hurts and no longer be in pain.",
    "Ella will see her dad every Saturday afternoon at the park.",
    "Ella will take part in outdoor play at the park.",
    "Ella will be put to bed by 7.30pm by Mum.",
]


@pytest.mark.parametrize("text", SERVICE)
def test_a_service_done_to_the_child_is_service_focused(text):
    assert is_service_focused(text, ["Ella"])


@pytest.mark.parametrize("text", CHILDS_DAY)
def test_the_childs_day_with_the_family_is_not(text):
    assert not is_service_focused(text, ["Ella"])


def test_looking_after_oneself_better_is_an_aim_not_a_time():
    assert shorthand_reason("Mum will look after herself better.") is not None
    assert shorthand_reason("Nain will look after the children every Friday.") is None


def test_appointments_named_with_words_between_are_attendance():
    assert shorthand_reason("Mum to go to her drug and alcohol appointments.") is not None


def test_where_dangerous_things_are_kept_is_a_particular():
    assert shorthand_reason("Keep all knives in the drawer with the child lock.") is None
