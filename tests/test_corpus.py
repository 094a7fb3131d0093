"""Precision and recall of the text heuristics on hand-labelled statements (tests/corpus/).

The figures are reported in the rules' documentation; run this file with -s to print them:
    python -m pytest tests/test_corpus.py -s
"""

from __future__ import annotations

import pytest
import yaml

from coreplan.rules.actions import is_shorthand
from coreplan.rules.language import find_initials, find_jargon, load_lexicon
from coreplan.rules.outcomes import is_service_focused
from tests.helpers import HERE

THRESHOLD = 0.9
CHILDREN = ["Ella", "Osian", "Mali", "Jayden", "Kacey", "Tomos", "Seren", "Alfie", "Lily", "Noah", "Cerys", "Rhys"]


def corpus(name):
    return yaml.safe_load((HERE / "corpus" / f"{name}.yaml").read_text(encoding="utf-8"))


def measure(items, label, predict):
    tp = fp = fn = 0
    mistakes = []
    for item in items:
        truth, guess = item[label], predict(item["text"])
        tp += truth and guess
        fp += guess and not truth
        fn += truth and not guess
        if truth != guess:
            mistakes.append(("missed" if truth else "false alarm", item["text"]))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, mistakes


LEXICON = load_lexicon({}, {}, {})
CASES = {
    "service-focused-outcome": ("outcomes", "service", lambda t: is_service_focused(t, CHILDREN)),
    "shorthand-action": ("actions", "shorthand", is_shorthand),
    "jargon": ("language", "jargon", lambda t: bool(find_jargon(t, LEXICON))),
    "unexplained-initials": ("language", "initials", lambda t: bool(find_initials(t, LEXICON, {}))),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_heuristic_meets_threshold(rule):
    name, label, predict = CASES[rule]
    items = corpus(name)
    precision, recall, mistakes = measure(items, label, predict)
    print(f"\n{rule}: {len(items)} statements, precision {precision:.2f}, recall {recall:.2f}")
    for kind, text in mistakes:
        print(f"   {kind}: {text}")
    assert precision >= THRESHOLD and recall >= THRESHOLD, mistakes


def test_corpus_sizes():
    outcomes, language = corpus("outcomes"), corpus("language")
    assert len(outcomes) >= 80 and 0.4 <= sum(i["service"] for i in outcomes) / len(outcomes) <= 0.6
    assert len(language) >= 80
    assert len(corpus("actions")) >= 60
