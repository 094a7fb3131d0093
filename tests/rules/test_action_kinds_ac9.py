"""Shorthand actions of the kinds the session-33 blind set (ac9) showed read wrongly (issue 12), in both
languages: meeting with a worker on its own (as seeing one), an aim given as the purpose after a bare 'to' ('... to
reduce missing episodes'), a bond to build or mend with nothing said of what will be done, and a thought before
acting ('think before posting', 'meddwl cyn rhannu'); and, for precision, a step done on the days something happens
('on the days Siân works', 'ar y dyddiau mae hi'n gweithio') and telling someone in simple words ('mewn geiriau
syml'). The probes written after the blind measurement added two more: a plan to have with nothing of it written
out ('have a safety plan for when he goes missing') and keeping away from people named only by what they do to the
child ('stay away from the people who are exploiting him'). None of these sentences is a corpus row: they are written here from the kinds, both ways."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand, shorthand_reason

AIM = "names an aim or a thought, not what anyone will do"
PROCESS = "names a process or a service, not what will change"


def reason(text: str) -> str | None:
    found_reason = shorthand_reason(text)
    return None if found_reason is None else str(found_reason)


@pytest.mark.parametrize(("text", "expected"), [
    # meeting with a worker, with nothing said of what for: as seeing one
    ("Dad to meet with a substance misuse worker.", f"'meet with a substance misuse worker' {PROCESS}"),
    ("Mam will meet up with the family support worker.", f"'meet up with the family support worker' {PROCESS}"),
    # an aim as the purpose after a bare 'to': the process before it is all that is asked
    ("Work with the youth offending team to reduce the risk of reoffending.", f"'Work with the youth offending team' {PROCESS}"),
    ("Take part in the mentoring scheme to prevent further missing episodes.", f"'Take part' {PROCESS}"),
    # a bond to build or mend
    ("Rebuild her relationship with her son.", f"'Rebuild her relationship' {AIM}"),
    ("Dad to build a stronger bond with Gethin.", f"'build a stronger bond' {AIM}"),
    ("Mend family relationships.", f"'Mend family relationships' {AIM}"),
    # a thought before acting
    ("Think before posting anything online.", f"'Think before' {AIM}"),
    ("Cerys will think carefully before sharing photos.", f"'think carefully before' {AIM}"),
])
def test_english_kinds_left_open_are_shorthand(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    # the same words in a concrete action
    "Dad will meet with the substance misuse worker every Monday to go through his drinking diary.",
    "Lock the knives in the kitchen drawer to reduce the risk to the twins.",
    "Mam will ring Tomos every hour he is out to reduce missing episodes.",
    "Dad needs to reduce the number of arguments by leaving the room when he is angry.",
    "Rebuild the garden wall by the end of May.",
    "Ask Mam before posting any photos of the twins.",
    # a step done on the days something happens, and telling someone in simple words
    "Taid will look after Nia and Ifan on the days Mam works.",
    "Mam and the nurse will explain her illness to Ifan in simple words.",
])
def test_english_concrete_actions_stay_silent(text):
    assert reason(text) is None


@pytest.mark.parametrize("text", [
    "Meddwl cyn postio lluniau.",
    "Bydd Cerys yn meddwl yn ofalus cyn anfon negeseuon.",
    "Meddwl ddwywaith cyn rhannu ei rhif ffôn.",
])
def test_welsh_thought_before_acting_is_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Bydd Taid yn gofalu am Nia ac Ifan ar y dyddiau mae Mam yn gweithio.",
    "Bydd Mam a'r nyrs yn esbonio ei salwch i Ifan mewn geiriau syml.",
    "Bydd Dad yn gofyn i Nia cyn rhannu lluniau ohoni.",
])
def test_welsh_concrete_actions_stay_silent(text):
    assert not is_shorthand(text)


OPEN = "leaves it open what will be done and when"


@pytest.mark.parametrize(("text", "expected"), [
    # a plan to have, a condition does not write it out
    ("Ffion to have a crisis plan for when her mood drops.", f"'have a crisis plan' {PROCESS}"),
    ("The family will have a safety agreement in place.", f"'have a safety agreement' {PROCESS}"),
    # people named only by what they do to the child
    ("Keep away from the men who are grooming her.", f"'Keep away from the men who are grooming' {OPEN}"),
    ("Osian to stay away from older boys who have been using him to carry drugs.",
     f"'stay away from older boys who have been using' {OPEN}"),
])
def test_english_probe_kinds_are_shorthand(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "Mam will have a written plan on the fridge with the phone numbers to ring if Ffion goes missing.",
    "Have a plan for Saturday: Taid collects the boys at ten and brings them home at four.",
    "Osian will stay away from Dai Evans and the flat on Heol y Frenhines.",
])
def test_english_probe_kinds_concrete_stay_silent(text):
    assert reason(text) is None
