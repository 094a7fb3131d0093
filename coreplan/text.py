"""Small, dependency-free text analysis for the language and outcome rules.

Plans are short prose written by practitioners; these helpers split it into
sentences and words the way a reader would, without a language model and
without a download (textstat, the obvious library, fetches data on first use).
"""

from __future__ import annotations

import re
from collections import Counter

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "no", "approx", "pc", "cllr", "prof")
# The end of a sentence: its stop and any closing quote or bracket, before a space and a capital or digit
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*(?=\s+[\"'‘“(\[]?[A-Z0-9])")
WORD = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ0-9][A-Za-zÀ-ÿŵŷŴŶ0-9'’&/-]*")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping 'Mr. Jones', '(St. Mary's)' and '8.50' whole.

    Linear in the length of the text: only the last few characters before a
    full stop are looked at (text of 'Mr. ' repeated must not cost the square
    of its length).
    """
    flat = " ".join(text.split())
    parts: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(flat):
        tail = flat[max(start, end.start() - 12):end.start()]
        # the word before the stop, without the brackets or quotes around it: "(St." -> "st"
        last_word = tail.rsplit(" ", 1)[-1].lstrip("\"'‘“([").lower()
        if end.group(0) == "." and last_word in _ABBREVIATIONS:
            continue  # 'Mr. Jones': the sentence goes on; the next end is looked for from here
        parts.append(flat[start:end.end()].strip())
        start = end.end()
    rest = flat[start:].strip()
    if rest:
        parts.append(rest)
    return parts


def words(text: str) -> list[str]:
    return WORD.findall(text)


def normalise(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


_PRONOUNS = {"he": "they", "she": "they", "him": "them", "her": "them", "his": "their", "hers": "theirs",
             "himself": "themself", "herself": "themself"}


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1, ignoring case, punctuation, he/she and word order.

    The Dice overlap of the two bags of words, so that a copied text with its
    clauses swapped round still counts as a copy. (An order-aware score such as
    difflib's ratio() can never exceed this one, so it would add nothing.)
    """
    wa = Counter(_PRONOUNS.get(w, w) for w in normalise(a).split())
    wb = Counter(_PRONOUNS.get(w, w) for w in normalise(b).split())
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 0.0


def mentions_name(text: str, name: str) -> bool:
    """Whether text names this person, by first name or full name ("Ella", "Ella's", "Ella Hughes")."""
    first = first_name(name)
    pattern = rf"(?<![\w]){re.escape(first)}(?:['’]s)?(?![\w])"
    return re.search(pattern, text, re.IGNORECASE) is not None


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "sgt", "cllr", "prof", "nurse"})


def first_name(name: str) -> str:
    """The name a plan uses for someone: 'Ella Hughes' -> 'Ella', 'PC Lee Davies' -> 'Lee'."""
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _TITLES] or name.split()
    return parts[0] if parts else name
