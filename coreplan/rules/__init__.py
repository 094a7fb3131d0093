"""The registry: every rule family, in the order `coreplan rules` lists them.

A family is a module with a RULES tuple. Adding a family means adding it here;
nothing registers itself, so there is no import-time global state.
"""

from __future__ import annotations

from importlib import import_module

from coreplan.rules.base import Rule

FAMILIES = (
    "reading",
    "children",
    "outcomes",
    "language",
    "parents",
    "plan",
    "ladder",
    "meetings",
    "timescales",
    "welsh",
)


def all_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for family in FAMILIES:
        for rule in import_module(f"coreplan.rules.{family}").RULES:
            if rule.name in rules:
                raise RuntimeError(f"two rules are named {rule.name!r}")  # a programming error
            rules[rule.name] = rule
    return rules
