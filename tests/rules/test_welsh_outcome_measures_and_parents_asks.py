"""Welsh outcomes that are a service's measure or a parent's compliance in other words, the Welsh of
tests/rules/test_outcome_measures_and_parents_asks.py, each with a sentence of our own (never a corpus row): a score
that a service's tool gives the child ('Bydd sgôr SDQ Osian yn gostwng'), the process's risk level, a parent's tests
for drugs or alcohol ('Bydd profion gwallt Mam yn glir'), a parent answering, telling or doing what a provider asks
('ateb galwadau'r gweithiwr cymdeithasol', 'dweud wrth y gweithiwr cymdeithasol am newidiadau', 'gwneud beth mae'r
gweithiwr yn ei ofyn') and a provider's work a parent makes sure of ('sicrhau bod y gweithwyr yn gallu gweld Tomos').
Beside them the same verbs about the child's own day stay silent: ringing Nain, telling her teacher when she is sad,
answering his phone, a child's own test, a score she gives herself, and the dentist with what the child gets from
it."""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, service_words
from tests.helpers import line_of, merge, run

NAMES = ["Cerys", "Osian", "Tomos", "Efa", "Rhys", "Mali", "Jac", "Nia", "Seren", "Deio", "Cai", "Gwion"]


@pytest.mark.parametrize(("text", "words"), [
    # a score that a service's tool gives, as the subject, and the process's risk level
    ("Bydd sgôr Cerys ar y raddfa les yn codi i 7.", "Bydd sgôr Cerys ar y raddfa"),
    ("Bydd sgôr SDQ Osian yn gostwng o dan 14 erbyn yr adolygiad nesaf.", "Bydd sgôr SDQ"),
    ("Bydd sgoriau Mali ar y seren ganlyniadau yn gwella ym mhob maes.", "Bydd sgoriau Mali ar y seren"),
    ("Bydd lefel risg Nia yn gostwng i isel erbyn yr haf.", "lefel risg"),
    # a parent's tests for drugs or alcohol
    ("Bydd profion gwallt Mam yn glir erbyn mis Mawrth fel bod Cerys yn gallu dod adref.", "profion gwallt Mam"),
    ("Bydd profion cyffuriau Dad yn negyddol bob wythnos fel bod Osian yn ddiogel.", "profion cyffuriau Dad"),
    ("Bydd Dad yn cael profion wrin clir am dri mis fel bod Jac yn gallu aros gyda fo.", "Dad yn cael profion wrin clir"),
    ("Bydd Mam yn profi'n negyddol am ganabis fel bod Efa yn aros gartref.", "Mam yn profi'n negyddol"),
    ("Bydd Tomos yn ddiogel gan y bydd profion anadl ei fam yn dangos dim alcohol.", "profion anadl ei fam"),
    # a parent answering, telling or doing what a provider asks
    ("Bydd Mam yn ateb galwadau'r gweithiwr cymdeithasol fel bod Rhys yn ddiogel.", "ateb galwadau'r gweithiwr"),
    ("Bydd Dad yn dweud wrth y gweithiwr cymdeithasol am unrhyw newidiadau yng nghartref Osian.",
     "dweud wrth y gweithiwr"),
    ("Bydd Mam a Dad yn dweud wrth y tîm gwaith cymdeithasol am unrhyw bartner newydd fel bod Mali yn ddiogel.",
     "dweud wrth y tîm"),
    ("Bydd Mam yn cadw'r ymwelydd iechyd yn gwybod am fwydo Efa.", "cadw'r ymwelydd iechyd"),
    ("Bydd Mam yn gwneud beth mae'r gweithiwr cymdeithasol yn ei ofyn fel bod Efa yn aros gartref.",
     "gwneud beth mae'r gweithiwr cymdeithasol yn ei ofyn"),
    ("Bydd Mam yn ymateb i negeseuon y gweithiwr cymdeithasol o fewn diwrnod, fel bod Jac yn ddiogel.",
     "ymateb i negeseuon y gweithiwr"),
    ("Bydd Mam yn dychwelyd galwadau'r gweithiwr cymdeithasol fel bod Nia yn ddiogel.", "dychwelyd galwadau'r gweithiwr"),
    ("Bydd Mam yn agor y drws i'r gweithwyr ar bob ymweliad fel bod Efa yn ddiogel.", "agor y drws i'r gweithwyr"),
    ("Bydd Dad yn rhoi gwybod i'r tîm os bydd yn symud tŷ gyda Efa.", "rhoi gwybod i'r tîm"),
    ("Bydd Mam yn rhoi gwybod am unrhyw newidiadau i'r gweithiwr cymdeithasol fel bod Tomos yn ddiogel.",
     "rhoi gwybod am unrhyw newidiadau i'r gweithiwr"),
    ("Bydd Dad yn dilyn yr hyn mae'r gweithwyr proffesiynol yn ei argymell er mwyn Rhys.",
     "dilyn yr hyn mae'r gweithwyr proffesiynol yn ei argymell"),
    ("Bydd Mali yn sgorio'n uwch ar yr holiadur lles.", "sgorio'n uwch ar yr holiadur"),
    ("Bydd sampl gwallt Mam yn negyddol fel bod Cerys yn gallu dod adref.", "sampl gwallt Mam"),
    # a provider's work that a parent makes sure of
    ("Bydd Dad yn sicrhau bod y gweithwyr yn gallu gweld Tomos ar bob ymweliad.", "sicrhau bod y gweithwyr"),
    ("Bydd Dad yn sicrhau bod y gweithwyr cymdeithasol yn cael dod i mewn i'r tŷ i weld Jac.",
     "sicrhau bod y gweithwyr"),
    # the English kinds the Welsh reading had not reached: young carers' provision, a rehabilitation place, joining a
    # service's group, a check had in the verb-noun, help taken up, adoption and fostering, information shared,
    # evidence given, life story work
    ("Bydd Osian yn mynd i'r clwb gofalwyr ifanc unwaith y mis.", "clwb gofalwyr ifanc"),
    ("Bydd Mam yn aros yn y cyfleuster adsefydlu am 12 wythnos fel bod Mali yn ddiogel.", "cyfleuster adsefydlu"),
    ("Bydd Seren yn ymuno â'r grŵp anogaeth.", "ymuno â'r grŵp anogaeth"),
    ("Bydd Deio yn cael sgrinio clyw.", "cael sgrinio"),
    ("Bydd Rhys yn manteisio ar y cynnig gofal plant.", "manteisio ar y cynnig gofal plant"),
    ("Bydd Cai yn cael ei fabwysiadu gan deulu cariadus.", "cael ei fabwysiadu"),
    ("Bydd Efa yn cael ei maethu gan deulu yn ei hardal.", "cael ei maethu"),
    ("Bydd gwybodaeth am Gwion yn cael ei rhannu rhwng yr asiantaethau.", "gwybodaeth am Gwion yn cael ei rhannu"),
    ("Bydd Seren yn rhoi tystiolaeth drwy gyswllt fideo.", "rhoi tystiolaeth"),
    ("Bydd Tomos yn cael llyfr taith bywyd.", "llyfr taith bywyd"),
    ("Bydd Mali yn mynd ar seibiant byr gyda gofalwyr cymorth.", "seibiant byr"),
    ("Bydd Jac yn gymwys am brydau ysgol am ddim.", "gymwys am brydau"),
    ("Bydd Tomos yn mynd i'r lloches gyda Mam.", "mynd i'r lloches"),
    ("Bydd Nia yn byw mewn hostel i bobl ifanc.", "byw mewn hostel"),
    ("Bydd Rhys yn cwblhau ei oriau gwneud iawn.", "oriau gwneud iawn"),
    ("Bydd Deio yn cael tag electronig.", "tag electronig"),
    # a charity that gives the help, by its name
    ("Bydd Cerys yn mynd i Barnardo's bob wythnos.", "mynd i Barnardo"),
    ("Bydd Jac yn mynd i Platfform bob dydd Iau.", "mynd i Platfform"),
    # a provider as the subject beside the child, as 'Nia and her worker will...' in English
    ("Bydd Nia a'i gweithiwr yn gwneud llyfr am ei theulu.", "Bydd Nia a'i gweithiwr"),
    # a school's nurture class, as a nurture group
    ("Bydd Deio yn cael ei roi mewn dosbarth anogaeth.", "cael ei roi mewn dosbarth anogaeth"),
    # help no longer needed does not hide a service named after it
    ("Ni fydd angen i Jac fynd i'r grŵp, a bydd yn cael ei weld gan y nyrs bob wythnos.", "cael ei weld"),
])
def test_a_measure_a_test_or_a_parents_compliance_is_service_wording(text, words):
    found = service_words(text)
    assert found is not None and found.group(0) == words, (text, found and found.group(0))
    assert is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    "Bydd Cerys yn ffonio Nain bob nos Sul.",
    "Bydd Mali yn dweud wrth ei hathrawes pan fydd hi'n drist.",
    "Bydd Mali yn dweud wrth ei gweithiwr cymdeithasol pan fydd hi'n poeni.",
    "Bydd Cerys yn dweud wrth ei gweithiwr cymdeithasol ei bod yn teimlo'n ddiogel gartref.",
    "Bydd Dad yn dweud wrth y gweithiwr cymdeithasol bod Jac yn cysgu'n well.",
    "Bydd Mam yn dweud wrth Nain pan fydd hi angen seibiant, fel bod Nia yn cael ei chinio.",
    "Bydd Osian yn ateb ei ffôn pan fydd allan.",
    "Bydd Mam yn ateb galwadau Nain fel bod Nia yn cael siarad â hi.",
    "Bydd Jac yn gwneud beth mae ei athro yn ei ofyn yn y dosbarth.",
    "Bydd Osian yn gwneud beth mae Nain yn ei ddweud amser gwely.",
    "Bydd Mam yn sicrhau bod Tomos yn ei wely erbyn wyth bob nos.",
    "Bydd Dad yn sicrhau bod yr ysgol yn gwybod pan fydd Rhys yn sâl.",
    "Bydd Cerys yn rhoi sgôr o 8 allan o 10 i'w diogelwch gartref.",
    "Bydd sgôr Mali yn ei phrawf sillafu yn codi.",
    "Bydd prawf gwallt Efa yn dangos nad oes cyffuriau yn ei chorff.",
    "Bydd Mam yn aros yn sobr fel bod Nia yn cyrraedd yr ysgol bob dydd.",
    "Bydd Nia yn mynd at y deintydd bob chwe mis fel bod ei dannedd yn iach ac nad ydynt yn brifo.",
    "Bydd Efa yn cael prawf llygaid ac yn gwisgo ei sbectol fel ei bod yn gallu gweld y bwrdd yn yr ysgol.",
    "Bydd Nia yn ymuno â'r côr yn yr ysgol.",
    "Bydd Cai yn ymuno â thîm pêl-droed y pentref.",
    "Bydd Nia yn ymuno â'r grŵp drama bob nos Fercher.",
    "Bydd Jac yn cael ei ddiogelu rhag niwed.",  # kept from harm is his safety, as 'protected from' in English
    "Bydd Mali yn chwarae gyda phlant eraill yn y cylch meithrin bob bore.",
    "Bydd Tomos yn teimlo'n ddiogel yn y lloches ac yn cysgu drwy'r nos.",
    # help the child will no longer need is a change in him, as 'will no longer need support' in English
    "Ni fydd angen i Jac gael cymorth un i un amser cinio erbyn y Pasg.",
    "Ni fydd angen iddo fynd i'r grŵp cymorth ar ôl y Nadolig.",
    "Bydd Mali yn gymwys i chwarae i dîm dan 12 y sir.",
    "Bydd Mam yn cysylltu â'r ymwelydd iechyd os bydd Efa yn sâl.",  # as a parent seeks help in the moment in English
    "Bydd Mam yn agor y drws i Nain bob bore Sadwrn.",
    "Bydd Mali a'i hathrawes yn darllen gyda'i gilydd bob bore.",
    "Bydd Nia a'i ffrindiau yn mynd i'r parc ar ôl ysgol.",
])
def test_the_same_words_about_the_childs_own_day_are_not(text):
    assert not is_service_focused(text, NAMES), (text, service_words(text) and service_words(text).group(0))


def test_the_finding_is_on_the_outcomes_line():
    case = merge("""goals:
  - id: nights
    title: Nosweithiau tawel
    concern: Mae Carys yn yfed gyda'r nos.
    impact:
      ella: Mae Ella yn gorwedd yn effro yn gwrando am y drws.
    outcome: Bydd Ella yn ddiogel gan y bydd profion alcohol ei mam yn glir bob wythnos.
    ladder:
      - Mae Ella yn effro nes bod Carys yn dod adref.
      - Mae Ella yn cysgu drwy'r nos gan amlaf.
    good_enough: 2
""")
    findings = [f for f in run(case) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(case, "outcome: Bydd Ella yn ddiogel")]
    assert "profion alcohol ei mam" in findings[0].message
