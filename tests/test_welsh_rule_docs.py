"""`coreplan rules NAME --lang cy`: each rule's documentation in Welsh, heading for heading with the English.

A Welsh document (coreplan/rules/docs/cy/NAME.md) has the English document's sections in the same order,
the same examples (they are case files, run as tests from the English document), and, for a measured
rule, the line where the English document's measured figures go: the figures are kept in one place.
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.rules import all_rules
from coreplan.rules.docs import DOCS, EXAMPLE, FIGURES_HERE, WELSH_DOCS, rule_doc

runner = CliRunner()
RULES = all_rules()
HEADINGS = {
    "## What it checks": "## Beth mae'n ei wirio",
    "## Why it matters": "## Pam mae'n bwysig",
    "## Where the guidance says so": "## Ble mae'r canllawiau'n dweud hyn",
    "## What to do": "## Beth i'w wneud",
    "## Options": "## Opsiynau",
    "## How well it works": "## Pa mor dda mae'n gweithio",
    "## Example": "## Enghraifft",
    # the jargon rule's sections
    "### Other forms of a listed phrase": "### Ffurfiau eraill ar ymadrodd rhestredig",
    "### Terms nobody listed": "### Termau nad oes neb wedi'u rhestru",
    "### Words no everyday word list holds": "### Geiriau nad ydynt ar unrhyw restr o eiriau bob dydd",
    "### Words that are jargon only in some uses": "### Geiriau sy'n jargon mewn rhai defnyddiau yn unig",
    "### Plans written in Welsh": "### Cynlluniau a ysgrifennwyd yn Gymraeg",
    "### Names the family must learn, and what explains a term":
        "### Enwau y mae'n rhaid i'r teulu eu dysgu, a beth sy'n esbonio term",
}
WELSH = sorted(path.stem for path in WELSH_DOCS.glob("*.md"))


def _headings(text: str) -> list[str]:
    return re.findall(r"^#{1,6} .*$", text, re.M)


def test_every_rule_has_a_welsh_document_and_every_welsh_document_a_rule():
    assert set(WELSH) == set(RULES)


@pytest.mark.parametrize("name", WELSH)
def test_a_welsh_document_matches_the_english_structure(name):
    english = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    welsh = (WELSH_DOCS / f"{name}.md").read_text(encoding="utf-8")
    assert [HEADINGS[h] for h in _headings(english)] == _headings(welsh)
    assert EXAMPLE.findall(english) == EXAMPLE.findall(welsh), "the examples are the English document's"
    measured = "## How well it works" in english
    assert (FIGURES_HERE in welsh) == measured, "a measured rule's figures come from the English document"
    assert "This fails" not in welsh and "This passes" not in welsh


@pytest.mark.parametrize("name", WELSH)
def test_rules_name_lang_cy_prints_the_welsh_document(name):
    result = runner.invoke(app, ["rules", name, "--lang", "cy"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(f"# {name}\n\nLefel: **")
    assert "## Beth mae'n ei wirio" in out and "## What it checks" not in out
    assert FIGURES_HERE not in out


def test_a_measured_rules_figures_are_the_english_documents(tmp_path):
    """The figures are written once; a Welsh document shows the English section's numbers."""
    rule = RULES["jargon"]
    english = rule_doc(rule, "en")
    figures = english.split("## How well it works\n\n", 1)[1].split("\n## ", 1)[0].strip()
    welsh = rule_doc(rule, "cy")
    assert figures in welsh


def test_a_rule_without_a_welsh_document_says_so_in_welsh(tmp_path, monkeypatch):
    """A new rule whose Welsh document is not written yet: its English one, under a Welsh note, marked."""
    import coreplan.rules.docs as docs

    monkeypatch.setattr(docs, "WELSH_DOCS", tmp_path)
    out = rule_doc(RULES["jargon"], "cy")
    assert out.startswith("# jargon\n\nLefel: **rhybudd**")
    assert "Nid oes fersiwn Gymraeg o'r ddogfen hon eto: dyma'r Saesneg." in out
    assert '<div lang="en">' in out and "## What it checks" in out
