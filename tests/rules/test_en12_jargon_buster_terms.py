"""English terms of newborn intensive care, prison, video games, eating disorders and school help from a law
centre's, two NHS neonatal networks', a maternity hospital's, charities', two councils' and two schools'
glossaries that a family would not follow, found in a sentence a plan might hold; the everyday words beside
them that stay plain; and the words now offered for initials those pages use (issue 12, en12)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [use.written.lower() for use in jargon_uses(text, LEXICON, frozenset(), frozenset())]


@pytest.mark.parametrize(("text", "words"), [
    ("Osian will have a magnetic resonance imaging scan of his head next week.", "magnetic resonance imaging"),
    ("The report says Magnetic Resonance Imaging showed no bleeding.", "magnetic resonance imaging"),
    ("Cai was on high frequency ventilation for two days after he was born.", "high frequency ventilation"),
    ("High-Frequency Ventilation was stopped on Tuesday.", "high-frequency ventilation"),
    ("The baby had cooling treatment for three days after the birth.", "cooling treatment"),
    ("Cooling Therapy ended on Friday and Alys was warmed slowly.", "cooling therapy"),
    ("The nurses give maternal milk through the tube when Mam has expressed.", "maternal milk"),
    ("Alys was given donor milk until Mam's own milk came in.", "donor milk"),
    ("Donor Milk will be stopped once feeds are going well.", "donor milk"),
    ("The milk bank at the hospital sent more bottles.", "milk bank"),
    ("Seren is on continuous feeds at night.", "continuous feeds"),
    ("A continuous feed runs while Seren sleeps.", "continuous feed"),
    ("Dad was released on parole in March.", "parole"),
    ("Parole was refused at the last review.", "parole"),
    ("Staff found contraband in the visits hall.", "contraband"),
    ("Mam and the children wait at the sally port before each visit.", "sally port"),
    ("Jac spent his birthday money on a battle pass.", "battle pass"),
    ("Battle passes cost about ten pounds each season.", "battle passes"),
    ("Ffion's body mass index is below the healthy range.", "body mass index"),
    ("The dietitian will check Ffion's Body Mass Index every month.", "body mass index"),
    ("The council has asked for advices from the school and the speech therapist.", "advices"),
    ("The school will ask outside agencies for help with Jac's reading.", "outside agencies"),
    ("An Outside Agency will see Cerys at school each term.", "outside agency"),
])
def test_the_term_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Dad put the pie on the side to cool down before tea.",
    "The treatment room is cool and quiet.",
    "Mam gave her milk to the baby at six o'clock.",
    "Nain gave blood as a donor last year.",
    "Dad keeps his savings in the bank and buys milk on the way home.",
    "The feeds are at six, ten and two.",
    "Jac will pass his test and then battle his brother at chess.",
    "Her body is healthy and her weight is normal.",
    "The index at the back of the book lists the words.",
    "Dad's appeal was heard in May and the court agreed.",
    "The bailiff came about the rent that was owed.",
    "Dad phoned his client and filed the papers at work.",
    "Mam gave her word that she would come back on Sunday.",
    "Nain was bereaved last year and goes to the cemetery on Sundays.",
    "The ashes were scattered on the beach at Rhossili.",
    "Visits will happen often at first and then less often.",
    "The baby's skin was a little yellow, so the nurse checked it.",
    "Mam asked the school for advice about homework.",
    "We will give advice and support to Nain.",
    "Dad waited outside the shop while Alys bought a comic.",
])
def test_the_everyday_words_beside_them_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("initials", "words"), [
    ("ETT", "endotracheal tube"),
    ("HIE", "hypoxic-ischaemic encephalopathy"),
    ("NEC", "necrotising enterocolitis"),
    ("BMF", "breast milk fortifier"),
    ("HMF", "human milk fortifier"),
    ("SED", "sentence end date"),
    ("DNS", "domain name system"),
    ("ARFID", "avoidant/restrictive food intake disorder"),
    ("BMI", "body mass index"),
    ("CVA", "cerebrovascular accident"),
    ("EYSEN", "early years special educational needs"),
    ("FE", "further education"),
    ("GAD", "generalised anxiety disorder"),
    ("MCA", "mental capacity"),
    ("PCA", "person-centred approach"),
    ("AEO", "assistant education officer"),
    ("IBP", "individual behaviour plan"),
    ("ILP", "individual learning plan"),
])
def test_new_initials_are_spelled_out(initials, words):
    (hit,) = [(written, expansion) for written, expansion in find_initials(f"The {initials} is due.", LEXICON, {})
              if written == initials]
    assert words in hit[1].lower()
