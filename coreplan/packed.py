"""A mapping kept packed: each value stays as the bytes marshal wrote it until it is first looked up.

The jargon lexicon's index (coreplan.rules.language, Lexicon.by_first_word) files about 5,500 entries,
each with a set of word forms, under about 4,000 first words. Reading all of it from the kept copy
(coreplan.derived) made every one of those sets and strings again on every run, about 25M instructions of a
one-case check, while a case's texts use only the few first words they hold. Kept packed, a run makes a
first word's entries only when a text has that word; a run that looks up every word gets the same values.
"""

from __future__ import annotations

import marshal
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
