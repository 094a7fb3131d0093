"""A child's treatment and glasses in a family's words, and the years of a Scottish school, plain (session 36, issue 12).

A sixth fresh set of plain-language controls (tests/corpus/public/controls.yaml and cy/controls.yaml, the rows of
session 36, pc6: children's hospices, a child on the ward, carers' money and breaks, a grandparent or an aunt
bringing up a child, a new council home, glasses and hearing tests, a new school in Scotland or Northern Ireland, a
child going to court) fired on none of its dev rows, English or Welsh. Probe sentences of our own written afterwards,
as a hostile reader would, on the same kinds of page, showed two kinds: the short words a family writes for a
child's treatment, glasses and night clothes, read as rare words ('his chemo on the ward', 'her new specs', 'in his
jammies', 'a telly in the witness room'); and the years of a Scottish secondary school, S1 to S6, read as sections of an Act ('her big brother
starts S1'). Each kind is pinned here with plain sentences of our own silent, and the jargon use of the same
letters and the words a ward's glossary explains still found. None of these sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)] + [
        words for words, _ in find_initials(text, LEXICON, {})]


@pytest.mark.parametrize("text", [
    # the short words a family writes for a child's treatment, glasses and night clothes
    "Gethin has his chemo on the ward every other Monday.",
    "After the chemo Seren was tired, so Nain read to her.",
    "Elin chose her new specs herself, and they're purple.",
    "Cai keeps losing his specs at football.",
    "The twins came down to breakfast in their jammies.",
    "The witness room at court had a telly, some books and a kettle.",
    "There are two tellies in the playroom on the ward.",
    # the years of a Scottish secondary school, beside the primary years P1 to P7
    "Mali goes into P1 in August, and her big brother starts S1.",
    "Jac is in S4 and sits his exams in May.",
    "The S2 pupils are going on a trip to Edinburgh on Friday.",
    "Osian's teacher says he has settled well into S3.",
    "Mae Cai yn dechrau S1 yn yr ysgol uwchradd yn Glasgow.",
])
def test_plain_sentences_of_a_familys_week_are_silent(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # a section of an Act written short is still found, beside a school or not
    ("Mam was detained under S2 of the Mental Health Act.", "S2"),
    ("The school heard that Dad was held on an S3 in hospital.", "S3"),
    ("Under S1 the court must put the child's welfare first.", "S1"),
    ("The social worker said S47 enquiries would start at the school.", "S47"),
    ("Jac's school was told about the S17 assessment.", "S17"),
    # the words a ward's or a clinic's glossary explains still found
    ("The nurse put a cannula in his hand before the chemo.", "cannula"),
    ("Lili uses a nebuliser twice a day.", "nebuliser"),
    ("Cai had grommets put in his ears.", "grommets"),
    ("He had a CT scan before the chemo started.", "CT"),
    # the court's and the clinic's workers and services a family is told about
    ("The usher will call Dylan's name when the court is ready.", "usher"),
    ("The audiology clinic will see Lili again in March.", "audiology"),
])
def test_the_jargon_use_of_the_same_words_is_still_found(text, expected):
    assert expected in found(text)
