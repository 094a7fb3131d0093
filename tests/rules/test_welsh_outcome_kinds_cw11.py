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


# The Welsh twins of kinds the oe10 English round taught (session 35), in sentences of our own: needs met in a home the
# family gives ('mewn cartref cariadus', as 'met in a loving home') are the family's day, where a home of the care system
# or 'gartref' alone stays found, as in English; the process's papers had ('cael copi o'i chynllun', as 'have a copy of
# her plan') and a drug or alcohol test done to the young person ('cael prawf cyffuriau', as 'be drug tested') are found,
# where a copy of her own drawing or a driving test is her own day.
TWINS_POOR = [
    ("Bydd anghenion Cai yn cael eu diwallu mewn cartref preswyl.", ["Cai"]),
    ("Bydd anghenion Cai yn cael eu diwallu mewn cartref maeth.", ["Cai"]),
    ("Bydd anghenion Cai yn cael eu diwallu gartref.", ["Cai"]),
    ("Bydd Mali yn cael copi o'i chynllun.", ["Mali"]),
    ("Caiff Mali gopi o gofnodion y cyfarfod.", ["Mali"]),
    ("Bydd Cai yn cael copïau o'r adroddiadau cyn y gynhadledd.", ["Cai"]),
    ("Bydd Cai yn cael prawf cyffuriau ym mhob sesiwn.", ["Cai"]),
    ("Bydd Cai yn cael profion alcohol bob wythnos.", ["Cai"]),
]
TWINS_GOOD = [
    ("Bydd anghenion Cai yn cael eu diwallu mewn cartref cariadus.", ["Cai"]),
    ("Bydd anghenion Cai yn cael eu diwallu mewn cartref teuluol diogel.", ["Cai"]),
    ("Bydd anghenion Cai yn cael eu diwallu gan Mam a Dad.", ["Cai"]),
    ("Bydd Mali yn cael copi o'r llun a dynnodd hi yn yr ysgol.", ["Mali"]),
    ("Bydd Mali yn gwneud copi o'i llun i Nain.", ["Mali"]),
    ("Bydd Cai yn cael prawf gyrru cyn ei ben-blwydd yn ddeunaw.", ["Cai"]),
]


@pytest.mark.parametrize(("text", "children"), TWINS_POOR)
def test_twins_of_oe10_found(text: str, children: list[str]) -> None:
    assert is_service_focused(text, children)


@pytest.mark.parametrize(("text", "children"), TWINS_GOOD)
def test_twins_of_oe10_silent(text: str, children: list[str]) -> None:
    assert not is_service_focused(text, children)
