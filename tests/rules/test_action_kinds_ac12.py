"""Shorthand actions of the kinds the session-36 blind set (ac12) showed read wrongly (issue 12), in both languages.

First, the Welsh twin of a kind taught to the English reading just before this round (995d0fd): the adult's
understanding of the risks or the concerns given as the purpose ('er mwyn iddi ddeall y risgiau i'r plant') is an aim
and does not make a process particular; understanding how to do a thing stays concrete.

Its dev part then showed, left open and missed: a purpose that says only that something will move forward or go well
('attend sessions with the contact service so that family time can move forward in a positive way'); influences named
only by a kind of harm ('steer away from extremist influences'); an amount or a standard left open ('reduce the clutter
to a safe level'); a process asked first and settled only by a deadline, in the shape 'The family will agree to ... by
the end of the month' (the verb asked had been counted from the start of the sentence, not from after 'will'); being
seen or visited as part of the process ('Bydd Gwion yn cael ei weld unwaith y flwyddyn fel rhan o'r asesiad'); and in
Welsh working with a professional named by role in more than one word ('gweithio gyda'r ymwelydd iechyd a'r gweithiwr
cymorth i deuluoedd ar yr holl bryderon'). Each is taught in both languages. Fifty-two probe actions of our own on the
round's kinds, written after the blind measurement, showed seven more wrong, six fixed the same way: engaging with a
framework or an officer ('engage with the children missing education officer until a school place is found'), working
with a team in a manner ('work openly with the paediatric team'), and in Welsh working with a service or a team named
('gweithio gyda'r tîm ailuno teuluoedd i ddangos...', ac11's English kind), engaging with an officer ('ymgysylltu â'r
swyddog...'), and learning how to make a change with nothing of it named ('dysgu sut i reoli diabetes Elin', read in
English through its 'to'). None of these sentences is a corpus row: they are written here from the kinds, both ways."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand, shorthand_reason

AIM = "names an aim or a thought, not what anyone will do"
PROCESS = "names a process or a service, not what will change"
WATCH = "says who will watch or pass on worries, not what they will look for or do"
OPEN = "leaves it open what will be done and when"


def reason(text: str) -> str | None:
    found_reason = shorthand_reason(text)
    return None if found_reason is None else str(found_reason)


# The Welsh of 'so that she understands the risks to the children' (probes of our own, session 36)
@pytest.mark.parametrize("text", [
    "Bydd Mam yn ymgysylltu â darn o waith gyda'r gweithiwr cam-drin domestig ar berthnasoedd iach, er mwyn iddi ddeall"
    " y risgiau i'r plant.",
    "Bydd Dad yn cymryd rhan mewn sesiynau gyda'r gweithiwr cyffuriau fel bod ganddo fewnwelediad i'r pryderon.",
    "Mam i fynychu'r rhaglen Rhyddid er mwyn iddi ddeall y risgiau i'r plant.",
    "Bydd Dad yn mynychu'r grŵp fel ei fod yn deall effaith ei yfed ar y plant.",
])
def test_welsh_understanding_the_risks_as_the_purpose_is_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Bydd Mam yn mynd at y nyrs asthma gyda Cai ar 3 Mai er mwyn iddi ddeall sut i roi ei bwmp asthma iddo.",
    "Bydd Dad yn dangos i Nain sut i ddefnyddio'r giât grisiau fel ei bod yn deall sut mae'n cloi.",
    "Bydd Mam yn mynychu'r grŵp gyda'r nyrs ar 3 Mai er mwyn iddi ddeall sut i roi'r pwmp asthma i Nel.",
])
def test_welsh_understanding_how_to_do_a_thing_stays_concrete(text):
    assert not is_shorthand(text)


# A purpose that says only that something will move forward or go well is no purpose (ac12 dev)
@pytest.mark.parametrize("text", [
    "Mum and Dad will go to the mediation sessions so that contact with Cai can move forward.",
    "Nan will take part in the sessions at the family centre so that family time goes smoothly.",
    "Dad will attend the group every week so that things can move on for the family.",
    "Bydd Mam a Dad yn mynychu'r sesiynau cyfryngu fel bod cyswllt â Cai yn gallu symud ymlaen.",
])
def test_moving_forward_as_the_purpose_is_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Nan will text Mali's mum on Friday so that family time can move forward.",
    "Dad will drive Cai to the contact centre on Saturdays so that he can go on the school trip on Monday.",
    "Bydd Nain yn anfon neges at fam Mali ddydd Gwener fel bod amser teulu yn gallu symud ymlaen.",
])
def test_a_step_with_a_time_stays_concrete_whatever_it_moves_forward(text):
    assert not is_shorthand(text)


# Influences named only by a kind of harm, and an amount or a standard left open (ac12 dev)
@pytest.mark.parametrize(("text", "words"), [
    ("Jac will see his youth worker every week to help him stay away from criminal influences.", "criminal influences"),
    ("Mum will keep Osian away from bad influences.", "bad influences"),
    ("Dad will keep the house tidy to an acceptable standard.", "to an acceptable standard"),
    ("Mum will work with the family support worker to keep the kitchen at a safe level of cleanliness.", "at a safe level"),
    ("Bydd Jac yn gweld ei weithiwr ieuenctid bob wythnos i'w helpu i gadw draw o ddylanwadau troseddol.",
     "ddylanwadau troseddol"),
    ("Bydd Mam yn lleihau'r annibendod yn y tŷ i lefel ddiogel.", "i lefel ddiogel"),
])
def test_influences_and_levels_left_open_are_shorthand(text, words):
    assert reason(text) == f"'{words}' {OPEN}"


@pytest.mark.parametrize("text", [
    "Rhys will unfollow the three extremist accounts his worker showed him, by Friday.",
    "Dad will cut his drinking to two cans on a Saturday night.",
    "Mum will keep the heating at 18 degrees in the baby's room.",
    "Bydd Mam yn cadw'r gwres ar 18 gradd yn ystafell y babi.",
])
def test_accounts_named_and_amounts_said_stay_concrete(text):
    assert not is_shorthand(text)


# A process asked first, with only a deadline, after whoever acts and 'will' (ac12 dev; English only, as the Welsh
# verb list has words of two senses: 'Bydd Nain yn cynnal parti ... ar 3 Mai' is a party held)
@pytest.mark.parametrize(("text", "words"), [
    ("The parents will agree to a parenting assessment by the end of March.", "agree to"),
    ("The family will sign up to the hoarding support service by 1 June.", "sign up"),
])
def test_a_process_with_only_a_deadline_after_will_is_shorthand(text, words):
    assert reason(text) == f"'{words}' {PROCESS}"


@pytest.mark.parametrize("text", [
    "Dad will register Cai with the GP by 30 June.",
    "Mum will ring the housing officer by Friday to ask for the repair.",
    "Cai will attend nursery from 3 March.",
    "Bydd Dad yn cofrestru Cai gyda'r meddyg teulu erbyn 30 Mehefin.",
    "Bydd Dad yn ffonio'r swyddog tai erbyn dydd Gwener i ofyn am y gwaith trwsio.",
])
def test_a_step_with_a_deadline_after_will_stays_concrete(text):
    assert not is_shorthand(text)


# Being seen or visited as part of the process (ac12 dev)
@pytest.mark.parametrize(("text", "words"), [
    ("Gwion will be seen once a year as part of the assessment of his home education.", "be seen"),
    ("Mali will be visited every six weeks as part of the review of her placement.", "be visited"),
    ("Bydd Mali yn cael ei gweld bob chwe wythnos fel rhan o'r adolygiad.", "cael ei gweld"),
])
def test_being_seen_as_part_of_the_process_is_watching(text, words):
    assert reason(text) == f"'{words}' {WATCH}"


@pytest.mark.parametrize("text", [
    "Mali will be seen by the paediatrician on 3 May and weighed.",
    "Dad will test the smoke alarms every month as part of the fire safety plan.",
    "Bydd Mali yn cael ei gweld gan y paediatregydd ar 3 Mai.",
    "Bydd Dad yn profi'r larymau mwg bob mis fel rhan o'r cynllun diogelwch tân.",
])
def test_a_step_as_part_of_a_plan_stays_concrete(text):
    assert not is_shorthand(text)


# Working with a professional named by role, in Welsh as in English (ac12 dev)
@pytest.mark.parametrize("text", [
    "Mum will work with the health visitor and the family support worker on all the concerns raised at the conference.",
    "Bydd Dad yn gweithio gyda'r nyrs ysgol ar ei bryderon am Nel.",
    "Bydd Mam yn gweithio gyda'r ymwelydd iechyd a'r gweithiwr cymorth i deuluoedd ar y pryderon a godwyd.",
])
def test_working_with_a_professional_by_role_is_shorthand(text):
    assert is_shorthand(text)


def test_working_with_nain_on_a_job_with_a_time_stays_concrete():
    assert not is_shorthand("Bydd Mam yn gweithio gyda Nain i lanhau'r gegin bob dydd Sadwrn.")


# Engaging with a framework or an officer, working with a team in a manner, and the Welsh of working with a team and
# learning how to make a change (ac12 probes)
@pytest.mark.parametrize(("text", "words"), [
    ("Mum will engage with the reunification practice framework before Ffion returns home.",
     "engage with the reunification practice framework"),
    ("Mum will engage with the education welfare officer until a school place is found.",
     "engage with the education welfare officer"),
    ("Mum will work openly with the paediatric team about Efa's health.", "work openly with the paediatric team"),
    ("Bydd Mam yn gweithio gyda'r tîm ailuno teuluoedd i ddangos ei bod wedi newid cyn i Ffion ddod adref.",
     "gweithio gyda'r tîm"),
    ("Bydd Mam yn ymgysylltu â'r swyddog lles addysg nes bod lle mewn ysgol.", "ymgysylltu â'r swyddog"),
])
def test_engaging_and_working_with_a_framework_officer_or_team_is_a_process(text, words):
    assert reason(text) == f"'{words}' {PROCESS}"


def test_welsh_learning_how_to_make_a_change_is_an_aim():
    assert reason("Bydd Dad yn dysgu sut i reoli diabetes Elin yn ddiogel gartref.") == f"'dysgu sut i reoli' {AIM}"


@pytest.mark.parametrize("text", [
    "Mum will engage Ffion in a game of snap every evening.",
    "Mum will ring the education officer on Monday to book Tomos's place.",
    "Dad will learn how to give Elin her insulin before every meal.",
    "Bydd Mam yn ffonio'r swyddog addysg ddydd Llun i drefnu lle i Tomos.",
    "Bydd Dad yn dysgu sut i roi inswlin i Elin cyn pob pryd.",
    "Bydd Mam yn mynd â Ffion i'r tîm pêl-droed bob dydd Sadwrn.",
])
def test_a_child_engaged_an_officer_rung_and_a_step_learned_stay_concrete(text):
    assert not is_shorthand(text)
