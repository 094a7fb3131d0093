"""English terms a probe of our own found missing (session 33: 80 terms of youth justice, housing, benefits, health,
drugs, school and mental capacity, never corpus rows; 71 found before): a paediatrician's 'perplexing presentation'
and a 'methadone script' are found in a plan's sentence, and a film script or a child's puzzling homework stays plain.
The names of benefits a family claims, 'self-harm' and a 'one page profile' were left out: they say what they are."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("The paediatrician described Mali's symptoms as a perplexing presentation.", "perplexing presentation"),
    ("Dad collects his methadone script from the chemist every Friday.", "methadone script"),
])
def test_the_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Cai learned his lines from the script for the school play.",
    "Mali found the maths homework perplexing, so Dad sat with her.",
    "Gwen gave a presentation about her holiday to the class.",
])
def test_the_same_words_in_a_familys_day_stay_plain(text):
    assert found(text) == []


def test_a_non_molestation_order_by_its_initials_gets_its_words():
    """A probe of 45 initials a plan writes found every one, but 'NMO' with no words to offer."""
    from coreplan.rules.language import find_initials

    assert find_initials("A NMO is in place until June.", LEXICON, {}) == [
        ("NMO", "non-molestation order (a court order that stops someone threatening or harming another person)")]
