"""Welsh outcomes that are the plan's or a service's business in the words of the child's own verbs, the Welsh of
tests/rules/test_outcome_compliance.py: doing what the plan or a service asks ('cytuno i'r cynllun', 'dilyn cyngor
yr ymwelydd iechyd', 'caniatáu ymweliadau', 'gadael i'r gweithwyr ddod i'r tŷ'), getting in touch with a provider
('cysylltu â'r gweithiwr cymdeithasol') and being put in a service's group ('cael ei rhoi mewn grŵp anogaeth').
Each shape has failing examples of our own, with the words the finding quotes, and the same verbs about the
child's own day (the rules at home, ringing Nain, a message to her key worker when she is frightened, put to bed
by Mum) beside them, which are not service wording."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, one_goal, run

NAMES = ["Nia", "Osian", "Cerys"]


@pytest.mark.parametrize(("text", "words"), [
    # doing what the plan or a service asks
    ("Bydd Osian yn cytuno i'r cynllun.", "cytuno i'r cynllun"),
    ("Bydd Cerys yn cytuno â'r cytundeb diogelwch.", "cytuno â'r cytundeb"),
    ("Bydd Nia yn dilyn cyngor yr ymwelydd iechyd am ei bwydo.", "dilyn cyngor"),
    ("Dilyn cyngor y fydwraig am fwydo'r babi.", "Dilyn cyngor"),
    ("Bydd Osian yn dilyn argymhellion y seicolegydd.", "dilyn argymhellion"),
    ("Bydd Nia yn dilyn cyfarwyddiadau'r nyrs.", "dilyn cyfarwyddiadau'r nyrs"),
    ("Bydd Osian yn cadw at y cytundeb ysgrifenedig.", "cadw at y cytundeb"),
    ("Bydd Cerys yn glynu wrth yr amodau yn ei gorchymyn.", "glynu wrth yr amodau"),
    ("Bydd Osian yn ufuddhau i'r gorchymyn.", "ufuddhau i'r gorchymyn"),
    ("Bydd Cerys yn derbyn y cynllun diogelwch.", "derbyn y cynllun"),
    ("Bydd Osian yn cadw'r cytundeb ysgrifenedig.", "cadw'r cytundeb"),
    ("Bydd Cerys yn bodloni amodau'r gorchymyn.", "bodloni amodau"),
    ("Bydd Osian yn cyflawni gofynion y cynllun amddiffyn.", "cyflawni gofynion"),
    ("Bydd Cerys yn gwrando ar gyngor y gweithwyr proffesiynol.", "gwrando ar gyngor"),
    ("Bydd Osian yn gweithredu ar argymhellion y panel.", "gweithredu ar argymhellion"),
    ("Bydd Nia yn rhoi cyngor yr ymwelydd iechyd ar waith.", "rhoi cyngor yr ymwelydd iechyd ar waith"),
    ("Bydd Osian yn gwneud yr hyn y mae'r gweithwyr yn ei ofyn.", "gwneud yr hyn y mae'r gweithwyr yn ei ofyn"),
    # letting a service in, or answering it
    ("Bydd Cerys yn ateb y drws i'r gweithwyr.", "ateb y drws i'r gweithwyr"),
    ("Bydd Osian yn ateb galwadau'r gweithiwr cymdeithasol.", "ateb galwadau'r gweithiwr"),
    ("Bydd Nia yn caniatáu ymweliadau.", "caniatáu ymweliadau"),
    ("Bydd Osian yn gadael i'r gweithwyr ddod i'r tŷ.", "gadael i'r gweithwyr"),
    ("Bydd Cerys yn caniatáu i'r gweithiwr cymdeithasol ei gweld ar ei phen ei hun.", "caniatáu i'r gweithiwr"),
    ("Bydd Nia yn gadael y gweithwyr i mewn i'r cartref.", "gadael y gweithwyr"),
    # getting in touch with a provider, as an attendance
    ("Bydd Osian yn cysylltu â'r gweithiwr cymdeithasol bob wythnos.", "cysylltu â'r gweithiwr"),
    ("Bydd Osian yn ffonio'r gweithiwr ieuenctid bob dydd Gwener.", "ffonio'r gweithiwr"),
    ("Bydd Cerys yn e-bostio ei mentor bob wythnos.", "e-bostio ei mentor"),
    ("Bydd Osian yn anfon neges at ei weithiwr cymorth bob nos Wener.", "anfon neges at ei weithiwr"),
    ("Bydd Osian yn tecstio'i weithiwr allweddol bob dydd.", "tecstio'i weithiwr allweddol"),
    ("Bydd Nia yn rhoi gwybod i'r gweithiwr cymdeithasol am unrhyw newid.", "rhoi gwybod i'r gweithiwr"),
    ("Bydd Cerys yn cadw mewn cysylltiad rheolaidd â'i gweithiwr cymdeithasol.",
     "mewn cysylltiad rheolaidd â'i gweithiwr"),
    # put in a service's group or place
    ("Bydd Nia yn cael ei rhoi mewn grŵp anogaeth.", "cael ei rhoi mewn grŵp"),
    ("Bydd Osian wedi'i osod mewn uned asesu.", "wedi'i osod mewn uned"),
])
def test_doing_what_a_service_asks_is_service_wording(text, words):
    found = service_words(text)
    assert found is not None and found.group(0) == words, (text, found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    # the rules and routines of home and school, and the family's advice
    "Bydd Nia yn dilyn y rheolau gartref.",
    "Bydd Osian yn dilyn rheolau'r ysgol.",
    "Bydd Osian yn dilyn y cyfarwyddiadau yn yr ysgol.",
    "Bydd Cerys yn gallu dilyn cyfarwyddyd syml gartref, fel rhoi ei hesgidiau wrth y drws.",
    "Bydd Nia yn dilyn ei threfn amser gwely.",
    "Bydd Nia yn cadw at ei threfn amser gwely.",
    "Bydd Nia yn dilyn cyngor Nain.",
    "Bydd Nia yn dilyn cyngor ei mam am ei dillad.",
    "Bydd Osian yn parchu rheolau'r tŷ.",
    "Bydd Osian yn dilyn y tîm pêl-droed lleol.",
    "Bydd Nia yn cadw'r tŷ yn daclus gyda Mam.",
    "Bydd Osian yn cadw'r rheolau yn y clwb.",
    "Bydd Osian yn cadw ei addewid i Nain.",
    "Bydd Nia yn cyflawni ei nod o nofio hyd y pwll.",
    # agreeing with family, or to something of her day
    "Bydd Nia yn cytuno gyda'i chwaer am yr ystafell wely.",
    "Bydd Cerys yn cytuno â'i brawd pwy sy'n cael y bath gyntaf.",
    "Bydd Nia yn cytuno i fynd i'r gwely am wyth.",
    # letting family in, leaving home for school
    "Bydd Nia yn gadael i'w brawd chwarae gyda'i theganau.",
    "Bydd Cerys yn gadael i Nain ei helpu gyda'i gwallt.",
    "Bydd Nia yn gadael y tŷ ar amser i'r ysgol.",
    "Bydd Nia yn derbyn cwtsh gan Mam.",
    "Bydd Cerys yn caniatáu ymweliadau gan Nain bob penwythnos.",
    "Bydd Nia yn cytuno i ymweliadau gyda'i thad yn y parc.",
    # ringing family and friends, or a worker she turns to in the moment
    "Bydd Osian yn ffonio Nain bob nos.",
    "Bydd Cerys yn ffonio ei thad bob nos Sul.",
    "Bydd Nia yn ffonio ei ffrindiau ar ôl ysgol.",
    "Bydd Cerys yn cysylltu â'i ffrindiau ar-lein yn ddiogel.",
    "Bydd Nia yn anfon neges at ei gweithiwr allweddol pan fydd ofn arni.",
    "Bydd Nia yn ffonio ei gweithiwr allweddol os bydd hi'n teimlo'n anniogel.",
    "Bydd Osian yn ffonio'r heddlu os bydd Dad yn dod i'r tŷ.",
    "Bydd Nia yn rhoi gwybod i'w gweithiwr cymdeithasol pan fydd hi'n poeni.",
    "Bydd Nia yn rhoi gwybod i Nain pan fydd hi'n cyrraedd adref.",
    "Bydd Osian yn ateb y ffôn i'w ffrindiau.",
    # a provider who tells the plan's people what the child does is how the change is known
    "Bydd athrawes Nia yn rhoi gwybod i'r gweithiwr cymdeithasol bod Nia yn hapusach yn y dosbarth.",
    # listening to and acting on her own or her family's ideas, doing what Nain says
    "Bydd Osian yn gwneud beth mae Nain yn ei ddweud amser gwely.",
    "Bydd Nia yn gwrando ar gyngor Nain.",
    "Bydd Nia yn gwrando ar ei hathrawes yn y dosbarth.",
    "Bydd Osian yn gweithredu ar ei syniadau ei hun yn y clwb.",
    "Bydd Nia yn rhoi ei syniadau ar waith yn y gegin.",
    # put to bed, put in her class or a team of her week
    "Bydd Nia yn cael ei rhoi yn ei gwely gan Mam am saith.",
    "Bydd Osian yn cael ei roi i'r gwely gan Dad.",
    "Bydd Nia yn cael ei rhoi yn y dosbarth derbyn.",
    "Bydd Cerys yn cael ei rhoi yn y tîm pêl-rwyd.",
    "Bydd Nia yn rhoi ei theganau yn y bocs.",
])
def test_the_same_verbs_about_the_childs_own_day_are_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


def test_the_finding_is_on_the_outcomes_line():
    case = one_goal("Bydd Ella yn cytuno i'r cynllun ac yn dilyn cyngor y nyrs ysgol.", title="Nosweithiau tawel")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, "outcome: Bydd Ella yn cytuno")]
    assert "cytuno i'r cynllun" in findings[0].message


def test_a_good_welsh_outcome_with_the_same_verbs_has_no_finding():
    case = one_goal("Bydd Ella yn dilyn y rheolau gartref, yn ffonio Nain bob nos ac yn cysgu drwy'r nos.", title="Nosweithiau tawel")
    assert [f for f in run(case) if f.rule in ("service-focused-outcome", "outcome-without-child")] == []
