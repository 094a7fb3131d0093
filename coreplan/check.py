"""Run the rules over case files: the library behind `coreplan check`."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping

from coreplan.config import ConfigCache, Settings
from coreplan.errors import UsageError
from coreplan.findings import REPORT_ORDER, Finding
from coreplan.load import Loaded, load_case, load_case_bytes
from coreplan.rules import all_rules
from coreplan.rules.base import Context, Rule

CASE_FILE = "case.yaml"
STDIN = Path("-")  # the case read from standard input
SUPPRESSION = re.compile(r"(?:^|\s)#\s*coreplan:\s*ignore\[([a-z0-9,\s-]+)\]")


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    unchecked: list[Path] = field(default_factory=list)  # read, but not sound enough for the guidance rules

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level == level)


def find_case_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders searched (hidden folders skipped) for case.yaml."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = _walk_for_cases(path)
            if not inside:
                raise UsageError(f"no {CASE_FILE} found in this folder or below it: give a case file or a "
                                 "folder of case folders", file=str(path))
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise UsageError("no such file or folder: check the path", file=str(path))
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
                stdin_name: Path | None = None) -> CheckResult:
    """Check the case files below paths; a path '-' is the case given as `stdin` (an editor's unsaved buffer),
    named `stdin_name` in findings and found its configuration from there."""
    rules = all_rules()
    configs = ConfigCache(rules, config)
    result = CheckResult()
    shared: dict = {}
    paths = list(paths)
    given = [path for path in paths if str(path) != "-"]
    for path in (find_case_files(given) if given else []) + [STDIN for path in paths if str(path) == "-"][:1]:
        if path is STDIN:
            path = stdin_name or Path("<stdin>")
            settings = configs.for_case(stdin_name or Path("case.yaml"))
            loaded = load_case_bytes(stdin or b"", path)
        else:
            settings = configs.for_case(path)  # a bad config stops the run before any file is read
            loaded = load_case(path)
        result.files.append(path)
        if loaded.case is None:
            result.unchecked.append(path)
        result.findings.extend(check_loaded(loaded, settings, rules, today, shared))
    result.findings.sort(key=REPORT_ORDER)
    return result


def check_loaded(loaded: Loaded, settings: Settings, rules: Mapping[str, Rule], today: date,
                 shared: dict | None = None) -> list[Finding]:
    """Every finding for one loaded case, stamped, levelled and with suppressions applied."""
    shared = {} if shared is None else shared
    raw: list[tuple[str, object]] = [(p.rule, p) for p in loaded.problems]
    if loaded.case is not None:
        for rule in rules.values():
            setting = settings.rules[rule.name]
            if rule.check is None or setting.level is None:
                continue
            context = Context(today=today, options=setting.options, shared=shared, settings=settings)
            raw.extend((rule.name, hit) for hit in rule.check(loaded.case, context))
    suppressed = _suppressions(loaded.lines)
    findings = []
    for name, hit in raw:
        level = settings.rules[name].level
        if level is None or name in suppressed.get(hit.pos.line, ()):
            continue
        findings.append(Finding(str(loaded.path), hit.pos.line, hit.pos.column, name, level, hit.message))
    return sorted(set(findings), key=REPORT_ORDER)


def _suppressions(lines: list[str]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for number, line in enumerate(lines, start=1):
        if "coreplan" not in line:
            continue
        for match in SUPPRESSION.finditer(line):
            found.setdefault(number, set()).update(
                name.strip() for name in match.group(1).split(",") if name.strip())
    return found
