"""What a rule is, and what it is handed when it runs.

A rule is a small frozen record: a name that names the problem, a default
level, one line of summary, default options, and a `check` generator that
yields Hits (where, and what to write instead). The engine, not the rule,
stamps each hit with the rule's name and its configured level, and applies
suppression comments; so a rule never needs to know its own configuration
beyond its options.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from coreplan.yamlread import Pos

if TYPE_CHECKING:
    from coreplan.model import Case


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding of a rule: where in the file, and what to tell the reader."""

    pos: Pos
    message: str


@dataclass(frozen=True)
class Context:
    """What one rule sees while checking one case."""

    today: date
    options: Mapping[str, Any]
    shared: dict  # per-run cache for data several rules load (the jargon lexicon, the calendar...)
    settings: Any = None  # the team's coreplan.config.Settings (procedures, closure days)


Check = Callable[["Case", Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A rule: its name, default level, summary, family, check and options."""

    name: str
    level: str
    summary: str
    family: str
    check: Check | None = None  # None: the loader reports this rule's problems
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # A rule whose problems mean the file cannot be read as written cannot be
    # switched off or made less than an error.
    fixed: bool = False


def options(**defaults: Any) -> Mapping[str, Any]:
    return MappingProxyType(defaults)
