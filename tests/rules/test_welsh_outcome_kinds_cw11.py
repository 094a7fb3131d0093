"""Welsh outcomes of two kinds session 35 (helper cw11) fixed before its corpus work, written here as sentences of our
own (never corpus rows), each kind by its shape:

- help the child has from one who comes 'to help him' ('cael ... i'w helpu'): a professional or a service who helps is
  provision ('cael gweithiwr cymorth i'w helpu', as 'will have a support worker to help him'), where his own father,
  Nain or sister as the one who helps is the family's day ('cael ei dad i'w helpu gyda'i waith cartref');
- the child's views or wishes heard in the passive: heard by the process is found ('barn Nia yn cael ei chlywed yn y
  gynhadledd', as 'her views will be heard at conference'), where heard by her own family is her family's day ('barn
  Nia yn cael ei chlywed gan ei theulu')."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused

HELPER_POOR = [
    ("Bydd Jac yn cael gweithiwr cymorth i'w helpu gyda'i waith cartref.", ["Jac"]),
    ("Bydd Osian yn cael mentor i'w gefnogi yn yr ysgol.", ["Osian"]),
    ("Bydd Megan yn cael gweithiwr ieuenctid i'w chefnogi ar ôl ysgol.", ["Megan"]),
]
HELPER_GOOD = [
    ("Bydd Jac yn cael ei dad i'w helpu gyda'i waith cartref bob nos.", ["Jac"]),
    ("Bydd Osian yn cael ei nain i'w helpu i bobi bara ar ddydd Sadwrn.", ["Osian"]),
    ("Bydd Megan yn cael ei chwaer i'w helpu i baratoi ei bag ysgol.", ["Megan"]),
    ("Bydd ei dad yn dod i'w weld bob dydd Sul.", ["Cai"]),
]
HEARD_POOR = [
    ("Bydd barn Nia yn cael ei chlywed yn y gynhadledd.", ["Nia"]),
    ("Bydd dymuniadau Tomos yn cael eu casglu cyn y cyfarfod.", ["Tomos"]),
]
HEARD_GOOD = [
    ("Bydd barn Nia yn cael ei chlywed gan ei theulu pan fyddan nhw'n cynllunio'r penwythnos.", ["Nia"]),
    ("Bydd teimladau Tomos yn cael eu clywed gan ei fam amser swper.", ["Tomos"]),
]


@pytest.mark.parametrize(("text", "children"), HELPER_POOR + HEARD_POOR)
def test_found(text: str, children: list[str]) -> None:
    assert is_service_focused(text, children)


@pytest.mark.parametrize(("text", "children"), HELPER_GOOD + HEARD_GOOD)
def test_silent(text: str, children: list[str]) -> None:
    assert not is_service_focused(text, children)
