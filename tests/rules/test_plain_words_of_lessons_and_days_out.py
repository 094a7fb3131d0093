"""Plain words of lessons, school terms and days out stay plain (session 30, issue 12).

A second fresh set of plain-language controls (tests/corpus/public/controls.yaml and cy/controls.yaml, the rows of
session 30) showed false alarms by kind on its dev part: a verb whose noun a glossary lists as a plural process
('the lesson they have been allocated', from 'allocations'), the school's own tests named by their term or subject
('the summer assessments'), an animal of a day out the word list lacks ('alpaca walking'), a website named with
'Hub' and no word of a service ('Course Hub'), the initials on a carton of milk ('UHT'), and Welsh 'gohirio' (to put
off) read as a court's adjournment. Each kind is pinned here with plain sentences of our own silent and the jargon
use of the same words still found; probe sentences of our own written after them added a school fair's tombola, conkers,
smoothies, a baby's muslin, geocaching and the Healthy Start card. None of these sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)] + [
        words for words, _ in find_initials(text, LEXICON, {})]


@pytest.mark.parametrize("text", [
    # the verb of a process a glossary lists in the plural
    "Each child has been allocated a peg and a locker.",
    "Mum has been allocated a parking space outside the flats.",
    "Swimmers will be told which group they are allocated to.",
    "Dad cleared out the dilapidated shed at the bottom of the garden.",
    # the school's tests, named by term, subject or class
    "Year 6 will do their summer assessments in the week after half term.",
    "Osian has a reading assessment with his teacher on Tuesday.",
    "The spelling assessments are every Friday morning.",
    "Mia passed her swimming assessment and moves up to Stage 4.",
    # animals of a day out, and pets
    "On Saturday the family fed the meerkats and the alpacas at the farm park.",
    "Cai feeds the budgie before school.",
    # a school fair, autumn, a snack, a baby's things, a walk (probe sentences written after the controls)
    "Non-uniform day is Friday, so please send a bottle for the tombola.",
    "Guto and Nain collected conkers in Roath Park.",
    "Mum makes banana smoothies for breakfast.",
    "Pack a muslin and two nappies in the changing bag.",
    "The family went geocaching in the woods on Sunday.",
    # a scheme a family applies for by its name, as it does for Universal Credit
    "Mum uses her Healthy Start card to buy milk and fruit.",
    # a website or an app named with 'Hub'
    "Log in to Homework Hub to see this week's spellings.",
    "Follow Seren's swimming progress on Course Hub.",
    # initials a family reads every day
    "The food bank gave Mum UHT milk, pasta and tins of soup.",
    "The PTA disco is on Friday after school.",
    "Dad needs to send his new address to the DVLA.",
    # Welsh 'gohirio', to put off
    "Cafodd y trip i'r sw ei ohirio oherwydd y glaw.",
    "Mae'r gêm bêl-droed wedi'i gohirio tan ddydd Sadwrn.",
    "Mae angen llaeth UHT a bagiau te ar y banc bwyd.",
])
def test_plain_sentences_stay_silent(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "term"), [
    # the process and its singular are still found
    ("Ask the housing officer about the council's allocations.", "allocations"),
    ("The allocation of homes is done by points.", "allocation"),
    ("You may have to pay for dilapidations when you leave.", "dilapidations"),
    ("Dad has an allocated social worker now.", "allocated social worker"),
    # an assessment a worker does is still found
    ("The parenting assessment will start in May.", "parenting assessment"),
    ("A viability assessment of Nain will be done by June.", "viability assessment"),
    # a hub that is a service still is, listed or by its words
    ("Mum will go to the Early Help Hub on Monday.", "Early Help Hub"),
    ("The family hub is open on Wednesdays.", "family hub"),
    # a programme named with 'Start' is still asked about when it is not one a family applies for by name
    ("Ask about Flying Start childcare for Cai.", "Flying Start"),
    # a rare word nobody lists is still reported
    ("The midwife checked for meconium.", "meconium"),
    # initials with a sense a family may not know are still asked about
    ("The PCSO will call round on Thursday.", "PCSO"),
    ("Dad will go to AA on Tuesday evenings.", "AA"),
    # 'gohirio' beside a word of the court is still the court's
    ("Bydd y barnwr yn gohirio'r gwrandawiad tan fis Mai.", "gohirio'r"),
    ("Mae'r llys wedi gohirio tan yr wythnos nesaf.", "gohirio"),
    ("Roedd gohiriad arall yn yr achos.", "gohiriad"),
])
def test_the_jargon_use_is_still_found(text, term):
    assert term in found(text)
