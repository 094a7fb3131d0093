"""The jargon rule's cost per text, with the shipped lexicon and with one twice its size, in one process.

Not a test: it prints CPU times and their ratio. The jargon rule reads every text of every case, and the
lexicons grow as glossaries are added (data/jargon.yaml, data/jargon_cy.yaml); its cost per text should
not grow with them. The doubled lexicon has, for each phrase, one more that starts with the same word
(longer lists to look through) and one that starts with a word of its own (more words to start at); half
of each language's new phrases are of each kind.

    python benchmarks/bench_jargon.py            # the examples' texts, 40 rounds each
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _texts() -> list[str]:
    from coreplan.load import load_case

    texts = []
    for name in ("good-plan", "weak-plan", "good-plan-cy", "weak-plan-cy"):
        path = ROOT / "examples" / name / "case.yaml"
        if path.is_file():
            texts.extend(spot.text for spot in load_case(path).case.texts)
    return texts


def _doubled(data: dict) -> dict:
    """The lexicon file's data with twice as many phrases (see the module's docstring)."""
    if "phrases" not in data:  # data/english_compounds.yaml: patterns, not phrases
        return data
    phrases = dict(data["phrases"])
    for number, (phrase, plain) in enumerate(data["phrases"].items()):
        first, *rest = phrase.split()
        if number % 2:
            phrases[f"{first} {' '.join(rest)} ychwanegol{number}".replace("  ", " ")] = plain
        else:
            phrases[f"{first[::-1]}{number} {' '.join(rest)}".strip()] = plain
    return {**data, "phrases": phrases}


def _lexicon(doubled: bool):
    from coreplan.rules import language

    read = language._read_lexicon
    if doubled:
        language._read_lexicon = lambda path: _doubled(read(path))
    try:
        return language.load_lexicon({}, {}, {}) if not doubled else _uncached(language)
    finally:
        language._read_lexicon = read


def _uncached(language):
    shipped = language._shipped_lexicon
    language._shipped_lexicon = language._build_shipped_lexicon  # not the kept copy of the shipped one
    try:
        return language.load_lexicon({}, {}, {})
    finally:
        language._shipped_lexicon = shipped


def _cpu_per_round(texts: list[str], lexicon, rounds: int) -> float:
    from coreplan.rules.language import find_jargon

    for text in texts:  # caches warm, as in a worker's second case
        find_jargon(text, lexicon)
    taken = []
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            find_jargon(text, lexicon)
        taken.append(time.process_time() - start)
    return statistics.median(taken)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    texts = _texts()
    shipped, doubled = _lexicon(False), _lexicon(True)
    base = _cpu_per_round(texts, shipped, args.rounds)
    big = _cpu_per_round(texts, doubled, args.rounds)
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} texts, {words} words; phrases: {len(shipped.phrases)} shipped, {len(doubled.phrases)} doubled")
    print(f"shipped lexicon  {base * 1000:7.2f} ms CPU per round ({base / words * 1e6:5.2f} µs a word)")
    print(f"doubled lexicon  {big * 1000:7.2f} ms CPU per round   {big / base:5.2f}x the shipped")


if __name__ == "__main__":
    main()
