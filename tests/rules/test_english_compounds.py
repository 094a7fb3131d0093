"""The jargon rule's generalisers (coreplan/rules/english_compounds.py, data/english_compounds.yaml): compound
terms of a listed modifier and a listed head, sections of an Act by number, words made with a professional
prefix or suffix, and the nouns and adverbs made from a listed word. Each finds terms nobody listed, and
leaves the everyday English around them alone."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text, lexicon=LEXICON, explained=frozenset()):
    return [(use.written, use.plain) for use in jargon_uses(text, lexicon, explained)]


def written(text, lexicon=LEXICON):
    return [use.written for use in jargon_uses(text, lexicon)]


@pytest.mark.parametrize("text, term, plain", [
    ("The reunification plan will be agreed in May.", "reunification plan", "plan to help the child go home"),
    ("Ask the attendance worker.", "attendance worker", "worker about getting to school"),
    ("Mali's viability meeting is on Monday.", "viability meeting",
     "meeting to see whether someone could look after the child"),
    ("The allocation meetings are on Fridays.", "allocation meetings",
     "meetings to choose who will work with the family"),
    ("The liaison officer rang.", "liaison officer", "worker who keeps everyone in touch"),
    ("Gwen will move to a sibling placement.", "sibling placement", "home with brothers and sisters"),
])
def test_a_listed_modifier_before_a_listed_head_is_jargon_with_plain_words_made_from_both(text, term, plain):
    assert not {term.lower(), term.lower().rstrip("s")} & LEXICON.phrases.keys()  # not listed: found by the pair
    assert found(text) == [(term, plain)]


@pytest.mark.parametrize("text", [
    "Mum and Nain made a written plan for the mornings.",  # an everyday word before the head
    "The weekly meeting is at school.",
    "Just in case plans change, Mum will text Nain.",  # 'in case' is no modifier
    "Mum will contact support services on Monday.",  # 'contact' as a verb
    "The safety check on the car seat is free.",  # a pair that is everyday English (plain_pairs)
    "Follow the safety plan.",
    "The plan is for you and your family to work together.",  # the head alone
])
def test_everyday_english_around_the_heads_is_left_alone(text):
    assert found(text) == []


def test_a_listed_phrase_keeps_its_own_words_and_a_name_to_explain_is_not_replaced():
    # 'strategy meeting' is a name to explain: not swallowed by 'multi-agency strategy meeting'
    assert written("a multi-agency strategy meeting") == ["multi-agency", "strategy meeting"]
    # a longer phrase starting inside the pair wins: a court order, not 'interim care'
    assert written("An interim care order was made.") == ["interim care order"]
    assert written("The child in need meeting") == ["child in need"]


def test_a_team_silences_a_pair_or_every_pair_of_a_word_and_a_glossary_explains_one():
    assert written("the viability meeting", load_lexicon({}, {"ignore_terms": ["viability meeting"]}, {})) == []
    assert written("the viability meeting and the liaison officer",
                   load_lexicon({}, {"ignore_terms": ["liaison"]}, {})) == ["viability meeting"]
    assert found("the viability meetings", explained=frozenset({"viability meetings"})) == []


@pytest.mark.parametrize("text, term", [
    ("The children were accommodated under section 76.", "section 76"),
    ("Orders under section 8 are rare.", "section 8"),
    ("The section 37 reports were filed.", "section 37 reports"),
    ("Sections 17 and 47 apply.", "Sections 17"),
    ("a regulation 24 placement", "regulation 24 placement"),
])
def test_a_section_of_an_act_by_number_is_jargon(text, term):
    assert term in written(text)


@pytest.mark.parametrize("text", ["See section 3 of this plan.", "As section 2 above says.", "Section B is empty."])
def test_a_section_of_the_plan_itself_is_not(text):
    assert found(text) == []


@pytest.mark.parametrize("text, term", [
    ("Dad's non-attendance at the meetings", "non-attendance"),
    ("a multi-professional review", "multi-professional"),
    ("an inter-generational pattern", "inter-generational"),
    ("a strengths-based conversation", "strengths-based"),
    ("a needs-led service", "needs-led"),
])
def test_a_word_made_with_a_professional_prefix_or_suffix_is_jargon(text, term):
    assert written(text) == [term]


@pytest.mark.parametrize("text", ["They talked non-stop.", "a multi-storey car park", "Mum is well-informed.",
                                  "It is based on what Mum said.", "The walk was led by Taid."])
def test_the_same_affixes_on_everyday_words_are_plain(text):
    assert found(text) == []


def test_a_noun_or_adverb_made_from_a_listed_word_is_found_but_not_the_word_a_noun_comes_from():
    team = load_lexicon({}, {"extra_terms": {"co-productive": "worked out together", "resilient": "copes well"}}, {})
    assert written("They worked co-productively.", team) == ["co-productively"]
    assert written("Her resilience has grown.", team) == ["resilience"]
    assert written("Osian was placed with Nain.") == []  # 'placement' is jargon, 'placed' is not


def test_every_plain_alternative_made_from_the_parts_is_plain_by_the_rule_itself():
    tables = LEXICON.compounds
    made = {tables[kind][word] for kind in ("numbered", "prefixes", "suffixes") for word in tables[kind]}
    for head in tables["heads"].values():
        for entries in tables["modifiers"].values():
            for _, words in entries:
                made.update(head.replace("{s}", s) + " " + words for s in ("", "s"))
    jargon = {plain: [use.written for use in jargon_uses(plain, LEXICON) if use.phrase not in LEXICON.to_explain]
              for plain in made}
    assert {plain: uses for plain, uses in jargon.items() if uses} == {}
