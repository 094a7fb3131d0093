"""Welsh terms of regulated care, additional learning needs, youth justice, drugs, the family court, social
prescribing, housing and school attendance, from public Welsh pages nobody here had read (jargon_cy.yaml, the 'cy6'
blocks): each is found in a plan's sentence, in the forms Welsh writes it, and everyday Welsh around the same words
stays silent."""

from __future__ import annotations

import pytest

from tests.rules.test_welsh_matching_learned_adjectives import unlisted, welsh


@pytest.mark.parametrize("text, term", [
    ("Bydd Osian yn cael cymorth synhwyraidd yn yr ysgol.", "cymorth synhwyraidd"),
    ("Mae'r cartref yn dilyn y safonau rheoleiddiol.", "safonau rheoleiddiol"),
    ("Bydd y rheoleiddiwr yn ymweld â'r cartref.", "rheoleiddiwr"),
    ("Mae'r adroddiad yn rhoi sicrwydd annibynnol am y gwasanaeth.", "sicrwydd annibynnol"),
    ("Cafodd y gwasanaeth ei gynnwys mewn adolygiadau thematig.", "adolygiadau thematig"),
    ("Mae Dylan dros oedran cyfrifoldeb troseddol.", "cyfrifoldeb troseddol"),
    ("Cafodd ei anfon i ganolfan ddiogel i bobl ifanc.", "ganolfan ddiogel i bobl ifanc"),
    ("Mae hawl arestio ar y gorchymyn.", "hawl arestio"),
    ("Mae'r gwasanaeth wedi ysgrifennu damcaniaeth newid.", "damcaniaeth newid"),
    ("Mae'r elusen yn sôn am ystafelloedd defnyddio cyffuriau.", "ystafelloedd defnyddio cyffuriau"),
    ("Mae seiliau'r cais wedi'u rhoi i'r rhieni.", "seiliau'r cais"),
    ("Mae elfen ryngwladol i'r achos, gan fod y tad yn byw yn Sbaen.", "elfen ryngwladol"),
    ("Bydd y cysylltydd cymunedol yn ffonio Mam.", "cysylltydd cymunedol"),
    ("Mae dau gysylltwyr cymunedol yn yr ardal.", "gysylltwyr cymunedol"),
    ("Mae'r cyngor yn dilyn polisi dim troi allan i ddigartrefedd.", "dim troi allan i ddigartrefedd"),
    ("Mae pryder am bresenoldeb afreolaidd Osian.", "bresenoldeb afreolaidd"),
    ("Dilynodd yr ysgol y broses diwrnod cyntaf.", "broses diwrnod cyntaf"),
    ("Mae'r cod ymddygiad lleol yn dweud pryd y rhoddir dirwy.", "cod ymddygiad lleol"),
    ("Bydd y tîm yn cefnogi iechyd meddwl mamol Siân.", "iechyd meddwl mamol"),
])
def test_terms_of_regulation_youth_justice_and_housing_are_found(text, term):
    assert term in welsh(text)


@pytest.mark.parametrize("text", [
    "Mae Mali yn mynd i'r ysgol feithrin bob bore.",
    "Mae gan Osian anhawster dysgu, ac mae'r athrawes yn ei helpu.",
    "Bydd y llys ieuenctid yn gwrando ar yr achos.",
    "Does gan y tad ddim cofnod troseddol.",
    "Roedd e'n cysgu ar y stryd cyn dod i'r hostel.",
    "Mae'r cynllun yn dweud y bydd Mam yn trefnu'r tai yn gyntaf.",
    "Mae'r plant yn cael amser gyda'u tad yn y ganolfan deulu.",
    "Gwnaeth Dad ymrwymiad i ffonio'r plant bob nos.",
    "Roedd Osian yn chwarae triwant ddwywaith yr wythnos diwethaf.",
    "Roedd absenoldeb heb ganiatâd ddydd Gwener.",
    "Mae'r ysgol yn ffonio Mam ar y diwrnod cyntaf y mae Mali'n absennol.",
    "colli'r ysgol yn aml",
    "Roedd y babi mewn gofal dwys am wythnos, a'i bartner geni gyda Siân.",
    "Mae iechyd meddwl Mam yn well ers i'r babi gyrraedd.",
    "iechyd meddwl mam yn ystod beichiogrwydd ac ar ôl cael y babi",
    "yr ysgol yn cysylltu â'r teulu ar y diwrnod cyntaf y mae'r plentyn yn absennol",
    "rheolau'r cyngor am bryd y bydd yn rhoi dirwy am golli'r ysgol",
    "Bydd Nain yn helpu gyda'r synhwyrau: clywed, gweld a chyffwrdd.",
    # the plain words offered for these terms
    "help gyda'r synhwyrau, fel clywed, gweld a chyffwrdd",
    "y rheolau y mae'n rhaid i wasanaethau gofal eu dilyn",
    "y corff sy'n gwirio bod gwasanaethau gofal yn ddiogel ac yn gwneud eu gwaith yn dda",
    "bod yn ddigon hen i gael eich cyhuddo o drosedd, sef 10 oed yng Nghymru",
    "lle wedi'i gloi lle mae'r llys yn anfon person ifanc i aros",
    "yr heddlu'n cael arestio rhywun sy'n torri'r gorchymyn",
    "sut rydyn ni'n meddwl y bydd yr help yn newid pethau",
    "y rhesymau pam mae'r cyngor yn gofyn i'r llys",
    "bod rhan o'r achos yn ymwneud â gwlad arall, fel teulu sy'n byw dramor",
    "Mae'r teulu wedi teithio i wlad arall dros yr haf.",
    "rhywun sy'n eich helpu i ddod o hyd i grwpiau a help yn eich ardal",
    "peidio â gadael i neb golli ei gartref heb le arall i fynd",
])
def test_everyday_welsh_around_them_stays_plain(text):
    assert welsh(text) == []


@pytest.mark.parametrize("text, term", [
    ("Mae'r corff rheoleiddiol wedi ymweld â'r cartref.", "corff rheoleiddiol"),
    ("Mae fframwaith rheoleiddiol newydd ar gyfer maethu.", "fframwaith rheoleiddiol"),
    ("Mae'r adroddiad thematig yn sôn am y cyngor.", "adroddiad thematig"),
    ("Bydd y tîm synhwyraidd yn ymweld â Mali.", "tîm synhwyraidd"),
    ("Mae'r gwasanaeth synhwyraidd yn helpu Osian.", "gwasanaeth synhwyraidd"),
])
def test_regulation_a_theme_and_the_senses_name_a_head_unlisted(text, term):
    assert term in unlisted(text, term)


@pytest.mark.parametrize("text", [
    "Mae'r tîm yn ymweld bob wythnos.",
    "Mae gan Mali deganau synhwyraidd yn ei hystafell.",
    "Mae'r corff yn yr ysbyty.",
])
def test_the_same_heads_and_words_apart_stay_plain(text):
    assert welsh(text) == []
