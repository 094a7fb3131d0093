"""Mappings kept packed (coreplan.packed) give the values they were made from, each unpacked once; the jargon
lexicon's index and starts read from its kept copy are the ones worked out afresh, and find the same jargon,
with a team's additions too."""

from __future__ import annotations

import sys

import pytest

from coreplan import derived
from coreplan.packed import PackedMapping, SortedTable, WordFlags, pack, pack_table
from coreplan.rules import language

VALUES = {"care": [(("care",), frozenset({"plan", "plans"}), "care plan", False)], "ella": [], "": (1, "x")}


@pytest.mark.parametrize("inside", [dict, lambda packed: SortedTable(*pack_table(packed))], ids=["dict", "table"])
def test_a_packed_mapping_gives_the_values_it_was_made_from(inside):
    packed = PackedMapping(inside(pack(VALUES)))
    assert packed == VALUES and dict(packed) == VALUES and len(packed) == 3 and sorted(packed) == sorted(VALUES)
    assert "care" in packed and "plan" not in packed
    assert packed.get("plan") is None and packed.get("plan", ()) == () and packed.get("ella") == []
    assert packed["care"] is packed.get("care")  # unpacked once, then the same value
    with pytest.raises(KeyError):
        packed["plan"]


def test_a_sorted_table_gives_the_values_it_was_made_from():
    packed = SortedTable(*pack_table(VALUES))
    assert packed == VALUES and dict(packed) == VALUES and len(packed) == 3 and list(packed) == sorted(VALUES)
    assert "care" in packed and "plan" not in packed and None not in packed and 3 not in packed
    assert packed.get("plan") is None and packed.get("plan", ()) == () and packed.get("ella") == []
    assert packed["care"] is packed.get("care")  # unpacked once, then the same value
    with pytest.raises(KeyError):
        packed["plan"]
    empty = SortedTable(*pack_table({}))
    assert len(empty) == 0 and "a" not in empty and list(empty) == [] and empty.get("a", 1) == 1


@pytest.mark.parametrize("block", [1, 2, 3, 16])
def test_a_sorted_table_finds_every_key_and_no_other_whatever_its_blocks(block):
    words = {f"{letter}{n}": n for n in range(40) for letter in "bdf"}
    packed = SortedTable(*pack_table(words, block))
    assert dict(packed) == words and list(packed) == sorted(words)
    for word, value in words.items():
        assert packed[word] == value and word in packed
    for absent in ("", "a", "b", "b400", "c", "e1", "f9x", "g", "\n"):
        assert absent not in packed and packed.get(absent) is None


def test_a_sorted_table_unpacks_only_the_blocks_looked_up():
    packed = SortedTable(*pack_table({f"w{n:03}": n for n in range(160)}))
    assert packed.unpacked() == 0
    assert packed["w005"] == 5 and packed.get("w007") == 7 and "w100" in packed and "a" not in packed
    assert packed.unpacked() == 2  # "a" sorts before every block


def test_a_key_with_a_line_break_cannot_be_packed():
    with pytest.raises(ValueError):
        pack_table({"a\nb": 1}, block=1)


def test_word_flags_give_the_flags_they_were_made_from():
    flags = {"gofal": 2, "care": 1, "zebra": 255, "ábc": 7, "a": 4}
    kept = WordFlags(*pack_table(flags))
    assert len(kept) == 5 and list(kept) == sorted(flags) and kept.as_dict() == flags and kept == flags
    for word, value in flags.items():
        assert kept[word] == kept.get(word) == kept.flags(word) == value and word in kept
    for absent in ("", "car", "carez", "zz", "gofa", "\n"):
        assert absent not in kept and kept.get(absent) is None and kept.get(absent, 0) == 0
        assert kept.flags(absent) == 0
        with pytest.raises(KeyError):
            kept[absent]
    assert 3 not in kept and kept.get(None, "none") == "none"
    assert kept.seen["care"] == 1 and kept.seen["car"] == 0  # each word looked up once
    empty = WordFlags(*pack_table({}))
    assert len(empty) == 0 and "a" not in empty and list(empty) == [] and empty == {}


@pytest.fixture
def kept(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")


def test_the_lexicons_index_read_from_its_kept_copy_is_the_one_worked_out_afresh(kept):
    fresh = language._shipped_lexicon()  # worked out, and kept
    assert type(fresh["index"]) is dict
    again = language._shipped_lexicon()  # read from the kept copy
    assert isinstance(again["index"], PackedMapping) and isinstance(again["phrases"], SortedTable)
    assert again["index"].keys() == fresh["index"].keys()
    for word, entries in fresh["index"].items():
        assert again["index"].get(word) == entries
    assert isinstance(again["starts"], WordFlags) and again["starts"].as_dict() == fresh["starts"]
    assert again == fresh


def test_jargon_is_found_the_same_with_the_index_read_from_its_kept_copy(kept):
    text = ("The core group will hold a strategy meeting about Ella's looked-after child review, the child "
            "protection plan and the cynllun gofal a chymorth; Mam will contact the school.")
    fresh = language.load_lexicon({}, {}, {})
    assert type(fresh.by_first_word) is dict
    again = language.load_lexicon({}, {}, {})
    assert isinstance(again.by_first_word, PackedMapping) and isinstance(again.welsh_index, PackedMapping)
    assert language.jargon_uses(text, again) == language.jargon_uses(text, fresh)
    assert language.jargon_uses(text, fresh)


def test_a_teams_terms_are_found_the_same_with_the_kept_copy(kept):
    team = {"extra_terms": {"wraparound meeting": "a meeting about the whole family", "gofal seibiant": "seibiant"},
            "ignore_terms": ["contact", "lleoliad"]}
    text = "We held a wraparound meeting; Mam will contact the school about gofal seibiant and ei leoliad."
    fresh = language.load_lexicon({}, team, {})
    again = language.load_lexicon({}, team, {})  # the shipped part read from the kept copy
    assert again.starts == fresh.starts and "wraparound" in again.starts
    assert language.jargon_uses(text, again) == language.jargon_uses(text, fresh)
    assert [use.phrase for use in language.jargon_uses(text, again)] == ["wraparound meeting", "gofal seibiant"]


def test_the_words_word_flags_remember_are_bounded(monkeypatch):
    from coreplan import packed

    monkeypatch.setattr(packed, "_MOST_SEEN", 3)
    kept = WordFlags(*pack_table({"care": 1, "gofal": 2}))
    for word in ("a", "b", "care", "c", "gofal", "d", "e"):
        kept.flags(word)
        assert len(kept.seen) <= 3
    assert kept["care"] == 1 and kept["gofal"] == 2 and "a" not in kept


def test_the_absent_keys_a_packed_mapping_remembers_are_bounded(monkeypatch):
    from coreplan import packed

    monkeypatch.setattr(packed, "_MOST_SEEN", 3)
    kept = PackedMapping(SortedTable(*pack_table(pack({"care": 1, "gofal": 2}))))
    for word in ("a", "b", "care", "c", "gofal", "d", "e", "a"):
        kept.get(word)
        assert len(kept._unpacked) <= 3 + 2  # the absent words it remembers, and the table's two keys
    assert kept["care"] == 1 and kept["gofal"] == 2 and "a" not in kept and kept.get("e", 0) == 0
    with pytest.raises(KeyError):
        kept["a"]
