"""Welsh terms of domestic abuse, mental health law, the courts, adoption and ALN (issue 12) are found as a
plan writes them: mutated, in the plural, after a pronoun; and the everyday Welsh around them stays plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae Dad wedi bod yn stelcian Mam ers yr haf.", "stelcian"),
    ("Mae'r heddlu'n poeni am reolaeth orfodol yn y cartref.", "reolaeth orfodol"),
    ("Bydd y llys yn ystyried mesurau arbennig i Ella.", "mesurau arbennig"),
    ("Cafodd Dad ei holi mewn cyfweliad dan rybudd.", "cyfweliad dan rybudd"),
    ("Mae Mam yn glaf anffurfiol ar y ward.", "glaf anffurfiol"),
    ("Mae ganddi hawl i ôl-ofal adran 117.", "ôl-ofal adran 117"),
    ("Bydd y ddau riant yn rhannu cyfrifoldeb rhianta.", "cyfrifoldeb rhianta"),
    ("Daeth y gwasanaeth cyfryngol o hyd i'w mam geni.", "gwasanaeth cyfryngol"),
    ("Bydd athrawon ymgynghorol yn helpu'r ysgol.", "athrawon ymgynghorol"),
    ("Mae'r ddau eiriolwr trais domestig annibynnol wedi cwrdd.", "eiriolwr trais domestig annibynnol"),
])
def test_the_term_is_found_as_a_plan_writes_it(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Mae Mam yn rhannu'r gwaith o fagu'r plant gyda Nain.",
    "Aeth Ella i'r llys gyda'i thad i weld ble mae'n gweithio.",  # a visit, no court word named
    "Bydd Dad yn dweud wrth yr athro os yw Osian yn poeni.",
    "Mae'r claf yn y gwely drws nesaf yn garedig.",
])
def test_everyday_welsh_around_them_stays_plain(text):
    assert found(text) == []
