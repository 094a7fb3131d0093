"""Welsh outcomes of kinds that session 33's second blind Welsh round on new kinds of plan (children with a parent in
prison, disabled young people's transition to adult services, Gypsy, Roma and Traveller children, teenage parents, late
immersion in Welsh-medium education, bereavement) showed the reading missed on its dev part or in probe sentences
written after the blind measurement, written here as sentences of our own (never corpus rows), each kind by its shape:

- the child's costs, fees or fares paid, refunded or funded by the plan ('costau teithio Nia yn cael eu talu', 'Caiff
  ffioedd clwb Elis eu talu', 'tocynnau bws Rhys wedi eu talu'), as 'her travel costs will be paid': money handed over
  on the child's behalf, where the family paying them, or the young person paying for her own things from her wage, is
  the family's or her own day;
- the move to adult services as the process's step, the subject of a passive or what there will be ('trosglwyddiad Ffion
  i wasanaethau oedolion yn cael ei gynllunio', 'Bydd y trosglwyddiad wedi'i gwblhau'), as 'Ffion's transition will be
  planned', where moving into her own flat or choosing her college course is hers;
- a bereavement group or course had or gone to ('cael grŵp galar', 'mynd i gwrs profedigaeth'), as 'a grief group', where
  visiting her brother's grave with Mam or making a memory box with Nain is her day.

Left alone on purpose: a young person going to the gym with his personal assistant ('mynd i'r gampfa gyda'i gynorthwyydd
personol'), which the Welsh reading, like the English ('with her support worker'), reads on purpose as a change done
with a provider; and a video call with a father in prison ('cael galwad fideo gyda'i dad'), which a plan may mean as the
contact the plan arranges or as the child's own time with his father."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused

COSTS_POOR = [
    ("Bydd costau teithio Nia i'r coleg yn cael eu talu.", ["Nia"]),
    ("Caiff ffioedd clwb nofio Elis eu talu bob tymor.", ["Elis"]),
    ("Bydd tocynnau bws Rhys wedi eu talu am y flwyddyn.", ["Rhys"]),
    ("Bydd costau gofal plant Sioned yn cael eu hariannu drwy'r cynllun.", ["Sioned"]),
    ("Caiff costau ymweld Gethin â'r carchar eu had-dalu.", ["Gethin"]),
]
COSTS_GOOD = [
    ("Bydd costau teithio Nia yn cael eu talu gan ei thad.", ["Nia"]),
    ("Bydd Ffion yn talu am ei thocynnau bws o'i chyflog bob wythnos.", ["Ffion"]),
    ("Bydd Sioned yn talu costau ei ffôn ei hun.", ["Sioned"]),
    ("Bydd Elis yn deall bod costau byw yn uchel ac yn cynilo ei arian poced.", ["Elis"]),
]
TRANSITION_POOR = [
    ("Bydd trosglwyddiad Ffion i wasanaethau oedolion yn cael ei gynllunio o 14 oed.", ["Ffion"]),
    ("Bydd y trosglwyddiad i'r tîm oedolion wedi'i gwblhau cyn pen-blwydd Rhys yn 18.", ["Rhys"]),
    ("Bydd trosglwyddiadau Osian rhwng gwasanaethau yn cael eu cydlynu.", ["Osian"]),
]
TRANSITION_GOOD = [
    ("Bydd Ffion yn symud i'w fflat ei hun ac yn coginio ei swper ar nos Wener.", ["Ffion"]),
    ("Bydd Rhys yn dewis ei gwrs yn y coleg ac yn mynd i'r diwrnod agored gyda'i fam.", ["Rhys"]),
    ("Bydd Osian yn dal y bws i'r coleg ar ei ben ei hun.", ["Osian"]),
]
BEREAVEMENT_POOR = [
    ("Bydd Dafydd yn cael grŵp galar i blant bob pythefnos.", ["Dafydd"]),
    ("Bydd Mali yn mynd i gwrs profedigaeth yn yr hosbis.", ["Mali"]),
    ("Bydd Dafydd yn ymuno â'r grŵp profedigaeth yn yr ysgol.", ["Dafydd"]),
]
BEREAVEMENT_GOOD = [
    ("Bydd Dafydd yn mynd at fedd ei frawd gyda Mam ac yn rhoi blodau yno.", ["Dafydd"]),
    ("Bydd Mali yn gwneud blwch atgofion am ei thaid gyda'i nain.", ["Mali"]),
    ("Byddaf i'n gallu siarad am Dad heb grio bob tro.", ["Dafydd"]),
]


@pytest.mark.parametrize(("text", "names"), COSTS_POOR + TRANSITION_POOR + BEREAVEMENT_POOR)
def test_service_kinds_are_found(text, names):
    assert is_service_focused(text, names), text


@pytest.mark.parametrize(("text", "names"), COSTS_GOOD + TRANSITION_GOOD + BEREAVEMENT_GOOD)
def test_the_childs_own_day_is_not_reported(text, names):
    assert not is_service_focused(text, names), text
