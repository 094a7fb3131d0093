"""A lexicon phrase is found in the other ways a glossary or a plan writes it, without each being listed:
one word, hyphenated or two words ('preterm', 'pre-term', 'pre term'; 'hind milk', 'hindmilk'), American
spelling of any word ('child centered'), a Latin or Greek plural ('diagnoses', 'criteria', 'orthoses'), and
a plural possessive where the lexicon writes the singular ('the young carers' assessment'); and plain English
that only looks like one of those forms is left alone.

The terms are a team's (extra_terms), not the shipped lexicon's, so that each test measures the way a form is
derived, not whether someone listed that form."""

from __future__ import annotations

import pytest

from coreplan.config import load_settings
from coreplan.rules import all_rules
from coreplan.rules.english_forms import other_numbers, other_writings, spellings
from coreplan.rules.english_rarity import common_words
from coreplan.rules.language import find_jargon, load_lexicon
from tests.helpers import found, line_of, merge

TEAM_TERMS = {
    "postweaning": "after the baby stops breast or bottle feeding",
    "hindbrain": "the back of the brain",
    "bottle teat": "the part of the bottle the baby sucks",
    "pupil centred": "built around the pupil",
    "triple diagnosis": "three conditions at once",
    "selection criterion": "what decides who is chosen",
    "orthosis": "a brace",
    "young carer assessment": "a talk about what help a young carer needs",
}
TEAM = load_lexicon({}, {"extra_terms": TEAM_TERMS}, {})


def jargon_in(text):
    return [written for written, plain in find_jargon(text, TEAM) if plain in TEAM_TERMS.values()]


@pytest.mark.parametrize("text, found_written", [
    # listed as one word, written hyphenated or as two (a prefix, or two everyday words)
    ("Ella's postweaning weight is fine.", ["postweaning"]),
    ("Ella's post-weaning weight is fine.", ["post-weaning"]),
    ("Ella's post weaning weight is fine.", ["post weaning"]),
    ("The scan showed the hind brain.", ["hind brain"]),
    # listed as two words, written as one
    ("Wash the bottleteat after each feed.", ["bottleteat"]),
    # an American spelling of the second word of a phrase
    ("Her lessons are pupil centered.", ["pupil centered"]),
    ("Her lessons are pupil-centered.", ["pupil-centered"]),
    # a Latin or Greek plural, either way round
    ("Mum has triple diagnoses.", ["triple diagnoses"]),
    ("The selection criteria are met.", ["selection criteria"]),
    ("Osian wears orthoses on both feet.", ["orthoses"]),
    # a plural possessive, or a plural, where the lexicon writes a singular inside the phrase
    ("Tomos will have a young carers' assessment.", ["young carers' assessment"]),
    ("Tomos will have a young carer's assessment.", ["young carer's assessment"]),
])
def test_a_phrase_is_found_in_a_way_of_writing_it_nobody_listed(text, found_written):
    assert jargon_in(text) == found_written


@pytest.mark.parametrize("text", [
    # a verb and its particle are never joined or split: 'handover' is not 'hand over'
    "Mum will hand over the keys on Friday.",
    "Dad will follow up with a phone call.",
    # two everyday words that only join into a word of their own
    "We will see the care taker at the school.",
    # a possessive keeps its number for an irregular plural: a child's home is not a children's home
    "Siân visited the child's home on Tuesday.",
])
def test_plain_english_that_looks_like_another_writing_is_left_alone(text):
    assert find_jargon(text, load_lexicon({}, {}, {})) == []


def test_the_writings_derived():
    common = common_words()
    assert other_writings("preterm", common) == ["pre term"]
    assert other_writings("hindmilk", common) == ["hind milk"]
    assert other_writings("hind milk", common) == ["hindmilk"]
    # a particle or a small word: a verb and its particle, never split nor joined
    assert other_writings("handover", common) == [] and other_writings("follow up", common) == []
    # a cut that leaves nobody's word is no cut: 'disclosed' is no 'disc losed'
    assert other_writings("disclosed", common) == [] and other_writings("sectioning", common) == []
    # joined, two everyday words that are a word of their own already
    assert other_writings("care taker", common) == []


def test_the_spellings_and_numbers_derived():
    assert {"centered", "centred"} <= spellings("centred") and "fiber" in spellings("fibre")
    assert "enrollment" in spellings("enrolment") and "aging" in spellings("ageing")
    assert "edema" in spellings("oedema") and "skeptical" in spellings("sceptical")
    assert other_numbers("diagnosis") == {"diagnoses"} and "criterion" in other_numbers("criteria")
    assert "phenomenon" in other_numbers("phenomena") and "vertebrae" in other_numbers("vertebra")
    assert other_numbers("care") == set() and other_numbers("houses") == set()


# --- the rule in a case: the exact rule and line -------------------------------------------------------

IN_A_PLAN = """\
goals:
  - id: feeding
    title: Feeding well
    concern: Carys is not sure when to stop night feeds.
    impact:
      ella: Ella wakes hungry in the night.
    outcome: Ella sleeps through most nights and feeds well in the day.
    rationale: Ella's post-weaning weight has dropped, so she needs her feeds spread through the day.
    ladder:
      - Ella wakes three times a night hungry.
      - Ella wakes once a night.
      - Ella sleeps through most nights.
    good_enough: 2
    actions:
      - who: carys
        what: Write down when Ella feeds and share it with Siân on Mondays.
        by: 2026-12-18
        how_we_will_know: Siân sees the feeding diary each Monday.
"""


def _team(tmp_path):
    config = tmp_path / ".coreplan.yaml"
    config.write_text("rules:\n  jargon:\n    extra_terms: {postweaning: after the baby stops milk feeds}\n")
    return load_settings(config, all_rules())


def test_the_rule_finds_a_hyphenated_writing_of_a_term_listed_as_one_word(tmp_path):
    text = merge(IN_A_PLAN)
    assert found(text, "jargon", settings=_team(tmp_path)) == [("jargon", line_of(text, "rationale: Ella's post"))]


def test_the_plain_version_passes(tmp_path):
    text = merge(IN_A_PLAN.replace("post-weaning", "current"))
    assert found(text, "jargon", settings=_team(tmp_path)) == []
