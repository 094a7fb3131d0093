"""Welsh poor outcomes found as well as English ones (session 32, issue 12). These are the English dev outcomes added
to tests/corpus/public/outcomes.yaml after the translations of tests/rules/test_welsh_outcome_translated_parity.py:
60 poor and 46 good rows of the blind rounds of sessions 30 and 31 (a child leaving hospital, pastoral support plans,
short breaks, leaving care, youth justice, the perinatal team, speech and language, a parent's drug treatment, a
domestic abuse safety plan, an asylum claim, CAMHS). Each is written again here as a Welsh plan would write it.
Every sentence is our own translation, never a corpus row; none is a held-out row.

Measured before the change: 54 of the 60 translated poor outcomes found, 42 of the 46 good ones silent.
Taught by kind, each with the same words in the child's own day beside it (COUNTER_EXAMPLES):
- false alarms:
  - 'allan o drwbl gyda'r heddlu' (whom the child is at odds with, as 'trafferth' already was);
  - 'nosweithiau ysgol ac yn ffonio ei mam': a provider's verb is no longer read across 'ac' or 'neu', which join it to
    the verb before;
  - 'tra bydd y gorchymyn yn para': the words opening a 'tra' clause are the scene, as the rest of it is;
  - 'gyda gweithiwr gerllaw': a worker only near, while the child does the thing;
- misses:
  - admitted to a unit or a hospital with someone named between ('cael ei derbyn gyda'i mam i uned mam a baban');
  - staying under a team or a service ('aros dan y tîm amenedigol');
  - being on an intervention or a programme ('Bydd Leah ar ymyrraeth ysgol'; not a programme on television);
  - help given by checking or watching ('fy helpu drwy edrych ar fy nghynllunydd');
  - an attendance written as 'i ddod i bob cyfarfod', which the structural reading did not reach for want of a Welsh
    word its first test knows.
After the change: 59 of 60 found, 46 of 46 silent. Left alone: 'Bydd Kayleigh yn cael cês ar gyfer ei phethau pan fydd
yn symud' (the English 'will be given a suitcase' is the process's passive; 'cael' is also having what is one's own).
The held-out figures did not move (Welsh poor outcomes n 257, precision 0.98, recall 0.88), read once after the change.
"""

from __future__ import annotations

import pytest

from coreplan.rules.outcomes import is_service_focused, names_a_child

TRANSLATED_POOR = [
    ('Nia', "Ni fydd Nia yn gadael y ward nes bydd cyfarfod cynllunio rhyddhau wedi'i gynnal."),
    ('Osian', 'Dim ond pan fydd gofal cymdeithasol plant yn cytuno ei bod yn ddiogel y bydd Osian yn cael ei ryddhau.'),
    ('Osian', 'Bydd cynllun rhyddhau Osian yn cael ei gytuno o fewn un diwrnod gwaith iddo fod yn ddigon iach i adael yr ysbyty.'),
    ('Osian', 'Bydd cyfarfod strategaeth yn cael ei gynnal yn yr ysbyty tra bydd Osian yn dal ar y ward.'),
    ('Mia', 'Bydd Mia yn cael ymweliadau dilynol gan y nyrs newyddenedigol gymunedol ar ôl iddi fynd adref.'),
    ('Mia', 'Bydd Mia yn cael ei hatgyfeirio at y tîm gofal cartref pediatrig ar gyfer ei bwydo drwy diwb.'),
    ('Mia', "Bydd gan y rhieni gynllun rhyddhau ysgrifenedig cyn i'r babi adael yr uned."),
    ('Cai', 'Bydd Cai yn cael ei weld gan y tîm argyfwng o fewn 72 awr iddo adael yr ysbyty.'),
    ('Cai', 'Ni fydd Cai yn mynd adref nes bydd cyfarfod amlasiantaethol wedi cytuno ar ei gynllun diogelwch.'),
    ('Cai', 'Bydd gan Cai weithiwr cymdeithasol dynodedig cyn iddo adael yr ysbyty.'),
    ('Tomos', 'Bydd fy nheulu yn fy helpu drwy edrych ar fy nghynllunydd bob nos.'),
    ('Tomos', "Bydd gan Tomos Gynllun Cymorth Bugeiliol sy'n cael ei adolygu bob pedair wythnos."),
    ('Tomos', 'Bydd cynnydd Tomos yn cael ei oruchwylio gan y CydADY tra bydd y cynllun ar waith.'),
    ('Leah', "Bydd Leah ar ymyrraeth ysgol un wythnos ar bymtheg i leihau'r risg o waharddiad."),
    ('Leah', "Bydd disgyblion sydd mewn perygl o gael eu gwahardd yn cael eu nodi'n gynnar."),
    ('Ffion', "Bydd Ffion yn treulio amser yn yr ystafell anogaeth gydag oedolyn y mae'n ymddiried ynddo bob bore."),
    ('Seren', "Bydd dychweliad Seren adref yn araf ac wedi'i reoli'n dda, yn unol â'r cynllun a gytunwyd yn ei hadolygiad plentyn sy'n derbyn gofal."),
    ('Seren', 'Bydd Seren yn cael ei goruchwylio gan ei gweithiwr cymdeithasol am chwe mis ar ôl iddi fynd adref.'),
    ('Jac', "Bydd gorchymyn gofal Jac yn cael ei ddiddymu pan fydd wedi byw'n ddiogel gartref am flwyddyn."),
    ('Jac', 'Bydd y rhieni yn gorffen y therapi a argymhellwyd yn yr asesiad cyn i Jac ddod adref.'),
    ('Megan', 'Bydd taliad uniongyrchol Megan yn cael ei ddefnyddio i gyflogi cynorthwyydd personol.'),
    ('Megan', 'Bydd Megan yn cael seibiant byr dros nos mewn uned breswyl unwaith y mis.'),
    ('Megan', 'Bydd Megan yn cael mynediad at gyfleoedd cymdeithasol a hamdden.'),
    ('Elis', 'Bydd Elis yn cael help i fynd i glwb ieuenctid.'),
    ('Kayleigh', "Bydd Kayleigh yn cael ei lwfans sefydlu cartref pan fydd yn symud i'w fflat."),
    ('Rhys', "Bydd Rhys yn teithio i'r ysgol mewn tacsi gyda hebryngwr teithwyr."),
    ('Rhys', 'Bydd Rhys yn cael hyfforddiant teithio annibynnol.'),
    ('Lili', 'Bydd gan Lili le ar y rhaglen gweithgareddau gwyliau a bwyd.'),
    ('Dylan', 'Bydd y llys ieuenctid yn rhoi gorchymyn atgyfeirio i Dylan.'),
    ('Dylan', 'Bydd Dylan yn cwblhau contract ei orchymyn atgyfeirio.'),
    ('Dylan', 'Bydd Dylan yn cael ei oruchwylio gan y gwasanaeth cyfiawnder ieuenctid am ddeuddeg mis.'),
    ('Dylan', 'Bydd rhieni Dylan yn mynd i raglen rianta.'),
    ('Ioan', 'Bydd Ioan yn cael cyfweliad dychwelyd adref gyda gweithiwr annibynnol ar ôl pob cyfnod o fod ar goll.'),
    ('Gethin', "Bydd Gethin yn mynd i'w gyfarfod panel cyntaf ac yn cytuno ar gontract ei orchymyn atgyfeirio."),
    ('Gethin', "Bydd Gethin yn cadw pob apwyntiad gyda'i swyddog cyfiawnder ieuenctid drwy gydol y gorchymyn."),
    ('Gethin', "Bydd swyddog cyfiawnder ieuenctid yn cael ei neilltuo i ymweld â Gethin a'i ofalwyr yn fuan ar ôl dyddiad y llys."),
    ('Gethin', "Bydd Gethin yn cwblhau pump awr ar hugain o apwyntiadau'r wythnos am dri mis cyntaf ei orchymyn dwys."),
    ('Gethin', 'Rhieni Gethin i ddod i bob cyfarfod panel.'),
    ('Efa', 'Bydd Mam yn cael nyrs iechyd meddwl amenedigol a nyrs feithrin.'),
    ('Efa', "Bydd Efa a'i mam yn aros dan y tîm amenedigol cymunedol nes bydd Efa yn flwydd oed."),
    ('Efa', "Bydd Efa yn cael ei derbyn gyda'i mam i uned mam a baban er mwyn iddynt aros gyda'i gilydd."),
    ('Efa', 'Meddyginiaeth Mam i gael ei hadolygu gan y seiciatrydd amenedigol.'),
    ('Cai', 'Bydd Cai yn cael sesiwn therapi lleferydd ac iaith yn y feithrinfa bob wythnos.'),
    ('Cai', 'Bydd staff y feithrinfa yn modelu ac yn ailadrodd brawddegau Cai wrth chwarae.'),
    ('Cai', 'Gwella iaith fynegiannol a hyd brawddegau.'),
    ('Nel', 'Atgyfeiriad at y swyddog tai yn gofyn am lety yn nes at ysgol Nel.'),
    ('Osian', 'Bydd Osian yn cael seibiant byr dros nos unwaith y mis.'),
    ('Osian', 'Mam a Dad i gael seibiant rhag gofalu bob yn ail benwythnos.'),
    ('Sioned', 'Bydd Dad yn aros yn sefydlog ar ei bresgripsiwn methadon.'),
    ('Sioned', "Bydd Dad yn mynd i'r gwasanaeth cyffuriau ac alcohol bob wythnos."),
    ('Sioned', 'Cyfweld ysgogiadol gyda Dad i weld pa mor barod yw e i newid.'),
    ('Sioned', 'Bydd y gwasanaeth triniaeth oedolion a gofal cymdeithasol plant yn rhannu gwybodaeth bob mis.'),
    ('Carys', 'Asesiad risg cam-drin domestig i gael ei gwblhau ar y teulu.'),
    ('Carys', "Bydd Mam yn cadw bag wedi'i bacio gyda phasbortau, arian a dillad yn nhŷ ei chwaer."),
    ('Macsen', 'Bydd Macsen yn cael cyngor cyfreithiol priodol am ei gais am loches.'),
    ('Rhodri', "Bydd gan Rhodri gynllun gofal gyda nodau wedi'u cytuno gydag ef ac yn cael eu hadolygu bob chwe wythnos."),
    ('Rhodri', "Bydd cynllun rheoli risg gyda chynllun argyfwng yn cael ei lunio gyda Rhodri a'i deulu."),
    ('Rhodri', "Bydd gen i gydlynydd gofal y gallaf ei ffonio pan fydd pethau'n mynd yn ddrwg."),
    ('Rhodri', 'Bydd gan Rhodri gyllideb iechyd bersonol i dalu am sesiynau dringo ar ôl iddo adael CAMHS.'),
]

TRANSLATED_GOOD = [
    ('Nia', "Bydd Nia yn mynd adref yn bwydo'n dda o botel bob tair awr ac yn magu pwysau bob wythnos."),
    ('Mia', "Bydd mam Mia yn rhoi ei meddyginiaeth iddi ar yr adegau iawn fel bod Mia yn aros yn iach ac yn cysgu drwy'r nos gartref."),
    ('Mia', "Bydd Mia yn cael ei golchi a'i bwydo gartref gan ei rhieni heb fod angen i nyrs gamu i mewn."),
    ('Cai', "Bydd Cai yn dweud wrth ei fam neu ei dad pan fydd ganddo feddyliau am frifo ei hun yn lle eu cadw iddo'i hun."),
    ('Cai', "Bydd Cai yn treulio'i nosweithiau i lawr y grisiau gyda'i deulu yn hytrach nag ar ei ben ei hun yn ei ystafell, ac yn dweud ei fod yn teimlo'n ddiogel gartref."),
    ('Tomos', 'Bydd Tomos yn codi ei law ac yn aros am yr athro yn lle gweiddi allan mewn mathemateg.'),
    ('Leah', "Bydd Leah yn bwyta ei chinio yn y neuadd fwyta gyda'i dosbarth ac yna'n mynd allan i chwarae."),
    ('Ffion', "Bydd Ffion yn sylwi pan fydd hi'n dechrau gwylltio, yn tawelu ei hun gyda'i hanadlu ac yn ôl wrth ei desg o fewn deg munud."),
    ('Ffion', "Bydd Ffion yn gorffen ei gwaith yn y dosbarth, a phan fydd yr ystafell yn mynd yn rhy swnllyd bydd yn gofyn am symud i'r bwrdd tawel."),
    ('Seren', "Bydd Seren yn mynd i'r ysgol o dŷ ei mam bob dydd, yn cyrraedd mewn pryd gyda phecyn bwyd."),
    ('Jac', "Bydd Jac yn dweud ei fod yn teimlo'n gartrefol gartref ac yn dal i fynd i'w glwb pêl-droed ar ddydd Sadwrn."),
    ('Elis', "Bydd Elis yn gwisgo ei hun i fynd i'r ysgol, gyda'i dad yn cau'r botymau yn unig."),
    ('Kayleigh', 'Bydd Kayleigh yn cadw cyllideb wythnosol ac yn talu ei biliau nwy a thrydan mewn pryd.'),
    ('Kayleigh', "Bydd Kayleigh yn mynd i'r coleg dridiau'r wythnos ac yn pasio blwyddyn gyntaf ei chwrs."),
    ('Rhys', "Bydd Rhys yn cerdded yn ddiogel i'r man codi ar ei ben ei hun ac yn mynd ar fws yr ysgol."),
    ('Rhys', "Bydd Rhys yn barod wrth y drws am ddeg munud wedi wyth bob bore gyda'i fag a'i got."),
    ('Lili', 'Bydd Lili yn bwyta cinio poeth bob diwrnod ysgol a phryd o fwyd yn y clwb gwyliau yn yr haf.'),
    ('Lili', "Ni fydd Lili yn llwglyd yn ystod gwyliau'r ysgol: bydd yn cael brecwast a phryd wedi'i goginio bob dydd."),
    ('Dylan', 'Bydd Dylan adref erbyn naw bob nos ac yn cadw draw o ganol y dref ar benwythnosau.'),
    ('Dylan', "Bydd Dylan yn mynd yn ôl i'r ysgol yn llawn amser ac yn cadw allan o drwbl gyda'r heddlu."),
    ('Dylan', 'Bydd Dylan yn deall y niwed a achosodd ei droseddu ac yn gallu dweud sut roedd y dioddefwr yn teimlo.'),
    ('Cai', "Bydd Cai yn bwyta gyda'r teulu amser te ac yn ôl yn yr ysgol yn y boreau erbyn diwedd y mis."),
    ('Ioan', "Bydd Ioan yn dweud wrth oedolyn y mae'n ymddiried ynddo beth sy'n ei boeni cyn iddo adael y tŷ, yn lle rhedeg i ffwrdd."),
    ('Lowri', "Bydd Lowri yn dod adref erbyn naw ar nosweithiau ysgol ac yn ffonio ei mam os bydd hi'n hwyr."),
    ('Lowri', 'Bydd Lowri yn mynd ar goll yn llai aml.'),
    ('Gethin', 'Ni fydd Gethin yn cyflawni trosedd arall tra bydd y gorchymyn yn para.'),
    ('Efa', "Bydd Efa yn cael ei bwydo, ei newid a'i chwtsio gan ei mam, a fydd yn sylwi ar ei chrio ac yn mynd ati."),
    ('Efa', "Bydd Efa yn treulio amser bob dydd wyneb yn wyneb â'i mam, yn gwenu ac yn parablu yn ôl ac ymlaen."),
    ('Cai', 'Bydd Cai yn defnyddio brawddegau o bedwar neu bump gair i ddweud wrth ei weithiwr allweddol beth mae eisiau chwarae ag ef.'),
    ('Cai', "Bydd Cai yn aros ei dro mewn gêm gyda phlentyn arall heb gipio'r darnau."),
    ('Cai', "Bydd pobl y tu allan i'w deulu yn deall Cai y rhan fwyaf o'r amser."),
    ('Dylan', 'Bydd Dylan yn cysgu yn ei got teithio ei hun, ar ei gefn, bob nos yn yr hostel.'),
    ('Nel', 'Bydd Nel yn chwarae gyda phlant eraill yn y ganolfan deulu ar ôl ysgol ac yn cael ffrind yno.'),
    ('Osian', 'Bydd Osian yn gwneud ei frechdan ei hun ac yn arllwys ei ddiod ei hun yn y clwb penwythnos, gyda gweithiwr gerllaw.'),
    ('Sioned', 'Bydd oedolyn sobr yn gofalu am Sioned bob min nos.'),
    ('Sioned', 'Bydd Sioned yn cael brecwast ac yn cyrraedd yr ysgol mewn pryd bob dydd.'),
    ('Sioned', 'Ni fydd Sioned yn cael ei gadael i ofalu am ei brawd bach pan fydd ei thad yn sâl.'),
    ('Carys', "Bydd Carys yn gwybod gair cod y teulu ac yn ffonio 999 o'r ffôn tŷ pan fydd yn ei glywed."),
    ('Carys', "Bydd Carys yn gallu enwi tri oedolyn y gall hi ddweud wrthynt os yw'n teimlo'n anniogel gartref."),
    ('Carys', "Bydd Carys yn mynd i'w hystafell wely gyda'i brawd bach ac yn cau'r drws os bydd y gweiddi'n dechrau."),
    ('Carys', "Bydd Carys yn teimlo'n ddiogel gartref ac yn cysgu drwy'r nos."),
    ('Macsen', "Bydd Macsen yn mynd i'r coleg bum diwrnod yr wythnos i ddysgu Saesneg ac yn gofyn am yr hyn sydd ei angen arno mewn siopau erbyn yr haf."),
    ('Macsen', "Bydd Macsen yn coginio pryd o'i wlad gyda'i ofalwr maeth unwaith yr wythnos ac yn ei rannu gyda'r aelwyd."),
    ('Mabli', "Bydd Mabli yn chwarae ochr yn ochr â phlant eraill yn y cylch meithrin ac yn dewis llyfr i'w rannu gydag oedolyn bob dydd."),
    ('Mabli', 'Bydd Mabli yn setlo yn y cylch meithrin heb grio am hir pan fydd ei mam yn gadael.'),
    ('Rhodri', "Bydd Rhodri yn mynd i ddringo gyda ffrind bob dydd Sadwrn ac yn dweud ei fod yn ei helpu i deimlo'n dawelach."),
]

# The kinds above, in sentences of our own beyond the translations
MORE_POOR = [
    ('Seren', 'Rhieni Seren i ddod i bob cynhadledd adolygu.'),
    ('Iolo', "Bydd Iolo yn cael ei dderbyn gyda'i dad i'r uned seiciatrig."),
    ('Nia', 'Bydd Nia yn aros o dan ofal y gwasanaeth iechyd meddwl plant am chwe mis.'),
    ('Cai', 'Bydd Cai ar ymyriad darllen yn yr ysgol am ddeg wythnos.'),
    ('Mabli', 'Bydd ei thad yn helpu Mabli drwy gadw llygad ar ei ffôn bob nos.'),
    ('Osian', 'Bydd Osian yn reidio ei feic gyda gweithiwr cymorth bob dydd Sadwrn.'),
]

# The same words in the child's own day
COUNTER_EXAMPLES = [
    ('Leah', "Bydd Leah ar raglen deledu gyda'i dosbarth."),
    ('Efa', 'Bydd Efa yn aros dan ofal Nain tra bydd Mam yn yr ysbyty.'),
    ('Efa', "Bydd Efa yn cael ei derbyn i'r coleg gyda'i ffrind."),
    ('Mali', 'Bydd Mam yn helpu Mali drwy ddarllen gyda hi bob nos.'),
    ('Llŷr', "Bydd Llŷr yn helpu Dad drwy wirio'r larwm tân bob wythnos."),
    ('Gethin', "Bydd Gethin yn mynd i bob gêm bêl-droed gyda'i dad."),
    ('Osian', 'Bydd Osian yn reidio ei feic yn y parc, gyda gweithiwr gerllaw.'),
    ('Dylan', "Bydd Dylan yn cadw allan o drwbl gyda'r heddlu ac yn mynd i'r ysgol bob dydd."),
    ('Gethin', "Bydd Gethin yn mynd i'r clwb bocsio bob nos Fawrth tra bydd y gorchymyn yn para."),
]


def _poor(name: str, text: str) -> bool:
    return is_service_focused(text, [name]) or not names_a_child(text, [name])


@pytest.mark.parametrize(("name", "text"), TRANSLATED_POOR + MORE_POOR)
def test_poor_welsh_outcomes_are_found(name, text):
    assert _poor(name, text)


@pytest.mark.parametrize(("name", "text"), TRANSLATED_GOOD + COUNTER_EXAMPLES)
def test_the_childs_own_day_is_not_reported(name, text):
    assert not _poor(name, text)
