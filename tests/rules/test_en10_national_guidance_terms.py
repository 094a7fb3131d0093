"""Terms from national and regional child protection guidance of Scotland and Northern Ireland (en10, issue 12).

The Scottish Government's national guidance glossaries (2021 and 2014), two GIRFEC glossaries and a review's
acronyms, with Northern Ireland's pages for families on care orders and case conferences (cited in
coreplan/data/jargon.yaml, the en10 blocks): 99 of their 131 terms and initials were found before anything was
added (0.76), and of two Irish pages on the child and family agency 4 of 12 (0.33). The ones they showed
missing are pinned here, each in a sentence of our own, with the plain words they are made of silent in
everyday sentences. None of these sentences is a corpus row.
"""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "term"), [
    ("A notification of concern was sent to the police on Monday.", "notification of concern"),
    ("The child protection committee has new guidance for schools.", "child protection committee"),
    ("Owain's plan is reviewed under care and risk management.", "care and risk management"),
    ("An officer from the public protection unit will come to the meeting.", "public protection unit"),
    ("The family and child care team will ring you on Friday.", "family and child care team"),
    ("Your health and social care trust will write to you.", "health and social care trust"),
    ("The adult protection committee looked at Nain's case.", "adult protection committee"),
    ("The alcohol and drug partnership runs the group on Tuesdays.", "alcohol and drug partnership"),
    ("A senior social work practitioner will chair the review.", "senior social work practitioner"),
    ("The gateway services team will visit this week.", "gateway services"),
    ("Dad shares parental rights and responsibilities for Elin.", "parental rights and responsibilities"),
    ("The court may discharge the order next spring.", "discharge the order"),
    ("The judge discharges the order when Osian is settled.", "discharges the order"),
    ("Last year the judge discharged the order.", "discharged the order"),
    ("Mum asked for discharge of the order.", "discharge of the order"),
    ("The named paediatrician will look at the report.", "named paediatrician"),
    ("The community paediatrician will check Iolo's growth.", "community paediatrician"),
    ("The worker used Understanding the Needs of Children in Northern Ireland.",
     "Understanding the Needs of Children in Northern Ireland"),
    ("The Convention on the Rights of the Child gives Seren a say.", "Convention on the Rights of the Child"),
    # two Irish pages on the child and family agency (the second en10 block: 4 of 12 found before)
    ("The duty and intake team took the call.", "duty and intake team"),
    ("Aoife's case moved to the protection and welfare team.", "protection and welfare team"),
    ("An educational welfare officer will visit on Monday.", "educational welfare"),
    ("Sean is in the school completion programme.", "school completion programme"),
    ("Mam goes to the family resource centre on Tuesdays.", "family resource centre"),
])
def test_a_term_of_the_national_guidance_is_found(text: str, term: str) -> None:
    assert term in found(text)


@pytest.mark.parametrize(("text", "initials", "words"), [
    ("The CARM meeting is on Thursday.", "CARM", "care and risk management"),
    ("The JII took place at the police station.", "JII", "joint investigative interview"),
    ("Gethin has ASN and a plan at school.", "ASN", "additional support needs"),
    ("Under the UNCRC Cerys has a right to be heard.", "UNCRC", "United Nations Convention on the Rights of the Child"),
    ("The lawyer spoke about the ECHR.", "ECHR", "European Convention on Human Rights"),
    ("The APC met in June.", "APC", "adult protection committee"),
    ("The COG agreed the plan.", "COG", "chief officers group"),
    ("The hearing made a CSO for Ifan.", "CSO", "compulsory supervision order"),
    ("There was an FAI after the crash.", "FAI", "fatal accident inquiry"),
    ("An ICR was held after Lowri was hurt.", "ICR", "initial case review"),
    ("The IJB runs the clinic.", "IJB", "integration joint board"),
    ("The HSC staff will call.", "HSC", "health and social care"),
    ("The PSNI came to the house.", "PSNI", "Police Service of Northern Ireland"),
    ("The judge made an FAO for six months.", "FAO", "family assistance order"),
    ("The invitation went by CJSM.", "CJSM", "criminal justice secure mail"),
])
def test_initials_of_the_national_guidance_are_spelled_out(text: str, initials: str, words: str) -> None:
    expansions = dict(find_initials(text, LEXICON, {}))
    assert expansions[initials].startswith(words)


@pytest.mark.parametrize("text", [
    # 'discharge' and 'order' as everyday words
    "She was discharged from hospital on Friday.",
    "Dad was discharged from the army last year.",
    "There was some discharge from Ela's ear.",
    "The nurse will discharge him tomorrow.",
    "We put the shopping in order on the shelves.",
    # the plain words the new terms are made of
    "The public park is open till dusk.",
    "The police unit was parked outside the shop.",
    "Our family and our child care are sorted for the summer.",
    "The risk is low and the care is good.",
    "We went through the garden gateway.",
    "The gateway to the farm is muddy after the rain.",
    "The service at chapel was lovely.",
    "Mum has rights and responsibilities as a tenant.",
    "The community centre runs a toddler group.",
    "She got a notification on her phone.",
    "There is no cause for concern.",
    "The committee at the football club meets monthly.",
    "Dad's trust in the school has grown.",
    "We read about the rights of the child in class.",
    "Understanding the needs of children is what parents do every day.",
    "Alcohol and drug use has stopped since March.",
    "The paediatrician on the ward was kind.",
    "Dad is on duty at the fire station tonight.",
    "The intake at the college is in September.",
    "His welfare is what matters most to us.",
    "The family went to the leisure centre.",
    "The resource pack from the library was helpful.",
    "Educational toys are in the box by the door.",
])
def test_plain_sentences_stay_plain(text: str) -> None:
    assert not jargon_uses(text, LEXICON, frozenset(), frozenset())
    assert not find_initials(text, LEXICON, {})
