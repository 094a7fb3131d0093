"""Each rule's documentation: one Markdown file per rule, beside this module.

The files hold the sections a user needs (what it checks, why, where the
guidance says so, options, a failing and a passing example). The heading with
the rule's name, level and summary is made from the registry, so it cannot
drift from the code. The examples are run as tests (tests/test_rule_docs.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from coreplan.rules.base import Rule

DOCS = Path(__file__).parent
WELSH_DOCS = DOCS / "cy"  # the same documents in Welsh, heading for heading
EXAMPLE = re.compile(r"```yaml (fails|passes)\n(.*?)```", re.S)
# The measured figures live once, in the English document (tests/test_public_figures.py rewrites them there
# with COREPLAN_UPDATE_FIGURES=1); a Welsh document has this line where they go, and shows the same section.
FIGURES_HERE = "<!-- figures: the English document's 'How well it works' section -->"
_MEASURED = re.compile(r"## How well it works\n\n(.*?)(?=\n## |\Z)", re.S)


def doc_path(name: str, language: str = "en") -> Path:
    return (WELSH_DOCS if language == "cy" else DOCS) / f"{name}.md"


def rule_doc(rule: Rule, language: str = "en") -> str:
    """A rule's documentation, with its heading from the registry, in English or Welsh.

    A rule with no Welsh document yet gets the English one under a Welsh heading that says so."""
    english = doc_path(rule.name)
    body = english.read_text(encoding="utf-8") if english.is_file() else "(This rule has no documentation yet.)\n"
    if language != "cy":
        fixed = "This rule cannot be switched off or lowered.\n\n" if rule.fixed else ""
        return (f"# {rule.name}\n\nLevel: **{rule.level}** · Family: {rule.family}\n\n"
                f"{rule.summary[0].upper()}{rule.summary[1:]}.\n\n{fixed}{body}")
    from coreplan.i18n import translations
    from coreplan.report import LEVEL_WORDS

    say = translations("cy").gettext
    welsh = doc_path(rule.name, "cy")
    if welsh.is_file():
        body = welsh.read_text(encoding="utf-8").replace(FIGURES_HERE, _figures(body))
    else:
        body = ("Nid oes fersiwn Gymraeg o'r ddogfen hon eto: dyma'r Saesneg.\n\n"
                f'<div lang="en">\n\n{body}\n</div>\n')
    fixed = "Ni ellir diffodd y rheol hon na gostwng ei lefel.\n\n" if rule.fixed else ""
    summary = say(rule.summary)
    return (f"# {rule.name}\n\nLefel: **{say(LEVEL_WORDS[rule.level])}** · Teulu: {say(rule.family)}\n\n"
            f"{summary[0].upper()}{summary[1:]}.\n\n{fixed}{body}")


def _figures(english: str) -> str:
    """The English document's measured figures, introduced in Welsh (the numbers are the same in both)."""
    found = _MEASURED.search(english)
    if not found:
        return ""
    return ("Mae `tests/test_public_figures.py` yn mesur y ffigurau hyn ac yn eu hysgrifennu yn Saesneg; "
            "dyma nhw fel y maent:\n\n" f'<div lang="en">\n\n{found.group(1).strip()}\n\n</div>')


def examples(name: str) -> dict[str, str]:
    """The `yaml fails` and `yaml passes` blocks of a rule's documentation."""
    path = doc_path(name)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return {kind: block for kind, block in EXAMPLE.findall(text)}
