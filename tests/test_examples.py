"""The bundled examples are the README's demo: the good plan is clean, the weak plan shows the typical faults."""

from pathlib import Path

from coreplan.check import check_paths
from tests.helpers import ROOT, TODAY

EXAMPLES = ROOT / "examples"


def test_good_example_has_no_findings_at_all():
    assert list(check_paths([EXAMPLES / "good-plan" / "case.yaml"], TODAY).findings()) == []


def test_weak_example_shows_at_least_ten_different_rules():
    result = check_paths([EXAMPLES / "weak-plan" / "case.yaml"], TODAY)
    rules = {f.rule for f in result.findings()}
    assert len(rules) >= 10
    assert {"shared-impact-text", "service-focused-outcome", "jargon", "unexplained-initials",
            "shorthand-action", "parent-not-considered", "missing-contingency"} <= rules


def test_good_example_is_three_children_of_different_ages_and_parents_living_apart():
    from coreplan.load import load_case

    case = load_case(EXAMPLES / "good-plan" / "case.yaml").case
    ages = sorted(child.age_on(TODAY) for child in case.children)
    assert ages[0] == 0 and 1 <= ages[1] <= 3 and ages[2] >= 5
    parents = [p for p in case.family if p.relationship.startswith(("mother", "father"))]
    assert {p.lives_with_children for p in parents} == {True, False}
    assert len(case.meetings) >= 3 and len(case.visits) >= 6
