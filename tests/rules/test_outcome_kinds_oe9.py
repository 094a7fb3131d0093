"""Outcomes on the kinds of plan session 34's blind English round (oe9) came from, written here as sentences of our own
(never corpus rows): epilepsy and health care plans at school, dental neglect, parents' drink and drugs, recovery after
domestic abuse, a child going home from care, a return to school after a suspension, bullying, self-harm and safety
plans, sleep, early speech and language, harmful sexual behaviour and children who go missing.

Poor (each names the child, so the rule is `service-focused-outcome`): the child's costs, fees or fares paid, covered,
refunded or funded by the plan ('her travel costs to college will be paid', 'have his bus fares refunded'), the twin of
the Welsh reading's; the child's wishes or views, with what they are about between, put to the process through an
auxiliary ('his wishes and feelings about going home will be ascertained and considered'). Beside them the child's own
day stays silent: a fare she pays herself, costs paid by her dad, fees paid from her own wages or savings; a placement
the child goes missing or runs away from (where she sets out, as 'from the hostel' is; being moved from it or staying
in it stays the care system's); a plan of her own that she uses herself ('use her safety plan when the thoughts come':
her own coping, as going to her key worker when upset is; 'use the safety plan drawn up by the crisis team' and 'use the
counselling service' stay service wording); Nain or friends made to act, her own passport for a holiday.

Poor too, from the probes written after the blind measurement: a provider made to act, with the bare verb after it
('have an occupational therapist visit his bedroom', 'have the school nurse check her inhaler'), and the process's
documents and moves of school and early years had ('a managed move', 'a communication passport', 'a pupil passport')."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child, service_words

NAMES = ["Nia", "Gethin", "Ioan", "Efa", "Osian", "Nel", "Macsen", "Sioned", "Carys", "Rhodri", "Tomos", "Lowri", "Elis"]

POOR = [
    # the child's costs, fees or fares paid by the plan
    "Nia's travel costs to college will be paid.",
    "Gethin's school trip fees will be covered.",
    "Ioan will have his bus fares to the training centre refunded each month.",
    "Efa's nursery fees are paid by the local authority.",
    "Osian will get his travel costs for family time reimbursed.",
    "Sioned's swimming club fees will be funded until the summer.",
    "The cost of Carys's school uniform will be met.",
    # the child's wishes or views, with what they are about, put to the process through an auxiliary
    "Rhodri's wishes and feelings about moving back to his mum's will be ascertained and considered.",
    "Lowri's views on family time with her dad are to be obtained before the review.",
    "Tomos's wishes about where he lives will be written down and considered.",
    # a placement the child stays in or is moved from is the care system's, as before
    "Macsen will not be moved from his placement before his exams.",
    "Nel will stay in her placement until she is eighteen.",
    # a plan used that is not the child's own, or a service used
    "Osian will use the safety plan drawn up by the crisis team.",
    "Osian will use the counselling service at college.",
    # a provider made to act, with the bare verb after it
    "Elis will have an occupational therapist visit his bedroom to advise on blinds.",
    "Carys will have the school nurse check her inhaler technique each term.",
    "Ioan will have a CPN come to see him at home every week.",
    "Sioned will get her social worker to visit less often once the plan ends.",
    # the process's documents and moves of school and early years, had
    "Rhodri will have a managed move to another secondary school.",
    "Nel will have a communication passport at nursery.",
    "Efa will have a pupil passport that all her teachers read.",
]

GOOD = [
    # the child's own day: her own fare, her family's money, her own wages
    "Nia will pay her own bus fare to college and keep her ticket safe.",
    "Gethin's trip costs will be paid by his dad.",
    "Ioan will pay for his own football boots out of his savings.",
    "Efa will know how much her bus fare costs and have the right change ready.",
    "Sioned's gym fees will be paid from her own wages from the café.",
    "Carys will save half her pocket money each week towards the school trip.",
    # a placement the child goes missing or runs away from is where she sets out, as 'from the hostel' is
    "Nel will not go missing from her placement at night over the summer holidays.",
    "Macsen will not run away from his foster placement and will be home by nine.",
    "Lowri will not go missing overnight from her residential placement again.",
    # a plan of the child's own that she uses herself: her own coping
    "Osian will use his safety plan when he feels like hurting himself and ring his sister.",
    "Sioned will use her calm-down plan and go to her room when she is angry.",
    "I will use my coping plan when I cannot sleep and listen to my music.",
    # the child sharing her wishes with her family
    "Rhodri will tell his mum his wishes about the holidays.",
    # people of the child's own life made to act, and her own passport
    "Elis will have Nain visit every Sunday and bake with her.",
    "Carys will have her friends come over for tea on Fridays.",
    "Ioan will have his dog walk with him to the bus stop.",
    "Sioned will get her passport and go to Spain with her dad.",
    "Nel will move to the big room at nursery with her friends.",
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
