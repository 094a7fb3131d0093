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
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from importlib import import_module
from typing import Iterator

# What each command imports whatever the case: a command line that goes wrong before a case is read (a
# missing file) imports them too, which costs it nothing that matters.
_USED = {
    "check": ("yaml", "coreplan.check_command", "coreplan.check", "coreplan.report", "coreplan.suppression"),
    "render": ("yaml", "coreplan.render_command"),
}
_NAME = "import-patterns"
_MOST = 512  # more kept patterns than the imports compile means old ones pile up: start again


def import_for(command: str) -> None:
    """Import what `command` always uses (its rules too), quicker from the second run on; then collect
    garbage as a run over many files does in each of its processes (coreplan.batch). For coreplan.entry
    only: it sets how this whole process collects garbage."""
    collecting = gc.isenabled()
    # What an import makes lives as long as the process: the collector would look through it as it is made
    # and at every later collection, for nothing. So it is off here, and then leaves all of it out.
    gc.disable()
    try:
        with _patterns_kept():
            for name in _USED[command]:
                import_module(name)
            from coreplan.rules import all_rules

            all_rules()  # imports every rule family
    finally:
        if collecting:
            gc.enable()
        gc.freeze()
        gc.set_threshold(10_000, 20, 20)  # as in coreplan.batch's processes: a case makes few reference cycles


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
