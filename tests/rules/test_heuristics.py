"""Behaviour the issue calls out: similarity not equality, ages from born and --today, glossary, team lexicon."""

from __future__ import annotations

from datetime import date

from coreplan.config import load_settings
from coreplan.rules import all_rules
from coreplan.rules.docs import examples
from tests.helpers import BASE, found, line_of, merge, run

TWO = examples("shared-impact-text")["passes"]


def test_nearly_the_same_text_with_other_names_is_found():
    fragment = TWO.replace(
        "osian: Osian sits in a wet nappy until mid-morning because nobody is up to change him.",
        "osian: Osian goes without breakfast, gets himself ready and arrives late and hungry.")
    assert [rule for rule, _ in found(merge(fragment), "shared-impact-text")] == ["shared-impact-text"]


def test_different_texts_are_not_found():
    assert found(merge(TWO), "shared-impact-text") == []


def test_age_from_born_and_today_decides_who_can_speak():
    no_voice = merge(examples("missing-child-voice")["fails"].replace("takes_part: views-shared", "takes_part: in-person"))
    assert found(no_voice, "missing-child-voice", today=date(2026, 11, 23))  # Ella is 9
    as_toddler = no_voice.replace("born: 2017-05-01", "born: 2025-01-10")
    assert found(as_toddler, "missing-child-voice", today=date(2026, 11, 23)) == []  # 1 year old
    assert found(as_toddler, "missing-child-voice", today=date(2028, 6, 1))  # 3 by then


def test_too_young_is_questioned_for_an_older_child():
    text = BASE.replace("takes_part: views-shared", "takes_part: too-young")
    assert found(text, "missing-child-voice") == [("missing-child-voice", line_of(text, "takes_part: too-young"))]


def test_glossary_explains_initials():
    text = merge(examples("unexplained-initials")["fails"] +
                 "\nglossary:\n  ICPC: initial child protection conference\n")
    assert found(text, "unexplained-initials") == []


def test_team_extends_and_trims_the_lexicon(tmp_path):
    config = tmp_path / ".coreplan.yaml"
    config.write_text("rules:\n  jargon:\n    extra_terms: {morning routine: the way mornings go}\n"
                      "    ignore_terms: [home conditions, demonstrates]\n")
    settings = load_settings(config, all_rules())
    text = merge(examples("jargon")["fails"].replace("poor.", "poor, and so is the morning routine."))
    messages = [f for f in run(text, settings=settings) if f.rule == "jargon"]
    assert sorted(m.message.split("'")[1] for m in messages) == ["disorganised attachment", "morning routine"]


def test_team_allows_its_own_initials(tmp_path):
    config = tmp_path / ".coreplan.yaml"
    config.write_text("rules:\n  unexplained-initials:\n    allowed: [ICPC]\n")
    settings = load_settings(config, all_rules())
    assert found(merge(examples("unexplained-initials")["fails"]), "unexplained-initials", settings=settings) == []


def test_attending_school_is_the_childs_life_not_a_service():
    from coreplan.rules.outcomes import is_service_focused

    assert not is_service_focused("Jayden attends school every day and is on time.", ["Jayden"])
    assert is_service_focused("Mum attends the parenting course every week.", ["Jayden"])
