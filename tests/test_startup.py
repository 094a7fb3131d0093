"""The start of a quick check or render (coreplan.startup): the libraries' patterns kept between runs are the
ones `re.compile` makes, and the methods of dataclasses and named tuples made from kept code are the ones
exec and eval make; only what is compiled while importing is kept (never anything made from a case), and a
Python whose `re` keeps its cache elsewhere is left as it was."""

from __future__ import annotations

import gc
import marshal
import os
import re
import subprocess
import sys
from re import _compiler

import pytest

from coreplan import derived, patterns, startup
from tests.helpers import ROOT

GOOD = ROOT / "examples" / "good-plan" / "case.yaml"
# as PyYAML's reader writes it: the characters it refuses, most of Unicode (the costliest to compile)
WIDE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]+ (kept?)"


@pytest.fixture
def writable(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")
    return tmp_path / "__pycache__"


def _as_if_imported(texts: list[tuple[str | bytes, int]]) -> list[re.Pattern]:
    """What a module compiling these at its import gets inside startup's kept patterns."""
    with startup._patterns_kept():
        return [re.compile(text, flags) for text, flags in texts]


def test_a_librarys_pattern_is_kept_and_found_by_its_own_re_compile(writable):
    texts = [(WIDE, 0), (r"^(?P<year>\d{4})-(?P<month>\d\d)", re.X), (b"[\x80-\xff]+ (kept?)", 0)]
    re.purge()
    first = _as_if_imported(texts)
    assert derived.path_for(startup._NAME, writable).exists()
    re.purge()  # a later run: an empty cache, the kept copy on disk
    again = _as_if_imported(texts)
    for pattern, before, (text, flags) in zip(again, first, texts):
        # Pattern equality compares the text, the flags and the compiled code the matcher runs
        assert pattern == _compiler.compile(text, flags) == before
        assert re.compile(text, flags) is pattern  # from re's cache: what the library's own call returns
    assert again[0].search("a\x07 kept") and not again[0].search("plain kept")


def test_only_patterns_compiled_inside_are_kept(writable):
    re.purge()
    _as_if_imported([(WIDE, 0)])
    re.compile("Zebedee(['’]s)? (after)")  # as a rule makes one from a child's name, after the imports
    _as_if_imported([(WIDE, 0)])
    kept = derived.load(startup._NAME, derived.digest([startup._NAME, patterns.matcher_version()]))
    assert set(kept) == {(WIDE, 0)}


def test_nothing_is_put_in_a_cache_that_re_does_not_look_in(writable, monkeypatch):
    re.purge()
    _as_if_imported([(WIDE, 0)])
    re.purge()
    monkeypatch.setattr(re, "_compile", lambda pattern, flags: _compiler.compile(pattern, flags))
    with startup._patterns_kept():
        assert (str, WIDE, 0) not in re._cache
    assert re._cache == {}


def test_nothing_is_worked_out_for_keeping_where_nothing_is_kept(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")
    monkeypatch.setattr(patterns, "form_of", lambda *a: pytest.fail("a form worked out for nothing"))
    re.purge()
    _as_if_imported([(WIDE, 0)])


def test_the_collector_still_runs_after_start_up_and_reading_kept_data(writable):
    threshold = gc.get_threshold()
    try:
        startup.import_for("check")
        assert gc.isenabled()
        derived.save("thing", derived.digest(["x"]), [[1], [2]])
        assert derived.load("thing", derived.digest(["x"])) == [[1], [2]]
        assert gc.isenabled()
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def test_a_check_keeps_nothing_of_its_case(tmp_path):
    """A whole check, its bytecode and kept data in a folder of its own: the libraries' patterns are kept, and
    not one made from the child's name the case gives (the rules compile some)."""
    case = tmp_path / "case.yaml"
    case.write_text(GOOD.read_text(encoding="utf-8").replace("Ella", "Zebedee"), encoding="utf-8")
    prefix = tmp_path / "pycache"
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPYCACHEPREFIX": str(prefix)}
    program = "import sys; from coreplan.entry import main; sys.argv[0] = 'coreplan'; main()"
    outputs = [subprocess.run([sys.executable, "-c", program, "check", str(case), "--today", "2026-11-23"],
                              capture_output=True, env=env, timeout=120) for _ in range(2)]
    assert outputs[0].stdout == outputs[1].stdout and outputs[0].returncode == outputs[1].returncode == 0
    kept_files = list(prefix.rglob(f"{startup._NAME}.*.marshal"))
    assert len(kept_files) == 1
    data = kept_files[0].read_bytes()
    kept = marshal.loads(data[len(derived._MAGIC) + derived._DIGEST_SIZE + derived._CHECKSUM_SIZE:])
    texts = [text if isinstance(text, str) else text.decode("latin-1") for text, _ in kept]
    assert any("\U0010ffff" in text for text in texts)  # PyYAML's reader's
    assert not any("Zebedee" in text or "Ella" in text for text in texts)
    assert b"Zebedee" not in data
    code_files = list(prefix.rglob(f"{startup._CODE_NAME}.*.marshal"))  # the dataclasses' methods
    assert len(code_files) == 1 and b"__init__" in code_files[0].read_bytes()
    assert b"Zebedee" not in code_files[0].read_bytes() and b"Ella" not in code_files[0].read_bytes()


def _make() -> tuple[type, type]:
    import collections
    import dataclasses

    @dataclasses.dataclass(frozen=True, order=True)
    class Visit:
        """A visit."""
        who: str
        when: int = 3
        notes: list = dataclasses.field(default_factory=list)

    return Visit, collections.namedtuple("Seen", "who when", defaults=(1,))


def _made_inside() -> tuple[type, type]:
    """A dataclass and a named tuple made as a module imported by startup makes them."""
    with startup._generated_code_kept():
        return _make()


def _methods(cls: type) -> dict[str, object]:
    return {name: value for name, value in vars(cls).items() if hasattr(value, "__code__")}


def test_the_methods_made_from_kept_code_are_the_ones_exec_makes(writable):
    import collections
    import dataclasses

    first = _made_inside()
    assert derived.path_for(startup._CODE_NAME, writable).exists()
    again = _made_inside()  # a later run: the code read from the kept copy
    assert "exec" not in vars(dataclasses) and "eval" not in vars(collections)  # as they were
    plain = _make()  # as exec and eval make them
    for made, fresh in ((first, plain), (again, plain)):
        for cls, cls_fresh in zip(made, fresh):
            methods, fresh_methods = _methods(cls), _methods(cls_fresh)
            assert methods.keys() == fresh_methods.keys() and methods
            for name, method in methods.items():
                code, fresh_code = method.__code__, fresh_methods[name].__code__
                # code equality compares the bytecode, constants, names and line table
                assert code == fresh_code, name
                assert (code.co_filename, code.co_flags, method.__qualname__) == \
                       (fresh_code.co_filename, fresh_code.co_flags, fresh_methods[name].__qualname__)
                assert method.__annotations__ == fresh_methods[name].__annotations__
    Visit, Seen = again
    assert Visit("Sam") == Visit("Sam", 3, []) < Visit("Sam", 4)
    assert repr(Visit("Sam")).endswith("Visit(who='Sam', when=3, notes=[])")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Visit("Sam").who = "Jo"
    assert Seen("Sam") == ("Sam", 1) and Seen._fields == ("who", "when")


def test_exec_and_eval_called_otherwise_inside_work_as_ever(writable):
    import collections
    import dataclasses

    with startup._generated_code_kept():
        assert collections.eval("1 + 2") == 3  # no namespace given: the caller's
        here = 5
        assert collections.eval("here * 2") == 10
        namespace: dict = {}
        dataclasses.exec(compile("x = 4", "<test>", "exec"), namespace)  # code, not text: run as it is
        assert namespace["x"] == 4
    assert not derived.path_for(startup._CODE_NAME, writable).exists()  # nothing was compiled from a text


def test_a_kept_copy_that_is_not_code_is_compiled_afresh(writable):
    key = derived.digest([startup._CODE_NAME, sys.modules["_frozen_importlib_external"].MAGIC_NUMBER,
                          str(sys.flags.optimize)])
    derived.save(startup._CODE_NAME, key, {("def __create_fn__():\n def f(self):\n  return 1\n return f", "exec"):
                                           b"not code"})
    Visit, _ = _made_inside()
    assert Visit("Sam").when == 3
    kept = derived.load(startup._CODE_NAME, key)
    assert all(type(code) is type(test_a_kept_copy_that_is_not_code_is_compiled_afresh.__code__)
               for code in kept.values() if code != b"not code")


def test_no_code_is_kept_where_nothing_is_kept(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(derived, "FOLDER", tmp_path / "__pycache__")
    Visit, Seen = _made_inside()
    assert Visit("Sam").when == 3 and Seen("Sam").when == 1
    assert not (tmp_path / "__pycache__").exists()


def test_a_check_does_not_load_inspect():
    """dataclasses imports inspect (with ast, dis and tokenize) to write the docstring of a dataclass that has
    none; startup defers it, so a check must not use it: give every dataclass coreplan defines a docstring.
    Likewise ipaddress, which urllib.parse (imported by pathlib) imports for URLs with an IPv6 host."""
    program = ("import sys; from coreplan.entry import main; sys.argv[0] = 'coreplan'\n"
               "try:\n    main()\nexcept SystemExit:\n    pass\n"
               "print(sorted({'ast', 'dis', 'tokenize'} & set(sys.modules)), type(sys.modules['inspect']).__name__,"
               " type(sys.modules['ipaddress']).__name__, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", program, "check", str(GOOD), "--today", "2026-11-23"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "[] _Deferred _Deferred"  # ipaddress too (urllib.parse's)


def test_a_deferred_module_is_loaded_when_first_used(tmp_path, monkeypatch):
    (tmp_path / "deferred_probe.py").write_text("LOADED = []\nLOADED.append('once')\nVALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "deferred_probe", raising=False)
    startup.defer("deferred_probe")
    stand_in = sys.modules["deferred_probe"]
    import deferred_probe  # noqa: E402  found in sys.modules: nothing loaded yet

    assert deferred_probe is stand_in and "LOADED" not in vars(stand_in)
    assert deferred_probe.VALUE == 1  # the first use loads it
    module = sys.modules["deferred_probe"]
    assert module is not stand_in and module.LOADED == ["once"] and module.__file__.endswith("deferred_probe.py")
    deferred_probe.VALUE = 2  # through the stand-in, to the module
    assert module.VALUE == 2 and "VALUE" in dir(deferred_probe) and deferred_probe.LOADED == ["once"]
    startup.defer("deferred_probe")  # imported already: left as it is
    assert sys.modules["deferred_probe"] is module
    monkeypatch.delitem(sys.modules, "deferred_probe")
