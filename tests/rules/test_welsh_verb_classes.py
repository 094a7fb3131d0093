"""Welsh outcomes read by the class of their verb, in every mutated form (issue 12).

Each service-focused wording has a child-focused counterpart that shares a word with it: the rule must tell
them apart by who acts and what the verb does, not by a word list. Hand-written examples, none of them a
corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused

NAMES = ["Mali", "Cai", "Tomos", "Gwen", "Dafydd", "Elin", "Bethan", "Pedr"]


@pytest.mark.parametrize("text", [
    # attending or engaging with a service
    "Bydd Mali yn mynychu'r grŵp sgiliau cymdeithasol bob dydd Iau.",
    "Bydd Cai yn ymgysylltu â'r gwasanaeth ieuenctid.",
    "Bydd Tomos yn ymgysylltu'n llawn â'i weithiwr allweddol.",
    # access, opportunities
    "Bydd gan Gwen fynediad at gwnselydd yn yr ysgol.",
    "Bydd Dafydd yn cael mynediad at therapi chwarae.",
    "Bydd cyfleoedd i Elin gael gwersi nofio.",
    "Bydd Bethan yn cael cyfle i weld y seicolegydd.",
    # monitored, measured, assessed: the child as the object of a service's verb
    "Bydd pwysau Pedr yn cael ei fesur bob pythefnos gan y nyrs.",
    "Bydd Mali yn cael ei hasesu gan y therapydd iaith.",
    "Bydd Cai wedi cael ei fonitro bob wythnos.",
    "Bydd datblygiad Tomos yn cael ei adolygu bob tymor.",
    # receiving help or a service
    "Bydd Gwen yn derbyn cymorth gan y gwasanaeth iechyd meddwl.",
    "Bydd Dafydd yn cael gwasanaeth eiriolaeth.",
    "Bydd Elin yn cael triniaeth ar gyfer ei hecsema.",
    # time with a worker, meeting a worker
    "Bydd Bethan yn cael amser gyda'r gweithiwr cymorth bob wythnos.",
    "Bydd Pedr yn cwrdd â'i gynghorydd personol bob mis.",
    "Bydd Mali yn siarad â'r nyrs ysgol bob dydd Llun.",
    # supporting the family to do something
    "Cefnogi'r teulu i sicrhau bod Cai yn cyrraedd yr ysgol.",
    "Bydd y gweithiwr yn helpu Mam i roi trefn amser gwely i Tomos.",
    # a process the child takes part in
    "Bydd Gwen yn cymryd rhan mewn sesiynau gwaith uniongyrchol.",
    # records of the child's life handled by a service
    "Bydd apwyntiadau Dafydd yn cael eu cadw.",
    "Bydd llythyr Elin yn cael ei anfon i'r llys.",
])
def test_service_wording_is_service_focused(text):
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    # the child's own day, with a word a service outcome might use
    "Bydd Mali yn chwarae gyda'i ffrindiau yn y parc bob dydd Sadwrn.",
    "Bydd Cai yn cysgu drwy'r nos yn ei wely ei hun.",
    "Bydd Tomos yn mynd i'r ysgol bob dydd ac yn cyrraedd ar amser.",
    "Bydd Gwen yn mynychu'r ysgol bob dydd.",
    "Bydd Dafydd yn teimlo'n ddiogel gartref gyda'i fam.",
    "Bydd Elin yn cymryd rhan mewn gemau pêl amser egwyl.",
    "Bydd Bethan yn ymgysylltu mewn sgyrsiau gyda'i ffrindiau amser cinio.",
    "Bydd Pedr yn cael amser gyda'i nain bob penwythnos.",
    "Bydd Mali yn cael ei bwydo bob tair awr ac yn magu pwysau.",
    "Bydd Cai yn cael ei godi a'i gysuro pan fydd yn crio.",
    "Bydd Tomos yn siarad â'i athrawes pan fydd rhywbeth yn ei boeni.",
    "Bydda i'n cwrdd â fy ffrindiau yn y clwb ieuenctid ar nos Wener.",
])
def test_the_childs_day_is_not_service_focused(text):
    assert not is_service_focused(text, NAMES)


@pytest.mark.parametrize(("service", "own_day"), [
    ("Bydd Mali yn gweithio gyda'r gweithiwr ieuenctid bob wythnos.", "Bydd Mali yn gweithio gyda'i ffrindiau ar y prosiect celf."),
    ("Bydd Cai wedi cwblhau'r rhaglen rheoli dicter.", "Bydd Cai wedi gorffen ei waith cartref cyn swper."),
    ("Bydd Tomos yn ymuno â'r cwrs sgiliau bywyd.", "Bydd Tomos yn ymuno â'r clwb pêl-droed ar nos Fawrth."),
    ("Bydd Gwen yn cael ei chynnwys yn y penderfyniadau am ei chynllun.", "Bydd Gwen yn chwarae gyda'r plant eraill amser egwyl."),
    ("Bydd llais Dafydd yn cael ei glywed ym mhob cyfarfod.", "Bydd Dafydd yn dweud wrth Mam pan fydd yn drist."),
    ("Bydd yr ysgol yn sicrhau bod Elin yn cael cinio.", "Bydd Elin yn bwyta ei chinio gyda'i ffrindiau bob dydd."),
    ("Bydd Bethan yn manteisio ar y cymorth sydd ar gael.", "Bydd Bethan yn mwynhau ei gwersi nofio ar ddydd Sadwrn."),
])
def test_a_service_verb_and_its_childs_day_counterpart(service, own_day):
    assert is_service_focused(service, NAMES)
    assert not is_service_focused(own_day, NAMES)


@pytest.mark.parametrize("text", [
    "Emosiynau Mali i'w mesur bob wythnos gyda siart.",  # a service's verb still to be done to the child
    "Presenoldeb Cai i'w fonitro gan yr ysgol.",
    "Bydd Tomos yn elwa ar y cymorth sydd ar gael.",
    "Bydd Gwen yn mynd i'w holl apwyntiadau iechyd.",
    "Bydd Dafydd yn mynd i grŵp cymorth i blant ifanc.",
    "Bydd Elin yn rhannu ei barn ym mhob cyfarfod.",  # the child's part in the meetings
])
def test_more_service_wording(text):
    assert is_service_focused(text, NAMES)


def test_an_outcome_that_is_only_the_help_itself():
    assert is_service_focused("Therapi lleferydd i Mali bob wythnos.", NAMES)
    assert is_service_focused("Cymorth un i un i Cai yn y dosbarth.", NAMES)
    assert not is_service_focused("Mali yn chwarae'n hapus gyda'i brawd bob dydd.", NAMES)


def test_any_welsh_court_order_hearing_or_named_assessment_is_jargon():
    from coreplan.rules.language import find_jargon, load_lexicon

    lexicon = load_lexicon({}, {}, {})

    def found(text):
        return [w for w, _ in find_jargon(text, lexicon)]

    # Welsh puts the modifier after its noun: the head word and the word after it, listed or not
    assert found("Mae gorchmynion goruchwylio yn brin.") == ["gorchmynion goruchwylio"]
    assert found("Gwnaed asesiad hyfywedd o Nain.") == ["asesiad hyfywedd"]
    assert found("Bydd yr asesiadau arbenigol yn barod.") == ["asesiadau arbenigol"]  # plural
    assert found("Mae'r llys wedi gwneud orchymyn gwahardd.") == ["orchymyn gwahardd"]  # mutated
    assert found("Bydd gwrandawiad terfynol ym mis Mai.") == ["gwrandawiad terfynol"]
    # alone, or before a small word, they are plain
    assert found("Bydd yr asesiad yn dechrau ddydd Llun.") == []
    assert found("Does dim gorchymyn i'r tad.") == []
    assert found("Bydd gwrandawiad llys ddydd Llun.") == []


@pytest.mark.parametrize(("service", "own_day"), [
    ("Bydd yr ymwelydd iechyd yn pwyso Mali bob mis.", "Bydd Mali yn magu pwysau ac yn bwyta'n dda."),
    ("Y gweithiwr cymdeithasol i weld Cai ar ei ben ei hun.", "Cai yn chwarae ar ei ben ei hun yn yr ardd."),
    ("Bydd cynllun diogelwch ar waith i Tomos erbyn mis Mai.", "Bydd Tomos yn gwybod beth i'w wneud os bydd ofn arno."),
    ("Bydd yr ysgol yn rhoi gwybod i Mam os bydd Gwen yn absennol.", "Bydd Gwen yn mynd i'r ysgol yn hapus bob bore."),
])
def test_a_provider_as_the_subject_and_the_childs_day(service, own_day):
    assert is_service_focused(service, NAMES)
    assert not is_service_focused(own_day, NAMES)


def test_always_is_not_a_time():
    from coreplan.rules.actions import is_shorthand

    assert is_shorthand("Cadw'r plant yn ddiogel bob amser.")  # 'bob amser': always, which says nothing
    assert not is_shorthand("Rhoi bwyd cynnes i'r plant bob amser bwyd a'u rhoi yn y gwely erbyn saith.")


@pytest.mark.parametrize(("service", "own_day"), [
    # the impersonal of a service's verb, one word with no 'cael ei'
    ("Asesir anghenion Mali bob tymor.", "Bydd Mali yn bwyta brecwast gyda'i brawd bob bore."),
    ("Cynigir sesiynau chwarae i Cai yn y ganolfan.", "Bydd Cai yn chwarae yn y parc gyda'i ffrindiau."),
    ("Ni chynigir lle i Tomos heb drafod gyda'i fam.", "Ni fydd Tomos yn cael ei adael ar ei ben ei hun."),
    # provision as what there will be, or what is available
    ("Bydd cymorth un i un ar gael i Gwen yn y dosbarth.", "Bydd brecwast ar gael i Gwen bob bore cyn yr ysgol."),
    ("Bydd sesiynau therapi lleferydd i Dafydd bob wythnos.", "Bydd Dafydd yn dweud brawddeg fer wrth ei athrawes."),
    # reaching help, keeping to a programme, present at the process
    ("Bydd Elin yn cael gafael ar gwnsela yn yr ysgol.", "Bydd Elin yn cael gafael ar ei hoff lyfr amser gwely."),
    ("Bydd Bethan yn parhau â'r rhaglen sgiliau cymdeithasol.", "Bydd Bethan yn parhau i chwarae pêl-rwyd gyda'r tîm."),
    ("Bydd Pedr yn bresennol yn y sesiynau therapi.", "Bydd Pedr yn bresennol yn yr ysgol bob dydd."),
    # provision handed to the child, kept in a place of a service, included in the process
    ("Bydd Mali yn derbyn darpariaeth ddysgu ychwanegol.", "Bydd Mali yn derbyn ei gwahoddiad i'r parti."),
    ("Ni fydd Cai yn cael ei gadw mewn uned ddiogel.", "Bydd Cai yn cadw ei deganau yn y bocs."),
    ("Bydd Tomos yn cael ei gynnwys yn y trefniadau cynllunio.", "Bydd Tomos yn cael ei gynnwys yn y gêm amser egwyl."),
])
def test_more_service_forms_and_their_childs_day_counterparts(service, own_day):
    assert is_service_focused(service, NAMES)
    assert not is_service_focused(own_day, NAMES)


@pytest.mark.parametrize(("service", "own_day"), [
    # seen by a worker, in the passive
    ("Bydd Mali yn cael ei gweld gartref bob wythnos.", "Bydd Mali yn gweld ei chefndryd bob dydd Sul."),
    # a part of the process, or at its meetings
    ("Bydd Cai yn rhan o'r broses gynllunio.", "Bydd Cai yn rhan o'r tîm pêl-droed."),
    ("Bydd Tomos yn dweud ei farn mewn cyfarfodydd.", "Bydd Tomos yn dweud wrth ei dad pan fydd yn poeni."),
    ("Bydd Gwen yn siarad yn yr adolygiadau.", "Bydd Gwen yn siarad â'i ffrindiau amser chwarae."),
    # the care system's arrangements: a placement, supervision, a contact centre
    ("Bydd Dafydd yn aros yn ei leoliad presennol.", "Bydd Dafydd yn aros gyda'i nain dros y Nadolig."),
    ("Bydd Elin yn gweld ei thad dan oruchwyliaeth.", "Bydd Elin yn gweld ei thad yn y parc bob dydd Sadwrn."),
    # therapy and counselling, and sessions that are not a hobby
    ("Bydd Bethan yn mwynhau ei therapi chwarae.", "Bydd Bethan yn mwynhau ei sesiynau nofio."),
    # a service's verb-noun leading the outcome
    ("Monitro pwysau Pedr bob mis.", "Pedr yn bwyta tri phryd bob dydd."),
    ("Atgyfeirio Mali at y tîm iechyd meddwl.", "Mali yn cysgu yn ei gwely ei hun."),
    # help or a plan in place
    ("Bydd cynllun diogelwch yn ei le i Cai.", "Bydd Cai yn gwybod ble i fynd os bydd yn ofnus."),
    # a provider as the agent, after 'fy'
    ("Bydda i'n cael amser gyda fy ngweithiwr bob wythnos.", "Bydda i'n cael amser gyda fy nain bob wythnos."),
    ("Bydda i'n cael fy helpu gan fy ngweithiwr cymorth.", "Bydda i'n cael fy nghodi gan fy mam bob bore."),
])
def test_the_process_and_its_arrangements_and_their_childs_day_counterparts(service, own_day):
    assert is_service_focused(service, NAMES)
    assert not is_service_focused(own_day, NAMES)


@pytest.mark.parametrize(("service", "own_day"), [
    # starting, finishing, waiting for or applying for help is the process; the same verbs with the child's
    # own things are the child's day
    ("Bydd Mali yn dechrau'r rhaglen sgiliau bywyd ym mis Medi.", "Bydd Mali yn dechrau'r ysgol uwchradd ym mis Medi."),
    ("Bydd Cai wedi gorffen y cwrs rheoli emosiynau.", "Bydd Cai wedi gorffen ei waith cartref cyn swper."),
    ("Bydd Tomos yn aros am asesiad gan y tîm.", "Bydd Tomos yn aros am ei dad wrth giât yr ysgol."),
])
def test_the_start_and_end_of_a_programme_and_their_childs_day_counterparts(service, own_day):
    assert is_service_focused(service, NAMES)
    assert not is_service_focused(own_day, NAMES)


def test_a_course_at_college_is_the_young_persons_own():
    assert not is_service_focused("Bydda i'n dechrau cwrs trin gwallt yn y coleg ym mis Medi.", NAMES)
    assert not is_service_focused("Bydd Gwen wedi cwblhau ei chwrs yng Ngholeg Menai.", NAMES)
    assert is_service_focused("Bydd Gwen wedi cwblhau'r cwrs magu hyder gyda'r gweithiwr ieuenctid.", NAMES)
