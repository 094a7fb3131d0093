"""How much of the jargon rule reaches terms nobody listed: its signals that are no list of phrases, measured
alone on the dev glossary phrases of tests/corpus/public.

The lexicon finds what it lists, and the dev part's terms are partly listed because someone read them. A
held-out term, or one of a glossary nobody here has read, is found only by what generalises: a rare word
(english_rarity), a name with an institutional head (english_names), a compound of listed words
(english_compounds), a court order or an assessment named by its modifier (after_a_modifier, and in Welsh
before_a_modifier and before_a_service_word). This measures those with every phrase of both lexicons taken
away, so that a change to one of them can be judged on the kind of term it reaches, not on the terms it
lists. Dev rows only: the held-out part is never read while tuning. Print the figures with

    python -m pytest tests/test_generic_jargon.py -s
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coreplan.rules import language

PUBLIC = Path(__file__).parent / "corpus" / "public"
# What the signals find alone (December 2026: 66 English, 63 Welsh), less two: the lexicons' own words
# (their plain alternatives, the Welsh phrases' words) keep a word from being a rare English word, so a
# phrase added elsewhere may take one or two; a change that finds fewer still has lost a kind of term,
# which the full lexicon's figures would hide behind the phrases it lists
FLOORS = {"en": 64, "cy": 61}


def generic_lexicon() -> language.Lexicon:
    """The shipped lexicon without a phrase: its patterns, head words and word lists only."""
    shipped = language.load_lexicon({}, {}, {})
    starts = language._starts({}, {}, heads=shipped.welsh_heads, compounds=shipped.compounds)
    return language.Lexicon({}, {}, frozenset(), {}, frozenset(), shipped.after_a_modifier, {}, {}, starts, {},
                            shipped.welsh_heads, shipped.welsh_service_heads, shipped.welsh_service_words,
                            shipped.compounds, welsh_words=shipped.welsh_words, plain_words=shipped.plain_words,
                            welsh_kind_heads=shipped.welsh_kind_heads)


@pytest.mark.parametrize("language_id, folder", [("en", ""), ("cy", "cy")])
def test_the_signals_beyond_the_lists_still_reach_their_kinds_of_term(language_id, folder):
    path = PUBLIC / folder / "terms.yaml"
    terms = [row["term"] for row in yaml.safe_load(path.read_text(encoding="utf-8"))
             if row["kind"] == "phrase" and row["split"] == "dev"]
    lexicon = generic_lexicon()
    found = [term for term in terms if language.find_jargon(term, lexicon)]
    print(f"\n[{language_id}] found with no phrase listed: {len(found)} of {len(terms)} dev glossary phrases")
    assert len(found) >= FLOORS[language_id], f"the signals beyond the lexicon found {len(found)}: " \
        f"fewer than {FLOORS[language_id]}; see which kind of term was lost with -s"


def test_no_phrase_is_left_in_the_generic_lexicon():
    lexicon = generic_lexicon()
    assert language.find_jargon("disorganised attachment", lexicon) == []  # listed only
    assert language.find_jargon("Carys rang the Housing Ombudsman.", lexicon) == [("Housing Ombudsman", "")]
