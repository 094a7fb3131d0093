"""Terms from councils' children's social care glossaries nobody here had read (en7, issue 12).

Fifteen words-we-use pages of councils' children's services, safeguarding partnerships, a children in care
council and fostering, adoption, kinship and leaving-care services in England, Scotland and Northern Ireland
(cited in coreplan/data/jargon.yaml, the en7 block): 102 of their 118 terms were found before anything was
added (0.86). The terms they showed missing are pinned here, each in a sentence of our own, with the plain
words they are made of silent in everyday sentences (the verb 'looked after' among them). None of these
sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)] + [
        words for words, _ in find_initials(text, LEXICON, {})]


@pytest.mark.parametrize(("text", "term"), [
    ("The worry is child on child sexual abuse at the skate park.", "child on child sexual abuse"),
    ("Rhys will meet his young person's adviser every month.", "young person's adviser"),
    ("Ffion's young person's advisor will help her find a flat.", "young person's advisor"),
    ("Her pathways plan will be reviewed before she is eighteen.", "pathways plan"),
    ("The report speaks of an impairment of health and development.", "impairment of health and development"),
    ("The conference decided to de-register Mali.", "de-register"),
    ("Looked after young people can get help with college costs.", "Looked after young people"),
    ("Cai is a looked-after young person.", "looked-after young person"),
])
def test_a_term_of_the_council_glossaries_is_found(text: str, term: str) -> None:
    assert term in found(text)


@pytest.mark.parametrize(("text", "initials", "words"), [
    ("The IRD was held the same day.", "IRD", "inter-agency referral discussion"),
    ("The CPPM will be on Monday.", "CPPM", "child protection planning meeting"),
])
def test_initials_of_the_council_glossaries_are_spelled_out(text: str, initials: str, words: str) -> None:
    expansions = dict(find_initials(text, LEXICON, {}))
    assert expansions[initials].startswith(words)


@pytest.mark.parametrize("text", [
    # 'looked after' as a verb, before the words of the name
    "Nain looked after young people at the youth club for years.",
    "Mum has looked after young people before, as a Brownie leader.",
    "She looked after children at the nursery for ten years.",
    # the plain words the new terms are made of
    "The young person's bike was fixed at the shop.",
    "Ask an adviser at the bank about the loan.",
    "The careers advisor at college helped him choose a course.",
    "We walked the coastal pathways and made a plan for lunch.",
    "The pathways in the park are muddy, so we will wear boots.",
    "Her health and development are good, the nurse said.",
    "Mum will register the new car in her name.",
    "Dad will register with the dentist next week.",
    "The teacher will register the class at nine.",
    "The children were kind to each other at the park.",
    "The young people went to the youth club on Friday.",
])
def test_plain_sentences_stay_plain(text: str) -> None:
    assert not jargon_uses(text, LEXICON, frozenset(), frozenset())
    assert not find_initials(text, LEXICON, {})
