"""Welsh outcomes read by the same kinds as English ones (session 26): the means of a change ('gyda chymorth y
nyrs', as 'with help from the nurse'), the plan's professionals as 'we' ('Byddwn ni'n cefnogi', as 'We will
support'), the one-word forms of 'cael' ('Caiff Nia becyn gofal', 'Caiff Cai ei asesu'), a provider had ('cael
cwnselydd', as 'have a counsellor'), the process's steps and records as the subject ('Bydd yr asesiad wedi'i
gwblhau', 'Bydd yna gofnod wythnosol'), working together with a provider, and the mutated forms of 'bob
apwyntiad' and 'camu i lawr'. Each kind has good outcomes beside it that use the same words for the child's day.
Sentences of our own; the corpus rows are measured in tests/test_public_figures.py."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, one_goal, run

NAMES = ["Nia", "Osian", "Cerys"]


@pytest.mark.parametrize("text, words", [
    # the means: help a provider gives
    ("Bydd Nia yn cysgu'n well gyda chymorth y nyrs iechyd meddwl.", "gyda chymorth y nyrs"),
    ("Bydd Osian yn mynd i'r ysgol bob dydd, gyda chefnogaeth y swyddog lles addysg.", "gyda chefnogaeth y swyddog"),
    ("Bydd Cerys yn chwarae'n hapus gyda help gan y gweithiwr chwarae.", "gyda help gan y gweithiwr"),
    ("Bydd Nia yn gwneud ffrindiau efo cefnogaeth ei mentor.", "efo cefnogaeth ei mentor"),
    ("Bydd Osian yn darllen yn well o ganlyniad i'r ymyrraeth.", "o ganlyniad i'r ymyrraeth"),
    ("Bydd Cerys yn llai pryderus diolch i'r cwnsela yn yr ysgol.", "diolch i'r cwnsela"),
    ("Bydd Nia yn bwyta'n well diolch i gymorth yr ymwelydd iechyd.", "diolch i gymorth yr ymwelydd iechyd"),
    # the plan's professionals as 'we'
    ("Byddwn ni'n cefnogi Nia i wneud ffrindiau newydd.", "Byddwn ni'n cefnogi"),
    ("Byddwn yn monitro presenoldeb Osian bob wythnos.", "Byddwn yn monitro"),
    # the one-word forms of 'cael'
    ("Caiff Nia becyn gofal seibiant bob mis.", "Caiff Nia becyn"),
    ("Caiff Osian ei asesu gan y tîm bob blwyddyn.", "Caiff Osian ei asesu"),
    # a provider had, as 'have a counsellor'
    ("Rydw i eisiau cael cwnselydd.", "cael cwnselydd"),
    ("Bydd Cerys yn cael gweithiwr ieuenctid newydd.", "cael gweithiwr"),
    # the process's steps and records as the subject, or as what there will be
    ("Bydd yr asesiad o anghenion Nia wedi'i gwblhau erbyn mis Mai.", "Bydd yr asesiad"),
    ("Bydd cofnod wythnosol o ymddygiad Osian.", "Bydd cofnod"),
    ("Bydd yna gyfarfod bob mis i drafod cynnydd Cerys.", "Bydd yna gyfarfod"),
    ("Bydd yr atgyfeiriad at y tîm lleferydd wedi'i anfon.", "Bydd yr atgyfeiriad"),
    # working together with the professionals, all appointments, stepped down
    ("Bydd Mam yn cydweithio â'r gweithwyr proffesiynol er lles Nia.", "cydweithio â'r gweithwyr"),
    ("Bydd Mam yn mynd ag Osian i bob apwyntiad iechyd.", "bob apwyntiad"),
    ("Bydd Nia yn cael ei chamu i lawr i gymorth cynnar.", "chamu i lawr"),
    # a change done with a provider, as 'with her support worker'
    ("Bydd Cerys yn gwneud gwaith stori bywyd gyda'i gweithiwr cymdeithasol.", "gyda'i gweithiwr cymdeithasol"),
    ("Bydd Osian yn cyfarfod yn rheolaidd gyda'i weithiwr cymorth.", "cyfarfod yn rheolaidd gyda'i weithiwr"),
    ("Bydd Nia yn siarad yn agored gyda'r cwnselydd.", "siarad yn agored gyda'r cwnselydd"),
    ("Bydd Mam yn cadw mewn cysylltiad â'r gwasanaethau.", "mewn cysylltiad â'r gwasanaethau"),
    # a need for a service's act, a provider as the subject, placed with carers, making use of a service
    ("Bydd angen cynnal asesiad o anghenion Nia.", "Bydd angen cynnal"),
    ("Bydd y seiciatrydd yn adolygu meddyginiaeth Osian.", "seiciatrydd"),
    ("Bydd Cerys yn cael ei gosod gyda gofalwyr maeth.", "gosod gyda gofalwyr"),
    ("Bydd Nia yn gwneud defnydd o'r gwasanaeth eiriolaeth.", "gwneud defnydd o'r gwasanaeth"),
    ("Bydd y teulu'n cyfrannu at bob cyfarfod grŵp craidd.", "at bob cyfarfod"),
    # a person of a service stays a provider whatever word follows ('gweithiwr ieuenctid', 'gweithiwr chwarae')
    ("Bydd Nia yn gweithio ar ei dicter gyda'r gweithiwr ieuenctid.", "gyda'r gweithiwr"),
    # help as what there will be, an assessment completed, the plan and its targets kept to
    ("Bydd cymorth ychwanegol i Osian yn y dosbarth.", "Bydd cymorth"),
    ("Bydd Dad yn cwblhau asesiad rhianta.", "cwblhau asesiad"),
    ("Mae'n rhaid i'r rhieni gydweithio â'r cynllun amddiffyn.", "gydweithio â'r cynllun"),
    ("Bydd Cerys yn cyflawni'r targedau yn ei CDU.", "cyflawni'r targedau"),
    # 'gyda'r' and 'hefo'r' lead to the provider as 'gyda' does
    ("Unwaith yr wythnos gyda'r therapydd lleferydd.", "gyda'r therapydd"),
    ("Bydd Nia yn siarad hefo'r gweithiwr cymdeithasol am ei theimladau.", "siarad hefo'r gweithiwr"),
])
def test_welsh_shapes_read_as_in_english(text, words):
    found = service_words(text)
    assert found is not None and words in found.group(0) or (found is not None and found.group(0) in words), \
        (text, found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    # the child's day, with the same words
    "Bydd Cerys yn mwynhau chwarae yn y parc.",
    "Bydd Osian yn mynd i'r ysgol bob dydd ac yn chwarae gyda'i ffrindiau.",
    "Bydd Nia yn cysgu'n well gyda chymorth ei mam.",
    "Bydd Osian yn gwneud ei waith cartref gyda help ei frawd mawr.",
    "Bydd Cerys yn dysgu reidio beic gyda help ei thad.",
    "Bydd Nia yn darllen yn well diolch i help Nain bob nos.",
    "Bydd Osian yn hapusach diolch i'r cyswllt rheolaidd gyda'i dad.",
    "Bydd Cerys yn darllen yn well diolch i'w gwaith caled.",
    "Byddwn ni'n chwarae gyda'n gilydd yn y parc bob dydd Sadwrn.",
    "Bydd Nia yn cael ei gweld yn chwerthin ac yn chwarae gartref.",
    "Caiff Nia fynd i'r parc gyda'i ffrindiau.",
    "Caiff Osian ginio poeth bob dydd.",
    "Cafodd Cerys ei chanmol gan ei hathrawes.",
    "Bydd Nia yn cael help gan Nain gyda'i gwaith cartref.",
    "Bydd Osian yn cydweithio gyda'i chwaer i dacluso eu hystafell.",
    "Bydd Cerys yn gallu siarad gyda'r nyrs ysgol pan fydd hi'n poeni.",
    "Bydd Nia yn mynd at y nyrs ysgol pan fydd hi'n teimlo'n sâl.",
    "Bydd Osian yn mynd i'r deintydd gyda Mam ac ni fydd ganddo boen dannedd.",
    # with people and groups of the child's own week, or whom she is at odds with
    "Bydd Nia yn chwarae gyda'r tîm pêl-droed bob dydd Sadwrn.",
    "Bydd Osian yn cadw allan o drafferth gyda'r heddlu.",
    "Bydd Cerys yn teimlo'n ddiogel gyda'i gofalwyr maeth.",
    "Bydd Nia yn gallu siarad gyda'i hathrawes am ei gwaith.",
    "Bydd Osian yn siarad yn agored gyda'i fam am ei deimladau.",
    "Bydd Cerys yn cyfarfod yn rheolaidd gyda'i ffrindiau yn y clwb ieuenctid.",
    # a provider who says or sees what the child does is how we will know, as in English
    "Bydd athrawes Nia yn dweud ei bod hi'n canolbwyntio'n well yn y dosbarth.",
    "Bydd y gweithiwr cymdeithasol yn gweld bod Osian yn chwarae'n hapus gartref.",
    "Bydd cymorth gan Nain bob nos gyda gwaith cartref Nia.",
    "Bydd Osian yn cwblhau ei waith cartref bob nos.",
    "Bydd Cerys yn cyrraedd ei tharged o ddarllen deg llyfr erbyn y Pasg.",
    "Bydd Nia yn cydweithio gyda'i ffrindiau ar y cynllun gardd yn yr ysgol.",
])
def test_the_childs_day_with_the_same_words_is_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


def test_the_finding_is_on_the_outcomes_line():
    case = one_goal("Bydd Ella yn cysgu drwy'r nos gyda chymorth y nyrs iechyd meddwl.", title="Nosweithiau tawel")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, "outcome: Bydd Ella")]
    assert "gyda chymorth y nyrs" in findings[0].message


def test_a_good_welsh_outcome_has_no_finding():
    case = one_goal("Bydd Ella yn cysgu drwy'r nos ac yn deffro'n hapus gyda chymorth ei mam.", title="Nosweithiau tawel")
    assert [f for f in run(case) if f.rule in ("service-focused-outcome", "outcome-without-child")] == []
