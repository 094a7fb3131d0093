"""Plain words of letters and leaflets to families stay plain (session 29, issue 12).

A fresh set of plain-language controls (tests/corpus/public/controls.yaml and cy/controls.yaml, the rows of
session 29) and probe sentences of our own showed false alarms by kind, not by row: a name the lexicon asked to
be explained that children's guides use as their own word ('foster carer', 'gofalwyr maeth'), the book every
parent is handed ('red book'), things of a child's school and play day the word list lacks ('bobble',
'minibeast'), a school's or a community's events in capitals ('Family Assembly', 'Parents Evening'), Welsh
names of the calendar's events and trails ('Goleuadau'r Nadolig', 'Llwybr Diod y Wrach'), and listed words in
their everyday sense ('a work placement at the garage', 'the fence panel'); a second round of probes added
the places of a family's leisure in capitals ('Youth Theatre', 'Kids Zone') and the initials of its clubs,
shops and broadcasters ('Wrexham AFC', 'B&M', 'ITV'). Each kind is pinned here with the
plain sentence silent and the jargon use of the same words still found. None of these sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)] + [
        words for words, _ in find_initials(text, LEXICON, {})]


@pytest.mark.parametrize("text", [
    # a foster carer is the family's and the child's own word
    "Mali's foster carer, Sue, will take her to Brownies on Tuesdays.",
    "Ask your foster carers if you can have a friend round for tea.",
    "Bydd gofalwyr maeth Cai yn mynd ag e i'r traeth ddydd Sadwrn.",
    "Mae Elin wedi bod yn byw gyda gofalwyr maeth ers mis Mai.",
    "Mae rhieni maeth Osian yn ei nôl o'r ysgol.",
    # the red book is what every parent is handed
    "Bring the red book to Jac's check at the surgery.",
    # things of a child's school and play day
    "Lowri needs a bobble for her hair on PE days.",
    "The nursery will go on a minibeast hunt in the woods.",
    "Dad bought Cai new wellies and a hoodie for the farm trip.",
    "Nain took the twins to the panto and bought them candyfloss.",
    # a school's or a community's events in capitals
    "Come to the Family Assembly on Friday to see Ffion's class sing.",
    "Parents Evening is on Thursday after school.",
    "The Young Carers Picnic is at Parc Howard in August.",
    "Mum will help at the Family Coffee Morning at the church hall.",
    # Welsh names of the calendar's events, and a trail
    "Bydd y teulu'n mynd i weld Goleuadau'r Nadolig yn y dref.",
    "Bydd Ffair Nadolig Gymunedol yn neuadd y pentref.",
    "Bydd Llwybr Diod y Wrach ar agor bob dydd dros hanner tymor.",
    # listed words in their everyday sense
    "Jordan has a work placement at the garage on Fridays.",
    "Seren starts her college placement at the nursery in May.",
    "Dad fixed the broken fence panel in the back garden.",
    "The council put solar panels on the roof of the flats.",
    # the BBC's appeal
    "Dad took the girls to Children in Need Day at the leisure centre.",
    "The school raised forty pounds for BBC Children in Need.",    # the places and things of a family's leisure in capitals
    "Lily joined the Youth Theatre at the Grand Pavilion.",
    "The children will go to Kids Zone soft play during half term.",
    "Mum booked the Family Room at the Premier Inn for the wedding.",
    "Ellie goes to Mums and Tots at the chapel on Fridays.",
    "The family shops at Family Bargains on the high street.",
    # the initials of a family's clubs, shops, broadcasters, games and charities
    "Dad supports Wrexham AFC and Josh plays for Llanelli RFC.",  # not FC: plans write it for a foster carer
    "Mum shops at B&M and TK Maxx, and the children love KFC.",
    "Jac plays FIFA on the PS5 and watches ITV with Nan.",
    "The RSPCA came to school, and Mia goes to the YMCA gym.",
    "Mum will go to the cookery class at the school.",
])
def test_plain_words_of_a_family_letter_are_not_reported(text):
    assert found(text) == []


@pytest.mark.parametrize("text, words", [
    # the council's approved carer is still a name to explain, and a private foster carer is listed
    ("The approved foster carers will take Cai to school.", "approved foster carers"),
    ("A private foster carer must tell the council.", "private foster carer"),
    ("Mae'r gofalwyr maeth cymeradwy yn cael hyfforddiant.", "gofalwyr maeth cymeradwy"),
    # a Welsh foster carer of a kind is still named
    ("Bydd y gofalwr maeth preifat yn rhoi gwybod i'r cyngor.", "gofalwr maeth"),
    # the health record's initials are still found
    ("Bring the PCHR to clinic.", "PCHR"),
    # a service in capitals is still a service, whatever event word it holds
    ("Cai will go to the Family Support Service.", "Family Support Service"),
    ("Parents Evening Support Group meets monthly.", "Parents Evening Support Group"),
    ("Bydd Gwasanaeth Maethu Cymru yn helpu.", "Gwasanaeth Maethu"),
    # the care system's placement and panel
    ("Ella's placement with her foster carers is stable.", "placement"),
    ("A placement at Nain's house was agreed.", "placement"),
    ("The panel will decide in June.", "panel"),
    ("The fostering panel meets in May.", "fostering panel"),
    # a service in capitals beside a place, and initials a family may not know
    ("Home-Start Cardiff will visit on Tuesday.", "Home-Start Cardiff"),
    ("Careers Wales will ring Tomos.", "Careers Wales"),
    ("The PCSO came round on Monday.", "PCSO"),
    # the council's status, whatever its capitals
    ("Cai is a Child in Need.", "Child in Need"),
    ("The Children in Need meeting is on Monday.", "Children in Need"),
])
def test_the_jargon_use_of_the_same_words_is_still_found(text, words):
    assert words in found(text)
