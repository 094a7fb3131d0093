"""Shapes the fresh blind set of session 23 showed on its dev part, written here as sentences of our own so
that each generalisation is pinned by failing and passing examples: a named worker and a deadline with a vague
verb, a time put before whoever acts, a purpose that is itself an aim, a disposition asked for; the child's
part in the process's meetings, the carers' respite, being contacted by the process; and their Welsh forms
(a place allocated in a service, a provider had, a meeting with a provider, the process's papers made)."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand, shorthand_reason
from coreplan.rules.outcome_reading import read
from coreplan.rules.outcomes import is_service_focused

CHILDREN = ["Nia", "Tomos", "Ceri", "Steffan", "Mabli", "Deio", "Lili", "Cai", "Alys", "Tegan"]


@pytest.mark.parametrize("text", [
    # a deadline says when, not what: the verb asked first stays vague
    "Gareth (family support worker) to work with Mum on routines by 30 June.",
    "By 30 June, Gareth (family support worker) to work with Mum on routines.",
    "Sarah (social worker) to monitor the situation and report back by 14 March.",
    "Health visitor to monitor the family within the next four weeks.",
    # a purpose that is itself an aim
    "Parents to attend all meetings and cooperate with the professionals involved with the family in order to "
    "address the concerns identified in the assessment.",
    "Mum to work with the family support worker so that the situation improves and the children are safer.",
    # a disposition asked for
    "Be truthful with the workers about what goes on at home.",
    "Dad to be more co-operative with the plan.",
    # Welsh: a named worker in brackets, monitoring, reporting back
    "Gweithiwr cymdeithasol (Siân) i fonitro'r sefyllfa ac adrodd yn ôl erbyn 30 Mehefin.",
    "Cadw llygad ar y plant dros y penwythnos.",
])
def test_a_deadline_or_an_aim_as_purpose_does_not_make_an_action_particular(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    # a step someone can be seen doing, with a deadline
    "Permanence social worker to phone Nain in March to ask whether the support still meets Rhys's needs.",
    "Tell the social worker your new address within a day of moving.",
    "By Friday, Dad to fit a stair gate at the top of the stairs.",
    "Sarah (social worker) to see Nia on her own at school every fortnight and ask how things are at home.",
    # monitoring that names what is looked at
    "Health visitor to monitor Cai's weight at clinic every two weeks.",
    # a frequency settles work with a parent
    "Gareth to work with Mum on a bedtime routine chart every Tuesday evening.",
    # Welsh: what is watched is named, and how
    "Gweithiwr cymdeithasol (Siân) i weld Nia ar ei phen ei hun yn yr ysgol bob pythefnos.",
])
def test_a_step_with_a_deadline_or_a_named_thing_to_watch_is_particular(text):
    assert not is_shorthand(text), shorthand_reason(text)


@pytest.mark.parametrize(("text", "words"), [
    ("Nia will tell the core group in her own words what would make home better for her.",
     "tell the core group"),
    ("Tomos will explain to the panel where he wants to live.", "explain to the panel"),
    ("An expert in communication will be asked to help professionals understand Ceri.", "expert in communication will be asked"),
    ("Steffan's father will be contacted and included in the plan.", "will be contacted"),
])
def test_the_childs_part_in_the_process_and_the_process_reaching_people_are_read_as_service(text, words):
    reading = read(text)
    assert reading is not None and reading.group(0) == words
    assert is_service_focused(text, CHILDREN)


@pytest.mark.parametrize("text", [
    "Tomos's carers will get a regular break.",  # respite: the break is the carers'
    "Mum and Dad will have a short break every other weekend while Tomos stays with his support carers.",
    # Welsh
    "Bydd Mabli yn cael lle mewn gofal plant Dechrau'n Deg am ddwy awr a hanner y dydd.",
    "Bydd gan Fabli ymwelydd iechyd sy'n galw'n amlach.",
    "Bydd Deio yn cael cyfarfod gyda'r swyddog lles addysg.",
    "Creu cynllun i helpu Lili.",
    "Bydd Cai yn byw gyda gofalwyr maeth tan yr adolygiad.",
    "Bydd Tegan yn dweud wrth y grŵp craidd beth sy'n ei phoeni.",
    "Bydd pob asiantaeth yn rhannu gwybodaeth am Alys.",
])
def test_respite_places_providers_and_the_process_are_service(text):
    assert is_service_focused(text, CHILDREN)


@pytest.mark.parametrize("text", [
    "Nia will tell her nain what would make home better for her.",  # telling family is the child's day
    "Tomos will have a break at lunchtime and play football with his friends.",  # the child's own break
    "Ceri will show her teacher her reading book every Friday.",
    # Welsh
    "Bydd Lili yn cael lle i chwarae yn yr ardd bob prynhawn.",  # room to play
    "Bydd Cai yn byw gyda Nain ac yn cerdded i'r ysgol gyda'i gefnder.",
    "Bydd Tegan yn siarad gyda'i ffrindiau amser cinio.",
    "Bydd Deio yn dweud wrth Nain pan fydd yn poeni.",
])
def test_the_childs_own_day_is_not(text):
    assert not is_service_focused(text, CHILDREN)


@pytest.mark.parametrize("text", [
    # the process's own measure of the child, whatever its verb
    "Megan's risk level will go down to low by the next review.",
    # Welsh: immunisations and checks had, a service's verb-noun leading, a step of the process as what there
    # will be, a transfer or an admission done to the child
    "Bydd Gwion yn cael ei holl imiwneiddiadau ar amser.",
    "Sgrinio clyw Gwion.",
    "Bydd adolygiad o gynllun Cai ymhen tri mis.",
    "Bydd Osian yn cael ei drosglwyddo i'r tîm anabledd.",
    "Bydd Osian yn cael ei dderbyn i'r uned asesu.",
])
def test_measures_of_the_process_and_welsh_checks_are_service(text):
    assert is_service_focused(text, ["Megan", "Gwion", "Cai", "Osian"])


@pytest.mark.parametrize("text", [
    "Bydd Ffion yn cael help gan Nain gyda'i gwaith cartref.",  # help from the family
    "Bydd Cai yn cael cefnogaeth gan ei frawd i ddal y bws.",
    "Megan's reading level will go up by the end of the year.",  # a level of the child's own
])
def test_help_from_the_family_and_the_childs_own_levels_are_not(text):
    assert not is_service_focused(text, ["Ffion", "Cai", "Megan"])


@pytest.mark.parametrize("text", [
    "Make sure Lewis has someone to talk to.",  # help to be had, with nobody named
    "Rhieni i ymgysylltu â'r gwasanaethau er mwyn lleihau'r risgiau i'r plant.",  # an aim as purpose
])
def test_help_with_nobody_named_and_a_welsh_aim_as_purpose_are_shorthand(text):
    assert is_shorthand(text)


def test_help_with_someone_named_is_not():
    assert not is_shorthand("Make sure Lewis has Nain's number in his phone and rings her if Dad turns up.")


@pytest.mark.parametrize("text", [
    # the legal process and its orders
    "Rhodri will have a duty solicitor at court.",
    "Jac will finish his youth rehabilitation order.",
    "Jac will do 20 hours of unpaid work in the community as part of his order.",
    # a place allocated, someone brought to the meetings, something paid for or done by the council or a doctor
    "Mali will get a place at a special school.",
    "Seren will have an interpreter at her meetings.",
    "Osian will have swimming lessons paid for by the council.",
    "Cai will be admitted to hospital for assessment.",
    "The GP will review Mali's medication.",
    # Welsh: the court, a lawyer, a contract signed, an order finished, being on a plan, matched, reassessed
    "Bydd Rhodri yn deall beth sy'n digwydd yn y llys.",
    "Bydd Rhodri yn cael cyfreithiwr ar ddyletswydd.",
    "Bydd Rhodri yn llofnodi'r contract ac yn gwneud y pethau sydd ynddo.",
    "Bydd Jac yn gorffen ei orchymyn adsefydlu ieuenctid.",
    "Bydd Jac yn gwneud 20 awr o waith di-dâl yn y gymuned fel rhan o'i orchymyn.",
    "Bydd Ffion yn cael ei rhoi ar gynllun amddiffyn plant.",
    "Bydd Gwen yn cael ei pharu â theulu mabwysiadol.",
    "Bydd Cai yn cael ei ailasesu cyn yr adolygiad nesaf.",
    "Bydd Seren yn cael llais yn ei hadolygiad.",
])
def test_the_legal_process_places_and_doctors_acting_are_service(text):
    assert is_service_focused(text, ["Rhodri", "Jac", "Mali", "Seren", "Osian", "Cai", "Ffion", "Gwen"])


@pytest.mark.parametrize("text", [
    "Jac will go to the youth club with his friends on Fridays.",  # a leisure place stays the child's own
    "Cai will see the doctor when his ear hurts.",  # going to the doctor is the child's life
    "Cai will be praised by his teacher for his work.",
    "Bydd Cai yn cael ei ganmol gan ei athro am ei waith.",  # a teacher's praise is the child's school day
    "Bydd Mali yn cael lle i chwarae yn yr ardd.",
])
def test_the_childs_own_places_and_people_are_not(text):
    assert not is_service_focused(text, ["Jac", "Cai", "Mali"])


@pytest.mark.parametrize("text", [
    "Mum to keep the house clean and tidy.",  # a state of the home, nothing said of what will be done
    "Parents to ensure the children are safe at all times.",
    "Mum to make better use of the support offered by 30 April.",
])
def test_a_state_of_the_home_and_better_use_of_help_are_shorthand(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Mum will hoover and wipe the kitchen surfaces every evening after tea.",
    "Ysgrifennu llythyr ymddiheuro i'r siop erbyn cyfarfod nesaf y panel.",  # a Welsh step asked first
    "Mam i gasglu Cai o'r ysgol am 3.15.",
])
def test_a_step_with_its_time_is_not(text):
    assert not is_shorthand(text), shorthand_reason(text)
