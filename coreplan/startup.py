"""The start of a `coreplan check` or `coreplan render` run by coreplan.entry: the modules the command always
uses are imported before any case is read, with the garbage collector off and the regular expressions that
their code compiles as it is imported kept between runs.

Why, measured in instructions over a whole check of the good example (callgrind; about 645M then):
- PyYAML compiles ten patterns when it is imported, one of them (the characters it refuses) a class of
  most of Unicode that Python's pattern compiler, written in Python, takes about 57M instructions to
  compile; with json's, the standard library's and coreplan's own small ones, about 85M on every run.
- The collector looks through the objects made so far each time 700 more are made, and again at later
  collections, and imports make tens of thousands that live as long as the process: about 25M
  instructions of collections that free nothing.

Python itself keeps each compiled pattern in `re`'s own cache for the life of a process, so a library's
`re.compile(text, flags)` finds it there. Here the patterns compiled while these modules are imported are
kept like coreplan's own (coreplan.patterns: the code the matcher runs, beside the bytecode, coreplan.derived)
and put into that cache before the imports. Only patterns compiled during these imports are kept, and they
happen before the command reads any case, configuration or template: what is kept is text written in the
source of coreplan and of the libraries, never anything from a case or a team.

If this Python's `re` does not keep its cache as this module expects, nothing is put in it: after putting a
pattern there, re.compile must give back that very pattern, or every one is taken out again. A pattern is
kept only as `re.compile` makes it (coreplan.patterns.form_of compares the two), so the libraries get the
pattern they would have compiled themselves.

The same goes for the methods of coreplan's dataclasses and named tuples: the standard library writes each
one's source as the class is made (`__init__`, `__repr__`, `__eq__`... of every dataclass, `__new__` of every
named tuple) and compiles it with exec or eval, which parses and compiles Python source on every run: about
90M instructions of a check of about 550M. While these modules are imported, dataclasses' `exec` and
collections' `eval` are shadowed by ones that compile each source text once and keep the code (marshal
keeps code objects, as in bytecode files) for the next run, which runs exactly that code, in the namespaces
the library gives. The source is written from class definitions in coreplan's and the libraries' source,
never from a case. Code depends on the Python that compiled it: the kept copy's digest holds the Python
version, its bytecode's magic number and the optimisation level (-O), as a bytecode file's name and header
do.

And `inspect`, which dataclasses imports and a check never uses, is loaded only if something uses it (defer).
"""

from __future__ import annotations

import builtins
import gc
import re
import sys
from contextlib import contextmanager
from importlib import import_module
from types import CodeType, ModuleType
from typing import Iterator

# What each command imports whatever the case: a command line that goes wrong before a case is read (a
# missing file) imports them too, which costs it nothing that matters.
_USED = {
    "check": ("yaml", "coreplan.check_command", "coreplan.check", "coreplan.report", "coreplan.suppression"),
    "render": ("yaml", "coreplan.render_command"),
}
_NAME = "import-patterns"
_MOST = 512  # more kept patterns than the imports compile means old ones pile up: start again
_CODE_NAME = "import-code"
_MOST_CODE = 1024  # likewise for the methods' code (a check compiles about 160)


def import_for(command: str) -> None:
    """Import what `command` always uses (its rules too), quicker from the second run on; then collect
    garbage as a run over many files does in each of its processes (coreplan.batch). For coreplan.entry
    only: it sets how this whole process collects garbage."""
    collecting = gc.isenabled()
    # What an import makes lives as long as the process: the collector would look through it as it is made
    # and at every later collection, for nothing. So it is off here, and then leaves all of it out.
    gc.disable()
    defer("inspect")  # see defer
    try:
        with _patterns_kept(), _generated_code_kept():
            for name in _USED[command]:
                import_module(name)
            from coreplan.rules import all_rules

            all_rules()  # imports every rule family
    finally:
        if collecting:
            gc.enable()
        gc.freeze()
        gc.set_threshold(10_000, 20, 20)  # as in coreplan.batch's processes: a case makes few reference cycles


def defer(name: str) -> None:
    """Put a stand-in for the module `name`, if it is not imported yet, in sys.modules: `import name` finds
    it, and the first use of anything in it loads the module.

    For `inspect`: dataclasses imports it, and it imports ast, dis and tokenize, about 36M instructions of a
    check of 430M, for one use, the signature dataclasses writes as the docstring of a class that has none.
    Every dataclass coreplan defines has its own, so a check never loads it (tests/test_startup.py). The
    standard library's importlib.util.LazyLoader does not serve: an `import` of a module already in
    sys.modules reads its __spec__, which loads it."""
    if name in sys.modules:
        return
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is not None:
        sys.modules[name] = _Deferred(spec)


class _Deferred(ModuleType):
    """A module's stand-in: `import` finds it, and the first use of a name in it loads the module, which takes
    its place in sys.modules; the stand-in then hands on every use to the module."""

    def __init__(self, spec) -> None:
        super().__init__(spec.name)
        vars(self)["__spec__"] = spec  # what `import` reads of a module in sys.modules

    def __getattr__(self, name: str):  # only names the stand-in does not have: everything but its spec and name
        return getattr(self._module(), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self._module(), name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._module(), name)

    def __dir__(self):
        return dir(self._module())

    def _module(self) -> ModuleType:
        module = vars(self).get("_loaded")
        if module is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            module = import_module(self.__name__)
            vars(self)["_loaded"] = module
        return module


@contextmanager
def _patterns_kept() -> Iterator[None]:
    from coreplan import derived, patterns

    cache = getattr(re, "_cache", None)
    version = patterns.matcher_version()
    if not isinstance(cache, dict) or version is None:
        yield
        return
    key = derived.digest([_NAME, version])
    kept = derived.load(_NAME, key)
    kept = kept if isinstance(kept, dict) and len(kept) <= _MOST else {}
    _put_in(cache, kept)
    before = set(cache)
    yield
    new = [entry for entry in cache if entry not in before and _keepable(entry)
           and not patterns.kept_as_coreplans(entry[1], entry[2])]
    if new and derived.may_keep():  # working out a form costs a second compile: only when it can be kept
        found = {}
        for _, text, flags in new:
            form = patterns.form_of(text, flags)
            if form is not None:
                found[(text, flags)] = form
        if found:
            together = {**kept, **found}
            derived.save(_NAME, key, together if len(together) <= _MOST else found)


@contextmanager
def _generated_code_kept() -> Iterator[None]:
    """dataclasses' exec and collections' eval (namedtuple's) compile each source text once, kept between runs."""
    import collections
    import dataclasses

    from coreplan import derived

    shadowed = ((dataclasses, "exec"), (collections, "eval"))
    magic = getattr(sys.modules.get("_frozen_importlib_external"), "MAGIC_NUMBER", None)
    if magic is None or any(name in vars(module) for module, name in shadowed):  # not the CPython expected
        yield
        return
    key = derived.digest([_CODE_NAME, magic, str(sys.flags.optimize)])
    kept = derived.load(_CODE_NAME, key)
    kept = kept if isinstance(kept, dict) and len(kept) <= _MOST_CODE else {}
    compiled: dict[tuple[str, str], CodeType] = {}

    def code_of(source: str, mode: str) -> CodeType:
        code = kept.get((source, mode))
        if type(code) is not CodeType:
            # as exec and eval compile a text: named "<string>", with no __future__ flags of the caller (the
            # library has none), at this Python's optimisation level
            code = compile(source, "<string>", mode, dont_inherit=True)
            compiled[(source, mode)] = code
        return code

    def kept_exec(source, globals=None, locals=None, /):
        if type(source) is not str or globals is None:  # not as the library calls it: exec as always
            return _in_callers_namespace(builtins.exec, source, globals, locals)
        return builtins.exec(code_of(source, "exec"), globals, locals)

    def kept_eval(source, globals=None, locals=None, /):
        if type(source) is not str or globals is None:
            return _in_callers_namespace(builtins.eval, source, globals, locals)
        return builtins.eval(code_of(source, "eval"), globals, locals)

    dataclasses.exec, collections.eval = kept_exec, kept_eval
    try:
        yield
    finally:
        for module, name in shadowed:
            vars(module).pop(name, None)
    if compiled and derived.may_keep():
        together = {**kept, **compiled}
        derived.save(_CODE_NAME, key, together if len(together) <= _MOST_CODE else compiled)


def _in_callers_namespace(run, source, globals, locals):
    """exec or eval as if called by the caller of kept_exec or kept_eval (whose namespaces they use when given
    none)."""
    if globals is None:
        caller = sys._getframe(2)
        globals = caller.f_globals
        locals = caller.f_locals if locals is None else locals
    return run(source, globals, locals)


def _keepable(entry) -> bool:
    return (isinstance(entry, tuple) and len(entry) == 3 and type(entry[1]) in (str, bytes)
            and entry[0] is type(entry[1]) and type(entry[2]) is int)


def _put_in(cache: dict, kept: dict) -> None:
    """Put the kept patterns in re's cache, if re.compile then gives them back."""
    from coreplan import patterns

    put = []
    for (text, flags), form in kept.items():
        entry = (type(text), text, flags)
        if type(text) in (str, bytes) and type(flags) is int and entry not in cache:
            pattern = patterns.from_form(text, form)
            if pattern is not None:
                cache[entry] = pattern
                put.append((entry, pattern))
    if put:
        (_, text, flags), pattern = put[0]
        if re.compile(text, flags) is not pattern:  # this re looks elsewhere: leave its cache as it was
            for entry, _ in put:
                cache.pop(entry, None)
