"""Welsh outcomes of the kinds session 34's ninth blind English round (oe9) taught the English reading, and of two shapes
of 'needs met' a probe found the Welsh reading missed, written here as sentences of our own (never corpus rows), each
kind by its shape:

- the child's wishes, views, voice or needs put to the process in the passive, with what they are about between, after
  the one-word forms of 'cael' or as what will have been done ('Caiff barn Nia am yr ysgol newydd ei chlywed', 'Caiff
  anghenion Mali eu diwallu gan ei gofalwyr maeth', 'Bydd dymuniadau Jac wedi'u canfod'), as 'his wishes and feelings
  about going home will be ascertained', 'her needs will be met by her foster carers'; and the child let have them met
  ('cael diwallu ei hanghenion emosiynol', as 'will have her emotional needs met'), where the child saying her wishes
  herself, or asking for what she needs, is her own voice;
- a managed move ('symud wedi'i reoli', 'symudiad wedi'i reoli') and a communication or pupil passport had ('Bydd gan
  Harri basbort cyfathrebu'), where moving school with his brother, or showing his passport to his new teacher, is his;
- a provider made to act for the child ('cael y nyrs ysgol i wirio ei hanadlydd', found already), where Nain or a
  friend made to come is the child's day;
- two silences: a placement the child goes missing, runs away or escapes from is where she sets out ('Ni fydd Erin yn
  mynd ar goll o'i lleoliad'), as 'from the hostel' is, where staying in it or moving from it stays the care system's;
  and a plan of her own for the moment she struggles, used or followed, is her own coping ('defnyddio ei chynllun
  diogelwch pan ddaw'r meddyliau'), where a plan drawn up by a team, or her care and support plan, stays the service's.
"""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused

WISHES_AND_NEEDS_POOR = [
    ("Bydd dymuniadau a theimladau Jac am fynd adref yn cael eu canfod a'u hystyried.", ["Jac"]),
    ("Bydd barn Nia ynglŷn â'r ysgol newydd yn cael ei chlywed.", ["Nia"]),
    ("Caiff barn Nia am yr ysgol newydd ei chlywed.", ["Nia"]),
    ("Caiff dymuniadau a theimladau Jac am fynd adref eu canfod.", ["Jac"]),
    ("Bydd dymuniadau Jac wedi'u canfod cyn y gynhadledd.", ["Jac"]),
    ("Caiff anghenion Mali eu diwallu gan ei gofalwyr maeth.", ["Mali"]),
    ("Caiff anghenion emosiynol Ffion eu diwallu.", ["Ffion"]),
    ("Bydd Ffion yn cael diwallu ei hanghenion emosiynol.", ["Ffion"]),
    ("Bydd Ffion yn cael diwallu ei holl anghenion.", ["Ffion"]),
    ("Bydd anghenion sylfaenol Tomos yn cael eu diwallu.", ["Tomos"]),
    ("Bydd anghenion Nia yn parhau i gael eu diwallu gartref.", ["Nia"]),
    ("Bydd yr ysgol yn diwallu anghenion dysgu ychwanegol Jac.", ["Jac"]),
]
WISHES_AND_NEEDS_GOOD = [
    ("Bydd Nia yn dweud wrth Mam beth mae hi eisiau.", ["Nia"]),
    ("Bydd Nia yn dweud beth yw ei barn am yr ysgol newydd.", ["Nia"]),
    ("Bydd Jac yn gallu dweud wrth ei fam am ei deimladau am fynd adref.", ["Jac"]),
    ("Bydd Ffion yn rhannu ei dymuniadau gyda'i nain.", ["Ffion"]),
    ("Bydd Ella yn dweud wrth Mam pan fydd angen help arni.", ["Ella"]),
    ("Bydd Mali yn gofyn am yr hyn sydd ei angen arni amser cinio.", ["Mali"]),
    ("Bydd Seren yn cyrraedd ei tharged darllen.", ["Seren"]),
    ("Bydd Seren yn diwallu ei syched drwy yfed dŵr.", ["Seren"]),
]
MOVES_AND_PASSPORTS_POOR = [
    ("Bydd Dewi yn cael symud wedi'i reoli i ysgol arall.", ["Dewi"]),
    ("Bydd Dewi yn cael symudiad wedi'i reoli i ysgol arall.", ["Dewi"]),
    ("Bydd Dewi yn symud i ysgol arall drwy symudiad wedi'i reoli.", ["Dewi"]),
    ("Bydd gan Harri basbort cyfathrebu.", ["Harri"]),
    ("Bydd Harri yn cael pasbort disgybl.", ["Harri"]),
]
MOVES_AND_PASSPORTS_GOOD = [
    ("Bydd Dewi yn symud i ysgol newydd gyda'i frawd ac yn gwneud ffrindiau.", ["Dewi"]),
    ("Bydd Dewi yn symud yn dawel o un wers i'r llall.", ["Dewi"]),
    ("Bydd Harri yn dangos ei basbort cyfathrebu i'w athrawes newydd.", ["Harri"]),
    ("Bydd Harri yn defnyddio ei basbort cyfathrebu i ddweud wrth ei athro newydd beth mae'n ei hoffi.", ["Harri"]),
    ("Bydd Harri yn cael pasbort newydd i fynd ar wyliau i Sbaen.", ["Harri"]),
]
PROVIDERS_MADE_TO_ACT_POOR = [
    ("Bydd Mali yn cael y nyrs ysgol i wirio ei hanadlydd.", ["Mali"]),
    ("Bydd Osian yn cael therapydd galwedigaethol i ymweld â'i ystafell wely.", ["Osian"]),
    ("Caiff Mali y nyrs ysgol i wirio ei hanadlydd bob bore.", ["Mali"]),
    ("Bydd Mali yn cael y ffisiotherapydd i ddangos ymarferion newydd iddi.", ["Mali"]),
    # from the probes: a provider not otherwise 'seen' by the child, made to act
    ("Bydd Tomos yn cael y deietegydd i lunio cynllun bwyd iddo.", ["Tomos"]),
    ("Caiff Nia ei gweithiwr ieuenctid i siarad â hi bob wythnos.", ["Nia"]),
]
PROVIDERS_MADE_TO_ACT_GOOD = [
    ("Bydd Mali yn cael Nain i ymweld bob dydd Sul.", ["Mali"]),
    ("Bydd Mali yn cael ei ffrind i ddod i de.", ["Mali"]),
    ("Bydd Jac yn cael Taid i fynd ag ef i bysgota.", ["Jac"]),
    ("Bydd Gwen yn cael Mam i frwsio ei gwallt cyn ysgol.", ["Gwen"]),
    ("Bydd Tomos yn cael ei fam i wneud brechdan iddo.", ["Tomos"]),
    ("Bydd Nia yn cael ei ffrind gorau i gysgu draw nos Wener.", ["Nia"]),
]
PLACEMENTS_AND_PLANS_POOR = [
    ("Bydd Erin yn aros yn ei lleoliad presennol.", ["Erin"]),
    ("Bydd Erin yn symud o'i lleoliad i gartref plant.", ["Erin"]),
    ("Bydd Cai yn dychwelyd i'w leoliad ar ôl mynd ar goll.", ["Cai"]),
    ("Bydd Ffion yn dilyn ei chynllun diogelwch a luniwyd gan y tîm CAMHS.", ["Ffion"]),
    ("Bydd Erin yn defnyddio'r cynllun diogelwch a luniwyd gan y tîm argyfwng.", ["Erin"]),
    ("Bydd Erin yn dilyn ei chynllun gofal a chymorth.", ["Erin"]),
    ("Bydd cynllun diogelwch Ffion yn cael ei adolygu bob mis.", ["Ffion"]),
]
PLACEMENTS_AND_PLANS_GOOD = [
    ("Ni fydd Erin yn mynd ar goll o'i lleoliad.", ["Erin"]),
    ("Ni fydd Erin yn rhedeg i ffwrdd o'r cartref plant.", ["Erin"]),
    ("Ni fydd Erin yn rhedeg i ffwrdd o'i lleoliad.", ["Erin"]),
    ("Ni fydd Erin yn dianc o'i lleoliad gyda'r nos.", ["Erin"]),
    ("Ni fydd Cai yn mynd ar goll o'i leoliad maeth.", ["Cai"]),
    ("Ni fydd Seren yn diflannu o'i lleoliad.", ["Seren"]),
    ("Bydd Erin yn aros allan yn llai aml ac ni fydd yn mynd ar goll o'i lleoliad.", ["Erin"]),
    ("Bydd Erin yn defnyddio ei chynllun diogelwch pan ddaw'r meddyliau.", ["Erin"]),
    ("Bydd Erin yn defnyddio'i chynllun diogelwch i gadw ei hun yn ddiogel.", ["Erin"]),
    ("Bydd Erin yn dilyn ei chynllun diogelwch ac yn tecstio ei modryb.", ["Erin"]),
    ("Bydd Ffion yn dilyn ei chynllun ymdopi pan fydd hi'n teimlo'n bryderus.", ["Ffion"]),
    ("Bydda i'n defnyddio fy nghynllun diogelwch pan fydda i'n poeni.", ["Lowri"]),
]
POOR = PLACEMENTS_AND_PLANS_POOR + WISHES_AND_NEEDS_POOR + MOVES_AND_PASSPORTS_POOR + PROVIDERS_MADE_TO_ACT_POOR
GOOD = PLACEMENTS_AND_PLANS_GOOD + WISHES_AND_NEEDS_GOOD + MOVES_AND_PASSPORTS_GOOD + PROVIDERS_MADE_TO_ACT_GOOD


@pytest.mark.parametrize(("text", "names"), POOR)
def test_service_kinds_are_found(text, names):
    assert is_service_focused(text, names), text


@pytest.mark.parametrize(("text", "names"), GOOD)
def test_the_childs_own_day_is_not_reported(text, names):
    assert not is_service_focused(text, names), text
