"""Welsh terms of child health and maternity, school exclusion, appeals and inspection, renting, rent arrears and
behaviour in a rented home, and sickness, disability and family benefits (issue 12), from pages of ASDinfoWales,
Cydweithredfa Gogledd Cymru, the Senedd, Swansea Bay health board, Gurkha Justice, Swansea and the Vale of Glamorgan
councils, SNAP Cymru, Rhondda Cynon Taf, Rhentu Doeth Cymru, Cyfraith Cymru, Directgov, Citizens Advice, Mental
Health & Money Advice, Estyn, housing associations and Universal Credit guides: found in a plan's sentences, while
the everyday words they are made of (distress, a specialist shop, breathing space, a reasonable price, a suitable
person, a nuisance dog, waiting for the bus) stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae Jac mewn trallod emosiynol ers y gaeaf.", "trallod emosiynol"),
    ("Ni chaiff Dad ddod i mewn nes bod esgoredigaeth sefydledig.", "esgoredigaeth sefydledig"),
    ("Bydd y niwrolegydd pediatrig yn gweld Osian ym mis Mawrth.", "niwrolegydd pediatrig"),
    ("Bydd staff gofal sylfaenol yn atgyfeirio Osian.", "staff gofal sylfaenol"),
    ("Mae Mam wedi ysgrifennu at y corff llywodraethol.", "corff llywodraethol"),
    ("Mae Ffion mewn ysgol a ariennir gan y wladwriaeth.", "ysgol a ariennir gan y wladwriaeth"),
    ("Bydd y grant yn talu am weithgareddau cyfoethogi i Mali.", "weithgareddau cyfoethogi"),
    ("Mae'r landlord wedi rhoi hysbysiad i derfynu tenantiaeth i Mam.", "hysbysiad i derfynu tenantiaeth"),
    ("Roedd gan Mam denantiaeth fyrddaliadol sicr.", "denantiaeth fyrddaliadol sicr"),
    ("Mae gan Nain denantiaeth reoleiddiedig.", "denantiaeth reoleiddiedig"),
    ("Bydd Dad yn gofyn am gynllun cyfnod i anadlu.", "gynllun cyfnod i anadlu"),
    ("Roedd gan Mam esgus rhesymol dros fethu'r gwrandawiad.", "esgus rhesymol"),
    ("Bydd Mam yn anfon tystiolaeth atodol gyda'r ffurflen.", "tystiolaeth atodol"),
    ("Bydd cynghorydd lles yn helpu Dad gyda'r ffurflen.", "cynghorydd lles"),
    ("Mae Dad yn y grŵp gweithgarwch cysylltiedig â gwaith.", "grŵp gweithgarwch cysylltiedig â gwaith"),
    ("Bydd Mam yn cael taliad yn aros am apêl.", "taliad yn aros am apêl"),
    # the second round: school inspection, behaviour in a rented home, Universal Credit for families
    ("Bydd yr ysgol yn cael arolygiad craidd yn yr hydref.", "arolygiad craidd"),
    ("Mae ysgol Jac mewn categori gweithgarwch dilynol.", "gweithgarwch dilynol"),
    ("Bydd yr arolygydd cofnodol yn siarad â'r rhieni.", "arolygydd cofnodol"),
    ("Mae'r cymdogion yn cwyno am niwsans neu annifyrrwch.", "niwsans neu annifyrrwch"),
    ("Mae'r landlord wedi rhoi datganiad ysgrifenedig o'r contract i Mam.", "datganiad ysgrifenedig o'r contract"),
    ("Mae Jac yn cael y gyfradd gofal uwch.", "gyfradd gofal uwch"),
    ("Bydd Mam yn gofyn am yr elfen plentyn anabl i Jac.", "elfen plentyn anabl"),
    ("Telir yr ychwanegiad plentyn anabl bob mis.", "ychwanegiad plentyn anabl"),
    # the third round: speech, development and a child's first years
    ("Bydd Mam yn mynd â Jac i'r clinigau siarad i mewn.", "clinigau siarad i mewn"),
    ("Mae Jac ar y rhestr ddilynol.", "rhestr ddilynol"),
    ("Bydd y gweithiwr yn defnyddio model asesu newydd.", "model asesu"),
    ("Bydd y fydwraig yn rhoi cyngor cyn cenhedlu.", "cyn cenhedlu"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize(("text", "words"), [
    # 'apêl' drops its accent and takes -au or -iadau in the plural (welsh_text.IRREGULAR_PLURALS_CY)
    ("Gwrthodwyd yr apeliadau derbyn i'r ysgol.", "apeliadau derbyn"),
    ("Bydd y paneli apeliadau yn cwrdd yn yr haf.", "paneli apeliadau"),
])
def test_the_plural_of_apel_is_found(text, words):
    assert words in found(text), found(text)


def test_the_benefits_initials_are_spelled_out():
    assert dict(find_initials("Mae Mam yn cael TAP ac mae Jac yn cael LBA.", LEXICON, {})) == {
        "TAP": "Taliad Annibynnol Personol (budd-dal at gostau byw gyda salwch neu anabledd hirdymor)",
        "LBA": "Lwfans Byw i'r Anabl (budd-dal at gostau gofalu am blentyn anabl)",
    }
    assert dict(find_initials("Bydd AEF yn arwain yr ymweliad.", LEXICON, {})) == {
        "AEF": "Arolygydd Ei Fawrhydi (arolygydd o Estyn)"}


@pytest.mark.parametrize("text", [
    "Mae Mam mewn trallod ers i'w thad farw.",
    "Roedd Jac yn drist ac yn emosiynol ar ôl yr angladd.",
    "Mae Dad yn arbenigwr ar drwsio ceir.",
    "Mae'r siop yn gwerthu bwyd arbenigol o Gymru.",
    # specialist help, as its English twin 'specialist support' is plain (cy8 left it out as everyday Welsh)
    "Bydd Mali'n cael cymorth arbenigol gan y tîm.",
    "Mae'r newid wedi esgor ar syniadau newydd yn y teulu.",
    "Mae Nain yn berson addas i ofalu am y plant.",
    "Roedd gan Jac esgus am fod yn hwyr i'r ysgol.",
    "Mae'r pris yn rhesymol ac roedd ganddo reswm da.",
    "Mae angen amser i anadlu ar Mam.",
    "Cafodd Mali gyfnod i anadlu ar ôl yr arholiadau.",
    "Mae'r clwb drama yn cyfoethogi bywyd Mali.",
    "Mae Dad yn gweithio fel nyrs broffesiynol yn yr ysbyty.",
    "Mae'r amodau yn y tŷ yn oer ac yn llaith.",
    "Bydd Mam yn hawlio'r arian yn ôl cyn diwedd y mis.",
    "Mae Mam yn aros am y bws i'r dref.",
    "Mae'r tenant yn talu'r rhent bob mis ac mae'r landlord wedi trwsio'r to.",
    "Mae'r ysgol yn cael arian gan y llywodraeth.",
    "Roedd yr apeliadau am arian i'r elusen yn llwyddiannus.",
    "Mae Taid yn hoffi'r tap newydd yn y gegin.",
    "Bydd Dad yn gweld cynghorydd yn y Ganolfan Byd Gwaith.",
    "Mae'r staff yn y feddygfa yn garedig.",
    "Aeth Mam i'r feddygfa gyda'r babi newydd-anedig.",
    "Mae Mam yn dysgu ochr yn ochr â'i ffrind yn y gwaith.",
    "Mae'r ci drws nesaf yn niwsans bob nos.",
    "Bydd y wers ddilynol ddydd Llun.",
    "Mae Mali yn aelod craidd o'r tîm pêl-rwyd.",
    "Ni fydd neb yn gorfodi Jac i fwyta llysiau.",
    "Mae'r gyfradd llog ar y cerdyn yn uchel.",
    "Mae dŵr yn elfen bwysig o fywyd pob plentyn.",
    "Mae'r tŷ newydd yn ychwanegiad at y stryd.",
    "Mae'r cwpl yn siarad am atal cenhedlu gyda'r meddyg.",
    "Daeth Nain i mewn i siarad.",
    "Mae'r rhestr siopa ar y bwrdd.",
    "Mae Mali'n gwneud model o gastell.",
    "Bydd y meddyg yn asesu Jac yfory.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
    assert jargon_uses(text, LEXICON, frozenset(), known_words=None) == []
    assert find_initials(text, LEXICON, {}) == []
