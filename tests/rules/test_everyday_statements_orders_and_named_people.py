"""Three words listed for their professional sense, read in their everyday one (session 32, issue 12).

Found on plain texts and left alone by session 30, each a false alarm a family would see:
- Welsh 'datganiad' on its own, listed as a statement of special educational needs (Welsh glossaries of additional
  needs list it so), is any statement: one a club or a council gives out, one to the press or to a court. A word of
  publishing or of the court in the sentence says so; with none, in a plan, it stays the school's document, and the
  kinds listed whole ('datganiad tyst') are found as before.
- 'Please order...' at the start of a school letter read as the name of a court's order ('please' as its
  modifier, like 'care' of 'care order').
- 'the named person on the tenancy': whoever a paper names, not a worker a child can go to.
And one word with two professional senses: Welsh 'gofal sylfaenol' is a child's basic care (food, warmth, washing) in
a plan about neglect, and primary care (the GP's) in 'tîm gofal sylfaenol', as 'primary care team' is in English; the
team, its services and its people are listed in the health sense, so the plain words offered fit.
Every sentence here is our own, none a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize("text", [
    "Rhyddhaodd y cyngor ddatganiad i'r wasg ddydd Llun.",
    "Cyhoeddodd y clwb pêl-droed ddatganiad am y gêm.",
    "Darllenodd llefarydd yr heddlu ddatganiad y tu allan i'r ysbyty.",
    "Bydd y meddyg yn ysgrifennu datganiad i'r llys.",
    "Please order the school uniform from the shop by Friday.",
    "Kindly order your child's photographs online before half term.",
    "Mr Jones is the named person on the tenancy agreement.",
    "Mum is the named person on the car insurance.",
])
def test_everyday_sense_is_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "term"), [
    ("Mae gan Mia ddatganiad o anghenion addysgol arbennig.", "ddatganiad"),
    ("Bydd yr ysgol yn adolygu datganiad Mia bob blwyddyn.", "datganiad"),
    ("Bydd Mam yn gwneud datganiad tyst i'r llys.", "datganiad tyst"),
    ("The court made a care order in March.", "care order"),
    ("Please note the supervision order ends in May.", "supervision order"),
    ("Ffion's named person is her head teacher.", "named person"),
    ("Talk to the named person at school if you are worried.", "named person"),
])
def test_professional_sense_is_still_found(text, term):
    assert term in found(text)


@pytest.mark.parametrize(("text", "term", "plain"), [
    ("Bydd Mam yn rhoi gofal sylfaenol da i Cai bob dydd.", "gofal sylfaenol", "bwyd"),
    ("Bydd Dad yn gwneud apwyntiad gyda'r tîm gofal sylfaenol.", "tîm gofal sylfaenol", "meddyg teulu"),
    ("Bydd y gwasanaethau gofal sylfaenol yn cysylltu â Mam.", "gwasanaethau gofal sylfaenol", "meddyg teulu"),
    ("Bydd Dad yn gweld ymarferydd gofal sylfaenol.", "ymarferydd gofal sylfaenol", "meddyg teulu"),
])
def test_basic_care_and_primary_care_get_their_own_plain_words(text, term, plain):
    offered = dict(find_jargon(text, LEXICON))
    assert plain in offered[term]
