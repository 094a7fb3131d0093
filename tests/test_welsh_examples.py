"""The plans written in Welsh (issue 13 item 5): the weak one is caught as its English twin is, the good one is
clean. Each finding is pinned to the rule and the line of the Welsh words that caused it."""

from __future__ import annotations

import pytest

from coreplan.check import check_paths
from tests.helpers import ROOT, TODAY, line_of

EXAMPLES = ROOT / "examples"
WEAK = EXAMPLES / "weak-plan-cy" / "case.yaml"
GOOD = EXAMPLES / "good-plan-cy" / "case.yaml"


def findings(path):
    return list(check_paths([path], TODAY).findings())


def test_the_welsh_good_plan_has_no_findings_at_all():
    assert findings(GOOD) == []


def test_the_welsh_plans_are_written_in_welsh():
    from coreplan.load import load_case

    for path in (GOOD, WEAK):
        case = load_case(path).case
        assert (case.language, case.written_in) == ("cy", "cy")


WEAK_TEXT = WEAK.read_text(encoding="utf-8")


@pytest.mark.parametrize(("rule", "words", "needle"), [
    # professional Welsh a family may not follow
    ("jargon", "ymgysylltu â gwasanaethau", "outcome: Mam i ymgysylltu"),
    ("jargon", "Cydymffurfio", "what: Cydymffurfio"),
    ("jargon", "ymweliadau statudol", "contribution: Cydlynu'r cynllun"),
    ("jargon", "cydymffurfiaeth", "rationale: Er mwyn sicrhau"),
    # Welsh initials nobody spelled out, offered their Welsh expansion
    ("unexplained-initials", "GIMPPI", "what: Mynychu GIMPPI"),
    ("unexplained-initials", "CAPC", "rationale: Er mwyn sicrhau"),
    # outcomes that describe a service, not the child's day
    ("service-focused-outcome", "ymgysylltu", "outcome: Mam i ymgysylltu"),
    ("service-focused-outcome", "mynediad at", "outcome: Bydd Tomos yn cael mynediad"),
    # shorthand actions
    ("shorthand-action", "Rhieni i fynychu", "what: Rhieni i fynychu"),
    ("shorthand-action", "Cadw pob apwyntiad", "what: Cadw pob apwyntiad"),
])
def test_the_welsh_weak_plan_is_caught(rule, words, needle):
    line = line_of(WEAK_TEXT, needle)
    hits = [f for f in findings(WEAK) if f.rule == rule and f.line == line]
    assert hits, f"no {rule} on line {line}"
    assert any(words in f.message for f in hits), [f.message for f in hits]


def test_welsh_initials_are_expanded_in_welsh():
    (gimppi,) = [f for f in findings(WEAK) if f.rule == "unexplained-initials" and "GIMPPI" in f.message]
    assert "gwasanaethau iechyd meddwl plant a phobl ifanc" in gimppi.message


def test_the_welsh_weak_plan_shows_the_faults_the_guidance_warns_about():
    assert {"jargon", "unexplained-initials", "service-focused-outcome", "shorthand-action", "outcome-without-child",
            "shared-impact-text", "parent-not-considered", "missing-contingency"} <= {f.rule for f in findings(WEAK)}


@pytest.mark.parametrize(("contact", "found_it"), [
    ("Mae Elen yn ymweld â'r cartref bob pythefnos.", False),
    ("Bydd Bethan yn galw ddwywaith y mis.", False),
    ("Bydd ymweliadau'n digwydd yn wythnosol.", False),
    ("Bydd Elen yn ymweld â'r cartref ac yn gweld y plant.", True),  # says nothing of how often
])
def test_contact_arrangements_may_say_how_often_in_welsh(contact, found_it):
    from tests.helpers import found, merge

    text = merge(f"contact: {contact}\n")
    assert bool(found(text, "missing-contact-arrangements")) is found_it
