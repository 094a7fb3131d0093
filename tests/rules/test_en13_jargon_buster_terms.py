"""English terms of mental health trusts, the NHS, learning disability research and council housing from two
NHS mental health trusts', a third trust's, an eating disorder hospital's, a local Healthwatch's, a disability
research project's and a council housing service's glossaries that a family would not follow, found in a
sentence a plan might hold; the everyday words beside them that stay plain; and the words now offered for
initials those pages use (issue 12, en13)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [use.written.lower() for use in jargon_uses(text, LEXICON, frozenset(), frozenset())]


@pytest.mark.parametrize(("text", "words"), [
    ("Mam's nurse will write a crisis plan with her before she goes home.", "crisis plan"),
    ("The Crisis Plan is on the fridge and Nain has a copy.", "crisis plan"),
    ("Both crisis plans name Nain as the first person to call.", "crisis plans"),
    ("Dad had C diff after his operation and was kept in for a week.", "c diff"),
    ("The ward was closed for a week because of C Diff.", "c diff"),
    # (its full stop after a single capital ends no sentence: a word in small letters follows)
    ("Dad had C. diff after his operation and was kept in for a week.", "c. diff"),
    ("The pharmacist checked the dose in the British National Formulary.", "british national formulary"),
    ("Mam was asked to join a focus group about the new family centre.", "focus group"),
    ("Focus Groups will meet in the library in June.", "focus groups"),
    ("The occupational therapist has asked for housing adaptations for Cai.", "housing adaptations"),
    ("A housing adaptation will be done in the bathroom first.", "housing adaptation"),
    ("Housing Adaptations take about three months to arrange.", "housing adaptations"),
    ("The funder has agreed to pay for six more sessions.", "funder"),
    ("Both funders will meet in September.", "funders"),
    ("Major works on the block will start in March, so the family will move for six weeks.", "major works"),
    ("The landlord's Major Works will fix the damp in the flat.", "major works"),
    ("The boiler will be replaced as planned maintenance in the spring.", "planned maintenance"),
    ("Planned Maintenance of the lifts is due next month.", "planned maintenance"),
    ("Mam will ring responsive repairs about the broken window.", "responsive repairs"),
    ("The Responsive Repairs team came on Tuesday.", "responsive repairs"),
    ("A responsive repair was booked for the leaking tap.", "responsive repair"),
    ("Dad studied pharmacology before he left university.", "pharmacology"),
    ("Mam's notes are kept on the patient journey system.", "patient journey system"),
    ("The Patient Journey System shows her last appointment.", "patient journey system"),
])
def test_the_term_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "There was a crisis at home on Friday and the plan changed.",
    "The plan is to meet Nain on Saturday at the park.",
    "Mam will ring the school if there is a problem.",
    "The group will meet on Thursday at the family centre.",
    "Cai tried hard to focus on his homework.",
    "The housing officer came to see the flat.",
    "Dad made some works of art at the college.",
    "The car needs some maintenance before the trip.",
    "Nain paid for the repairs to the roof.",
    "The planned visit to the zoo will go ahead in May.",
    "The book was an easy read for Alys.",
    "Mam made a complaint and the council answered in a week.",
    "Cai's teacher said he is very independent now.",
    "The family found a leak and the landlord sent someone the same day.",
    "The pharmacist gave Mam her tablets on Monday.",
    # a single capital and a full stop where a sentence ends, the next one opening with a capital
    "Cai's maths grade went up to a C. Diff, his tutor, was pleased with him.",
])
def test_the_everyday_words_beside_them_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("initials", "words"), [
    ("AOT", "assertive outreach team"),
    ("BNF", "british national formulary"),
    ("PALS", "patient advice and liaison service"),
    ("AHSC", "academic health science centre"),
    ("BMA", "british medical association"),
    ("NYAS", "national youth advocacy service"),
    # DIALOG+ is read as the initials DIALOG, and offers the words of the whole name
    ("DIALOG", "dialog+"),
    # CTR with both meanings, the care and treatment review the trust's page uses first
    ("CTR", "care and treatment review"),
    ("CTR", "council tax reduction"),
    # HRA, which social work uses for the Human Rights Act as often as housing uses it for the Homelessness
    # Reduction Act
    ("HRA", "homelessness reduction act"),
    ("HRA", "human rights act"),
])
def test_new_initials_are_spelled_out(initials, words):
    (hit,) = [(written, expansion) for written, expansion in find_initials(f"The {initials} is due.", LEXICON, {})
              if written == initials]
    assert words in hit[1].lower()
