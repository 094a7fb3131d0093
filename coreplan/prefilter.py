"""A quick "no" for the rules' largest regular expressions, with the same answer as searching.

The outcome and shorthand rules search every sentence with patterns of a hundred alternatives or more,
written case-insensitively. Python's matcher tries every alternative at every word boundary, and with
IGNORECASE it cannot skip an alternative on its first letter, so one search of one sentence costs about
0.1 ms, and most sentences match nothing. But every match of such a pattern contains one of a few fixed
strings: 'attend' or 'engag' or 'sessions'... This module works them out from the pattern's parse tree
(a branch needs one of its alternatives' strings, a sequence the best of its parts', a repeat its body's
only if it must occur at least once; lookarounds, classes and optional parts need nothing), and a text
that holds none of them cannot match, so it is not searched. A text that holds one is searched as before,
so the match is always the one pattern.search gives.

Only for text in ASCII and the accented letters, quotes and dashes plans are written with, where ignoring
case is lower-casing both sides (checked for every letter of a pattern's strings); text with any other
character is always searched (Unicode case-insensitive matching has equivalences such as 'ſ' and 's'). A
pattern this module cannot read (inline flags, an unknown construct) is always searched. The strings are
worked out once per pattern and kept between runs (coreplan.derived), as parsing a large pattern costs
milliseconds. tests/test_prefilter.py compares it with pattern.search on the public corpus and random text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_NAME = "prefilter"
# A set of strings shorter than this filters out little and costs a look-up each: not worth having
_SHORTEST = 3


def search(pattern: re.Pattern, text: str) -> re.Match | None:
    """pattern.search(text), without searching text that cannot match."""
    # a rule that finds a match searches the same text again to say where it is and what it says: the
    # last few answers are kept (a match is immutable), since a search that can match costs ~0.1 ms
    # (keyed by the pattern's id, not the pattern: a pattern's hash is worked out from its whole compiled
    # code each time; the pattern is kept with the answer, so that its id is not another's meanwhile)
    recent = _KEPT.recent
    kept = recent.get((id(pattern), text))
    if kept is not None:
        return kept[1]
    found = _search(pattern, text)
    if len(recent) >= _RECENT:
        del recent[next(iter(recent))]
    recent[id(pattern), text] = (pattern, found)
    return found


_RECENT = 8


def _search(pattern: re.Pattern, text: str) -> re.Match | None:
    kept = _KEPT.ways(pattern)
    if kept is not None and (text.isascii() or _PLAIN_TEXT.fullmatch(text)):
        by_start, opened_by = kept
        folded = text.lower() if pattern.flags & re.IGNORECASE else text
        # a needle can be in the text only if its first three characters are: one set of the text's
        # three-character pieces, instead of a substring search for each of hundreds of needles
        starts = {folded[at:at + _SHORTEST] for at in range(len(folded) - _SHORTEST + 1)}
        present = {needle for start in starts.intersection(by_start) for needle in by_start[start]
                   if needle in folded}
        # a way is open when the text holds a string of each of its clauses: only the ways whose first
        # clause holds a string present are looked at
        if not any(all(not clause.isdisjoint(present) for clause in rest)
                   for needle in present for rest in opened_by.get(needle, ())):
            return None
    return pattern.search(text)


# The letters and marks besides ASCII that plans are written with (Welsh and French accents, typographic
# quotes and dashes): each lower-cases to one letter, which is the letter a case-insensitive pattern
# compares (ways_to_match checks this against every letter of a pattern's strings). Text with any other
# character is always searched.
_PLAIN_LETTERS = ("áàâäéèêëíìîïóòôöúùûüýÿŵŷẁẃẅỳçñ"
                  "ÁÀÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÝŴŶẀẂẄỲÇÑ"
                  "‘’“”–—…£€\u00a0")
_PLAIN_TEXT = re.compile(f"[\\x00-\\x7f{_PLAIN_LETTERS}]*")


Way = tuple  # of clauses, each a frozenset of strings: a match this way holds one string of every clause


def ways_to_match(pattern: re.Pattern) -> tuple[tuple[str, ...], tuple[Way, ...]] | None:
    """(every string, the ways a match of pattern can go): one way per top-level alternative, each the
    strings it must hold (lower case for an IGNORECASE pattern); None when there is a way this module
    cannot vouch for."""
    from re import _constants as c, _parser

    try:
        ways = _ways(list(_parser.parse(pattern.pattern, pattern.flags)), c)
    except _Unreadable:
        return None
    except Exception:  # not the CPython this was written for: always search
        return None
    if not ways or any(not way for way in ways):
        return None
    if pattern.flags & re.IGNORECASE:
        # where ignoring case is not lower-casing both sides, a text could match without holding the string
        letters = {ch for way in ways for clause in way for needle in clause for ch in needle}
        for char in letters:
            if len(char.lower()) != 1:
                return None
            for other in (*map(chr, range(128)), *_PLAIN_LETTERS):
                matches = re.fullmatch(re.escape(char), other, re.IGNORECASE) is not None
                if matches != (char.lower() == other.lower()):
                    return None
        ways = [[{needle.lower() for needle in clause} for clause in way] for way in ways]
    # ways of one clause each are one way: a text that holds a string of any of them holds one of their union
    # (a list of a hundred words, one way each, would otherwise be looked through one way at a time)
    single = [way for way in ways if len(way) == 1]
    if len(single) > 1:
        ways = [way for way in ways if len(way) != 1] + [[set().union(*(way[0] for way in single))]]
    # the most telling clause first: the look-up stops at the first clause a text fails
    ways = [[frozenset(clause) for clause in sorted(way, key=_quality, reverse=True)] for way in ways]
    return tuple(sorted({needle for way in ways for clause in way for needle in clause})), \
        tuple(tuple(way) for way in ways)


def _ways(items: list, c: Any) -> list[list[set[str]]]:
    """A sequence as alternatives (each a list of clauses): a sequence that is one group or branch
    (besides anchors such as \\b) is its alternatives, anything else one way, a clause per part."""
    parts = [(op, value) for op, value in items if op is not c.AT]
    if len(parts) == 1:
        op, value = parts[0]
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, body = value
            if add_flags or del_flags:
                raise _Unreadable
            return _ways(list(body), c)
        if op is c.BRANCH:
            return [way for alternative in value[1] for way in _ways(list(alternative), c)]
    return [_clauses(items, c)]


class _Unreadable(Exception):
    """A construct this module does not read: the pattern is always searched."""


def _sequence(items: list, c: Any) -> set[str] | None:
    """The best set of strings one of which every match of this sequence contains, or None."""
    clauses = _clauses(items, c)
    return max(clauses, key=_quality) if clauses else None


def _clauses(items: list, c: Any) -> list[set[str]]:
    """Sets of strings such that every match of this sequence holds one string of each set."""
    found: list[set[str]] = []
    run = ""

    def consider(candidate: set[str] | None) -> None:
        if candidate and min(len(s) for s in candidate) >= _SHORTEST:
            found.append(candidate)

    for op, value in items:
        if op is c.LITERAL:
            run += chr(value)
            continue
        consider({run} if run else None)
        run = ""
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, body = value
            if add_flags or del_flags:
                raise _Unreadable
            consider(_sequence(list(body), c))
        elif op is c.BRANCH:
            alternatives = [_sequence(list(alternative), c) for alternative in value[1]]
            consider(None if any(not a for a in alternatives) else set().union(*alternatives))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            low, _, body = value
            if low >= 1:
                consider(_sequence(list(body), c))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            consider(_sequence(list(value), c))
        elif op in (c.GROUPREF_EXISTS,):
            raise _Unreadable
        # AT, IN, ANY, NOT_LITERAL, CATEGORY, ASSERT, ASSERT_NOT, GROUPREF: no fixed string (a lookaround's
        # text need not be part of the match; a class is any of several characters)
    consider({run} if run else None)
    return found


def _quality(strings: set[str]) -> tuple[int, int]:
    """Longer shortest strings filter better; fewer strings cost fewer look-ups."""
    return min(len(s) for s in strings), -len(strings)


class _Kept:
    """Each pattern's ways, worked out once per pattern and kept between runs."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, int], tuple | None] | None = None
        self.key = b""
        # (the needles by their first three characters, the ways) or (None,), made from `known` once a run
        self.indexed: dict[tuple[str, int], tuple] = {}
        self.recent: dict[tuple[int, str], tuple] = {}  # the last few searches: (pattern, answer)

    def ways(self, pattern: re.Pattern) -> tuple | None:
        if self.known is None:
            from coreplan import derived

            try:  # the strings depend on this module's code, and on the Python that parses (in the digest)
                self.key = derived.digest([_NAME, Path(__file__).read_bytes()])
            except OSError:
                self.key = b""
            kept = derived.load(_NAME, self.key) if self.key else None
            self.known = kept if isinstance(kept, dict) and len(kept) <= _MOST else {}
        which = (pattern.pattern, pattern.flags)
        if which not in self.known:
            from coreplan import derived

            self.known[which] = ways_to_match(pattern)
            if self.key:
                derived.save(_NAME, self.key, self.known)
        found = self.indexed.get(which)
        if found is None:
            ways = self.known[which]
            found = self.indexed[which] = (None if ways is None else (_by_start(ways[0]), _opened_by(ways[1])),)
        return found[0]


def _by_start(needles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The needles by their first three characters (every needle has at least three)."""
    index: dict[str, list[str]] = {}
    for needle in needles:
        index.setdefault(needle[:_SHORTEST], []).append(needle)
    return {start: tuple(group) for start, group in index.items()}


def _opened_by(ways: tuple[Way, ...]) -> dict[str, tuple[Way, ...]]:
    """For each string of a way's first clause, the rest of that way's clauses (every way has a clause)."""
    index: dict[str, list[Way]] = {}
    for way in ways:
        for needle in way[0]:
            index.setdefault(needle, []).append(way[1:])
    return {needle: tuple(rests) for needle, rests in index.items()}


# More kept patterns than coreplan has means old ones (patterns since changed) pile up: start again
_MOST = 64
_KEPT = _Kept()
