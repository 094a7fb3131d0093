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

from coreplan.rules.actions import is_shorthand
from coreplan.rules.language import find_initials, find_jargon, load_lexicon
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


def score(items, truth, guess, label: str, describe=str) -> dict[str, Score]:
    """A Score per split; prints both (as `describe` words them), and the dev part's mistakes."""
    scores = {split: Score() for split in SPLITS}
    for item in items:
        t, g = bool(truth(item)), bool(guess(item))
        scores[item["split"]].add(t, g)
        if item["split"] == "dev" and t != g:
            print(f"   dev {'missed' if t else 'false alarm'}: {item.get('text') or item.get('term')}")
    print(f"\n{label}: dev {describe(scores['dev'])}; held-out {describe(scores['heldout'])}")
    return scores


def is_poor(row) -> bool:
    return is_service_focused(row["text"], row["children"]) or not names_a_child(row["text"], row["children"])


LANGUAGES = ["", "cy"]  # the folder under tests/corpus/public: English at the top, Welsh in cy/
LANGUAGE_IDS = ["en", "cy"]
# Targets not met yet, said so rather than hidden: the test is an expected failure while the figure stays
# below target, and fails (asking for the entry to go) as soon as it is met.
BELOW_TARGET = {
    ("jargon", "en"),
    ("jargon", "cy"),
}
# Welsh poor outcomes were below target from session 23 to session 28 (held-out recall 0.85 to 0.898, on wording of
# kinds of plan the Welsh reading had not met: Flying Start, refuges, support care, the public law outline, young
# carers, a crisis hub, private fostering, respite...), met it in session 29 (0.901, 100 of 111, not blind: the held-out
# rows were measured after each change), and fell below it again in session 30, whose blind Welsh set on school grants,
# transport, direct payments, food banks, respite and leaving hospital was found with recall 0.56 on its held-out part
# (the whole Welsh held-out part 0.90 to 0.85). Later sessions read in Welsh, by kind and from dev rows and sentences
# of our own (tests/rules/test_welsh_outcome_kinds_*.py), never from a held-out row, the kinds their rounds and probes
# showed missed; five of them (ob3, cw8, cw9, cw10, cw12) added a blind round on kinds of plan new to the Welsh rounds:
# held-out recall 0.90, 1.00, 0.85, 0.92 and 0.83 on their own held-out parts before any change, precision near 1.00; the whole
# Welsh held-out part stayed between 0.88 and 0.896 (164 of 183 after cw12). Session 36 (cw13) added a fifth blind round
# of 67 outcomes (kinship care, leaving care, epilepsy and health needs at school, sight loss, physical disability,
# Welsh-medium childcare and Flying Start, domestic abuse, remand and custody, recovery after sexual abuse, anxiety and
# the return to school): its held-out part was found whole before any change (9 of 9, precision 1.00), and the kinds
# then read from its dev part and probes (tests/rules/test_welsh_outcome_kinds_cw13.py) moved no earlier held-out row
# (164 of 183, not looked at). So the whole Welsh held-out part meets the target, n 359, precision 0.98, recall 0.901
# (173 of 192), only because this round's held-out rows were all found: one more held-out miss would take it back to
# 0.896. On Welsh plans nobody here has read, expect it between 0.85 and 0.9, as the blind rounds were.


def check_target(name: str, folder: str, met: bool, detail: str) -> None:
    key = (name, folder or "en")
    if key in BELOW_TARGET:
        if met:
            pytest.fail(f"{key} now meets its target: remove it from BELOW_TARGET")
        pytest.xfail(f"held-out figure below target, as the rule's documentation says: {detail}")
    assert met, detail


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_poor_outcomes_are_found(folder):
    scores = score(rows("outcomes", folder), lambda r: r["service"] or r["no_child"], is_poor,
                   f"[{folder or 'en'}] poor outcomes (either outcome rule)")
    held = scores["heldout"]
    check_target("poor outcomes", folder, held.precision >= 0.9 and held.recall >= 0.9, str(held))


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_service_focused_outcome_among_outcomes_that_name_a_child(folder):
    named = [r for r in rows("outcomes", folder) if not r["no_child"]]
    scores = score(named, lambda r: r["service"], lambda r: is_service_focused(r["text"], r["children"]),
                   f"[{folder or 'en'}] service-focused-outcome")
    held = scores["heldout"]
    check_target("service-focused-outcome", folder, held.precision >= 0.8 and held.recall >= 0.8, str(held))


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_outcome_without_child(folder):
    items = rows("outcomes", folder)
    score(items, lambda r: r["no_child"], lambda r: not names_a_child(r["text"], r["children"]),
          f"[{folder or 'en'}] outcome-without-child")
    first_person = [r for r in items if FIRST_PERSON.search(r["text"]) and not r["no_child"]]
    fired = [r for r in first_person if not names_a_child(r["text"], r["children"])]
    print(f"outcome-without-child on {len(first_person)} first-person outcomes: fired on {len(fired)}")
    assert fired == []


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_shorthand_action(folder):
    scores = score(rows("actions", folder), lambda r: r["shorthand"], lambda r: is_shorthand(r["text"]),
                   f"[{folder or 'en'}] shorthand-action")
    held = scores["heldout"]
    check_target("shorthand-action", folder, held.precision >= 0.85 and held.recall >= 0.85, str(held))


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_jargon_phrases_are_found(folder):
    phrases = [r for r in rows("terms", folder) if r["kind"] == "phrase"]
    scores = score(phrases, lambda r: True, lambda r: find_jargon(r["term"], LEXICON),
                   f"[{folder or 'en'}] jargon (glossary phrases)")
    check_target("jargon", folder, scores["heldout"].recall >= 0.85, str(scores["heldout"]))


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_initials_are_found(folder):
    initials = [r for r in rows("terms", folder) if r["kind"] == "initials"]
    scores = score(initials, lambda r: True, lambda r: find_initials(r["term"], LEXICON, {}),
                   f"[{folder or 'en'}] unexplained-initials (glossary initials)")
    check_target("initials", folder, scores["heldout"].recall >= 0.95, str(scores["heldout"]))


@pytest.mark.parametrize("folder", LANGUAGES, ids=LANGUAGE_IDS)
def test_plain_language_controls_get_few_findings(folder):
    def alarm(row):
        return find_jargon(row["text"], LEXICON) or find_initials(row["text"], LEXICON, {})

    # Every control is plain, so precision and recall say nothing here: the figure is the share reported.
    scores = score(rows("controls", folder), lambda r: False, alarm,
                   f"[{folder or 'en'}] jargon or initials on plain-language controls",
                   describe=lambda s: f"false alarms on {s.fp} of {s.n} ({s.fp / max(s.n, 1):.1%})")
    held = scores["heldout"]
    check_target("controls", folder, held.fp <= 0.03 * held.n, f"{held.fp} false alarms in {held.n}")


# --- the figures each rule's documentation shows ------------------------------------------------------------

def held_out(items, truth, guess) -> Score:
    result = Score()
    for item in items:
        if item["split"] == "heldout":
            result.add(bool(truth(item)), bool(guess(item)))
    return result


def measured(folder: str) -> dict:
    """The held-out figures of one language's part of the corpus."""
    outcomes, actions = rows("outcomes", folder), rows("actions", folder)
    terms, controls = rows("terms", folder), rows("controls", folder)
    named = [r for r in outcomes if not r["no_child"]]
    first = [r for r in outcomes if r["split"] == "heldout" and FIRST_PERSON.search(r["text"]) and not r["no_child"]]
    return {
        "poor": held_out(outcomes, lambda r: r["service"] or r["no_child"], is_poor),
        "service": held_out(named, lambda r: r["service"], lambda r: is_service_focused(r["text"], r["children"])),
        "no_child": held_out(outcomes, lambda r: r["no_child"], lambda r: not names_a_child(r["text"], r["children"])),
        "first": len(first),
        "first_fired": sum(not names_a_child(r["text"], r["children"]) for r in first),
        "shorthand": held_out(actions, lambda r: r["shorthand"], lambda r: is_shorthand(r["text"])),
        "phrases": held_out([r for r in terms if r["kind"] == "phrase"], lambda r: True,
                            lambda r: find_jargon(r["term"], LEXICON)),
        "initials": held_out([r for r in terms if r["kind"] == "initials"], lambda r: True,
                             lambda r: find_initials(r["term"], LEXICON, {})),
        "jargon_alarms": held_out(controls, lambda r: False, lambda r: find_jargon(r["text"], LEXICON)),
        "initials_alarms": held_out(controls, lambda r: False, lambda r: find_initials(r["text"], LEXICON, {})),
    }


def target(met: bool, value: str) -> str:
    """'target 0.85', or 'target 0.85, not met'."""
    return f"target {value}" + ("" if met else ", not met")


def shown(value: float, goal: float) -> str:
    """A figure to two places, or to three where two would round it up to a goal it is below (164 of 183 is
    0.896, not 0.90), so that no figure below its target reads as meeting it."""
    return f"{value:.3f}" if value < goal <= round(value, 2) else f"{value:.2f}"


def fig(score: Score, what: str, goal: float) -> str:
    met = score.precision >= goal and score.recall >= goal
    return (f"{what}: n {score.n}, precision {shown(score.precision, goal)}, recall {shown(score.recall, goal)} "
            f"({target(met, f'{goal:g} each')})")


def lines_for(rule: str, m: dict) -> list[str]:
    poor = fig(m["poor"], "Poor outcomes found by this rule or its partner, either one", 0.9)
    return {
        "service-focused-outcome": [
            fig(m["service"], "Outcomes and measures that name one of their children, service-focused or not",
                0.8), poor],
        "outcome-without-child": [
            fig(m["no_child"], "Outcomes that name none of their children", 0.9),
            f"Outcomes in the child's own voice ('I will feel safe at bedtime'): {m['first']}, "
            f"reported on {m['first_fired']} (target none)", poor],
        "shorthand-action": [fig(m["shorthand"], "Actions, shorthand or spelled out", 0.85)],
        "jargon": [
            f"Phrases from published glossaries found: {m['phrases'].tp} of {m['phrases'].n}, recall "
            f"{shown(m['phrases'].recall, 0.85)} ({target(m['phrases'].recall >= 0.85, '0.85')})",
            f"Plain-language sentences (controls) wrongly reported: {m['jargon_alarms'].fp} of "
            f"{m['jargon_alarms'].n} (target at most 3%)"],
        "unexplained-initials": [
            f"Initials from published glossaries found: {m['initials'].tp} of {m['initials'].n}, recall "
            f"{shown(m['initials'].recall, 0.95)} ({target(m['initials'].recall >= 0.95, '0.95')})",
            f"Plain-language sentences (controls) wrongly reported: {m['initials_alarms'].fp} of "
            f"{m['initials_alarms'].n} (target at most 3%)"],
    }.get(rule, [])


def figures() -> dict[str, str]:
    """The 'How well it works' section of each rule's documentation, from the held-out part."""
    english, welsh = measured(""), measured("cy")
    intro = ("Measured by `tests/test_public_figures.py` on text nobody on the project wrote "
             "(`tests/corpus/public/`: published glossaries, practice guidance, written agreements and safety "
             "plans, each row citing its source), on the held-out part: a third of the rows, chosen by a hash "
             "of their text before any tuning, that the rule was never tuned on.")
    text = {}
    for rule in DOCUMENTED:
        english_lines, welsh_lines = lines_for(rule, english), lines_for(rule, welsh)
        if english_lines:
            body = intro + "\n\nIn English:\n\n" + "\n".join(f"- {line}." for line in english_lines)
            body += "\n\nIn Welsh (`cy/`, a smaller set):\n\n" + "\n".join(f"- {line}." for line in welsh_lines)
            if rule == "jargon":
                body += ("\n\nA lexicon finds only what it lists, and the held-out terms are ones nobody here "
                         "read while writing it: add a missing term for your team with `extra_terms`.")
            body += ("\n\nThe test prints the figures on both parts (`python -m pytest "
                     "tests/test_public_figures.py -s`); a figure below its target is an expected failure there, "
                     "listed by name, so it cannot pass unnoticed.")
        else:
            body = ("Not a guess, so there is nothing to measure: it counts the words of each sentence. The "
                    "sentence splitter it relies on is tested on hand-worked cases (titles such as 'Mr.', "
                    "'(St. Mary's)', times such as '8.50', closing quotes and brackets) in "
                    "`tests/rules/test_plain_language.py`, and takes time in proportion to the text.")
        text[rule] = body
    return text


DOCUMENTED = ["service-focused-outcome", "outcome-without-child", "shorthand-action", "jargon",
              "unexplained-initials", "long-sentence"]
_cache: dict = {}


def FIGURES() -> dict[str, str]:  # noqa: N802 - measured once for the six parametrised tests
    if "figures" not in _cache:
        _cache["figures"] = figures()
    return _cache["figures"]


SECTION = re.compile(r"(## How well it works\n\n)(.*?)(?=\n## )", re.S)


@pytest.mark.parametrize("rule", DOCUMENTED)
def test_rule_docs_show_the_held_out_figures(rule):
    path = DOCS / f"{rule}.md"
    doc = path.read_text(encoding="utf-8")
    wanted = FIGURES()[rule]
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
