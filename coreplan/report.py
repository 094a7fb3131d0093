"""Write check results as text (for people), JSON (for tools) or GitHub annotations (for CI).

Each writer reads the run's files one at a time and writes their findings as they come (a check of a
whole authority is never held at once); the summary's tallies are complete once the files are read.
"""

from __future__ import annotations

import json
from typing import TextIO

from coreplan.check import CheckRun

LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def write_json(run: CheckRun, out: TextIO) -> None:
    """The same bytes as json.dump of the whole list with indent=2, written one finding at a time."""
    out.write("[")
    separator = "\n"
    for f in run.findings():
        item = json.dumps(f.as_dict(), ensure_ascii=False, indent=2)
        out.write(separator + "  " + item.replace("\n", "\n  "))
        separator = ",\n"
    out.write("]\n" if separator == "\n" else "\n]\n")


def write_github(run: CheckRun, out: TextIO) -> None:
    command = {"error": "error", "warning": "warning", "info": "notice"}
    for f in run.findings():
        message = _github_escape(f"{f.message} ({f.rule})")
        file = _github_escape(f.file, property_value=True)
        out.write(f"::{command[f.level]} file={file},line={f.line},col={f.column}::{message}\n")


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def write_text(run: CheckRun, console) -> None:
    """Findings grouped by file, each line `file:line:col  level  rule  message`, then a summary."""
    from rich.markup import escape

    current = None
    for f in run.findings():
        if f.file != current:
            if current is not None:
                console.print()
            current = f.file
        console.print(f"[bold]{escape(f.file)}:{f.line}:{f.column}[/]  "
                      f"[{LEVEL_STYLE[f.level]}]{f.level}[/]  [dim]{f.rule}[/]  {escape(f.message)}",
                      soft_wrap=True, highlight=False)
    if run.with_findings:
        console.print()
    for path in run.unchecked:
        console.print(f"[bold]{escape(str(path))}[/]: the plan could not be read as written, so the guidance "
                      "checks did not run on it: fix the errors above first", soft_wrap=True, highlight=False)
    console.print(summary(run), soft_wrap=True, highlight=False)


def summary(run: CheckRun) -> str:
    """One line of tallies: call it once the run's files have been read."""
    files = len(run.files)
    checked = f"{files} case file{'s' if files != 1 else ''} checked"
    if not run.with_findings:
        return f"No problems found: {checked}."
    parts = []
    for level, noun in (("error", "error"), ("warning", "warning"), ("info", "note")):
        count = run.count(level)
        if count:
            parts.append(f"{count} {noun}{'s' if count != 1 else ''}")
    return f"{', '.join(parts)} in {run.with_findings} of {checked}."
