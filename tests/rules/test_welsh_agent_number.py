"""An agent noun in a Welsh lexicon phrase is found in the other number (issue 12): a phrase listed in the
plural -wyr in the singular -wr ('gofalwyr ifanc cudd' / 'gofalwr ifanc cudd'), and the -ydd agent's plural
-yddion, which Welsh councils write beside -wyr ('gofalwyr maeth' / 'gofalyddion maeth'); and the plural
adjective some Welsh writes after a plural noun ('troseddwyr ifanc' / 'troseddwyr ifainc')."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon
from coreplan.rules.welsh_text import lexicon_forms

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae Deio yn ofalwr ifanc cudd i'w fam.", "ofalwr ifanc cudd"),  # listed 'gofalwyr ifanc cudd'
    ("Benthycodd ei dad arian gan fenthycwr arian didrwydded.", "fenthycwr arian didrwydded"),
    ("Bydd y gofalyddion maeth cymeradwy yn mynd â Cai i'r ysgol.", "gofalyddion maeth cymeradwy"),  # a name
    ("Mae'r gofalyddion cysylltiedig yn cael lwfans.", "gofalyddion cysylltiedig"),  # listed 'gofalwr cysylltiedig'
    ("Cafodd ymadawr carchar le yn yr hostel.", "ymadawr carchar"),  # listed 'ymadawyr carchar'
    ("Mae'r sefydliad troseddwyr ifainc yn bell o Fangor.", "sefydliad troseddwyr ifainc"),  # 'ifanc' listed
])
def test_the_other_number_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Mae'r gofalwr yn helpu Nain i fynd i'r siop.",  # a carer alone is plain
    "Daeth y gweithwyr i drwsio'r to.",  # workers alone are plain
    "Mae gofalyddion ifanc yn cael cerdyn adnabod.",  # young carers are plain words
    "Mae'r bobl ifainc yn chwarae pêl-droed yn y parc.",  # young people are plain words
])
def test_plain_welsh_stays_plain(text):
    assert found(text) == []


def test_the_plural_and_singular_agent_are_each_others_forms():
    assert "gofalwr" in lexicon_forms("gofalwyr")
    assert "gofalyddion" in lexicon_forms("gofalwr") and "gofalyddion" in lexicon_forms("gofalwyr")
