"""Welsh twins of core English terms (session 33): a probe of our own, 63 terms of child protection, the family court,
school and leaving care written in our own Welsh (never corpus rows), found 56 before; the Welsh lexicon now lists the
child and family assessment, professional curiosity, a child missing education and a managed move, which the English
lexicon lists. Their words in everyday Welsh (a phone missing from a bag, moving house) stay plain. Left out, because
their words are everyday Welsh too: 'arwyddion diogelwch' (a site's safety signs as well as Signs of Safety), 'y tri
thŷ' (three houses in a street) and 'diogelwch yr heddlu' (the police's own safety). A second probe (59 terms of youth
justice, housing, health, drugs, school and mental capacity, all found in English) found 51 before and 56 after: a
skeletal survey, suicidal ideation, an eating disorder, psychosis and England's education, health and care plan; left
out, 'gofal parhaus' and 'dirprwyaeth' (ongoing care and a delegation in everyday Welsh)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Bydd y gweithiwr yn gwneud asesiad o'r plentyn a'r teulu erbyn 3 Mawrth.", "asesiad o'r plentyn a'r teulu"),
    ("Mae'r asesiad plentyn a theulu wedi dechrau.", "asesiad plentyn a theulu"),
    ("Roedd angen mwy o chwilfrydedd proffesiynol yn yr achos.", "chwilfrydedd proffesiynol"),
    ("Mae Cai ar goll o addysg ers mis Medi.", "ar goll o addysg"),
    ("Bydd Osian yn cael symud wedi'i reoli i Ysgol y Bryn.", "symud wedi'i reoli"),
    ("Cytunodd y ddwy ysgol ar symudiad wedi'i reoli.", "symudiad wedi'i reoli"),
    ("Bydd y babi yn cael arolwg ysgerbydol yn yr ysbyty.", "arolwg ysgerbydol"),
    ("Mae gan Lowri syniadau hunanladdol ers y gwanwyn.", "syniadau hunanladdol"),
    ("Mae gan Gwen anhwylder bwyta.", "anhwylder bwyta"),
    ("Cafodd Dad gyfnod o seicosis y llynedd.", "seicosis"),
    ("Roedd gan Cai gynllun addysg iechyd a gofal pan oedd yn byw yn Lloegr.", "gynllun addysg iechyd a gofal"),
    ("Mae gan Mam anhwylder straen wedi trawma.", "anhwylder straen wedi trawma"),
    ("Mae gan Osian anhwylder cwsg.", "anhwylder cwsg"),
])
def test_the_welsh_twins_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Roedd ffôn Cai ar goll o'i fag ysgol.",
    "Mae'r llyfr ar goll o'r llyfrgell.",
    "Bydd y teulu'n symud i'r tŷ newydd ym mis Mai.",
    "Mae Mali yn blentyn chwilfrydig sy'n holi am bopeth.",
    "Mae arwyddion diogelwch ar y giât.",
    "Mae tri thŷ ar y stryd.",
    "Mae Mam yn rhoi gofal parhaus i Nain ar ôl ei llawdriniaeth.",
    "Bydd Gwen yn bwyta ei chinio gyda'i ffrindiau.",
    "Mae gan Deio syndrom Down ac mae'n mwynhau nofio.",
    "Bydd Osian yn cysgu drwy'r nos yn ei wely ei hun.",
])
def test_the_same_words_in_everyday_welsh_stay_plain(text):
    assert found(text) == []
