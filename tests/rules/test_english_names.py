"""Names of orders, services, schemes and bodies written in capitals (coreplan/rules/english_names.py): found
by the jargon rule without being listed, and asked to be said in plain words; the capitals of everyday
English (a sentence's first word, people, places, schools, emphasis) left alone."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coreplan.rules import english_names
from coreplan.rules.language import PHRASE_WORD, find_jargon, jargon_uses, load_lexicon
from tests.helpers import line_of, merge, run

LEXICON = load_lexicon({}, {}, {})


def names(text, lexicon=LEXICON, explained=frozenset()):
    return [use.written for use in jargon_uses(text, lexicon, explained) if use.unlisted_name]


def shape(text):
    """The names english_names finds in text by their shape alone, whatever the lexicon lists."""
    written_words = PHRASE_WORD.findall(text)
    spans = [match.span() for match in PHRASE_WORD.finditer(text)]
    return [" ".join(written_words[first:last]) for first, last in english_names.names_in(text, written_words, spans)]


@pytest.mark.parametrize("text, name", [
    ("The Housing Ombudsman looks at complaints about landlords.", "Housing Ombudsman"),
    ("Audit Commission", "Audit Commission"),
    ("Youth justice work used to follow the Scaled Approach.", "Scaled Approach"),
    ("Ask the Caldicott Guardian before sharing it.", "Caldicott Guardian"),
    ("A letter came from the Care Quality Commission.", "Care Quality Commission"),
    ("The Planning Inspectorates are busy.", "Planning Inspectorates"),  # a plural head ("tribunal" is listed now)
    ("Mum went to the Court of Session.", "Court of Session"),  # a head first, before 'of'
    ("the College of Social Work", "College of Social Work"),
    ("The Annual Lettings Plan is out.", "Annual Lettings Plan"),
    ("Families and Friends Agreement", "Families and Friends Agreement"),  # a small word inside
    ("Send Form E to the court.", "Form E"),  # a form named by its code
    ("Dean filled in Form C100 with Carys.", "Form C100"),
    ("Dean gets Child Tax Credit.", "Child Tax Credit"),  # a benefit's name
    ("The council has a duty under the Housing Act 1996.", "Housing Act"),  # a law, with its year after it
    ("The Homelessness Reduction Act changed that.", "Homelessness Reduction Act"),
    ("Please read the Family Group Conference leaflet.", "Family Group Conference"),  # after a polite request
    # a verb in capitals, with its particle or after 'will', is no word of the name that follows it
    ("Mum will Sign Up for the Freedom Programme by May.", "Freedom Programme"),
    ("Sign Up for the Freedom Programme.", "Freedom Programme"),
    ("Dad will Apply for Child Tax Credit this week.", "Child Tax Credit"),
    # (a name whose second word is no particle keeps its first: 'Early Years', not a verb)
    ("Mum will go to the Early Years Panel.", "Early Years Panel"),
])
def test_a_run_of_capitalised_words_ending_in_a_kind_of_institution_is_a_name(text, name):
    assert shape(text) == [name]


@pytest.mark.parametrize("text, name", [
    # names nobody will list: found by the jargon rule by their shape
    ("Carys rang the Bryngwyn Tenancy Ombudsman.", "Bryngwyn Tenancy Ombudsman"),
    ("Dean is under the Plas Newydd Lettings Protocol.", "Plas Newydd Lettings Protocol"),
    ("Send Form Q7 to the office.", "Form Q7"),
    # a benefit or payment by its name: explained once in the glossary, not dropped
    ("Carys will apply for Carer's Allowance.", "Carer's Allowance"),
    ("Carys can claim a Best Start Grant.", "Best Start Grant"),
    ("Dad gets Winter Fuel Payments.", "Winter Fuel Payments"),
])
def test_the_jargon_rule_finds_an_unlisted_name_and_offers_no_plain_words(text, name):
    assert name.lower() not in LEXICON.phrases
    assert names(text) == [name]
    assert find_jargon(text, LEXICON) == [(name, "")]


@pytest.mark.parametrize("text", [
    "Siân Roberts visits on Tuesdays.",  # a person
    "Ella goes to Breakfast Club at Ysgol Glan Morfa.",  # a school and its club
    "Ana from the Drug and Alcohol Service meets Carys at the Family Centre.",  # says what it is; a place
    "Mererid from Dyffryn Health Board weighs Mali.",  # every family knows the health board
    "Mum gets Universal Credit.",  # benefits every family knows
    "Mum gets Housing Benefit and Child Benefit.",
    "Nain gets her State Pension.",
    "The Allowance is paid weekly.",  # a head alone, a sentence's first word before it
    "Rhodri's My Plan is on the fridge.",  # the child's own plan, by its name
    "Plan the week with Nain.",  # a capitalised head alone
    "FOLLOW THE SAFETY PLAN.",  # capitals for emphasis
    "Follow the Safety Plan.",  # a pair that is everyday English (english_compounds.yaml plain_pairs)
    "Dean met the Youth. Panel members listened.",  # a sentence ends between them
    "Ella is in Form 3 this year.",  # a school class, not a form's code
    "Mum will go to the Glan Clwyd Hospital Maternity Unit.",  # a place the family goes to
    "Dad works for the Environment Agency.",  # a national body every adult knows
    "Please Order your school photos by Friday.",  # a request in a letter's capitals, not an order's name
    "Kindly Return the Form by Monday.",
])
def test_everyday_capitals_are_left_alone(text):
    assert names(text) == []


def test_two_benefits_in_a_sentence_are_two_names():
    assert shape("Dean gets Disability Living Allowance and Child Tax Credit.") == [
        "Disability Living Allowance", "Child Tax Credit"]


def test_a_listed_phrase_inside_a_name_keeps_its_own_plain_words():
    assert find_jargon("Child Arrangements Order", LEXICON) == [
        ("Child Arrangements Order", LEXICON.phrases["child arrangements order"])]
    assert names("Child Arrangements Order") == []


def test_a_glossary_or_a_team_silences_a_name():
    text = "The Bryngwyn Tenancy Ombudsman rang."
    assert names(text) == ["Bryngwyn Tenancy Ombudsman"]
    assert names(text, explained=frozenset({"bryngwyn tenancy ombudsman"})) == []
    team = load_lexicon({}, {"ignore_terms": ["Bryngwyn Tenancy Ombudsman"]}, {})
    assert names(text, team) == []


GOAL = """goals:
  - id: mornings
    title: Calm mornings
    concern: Carys cannot get up in the morning after drinking, so Ella goes to school hungry.
    impact:
      ella: Ella gets herself ready, goes without breakfast and arrives late and hungry.
    outcome: Ella has breakfast with Mum and arrives at school by 8:50 every day.
    rationale: {rationale}
    ladder:
      - Ella gets herself up and goes to school hungry most days.
      - Mum is up on half the school days.
      - Mum is up every school day and Ella has breakfast.
    good_enough: 3
    actions:
      - who: carys
        what: Keep a diary of when she gets up and show it to Siân every week.
        by: 2026-12-18
        how_we_will_know: Ella's school register shows her arriving by 8:50 on nine days out of ten.
"""


RATIONALE = "Carys has asked the Bryngwyn Tenancy Ombudsman about the damp, so mornings are cold."


def test_the_rule_reports_a_name_where_it_is_written_and_asks_for_plain_words():
    text = merge(GOAL.format(rationale=RATIONALE))
    findings = [f for f in run(text) if f.rule == "jargon"]
    assert [(f.line, f.column) for f in findings] == [(line_of(text, "rationale: Carys has asked"),
                                                       len("    rationale: Carys has asked the ") + 1)]
    assert findings[0].message == ("'Bryngwyn Tenancy Ombudsman' names something a family may not know: say in "
                                   "plain words what it is and does, or explain it once in glossary")


def test_the_rule_is_silent_when_the_plan_says_what_it_is():
    text = merge(GOAL.format(rationale="Carys has asked the people who look into complaints about landlords "
                                       "about the damp, so mornings are cold."))
    assert [f for f in run(text) if f.rule == "jargon"] == []


def test_a_glossary_entry_for_the_name_silences_it_in_the_plan():
    glossary = "glossary:\n  Bryngwyn Tenancy Ombudsman: the people who look into complaints about landlords\n"
    text = merge(GOAL.format(rationale=RATIONALE) + glossary)
    assert [f for f in run(text) if f.rule == "jargon"] == []


def test_the_rule_reports_a_benefit_by_its_name_where_it_is_written():
    text = merge(GOAL.format(rationale="Carys has claimed Carer's Allowance, so she can stay at home in the mornings."))
    findings = [f for f in run(text) if f.rule == "jargon"]
    assert [(f.line, f.column) for f in findings] == [(line_of(text, "rationale: Carys has claimed"),
                                                       len("    rationale: Carys has claimed ") + 1)]
    assert findings[0].message.startswith("'Carer's Allowance' names something a family may not know")


# --- no text makes it fail ---------------------------------------------------------------------------------

# Words that open, end and join names, everyday capitals and marks between them: texts made of these reach
# every branch of names_in
_PIECES = st.sampled_from(["Allowance", "Credit", "Order", "Court", "of", "for", "the", "and", "Form", "E", "C100",
                           "3", "A", "Child", "Tax", "Universal", "Hospital", "Siân", "SAFETY", "Carer's",
                           "Ask", "Plan", "Team", "Around", "Benefits"])
_BETWEEN = st.sampled_from([" ", " ", "  ", "-", " & ", ". ", ", ", "\n", ": ", "("])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECES, _BETWEEN), max_size=40))
def test_no_run_of_capitals_gives_a_traceback_or_overlapping_names(pieces):
    text = "".join(word + between for word, between in pieces)
    uses = [use for use in jargon_uses(text, LEXICON, frozenset(), frozenset()) if use.unlisted_name]
    for use in uses:
        assert " ".join(text[use.start:use.end].split()) == use.written
    assert all(first.end <= second.start for first, second in zip(uses, uses[1:]))


@pytest.mark.parametrize("text", [
    "Mum will act on what the nurse says.",
    "Carys joined in the school's Act of Kindness Day.",  # an Act only ends a name, never opens one
    "Nain read the Riot Act to the boys.",  # an idiom every family knows
    "Acts of Parliament are made in London.",
])
def test_an_act_that_is_no_law_is_no_name(text):
    assert shape(text) == []
