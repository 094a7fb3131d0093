"""Write check results as text (for people), JSON or SARIF (for tools) or GitHub annotations (for CI).

Each writer reads the run's files one at a time and writes their findings as they come (a check of a
whole authority is never held at once); the summary's tallies are complete once the files are read.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from coreplan.check import CheckRun
from coreplan.findings import Finding
from coreplan.visible import json_safe, visible
from coreplan.i18n import N_
from coreplan.messages import msg, msg_n

LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# the level as a person reads it; JSON and GitHub output keep the contract's English level names
LEVEL_WORDS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


def write_json(run: CheckRun, out: TextIO) -> None:
    """The same bytes as json.dump of the whole list with indent=2, written one finding at a time."""
    out.write("[")
    separator = "\n"
    for f in run.findings():
        item = json_safe(json.dumps(f.as_dict(), ensure_ascii=False, indent=2))
        out.write(separator + "  " + item.replace("\n", "\n  "))
        separator = ",\n"
    out.write("]\n" if separator == "\n" else "\n]\n")


SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def write_sarif(run: CheckRun, out: TextIO, config: Path | None = None) -> None:
    """SARIF 2.1.0, for code-scanning tools. Results are written as the files are read; the rules that
    fired and the configuration in force over each case file (run.properties.configurations) follow them,
    so a reviewer of the results can tell which team's settings produced them."""
    from coreplan import __version__
    from coreplan.config import find_config
    from coreplan.rules import all_rules

    out.write('{\n  "version": "2.1.0",\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n'
              '  "runs": [\n    {\n      "results": [')
    separator, fired = "\n", {}
    for f in run.findings():
        fired.setdefault(f.rule, None)
        result = {"ruleId": f.rule, "level": SARIF_LEVEL[f.level], "message": {"text": f.message},
                  "locations": [{"physicalLocation": {
                      "artifactLocation": {"uri": Path(f.file).as_posix()},
                      "region": {"startLine": f.line, "startColumn": f.column}}}]}
        out.write(separator + _indented(result, 8))
        separator = ",\n"
    out.write("]" if separator == "\n" else "\n      ]")
    known = all_rules()
    rules = [{"id": name, "shortDescription": {"text": known[name].summary if name in known else name}}
             for name in sorted(fired)]
    configurations: dict[str, list[str]] = {}
    for case_file in run.files:
        in_force = config or find_config(Path(case_file).parent)
        configurations.setdefault(str(in_force) if in_force else "", []).append(Path(case_file).as_posix())
    tail = {
        "tool": {"driver": {"name": "coreplan", "version": __version__, "rules": rules}},
        "invocations": [{"executionSuccessful": True}],
        # the configuration file in force for each case file ("" where coreplan's defaults applied)
        "properties": {"configurations": [{"config": name or None, "files": files}
                                          for name, files in configurations.items()]},
    }
    for key, value in tail.items():
        out.write(f',\n      "{key}": ' + _indented(value, 6).lstrip())
    out.write("\n    }\n  ]\n}\n")


def _indented(value, spaces: int) -> str:
    text = json_safe(json.dumps(value, ensure_ascii=False, indent=2))
    return " " * spaces + text.replace("\n", "\n" + " " * spaces)


def write_github(run: CheckRun, out: TextIO) -> None:
    command = {"error": "error", "warning": "warning", "info": "notice"}
    for f in run.findings():
        message = _github_escape(visible(f"{f.message} ({f.rule})"))
        file = _github_escape(visible(f.file), property_value=True)
        out.write(f"::{command[f.level]} file={file},line={f.line},col={f.column}::{message}\n")


def _github_escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def write_text(run: CheckRun, out: TextIO, terminal: bool | None = None, language: str | None = None) -> None:
    """Findings grouped by file, each line `file:line:col  level  rule  message`, then a summary.

    On a terminal through rich, in colour. Anywhere else (a pipe, an editor's check on save, a file) the
    very same characters are written without rich, whose import is a large part of a one-case check.
    Levels and the summary are in `language` (default: the run's, which the messages are in too).
    """
    from coreplan.i18n import translations

    language = language or run.language
    level_words = {level: translations(language).gettext(word) for level, word in LEVEL_WORDS.items()}
    unchecked = ": " + msg("the plan could not be read as written, so the guidance checks did not run on it: fix "
                           "the errors above first").in_language(language)
    printer = _RichPrinter(out) if (_styled(out) if terminal is None else terminal) else _PlainPrinter(out)
    current = shown = None
    file_printable = False
    for f in run.findings():
        if f.file != current:
            if current is not None:
                printer.blank()
            current = f.file
            shown = visible(current)  # once a file: a team's run writes a hundred thousand findings
            file_printable = shown is current and current.isprintable()
        # a message is looked at once: with its curly quotes it is not ASCII, and str.isprintable then looks
        # each character up, the largest cost of writing a team's findings
        if file_printable and f.message.isprintable():
            printer.finding(f, level_words[f.level], printable=True)
        else:
            printer.finding(_visible(f, shown), level_words[f.level])
    if run.with_findings:
        printer.blank()
    for path in run.unchecked:
        printer.unchecked(visible(str(path)), unchecked)
    printer.line(summary(run, language))


def _visible(f: Finding, file: str) -> Finding:
    """The finding with any control character in its file name or message shown as an escape (\\x1b), so
    that nothing from a case or a folder's name can drive the terminal or start a line of its own; file:
    visible(f.file), worked out once for the file's findings."""
    message = visible(f.message)
    if file is f.file and message is f.message:
        return f
    return Finding(file, f.line, f.column, f.rule, f.level, message, f.source)


# Environment variables with which rich styles output that is not a terminal (its choice, then).
_RICH_STYLES_ANYWAY = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES")


def _styled(out: TextIO) -> bool:
    try:
        return out.isatty() or any(os.environ.get(name) for name in _RICH_STYLES_ANYWAY)
    except (AttributeError, ValueError):
        return False


class _RichPrinter:
    """Styled text: the file's and the plan's words go in as rich Text, never as markup, so that a '[b]' or
    a backslash in them is shown as written."""

    def __init__(self, out: TextIO) -> None:
        from rich.console import Console

        # emoji off: a plan's ':cat:' or ':warning:' is shown as written, not as a picture
        self.console = Console(file=out, emoji=False)

    def _print(self, *parts) -> None:
        from rich.text import Text

        self.console.print(Text.assemble(*parts), soft_wrap=True, highlight=False)

    def blank(self) -> None:
        self.console.print()

    def finding(self, f: Finding, level: str, printable: bool = False) -> None:
        self._print((f"{f.file}:{f.line}:{f.column}", "bold"), "  ", (level, LEVEL_STYLE[f.level]), "  ",
                    (f.rule, "dim"), "  ", f.message)

    def unchecked(self, path: str, why: str) -> None:
        self._print((path, "bold"), why)

    def line(self, text: str) -> None:
        self._print(text)


# The control characters rich leaves out of what it prints: bell, backspace, vertical tab, form feed, CR.
_RICH_DROPS = dict.fromkeys((7, 8, 11, 12, 13))


class _PlainPrinter:
    """What rich prints when it is not writing to a terminal, character for character (tested against it)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._rich: _RichPrinter | None = None

    def _write(self, text: str) -> bool:
        if "\t" in text:  # rich expands tabs by the display width of what comes before: let rich do it
            return False
        # every character rich drops is unprintable: a printable line (nearly every one) is written as it is
        self.out.write((text if text.isprintable() else text.translate(_RICH_DROPS)) + "\n")
        return True

    def _via_rich(self) -> _RichPrinter:
        if self._rich is None:
            self._rich = _RichPrinter(self.out)
        return self._rich

    def blank(self) -> None:
        self.out.write("\n")

    def finding(self, f: Finding, level: str, printable: bool = False) -> None:
        """printable: the finding's file and message are known to be printable (the level and rule are ours)."""
        line = f"{f.file}:{f.line}:{f.column}  {level}  {f.rule}  {f.message}"
        if printable:
            self.out.write(line + "\n")
        elif not self._write(line):
            self._via_rich().finding(f, level)

    def unchecked(self, path: str, why: str) -> None:
        if not self._write(path + why):
            self._via_rich().unchecked(path, why)

    def line(self, text: str) -> None:
        if not self._write(text):
            self._via_rich().line(text)


def summary(run: CheckRun, language: str = "en") -> str:
    """One line of tallies: call it once the run's files have been read."""
    checked = msg_n("%(n)s case file checked", "%(n)s case files checked", len(run.files))
    if not run.with_findings:
        return msg("No problems found: %(checked)s.", checked=checked).in_language(language)
    counted = {"error": lambda n: msg_n("%(n)s error", "%(n)s errors", n),
               "warning": lambda n: msg_n("%(n)s warning", "%(n)s warnings", n),
               "info": lambda n: msg_n("%(n)s note", "%(n)s notes", n)}
    found = ", ".join(counted[level](run.count(level)).in_language(language)
                      for level in counted if run.count(level))
    return msg("%(found)s in %(with_findings)s of %(checked)s.", found=found, with_findings=run.with_findings,
               checked=checked).in_language(language)
