"""Mappings kept packed: each value stays as the bytes marshal wrote it until it is first looked up
(PackedMapping), and words with their flags stay one sorted text until a word is looked up (WordFlags).

The jargon lexicon's index (coreplan.rules.language, Lexicon.by_first_word) files about 5,500 entries,
each with a set of word forms, under about 4,000 first words. Reading all of it from the kept copy
(coreplan.derived) made every one of those sets and strings again on every run, about 25M instructions of a
one-case check, while a case's texts use only the few first words they hold. Kept packed, a run makes a
first word's entries only when a text has that word; a run that looks up every word gets the same values.
"""

from __future__ import annotations

import marshal
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any


def pack(mapping: Mapping) -> dict:
    """The mapping with each value packed by marshal, for a kept copy (plain data)."""
    return {key: marshal.dumps(value) for key, value in mapping.items()}


class PackedMapping(Mapping):
    """A read-only mapping over pack()'s result: each value unpacked once, when first looked up."""

    __slots__ = ("_packed", "_unpacked")

    def __init__(self, packed: dict[Any, bytes]) -> None:
        self._packed = packed
        self._unpacked: dict = {}

    def __getitem__(self, key):
        try:
            return self._unpacked[key]
        except KeyError:
            value = self._unpacked[key] = marshal.loads(self._packed[key])  # KeyError: not in the mapping
            return value

    def get(self, key, default=None):
        value = self._unpacked.get(key, _NONE)
        if value is _NONE:
            packed = self._packed.get(key)
            if packed is None:
                return default
            value = self._unpacked[key] = marshal.loads(packed)
        return value

    def __contains__(self, key) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __repr__(self) -> str:
        return f"PackedMapping({len(self)} keys, {len(self._unpacked)} unpacked)"


_NONE = object()


def pack_words(flags_of: Mapping[str, int]) -> tuple[str, bytes]:
    """Words (no line breaks) and their flags (1 to 255) as WordFlags keeps them: the words sorted, one a line,
    and each one's flags, a byte each, in the same order."""
    words = sorted(flags_of)
    return "\n".join(words), bytes(flags_of[word] for word in words)


class WordFlags(Mapping):
    """A read-only mapping of words to their flags (1 to 255), kept as pack_words made it.

    The jargon lexicon's starts (coreplan.rules.language, Lexicon.starts) are 26,000 words, most of them
    Welsh forms. Read as a dict, each word was made and hashed again on every run, about 20M instructions of
    a one-case check; kept as one text, reading it costs a copy, and a word is found by bisection the first
    time it is looked up. `seen` then holds it (with 0 for a word that is not in the mapping), so a loop over
    a text's words can ask seen first and call flags() only for a word it has not met."""

    __slots__ = ("_text", "_flags", "_words", "seen")

    def __init__(self, text: str, flags: bytes) -> None:
        self._text, self._flags = text, flags
        self._words: list[str] | None = None
        self.seen: dict[str, int] = {}

    def flags(self, word: str) -> int:
        """The word's flags, or 0 if it is not in the mapping."""
        found = self.seen.get(word)
        if found is None:
            words = self._word_list()
            at = bisect_left(words, word)
            found = self._flags[at] if at < len(words) and words[at] == word else 0
            self.seen[word] = found
        return found

    def _word_list(self) -> list[str]:
        if self._words is None:
            self._words = self._text.split("\n") if self._flags else []
        return self._words

    def __getitem__(self, word):
        found = self.flags(word) if isinstance(word, str) else 0
        if not found:
            raise KeyError(word)
        return found

    def get(self, word, default=None):
        found = self.flags(word) if isinstance(word, str) else 0
        return found if found else default

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and bool(self.flags(word))

    def __iter__(self) -> Iterator[str]:
        return iter(self._word_list())

    def __len__(self) -> int:
        return len(self._flags)

    def as_dict(self) -> dict[str, int]:
        return dict(zip(self._word_list(), self._flags))

    def __repr__(self) -> str:
        return f"WordFlags({len(self)} words, {len(self.seen)} looked up)"
