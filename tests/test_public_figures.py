"""How well the text heuristics do on text nobody here wrote (tests/corpus/public/).

Every figure is measured on the two parts of the corpus separately: `dev`, which the heuristics may be
tuned on, and `heldout`, which they never are (its split is fixed by a hash of the text; see
tests/corpus/public/README.md). The tests fail below the targets of issue 12 on the held-out part only.
Print the figures with

    python -m pytest tests/test_public_figures.py -s

Mistakes are printed for the dev part only: the held-out rows must never be read while tuning.
Each rule's documentation shows its held-out figures; after a change to a heuristic or the corpus,
refresh them with COREPLAN_UPDATE_FIGURES=1 (the test fails while they are out of date).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from coreplan.rules.language import find_initials, find_jargon, is_shorthand, load_lexicon
from coreplan.rules.outcomes import FIRST_PERSON, is_service_focused, names_a_child

ROOT = Path(__file__).parent.parent
PUBLIC = Path(__file__).parent / "corpus" / "public"
DOCS = ROOT / "coreplan" / "rules" / "docs"
LEXICON = load_lexicon({}, {}, {})
SPLITS = ("dev", "heldout")


def rows(name: str, folder: str = "") -> list[dict]:
    path = PUBLIC / folder / f"{name}.yaml"
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing")
        pytest.skip(f"{path} is not written yet")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class Score:
    n: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, truth: bool, guess: bool) -> None:
        self.n += 1
        self.tp += truth and guess
        self.fp += guess and not truth
        self.fn += truth and not guess

    def __str__(self) -> str:
        return f"n {self.n}, precision {self.precision:.2f}, recall {self.recall:.2f}"


def score(items, truth, guess, label: str) -> dict[str, Score]:
    """A Score per split; prints both, and the dev part's mistakes."""
    scores = {split: Score() for split in SPLITS}
    for item in items:
        t, g = bool(truth(item)), bool(guess(item))
        scores[item["split"]].add(t, g)
        if item["split"] == "dev" and t != g:
            print(f"   dev {'missed' if t else 'false alarm'}: {item.get('text') or item.get('term')}")
    print(f"\n{label}: dev {scores['dev']}; held-out {scores['heldout']}")
    return scores


def is_poor(row) -> bool:
    return is_service_focused(row["text"], row["children"]) or not names_a_child(row["text"], row["children"])


@pytest.mark.xfail(strict=True, reason="held-out recall of poor outcomes is below 0.9 (see rules/docs)")
def test_poor_outcomes_are_found():
    scores = score(rows("outcomes"), lambda r: r["service"] or r["no_child"], is_poor,
                   "poor outcomes (either outcome rule)")
    held = scores["heldout"]
    assert held.precision >= 0.9 and held.recall >= 0.9, str(held)


@pytest.mark.xfail(strict=True, reason="held-out recall of service-focused-outcome is below 0.8 (see rules/docs)")
def test_service_focused_outcome_among_outcomes_that_name_a_child():
    named = [r for r in rows("outcomes") if not r["no_child"]]
    scores = score(named, lambda r: r["service"], lambda r: is_service_focused(r["text"], r["children"]),
                   "service-focused-outcome")
    held = scores["heldout"]
    assert held.precision >= 0.8 and held.recall >= 0.8, str(held)


def test_outcome_without_child():
    items = rows("outcomes")
    score(items, lambda r: r["no_child"], lambda r: not names_a_child(r["text"], r["children"]),
          "outcome-without-child")
    first_person = [r for r in items if FIRST_PERSON.search(r["text"]) and not r["no_child"]]
    fired = [r for r in first_person if not names_a_child(r["text"], r["children"])]
    print(f"outcome-without-child on {len(first_person)} first-person outcomes: fired on {len(fired)}")
    assert fired == []


def test_shorthand_action():
    scores = score(rows("actions"), lambda r: r["shorthand"], lambda r: is_shorthand(r["text"]),
                   "shorthand-action")
    held = scores["heldout"]
    assert held.precision >= 0.85 and held.recall >= 0.85, str(held)


# Below target, and said so: a lexicon catches only the terms it lists, and the held-out glossary terms
# are, by design, ones nobody here has read. strict: this fails loudly once the target is met.
@pytest.mark.xfail(strict=True, reason="held-out recall of glossary phrases is below 0.85 (see rules/docs/jargon.md)")
def test_jargon_phrases_are_found():
    phrases = [r for r in rows("terms") if r["kind"] == "phrase"]
    scores = score(phrases, lambda r: True, lambda r: find_jargon(r["term"], LEXICON), "jargon (glossary phrases)")
    assert scores["heldout"].recall >= 0.85, str(scores["heldout"])


def test_initials_are_found():
    initials = [r for r in rows("terms") if r["kind"] == "initials"]
    scores = score(initials, lambda r: True, lambda r: find_initials(r["term"], LEXICON, {}),
                   "unexplained-initials (glossary initials)")
    assert scores["heldout"].recall >= 0.95, str(scores["heldout"])


def test_plain_english_controls_get_few_findings():
    def alarm(row):
        return find_jargon(row["text"], LEXICON) or find_initials(row["text"], LEXICON, {})

    scores = score(rows("controls"), lambda r: False, alarm, "jargon or initials on plain-English controls")
    for split in SPLITS:
        s = scores[split]
        print(f"   {split}: false alarms on {s.fp} of {s.n} ({s.fp / max(s.n, 1):.1%})")
    held = scores["heldout"]
    assert held.fp <= 0.03 * held.n, f"{held.fp} false alarms in {held.n}"


# --- the figures each rule's documentation shows ------------------------------------------------------------

def held_out(items, truth, guess) -> Score:
    result = Score()
    for item in items:
        if item["split"] == "heldout":
            result.add(bool(truth(item)), bool(guess(item)))
    return result


def figures() -> dict[str, str]:
    """The 'How well it works' section of each rule's documentation, from the held-out part."""
    outcomes, actions, terms, controls = rows("outcomes"), rows("actions"), rows("terms"), rows("controls")
    named = [r for r in outcomes if not r["no_child"]]
    poor = held_out(outcomes, lambda r: r["service"] or r["no_child"], is_poor)
    service = held_out(named, lambda r: r["service"], lambda r: is_service_focused(r["text"], r["children"]))
    no_child = held_out(outcomes, lambda r: r["no_child"], lambda r: not names_a_child(r["text"], r["children"]))
    first = [r for r in outcomes if r["split"] == "heldout" and FIRST_PERSON.search(r["text"]) and not r["no_child"]]
    first_fired = sum(not names_a_child(r["text"], r["children"]) for r in first)
    shorthand = held_out(actions, lambda r: r["shorthand"], lambda r: is_shorthand(r["text"]))
    phrases = held_out([r for r in terms if r["kind"] == "phrase"], lambda r: True,
                       lambda r: find_jargon(r["term"], LEXICON))
    initials = held_out([r for r in terms if r["kind"] == "initials"], lambda r: True,
                        lambda r: find_initials(r["term"], LEXICON, {}))
    jargon_alarms = held_out(controls, lambda r: False, lambda r: find_jargon(r["text"], LEXICON))
    initials_alarms = held_out(controls, lambda r: False, lambda r: find_initials(r["text"], LEXICON, {}))

    def fig(score: Score, what: str, target: str) -> str:
        return f"{what}: n {score.n}, precision {score.precision:.2f}, recall {score.recall:.2f} (target {target})"

    intro = ("Measured by `tests/test_public_figures.py` on text nobody on the project wrote "
             "(`tests/corpus/public/`: published glossaries, practice guidance, written agreements and safety "
             "plans, each row citing its source), on the held-out part: a third of the rows, chosen by a hash "
             "of their text before any tuning, that the rule was never tuned on.")
    poor_line = fig(poor, "Poor outcomes found by this rule or its partner, either one", "0.9 each")
    sections = {
        "service-focused-outcome": [
            fig(service, "Outcomes and measures that name one of their children, service-focused or not", "0.8 each"),
            poor_line],
        "outcome-without-child": [
            fig(no_child, "Outcomes that name none of their children", "0.9 each"),
            f"Outcomes in the child's own voice ('I will feel safe at bedtime'): {len(first)}, "
            f"reported on {first_fired} (target none)", poor_line],
        "shorthand-action": [fig(shorthand, "Actions, shorthand or spelled out", "0.85 each")],
        "jargon": [
            f"Phrases from published glossaries found: {phrases.tp} of {phrases.n}, recall {phrases.recall:.2f} "
            "(target 0.85). A lexicon finds only what it lists, and the held-out terms are ones nobody here read "
            "while writing it: add a missing term for your team with `extra_terms`",
            f"Plain-English sentences (controls) wrongly reported: {jargon_alarms.fp} of {jargon_alarms.n} "
            "(target at most 3%)"],
        "unexplained-initials": [
            f"Initials from published glossaries found: {initials.tp} of {initials.n}, recall "
            f"{initials.recall:.2f} (target 0.95)",
            f"Plain-English sentences (controls) wrongly reported: {initials_alarms.fp} of {initials_alarms.n} "
            "(target at most 3%)"],
        "long-sentence": [],
    }
    text = {}
    for rule, lines in sections.items():
        if lines:
            body = intro + "\n\n" + "\n".join(f"- {line}." for line in lines)
            body += ("\n\nThe test prints the figures on both parts (`python -m pytest "
                     "tests/test_public_figures.py -s`) and fails below the target on the held-out part.")
        else:
            body = ("Not a guess, so there is nothing to measure: it counts the words of each sentence. The "
                    "sentence splitter it relies on is tested on hand-worked cases (titles such as 'Mr.', "
                    "'(St. Mary's)', times such as '8.50', closing quotes and brackets) in "
                    "`tests/rules/test_plain_language.py`, and takes time in proportion to the text.")
        text[rule] = body
    return text


SECTION = re.compile(r"(## How well it works\n\n)(.*?)(?=\n## )", re.S)


@pytest.mark.parametrize("rule", ["service-focused-outcome", "outcome-without-child", "shorthand-action", "jargon",
                                  "unexplained-initials", "long-sentence"])
def test_rule_docs_show_the_held_out_figures(rule):
    path = DOCS / f"{rule}.md"
    doc = path.read_text(encoding="utf-8")
    wanted = figures()[rule]
    match = SECTION.search(doc)
    current = match.group(2).split("\n\nAlso measured", 1)[0].rstrip("\n") if match else None
    if current != wanted and os.environ.get("COREPLAN_UPDATE_FIGURES"):
        in_house = ""
        if match and "\n\nAlso measured" in match.group(2):
            in_house = "\n\nAlso measured" + match.group(2).split("\n\nAlso measured", 1)[1]
        section = f"## How well it works\n\n{wanted}{in_house}\n"
        doc = SECTION.sub(lambda m: section.rstrip("\n") + "\n", doc, count=1) if match else \
            doc.replace("## Example", section + "\n## Example", 1)
        path.write_text(doc, encoding="utf-8")
        return
    assert current == wanted, f"{path.name} shows other figures: run with COREPLAN_UPDATE_FIGURES=1"
