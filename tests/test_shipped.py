"""The kept data every install reads (coreplan.shipped): a wheel built from this checkout carries the lexicon's
index and the word lists, the same as worked out afresh; an install that keeps no copy of its own reads it instead of indexing
the lexicon on every run; a changed lexicon is never read from it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coreplan import derived, shipped
from coreplan.packed import SortedTable
from coreplan.rules import english_rarity, language
from tests.helpers import ROOT


@pytest.fixture
def keeps_nothing(monkeypatch, tmp_path):
    """An install that keeps no copy of its own, shipping the copies in tmp_path / 'kept'."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")
    monkeypatch.setattr(derived, "SHIPPED", tmp_path / "kept")
    return tmp_path / "kept"


@pytest.fixture
def word_lists_read_afresh():
    """The rarity signal's word lists read again (they are read once per process), and again after the test."""
    cached = (english_rarity._kept_lists, english_rarity.common_words, english_rarity._welsh_letters)
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()


def test_a_shipped_copy_is_read_where_none_is_kept(keeps_nothing, monkeypatch, word_lists_read_afresh):
    fresh = language._shipped_lexicon()
    fresh_forms = language._shipped_lexicon(forms=True)
    fresh_words = dict(english_rarity.common_words()._sections)
    assert {path.name for path in shipped.write_copies(keeps_nothing)} == {"lexicon.marshal",
                                                                          "lexicon-forms.marshal",
                                                                          "word-lists.marshal"}
    monkeypatch.setattr(language, "_build_shipped_lexicon", lambda: pytest.fail("indexed again"))
    monkeypatch.setattr(english_rarity, "_read_common_words", lambda: pytest.fail("read again"))
    monkeypatch.setattr(english_rarity, "_read_welsh_letters", lambda: pytest.fail("read again"))
    english_rarity._kept_lists.cache_clear()
    english_rarity.common_words.cache_clear()
    assert language._shipped_lexicon() == fresh
    assert language._shipped_lexicon(forms=True) == fresh_forms
    assert dict(english_rarity.common_words()._sections) == fresh_words and "breakfast" in fresh_words
    assert english_rarity.welsh_score("gyfyngiadau") > 0 > english_rarity.welsh_score("intestacy")
    assert not (keeps_nothing.parent / "__pycache__").exists()


def test_a_shipped_copy_of_another_lexicon_is_never_read(keeps_nothing, monkeypatch):
    shipped.write_copies(keeps_nothing)
    monkeypatch.setattr(language, "_lexicon_key",
                        lambda: derived.digest([b"a lexicon with one more phrase"], python=False))
    monkeypatch.setattr(language, "_build_shipped_lexicon", lambda: {"forms": {}, "indexed": "afresh"})
    assert language._shipped_lexicon() == {"indexed": "afresh"}


def _builds_wheels() -> bool:
    try:
        import hatchling  # noqa: F401  the build backend (the test extra)
    except ImportError:
        if os.environ.get("CI") == "true":
            raise
        return False
    return True


@pytest.mark.skipif(not _builds_wheels(), reason="needs hatchling, the build backend (pip install '.[test]')")
def test_a_wheel_built_from_this_checkout_carries_the_lexicons_index(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "--no-index",
                           "--quiet", "--wheel-dir", str(tmp_path), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    [wheel] = tmp_path.glob("coreplan-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        for name, key, fresh in language.copies_to_ship() + english_rarity.copies_to_ship():
            copy = tmp_path / f"{name}.marshal"
            copy.write_bytes(archive.read(f"coreplan/kept/{name}.marshal"))
            # the index's entries packed with marshal: compared unpacked (marshal's bytes for the same value may
            # differ with how many references each object had when it was written)
            if name == "word-lists":
                assert {what: dict(SortedTable(*table)) for what, table in derived.read(copy, key).items()} \
                    == {what: dict(SortedTable(*table)) for what, table in fresh.items()}
            else:
                assert language.read_kept(derived.read(copy, key)) == language.read_kept(fresh)


def test_the_installed_coreplan_reads_its_shipped_index(tmp_path):
    """Run from an empty folder in isolated mode, keeping nothing (-B) in a bytecode folder of its own."""
    code = ("import pathlib, coreplan; from coreplan.rules import language\n"
            "print(pathlib.Path(coreplan.__file__).parent)\n"
            "language._build_shipped_lexicon = None  # indexing afresh would fail\n"
            "print(len(language._shipped_lexicon()['phrases']))\n")
    done = subprocess.run([sys.executable, "-I", "-B", "-X", f"pycache_prefix={tmp_path / 'pycache'}", "-c", code],
                          capture_output=True, text=True, cwd=tmp_path)
    package = Path(done.stdout.splitlines()[0]) if done.stdout else None
    if package is not None and (package.parent / "pyproject.toml").is_file():
        pytest.skip("coreplan is installed from this checkout (editable): no wheel build to check")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.splitlines()[1]) > 1000
