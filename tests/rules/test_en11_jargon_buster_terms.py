"""English SEND, health and school terms from councils', a parent carer forum's, an NHS body's and schools'
jargon busters that a family would not follow, found in a sentence a plan might hold; the everyday words
beside them that stay plain; and the words now offered for initials those pages use (issue 12, en11)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [use.written.lower() for use in jargon_uses(text, LEXICON, frozenset(), frozenset())]


@pytest.mark.parametrize(("text", "words"), [
    ("Osian will have a computed tomography scan of his head on Friday.", "computed tomography"),
    ("The report says Computed Tomography showed no bleeding.", "computed tomography"),
    ("Alys was assessed for developmental co-ordination disorder last year.", "developmental co-ordination disorder"),
    ("Osian has Developmental Coordination Disorder, the letter says.", "developmental coordination disorder"),
    ("Jac's needs are in communication & interaction.", "communication & interaction"),
    ("The plan lists Communication & Interaction Difficulties first.", "communication & interaction"),
    ("Cerys has been added to the dynamic support database.", "dynamic support database"),
    ("The Dynamic Support Database is checked every month.", "dynamic support database"),
    ("The paediatrician noted a global learning delay.", "global learning delay"),
    ("Tomos will be seen in a community setting, not on the ward.", "community setting"),
    ("Therapy is offered in Community Settings near home.", "community settings"),
])
def test_the_term_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "The community hall is where the setting of the play was built.",
    "Mam set the table for the community lunch.",
    "Dad is learning to drive and the delay at the test centre was long.",
    "The global news said there was a delay on the trains.",
    "Nain keeps a database of her recipes on the computer.",
    "The support from the community has been dynamic and quick.",
    "Jac has good communication with his teacher and enjoys the interaction in class.",
    "Her co-ordination is good and her development is on track.",
    "Dad had an x-ray of his arm at the hospital.",
    "Ffion likes to draw and her picture of the tomatoes won a prize.",
])
def test_the_everyday_words_beside_them_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("initials", "words"), [
    ("AMHS", "adult mental health services"),
    ("CDC", "child development centre"),
    ("CQC", "care quality commission"),
    ("DCD", "developmental co-ordination disorder"),
    ("DCO", "designated clinical officer"),
    ("DDSL", "deputy designated safeguarding lead"),
    ("DSCO", "designated social care officer"),
    ("CFA", "children and families act"),
    ("DDA", "disability discrimination act"),
    ("DRR", "dynamic risk register"),
    ("DSD", "dynamic support database"),
    ("FAS", "fetal alcohol syndrome"),
    ("GDD", "global developmental delay"),
    ("GMS", "gross motor skills"),
    ("HTST", "home to school transport"),
    ("IASS", "information, advice and support service"),
    ("IPSEA", "independent provider of special education advice"),
    ("CRB", "criminal records bureau"),
])
def test_new_initials_are_spelled_out(initials, words):
    (hit,) = [(written, expansion) for written, expansion in find_initials(f"The {initials} is due.", LEXICON, {})
              if written == initials]
    assert words in hit[1].lower()
