"""Every rule is registered, documented, and its documented examples behave as documented."""

from __future__ import annotations

import pytest

from coreplan.findings import LEVELS
from coreplan.rules import all_rules
from coreplan.rules.docs import DOCS, examples, rule_doc
from tests.helpers import found, merge

RULES = all_rules()
SECTIONS = ("## What it checks", "## Why it matters", "## Example")
NO_SHORT_EXAMPLE = {"file-too-large": "needs a file of more than 1 MiB; tested in test_load.py",
                    "unreadable-file": "needs a pipe, a broken link or a locked file; tested in test_hostile.py"}

# The rules ../shared/brief/rules.md names, by family, as the contract.
CONTRACT = {
    "reading": ["invalid-yaml", "duplicate-key", "alias-not-allowed", "file-too-large", "unknown-field",
                "missing-field", "invalid-value", "unknown-id", "duplicate-id"],
    "children": ["child-without-goal", "shared-impact-text", "missing-lived-experience", "missing-child-voice"],
    "outcomes": ["service-focused-outcome", "outcome-without-child", "action-without-measure"],
    "language": ["jargon", "unexplained-initials", "shorthand-action", "long-sentence"],
    "parents": ["parent-not-considered", "missing-strengths", "too-many-actions", "excluded-without-reason"],
    "plan": ["missing-rationale", "missing-contingency", "missing-contact-arrangements",
             "member-without-contribution", "assessment-without-date", "too-many-goals"],
    "ladder": ["ladder-too-short", "good-enough-out-of-range", "progress-not-recorded"],
    "meetings": ["core-group-too-large", "venue-not-agreed", "chairing-not-shared"],
    "timescales": ["late-conference", "late-first-core-group", "core-group-gap", "too-few-core-groups",
                   "late-review", "overdue-action", "overdue-assessment", "child-not-seen-alone",
                   "child-not-seen-at-home", "bedroom-not-seen"],
}
LEVELS_IN_BRIEF = {
    "child-without-goal": "error", "shared-impact-text": "warning", "missing-lived-experience": "warning",
    "missing-child-voice": "warning", "service-focused-outcome": "warning", "outcome-without-child": "warning",
    "action-without-measure": "warning", "jargon": "warning", "unexplained-initials": "warning",
    "shorthand-action": "warning", "long-sentence": "info", "parent-not-considered": "warning",
    "missing-strengths": "warning", "too-many-actions": "warning", "excluded-without-reason": "error",
    "missing-rationale": "warning", "missing-contingency": "error", "missing-contact-arrangements": "warning",
    "member-without-contribution": "warning", "assessment-without-date": "warning", "too-many-goals": "info",
    "ladder-too-short": "warning", "good-enough-out-of-range": "error", "progress-not-recorded": "warning",
    "core-group-too-large": "info", "venue-not-agreed": "info", "chairing-not-shared": "info",
    "late-conference": "warning", "late-first-core-group": "error", "core-group-gap": "error",
    "too-few-core-groups": "warning", "late-review": "error", "overdue-action": "warning",
    "overdue-assessment": "warning", "child-not-seen-alone": "error", "child-not-seen-at-home": "warning",
    "bedroom-not-seen": "warning",
}


def test_contract_rules_are_registered():
    for names in CONTRACT.values():
        for name in names:
            assert name in RULES, f"{name} is not registered"


def test_default_levels_are_the_briefs():
    assert {name: RULES[name].level for name in LEVELS_IN_BRIEF} == LEVELS_IN_BRIEF


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule_is_well_formed_and_documented(name):
    rule = RULES[name]
    assert rule.level in LEVELS
    assert rule.summary and rule.family
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in text, f"{name}.md has no '{section}'"
    assert rule_doc(rule).startswith(f"# {name}\n")


@pytest.mark.parametrize("name", sorted(n for n, r in RULES.items() if r.options))
def test_every_option_is_explained(name):
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    assert "## Options" in text
    options_section = text.split("## Options", 1)[1].split("\n## ", 1)[0]
    for option in RULES[name].options:
        assert f"`{option}`" in options_section, f"{name}.md does not explain option {option!r}"


def test_every_doc_file_belongs_to_a_rule():
    stray = {p.stem for p in DOCS.glob("*.md")} - set(RULES)
    assert not stray


@pytest.mark.parametrize("name", sorted(set(RULES) - set(NO_SHORT_EXAMPLE)))
def test_documented_examples_fail_and_pass(name):
    blocks = examples(name)
    assert set(blocks) == {"fails", "passes"}, f"{name}.md needs a 'yaml fails' and a 'yaml passes' block"
    assert name in [rule for rule, _ in found(merge(blocks["fails"]))], "the failing example does not fail"
    assert found(merge(blocks["passes"])) == [], "the passing example is not clean"


GUIDANCE_RULES = sorted(name for name, rule in RULES.items() if rule.check is not None)


@pytest.mark.parametrize("name", GUIDANCE_RULES)
def test_rule_can_be_switched_off_and_relevelled(tmp_path, name):
    from coreplan.config import load_settings
    from tests.helpers import run

    failing = merge(examples(name)["fails"])
    other = "info" if RULES[name].level != "info" else "error"
    config = tmp_path / ".coreplan.yaml"
    config.write_text(f"rules:\n  {name}: {other}\n")
    levels = {f.level for f in run(failing, settings=load_settings(config, RULES)) if f.rule == name}
    assert levels == {other}
    config.write_text(f"rules:\n  {name}: off\n")
    assert name not in [f.rule for f in run(failing, settings=load_settings(config, RULES))]
