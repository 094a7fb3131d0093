"""The rules' large regular expressions, compiled once and kept between runs (coreplan.derived).

Python compiles a regular expression with a parser written in Python: the few patterns of hundreds of
alternatives that the outcome and language rules use cost tens of milliseconds to compile on every run,
more than the check itself. Here each pattern's compiled form (the code the C matcher runs) is kept
beside the bytecode, and later runs hand it straight to the matcher.

The compiled form is internal to each Python version, so it is kept per version (the digest holds
sys.version) and only for patterns written in coreplan's own source, never one made from a team's
configuration. If this Python does not work the way this module expects, or a kept copy does not fit,
the pattern is compiled the ordinary way: the result is always the pattern `re.compile` makes (a test
compares every kept pattern with re.compile's, which compares the compiled code).
"""

from __future__ import annotations

import re
from array import array
from typing import Any

_NAME = "patterns"
_CODE_TYPE = "I"  # the matcher's code words are 32-bit unsigned (_sre.CODESIZE, in the kept copy's key)


class _Kept:
    """The kept compiled forms of this process's patterns: read once, written when one was missing."""

    def __init__(self) -> None:
        self.forms: dict[tuple[str, int], tuple] | None = None
        self.used: dict[tuple[str, int], tuple] = {}  # what this process compiled: what the next one will
        self.key = b""

    def compile(self, text: str, flags: int) -> re.Pattern:
        if self.forms is None:
            self._read()
        form = self.forms.get((text, flags))  # type: ignore[union-attr]
        if form is not None:
            pattern = from_form(text, form)
            if pattern is not None:
                self.used[(text, flags)] = form
                return pattern
        from coreplan import derived

        pattern = re.compile(text, flags)
        # working out the form costs a second compile: only when it can be kept
        form = form_of(text, flags) if derived.may_keep() else None
        if form is not None:
            self.used[(text, flags)] = form
            # only the patterns of this process: a changed pattern's old form is not kept for ever
            derived.save(_NAME, self.key, self.used)
        return pattern

    def _read(self) -> None:
        from coreplan import derived

        version = matcher_version()
        self.forms = {}
        if version is not None:
            self.key = derived.digest([_NAME, version])
            kept = derived.load(_NAME, self.key)
            if isinstance(kept, dict) and len(kept) <= _MOST:
                self.forms = kept


# More kept patterns than coreplan has means old ones pile up: start again
_MOST = 256
_KEPT = _Kept()


def compile(text: str, flags: int = 0) -> re.Pattern:
    """re.compile(text, flags), quicker from the second run on. For patterns in coreplan's source only."""
    return _KEPT.compile(text, int(flags))


def kept_as_coreplans(text: str, flags: int) -> bool:
    """Whether this process compiled the pattern through compile() above (and keeps it there)."""
    return (text, flags) in _KEPT.used


def matcher_version() -> str | None:
    """What a kept compiled form depends on besides the Python version, or None if this is not the matcher
    this module was written for."""
    try:
        import _sre

        return f"{_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT} {_sre.MAXGROUPS}"
    except (ImportError, AttributeError):
        return None


def form_of(text: str, flags: int) -> tuple | None:
    """What CPython's re._compiler.compile hands to the matcher for this pattern, or None."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(text, flags)
        code = _compiler._code(parsed, flags)
        groups = parsed.state.groupdict
        names: list[Any] = [None] * parsed.state.groups
        for name, index in groups.items():
            names[index] = name
        # the code as machine words (marshal keeps bytes ~10x quicker than a list of ints)
        form = (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
                dict(groups), tuple(names))
        return form if from_form(text, form) == re.compile(text, flags) else None
    except Exception:  # not the CPython this was written for: compile the ordinary way, keep nothing
        return None


def from_form(text: str, form: tuple) -> re.Pattern | None:
    try:
        import _sre

        flags, code, groups, groupindex, indexgroup = form
        return _sre.compile(text, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # a copy that does not fit this Python
        return None
