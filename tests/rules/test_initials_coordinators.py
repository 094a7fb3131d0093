"""A school's co-ordinator written short with 'Co' (SENCo, SENDCo, ALNCo): initials every SEND and ALN
glossary lists, which the pattern missed while it wanted initials to end in a capital or a digit."""

from __future__ import annotations

from coreplan.rules.language import find_initials, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def initials_in(text: str) -> list[tuple[str, str | None]]:
    return find_initials(text, LEXICON, {})


def test_coordinators_written_short_are_found_and_expanded():
    found = dict(initials_in("The SENCo rang Mum; the ALNCo and the SENDCo will meet the SENCos of both schools."))
    assert set(found) == {"SENCo", "ALNCo", "SENDCo"}
    assert found["SENCo"] == "special educational needs co-ordinator"
    assert found["ALNCo"] == "additional learning needs co-ordinator"
    assert found["SENDCo"].startswith("special educational needs and disabilities co-ordinator")


def test_a_coordinator_spelled_out_once_is_explained():
    text = "The additional learning needs co-ordinator (ALNCo) will ring. The ALNCo works on Mondays."
    assert initials_in(text) == []


def test_words_ending_in_co_are_not_initials():
    for text in ("Mum shops at the Co-op.", "Tacos for tea on Friday.", "Jones & Co. sent a letter.",
                 "Costa Coffee at ten.", "Ella went to Mexico."):
        assert initials_in(text) == [], text
