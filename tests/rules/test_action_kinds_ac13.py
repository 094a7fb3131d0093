"""Shorthand actions of the kind the session-36 blind set (ac13) showed read wrongly (issue 12), in both languages.

Its Welsh dev part missed one kind: working with professionals with keeping a child safe as the purpose ('gweithio
gyda'r gweithwyr proffesiynol er mwyn cadw ... yn ddiogel'). Keeping someone safe, by no means said, is an aim: as
'in order to address the concerns', it does not make a process particular. The English reading had the same gap
('work with the social worker in order to keep the children safe', '... to keep the children safe'). Keeping safe by
a means said ('by locking the back door every night', 'drwy gloi'r drws cefn bob nos') stays concrete, and so does a
concrete step with keeping safe as its purpose. None of these sentences is a corpus row: they are written here from
the kind, both ways.

Two probes of session 36 were decided and left alone (see the README section on this round): 'Dad will go to the
Caring Dads group every Wednesday so that he understands the impact of his behaviour on the children' and 'The social
worker will meet Mum weekly to help her understand the risks'. Each names who goes or meets whom and how often, a
step the plan can check, as the corpus labels 'Meet Carys every Tuesday to plan the children's meals'; the aim given
as their purpose takes nothing from the step, so they stay silent."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand, shorthand_reason

PROCESS = "names a process or a service, not what will change"


@pytest.mark.parametrize("text", [
    "Mum will work with the social worker in order to keep the children safe.",
    "Dad will work with the professionals to keep the children safe.",
    "Nain will work with the family support team so that she keeps Mabli safe.",
    "Bydd Mam yn gweithio gyda'r gweithwyr proffesiynol er mwyn cadw'r plant yn ddiogel rhag niwed.",
    "Bydd Dad yn gweithio gyda'r swyddog ieuenctid i gadw Siôn yn ddiogel.",
])
def test_working_with_someone_to_keep_a_child_safe_is_shorthand(text):
    assert is_shorthand(text)
    assert PROCESS in str(shorthand_reason(text))


@pytest.mark.parametrize("text", [
    "Mum will lock the back door every night to keep the children safe.",
    "Mum will work with the social worker to keep the children safe by locking the back door every night.",
    "Mum will need to keep the children safe by checking the gate every morning.",
    "Dad will take Leo to football every Saturday to keep him safe from the older boys.",
    "Bydd Mam yn cloi'r drws cefn bob nos er mwyn cadw'r plant yn ddiogel.",
    "Bydd Mam yn gweithio gyda'r gweithiwr cymorth er mwyn cadw'r plant yn ddiogel drwy gloi'r drws cefn bob nos.",
])
def test_keeping_safe_by_a_means_said_or_after_a_step_stays_silent(text):
    assert not is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Dad will go to the Caring Dads group every Wednesday so that he understands the impact of his behaviour on the "
    "children",
    "The social worker will meet Mum weekly to help her understand the risks",
])
def test_the_two_probes_left_alone_stay_silent(text):
    assert not is_shorthand(text)


# Probes of our own (adult mental health care plans naming children, ac13): a care coordinator is a person told or
# phoned, not the process of coordinating; coordinating itself still names a process.
@pytest.mark.parametrize("text", [
    "Mum will take her medication every morning and tell her care coordinator if she misses two days in a row.",
    "Mum will phone her care co-ordinator every Monday to say how she is sleeping.",
])
def test_a_care_coordinator_told_of_a_thing_stays_silent(text):
    assert not is_shorthand(text)


@pytest.mark.parametrize("text", ["Mum to coordinate with the care coordinator.", "Dad will co-ordinate with the school."])
def test_coordinating_itself_is_still_a_process(text):
    assert is_shorthand(text)
