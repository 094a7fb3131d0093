"""English terms of Scottish parents' and learning support, Northern Ireland special education, a safeguarding
board, a children's cancer ward, victims' and witnesses' help and criminal record glossaries that a family would not follow, found in a sentence a plan might hold; the
everyday words beside them that stay plain; and the words now offered for initials those pages use
(issue 12, en14)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [use.written.lower() for use in jargon_uses(text, LEXICON, frozenset(), frozenset())]


@pytest.mark.parametrize(("text", "words"), [
    ("The social worker will invite the appropriate agencies to the next meeting.", "appropriate agencies"),
    ("Appropriate Agencies will be told about the move by Friday.", "appropriate agencies"),
    ("Mam will be referred to the appropriate agency for help with the flat.", "appropriate agency"),
    ("Cai's child's planning meeting is on Tuesday at the school.", "child's planning meeting"),
    ("The Child's Planning Meeting will look at how Cai is getting on.", "child's planning meeting"),
    ("Both child's planning meetings were held at the family centre.", "child's planning meetings"),
    ("Alys will use her communication aids at the hearing.", "communication aids"),
    ("The speech therapist has given Alys a Communication Aid to use at home.", "communication aid"),
    ("A communication aid will be ready before Alys gives her evidence.", "communication aid"),
    ("The barrister asked the judge to treat Dad's friend as an adverse witness.", "adverse witness"),
    ("The court heard from two Adverse Witnesses on Monday.", "adverse witnesses"),
    ("Cai has been referred to the educational psychology service.", "educational psychology service"),
    ("The Educational Psychology Service will see Cai at school in March.", "educational psychology service"),
    ("A report from educational psychology will be ready by the review.", "educational psychology"),
    ("The child abuse investigation team will speak to Mam on Thursday.", "child abuse investigation team"),
    ("Officers from the Child Abuse Investigation Team visited the school.", "child abuse investigation team"),
    ("Two child abuse investigation teams have looked at what happened.", "child abuse investigation teams"),
    ("Mam has a list of the appropriate agencies to ring if she is worried.", "appropriate agencies"),
    ("The adverse witness was a neighbour who had fallen out with Dad.", "adverse witness"),
    ("Cai's Child's Planning Meetings will be every six weeks.", "child's planning meetings"),
    ("The court agreed that Alys could use communication aids and a live link.", "communication aids"),
    ("Educational psychology services have a long waiting list this term.", "educational psychology services"),
    ("A special needs assistant will sit with Cai in maths.", "special needs assistant"),
    ("The Special Needs Assistants at the school have met Alys.", "special needs assistants"),
    ("Dad's old statement was written by the education and library board.", "education and library board"),
    ("The Education and Library Boards were replaced in 2015.", "education and library boards"),
    ("Cai will use the hydro pool at school every Wednesday.", "hydro pool"),
    ("The physiotherapist has booked Hydrotherapy for Alys after the operation.", "hydrotherapy"),
    ("Alys's platelets were low, so she had a transfusion.", "platelets"),
    ("The doctors will explain the prognosis to Mam and Dad together.", "prognosis"),
    ("The Primary Tumour is in Dad's lung.", "primary tumour"),
])
def test_the_term_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Mam wore an appropriate coat for the rain.",
    "The agency sent the same nurse every week.",
    "Cai is planning a party for his birthday.",
    "Cai's meeting with his teacher went well.",
    "The family talked about the plan at tea time.",
    "Alys likes to draw pictures on her board at home.",
    "Mam and Alys had a good talk on the way home.",
    "Nain was a witness at her friend's wedding.",
    "The weather was adverse, so the trip was moved to Sunday.",
    "The team will meet at the leisure centre on Saturday.",
    "Dad read a book about psychology on holiday.",
    "The police officer helped Cai cross the road.",
    "Mam has special plans for Christmas this year.",
    "The shop assistant helped Nain find a coat.",
    "Alys borrowed three books from the library on Saturday.",
    "The board game was a present from Nain.",
    "Cai swims at the leisure pool with his cousins.",
    "Mam hung the washing on the line with a peg.",
    "The first tooth came out on Sunday.",
])
def test_the_everyday_words_beside_them_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("initials", "words"), [
    ("ASNTS", "additional support needs tribunals for scotland"),
    ("ASL", "additional support for learning"),
    ("ACAS", "advisory, conciliation and arbitration service"),
    ("CAIT", "child abuse investigation team"),
    ("EIT", "early intervention team"),
    ("IMR", "individual management review"),
    ("MASE", "multi-agency sexual exploitation meeting"),
    ("NICE", "national institute for health and care excellence"),
    ("SCIE", "social care institute for excellence"),
    ("SEBD", "social, emotional and behavioural difficulties"),
    ("SLA", "service level agreement"),
    ("DARS", "dispute avoidance and resolution service"),
    ("GDPR", "general data protection regulation"),
    ("LSC", "learning support co-ordinator"),
    ("PLP", "personal learning plan"),
    ("PEG", "percutaneous endoscopic gastrostomy"),
    ("CT", "computed tomography"),
])
def test_new_initials_are_spelled_out(initials, words):
    (hit,) = [(written, expansion) for written, expansion in find_initials(f"The {initials} is due.", LEXICON, {})
              if written == initials]
    assert words in hit[1].lower()
