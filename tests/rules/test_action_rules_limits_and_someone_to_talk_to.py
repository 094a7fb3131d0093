"""Shorthand actions of the kinds the session-30 blind set showed missed (issue 12), in both languages: someone to
talk to with nobody named, arrangements of any kind to make, a limit with the amount left open, rules, advice or
an agreement kept to (Welsh), help or rules to put in place or set (Welsh), a state of the home (Welsh); and, for
precision, stopping a behaviour named by any verb, a feeling that 'gets too much' and 'each other'. None of these
sentences is a corpus row: they are written here from the kinds, both ways."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import shorthand_reason
from tests.helpers import found, line_of, merge

AIM = "names an aim or a thought, not what anyone will do"
OPEN = "leaves it open what will be done and when"


def reason(text: str) -> str | None:
    found_reason = shorthand_reason(text)
    return None if found_reason is None else str(found_reason)


@pytest.mark.parametrize(("text", "expected"), [
    # someone to talk to, nobody named: a condition does not say whom
    ("Dad to talk to someone when he feels stressed.", f"'talk to someone' {AIM}"),
    ("Lowri will speak to a trusted adult if she is worried.", f"'speak to a trusted adult' {AIM}"),
    ("Mum to reach out to somebody when things get hard.", f"'reach out to somebody' {AIM}"),
    # arrangements of any kind, with nothing said of when or how ('if he is using' is drug use, not a means)
    ("Dad to make appropriate arrangements for the children's care if he is using.",
     f"'make appropriate arrangements' {AIM}"),
    ("Mum will make childcare arrangements for the school holidays.", f"'make childcare arrangements' {AIM}"),
    # a limit with the amount left open
    ("Nain to limit Elin's screen time.", f"'limit Elin's screen time' {AIM}"),
    ("Dad to cut down on his drinking.", f"'cut down' {AIM}"),
    ("Mum will restrict the boys' gaming.", f"'restrict the boys' gaming' {AIM}"),
])
def test_english_kinds_left_open_are_shorthand(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize("text", [
    "Dad will ring Nain or his sponsor Gareth when he feels stressed.",  # whom he will talk to
    "Talk to someone at the school office if Osian is not collected by 3.30.",
    "Dad to make arrangements for Nain to have the boys every Saturday night.",
    "Limit screen time to an hour after school, with the tablet handed back at 6.",  # how much
    "Dad to cut down to two cans on a Saturday, aiming to stop completely.",
    "Nain will limit Dad's contact to Saturdays at her house.",  # a limit that is not an amount
    # stopping a behaviour named by what is done is a behaviour the adult will not do
    "Cai to stop looking at extremist videos online.",
    "Mum to stop posting photos of the children on Facebook.",
    # a feeling that 'gets too much' says when, not how much
    "If the crying gets too much, Dad will put Efa in her cot, go into the garden for five minutes and come back.",
    "When it is too much, Mum will ring her sister Mair and ask her to come round.",
])
def test_the_same_kinds_said_in_full_are_not(text):
    assert reason(text) is None


def test_stopping_an_avoidance_and_drinking_too_much_stay_shorthand():
    assert reason("Dad to stop missing appointments.") is not None
    assert reason("Mum not to drink too much.") == f"'too much' {OPEN}"


def test_each_other_is_not_a_time():
    assert reason("The family to support each other.") == "'The family to' names nobody and no behaviour"
    assert reason("The family will sit down to tea together each evening.") is None


@pytest.mark.parametrize(("text", "words"), [
    ("Dad i siarad â rhywun pan fydd dan straen.", "siarad â rhywun"),
    ("Ffion i ddilyn rheolau'r tŷ.", "ddilyn rheolau"),
    ("Dad i gadw at yr amodau.", "gadw at yr amodau"),
    ("Mam i ddilyn cyfarwyddiadau'r meddyg.", "ddilyn cyfarwyddiadau"),
    ("Mam i wneud trefniadau addas pan fydd hi allan.", "wneud trefniadau"),
    ("Rhoi cymorth ar waith cyn gynted â phosibl.", "Rhoi cymorth ar waith"),
    ("Mam i osod rheolau sylfaenol.", "osod rheolau"),
    ("Gosod ffiniau cadarn i Cai.", "Gosod ffiniau"),
    ("Nain i gyfyngu ar amser sgrin Elin.", "gyfyngu ar amser"),
    ("Dad i dorri i lawr ar ei yfed.", "dorri i lawr ar ei yfed"),
    ("Cadw'r tŷ yn lân ac yn daclus.", "Cadw'r tŷ yn lân"),
])
def test_welsh_kinds_left_open_are_shorthand(text, words):
    assert reason(text) == f"'{words}' {OPEN}"


@pytest.mark.parametrize("text", [
    "Bydd Dad yn ffonio Nain neu ei noddwr Gareth pan fydd dan straen.",
    "Ffion i ddilyn rheolau'r tŷ: adref erbyn deg ar nos Wener a thecstio os bydd hi'n hwyr.",
    "Mam i wneud trefniadau i Nain warchod y plant pan fydd hi allan.",
    "Mam i wneud trefniadau erbyn dydd Gwener i Anti Catrin warchod y plant nos Sadwrn.",
    "Rhoi'r siart sêr ar waith bob nos amser gwely o ddydd Llun ymlaen.",
    "Mam i osod rheolau: dim ffôn wrth y bwrdd a gwely erbyn naw.",
    "Nain i gyfyngu amser sgrin Elin i awr y dydd.",
    "Cadw'r tŷ yn daclus drwy olchi'r llestri bob nos.",
    "Bydd Dad yn gosod larwm mwg yn y cyntedd erbyn dydd Sadwrn.",  # a thing set up, not rules
    "Bydd Mam yn gosod rheolaethau rhieni ar lechen Elin erbyn dydd Gwener.",
])
def test_the_welsh_kinds_said_in_full_are_not(text):
    assert reason(text) is None


# --- the rule in a case: exact rule and line --------------------------------------------------------------

PLAN = """\
goals:
  - id: screens
    title: Sleeping well on school nights
    concern: Elin is on her tablet until after midnight and falls asleep in class.
    impact:
      elin: Elin is tired and cross at school and misses her lessons.
    outcome: Elin goes to sleep by ten on school nights and is awake in class.
    rationale: Elin's teacher says she has fallen asleep in class three times this term.
    ladder:
      - Elin is on her tablet past midnight most nights.
      - Elin hands her tablet in by ten on most nights.
      - Elin is asleep by ten every school night.
    good_enough: 2
    actions:
      - who: carys
        what: Mum to limit Elin's screen time.
        by: 2026-12-04
        how_we_will_know: Elin's teacher says she is awake in class.
"""


def test_a_limit_left_open_is_found_at_its_line():
    text = merge(PLAN)
    assert found(text, "shorthand-action") == [("shorthand-action", line_of(text, "what: Mum to limit"))]


def test_the_limit_said_in_full_passes():
    text = merge(PLAN.replace("Mum to limit Elin's screen time.",
                              "Mum will take Elin's tablet at 9pm every school night and charge it in the kitchen."))
    assert found(text, "shorthand-action") == []
