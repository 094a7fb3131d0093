"""Teams teach the outcome and action rules their own wording (issue 12, item 5)."""

from __future__ import annotations

from coreplan.config import load_settings
from coreplan.rules import all_rules
from coreplan.rules.docs import examples
from coreplan.rules.actions import shorthand_reason
from coreplan.rules.outcomes import is_service_focused
from coreplan.rules.team_phrases import phrase_pattern, team_phrases
from tests.helpers import found, line_of, merge, run

OUTCOME = "outcome: Ella has breakfast with Mum and arrives at school by 8:50 every day."


def settings_with(tmp_path, text):
    config = tmp_path / ".coreplan.yaml"
    config.write_text(text, encoding="utf-8")
    return load_settings(config, all_rules())


def outcome_case(outcome: str) -> str:
    return merge(examples("service-focused-outcome")["passes"].replace(OUTCOME, f"outcome: {outcome}"))


def action_case(what: str) -> str:
    passes = examples("shorthand-action")["passes"]
    old = "what: Go to the six-week course on morning routines, and practise one new step each week with Siân."
    assert old in passes
    return merge(passes.replace(old, f"what: {what}"))


def test_a_team_accepts_an_outcome_wording(tmp_path):
    text = outcome_case("Ella will attend Forest School with her class.")
    assert found(text, "service-focused-outcome") == [("service-focused-outcome", line_of(text, "outcome: Ella"))]
    settings = settings_with(tmp_path, "rules:\n  service-focused-outcome:\n"
                                       "    accepted_phrases: [attend Forest School]\n")
    assert found(text, "service-focused-outcome", settings=settings) == []


def test_a_team_adds_a_service_wording(tmp_path):
    text = outcome_case("Ella will have TAF work in the spring.")
    assert found(text, "service-focused-outcome") == []
    settings = settings_with(tmp_path, "rules:\n  service-focused-outcome:\n    service_phrases: [TAF work]\n")
    findings = [f for f in run(text, settings=settings) if f.rule == "service-focused-outcome"]
    assert [f.line for f in findings] == [line_of(text, "outcome: Ella")]
    assert "'TAF work'" in findings[0].message


def test_a_team_accepts_an_action_wording(tmp_path):
    text = action_case("Use the Safe Care chart with Siân.")
    assert found(text, "shorthand-action") == [("shorthand-action", line_of(text, "what: Use the Safe"))]
    settings = settings_with(tmp_path, "rules:\n  shorthand-action:\n    accepted_phrases: [Safe Care chart]\n")
    assert found(text, "shorthand-action", settings=settings) == []


def test_a_team_adds_a_shorthand_wording(tmp_path):
    text = action_case("Carry on with TAF work.")
    settings = settings_with(tmp_path, "rules:\n  shorthand-action:\n    shorthand_phrases: [TAF work]\n")
    assert found(text, "shorthand-action", settings=settings) == [("shorthand-action", line_of(text, "what: Carry"))]


def test_phrases_are_words_not_patterns():
    pattern = phrase_pattern(["a.b (c", "Forest   School"])
    assert pattern.search("see a.b (c here") and not pattern.search("see axb (c here")
    assert pattern.search("at forest\nschool today") and not pattern.search("at Forest Schools")
    assert phrase_pattern([]) is None and phrase_pattern(["  "]) is None


def test_the_library_functions_take_the_team():
    team = team_phrases({}, (), ("engage with the choir",))
    assert is_service_focused("Ella will engage with the choir.", ["Ella"])
    assert not is_service_focused("Ella will engage with the choir.", ["Ella"], team)
    assert shorthand_reason("Engage with services.") and shorthand_reason("Engage with the choir.", team) is None
