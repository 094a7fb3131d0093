"""Mappings kept packed (coreplan.packed) give the values they were made from, each unpacked once; the jargon
lexicon's index and starts read from its kept copy are the ones worked out afresh, and find the same jargon,
with a team's additions too."""

from __future__ import annotations

import sys

import pytest

from coreplan import derived
from coreplan.packed import PackedMapping, WordFlags, pack, pack_words
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


def test_word_flags_give_the_flags_they_were_made_from():
    flags = {"gofal": 2, "care": 1, "zebra": 255, "ábc": 7, "a": 4}
    kept = WordFlags(*pack_words(flags))
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
    empty = WordFlags(*pack_words({}))
    assert len(empty) == 0 and "a" not in empty and list(empty) == [] and empty == {}


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
    assert isinstance(again["starts"], WordFlags) and again["starts"].as_dict() == fresh["starts"]
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


def test_a_teams_terms_are_found_the_same_with_the_kept_copy(kept):
    team = {"extra_terms": {"wraparound meeting": "a meeting about the whole family", "gofal seibiant": "seibiant"},
            "ignore_terms": ["contact", "lleoliad"]}
    text = "We held a wraparound meeting; Mam will contact the school about gofal seibiant and ei leoliad."
    fresh = language.load_lexicon({}, team, {})
    again = language.load_lexicon({}, team, {})  # the shipped part read from the kept copy
    assert again.starts == fresh.starts and "wraparound" in again.starts
    assert language.jargon_uses(text, again) == language.jargon_uses(text, fresh)
    assert [use.phrase for use in language.jargon_uses(text, again)] == ["wraparound meeting", "gofal seibiant"]
