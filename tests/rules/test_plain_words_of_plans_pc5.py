"""A child's common illnesses, the medicine cupboard and a school residential stay plain (session 35, issue 12).

A fifth fresh set of plain-language controls (tests/corpus/public/controls.yaml and cy/controls.yaml, the rows of
session 35, pc5) showed two English false alarms on its dev part, both of one kind: the name of a common childhood
illness and the medicines every family keeps, read as rare words ('chickenpox usually starts with spots on the
face', 'you can give paracetamol, but not ibuprofen'). Probe sentences of our own written afterwards, as a hostile
reader would, of a family's year (illnesses, a residential, bins, bus passes, a baby's night), added the other
illnesses a school's letter names ('conjunctivitis', 'impetigo'), the activities of a residential at an outdoor
centre ('abseiling', 'orienteering', 'coasteering') and a baby's sleeping bag ('a grobag'). The Welsh set and
twenty-two Welsh probes fired on nothing. Each kind is pinned here with plain sentences of our own silent, and the
words a family glossary would explain still found: a clinic's words ('emollient', 'bronchiolitis', 'meconium'),
a council's ('concessionary', 'kerbside') and the tax office's initials. None of these sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)] + [
        words for words, _ in find_initials(text, LEXICON, {})]


@pytest.mark.parametrize("text", [
    # the common illnesses of a child's school year, as a school's or a pharmacy's page for parents names them
    "Cai has chickenpox, so he's off school until the spots scab over.",
    "Chickenpox went round the whole of Mali's class before Easter.",
    "The pharmacist said it was conjunctivitis and gave us some drops.",
    "Impetigo spreads easily, so Efa has her own towel this week.",
    # the medicines every family keeps in the cupboard
    "Give Osian some children's paracetamol if his temperature goes up.",
    "The doctor said ibuprofen is fine for her sore ear.",
    "The paracetamol and the plasters are in the top cupboard.",
    # the activities of a school residential at an outdoor centre
    "On the residential Seren went abseiling and orienteering.",
    "Dylan abseiled down the climbing tower and loved it.",
    "Year 6 will go coasteering on the Thursday if the sea is calm.",
    # a baby's sleeping bag
    "Lowri sleeps in a grobag so she can't kick the covers off.",
    "Please pack two grobags for the baby's weekend with Nain.",
    # 'micro' as the first half of an everyday compound (found by the en13 lexicon round)
    "The puppy will be micro-chipped before it comes home.",
    "Mali rides her micro scooter to school.",
])
def test_plain_sentences_stay_silent(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "term"), [
    # a clinic's words, which a glossary for families explains, are still reported
    ("Seren has eczema, so we use an emollient cream after her bath.", "emollient"),
    ("The baby has bronchiolitis and is in hospital.", "bronchiolitis"),
    ("The midwife checked for meconium.", "meconium"),
    # a council's words are left alone
    ("Nain has a concessionary bus pass.", "concessionary"),
    ("Leave the box at the kerbside.", "kerbside"),
    # the tax office's initials still need saying in full
    ("HMRC will write to you if your Child Benefit changes.", "HMRC"),
    # the jargon of a plan is still found beside the plain words
    ("The child protection conference is on Monday; Cai has chickenpox.", "child protection conference"),
])
def test_what_was_left_alone_is_still_found(text, term):
    assert term in found(text)
