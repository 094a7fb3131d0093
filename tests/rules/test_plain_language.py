"""Plain-language rules on shapes practitioners really write: verbs that look like jargon, initials with digits."""

from __future__ import annotations

from coreplan.rules.language import find_initials, find_jargon, jargon_uses, load_lexicon, word_forms
from coreplan.text import sentences

LEXICON = load_lexicon({}, {}, {})


def jargon_in(text):
    return [written for written, _ in find_jargon(text, LEXICON)]


def initials_in(text, glossary=None):
    return find_initials(text, LEXICON, glossary or {})


def test_a_bracket_before_an_abbreviation_does_not_end_the_sentence():
    assert sentences("Ella goes to Ysgol Sant Elfod (St. Elfod's) on weekdays. Mr. Jones visits.") == [
        "Ella goes to Ysgol Sant Elfod (St. Elfod's) on weekdays.", "Mr. Jones visits."]
    assert sentences('She said "(Dr. Rees) is kind." Then she left.') == ['She said "(Dr. Rees) is kind."',
                                                                          "Then she left."]


def test_looked_after_as_a_verb_is_plain_english():
    assert jargon_in("Nain has looked after the children every weekend.") == []
    assert jargon_in("Taid looked after Osian while Carys was in hospital.") == []


def test_looked_after_child_as_a_noun_phrase_is_jargon():
    assert jargon_in("Jayden was a looked after child until 2024.") == ["looked after child"]
    assert jargon_in("Both looked-after children have a care plan.") == ["looked-after children", "care plan"]


def test_family_time_is_the_plain_wording_not_jargon():
    assert jargon_in("Family time with Dad is on Saturdays at Nain's house.") == []


def test_other_forms_of_a_lexicon_word_are_found():
    assert "accommodated" in word_forms("accommodation") and "accommodation" in word_forms("accommodated")
    assert jargon_in("Mum was offered accommodation.") == ["accommodation"]
    # (after a listed modifier, a head of english_compounds: one term, 'home from the council')
    assert jargon_in("She is in local authority accommodation.") == ["local authority accommodation"]
    assert jargon_in("The team undertakes visits.") == ["undertakes"]
    # no general stemming: 'placed' is plain English even though 'placement' is jargon
    assert jargon_in("Nain placed the cot by the window.") == []


def test_a_possessive_or_an_irregular_plural_is_another_form_of_any_word():
    assert jargon_in("The children's guardian met Osian.") == ["children's guardian"]
    assert jargon_in("It is in the care leaver's pathway plan.") == ["care leaver's", "pathway plan"]
    assert jargon_in("Parents' evening is on Tuesday.") == []
    assert jargon_in("The looked after children meet on Friday.") == ["looked after children"]


def test_a_possessive_keeps_its_number():
    # where a child lives is not a home run by staff for children
    assert jargon_in("Siân visited the child's home on Tuesday.") == []
    assert jargon_in("Osian lives in a children's home.") == ["children's home"]


def test_every_plain_alternative_is_plain_by_the_rule_itself():
    # the message tells the practitioner to write the alternative: it must not be jargon in its turn. It may
    # use a name the family must learn ('a child in care'): the rule asks for that to be explained once.
    import yaml

    from coreplan.paths import data_dir

    english = yaml.safe_load((data_dir() / "jargon.yaml").read_text(encoding="utf-8"))
    alternatives = {**english["phrases"], **english.get("as_noun", {})}
    assert [(term, plain) for term, plain in alternatives.items() if to_replace(plain)] == []


def to_replace(text):
    return [use.written for use in jargon_uses(text, LEXICON) if use.phrase not in LEXICON.to_explain]


def test_any_court_order_or_hearing_is_reported_with_the_words_that_name_it():
    assert jargon_in("A school attendance order was made.") == ["school attendance order"]
    assert jargon_in("The issues resolution hearing is in May.") == ["issues resolution hearing"]
    assert jargon_in("The court made a sexual harm prevention order.") == ["sexual harm prevention order"]
    # a listed order keeps its own plain alternative
    assert dict(find_jargon("An interim care order was made.", LEXICON))["interim care order"] != \
        dict(find_jargon("A school attendance order was made.", LEXICON))["school attendance order"]


def test_any_named_assessment_is_reported_but_an_assessment_alone_is_not():
    assert jargon_in("The fostering assessment of Nain is due.") == ["fostering assessment"]
    assert jargon_in("The assessment found that Ella sleeps well.") == []
    assert jargon_in("Mum's assessment is on Monday.") == []


def test_order_and_hearing_as_everyday_words_are_plain():
    for text in ("We meet in order to plan the week.", "Keep the toys in good order.", "Put them in the right order.",
                 "Mum and Dad order a takeaway on Fridays.", "Dad will order new shoes.", "Ella's hearing is checked.",
                 "Her hearing test is on Monday.", "The court hearing is next week.",
                 "We can book someone to sign if you have trouble hearing.", "order order order", "’s order"):
        assert jargon_in(text) == [], text


def test_sections_of_an_act_are_initials_and_are_expanded():
    found = dict(initials_in("An S47 enquiry was held and S20 was discussed; the S17 plan ended."))
    assert set(found) == {"S47", "S20", "S17"}
    assert "section 47" in found["S47"] and "section 20" in found["S20"]
    assert initials_in("The S31 application was made.")[0][0] == "S31"


def test_a_capital_and_digits_that_are_not_a_section_are_left_alone():
    assert initials_in("Ella is in Y4 and travels on the A55 with her M3 ticket.") == []


def test_role_abbreviations_are_expanded():
    found = dict(initials_in("The SW and the TM met the HV, the FSW and the IRO."))
    assert found == {"SW": "social worker", "TM": "team manager", "HV": "health visitor",
                     "FSW": "family support worker, or fostering social worker",  # both roles the lexicon lists
                     "IRO": "independent reviewing officer"}


def test_initials_spelled_out_once_are_explained_for_the_whole_text():
    text = "The initial child protection conference (ICPC) met. The ICPC agreed a plan."
    assert initials_in(text) == []


def test_initials_spelled_out_after_them_in_brackets():
    assert initials_in("The IRO (independent reviewing officer) chairs it.") == []
    assert initials_in("The IRO (who chairs it) rang.") == [("IRO", "independent reviewing officer")]


def test_a_hyphen_or_a_space_between_the_words_of_a_phrase_is_the_same_phrase():
    assert jargon_in("A pre birth assessment is due.") == ["pre birth assessment"]
    assert jargon_in("A prebirth assessment is due.") == ["prebirth assessment"]
    assert jargon_in("A pre-birth assessment is due.") == ["pre-birth assessment"]
    assert jargon_in("Both looked-after children and the child-protection conference.") == [
        "looked-after children", "child-protection conference"]
    assert jargon_in("Ask the care-leavers.") == ["care-leavers"]


def test_a_word_of_a_hyphenated_compound_is_not_a_modifier_of_a_head_word():
    assert jargon_in("a short-term order from a judge") == []
    assert jargon_in("The well-being of Ella, and a self-harm plan.") == []


def test_any_application_to_a_court_is_reported_but_an_everyday_one_is_not():
    assert jargon_in("The discharge application is in June.") == ["discharge application"]
    assert jargon_in("Mum's housing application went in on Monday.") == []
    assert jargon_in("An application was made.") == []


def test_a_word_with_its_own_entry_gets_its_own_plain_words_not_those_of_a_word_it_is_a_form_of():
    # 'accommodation' is also a form of 'accommodated' (-ation/-ated): the plain words must fit the word
    # written, or a parent looking for a flat is told about living in care.
    lexicon = load_lexicon({}, {"extra_terms": {"accommodated": "placed in care", "accommodation": "a home"},
                                "ignore_terms": []}, {})
    for text, plain in (("Mum needs new accommodation.", "a home"), ("Ella was accommodated.", "placed in care")):
        assert find_jargon(text, lexicon) == [(text.split()[-1].rstrip("."), plain)]
    shipped = dict(find_jargon("Mum needs new accommodation near the school.", LEXICON))
    assert shipped["accommodation"].startswith("a home or a place to stay")


def test_plain_words_fit_every_use_a_plan_makes_of_a_term():
    # 'remanded on bail' is not custody, and drug services call residential rehab 'tier 4' as mental health
    # services call a hospital stay: plain words that fit one use only would tell a parent something untrue.
    plain = dict(find_jargon("He was remanded on bail until the trial.", LEXICON))
    assert "custody" not in plain["remanded"] and "at home" in plain["remanded"]
    plain = dict(find_jargon("A tier 4 placement at a rehab unit was agreed.", LEXICON))
    assert "hospital" in plain["tier 4"] and "treatment centre" in plain["tier 4"]
