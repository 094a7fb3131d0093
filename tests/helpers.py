"""Small helpers every rule test uses: a clean base case, and exact findings for a fragment."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from coreplan.check import check_loaded
from coreplan.config import default_settings
from coreplan.load import load_case_text
from coreplan.rules import all_rules

HERE = Path(__file__).parent
ROOT = HERE.parent
TODAY = date(2026, 11, 23)
BASE = (HERE / "data" / "base_case.yaml").read_text(encoding="utf-8")
TOP_KEY = re.compile(r"^([a-z_]+):", re.M)


def merge(fragment: str, base: str = BASE) -> str:
    """The base case with its top-level fields replaced by those the fragment writes.

    Works on text, not on parsed data, so a fragment's duplicate keys, aliases
    and syntax errors reach the loader as written. The fragment's lines come
    last; a test that asserts a line number uses `line_of`.
    """
    replaced = set(TOP_KEY.findall(fragment))
    blocks = re.split(r"(?m)^(?=[a-z_]+:)", base)
    kept = [b for b in blocks if not (TOP_KEY.match(b) and TOP_KEY.match(b).group(1) in replaced)]
    text = "".join(kept)
    if not text.endswith("\n"):
        text += "\n"
    return text + fragment.rstrip("\n") + "\n"


def one_goal(outcome: str, title: str = "Quiet nights") -> str:
    """The base case with one goal for Ella, whose outcome is the sentence given (on the line starting
    'outcome:'): how the outcome rules' tests put a sentence into a whole case."""
    return merge(f"""goals:
  - id: nights
    title: {title}
    concern: Carys drinks in the evening.
    impact:
      ella: Ella lies awake listening for the front door.
    outcome: {outcome}
    ladder:
      - Ella is awake until Carys comes home.
      - Ella sleeps through most nights.
    good_enough: 2
""")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing needle ('^needle': the n-th line starting with it)."""
    if needle.startswith("^"):
        hits = [i for i, line in enumerate(text.splitlines(), start=1) if line.startswith(needle[1:])]
    else:
        hits = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(hits) >= occurrence, f"{needle!r} not found {occurrence} time(s)"
    return hits[occurrence - 1]


def run(text: str, settings=None, today: date = TODAY):
    rules = all_rules()
    loaded = load_case_text(text)
    return check_loaded(loaded, settings or default_settings(rules), rules, today)


def found(text: str, rule: str | None = None, **kwargs) -> list[tuple[str, int]]:
    """(rule, line) of every finding, or of one rule's findings."""
    return [(f.rule, f.line) for f in run(text, **kwargs) if rule is None or f.rule == rule]


def found_unlisted(term: str, shipped) -> list[str]:
    """What the jargon rule finds in term with the shipped lexicon's phrases for the whole term taken away, as for
    a term nobody listed (tools/measure_unlisted.py); the compounds stay as shipped."""
    import dataclasses

    from coreplan.rules.language import jargon_uses, load_lexicon

    own = sorted({use.phrase for use in jargon_uses(term, shipped) if use.phrase and use.start == 0
                  and use.end >= len(term)})
    lexicon = load_lexicon({}, {"ignore_terms": own}, {}) if own else shipped
    lexicon = dataclasses.replace(lexicon, compounds=shipped.compounds, ignored_words=frozenset())
    return [use.written for use in jargon_uses(term, lexicon)]
