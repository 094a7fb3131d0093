"""Youth justice, police, family court, housing and school words from pages for families (en8, session 31, issue 12).

Twenty pages written for families and young people (youth offending services, police advice on arrest, a child contact
centre, homelessness and tenancy pages, SEND jargon busters, an eating disorders glossary), none of them a corpus
source, were measured blind on the untouched lexicon: 96 of 137 of their terms were found (0.70). The missing terms
that are professional or legal language were added with plain words of our own (coreplan/data/jargon.yaml, the en8
block at the end of `phrases:`). Each is pinned here inside a sentence of our own, and the plain words they are made
of are pinned silent in everyday sentences of our own. A second round on five school admissions and child maintenance
pages found 21 of 42 terms before adding (0.50), a third on three health visiting pages 8 of 14 (0.57), and a fourth on a council tax
factsheet 4 of 11 (0.36). None of these sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)] + [
        words for words, _ in find_initials(text, LEXICON, {})]


@pytest.mark.parametrize("text, term", [
    ("Rhys spent four months in a young offender institute.", "young offender institute"),
    ("Children in conflict with the law need the team's help.", "in conflict with the law"),
    ("The court gave Rhys immediate custody.", "immediate custody"),
    ("The out of court team will meet Osian and his mum.", "out of court team"),
    ("Dad was interviewed under caution on Tuesday.", "under caution"),
    ("The police surgeon saw Rhys at the station.", "police surgeon"),
    ("Rhys waited in the custody area for six hours.", "custody area"),
    ("Mum was held under compulsory detention for three weeks.", "compulsory detention"),
    ("Mum got pro bono advice before the hearing.", "pro bono"),
    ("The personal support unit helped Mum at court.", "personal support unit"),
    ("The family faced a no-fault eviction last spring.", "no-fault eviction"),
    ("The landlord must use the prescribed form.", "prescribed form"),
    ("Seren goes to an alternative provider three days a week.", "alternative provider"),
    ("The council said it would affect the efficient education of others.", "efficient education of others"),
    # second round: school admissions
    ("Mum lodged a class size appeal for Osian.", "class size appeal"),
    ("The council said it was a prejudice appeal.", "prejudice appeal"),
    ("Mia goes to a selective school in the next town.", "selective school"),
    # third round: health visiting
    ("Mia had visual reinforcement audiometry at the clinic.", "visual reinforcement audiometry"),
    # fourth round: council tax
    ("Mum applied for the disability reduction scheme.", "disability reduction scheme"),
])
def test_new_terms_are_found_in_a_sentence(text, term):
    assert any(term.lower() in words.lower() for words in found(text)), found(text)


@pytest.mark.parametrize("text, initials", [
    ("The OOCD panel meets on Thursday.", "OOCD"),
    ("A volunteer from the PSU sat with Mum.", "PSU"),
    ("Mia had a VRA test in March.", "VRA"),
])
def test_new_initials_offer_their_words(text, initials):
    hits = dict(find_initials(text, LEXICON, {}))
    assert hits.get(initials), hits


@pytest.mark.parametrize("text", [
    # the words the new phrases are made of, in everyday use
    "Nain acted as the mediator when the cousins fell out over the football.",
    "Cai is the peacemaker and often plays mediator between his sisters.",
    "Mum's friend did the garden for free as a favour.",
    "The doctor prescribed a form of iron tablets for Mum.",
    "The GP prescribed formula milk for the baby.",
    "Please fill in the form the school sent home.",
    "Dad drove under the bridge with caution because of the ice.",
    "Handle the glass with caution.",
    "Osian is in conflict with his brother about the bedroom.",
    "The two plans are in conflict with each other.",
    "Seren joined the netball team at school.",
    "It was no fault of Mum's that the bus was late.",
    "We looked for an alternative route to the park.",
    "Dad found an alternative supplier for the gas.",
    "The surgeon at the hospital fixed Mia's arm.",
    "Swimming is compulsory for Year 5.",
    "Mum is efficient with the family budget.",
    "The police officer helped the children cross the road.",
    # second round: words of school places and family life, in everyday use
    "Juggling work and the children is a balancing exercise for Mum.",
    "The swimming club puts children in ability bands.",
    "Nain is very selective about school shoes.",
    "Dad is selective about which school trips he pays for.",
    "The class size is 28 this year.",
    "Mum will appeal the parking fine.",
    "Mia is proud of her Welsh parentage.",
    # third round: a baby's hearing and eyes, in everyday use
    "Mia turned towards the sound of the rattle.",
    "The toy lights up when the baby presses it.",
    "Seren has her eyes tested every year.",
    # fourth round: money words in everyday use
    "Dad gets a single person discount on the council tax.",
    "The gym has a reduction scheme for families.",
    "Mum's disability means she uses a wheelchair.",
])
def test_plain_probe_sentences_stay_silent(text):
    assert not jargon_uses(text, LEXICON, frozenset(), frozenset())
    assert not find_initials(text, LEXICON, {})
