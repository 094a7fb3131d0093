"""Outcomes on the kinds of plan session 34's blind English round (oe9) came from, written here as sentences of our own
(never corpus rows): epilepsy and health care plans at school, dental neglect, parents' drink and drugs, recovery after
domestic abuse, a child going home from care, a return to school after a suspension, bullying, self-harm and safety
plans, sleep, early speech and language, harmful sexual behaviour and children who go missing.

Poor (each names the child, so the rule is `service-focused-outcome`): the child's costs, fees or fares paid, covered,
refunded or funded by the plan ('her travel costs to college will be paid', 'have his bus fares refunded'), the twin of
the Welsh reading's. Beside them the child's own day stays silent: a fare she pays herself, costs paid by her dad, fees
paid from her own wages or savings."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child, service_words

NAMES = ["Nia", "Gethin", "Ioan", "Efa", "Osian", "Nel", "Macsen", "Sioned", "Carys", "Rhodri", "Tomos", "Lowri"]

POOR = [
    # the child's costs, fees or fares paid by the plan
    "Nia's travel costs to college will be paid.",
    "Gethin's school trip fees will be covered.",
    "Ioan will have his bus fares to the training centre refunded each month.",
    "Efa's nursery fees are paid by the local authority.",
    "Osian will get his travel costs for family time reimbursed.",
    "Sioned's swimming club fees will be funded until the summer.",
    "The cost of Carys's school uniform will be met.",
]

GOOD = [
    # the child's own day: her own fare, her family's money, her own wages
    "Nia will pay her own bus fare to college and keep her ticket safe.",
    "Gethin's trip costs will be paid by his dad.",
    "Ioan will pay for his own football boots out of his savings.",
    "Efa will know how much her bus fare costs and have the right change ready.",
    "Sioned's gym fees will be paid from her own wages from the café.",
    "Carys will save half her pocket money each week towards the school trip.",
]


@pytest.mark.parametrize("text", POOR)
def test_service_wording_of_these_plans_is_found_by_service_focused_outcome(text):
    assert names_a_child(text, NAMES), text  # the child is named: not outcome-without-child
    assert is_service_focused(text, NAMES), text
    assert service_words(text) is not None, text


@pytest.mark.parametrize("text", GOOD)
def test_the_childs_own_day_in_these_plans_is_not(text):
    assert names_a_child(text, NAMES), text
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))
