"""Welsh terms of ALN tribunals, neonatal care and leave, and health visiting (issue 12), from Welsh pages no
earlier lexicon block or corpus row cites (Tribiwnlys Addysg Cymru, Busnes Cymru, StatsCymru): found in a plan's
sentences, mutated or plural, while the everyday words they are made of (a service at the shop, earnings, a school
exam, a screen, treating a friend) stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    # ALN tribunals
    ("Bydd yr ysgrifenyddiaeth yn anfon y papurau at Dad.", "ysgrifenyddiaeth"),
    ("Mae ei ysgrifenyddiaeth wedi ffonio Mam.", "ysgrifenyddiaeth"),
    ("Mae Mam yn credu bod yr ysgol yn gwahaniaethu ar sail anabledd.", "gwahaniaethu ar sail anabledd"),
    ("Mae hyn yn wahaniaethu ar sail anabledd, meddai SNAP.", "wahaniaethu ar sail anabledd"),
    # neonatal care and leave
    ("Mae gan Mam barhad gwasanaeth gyda'r cwmni.", "barhad gwasanaeth"),
    ("Mae parhad gwasanaeth Dad yn ddigon i gael y tâl.", "parhad gwasanaeth"),
    ("Mae Dad yn ennill mwy na'r isafswm enillion.", "isafswm enillion"),
    ("Mae'r isafswm enillion yn newid bob blwyddyn.", "isafswm enillion"),
    # health visiting
    ("Cafodd y babi arholiad corfforol yn chwe wythnos oed.", "arholiad corfforol"),
    ("Bydd y meddyg yn gwneud ei arholiad corfforol ddydd Llun.", "arholiad corfforol"),
    ("Mae'r arholiadau corfforol wedi mynd yn dda.", "arholiadau corfforol"),
    ("Bydd y nyrs yn sgrinio'r babi yn yr ysbyty.", "sgrinio'r"),
    ("Mae'r bwrdd iechyd yn sgrinio pob plentyn.", "sgrinio"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Mae'r gwasanaeth yn y siop yn dda.",
    "Mae enillion Dad wedi codi eleni.",
    "Mae Jac yn sefyll arholiad yn yr ysgol.",
    "Mae Mali'n gwylio'r sgrin.",
    "Mae Mam yn trin ei ffrind yn dda.",
    "Mae Taid yn edrych ar y sgrin deledu.",
    "Bydd Mam yn cael absenoldeb mamolaeth ar ôl geni'r babi.",
    "Bydd y panel yn gwrando ar Mam.",
    # 'tribiwnlys' alone is a plain word that other plain alternatives use
    "Bydd y tribiwnlys yn gwrando ar apêl Mam ym mis Mai.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
    assert jargon_uses(text, LEXICON, frozenset(), known_words=None) == []
    assert find_initials(text, LEXICON, {}) == []
