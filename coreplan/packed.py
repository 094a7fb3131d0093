"""Mappings kept packed: the keys sorted and cut into small blocks, each block kept as the bytes marshal wrote
it until a key in it is first looked up (SortedTable); values kept as marshal wrote them until each is looked
up (PackedMapping, over a dict or a SortedTable); and words with their flags kept in blocks (WordFlags).

The jargon lexicon (coreplan.rules.language) reads four large mappings from its kept copy on every run: its
index (12,000 first words), its phrases with their plain alternatives (6,000), its Welsh index (1,700) and the
words a phrase may start at (68,000, most of them Welsh forms); the rarity signal reads its word lists
(35,000 words). Read as dicts, or even as one sorted text split into its words, every key and value was made
again on every run, tens of millions of instructions of a one-case check, while a case's texts look up a few
hundred words and find a hundred. Kept in blocks, a run reads one short text of each table's first keys and
the blocks' bytes, and makes only the blocks a text touches; a run that looks up every key gets the same
values.
"""

from __future__ import annotations

import marshal
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from typing import Any

# Keys a block holds. A look-up unpacks its whole block; smaller blocks make the text of first keys, read
# on every run, longer. A one-case check looks up about 460 of the 73,000 starts: sixteen keeps both the
# first keys (4,600) and the keys unpacked (about 4,500) near a sixteenth of the whole. Other sizes were not
# measured.
BLOCK = 16


def pack_table(mapping: Mapping[str, Any], block: int = BLOCK) -> tuple[str, tuple[bytes, ...], int]:
    """The mapping (str keys without line breaks; values marshal can keep) as SortedTable keeps it: the first
    key of each block, one a line; each block of keys in sorted order with their values, packed by marshal;
    the number of keys."""
    keys = sorted(mapping)
    if any("\n" in key for key in keys[::block]):
        raise ValueError("a key of a packed table has a line break")
    blocks = tuple(marshal.dumps({key: mapping[key] for key in keys[at:at + block]})
                   for at in range(0, len(keys), block))
    return "\n".join(keys[::block]), blocks, len(keys)


class SortedTable(Mapping):
    """A read-only mapping over pack_table()'s result: a key is found by bisecting the blocks' first keys, and
    its block is unpacked once, when a key in it is first looked up. Its keys iterate in sorted order."""

    __slots__ = ("_firsts", "_blocks", "_unpacked", "_length")

    def __init__(self, firsts: str, blocks: tuple[bytes, ...], length: int) -> None:
        self._firsts = firsts.split("\n") if blocks else []
        self._blocks = blocks
        self._unpacked: list[dict | None] = [None] * len(blocks)
        self._length = length

    def _block(self, at: int) -> dict:
        block = self._unpacked[at]
        if block is None:
            block = self._unpacked[at] = marshal.loads(self._blocks[at])
        return block

    def _block_of(self, key) -> dict | None:
        if type(key) is not str:  # (not isinstance: a look-up a word costs more than the test of its type)
            return None
        at = bisect_right(self._firsts, key) - 1
        return self._block(at) if at >= 0 else None

    def __getitem__(self, key):
        block = self._block_of(key)
        if block is None:
            raise KeyError(key)
        return block[key]

    def get(self, key, default=None):
        block = self._block_of(key)
        return default if block is None else block.get(key, default)

    def __contains__(self, key) -> bool:
        block = self._block_of(key)
        return block is not None and key in block

    def __iter__(self) -> Iterator[str]:
        for at in range(len(self._blocks)):
            yield from self._block(at)

    def __len__(self) -> int:
        return self._length

    def unpacked(self) -> int:
        """How many blocks have been unpacked (for tests and benchmarks)."""
        return sum(block is not None for block in self._unpacked)

    def __repr__(self) -> str:
        return f"SortedTable({self._length} keys, {self.unpacked()} of {len(self._blocks)} blocks unpacked)"


# Keys PackedMapping and WordFlags remember at most (a team's plans use some tens of thousands of words; each
# costs about 100 bytes)
_MOST_SEEN = 200_000


def pack(mapping: Mapping) -> dict:
    """The mapping with each value packed by marshal (for PackedMapping)."""
    return {key: marshal.dumps(value) for key, value in mapping.items()}


class PackedMapping(Mapping):
    """A read-only mapping over a mapping of pack()'s values (a dict, or a SortedTable of them): each value
    unpacked once, when first looked up. For large values of which a text needs few: unpacking a block of a
    SortedTable then makes its keys and bytes, not the sixteen values."""

    __slots__ = ("_packed", "_unpacked")

    def __init__(self, packed: Mapping[Any, bytes]) -> None:
        self._packed = packed
        self._unpacked: dict = {}

    def __getitem__(self, key):
        value = self.get(key, _NONE)
        if value is _NONE:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        value = self._unpacked.get(key, _NONE)
        if value is _NONE:
            packed = self._packed.get(key)
            if packed is None:
                # remembered too: most words a text asks about are in no table, and a SortedTable's look-up
                # costs ten of a dict's (bounded: texts of made-up words, file after file)
                if len(self._unpacked) < _MOST_SEEN:
                    self._unpacked[key] = _ABSENT
                return default
            value = self._unpacked[key] = marshal.loads(packed)
        elif value is _ABSENT:
            return default
        return value

    def __contains__(self, key) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __repr__(self) -> str:
        return f"PackedMapping({len(self)} keys, {len(self._unpacked)} looked up)"


_NONE, _ABSENT = object(), object()


class WordFlags(Mapping):
    """A read-only mapping of words to their flags (1 to 255), kept as pack_table made it.

    The jargon lexicon's starts (coreplan.rules.language, Lexicon.starts) are 68,000 words, most of them
    Welsh forms, and every word of every text is looked up in them. `seen` holds each word looked up (with 0
    for a word that is not in the mapping), so a loop over a text's words can ask seen first and call
    flags() only for a word it has not met."""

    __slots__ = ("_table", "seen")

    def __init__(self, firsts: str, blocks: tuple[bytes, ...], length: int) -> None:
        self._table = SortedTable(firsts, blocks, length)
        self.seen: dict[str, int] = {}

    def flags(self, word: str) -> int:
        """The word's flags, or 0 if it is not in the mapping."""
        found = self.seen.get(word)
        if found is None:
            if len(self.seen) >= _MOST_SEEN:  # texts of made-up words, file after file: memory stays bounded
                self.seen.clear()
            found = self.seen[word] = self._table.get(word, 0)
        return found

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
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def as_dict(self) -> dict[str, int]:
        return dict(self._table.items())

    def __repr__(self) -> str:
        return f"WordFlags({len(self)} words, {len(self.seen)} looked up)"
