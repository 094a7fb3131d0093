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
EXAMPLE = re.compile(r"```yaml (fails|passes)\n(.*?)```", re.S)


def doc_path(name: str) -> Path:
    return DOCS / f"{name}.md"


def rule_doc(rule: Rule) -> str:
    path = doc_path(rule.name)
    body = path.read_text(encoding="utf-8") if path.is_file() else "(This rule has no documentation yet.)\n"
    fixed = "This rule cannot be switched off or lowered.\n\n" if rule.fixed else ""
    return (f"# {rule.name}\n\nLevel: **{rule.level}** · Family: {rule.family}\n\n"
            f"{rule.summary[0].upper()}{rule.summary[1:]}.\n\n{fixed}{body}")


def examples(name: str) -> dict[str, str]:
    """The `yaml fails` and `yaml passes` blocks of a rule's documentation."""
    path = doc_path(name)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return {kind: block for kind, block in EXAMPLE.findall(text)}
