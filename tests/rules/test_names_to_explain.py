"""The names a family must learn (core group, approved foster carer, child in need...): explained once, not replaced.

The `jargon` rule reports such a name at its first use in the case only, and not at all when the case's
glossary explains it or a text explains it in brackets where it uses it.
"""

from __future__ import annotations

import yaml

from coreplan.messages import show
from coreplan.paths import data_dir
from coreplan.rules.language import explained_by_glossary, find_jargon, jargon_uses, load_lexicon
from tests.helpers import line_of, merge, run

LEXICON = load_lexicon({}, {}, {})

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
        what: {what}
        by: 2026-12-18
        how_we_will_know: Ella's school register shows her arriving by 8:50 on nine days out of ten.
"""
RATIONALE = "The core group agreed that the drinking makes the mornings go wrong, so it comes first."
WHAT = "Keep a diary of when she gets up and bring it to every core group meeting."


def case(rationale: str = RATIONALE, what: str = WHAT, glossary: str = "") -> str:
    return merge(GOAL.format(rationale=rationale, what=what) + glossary)


def jargon_findings(text: str):
    return [f for f in run(text) if f.rule == "jargon"]


def test_a_name_is_reported_once_at_its_first_use():
    text = case()
    findings = jargon_findings(text)
    assert [(f.line, f.column) for f in findings] == [(line_of(text, "rationale: The core group"),
                                                       len("    rationale: The ") + 1)]
    assert findings[0].message == (
        "'core group' is a name the family will hear often: explain it once in glossary, e.g. 'core group: the "
        "family and the workers who meet every few weeks to make the plan work'")


def test_a_name_used_twice_in_one_text_is_reported_at_the_first_use_there():
    text = case(rationale="The drinking makes the mornings go wrong, so help with the drinking comes first.",
                what="Bring the diary to the core group, and tell the core group how the week went.")
    assert [(f.line, f.column) for f in jargon_findings(text)] == [
        (line_of(text, "what: Bring the diary"), len("        what: Bring the diary to the ") + 1)]


def test_a_later_use_in_the_same_text_is_located_where_it_is_written():
    # 'core' of 'core group' is found at its own place, not at an earlier word it starts with
    text = case(rationale="Mornings are the core of it. The core group agreed to start with the drinking.")
    finding, = jargon_findings(text)
    assert finding.column == len("    rationale: Mornings are the core of it. The ") + 1


def test_different_names_are_reported_each_once_and_other_jargon_at_every_use():
    text = case(rationale="The core group and the child protection conference agreed; home conditions matter.",
                what="Tell the core group and the approved foster carers about home conditions every Friday.")
    written = [f.message.split("'")[1] for f in jargon_findings(text)]
    assert sorted(written) == ["approved foster carers", "child protection conference", "core group", "home conditions",
                               "home conditions"]


def test_the_glossary_explains_a_name_whatever_its_case_or_number():
    for key in ("core group", "Core Group", "core groups", "CORE GROUP"):
        glossary = f"glossary:\n  {key}: the family and the workers who meet every few weeks\n"
        assert jargon_findings(case(glossary=glossary)) == [], key
    text = case(rationale="The approved foster carer takes Ella to school.", what="Bring the diary to every visit.",
                glossary="glossary:\n  approved foster carers: people the council has approved to look after children\n")
    assert jargon_findings(text) == []


def test_a_glossary_entry_explains_every_way_of_writing_the_same_name():
    assert {"review conference", "child protection review conference"} <= explained_by_glossary(
        {"Review conferences": "..."}, LEXICON)
    text = case(rationale="The child protection review conference is in March.", what="Bring the diary on Fridays.",
                glossary="glossary:\n  review conference: the meeting that checks whether the plan is working\n")
    assert jargon_findings(text) == []


def test_a_glossary_entry_for_another_name_does_not_explain_this_one():
    text = case(glossary="glossary:\n  child in need: a child the council must help\n")
    assert [f.message.split("'")[1] for f in jargon_findings(text)] == ["core group"]


def test_brackets_beside_a_use_explain_the_name():
    explained = "The core group (Mum, Dad and the workers who meet every few weeks) agreed the drinking comes first."
    assert jargon_findings(case(rationale=explained)) == []
    around = "Mum, Dad and the workers who meet every few weeks (the core group) agreed the drinking comes first."
    assert jargon_findings(case(rationale=around)) == []
    # an explanation at a later use counts too, as for initials spelled out later in a text
    later = "Bring the diary to the core group (Mum, Dad and the workers who meet every few weeks) on Fridays."
    assert jargon_findings(case(what=later)) == []


def test_initials_in_brackets_do_not_explain_a_name():
    text = case(rationale="The core group (CG) agreed that the drinking comes first.", what="Bring the diary.")
    assert [f.message.split("'")[1] for f in jargon_findings(text)] == ["core group"]


def test_a_name_is_still_found_by_find_jargon_in_every_form():
    # the figures measure find_jargon per glossary term: a name to explain is still a term it finds
    for text, written in (("core groups", "core groups"), ("the Foster Carers", "Foster Carers"),
                          ("Ella is in care.", "in care"), ("a looked-after child", "looked-after child"),
                          ("child in need", "child in need")):
        assert [w for w, _ in find_jargon(text, LEXICON)] == [written], text


def test_the_verb_looked_after_is_still_plain():
    assert find_jargon("Nain has looked after the children every weekend.", LEXICON) == []


def test_the_welsh_message(tmp_path):
    finding, = jargon_findings(case())
    welsh = show(finding.source, "cy")
    assert welsh.startswith("mae 'core group' yn enw y bydd y teulu'n ei glywed yn aml: esboniwch ef unwaith yn "
                            "'glossary', e.e. 'core group: ")


def test_a_team_may_want_a_name_replaced_or_not_reported():
    replaced = load_lexicon({}, {"extra_terms": {"core group": "the meeting about Ella"}}, {})
    assert "core group" not in replaced.to_explain
    ignored = load_lexicon({}, {"ignore_terms": ["core group"]}, {})
    assert find_jargon("The core group met.", ignored) == []


def test_every_explanation_is_plain_and_no_name_is_also_jargon_to_replace():
    shipped = yaml.safe_load((data_dir() / "jargon.yaml").read_text(encoding="utf-8"))
    names = shipped["to_explain"]
    assert not set(names) & set(shipped["phrases"]), "a name is either explained or replaced, not both"
    for name, entry in names.items():
        explanation = entry if isinstance(entry, str) else entry["explanation"]
        assert [u.written for u in jargon_uses(explanation, LEXICON)] == [], name


def test_a_phrase_the_glossary_explains_covers_the_words_inside_it():
    # 'interim care order' explained: its 'care order' is not reported on its own
    explained = explained_by_glossary({"interim care order": "..."}, LEXICON)
    assert find_jargon("The interim care order ends in May.", LEXICON, explained) == []
    assert [w for w, _ in find_jargon("The care order ends in May.", LEXICON, explained)] == ["care order"]
    # a glossary entry for a name covers the words of it that are jargon on their own
    explained = explained_by_glossary({"child protection conference": "..."}, LEXICON)
    assert find_jargon("The child protection conference is on Monday.", LEXICON, explained) == []
