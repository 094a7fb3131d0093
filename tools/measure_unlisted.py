"""What the English jargon rule finds in a term nobody listed: each dev glossary phrase of
tests/corpus/public/terms.yaml is checked against the lexicon with that phrase's own entries taken away
(the listed phrases that match the whole term), as tests/corpus/public/README.md describes the measure;
the compounds of english_compounds.yaml and the rare words stay as they are, as for a term nobody listed.
Dev rows only: the held-out rows are never read here.

    python tools/measure_unlisted.py [--missed] [--cy | --compounds]

With --cy, the same for the Welsh dev glossary phrases of tests/corpus/public/cy/terms.yaml, read as a plan
written in Welsh reads them (no English rare words).

With --compounds, how many of the English lexicon's own phrases of two words or more the compounds of
english_compounds.yaml read whole, with no phrase listed: what a modifier or a head added there reaches
beyond the rows (no corpus row is read).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import yaml

from coreplan.rules.language import jargon_uses, load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def compounds_reach() -> None:
    from coreplan.paths import data_dir
    from coreplan.rules import english_compounds
    from coreplan.rules.language import text_words

    tables = english_compounds.read(yaml.safe_load((data_dir() / "english_compounds.yaml").read_text(encoding="utf-8")))
    data = yaml.safe_load((data_dir() / "jargon.yaml").read_text(encoding="utf-8"))
    phrases = [*data["phrases"], *(data.get("to_explain") or ())]
    whole = []
    for phrase in phrases:
        lowered = text_words(phrase)[1]
        found = english_compounds.compound_at(lowered, 0, tables) if len(lowered) > 1 else None
        if found and found[0] == len(lowered):
            whole.append(phrase)
    print(f"English lexicon phrases read whole by the compounds alone: {len(whole)}")
    if "--missed" in sys.argv:
        print("\n".join(f"  read: {phrase}" for phrase in whole))


def main() -> None:
    if "--compounds" in sys.argv:
        compounds_reach()
        return
    welsh = "--cy" in sys.argv
    rows = yaml.safe_load((ROOT / "tests/corpus/public" / ("cy/terms.yaml" if welsh else "terms.yaml"))
                          .read_text(encoding="utf-8"))
    phrases = [r["term"] for r in rows if r["kind"] == "phrase" and r["split"] == "dev"]
    full = load_lexicon({}, {}, {})
    known = None if welsh else frozenset()  # a plan written in Welsh has no English rare words
    listed = found = 0
    missed = []
    for term in phrases:
        own = {use.phrase for use in jargon_uses(term, full, known_words=known) if use.phrase
               and use.start == 0 and use.end >= len(term.rstrip(" .)"))}
        if own:
            listed += 1
            lexicon = load_lexicon({}, {"ignore_terms": sorted(own)}, {})
            # a team's ignore_terms also make a compound of that name plain and its words never rare; a term
            # nobody listed has neither, so the compounds and rare words are the full lexicon's
            lexicon = dataclasses.replace(lexicon, compounds=full.compounds, ignored_words=frozenset())
        else:
            lexicon = full
        if jargon_uses(term, lexicon, known_words=known):
            found += 1
        else:
            missed.append(term)
    print(f"{'Welsh ' if welsh else ''}dev phrases {len(phrases)}; a whole-term entry for {listed}; "
          f"found with their own entries taken away {found} ({found / len(phrases):.2f})")
    if "--missed" in sys.argv:
        print("\n".join(f"  missed: {term}" for term in missed))


if __name__ == "__main__":
    main()
