"""Run the rules over case files: the library behind `coreplan check`."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from coreplan.config import ConfigCache, Settings
from coreplan.errors import UsageError
from coreplan.findings import REPORT_ORDER, Finding
from coreplan.messages import msg
from coreplan.load import Loaded, load_case, load_case_bytes, problems_on
from coreplan.rules import all_rules
from coreplan.rules.base import Context, Rule

CASE_FILE = "case.yaml"


@dataclass
class FileChecked:
    """One case file's findings, in report order."""

    path: Path
    findings: list[Finding]
    read: bool  # False: read, but not sound enough for the guidance rules to run on it


@dataclass
class CheckRun:
    """A check of case files: iterate it once for each file's findings, then read the tallies.

    Files come out in report order (by file name, as the findings sort), each file's findings at once, so a
    run over a whole authority never holds more than a few hundred files' findings.
    """

    files: list[Path]  # as found
    _results: Iterator[FileChecked]
    levels: Counter = field(default_factory=Counter)  # findings per level, of the files read so far
    with_findings: int = 0  # files with at least one finding
    _unchecked: list[tuple[int, Path]] = field(default_factory=list)
    language: str = "en"  # of the messages: asked for, or the one the first case's team configuration sets

    def __iter__(self) -> Iterator[FileChecked]:
        found_at = {path: number for number, path in enumerate(self.files)}
        for checked in self._results:
            self.levels.update(f.level for f in checked.findings)
            self.with_findings += bool(checked.findings)
            if not checked.read:
                self._unchecked.append((found_at[checked.path], checked.path))
            yield checked

    def findings(self) -> Iterator[Finding]:
        """Every finding, in report order (this reads the files)."""
        for checked in self:
            yield from checked.findings

    def count(self, level: str) -> int:
        return self.levels[level]

    @property
    def unchecked(self) -> list[Path]:
        """The files the guidance rules could not run on, in the order they were found."""
        return [path for _, path in sorted(self._unchecked)]


def find_case_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders searched (hidden folders skipped) for case.yaml."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = _walk_for_cases(path)
            if not inside:
                raise UsageError(msg("no %(name)s found in this folder or below it: give a case file or a folder "
                                     "of case folders", name=CASE_FILE), file=str(path))
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise UsageError(msg("no such file or folder: check the path"), file=str(path))
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def _walk_for_cases(folder: Path) -> list[Path]:
    cases = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if CASE_FILE in files:
            cases.append(Path(root) / CASE_FILE)
    return cases


def check_paths(paths: Iterable[Path], today: date, config: Path | None = None, stdin: bytes | None = None,
                stdin_name: Path | None = None, workers: int | None = None,
                language: str | None = None, progress=None, sources: bool = True) -> CheckRun:
    """Check the case files below paths; a path '-' is the case given as `stdin` (an editor's unsaved buffer),
    named `stdin_name` in findings and found its configuration from there. Messages are in `language`, or
    else in the language each case's team configuration sets (`language:` in .coreplan.yaml).

    With many files the work is shared between one process per core (coreplan.batch); `progress` wraps
    the list of files (coreplan.progress.track shows a bar on a terminal). sources=False leaves out each
    finding's message as it was before being put into words (Finding.source), which a report does not
    show: a pool worker then sends back a third less, and the process writing the report unpickles a
    quarter of the objects.
    """
    from coreplan.batch import map_in_order

    paths = list(paths)
    given = [path for path in paths if str(path) != "-"]
    items: list[Path | _Stdin] = list(find_case_files(given) if given else [])
    if any(str(path) == "-" for path in paths):
        items.append(_Stdin(stdin_name or Path("<stdin>"), stdin_name or Path("case.yaml"), stdin or b""))
    in_report_order = sorted(items, key=lambda item: str(_shown(item)))
    summary_language = language
    if summary_language is None and items:  # the summary line speaks as the first case's team does
        first = items[0].settings_from if isinstance(items[0], _Stdin) else items[0]
        summary_language = ConfigCache(all_rules(), config).for_case(first).language
    return CheckRun([_shown(item) for item in items],
                    map_in_order(_check_file, in_report_order, _Checker(today, config, language, sources),
                                 workers=workers, progress=progress),
                    language=summary_language or "en")


@dataclass(frozen=True)
class _Stdin:
    """The case read from standard input: the name its findings carry, where its configuration is looked
    for, and its bytes."""

    name: Path
    settings_from: Path
    data: bytes


def _shown(item: Path | _Stdin) -> Path:
    return item.name if isinstance(item, _Stdin) else item


@dataclass(frozen=True)
class _Checker:
    """What one process needs to check files: made once per process, so a team's config is read once."""

    today: date
    config: Path | None = None  # --config FILE, used for every case
    language: str | None = None  # --lang, over each team's own
    sources: bool = True  # whether findings keep their messages as they were before being put into words

    def __call__(self) -> tuple:
        rules = all_rules()
        return self.today, rules, ConfigCache(rules, self.config), {}, self.language, self.sources


def _check_file(state: tuple, item: Path | _Stdin) -> FileChecked:
    today, rules, configs, shared, language, sources = state
    if isinstance(item, _Stdin):
        settings = configs.for_case(item.settings_from)
        loaded = load_case_bytes(item.data, item.name)
    else:
        settings = configs.for_case(item)  # a bad config stops the run before its cases are read
        loaded = load_case(item)
    return FileChecked(_shown(item), check_loaded(loaded, settings, rules, today, shared, language, sources),
                       loaded.case is not None)


def check_loaded(loaded: Loaded, settings: Settings, rules: Mapping[str, Rule], today: date,
                 shared: dict | None = None, language: str | None = None, sources: bool = True) -> list[Finding]:
    """Every finding for one loaded case, stamped, levelled and with suppressions applied.

    Messages are put into words in `language` (default: the config's `language`, else English); with
    `sources` False, the findings do not keep them as they were before (Finding.source is None)."""
    from coreplan.messages import show

    shared = {} if shared is None else shared
    raw: list[tuple[str, object]] = [(p.rule, p) for p in loaded.problems]
    if loaded.case is not None:
        raw.extend((p.rule, p) for p in problems_on(loaded.case, today))
        for rule, context in _contexts(rules, settings, today, shared):
            raw.extend((rule.name, hit) for hit in rule.check(loaded.case, context))
    from coreplan.suppression import apply_ignores

    findings = apply_ignores(loaded, raw, settings, rules, language or settings.language, sources)
    # each finding once (two equal ones: the first), in report order; keyed by the fields findings compare,
    # as a tuple, whose hash is worked out in C (a Finding's in Python)
    unique = dict(zip(map(REPORT_ORDER, reversed(findings)), reversed(findings)))
    return [unique[key] for key in sorted(unique)]


def _contexts(rules: Mapping[str, Rule], settings: Settings, today: date, shared: dict) -> list[tuple[Rule, Context]]:
    """The rules a team's settings switch on, each with the context it is handed: made once per settings in
    a run, not once per rule and case (a frozen Context is a call of object.__setattr__ per field)."""
    key = ("contexts", id(settings), id(rules), today)
    kept = shared.get(key)
    if kept is None or kept[0] is not settings or kept[1] is not rules:  # an id is only its own while alive
        made = [(rule, Context(today=today, options=settings.rules[rule.name].options, shared=shared,
                               settings=settings))
                for rule in rules.values() if rule.check is not None and settings.rules[rule.name].level is not None]
        kept = shared[key] = (settings, rules, made)
    return kept[2]
