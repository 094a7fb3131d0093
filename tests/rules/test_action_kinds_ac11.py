"""Shorthand actions of the kinds the session-35 blind set (ac11) showed read wrongly (issue 12), in both languages.

Its dev part showed, left open and missed: plans or help to be in place with nothing said of them ('ensure robust
plans are in place'), a visit whose purpose is to watch and watching the parents' care ('visit weekly to observe the
parents' routines'), working with a service named, however long ('work with the X service for nine months on the
goals in their plan'), a service offered whose purpose is itself a process ('offered mediation to help them agree
contact'), a process to follow ('follow the legal process if ...'), and in Welsh discussing ('trafod'), where 'cyn
gynted â phosibl' (as soon as possible) had been read as a time; and, for precision, supervising someone's activity
written with a possessive ('supervise Lili's video call', where 'Lili'' had been read as a person) and in Welsh 'ar
yr un pryd' (at the same time) and 'pob dos' (every dose) as times. Probes of our own on the round's kinds, written after
the blind measurement, added: knowing what to do with nothing said of it ('make sure everyone knows what to do if...',
'gwneud yn siŵr bod pawb yn gwybod beth i'w wneud'), and a plan to be agreed or drawn up in the passive ('a birth
plan will be agreed before the baby is born'); a second batch, sessions whose purpose is feelings to understand or
manage ('regular sessions with the counsellor to help her manage her anxiety'). None of these sentences is a corpus row: they
are written here from the kinds, both ways."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand, shorthand_reason

AIM = "names an aim or a thought, not what anyone will do"
PROCESS = "names a process or a service, not what will change"
WATCH = "says who will watch or pass on worries, not what they will look for or do"


def reason(text: str) -> str | None:
    found_reason = shorthand_reason(text)
    return None if found_reason is None else str(found_reason)


@pytest.mark.parametrize(("text", "expected"), [
    # plans or help in place, with nothing said of them
    ("Ensure clear safety plans are in place before Cerys comes home.",
     f"'Ensure clear safety plans are in place' {AIM}"),
    ("Make sure the right support is in place for the twins.", f"'Make sure the right support is in place' {AIM}"),
    # a visit to watch, and watching the parents' care
    ("The health visitor will visit fortnightly to observe Mum's care of the baby.",
     f"'visit fortnightly to observe' {WATCH}"),
    ("Social worker to observe the parents' interactions with Jac.", f"'observe the parents' interactions' {WATCH}"),
    # working with a service named
    ("Dad will work with the drug and alcohol service over the next six months.",
     f"'work with the drug and alcohol service' {PROCESS}"),
    ("Mam to work closely with the early help team.", f"'work closely with the early help team' {PROCESS}"),
    # a service offered, its purpose itself a process
    ("Nain and Taid will be offered mediation.", f"'be offered mediation' {PROCESS}"),
    ("The parents will be offered family mediation to help them agree how the children spend Christmas.",
     f"'be offered family mediation' {PROCESS}"),
    # a process to follow
    ("Dad will follow the complaints process if he disagrees with the decision.",
     f"'follow the complaints process' {PROCESS}"),
    ("Foster carers to follow the agreed process.", f"'follow the agreed process' {PROCESS}"),
    # knowing what to do, with nothing said of it (probes)
    ("Make sure everyone knows what to do if Elis has a seizure.",
     f"'Make sure everyone knows what to do' {AIM}"),
    ("Gwneud yn siŵr bod pawb yn gwybod beth i'w wneud os bydd Elis yn cael trawiad.",
     "'gwybod beth i'w wneud' leaves it open what will be done and when"),
    # a plan agreed or drawn up, in the passive (probes)
    ("A safety plan will be drawn up with Seren.", f"'plan will be drawn up' {PROCESS}"),
    ("The contact plan and the discharge plan will be agreed before the baby is born.",
     f"'plan will be agreed' {PROCESS}"),
    # sessions to help with feelings, an aim of their own (probes)
    ("Ffion will have regular sessions with the school counsellor to help her manage her anxiety.",
     f"'sessions' {PROCESS}"),
    # Welsh: discussing, as soon as possible
    ("Trafod y cynllun gyda'r teulu.", f"'Trafod' {PROCESS}"),
    ("Discuss Elis's needs with the head teacher as soon as possible.", f"'Discuss' {PROCESS}"),
])
def test_kinds_left_open_are_shorthand(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "Bydd Mam yn rhoi gwybod i'r ysgol cyn gynted â phosibl.",
    "Gwneud yn siŵr bod cymorth ar waith cyn gynted â phosibl.",
])
def test_welsh_as_soon_as_possible_is_no_time(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    # the same words in a concrete action
    "Make sure the stair gate is in place at the top of the stairs every night.",
    "Ensure the fireguard is in place whenever the fire is lit.",
    "The health visitor will visit on Monday to weigh the baby.",
    "Nain will visit every Sunday to cook dinner with the girls.",
    "Dad will work with Carys every Tuesday to plan the week's meals.",
    "The parents will be offered a place at the food bank on Thursdays so that the children have tea every night.",
    "Make sure Nain knows what to do: roll Elis onto his side and ring 999 after five minutes.",
    "Bydd Nain yn gwybod beth i'w wneud: rhoi Elis ar ei ochr a ffonio 999 ar ôl pum munud.",
    "Show Nain what to do if Elis has a seizure, using the card from the nurse.",
    "A written plan with the numbers to ring will be stuck on the fridge door by Friday.",
    "Dad will take Cai to the boxing club every Tuesday to help him manage his anger.",
    "Social worker to do direct work with Osian to help him understand why he cannot live with Dad.",
    # someone's activity supervised, written with a possessive
    "Nain will supervise Osian's bath every night.",
    "Supervise Mali's phone calls with her brother on Sundays at six.",
    # Welsh: as soon as a thing happens is a time; the same time, every dose
    "Bydd Mam yn ffonio'r ysgol cyn gynted ag y bydd hi'n cyrraedd adref.",
    "Bydd Nain yn ysgrifennu pob dos yn y llyfr ar yr un pryd.",
])
def test_concrete_actions_with_the_same_words_stay_silent(text):
    assert not is_shorthand(text)


def test_a_person_supervised_is_still_watching():
    assert reason("Anti Sian will supervise Gethin when he is online.") == f"'supervise Gethin' {WATCH}"


# The adult's understanding of the risks or the concerns as the purpose is an aim with no behaviour in it, as 'to help
# her understand and manage her feelings' above (session 35, probes of our own after ac11); understanding how to do a
# thing, or a purpose that is a state of the child's day, stays concrete.
@pytest.mark.parametrize("text", [
    "Mum will engage in a piece of work with the domestic abuse worker around healthy relationships, building on the"
    " work she has already started, so that she understands the risks to the children.",
    "Dad will take part in sessions with the drug worker so that he has insight into the concerns.",
    "The family support worker will do some work with both parents to help them understand the impact on the children.",
])
def test_understanding_the_risks_as_the_purpose_is_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Mum will go to the asthma nurse with Cai on 3 May so that she understands how to give his inhaler.",
    "Dad will show Nain how to use the stair gate so that she understands how it locks.",
    "Mum will ring the school by 9.30 on any day Cai is off so that the school knows where he is.",
])
def test_understanding_how_to_do_a_thing_stays_concrete(text):
    assert not is_shorthand(text)
