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

A text that may match is searched through the pattern's lower-case twin (search_folded, below): the same
match, two to four times sooner.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_NAME = "prefilter"
# A set of strings shorter than this filters out little and costs a look-up each: not worth having
# re.IGNORECASE as a plain int: a pattern's flags are an int, and & with the enum goes through Python code
_IGNORECASE = int(re.IGNORECASE)
_ASCII = int(re.ASCII)  # the one flag a finder keeps: its \b is the twin's
_SHORTEST = 3  # _search makes a text's pieces of this length with a zip of three: change both together


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
    plain = _plain(text) if kept is not None else None
    if plain is not None:
        by_start, opened_by = kept
        folded, starts = (plain.folded, plain.pieces()) if pattern.flags & _IGNORECASE else \
            (text, _pieces(text))
        present = {needle for start in starts.intersection(by_start) for needle in by_start[start]
                   if needle in folded}
        # a way is open when the text holds a string of each of its clauses: only the ways whose first
        # clause holds a string present are looked at
        if not any(all(not clause.isdisjoint(present) for clause in rest)
                   for needle in present for rest in opened_by.get(needle, ())):
            return None
        if pattern.flags & _IGNORECASE:  # the text lower-cased: through the twin
            return _search_twin(pattern, text, folded)
    return pattern.search(text)


def search_folded(pattern: re.Pattern, text: str) -> re.Match | None:
    """pattern.search(text) for a case-insensitive pattern, through its lower-case twin where it has one.

    With IGNORECASE, Python's matcher enters every alternative of a branch at every place it tries; without
    it, an alternative that starts with a letter is passed over on that letter alone. So a pattern of a
    hundred alternatives finds its match two to four times sooner as its twin (the same pattern with every
    letter in lower case, without IGNORECASE) searching the text in lower case. That finds where the match
    starts; the pattern itself is then matched there, so the match (its text, its groups) is the one
    pattern.search gives. Where the twin would not find the same place (see twin_source), or the text has a
    letter outside the plain letters, the text is searched as before.
    """
    plain = _plain(text) if pattern.flags & _IGNORECASE else None
    if plain is not None:
        return _search_twin(pattern, text, plain.folded)
    return pattern.search(text)


class _Plain:
    """A plain text's lower case and its three-character pieces, made once for the several patterns the rules
    search one sentence with (the service and daily-life patterns, English and Welsh, one after another)."""

    __slots__ = ("text", "folded", "_pieces")

    def __init__(self, text: str) -> None:
        self.text, self.folded, self._pieces = text, text.lower(), None

    def pieces(self) -> set[tuple[str, str, str]]:
        if self._pieces is None:
            self._pieces = _pieces(self.folded)
        return self._pieces


def _plain(text: str) -> _Plain | None:
    """text as _Plain if it is plain (ASCII, or the letters of _PLAIN_TEXT), else None; the last answer is kept."""
    last = _KEPT.last_plain
    if last is not None and last[0] == text:  # the same object, mostly: compared by identity first
        return last[1]
    plain = _Plain(text) if text.isascii() or _PLAIN_TEXT.fullmatch(text) else None
    _KEPT.last_plain = (text, plain)
    return plain


def _pieces(text: str) -> set[tuple[str, str, str]]:
    # a needle can be in the text only if its first three characters are: one set of the text's
    # three-character pieces (as tuples of characters: zip makes them without a slice each), instead of a
    # substring search for each of hundreds of needles
    return set(zip(text, text[1:], text[2:]))


def _search_twin(pattern: re.Pattern, text: str, folded: str) -> re.Match | None:
    twin = _KEPT.twin(pattern)
    if twin is None:
        return pattern.search(text)
    finder = _KEPT.finder(pattern)
    found = twin.search(folded) if finder is None else _first_match(finder, twin, folded)
    if found is None:
        return None
    # the twin matches where the pattern does (twin_source checks it); should it ever not, search as before
    return pattern.match(text, found.start()) or pattern.search(text)


def _first_match(finder: re.Pattern, twin: re.Pattern, folded: str) -> re.Match | None:
    """twin.search(folded), trying the twin only where its finder finds one of the strings every match of it
    starts with (see finder_source): the finder passes over the rest of the text in a single scan, where the
    twin would try each of its alternatives at every word."""
    at = 0
    while at <= len(folded):  # (past the end, search would start again at the end: '\A' finds an empty text)
        opening = finder.search(folded, at)
        if opening is None:
            return None
        found = twin.match(folded, opening.start())
        if found is not None:
            return found
        at = opening.start() + 1
    return None


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


def twin_source(pattern: re.Pattern) -> str | None:
    """The source of pattern's lower-case twin (search_folded), or None where the twin might not match
    exactly where the pattern does on plain text.

    The twin is the pattern's source with every letter that is not part of an escape in lower case. It is
    trusted only when its parse tree is the pattern's, item for item, with each literal in lower case and
    each class taking a plain character's lower case exactly when the pattern's class, ignoring case, takes
    the character (checked for every plain character: a class [A-z] or a range running from capitals into
    small letters fails); and with nothing whose matching depends on case in another way: an inline flag
    (?-i:...), a back-reference, an escape that is a letter by its number (\\x41, \\N{...}).
    """
    from re import _constants as c, _parser

    if not pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    source = _lower_outside_escapes(pattern.pattern)
    if source is None:
        return None
    try:
        ours = list(_parser.parse(pattern.pattern, pattern.flags))
        twins = list(_parser.parse(source, pattern.flags & ~re.IGNORECASE))
        same = _same_when_folded(ours, twins, c, pattern.flags & re.ASCII, {})
    except Exception:  # a construct this Python parses differently, or not at all: search as before
        return None
    return source if same else None


def finder_source(pattern: re.Pattern) -> str | None:
    """The source of a pattern that finds, in a plain text's lower case, every place where pattern's twin can
    match there (and perhaps others), in one scan; or None where no such pattern is worked out here.

    Every match of the twin starts with one of a set of strings (openings): the literal letters its
    alternatives start with, read through groups, optional parts and lookarounds, each small class of
    characters read as each of its plain characters. The finder is those strings as a tree of alternatives
    (so that the matcher passes over a place on its first letter), after a word boundary where the twin
    starts with one. It may find a place where the twin does not match (_first_match then tries the next);
    it never passes over one where it does. Only for plain text (see _PLAIN_TEXT): a class is read as the
    plain characters it takes.
    """
    from re import _constants as c, _parser

    source = twin_source(pattern)
    if source is None:
        return None
    flags = pattern.flags & ~_IGNORECASE
    try:
        items = list(_parser.parse(source, flags))
        found = _Openings(c, flags).of(items)
    except Exception:  # not the CPython this was written for, or too many ways to start: the twin as before
        return None
    if found is None:
        return None
    at_start = "" in found  # a way that matches only at the start of the text ('^\\W*...'): found there
    found.discard("")
    if not found:
        return None  # a pattern that matches only at the start is tried there alone anyway
    boundary = r"\b" if items[0] == (c.AT, c.AT_BOUNDARY) else ""
    return (r"\A|" if at_start else "") + boundary + _tree(_shortest_first(found))


class _Openings:
    """The strings one of which every match of a sequence starts with (see finder_source)."""

    LONG_ENOUGH = 4  # an opening this long is rare enough in a text: it is not read on into what follows
    MOST = 64  # more openings than this from one place are not read on either (nor a larger class)
    STEPS = 20_000  # a pattern with more ways to start than this gets no finder

    def __init__(self, c: Any, flags: int) -> None:
        self.c, self.flags, self.steps = c, flags, 0
        self.classes: dict[str, list[str] | None] = {}  # a class's source -> its characters (a pattern repeats \s)

    def of(self, items: list) -> set[str] | None:
        """The openings of the sequence items, or None if some way of matching it starts with none."""
        c = self.c
        self.steps += 1
        if self.steps > self.STEPS:
            raise _Unreadable
        run = ""
        for index, (op, value) in enumerate(items):
            if op is c.LITERAL:
                run += chr(value)
                continue
            if run:  # read on into what follows, for a rarer string
                if len(run) >= self.LONG_ENOUGH:
                    return {run}
                tails = self.of(items[index:])
                return {run + tail for tail in tails} if tails and len(tails) <= self.MOST else {run}
            rest = items[index + 1:]
            if op is c.AT and value in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
                # only at the start of the text: the opening "" stands for it (see finder_source)
                return None if value is c.AT_BEGINNING and self.flags & re.MULTILINE else {""}
            if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
                continue  # takes no character: the match starts at the same place
            if op is c.SUBPATTERN:
                _, add_flags, del_flags, body = value
                return None if add_flags or del_flags else self.of(list(body) + rest)
            if op is c.BRANCH:
                found: set[str] = set()
                for alternative in value[1]:
                    openings = self.of(list(alternative) + rest)
                    if not openings:
                        return None
                    found |= openings
                return found
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, body = value
                # the body once, then what follows; or, where it may repeat, the body's own openings
                once = self.of(list(body) + rest if high == 1 else list(body))
                if low >= 1:
                    return once
                passed = self.of(rest)
                return None if once is None or passed is None else once | passed
            if op is c.IN:
                chars = self._chars(value)
                if chars is None:
                    return None
                tails = self.of(rest)
                if not tails or len(chars) * len(tails) > self.MOST:
                    return set(chars)
                return {char + tail for char in chars for tail in tails}
            return None  # any character, a character but one, a back-reference...
        return {run} if run else None

    def _chars(self, items: list) -> list[str] | None:
        """The plain characters (in lower case, as a twin reads them) a small class takes, or None."""
        source = _class_source(items, self.c)
        if source is None:
            return None
        if source not in self.classes:
            taken = re.compile(source, self.flags)
            chars = sorted({char.lower() for char in _plain_characters() if taken.fullmatch(char.lower())})
            self.classes[source] = chars if 0 < len(chars) <= self.MOST // 4 else None
        return self.classes[source]


def _shortest_first(strings: set[str]) -> list[str]:
    """The strings without those that start with another of them (a place that has one has the other)."""
    kept: list[str] = []
    for string in sorted(strings):
        if not kept or not string.startswith(kept[-1]):
            kept.append(string)
    return kept


def _tree(strings: list[str]) -> str:
    """An alternation of strings (none starting with another), as a tree of their first letters."""
    if strings == [""]:
        return ""
    by_first: dict[str, list[str]] = {}
    for string in strings:
        by_first.setdefault(string[0], []).append(string[1:])
    parts = [re.escape(first) + _tree(rest) for first, rest in by_first.items()]
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


# An escape of one of these letters is a class or a position, the same whichever the case of the text
_CASELESS_ESCAPES = frozenset("bBwWsSdDAZ")


def _lower_outside_escapes(source: str) -> str | None:
    """source with its letters in lower case, escapes left as written; None if an escape is a letter given by
    its number or name, or a reference to a group (their case cannot be read from the source)."""
    out = []
    at = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            escaped = source[at + 1:at + 2]
            if escaped.isalnum() and escaped not in _CASELESS_ESCAPES:
                return None
            out.append(source[at:at + 2])
            at += 2
            continue
        out.append(char.lower())
        at += 1
    return "".join(out)


_CATEGORY_SOURCE = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _plain_characters() -> tuple[str, ...]:
    return (*map(chr, range(128)), *_PLAIN_LETTERS)


def _same_when_folded(ours: list, twins: list, c: Any, ascii_only: int, asked: dict) -> bool:
    """Whether the twin's items match a plain text's lower case exactly where ours, ignoring case, match the
    text (asked: the answers for literals and classes met before, as a pattern repeats them)."""
    if len(ours) != len(twins):
        return False
    for (op, value), (twin_op, twin_value) in zip(ours, twins):
        if op is not twin_op:
            return False
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _literal_folds(value, twin_value, asked):
                return False
        elif op is c.IN:
            if not _class_folds(value, twin_value, c, ascii_only, asked):
                return False
        elif op in (c.AT, c.ANY):
            if value != twin_value:
                return False
        elif op is c.CATEGORY:
            if value != twin_value or not _class_folds([(op, value)], [(op, value)], c, ascii_only, asked):
                return False
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, body = value
            if add_flags or del_flags or twin_value[1] or twin_value[2] or group != twin_value[0]:
                return False
            if not _same_when_folded(list(body), list(twin_value[3]), c, ascii_only, asked):
                return False
        elif op is c.BRANCH:
            if len(value[1]) != len(twin_value[1]) or not all(
                    _same_when_folded(list(a), list(b), c, ascii_only, asked)
                    for a, b in zip(value[1], twin_value[1])):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            if value[:2] != twin_value[:2] or not _same_when_folded(list(value[2]), list(twin_value[2]), c,
                                                                     ascii_only, asked):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if value[0] != twin_value[0] or not _same_when_folded(list(value[1]), list(twin_value[1]), c,
                                                                   ascii_only, asked):
                return False
        elif op is getattr(c, "ATOMIC_GROUP", None):
            if not _same_when_folded(list(value), list(twin_value), c, ascii_only, asked):
                return False
        else:  # a back-reference, a conditional group, anything newer: not vouched for
            return False
    return True


def _literal_folds(code: int, twin_code: int, asked: dict) -> bool:
    """The twin's character is ours in lower case, and a plain character matches ours ignoring case exactly
    when its lower case is the twin's."""
    key = ("literal", code, twin_code)
    if key not in asked:
        ours, twin = chr(code), chr(twin_code)
        mine = re.compile(re.escape(ours), re.IGNORECASE)
        asked[key] = ours.lower() == twin and all(
            (mine.fullmatch(char) is not None) == (char.lower() == twin) for char in _plain_characters())
    return asked[key]


def _class_folds(items: list, twin_items: list, c: Any, ascii_only: int, asked: dict) -> bool:
    """A plain character is in our class, ignoring case, exactly when its lower case is in the twin's."""
    ours, twin = _class_source(items, c), _class_source(twin_items, c)
    if ours is None or twin is None:
        return False
    key = ("class", ours, twin)
    if key not in asked:
        mine = re.compile(ours, re.IGNORECASE | ascii_only)
        theirs = re.compile(twin, ascii_only)
        asked[key] = all((mine.fullmatch(char) is not None) == (theirs.fullmatch(char.lower()) is not None)
                         for char in _plain_characters())
    return asked[key]


def _class_source(items: list, c: Any) -> str | None:
    """A class's items (as the parser gives them) written back as a class, or None for one not read here."""
    parts = []
    for op, value in items:
        if op is c.NEGATE and not parts:
            parts.append("^")
        elif op is c.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is c.CATEGORY and str(value) in _CATEGORY_SOURCE:
            parts.append(_CATEGORY_SOURCE[str(value)])
        else:
            return None
    return f"[{''.join(parts)}]" if parts and parts != ["^"] else None


class _Kept:
    """Each pattern's ways and lower-case twin, worked out once per pattern and kept between runs."""

    def __init__(self) -> None:
        self.known: dict[tuple, Any] | None = None
        self.key = b""
        # (the needles by their first three characters, the ways) or (None,), made from `known` once a run
        self.indexed: dict[tuple[str, int], tuple] = {}
        self.recent: dict[tuple[int, str], tuple] = {}  # the last few searches: (pattern, answer)
        # id(pattern) -> (pattern, its twin compiled, or None); the pattern is kept so that its id stays its own
        self.twins: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}
        self.finders: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}  # as twins, for finder_source
        self.last_plain: tuple[str, _Plain | None] | None = None  # the last text _plain was asked about

    def _read(self) -> dict:
        if self.known is None:
            from coreplan import derived

            from coreplan.patterns import matcher_version

            try:  # the strings depend on this module's code, and on the Python that parses (in the digest);
                # the twins' compiled forms on the matcher too
                self.key = derived.digest([_NAME, Path(__file__).read_bytes(), str(matcher_version())])
            except OSError:
                self.key = b""
            kept = derived.load(_NAME, self.key) if self.key else None
            self.known = kept if isinstance(kept, dict) and len(kept) <= _MOST else {}
        return self.known

    def _worked_out(self, which: tuple, work) -> Any:
        self._read()
        if which not in self.known:
            from coreplan import derived

            self.known[which] = work()
            if self.key:
                derived.save(_NAME, self.key, self.known)
        return self.known[which]

    def ways(self, pattern: re.Pattern) -> tuple | None:
        which = (pattern.pattern, pattern.flags)
        found = self.indexed.get(which)
        if found is None:
            ways = self._worked_out(which, lambda: ways_to_match(pattern))
            found = self.indexed[which] = (None if ways is None else (_by_start(ways[0]), _opened_by(ways[1])),)
        return found[0]

    def twin(self, pattern: re.Pattern) -> re.Pattern | None:
        found = self.twins.get(id(pattern))
        if found is None:
            which = (pattern.pattern, pattern.flags, "twin")
            twin = None
            # working a twin out (parsing the pattern twice, checking it, compiling the twin) costs several
            # times what it saves in one check: it is done where it is kept for the runs after, never on
            # every run (a read-only install, PYTHONDONTWRITEBYTECODE), where the pattern is searched as before
            if self._is_kept(which) or _may_work_out():
                # kept here with its compiled form, not through coreplan.patterns, which keeps only the
                # patterns of the last process to compile one: twins are made as texts need them, so one
                # check's would drop another's, to be compiled again on the next run
                kept = self._worked_out(which, lambda: _twin_kept(pattern))
                if kept is not None:
                    from coreplan import patterns

                    source, form = kept
                    flags = pattern.flags & ~_IGNORECASE
                    twin = (patterns.from_form(source, form) if form is not None else None) or \
                        re.compile(source, flags)
            found = self.twins[id(pattern)] = (pattern, twin)
        return found[1]

    def finder(self, pattern: re.Pattern) -> re.Pattern | None:
        """The pattern that finds where pattern's twin can match (finder_source), kept as the twins are."""
        found = self.finders.get(id(pattern))
        if found is None:
            which = (pattern.pattern, pattern.flags, "finder")
            finder = None
            if self._is_kept(which) or _may_work_out():
                kept = self._worked_out(which, lambda: _finder_kept(pattern))
                if kept is not None:
                    from coreplan import patterns

                    source, form = kept
                    finder = (patterns.from_form(source, form) if form is not None else None) or \
                        re.compile(source, pattern.flags & _ASCII)
            found = self.finders[id(pattern)] = (pattern, finder)
        return found[1]

    def _is_kept(self, which: tuple) -> bool:
        return which in self._read()


def _twin_kept(pattern: re.Pattern) -> tuple[str, tuple | None] | None:
    """(the twin's source, its compiled form) to keep, or None where it has no twin (see twin_source)."""
    from coreplan import patterns

    source = twin_source(pattern)
    return None if source is None else (source, patterns.form_of(source, pattern.flags & ~_IGNORECASE))


def _finder_kept(pattern: re.Pattern) -> tuple[str, tuple | None] | None:
    """(the finder's source, its compiled form) to keep, or None where it has none (see finder_source)."""
    from coreplan import patterns

    source = finder_source(pattern)
    return None if source is None else (source, patterns.form_of(source, pattern.flags & _ASCII))


def _may_work_out() -> bool:
    """Whether a twin not yet kept is worked out: only where it will be kept (tests make it so everywhere)."""
    from coreplan import derived

    return derived.may_keep()


def _by_start(needles: tuple[str, ...]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The needles by their first three characters, as a tuple (every needle has at least three)."""
    index: dict[tuple[str, ...], list[str]] = {}
    for needle in needles:
        index.setdefault(tuple(needle[:_SHORTEST]), []).append(needle)
    return {start: tuple(group) for start, group in index.items()}


def _opened_by(ways: tuple[Way, ...]) -> dict[str, tuple[Way, ...]]:
    """For each string of a way's first clause, the rest of that way's clauses (every way has a clause)."""
    index: dict[str, list[Way]] = {}
    for way in ways:
        for needle in way[0]:
            index.setdefault(needle, []).append(way[1:])
    return {needle: tuple(rests) for needle, rests in index.items()}


# More kept patterns (ways and twins) than coreplan has means old ones (patterns since changed) pile up:
# start again
_MOST = 128
_KEPT = _Kept()
