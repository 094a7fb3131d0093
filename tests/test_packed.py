"""A mapping kept packed (coreplan.packed) gives the values it was made from, each unpacked once; the jargon
lexicon's index read from its kept copy is the index worked out afresh, and finds the same jargon."""

from __future__ import annotations

import sys

import pytest

from coreplan import derived
from coreplan.packed import PackedMapping, pack
from coreplan.rules import language

VALUES = {"care": [(("care",), frozenset({"plan", "plans"}), "care plan", False)], "ella": [], "": (1, "x")}


def test_a_packed_mapping_gives_the_values_it_was_made_from():
    packed = PackedMapping(pack(VALUES))
    assert packed == VALUES and dict(packed) == VALUES and len(packed) == 3 and list(packed) == list(VALUES)
    assert "care" in packed and "plan" not in packed
    assert packed.get("plan") is None and packed.get("plan", ()) == () and packed.get("ella") == []
    assert packed["care"] is packed.get("care")  # unpacked once, then the same value
    with pytest.raises(KeyError):
        packed["plan"]


@pytest.fixture
def kept(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")


def test_the_lexicons_index_read_from_its_kept_copy_is_the_one_worked_out_afresh(kept):
    fresh = language._shipped_lexicon()  # worked out, and kept
    assert type(fresh["index"]) is dict
    again = language._shipped_lexicon()  # read from the kept copy
    assert isinstance(again["index"], PackedMapping)
    assert again["index"].keys() == fresh["index"].keys()
    for word, entries in fresh["index"].items():
        assert again["index"].get(word) == entries
    assert again == fresh


def test_jargon_is_found_the_same_with_the_index_read_from_its_kept_copy(kept):
    text = ("The core group will hold a strategy meeting about Ella's looked-after child review, the child "
            "protection plan and the cynllun gofal a chymorth; Mam will contact the school.")
    fresh = language.load_lexicon({}, {}, {})
    assert type(fresh.by_first_word) is dict
    again = language.load_lexicon({}, {}, {})
    assert isinstance(again.by_first_word, PackedMapping)
    assert language.jargon_uses(text, again) == language.jargon_uses(text, fresh)
    assert language.jargon_uses(text, fresh)
