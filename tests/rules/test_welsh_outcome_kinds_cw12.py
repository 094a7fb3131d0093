"""Welsh outcomes of the kinds session 36's blind Welsh round (helper cw12) found on kinds of plan no Welsh round had
met, written here as sentences of our own (never corpus rows), each kind by its shape:

- housed or moved by the process into a place the council or the care system gives: the passive of 'cartrefu',
  'ailgartrefu', 'lletya' ('Caiff Jac ei gartrefu mewn llety brys', as 'housed in emergency accommodation'), a move
  from one place to such a place ('cael ei symud o'r hostel i lety â chymorth'), and living in a bed and breakfast;
  moving to his own flat or to live with his uncle is his own step;
- a control, a filter or a monitoring app the adults put on the child's phone or computer ('Bydd hidlydd yn cael ei
  osod ar liniadur Nia', 'Bydd rheolaethau rhieni ar ffôn Nia'), where setting her own phone to go quiet is her day;
- medication had, as a prescription ('cael meddyginiaeth ADHD'), where his tablet taken with breakfast is his day;
- the short-break house or a respite centre kept to at a frequency ('mynd i'r tŷ seibiant byr un noson yr wythnos'),
  where sleeping there and enjoying it stays her day, as the English corpus reads it; and a short-break carer is one
  of the child's carers, as a foster carer is: having one is provision ('cael gofalwr seibiant'), going to the beach
  with her is the child's day (the dev false alarm);
- life journey work and structured education on a condition had, as life story work already was."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused

HOUSING_POOR = [
    ("Caiff Deio ei gartrefu mewn llety dros dro.", ["Deio"]),
    ("Bydd Deio yn cael ei ailgartrefu gan y cyngor.", ["Deio"]),
    ("Bydd Deio yn cael ei symud o'r hostel i lety â chymorth.", ["Deio"]),
    ("Bydd Deio yn cael ei symud o'r lloches i lety dros dro.", ["Deio"]),
    ("Bydd Deio yn aros mewn gwely a brecwast nes bydd fflat ar gael.", ["Deio"]),
]
HOUSING_GOOD = [
    ("Bydd Deio yn symud o'r hostel i'w fflat ei hun ac yn talu ei rent bob mis.", ["Deio"]),
    ("Bydd Deio yn symud i fyw gyda'i ewythr ac yn dal y bws i'r gwaith.", ["Deio"]),
    ("Bydd Deio yn cael brecwast gyda'i nain cyn mynd i'r coleg.", ["Deio"]),
]
CONTROLS_POOR = [
    ("Bydd hidlydd yn cael ei osod ar liniadur Nia.", ["Nia"]),
    ("Bydd rheolaethau rhieni ar ffôn Nia.", ["Nia"]),
    ("Bydd meddalwedd hidlo wedi'i osod ar gyfrifiadur y teulu erbyn diwedd y mis.", ["Nia"]),
]
CONTROLS_GOOD = [
    ("Bydd Nia yn gosod ei ffôn i dawelu am naw o'r gloch ac yn mynd i gysgu.", ["Nia"]),
    ("Bydd Nia yn blocio dieithriaid ar ei ffôn ac yn dweud wrth ei thad amdanyn nhw.", ["Nia"]),
]
MEDICATION_POOR = [
    ("Bydd Gruff yn cael meddyginiaeth ADHD.", ["Gruff"]),
    ("Bydd Gruff yn derbyn meddyginiaeth gan y pediatregydd.", ["Gruff"]),
]
MEDICATION_GOOD = [
    ("Bydd Gruff yn cymryd ei dabled gyda'i frecwast heb gael ei atgoffa.", ["Gruff"]),
    ("Bydd Gruff yn cael ei feddyginiaeth gan Mam bob bore cyn ysgol.", ["Gruff"]),
]
SHORT_BREAKS_POOR = [
    ("Bydd Alaw yn mynd i'r tŷ seibiant byr un noson yr wythnos.", ["Alaw"]),
    ("Bydd Alaw yn cael arhosiad dros nos yn y ganolfan seibiant bob mis.", ["Alaw"]),
    ("Bydd Alaw yn cael gofalwr seibiant newydd.", ["Alaw"]),
    ("Caiff Alaw ofalwr seibiant.", ["Alaw"]),
]
SHORT_BREAKS_GOOD = [
    ("Bydd Alaw yn mynd i nofio gyda'i gofalwr seibiant ac yn chwerthin yn y dŵr.", ["Alaw"]),
    ("Bydd Alaw yn cysgu'n dawel yn y tŷ seibiant byr ac yn mwynhau ei brecwast yno.", ["Alaw"]),
    ("Bydd Alaw yn cael arhosiad dros nos yn nhŷ ei ffrind gorau.", ["Alaw"]),
]
LIFE_WORK_POOR = [
    ("Bydd Sion yn cael gwaith taith bywyd gyda'i weithiwr cymdeithasol.", ["Sion"]),
    ("Bydd Sion yn cael addysg strwythuredig am ei asthma.", ["Sion"]),
]
LIFE_WORK_GOOD = [
    ("Bydd Sion yn dangos ei lyfr lluniau o'i wyliau i Dad.", ["Sion"]),
    ("Bydd Sion yn defnyddio ei anadlydd cyn chwarae pêl-droed.", ["Sion"]),
]


@pytest.mark.parametrize(("text", "children"),
                         HOUSING_POOR + CONTROLS_POOR + MEDICATION_POOR + SHORT_BREAKS_POOR + LIFE_WORK_POOR)
def test_found(text: str, children: list[str]) -> None:
    assert is_service_focused(text, children)


@pytest.mark.parametrize(("text", "children"),
                         HOUSING_GOOD + CONTROLS_GOOD + MEDICATION_GOOD + SHORT_BREAKS_GOOD + LIFE_WORK_GOOD)
def test_silent(text: str, children: list[str]) -> None:
    assert not is_service_focused(text, children)
