"""Small, dependency-free text analysis for the language and outcome rules.

Plans are short prose written by practitioners; these helpers split it into
sentences and words the way a reader would, without a language model and
without a download (textstat, the obvious library, fetches data on first use).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from coreplan import patterns  # kept compiled: these two are on every check's start-up

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "no", "approx", "pc", "cllr", "prof")
# The end of a sentence: its stop and any closing quote or bracket, before a space and a capital or digit
_SENTENCE_END = patterns.compile(r"[.!?][\"'’”)\]]*(?=\s+[\"'‘“(\[]?[A-Z0-9])")
WORD = patterns.compile(r"[A-Za-zÀ-ÿŵŷŴŶ0-9][A-Za-zÀ-ÿŵŷŴŶ0-9'’&/-]*")


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


# Every ASCII character that cannot be inside a word (WORD), as str.translate takes it: to a space
_ASCII_BREAKS = {code: " " for code in range(128) if not (chr(code).isalnum() or chr(code) in "'&/-")}


def most_words(text: str) -> int:
    """At least len(words(text)), and the same for most texts, found quicker for a long text (the
    long-sentence rule counts the words of every long text and sentence): for ASCII text, the runs of the
    characters a word may hold (a dash between spaces holds no word, but is counted as one); otherwise the
    words themselves."""
    if text.isascii():
        return len(text.translate(_ASCII_BREAKS).split())
    return len(WORD.findall(text))


def normalise(text: str) -> str:
    return " ".join(w.lower() for w in words(text))


_PRONOUNS = {"he": "they", "she": "they", "him": "them", "her": "them", "his": "their", "hers": "theirs",
             "himself": "themself", "herself": "themself"}


class WordBag:
    """A text's words with their counts, made once so that one text can be compared with many."""

    __slots__ = ("counts", "size")

    def __init__(self, counts: Counter) -> None:
        self.counts = counts
        self.size = sum(counts.values())


def word_bag(text: str) -> WordBag:
    """The bag of a text's words, ignoring case, punctuation, he/she and word order (see bag_similarity)."""
    return WordBag(Counter(_PRONOUNS.get(w, w) for w in normalise(text).split()))


def could_be_alike(a: WordBag, b: WordBag, threshold: float) -> bool:
    """A cheap bound: two bags of very different sizes cannot reach threshold, whatever their words."""
    total = a.size + b.size
    return total == 0 or 2 * min(a.size, b.size) / total >= threshold


def bag_similarity(a: WordBag, b: WordBag) -> float:
    """How alike two texts are, 0 to 1, from their bags of words.

    The Dice overlap of the two bags, so that a copied text with its clauses
    swapped round still counts as a copy. (An order-aware score such as
    difflib's ratio() can never exceed this one, so it would add nothing.)
    """
    total = a.size + b.size
    if not total:
        return 0.0
    small, large = (a.counts, b.counts) if len(a.counts) <= len(b.counts) else (b.counts, a.counts)
    shared = sum(min(count, large[word]) for word, count in small.items() if word in large)
    return 2 * shared / total


def mentions_name(text: str, name: str) -> bool:
    """Whether text names this person, by first name or full name ("Ella", "Ella's", "Ella Hughes").

    Welsh mutates the first letter of a name after some words ("i Ddafydd", "fy Nghareth", "a Chai"), so
    every mutated form of the first name counts as the name.
    """
    return _name_pattern(name).search(text) is not None


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern:
    """mentions_name's pattern for one name, made once: the outcome rules ask about every sentence of every
    goal, for each of its children, and building the pattern (the name's Welsh forms, each escaped) cost more
    than searching with it."""
    given = first_name(name)
    parts = name.split()
    if given.lower() in _UNNAMED and len(parts) > 1:
        # 'Baby Rees' before a birth: 'baby' alone is any baby, so the name is the word after it ('Rees',
        # 'Baby Rees'); the plan's 'Support for the mother and baby' names nobody
        given = parts[parts.index(given) + 1]
    forms = "|".join(re.escape(form) for form in sorted(welsh_forms(given), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{forms})(?:['’]s)?(?![\w])", re.IGNORECASE)


# The word a plan puts before a child's name until the child has one: 'Baby Rees', 'Babi Jones', 'Unborn Hughes'
_UNNAMED = frozenset({"baby", "babi", "unborn"})


# Welsh initial mutations: (radical, soft, nasal, aspirate), longest radical first
_MUTATIONS = (("ll", "l", None, None), ("rh", "r", None, None), ("p", "b", "mh", "ph"), ("t", "d", "nh", "th"),
              ("c", "g", "ngh", "ch"), ("b", "f", "m", None), ("d", "dd", "n", None), ("g", "", "ng", None),
              ("m", "f", None, None))


def welsh_forms(word: str) -> set[str]:
    """A word and its Welsh mutated forms: Dafydd -> Ddafydd, Nafydd; Gareth -> Ngareth, areth; Cai -> Gai, Chai."""
    forms = {word}
    lower = word.lower()
    for radical, *mutated in _MUTATIONS:
        if lower.startswith(radical):
            rest = word[len(radical):]
            for start in mutated:
                if start is not None and len(start + rest) >= 3:  # 'Gai' -> 'ai' would match too much
                    forms.add((start + rest).capitalize() if start else rest)
            break
    if lower[:1] in "aeiouwyâêîôûŵŷ":
        forms.add("h" + word)  # 'ei hAled': h before a vowel after 'her'
    return forms


# A mutated first letter and the radicals it may come from: 'leoliad' <- 'lleoliad', 'ngh' <- 'c'
_UNMUTATE = (("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ng", ("g",)), ("ch", ("c",)), ("ph", ("p",)),
             ("th", ("t",)), ("dd", ("d",)), ("f", ("b", "m")), ("g", ("c",)), ("b", ("p",)), ("d", ("t",)),
             ("l", ("ll",)), ("r", ("rh",)), ("m", ("b",)), ("n", ("d",)))


@lru_cache(maxsize=8192)
def welsh_radicals(word: str) -> tuple[str, ...]:
    """The forms a lower-case word may have had before a Welsh mutation (the word itself excluded).

    Cached: it runs for every word of every text the jargon rule reads, and plans repeat their words.
    """
    found: list[str] = []
    for mutated, radicals in _UNMUTATE_BY_LETTER.get(word[:1], ()):
        if word.startswith(mutated):
            found.extend(radical + word[len(mutated):] for radical in radicals)
            if len(mutated) > 1:
                break  # 'dd' is not also 'd' + 'd'
    if word[:1] in "aeiouwyâêîôûŵŷ":
        found.append("g" + word)  # soft mutation drops a g: 'i ardd' <- 'gardd'
    elif word[:1] in "lr" and word[1:2] in "aeiouwyâêîôûŵŷ":
        found.append("g" + word)  # and before an l or r: 'y raddfa' <- 'graddfa', 'ei rŵp' <- 'grŵp'
    elif word[:1] == "h" and word[1:2] in "aeiouwyâêîôûŵŷ":
        found.append(word[1:])  # 'ei hasesiad' <- 'asesiad'
    return tuple(found)


_UNMUTATE_BY_LETTER: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _mutated, _radicals in _UNMUTATE:  # longest first within each letter, as listed
    _UNMUTATE_BY_LETTER.setdefault(_mutated[0], []).append((_mutated, _radicals))


def words_with_radical(radical: str) -> set[str]:
    """Every word w with radical in welsh_radicals(w): the way back from each mutation, each checked
    against welsh_radicals itself, so that the two can never disagree (a lexicon index files its first
    words under these, and a text word that is none of them needs no look-up at all)."""
    candidates = {mutated + radical[len(start):]
                  for mutated, starts in _UNMUTATE for start in starts if radical.startswith(start)}
    if radical[:1] == "g":
        candidates.add(radical[1:])  # 'ardd' <- 'gardd'
    candidates.add("h" + radical)  # 'hasesiad' <- 'asesiad'
    return {word for word in candidates if word and radical in welsh_radicals(word)}


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "sgt", "cllr", "prof", "nurse"})


def first_name(name: str) -> str:
    """The name a plan uses for someone: 'Ella Hughes' -> 'Ella', 'PC Lee Davies' -> 'Lee'."""
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _TITLES] or name.split()
    return parts[0] if parts else name
