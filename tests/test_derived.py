"""Derived data kept between runs (coreplan.derived, coreplan.patterns, the lexicon's index): a kept copy
is used only when it was made from exactly the same things, and gives exactly what building it afresh does."""

from __future__ import annotations

import os
import re
import sys

import pytest

from coreplan import derived, patterns
from coreplan.rules import all_rules
from coreplan.rules import language


@pytest.fixture
def writable(monkeypatch, tmp_path):
    """A cache folder of the test's own, written even under PYTHONDONTWRITEBYTECODE (and no copies shipped)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")
    monkeypatch.setattr(derived, "SHIPPED", tmp_path / "kept")
    return tmp_path / "__pycache__"


def test_a_kept_copy_is_used_only_for_the_same_sources(writable):
    key = derived.digest([b"lexicon v1"])
    assert derived.cached("thing", key, lambda: {"a": (1, frozenset({"b"}))}) == {"a": (1, frozenset({"b"}))}
    assert derived.cached("thing", key, lambda: pytest.fail("built again")) == {"a": (1, frozenset({"b"}))}
    assert derived.load("thing", derived.digest([b"lexicon v2"])) is None


@pytest.mark.parametrize("damage", [lambda data: data[:-7], lambda data: b"", lambda data: b"x" * 200,
                                    lambda data: data[:60] + b"\xff" * 40])
def test_a_damaged_copy_counts_as_none(writable, damage):
    key = derived.digest(["x"])
    derived.save("thing", key, list(range(100)))
    path = derived.path_for("thing")
    path.write_bytes(damage(path.read_bytes()))
    assert derived.cached("thing", key, lambda: "fresh") == "fresh"


def test_nothing_is_written_where_python_would_not_write_bytecode(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    derived.save("thing", derived.digest(["x"]), [1], folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_costs_only_time(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    derived.save("thing", derived.digest(["x"]), [1], folder=blocker / "__pycache__")  # no exception
    assert derived.cached("thing", derived.digest(["x"]), lambda: 5, folder=blocker / "__pycache__") == 5


def _module_patterns() -> list[re.Pattern]:
    all_rules()
    found = []
    for module in [m for name, m in sys.modules.items() if name.startswith("coreplan.rules.")]:
        found.extend(value for value in vars(module).values() if isinstance(value, re.Pattern))
    return found


def test_every_rule_pattern_from_a_kept_copy_is_the_one_re_compile_makes(writable, monkeypatch):
    monkeypatch.setattr(patterns, "_KEPT", patterns._Kept())
    rule_patterns = _module_patterns()
    assert len(rule_patterns) > 10
    for pattern in rule_patterns:
        patterns.compile(pattern.pattern, pattern.flags)  # kept now, if it was not
    monkeypatch.setattr(patterns, "_KEPT", patterns._Kept())  # a later run: read from the copy
    for pattern in rule_patterns:
        again = patterns.compile(pattern.pattern, pattern.flags)
        # Pattern equality compares the pattern, the flags and the compiled code the matcher runs
        assert again == re.compile(pattern.pattern, pattern.flags) == pattern
    assert set(patterns._KEPT.forms) >= {(p.pattern, p.flags) for p in rule_patterns}


def test_a_kept_pattern_for_another_text_is_never_used(writable, monkeypatch):
    kept = patterns._Kept()
    monkeypatch.setattr(patterns, "_KEPT", kept)
    patterns.compile(r"\b(cat|dog)s?\b", re.I)
    assert patterns.compile(r"\b(cat|dogs)\b", re.I).search("dog") is None


@pytest.mark.parametrize("jargon_options, initials_options", [
    ({}, {}),
    ({"extra_terms": {"Foo bar": "x", "asesiad": "y", "placement": "z"}, "ignore_terms": ["contact", "asesiad"]},
     {"extra_initials": {"ZZ": "zz"}, "allowed": ["QQ"]}),
    ({"ignore_terms": ["Contact"]}, {}),
])
def test_the_lexicon_from_a_kept_copy_is_the_one_built_afresh(writable, jargon_options, initials_options):
    fresh = language.load_lexicon({}, jargon_options, initials_options)  # built, and kept
    assert derived.path_for("lexicon", writable).exists()
    kept = language.load_lexicon({}, jargon_options, initials_options)
    assert kept == fresh and kept is not fresh


@pytest.mark.parametrize("fmt, what, lang", [("html", "plan", "en"), ("md", "plan", "en+cy"),
                                             ("html", "family", "cy"), ("md", "minutes", "en")])
def test_a_render_from_kept_templates_is_the_render_from_fresh_ones(writable, fmt, what, lang):
    from datetime import date

    from coreplan.render_command import render_case
    from tests.helpers import ROOT

    def render() -> bytes:
        return render_case(ROOT / "examples" / "good-plan" / "case.yaml", what, fmt, date(2026, 11, 23),
                           language=lang)

    fresh = render()
    assert list(writable.glob("template-*"))  # kept
    assert render() == fresh


def test_a_teams_own_templates_are_never_kept(writable, tmp_path):
    import shutil
    from datetime import date

    from coreplan.render_command import render_case
    from tests.helpers import ROOT

    case = tmp_path / "team" / "case.yaml"
    case.parent.mkdir()
    shutil.copy(ROOT / "examples" / "good-plan" / "case.yaml", case)
    (tmp_path / "team" / ".coreplan.yaml").write_text("templates: ours\n")
    (tmp_path / "team" / "ours").mkdir()
    (tmp_path / "team" / "ours" / "plan.md").write_text("Our own plan for {{ case.reference }}\n")
    text = render_case(case, "plan", "md", date(2026, 11, 23))
    assert b"Our own plan for" in text
    assert list(writable.glob("template-*"))  # the built-in page around it is kept
    assert not any(b"Our own plan" in path.read_bytes() for path in writable.glob("*"))


def test_the_welsh_catalog_from_a_kept_copy_is_the_catalog_read_afresh(writable, monkeypatch):
    from coreplan import i18n

    po = i18n.LOCALE_DIR / "cy" / "LC_MESSAGES" / "coreplan.po"
    if (po.with_suffix(".mo")).is_file():
        pytest.skip("an installed coreplan reads its compiled catalog")
    fresh = i18n.translations.__wrapped__("cy")
    assert derived.path_for("catalog-cy", writable).exists()
    kept = i18n.translations.__wrapped__("cy")
    assert kept._catalog == fresh._catalog and len(kept._catalog) > 100


def test_a_copy_damaged_anywhere_gives_the_value_or_nothing_never_another(writable):
    # a changed letter in a kept phrase (or byte of a template's bytecode, or of a pattern's code) that marshal
    # still reads would change findings without a word: every one-byte change is caught
    key = derived.digest(["lexicon"])
    value = {"care plan": ("plan", "cynllun"), "tac": (None, frozenset({"team around the child"}))}
    derived.save("thing", key, value)
    path = derived.path_for("thing")
    data = path.read_bytes()
    for index in range(len(data)):
        for change in (0x01, 0x20, 0xFF):
            damaged = bytearray(data)
            damaged[index] ^= change
            path.write_bytes(bytes(damaged))
            assert derived.load("thing", key) is None, (index, change)
    for length in range(len(data)):
        path.write_bytes(data[:length])
        assert derived.load("thing", key) is None, length
    path.write_bytes(data)
    assert derived.load("thing", key) == value


def test_copies_written_by_processes_at_once_are_each_whole(writable):
    # a team check runs its cases in a process pool: each process may keep a copy at the same moment
    import concurrent.futures
    import multiprocessing

    key = derived.digest(["race"])
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(4, mp_context=context) as pool:
        results = list(pool.map(_save_and_load, [(str(writable), key, n) for n in range(24)]))
    assert all(result in ("whole", "none") for result in results) and "whole" in results
    assert derived.load("race", key, writable) in [_race_value(n) for n in range(24)]
    kept = derived.path_for("race", writable).name
    assert sorted(p.name for p in writable.iterdir()) == [kept, kept + ".checked"]  # no temporary left


def test_a_small_copy_is_checked_on_every_read_and_leaves_no_note(writable, monkeypatch):
    key = derived.digest(["x"])
    derived.save("thing", key, [1, 2])
    checked = []
    monkeypatch.setattr(derived, "_checksum", lambda content, real=derived._checksum: checked.append(1) or real(content))
    assert derived.load("thing", key) == derived.load("thing", key) == [1, 2]
    assert len(checked) == 2 and [p.name for p in writable.iterdir()] == [derived.path_for("thing").name]


def _race_value(n: int) -> dict:
    return {f"phrase {i}": f"plain {n}" * 50 for i in range(2000)}


def _save_and_load(arguments) -> str:
    from pathlib import Path

    folder, key, n = arguments
    sys.dont_write_bytecode = False
    derived.save("race", key, _race_value(n), Path(folder))
    kept = derived.load("race", key, Path(folder))
    return "none" if kept is None else "whole" if kept in [_race_value(m) for m in range(24)] else "torn"


def test_copies_are_kept_where_python_keeps_the_bytecode(tmp_path):
    # with PYTHONPYCACHEPREFIX, Python writes no __pycache__ beside the code (a read-only install, a clean
    # checkout): neither may coreplan; its copies go to the same mirror folder under the prefix
    import importlib.util
    import os
    import subprocess

    prefix = tmp_path / "prefix"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    shown = subprocess.run([sys.executable, "-c", "from coreplan import derived; print(derived.FOLDER)"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "pycache_prefix", str(prefix))
        expected = os.path.dirname(importlib.util.cache_from_source(derived.__file__))
    assert shown == expected and shown.startswith(str(prefix))
    if sys.pycache_prefix is None:  # without one, the package's own __pycache__
        assert derived.FOLDER == derived.Path(derived.__file__).parent / "__pycache__"


def test_values_kept_from_source_files_are_read_back_until_a_source_changes(writable, tmp_path):
    source = tmp_path / "words.py"
    source.write_text("WORDS = 'plant teulu'\n", encoding="utf-8")
    kept = derived.Kept("words", [source])
    assert kept.get("plant teulu", lambda: "plant|teulu") == "plant|teulu"
    assert kept.get(("other", 1), lambda: ["x"]) == ["x"]
    again = derived.Kept("words", [source])  # a later run
    assert again.get("plant teulu", lambda: pytest.fail("worked out again")) == "plant|teulu"
    assert again.get(("other", 1), lambda: pytest.fail("worked out again")) == ["x"]
    source.write_text("WORDS = 'plant teulu mam'\n", encoding="utf-8")
    changed = derived.Kept("words", [source])
    assert changed.get("plant teulu", lambda: "afresh") == "afresh"


def test_values_from_a_source_that_is_not_there_are_worked_out_and_not_kept(writable, tmp_path):
    kept = derived.Kept("words", [tmp_path / "gone.py"])
    assert kept.get("a", lambda: 1) == 1 and kept.get("a", lambda: pytest.fail("asked twice")) == 1
    assert not writable.exists()


def test_the_welsh_alternations_kept_are_the_ones_worked_out(writable):
    import importlib

    from coreplan.rules import welsh_outcomes

    try:
        fresh = importlib.reload(welsh_outcomes)  # works every alternation out, and keeps them
        kept = derived.load(fresh._KEPT.name, fresh._KEPT.key)
        assert kept and all(fresh._worked_out(words) == alternation for words, alternation in kept.items())
        again = importlib.reload(welsh_outcomes)
        assert again._KEPT.values == kept
        assert again.SERVICE_CY == fresh.SERVICE_CY and again.PARTICULARS_CY == fresh.PARTICULARS_CY
    finally:
        importlib.reload(welsh_outcomes)


def test_values_are_not_written_where_nothing_can_be_kept(writable, tmp_path, monkeypatch):
    source = tmp_path / "words.py"
    source.write_text("WORDS = 'plant'\n", encoding="utf-8")
    monkeypatch.setattr(derived, "may_keep", lambda folder=None: False)  # a package folder it cannot write
    monkeypatch.setattr(derived, "save", lambda *a, **k: pytest.fail("tried to write"))
    kept = derived.Kept("words", [source])
    assert kept.get("plant", lambda: "plant") == "plant" and kept.get("mam", lambda: "mam") == "mam"


def test_a_files_digest_is_the_digest_of_their_bytes_and_is_remembered_until_one_changes(writable, tmp_path,
                                                                                       monkeypatch):
    source = tmp_path / "jargon.yaml"
    source.write_bytes(b"phrases: {core group: meeting}\n")
    first = derived.files_digest("sources", [source], python=False)
    assert first == derived.digest([source.read_bytes()], python=False)
    with monkeypatch.context() as patch:  # a later run: the file is not read again
        read_bytes = derived.Path.read_bytes
        patch.setattr(derived.Path, "read_bytes",
                      lambda self: pytest.fail("hashed again") if self == source else read_bytes(self))
        assert derived.files_digest("sources", [source], python=False) == first
    source.write_bytes(b"phrases: {core grup: meeting}\n")  # the same size
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    changed = derived.files_digest("sources", [source], python=False)
    assert changed == derived.digest([source.read_bytes()], python=False) != first


def test_a_files_digest_of_a_file_that_is_not_there_is_an_os_error(writable, tmp_path):
    with pytest.raises(OSError):
        derived.files_digest("sources", [tmp_path / "gone.yaml"])


def test_a_large_copy_is_checked_again_whenever_it_changes(writable, monkeypatch):
    key = derived.digest(["x"])
    derived.save("thing", key, list(range(100_000)))
    assert derived.load("thing", key) == list(range(100_000))  # checked, and noted as checked
    note, copy = derived._checked_path(derived.path_for("thing")), derived.path_for("thing")
    assert note.stat().st_mode == copy.stat().st_mode  # readable by whoever may read the copy
    with monkeypatch.context() as patch:  # unchanged since: its checksum is not worked out again
        patch.setattr(derived, "_checksum", lambda content: pytest.fail("checked again"))
        assert derived.load("thing", key) == list(range(100_000))
    path = derived.path_for("thing")
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x01  # a changed byte that marshal still reads: the file's times change, so it is checked
    path.write_bytes(bytes(data))
    assert derived.load("thing", key) is None


def test_a_copy_is_checked_on_every_read_where_no_note_can_be_kept(writable, monkeypatch):
    key = derived.digest(["x"])
    derived.save("thing", key, [1, 2] * 100_000)
    monkeypatch.setattr(derived, "may_keep", lambda folder=None: False)
    checked = []
    monkeypatch.setattr(derived, "_checksum", lambda content, real=derived._checksum: checked.append(1) or real(content))
    assert derived.load("thing", key) == derived.load("thing", key) == [1, 2] * 100_000
    assert len(checked) == 2 and not derived._checked_path(derived.path_for("thing")).exists()
