"""Write check results as text (for people), JSON (for tools) or GitHub annotations (for CI)."""

from __future__ import annotations

import json
from typing import TextIO

from coreplan.check import CheckResult

LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def write_json(result: CheckResult, out: TextIO) -> None:
    json.dump([f.as_dict() for f in result.findings], out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_github(result: CheckResult, out: TextIO) -> None:
    command = {"error": "error", "warning": "warning", "info": "notice"}
    for f in result.findings:
        message = _github_escape(f"{f.message} ({f.rule})")
        file = _github_escape(f.file, property_value=True)
        out.write(f"::{command[f.level]} file={file},line={f.line},col={f.column}::{message}\n")


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def write_text(result: CheckResult, console) -> None:
    """Findings grouped by file, each line `file:line:col  level  rule  message`, then a summary."""
    from rich.markup import escape

    current = None
    for f in result.findings:
        if f.file != current:
            if current is not None:
                console.print()
            current = f.file
        console.print(f"[bold]{escape(f.file)}:{f.line}:{f.column}[/]  "
                      f"[{LEVEL_STYLE[f.level]}]{f.level}[/]  [dim]{f.rule}[/]  {escape(f.message)}",
                      soft_wrap=True, highlight=False)
    if result.findings:
        console.print()
    for path in result.unchecked:
        console.print(f"[bold]{escape(str(path))}[/]: the plan could not be read as written, so the guidance "
                      "checks did not run on it: fix the errors above first", soft_wrap=True, highlight=False)
    console.print(summary(result), soft_wrap=True, highlight=False)


def summary(result: CheckResult) -> str:
    files = len(result.files)
    checked = f"{files} case file{'s' if files != 1 else ''} checked"
    if not result.findings:
        return f"No problems found: {checked}."
    parts = []
    for level, noun in (("error", "error"), ("warning", "warning"), ("info", "note")):
        count = result.count(level)
        if count:
            parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
    with_findings = len({f.file for f in result.findings})
    return f"{', '.join(parts)} in {with_findings} of {checked}."
