"""Write check results as text (for people), JSON (for tools) or GitHub annotations (for CI)."""

from __future__ import annotations

import json
from typing import TextIO

from coreplan.check import CheckResult
from coreplan.i18n import N_
from coreplan.messages import msg, msg_n

LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# the level as a person reads it; JSON and GitHub output keep the contract's English level names
LEVEL_WORDS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


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


def write_text(result: CheckResult, console, language: str | None = None) -> None:
    """Findings grouped by file, each line `file:line:col  level  rule  message`, then a summary."""
    from rich.markup import escape

    from coreplan.i18n import translations

    language = language or result.language
    level_word = {level: translations(language).gettext(word) for level, word in LEVEL_WORDS.items()}
    current = None
    for f in result.findings:
        if f.file != current:
            if current is not None:
                console.print()
            current = f.file
        console.print(f"[bold]{escape(f.file)}:{f.line}:{f.column}[/]  "
                      f"[{LEVEL_STYLE[f.level]}]{level_word[f.level]}[/]  [dim]{f.rule}[/]  {escape(f.message)}",
                      soft_wrap=True, highlight=False)
    if result.findings:
        console.print()
    for path in result.unchecked:
        console.print(f"[bold]{escape(str(path))}[/]: " + escape(msg(
            "the plan could not be read as written, so the guidance checks did not run on it: fix the errors "
            "above first").in_language(language)), soft_wrap=True, highlight=False)
    console.print(escape(summary(result, language)), soft_wrap=True, highlight=False)


def summary(result: CheckResult, language: str = "en") -> str:
    files = len(result.files)
    checked = msg_n("%(n)s case file checked", "%(n)s case files checked", files)
    if not result.findings:
        return msg("No problems found: %(checked)s.", checked=checked).in_language(language)
    counted = {"error": lambda n: msg_n("%(n)s error", "%(n)s errors", n),
               "warning": lambda n: msg_n("%(n)s warning", "%(n)s warnings", n),
               "info": lambda n: msg_n("%(n)s note", "%(n)s notes", n)}
    found = ", ".join(counted[level](result.count(level)).in_language(language)
                      for level in counted if result.count(level))
    with_findings = len({f.file for f in result.findings})
    return msg("%(found)s in %(with_findings)s of %(checked)s.", found=found, with_findings=with_findings,
               checked=checked).in_language(language)
