"""`coreplan check` from parsed arguments to exit status, without typer.

A check runs on every save, so its start-up counts: coreplan.entry parses the usual `check` command
lines itself and calls run_check directly, and the typer command in coreplan.cli calls the same
function, so both ways give the same output, messages and exit status.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Sequence

from coreplan.errors import CoreplanError, output_error, said_language
from coreplan.visible import visible


def parse_date(text: str, option: str):
    from datetime import date

    from coreplan.errors import UsageError
    from coreplan.messages import Verbatim, msg

    try:
        day = date.fromisoformat(text)
        if not 1900 <= day.year <= 2199:
            raise ValueError
        return day
    except ValueError:
        raise UsageError(msg("%(option)s '%(text)s' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23",
                             option=Verbatim(option), text=Verbatim(text))) from None


def parse_today(text: str | None):
    from datetime import date

    return date.today() if text is None else parse_date(text, "--today")


def run_check(paths: Sequence[Path] | None, output_format: str, strict: bool, today: str | None,
              config: Path | None, stdin_filename: Path | None, verbose: bool, lang: str | None,
              say_on_stderr: Callable[[str], None]) -> int:
    """Check, write the findings to standard output in output_format, and return the exit status.

    say_on_stderr writes one line to standard error; coreplan's own errors become one such line and
    exit status 2."""
    from coreplan.check import check_paths
    from coreplan.progress import is_terminal

    try:  # the files are read while the findings are written: a file that cannot be read stops it
        stdin = None
        if any(str(path) == "-" for path in paths or []):
            from coreplan.yamlread import MAX_BYTES

            stdin = sys.stdin.buffer.read(MAX_BYTES + 1)
        # findings stream to standard output as files are checked: when that is the terminal they show the
        # progress themselves, and a live bar beside them would garble both
        if is_terminal(sys.stdout):
            progress = None
        else:
            from coreplan.progress import track as progress
        result = check_paths(paths or [Path(".")], parse_today(today), config, stdin, stdin_filename,
                             language=lang, progress=progress, sources=False)
        if verbose:
            from coreplan.config import describe_configs

            for line in describe_configs(result.files, config):
                say_on_stderr(visible(f"coreplan: {line.in_language(result.language)}"))
        if output_format == "json":
            from coreplan.report import write_json

            write_json(result, sys.stdout)
        elif output_format == "github":
            from coreplan.report import write_github

            write_github(result, sys.stdout)
        elif output_format == "sarif":
            from coreplan.report import write_sarif

            write_sarif(result, sys.stdout, config)
        else:
            from coreplan.report import write_text

            write_text(result, sys.stdout, language=lang)
        sys.stdout.flush()  # here, so that a full disc is reported below rather than as an internal error
    except (CoreplanError, OSError) as caught:
        error = caught if isinstance(caught, CoreplanError) else output_error(caught)
        if error is None:
            raise
        # in the practitioner's language; a file name can hold control characters
        language = said_language(error, lang, (paths or [Path(".")])[0], config)
        say_on_stderr(f"coreplan: {visible(error.in_language(language))}")
        return 2
    failing = result.count("error") or (strict and result.count("warning"))
    return 1 if failing else 0
