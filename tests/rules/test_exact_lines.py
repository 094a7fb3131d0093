"""Each guidance rule on its documented failing example: exactly these findings, at exactly these lines.

Each entry: the texts that identify the line of every expected finding of that rule (in order), within
the base case merged with the rule's `yaml fails` block. A rule's passing example is asserted clean in
tests/test_registry.py.
"""

from __future__ import annotations

import pytest

from coreplan.rules.docs import examples
from tests.helpers import found, line_of, merge

EXPECTED_LINES = {
    "child-without-goal": ["  - id: osian"],
    "shared-impact-text": ["osian: Osian is hungry"],
    "missing-lived-experience": ["  - id: ella"],
    "missing-child-voice": ["  - id: ella"],
    "service-focused-outcome": ["outcome: Mum to engage"],
    "outcome-without-child": ["outcome: Mornings are calm"],
    "action-without-measure": ["      - who: carys"],
    "parent-not-considered": ["  - id: dean"],
    "missing-strengths": ["^family:"],
    "too-many-actions": [("      - who: carys", 6)],
    "excluded-without-reason": ["in_core_group: false"],
    "missing-rationale": ["  - id: mornings"],
    "missing-contingency": ["contingency:"],
    "missing-contact-arrangements": ["contact: Siân will visit"],
    "member-without-contribution": ["  - id: tom"],
    # the base case's mother, then the example's authority and its member with no Welsh role
    "missing-welsh-form": ["    relationship: mother", "local_authority: Dyffryn", "    role: social worker"],
    "assessment-without-date": ["  - what: An assessment"],
    "too-many-goals": ["  - id: goal-6"],
    "ladder-too-short": [("    ladder:", 3)],
    "good-enough-out-of-range": ["good_enough: 4"],
    "progress-not-recorded": [("    ladder: {}", 1)],
    "core-group-too-large": ["members:"],
    "venue-not-agreed": ["venue: Prestatyn Family Centre"],
    "chairing-not-shared": [("    chair: sian", 3)],
    # 'demonstrates', 'disorganised attachment' and 'home conditions', all on one line
    "jargon": ["demonstrates a disorganised"] * 3,
    "unexplained-initials": ["The ICPC was worried"],
    "shorthand-action": ["what: Parent/s to attend"],
    "long-sentence": ["concern: Carys cannot get up"],
    # timescales, as on 23 November 2026
    "late-conference": ["conference: 2026-10-19"],
    "late-first-core-group": ["  - date: 2026-11-05"],
    "core-group-gap": ["  - date: 2026-10-22"],
    "too-few-core-groups": ["  - date: 2026-09-10"],
    "late-review": ["^conference: 2026-08-03"],
    "overdue-action": ["        by: 2026-11-13"],
    "overdue-assessment": ["    by: 2026-11-13"],
    "child-not-seen-alone": ["{date: 2026-09-23"],
    "child-not-seen-at-home": ["{date: 2026-10-21"],
    "bedroom-not-seen": ["  - id: ella"],
}


@pytest.mark.parametrize("rule", sorted(EXPECTED_LINES))
def test_failing_example_finds_exactly_these_lines(rule):
    text = merge(examples(rule)["fails"])
    lines = [line_of(text, *needle) if isinstance(needle, tuple) else line_of(text, needle)
             for needle in EXPECTED_LINES[rule]]
    assert found(text, rule) == [(rule, line) for line in lines]


def test_every_guidance_rule_has_exact_lines():
    from coreplan.rules import all_rules

    guidance = {name for name, rule in all_rules().items() if rule.check is not None}
    assert guidance == set(EXPECTED_LINES)
