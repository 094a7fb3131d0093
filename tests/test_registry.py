"""Every rule is registered, documented, and its documented examples behave as documented."""

from __future__ import annotations

import pytest

from coreplan.findings import LEVELS
from coreplan.rules import all_rules
from coreplan.rules.docs import DOCS, examples, rule_doc
from tests.helpers import found, merge

RULES = all_rules()
SECTIONS = ("## What it checks", "## Why it matters", "## Example")
NO_SHORT_EXAMPLE = {"file-too-large": "needs a file of more than 1 MiB; tested in test_load.py"}

# The rules ../shared/brief/rules.md names, by family, as the contract.
CONTRACT = {
    "reading": ["invalid-yaml", "duplicate-key", "alias-not-allowed", "file-too-large", "unknown-field",
                "missing-field", "invalid-value", "unknown-id", "duplicate-id"],
}


def test_contract_rules_are_registered():
    for names in CONTRACT.values():
        for name in names:
            assert name in RULES, f"{name} is not registered"


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule_is_well_formed_and_documented(name):
    rule = RULES[name]
    assert rule.level in LEVELS
    assert rule.summary and rule.family
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    for section in SECTIONS:
        assert section in text, f"{name}.md has no '{section}'"
    assert rule_doc(rule).startswith(f"# {name}\n")


def test_every_doc_file_belongs_to_a_rule():
    stray = {p.stem for p in DOCS.glob("*.md")} - set(RULES)
    assert not stray


@pytest.mark.parametrize("name", sorted(set(RULES) - set(NO_SHORT_EXAMPLE)))
def test_documented_examples_fail_and_pass(name):
    blocks = examples(name)
    assert set(blocks) == {"fails", "passes"}, f"{name}.md needs a 'yaml fails' and a 'yaml passes' block"
    assert name in [rule for rule, _ in found(merge(blocks["fails"]))], "the failing example does not fail"
    assert found(merge(blocks["passes"])) == [], "the passing example is not clean"
