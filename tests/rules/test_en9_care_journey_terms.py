"""English terms of advocacy, carers' plans, self-directed support, parents' drinking and drug use and
children's continuing care that a family would not follow, found in a sentence a plan might hold; and the
everyday words beside them that stay plain (issue 12, en9)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [use.written.lower() for use in jargon_uses(text, LEXICON, frozenset(), frozenset())]


@pytest.mark.parametrize(("text", "words"), [
    ("The advocacy service works for a community of interest of young people in care.", "community of interest"),
    ("Cerys will be offered a young carer statement by the end of March.", "young carer statement"),
    ("The integration authority will decide who pays for Nain's care.", "integration authority"),
    ("A community broker will help Mam plan how to spend the money.", "community broker"),
    ("Dad can ask the Centre for Inclusive Living about hiring a support worker.", "centre for inclusive living"),
    ("Part of the money is held as a contingency budget.", "contingency budget"),
    ("The report describes problem drug use by both parents.", "problem drug use"),
    ("Dad was a problem drug user until 2023.", "problem drug user"),
    ("The worker is worried about parental problem drug use in the home.", "parental problem drug use"),
    ("Mam's episodic use of alcohol has led to missed school runs.", "episodic use"),
    ("Dependent use of alcohol was noted at the last visit.", "dependent use"),
    ("Inconsistent parenting has left Osian unsure of the rules.", "inconsistent parenting"),
    ("Dad was emotionally unavailable when he was drinking.", "emotionally unavailable"),
    ("The report mentions emotional unavailability.", "emotional unavailability"),
    ("A health assessor will visit Seren at home next week.", "health assessor"),
    ("Each care domain will be scored.", "care domain"),
    ("The tissue viability nurse will check Seren's back.", "tissue viability"),
    ("Seren's homecare package starts on Monday.", "homecare package"),
    ("The service keeps a pool of approved carers across the county.", "pool of approved carers"),
    ("Nain and Taid are now in the stage 2 assessment.", "stage 2 assessment"),
    ("Each prospective foster carer is visited at home.", "prospective foster carer"),
    ("The report looks at their fostering capacity.", "fostering capacity"),
    ("The social worker wrote a pen picture of Jac for the panel.", "pen picture"),
    ("The carers asked for an extension of approval so that Lowri can stay.", "extension of approval"),
    ("Cerys will get transitional support when she turns 18.", "transitional support"),
    ("Dad may be able to get adult care and support after the assessment.", "adult care and support"),
    ("The assessment looks at Mam's strengths and capabilities.", "strengths and capabilities"),
    ("The council will make a determination about eligibility in May.", "determination about eligibility"),
    ("Tomos has a global learning disability.", "global learning disability"),
    ("The report says Alys has a global development delay.", "global development delay"),
    ("The determination of need will follow the visit.", "determination of need"),
    ("Targeted children's services can offer a youth worker.", "targeted children's services"),
    ("The worker did a functional analysis of Dad's drinking with Mam.", "functional analysis"),
    ("Mam will plan reinforcers for the days Dad does not drink.", "reinforcers"),
    ("The course helps families of treatment-resistant drinkers.", "treatment-resistant"),
    ("Mam was offered unilateral family therapy.", "unilateral family therapy"),
    ("Nain will get a set-up allowance when Cai moves in.", "set-up allowance"),
    ("A special guardianship order does not bring legal severance from the birth family.", "legal severance"),
    ("The remuneration of former foster parents is set out in the rules.", "remuneration"),
    ("The letter explains the cessation of financial support at 18.", "cessation"),
])
def test_the_term_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Rhys is dependent on his mum for lifts, and his use of the bus is growing.",
    "The dependent children use the bedroom at the back.",
    "Her drug use has been a problem since last year.",
    "Dad said the drug use is a problem he wants to fix.",
    "Mum's budget for the week covers food and gas.",
    "Osian uses his inhaler now and then when he runs.",
    "The community is interested in the new park.",
    "Cerys is a young carer and made a statement to the police.",
    "Mam says Tomos is not available on Fridays because of football.",
    "Dad was upset and emotional when he was not available for the meeting.",
    "The nurse will check Seren's skin every day.",
    "The health visitor will come on Monday.",
    "Gwen keeps the rules the same every day so Alys knows what to expect.",
    "Mam's story was inconsistent with what the neighbour said.",
    "Her answers were inconsistent, but she is parenting well.",
    "The council has authority over the integration of the two schools.",
    "The family swim at the pool on Saturdays with approved friends.",
    "Ffion drew a picture with a pen for her nan.",
    "The second stage of the walk is harder.",
    "Dad asked for an extension to the deadline.",
    "Nain gives the care and support needed by the baby.",
    "Her strengths are cooking and drawing.",
    "We talked about support for adults in the family.",
    "Dad showed great determination and got the job.",
    "The builders used reinforced steel for the new wall.",
    "The analysis of Dad's blood test came back normal.",
    "Mam's treatment is going well and she is resisting the urge to drink.",
    "Jac went to a family therapy session with Mam.",
    "The children's services team will visit.",
    "The global news was on the radio.",
    "Mam will set up an allowance for Jac's pocket money.",
    "Dad set up the tent and the allowance was paid.",
    "Nain got her pay for the work at the shop.",
])
def test_the_everyday_words_beside_them_stay_plain(text):
    assert found(text) == []


@pytest.mark.parametrize(("initials", "words"), [
    ("ACSP", "adult carer support plan"),
    ("YCS", "young carer statement"),
    ("CSO", "compulsory supervision order"),
    ("CCHAT", "continuing care health assessment tool"),
])
def test_new_initials_are_spelled_out(initials, words):
    (hit,) = [(written, expansion) for written, expansion in find_initials(f"The {initials} is due.", LEXICON, {})
              if written == initials]
    assert words in hit[1].lower()
