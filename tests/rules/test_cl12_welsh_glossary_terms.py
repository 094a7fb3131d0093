"""Welsh terms of fostering pay, criminal exploitation, family courts, physical punishment, family meetings, carers,
young witnesses, youth justice, consent, health visiting, paying for care, youth work inspection and autism
assessment (issue 12), from Welsh pages no earlier lexicon block or corpus row cites (Caerphilly Foster Care,
Cardiff council, an archived Directgov page, GOV.UK, Grŵp Cynefin, Sorting Out Separation, the Welsh Government,
Exchange Wales, Ceredigion council, Victim and Witness Information, Torfaen council, Betsi Cadwaladr health board,
Neath Port Talbot council, Estyn, the National Autism Team, Social Care Wales): found in a plan's sentences,
mutated or plural, while the everyday words they are made of (a good parent, a frail grandmother, a court visit
with a solicitor, planning ahead, a party, a shop manager, care at home, a bus fare, a strong attack in football,
a model castle, a term that has started well) stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    # fostering pay
    ("Mae Mrs Jones yn cael y lwfans cenedlaethol am ofalu am Jac.", "lwfans cenedlaethol"),
    ("Bydd y gofalwr maeth yn cael ei lwfans sylfaenol bob wythnos.", "lwfans sylfaenol"),
    ("Mae'r lwfans cynnal a chadw yn talu am ddillad ysgol Mali.", "lwfans cynnal a chadw"),
    ("Mae'r lwfansau cynnal a chadw wedi codi eleni.", "lwfansau cynnal a chadw"),
    # criminal exploitation
    ("Mae Taid yn oedolyn bregus ac yn byw ar ei ben ei hun.", "oedolyn bregus"),
    ("Mae'r gang yn targedu oedolion bregus yn y dref.", "oedolion bregus"),
    # courts and the police
    ("Bydd Dad yn barti hunan gynrychiolaeth yn y gwrandawiad.", "barti hunan gynrychiolaeth"),
    ("Cafodd ewythr Jac ei gyhuddo o ymosodiad cyffredin.", "ymosodiad cyffredin"),
    ("Cafodd Dad ei arestio am ymosodiad cyffredin yn y dafarn.", "ymosodiad cyffredin"),
    ("Bydd Mali'n cael ymweliad ymlaen llaw â'r llys cyn yr achos.", "ymweliad ymlaen llaw â'r llys"),
    ("Bydd y Gwasanaeth Tystion yn trefnu eu hymweliad ymlaen llaw â'r llys.", "hymweliad ymlaen llaw â'r llys"),
    ("Cafodd Jac benderfyniad adferol ieuenctid ar ôl torri'r ffenest.", "benderfyniad adferol ieuenctid"),
    # family meetings and carers
    ("Bydd y teulu'n dod i gyfarfod cyfranogol ym mis Mai.", "gyfarfod cyfranogol"),
    ("Mae'r cyngor yn cynnal cyfarfodydd cyfranogol gyda theuluoedd.", "cyfarfodydd cyfranogol"),
    ("Mae Mam yn ofalwr sy'n rhiant i Osian.", "ofalwr sy'n rhiant"),
    ("Bydd y grŵp yn cefnogi gofalwyr sy'n rhieni.", "gofalwyr sy'n rhieni"),
    # consent and health visiting
    ("Bydd y nyrs yn defnyddio prawf Gillick cyn rhoi'r brechlyn i Mali.", "prawf gillick"),
    ("Bydd y meddyg yn gwneud ei phrawf Gillick yn yr apwyntiad.", "phrawf gillick"),
    ("Mae'r teulu'n cael ymweliadau iechyd gwell ers geni'r babi.", "ymweliadau iechyd gwell"),
    # paying for care
    ("Bydd rheolwr gofal Nain yn ffonio Mam.", "rheolwr gofal"),
    ("Mae ei reolwr gofal wedi trefnu help yn y bore.", "reolwr gofal"),
    ("Bydd fy rheolwr gofal yn dod ddydd Iau.", "rheolwr gofal"),
    ("Mae'r rheolwyr gofal yn cwrdd bob mis.", "rheolwyr gofal"),
    ("Mae Taid yn cael gofal dibreswyl gan y cyngor.", "gofal dibreswyl"),
    ("Bydd ei ofal dibreswyl yn dechrau ym mis Mehefin.", "ofal dibreswyl"),
    ("Mae'r cyngor wedi anfon llythyr am y tâl asesedig.", "tâl asesedig"),
    ("Bydd Nain yn talu ei thâl asesedig bob mis.", "thâl asesedig"),
    ("Mae fy nhâl asesedig wedi codi.", "nhâl asesedig"),
    ("Mae'r gofalwr maeth yn cael lwfans cynnal a chadw at fwyd a dillad Jac.", "lwfans cynnal a chadw"),
    ("Mae Jac yn mynd i gyfarfod cyfranogol gyda'i nain.", "gyfarfod cyfranogol"),
    # the inspection of youth work (Estyn's list of terms)
    ("Bydd Arolygydd Ei Fawrhydi yn ymweld â'r clwb ieuenctid.", "arolygydd ei fawrhydi"),
    ("Bydd y gydlynydd arolygu yn ffonio'r clwb ieuenctid.", "gydlynydd arolygu"),
    ("Mae'r clwb wedi llenwi'r ffurflen cyswllt arolygiad.", "ffurflen cyswllt arolygiad"),
    ("Mae'r papurau yn yr ystafell arolygu rithwir.", "ystafell arolygu rithwir"),
    # autism assessment and neurodivergence
    ("Mae gan Osian niwroffibromatosis.", "niwroffibromatosis"),
    ("Mae gan Jac sglerosis oddfog.", "sglerosis oddfog"),
    ("Cafodd y babi ei eni â gwyriad cynhenid.", "gwyriad cynhenid"),
    ("Roedd gwyriadau cynhenid ar y sgan.", "gwyriadau cynhenid"),
    ("Mae'r ysgol yn defnyddio model sy'n seiliedig ar ddiffygion.", "model sy'n seiliedig ar ddiffygion"),
    ("Mae'r nyrs wedi rhoi farnais fflworid ar ddannedd Jac.", "farnais fflworid"),
    # immigration and mothers' mental health
    ("Mae Dad yn fudwr annogfenedig ac yn poeni am yr heddlu.", "fudwr annogfenedig"),
    ("Bydd y cyngor yn helpu mudwyr annogfenedig sydd â phlant.", "mudwyr annogfenedig"),
    ("Mae'r tîm amenedigol yn defnyddio model paru gofal.", "model paru gofal"),
    ("Bydd Mam yn dilyn y llwybr clinigol ar ôl geni'r babi.", "llwybr clinigol"),
    ("Bydd Dad yn gofyn am gronni ymweliadau er mwyn i'r plant ei weld yn nes at adref.", "gronni ymweliadau"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


def test_the_inspection_initials_are_spelled_out():
    assert dict(find_initials("Mae'r FfCA yn yr YAR, a bydd SAAr yn dilyn.", LEXICON, {})) == {
        "FfCA": "ffurflen cyswllt arolygiad (ffurflen am y gwasanaeth cyn i Estyn ddod i'w wirio)",
        "YAR": "ystafell arolygu rithwir (gwefan ddiogel lle mae'r gwasanaeth yn rhannu papurau gydag Estyn)",
        "SAAr": "sicrhau ansawdd arolygiadau (arolygydd arall yn gwirio bod yr arolygiad wedi'i wneud yn iawn)",
    }


@pytest.mark.parametrize("text", [
    # 'Dechrau'n Deg' (Flying Start) is left out of the lexicon: its words are everyday Welsh too
    "Mae'r tymor wedi dechrau'n deg.",
    "Mae Mam yn rhiant da ac yn gofalu'n dda am y plant.",
    "Mae Nain yn fregus ar ôl ei salwch.",
    "Mae'r oedolion yn y teulu'n helpu gyda'r siopa.",
    "Bydd Mam yn ymweld â'r llys yfory gyda'i chyfreithiwr.",
    "Bydd Dad yn cynllunio ymlaen llaw ar gyfer y gwyliau.",
    "Mae'r cyngor wedi rhoi lwfans dillad i Jac.",
    "Roedd y parti pen-blwydd yn hwyl.",
    "Mae'r gêm yn brawf da o sgiliau Jac.",
    "Mae'r rheolwr yn y siop yn garedig.",
    "Mae'r gofal yn y cartref yn dda.",
    "Mae'r tâl am y bws ysgol wedi codi.",
    "Roedd yr ymosodiad ar y tîm pêl-droed yn gryf.",
    "Mae'r cyfarfod ysgol ddydd Mawrth.",
    "Bydd yr ymwelydd yn dod i weld y babi yr wythnos nesaf.",
    "Cafodd Jac benderfyniad da gan y dyfarnwr.",
    "Mae cynnal a chadw'r tŷ yn waith caled.",
    "Bydd yr ystafell yn barod cyn yr ymweliad.",
    "Mae'r ffurflen ar y bwrdd yn y gegin.",
    "Mae Jac yn chwarae gêm rithwir ar y cyfrifiadur.",
    "Mae'r model o'r castell yn dda.",
    "Roedd y babi'n iach pan gafodd ei eni.",
    # 'Cynllun Gwên' (Designed to Smile) is left out of the lexicon: its mutated words are everyday Welsh too
    "Rhoddodd y cynllun wên ar wyneb Mam.",
    "Mae'r farnais ar y drws yn sgleinio.",
    "Cerddodd y teulu ar hyd y llwybr i'r traeth.",
    "Mae Mali'n paru'r sanau ar ôl golchi.",
    "Ni fydd Mam yn gadael y plentyn ar ei ben ei hun gyda'r nos.",
    "Mae'r teulu'n cronni arian ar gyfer y gwyliau.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
    assert jargon_uses(text, LEXICON, frozenset(), known_words=None) == []
    assert find_initials(text, LEXICON, {}) == []
