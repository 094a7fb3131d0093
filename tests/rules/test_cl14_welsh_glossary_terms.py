"""Welsh terms of school attendance, domestic abuse protection orders, benefits for kinship carers, kinship care,
advocacy, Cafcass, young witnesses, eviction, adoption contact, maternity inspection, drugs and the criminal courts
(issue 12), from Welsh pages no earlier lexicon block or corpus row cites (the Public Services Ombudsman,
Monmouthshire council, GOV.UK, the Money Advice Service, Kinship, Foster Wales, Senedd Research, the Children's
Commissioner, an archived Directgov page, the Wales Centre for Public Policy, the National Adoption Service,
Healthcare Inspectorate Wales, the North Wales Police and Crime Commissioner, North Wales Police): found in a plan's
sentences, mutated or plural, while the everyday words they are made of (a party, an application form, a family's
friends, good care, a caring element, a child's interests, recording a song, a tenancy, planning a visit, no fault
of her own, a visit without warning, the police, a problem, a crime one way or the other, a class) stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    # school attendance
    ("Mae prydlondeb Jac wedi gwella ers mis Medi.", "prydlondeb"),
    ("Bydd yr athro'n siarad â Mam am ei phrydlondeb hi yn y bore.", "phrydlondeb"),
    ("Mae'r ysgol yn poeni am brydlondeb Mali.", "brydlondeb"),
    # domestic abuse protection orders
    ("Bydd Gwasanaeth Llysoedd a Thribiwnlysoedd EM yn anfon y dyddiad at Mam.", "gwasanaeth llysoedd a thribiwnlysoedd em"),
    ("Mae llythyr gan Wasanaeth Llysoedd a Thribiwnlysoedd EM.", "wasanaeth llysoedd a thribiwnlysoedd em"),
    ("Mae Gwasanaeth Carchardai a Phrawf EM yn gweithio gyda Dad.", "gwasanaeth carchardai a phrawf em"),
    ("Bydd Nain yn gwneud cais trydydd parti am y gorchymyn.", "cais trydydd parti"),
    ("Bydd y llys yn gwrando ar ei gais trydydd parti ddydd Llun.", "gais trydydd parti"),
    ("Bydd y cyngor yn ystyried ceisiadau trydydd parti.", "ceisiadau trydydd parti"),
    # benefits for kinship carers
    ("Mae Nain yn ofalwr teulu a ffrindiau i Osian.", "ofalwr teulu a ffrindiau"),
    ("Bydd y grŵp yn helpu gofalwyr teulu a ffrindiau yn y sir.", "gofalwyr teulu a ffrindiau"),
    ("Mae Mam yn cael yr elfen gofal am Osian.", "elfen gofal"),
    ("Bydd ei elfen gofal yn codi ym mis Ebrill.", "elfen gofal"),
    # kinship care
    ("Mae Jac mewn gofal carennydd gyda'i fodryb.", "gofal carennydd"),
    ("Bydd y tîm yn cefnogi ei ofal carennydd.", "ofal carennydd"),
    # advocacy
    ("Bydd yr eiriolwr yn mynd â barn Mali at y llunwyr penderfyniadau.", "llunwyr penderfyniadau"),
    ("Bydd y cyfarfod yn cyfnerthu hawliau Jac.", "cyfnerthu"),
    ("Mae'r gweithiwr am gyfnerthu llais y plant.", "gyfnerthu"),
    # Cafcass
    ("Bydd y gwarcheidwad yn edrych ar fuddiannau'r plentyn.", "fuddiannau'r plentyn"),
    ("Mae buddiannau'r plant yn dod yn gyntaf.", "buddiannau'r plant"),
    # young witnesses
    ("Bydd Mali'n recordio tystiolaeth ymlaen llaw yn y llys.", "recordio tystiolaeth ymlaen llaw"),
    # eviction
    ("Mae gan Mam denantiaeth deiliadaeth fer a sicrhawyd ar y tŷ.", "denantiaeth deiliadaeth fer a sicrhawyd"),
    ("Mae ei thenantiaeth deiliadaeth fer a sicrhawyd yn dod i ben.", "thenantiaeth deiliadaeth fer a sicrhawyd"),
    ("Mae eu tenantiaeth deiliadaeth fer a sicrhawyd wedi newid yn gontract.", "tenantiaeth deiliadaeth fer a sicrhawyd"),
    # adoption contact
    ("Bydd y gweithiwr cymdeithasol yn dechrau cynllunio cyswllt gyda'r teulu.", "cynllunio cyswllt"),
    ("Mae'r asiantaeth wedi gorffen ei chynllunio cyswllt.", "chynllunio cyswllt"),
    # maternity inspection and drugs
    ("Bydd yr uned famolaeth yn cael arolygiad dirybudd eleni.", "arolygiad dirybudd"),
    ("Mae'r cartref plant wedi cael dau arolygiad dirybudd.", "arolygiad dirybudd"),
    ("Mae arolygiadau dirybudd yn digwydd bob blwyddyn.", "arolygiadau dirybudd"),
    ("Mae Dad yn cael Triniaeth â Chymorth Heroin yn y clinig.", "triniaeth â chymorth heroin"),
    ("Bydd Comisiynydd Heddlu a Throsedd yr ardal yn ymweld â'r prosiect.", "comisiynydd heddlu a throsedd"),
    ("Mae'r llythyr gan Gomisiynydd Heddlu a Throsedd y gogledd.", "gomisiynydd heddlu a throsedd"),
    ("Mae'r gwasanaeth yn gweithio gyda defnyddwyr cyffuriau problemus.", "defnyddwyr cyffuriau problemus"),
    ("Roedd ewythr Jac yn ddefnyddiwr cyffuriau problemus.", "ddefnyddiwr cyffuriau problemus"),
    # the criminal courts
    ("Bydd y barnwr dosbarth yn gwrando ar achos Dad.", "barnwr dosbarth"),
    ("Mae'r llythyr yn dweud bod yr achos o flaen farnwr dosbarth.", "farnwr dosbarth"),
    ("Mae'r heddlu'n dweud bod y rhain yn droseddau ditiol.", "droseddau ditiol"),
    ("Cafodd ewythr Jac ei gyhuddo o drosedd ditiol.", "drosedd ditiol"),
    ("Bydd Mam yn mynd â'r achos i'r Llys Apêl.", "llys apêl"),
    # mutated after 'fy' and 'eu'
    ("Mae fy ngofal carennydd i Jac wedi para dwy flynedd.", "ngofal carennydd"),
    ("Mae eu hymweliad nhw'n dibynnu ar eu prydlondeb.", "prydlondeb"),
    ("Bydd eu cais trydydd parti yn mynd i'r llys.", "cais trydydd parti"),
    ("Mae fy nghais trydydd parti wedi'i anfon.", "nghais trydydd parti"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    # 'troi allan heb fai' (no-fault eviction) is left out of the lexicon: its words are everyday Welsh too
    "Cafodd Mam ei throi allan heb fai arni.",
    # 'seibiant byr' is left out: our own plain alternatives use it as the plain words
    "Bydd y teulu'n cael seibiant byr yn y gwanwyn.",
    "Roedd y parti pen-blwydd yn hwyl.",
    "Mae Mam wedi llenwi'r ffurflen gais ar gyfer y swydd.",
    "Mae ffrindiau'r teulu'n dod i de ddydd Sul.",
    "Mae Nain yn rhoi gofal da i'r plant.",
    "Mae elfen o hwyl yn y gwersi.",
    "Mae'r plant yn gofalu am y ci.",
    "Mae'r athro'n meddwl am fudd y plentyn.",
    "Bydd Mali'n recordio cân gyda'i ffrindiau.",
    "Mae gan Mam denantiaeth gyda'r cyngor.",
    "Bydd Dad yn cynllunio ymweliad â'r traeth.",
    "Mae Jac yn cyrraedd yr ysgol ar amser bob dydd.",
    "Mae'r llys yn y dref.",
    "Bydd y teulu'n penderfynu ble i fynd ar wyliau.",
    "Mae Mali'n paru'r sanau ar ôl golchi.",
    "Bydd cyflwyniadau'r plant yn y neuadd ddydd Gwener.",
    "Cafodd Mam ymweliad gan y nyrs heb rybudd.",
    # 'troseddau naill ffordd' (either-way offences) is left out: the singular is everyday Welsh too
    "Mae'n drosedd naill ffordd neu'r llall.",
    "Mae Mali yn y dosbarth cyntaf yn yr ysgol.",
    "Mae Nain wedi cynnig gofal plant i'w chwaer.",
    # 'trigolyn sefydlog' (a settled resident, in the immigration sense) is left out: its words are everyday too
    "Mae hi'n drigolyn sefydlog yn y pentref ers blynyddoedd.",
    "Mae'r heddlu'n chwilio am y lleidr.",
    "Mae gan Jac broblem gyda'i waith cartref.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
    assert jargon_uses(text, LEXICON, frozenset(), known_words=None) == []
    assert find_initials(text, LEXICON, {}) == []
