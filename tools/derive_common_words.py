"""Make coreplan/data/common_words.txt, the jargon rule's list of everyday English words, from SCOWL.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson, http://wordlist.aspell.net/) grades English words
by how common they are, in sizes 10 to 95; Debian's wbritish-small, wbritish and wbritish-large are its
sizes 35, 50 and 70. Its licence is a permissive notice (coreplan/data/common_words.LICENSE, copied from
SCOWL's README): the word lists may be used, copied and sold, with the notices kept beside them.

The file has three sections, a blank line between them, each sorted: the everyday words (SCOWL's sizes up
to 20), of which a compound of two is everyday too ('play' and 'time', 'playtime'); the other common words:
every word of the English, British and American spellings up to the chosen size; and the names of people
and places (SCOWL's capitalised words up to size 50) that are no such word ('jones', 'rhiannon'). All are
in lower case, letters only, three letters or more. A
word whose lemma is on the list is left out (coreplan.rules.english_rarity.lemmas finds it again when a
text is checked), which keeps the file small. The size was chosen on the dev part of
tests/corpus/public and the plain corpora (rules/docs/jargon.md says how).

Run it from the repository's root, with Debian's scowl package installed (apt-get install scowl):

    python tools/derive_common_words.py            # size 40, from /usr/share/dict/scowl
    python tools/derive_common_words.py --size 50 --scowl path/to/scowl/final

It also makes coreplan/data/welsh_letters.txt, which tells a Welsh word from an English one by its letters
(coreplan.rules.english_rarity.welsh_score): for each run of three letters ('^' and '$' mark a word's start
and end), how much likelier it is in Welsh than in English, as a natural log, rounded to a tenth, left out
when the two are within 0.3. English is SCOWL's English and British words up to size 70; Welsh is every
word of the project's own Welsh text (the Welsh catalog, the rules' Welsh documents, the Welsh lexicon and
the Welsh examples) that is no such English word. Never the test corpus: its held-out rows are never
learned from.

CI never runs it: the derived files are committed, so a check needs no network and no apt.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (10, 20, 35, 40, 50, 55, 60, 70, 80, 95)
SPELLINGS = ("english", "british", "american")
NAMES = ("english-upper", "english-proper-names", "british-upper", "american-upper")
NAMES_SIZE = 50
EVERYDAY_SIZE = 20  # the words a compound of two is everyday too ('playtime', 'schoolwork')
LETTERS = re.compile(r"[a-z]{3,}")


def read(folder: Path, stem: str, size: int) -> set[str]:
    words: set[str] = set()
    for grade in SIZES:
        if grade > size:
            break
        path = folder / f"{stem}.{grade}"
        if path.is_file():  # not every stem has every size
            text = path.read_bytes().decode("latin-1")  # SCOWL's final/ lists are ISO-8859-1
            words.update(word.lower() for word in text.split())
    return {word for word in words if LETTERS.fullmatch(word)}


def derive(folder: Path, size: int) -> tuple[list[str], list[str], list[str]]:
    """(the everyday words: SCOWL's sizes up to EVERYDAY_SIZE; the other common words up to size; the names
    that are no such word)."""
    from coreplan.rules.english_rarity import lemmas

    everyday, every, names = set(), set(), set()
    for spelling in SPELLINGS:
        everyday |= read(folder, f"{spelling}-words", EVERYDAY_SIZE)
        every |= read(folder, f"{spelling}-words", size)
    for stem in NAMES:
        names |= read(folder, stem, NAMES_SIZE)
    kept: set[str] = set()
    sections: tuple[list[str], list[str], list[str]] = ([], [], [])
    for section, words in zip(sections, (everyday, every - everyday, names - every)):
        for word in sorted(words, key=lambda w: (len(w), w)):  # a lemma is never longer than its word
            if not any(form in kept for form in lemmas(word) if form != word):
                kept.add(word)
                section.append(word)
    return sorted(sections[0]), sorted(sections[1]), sorted(sections[2])


ENGLISH_SIZE = 70  # the English the letter model learns from: wide, so that technical words count as English
WELSH_SOURCES = ("coreplan/locale/cy/LC_MESSAGES/coreplan.po", "coreplan/data/jargon_cy.yaml",
                 "coreplan/rules/docs/cy/*.md", "examples/*-cy/case.yaml")
WELSH_WORD = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ]{3,}")


def letter_scores(folder: Path) -> dict[str, float]:
    """Each run of three letters -> log(its share among Welsh words' runs / its share among English
    words'), add-one smoothed; only those at least 0.3 from even, rounded to a tenth."""
    english: set[str] = set()
    for spelling in ("english", "british"):
        english |= read(folder, f"{spelling}-words", ENGLISH_SIZE)
    welsh: set[str] = set()
    for pattern in WELSH_SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith(("msgid", "#")):  # the catalog's English, and comments
                    continue
                welsh.update(word.lower() for word in WELSH_WORD.findall(line))
    welsh -= english
    from coreplan.rules.english_rarity import letter_runs

    english_runs = Counter(run for word in english for run in letter_runs(word))
    welsh_runs = Counter(run for word in welsh for run in letter_runs(word))
    kinds = len(set(english_runs) | set(welsh_runs))
    english_total, welsh_total = sum(english_runs.values()) + kinds, sum(welsh_runs.values()) + kinds
    scores = {}
    for run in set(english_runs) | set(welsh_runs):
        score = math.log((welsh_runs[run] + 1) / welsh_total) - math.log((english_runs[run] + 1) / english_total)
        if abs(score) >= 0.3:
            scores[run] = round(score, 1)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scowl", type=Path, default=Path("/usr/share/dict/scowl"),
                        help="SCOWL's final/ folder (Debian's scowl package installs it here)")
    parser.add_argument("--size", type=int, default=40, choices=SIZES)
    parser.add_argument("--out", type=Path, default=ROOT / "coreplan" / "data" / "common_words.txt")
    args = parser.parse_args()
    sections = derive(args.scowl, args.size)
    args.out.write_text("\n\n".join("\n".join(words) for words in sections) + "\n", encoding="utf-8")
    print(f"{args.out}: {' + '.join(str(len(words)) for words in sections)} everyday words, other common words "
          f"and names (SCOWL size {args.size})")
    scores = letter_scores(args.scowl)
    letters = args.out.with_name("welsh_letters.txt")
    letters.write_text("".join(f"{run} {score}\n" for run, score in sorted(scores.items())), encoding="utf-8")
    print(f"{letters}: {len(scores)} runs of three letters")


if __name__ == "__main__":
    main()
