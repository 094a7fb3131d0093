"""The `coreplan` program: the usual `coreplan check` command lines straight to the check, the rest
through the typer command line (coreplan.cli).

typer, with its click, costs about as much to import as the whole check of a case takes, and a check
runs on every save. So a `check` command line made only of case paths and check's own options, each
given once in one of their usual spellings, is parsed here and handed to coreplan.check_command, the
same function the typer command calls. Anything else (help, a misspelt or repeated option, a value
that is not one of the choices, shell completion) goes to typer, which says what it always says.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_FLAGS = {"--strict": "strict", "--verbose": "verbose", "-v": "verbose"}
_WITH_VALUE = {"--format": "output_format", "-f": "output_format", "--today": "today", "--config": "config",
               "--stdin-filename": "stdin_filename", "--lang": "lang"}
_CHOICES = {"output_format": ("text", "json", "github", "sarif"), "lang": ("en", "cy")}


def quick_check_arguments(argv: list[str]) -> dict | None:
    """The arguments of a plain `coreplan check` command line, or None for typer to parse it."""
    if argv[:1] != ["check"] or any(name.startswith("_COREPLAN_COMPLETE") for name in os.environ):
        return None
    found: dict = {"paths": []}
    tokens = iter(argv[1:])
    options_end = False
    for token in tokens:
        if token == "":
            return None
        if options_end or token == "-" or not token.startswith("-"):
            found["paths"].append(Path(token))
        elif token == "--":
            options_end = True
        elif token in _FLAGS and _FLAGS[token] not in found:
            found[_FLAGS[token]] = True
        else:
            name, equals, value = token.partition("=") if token.startswith("--") else (token, "", "")
            key = _WITH_VALUE.get(name)
            if key is None or key in found:
                return None
            if not equals:
                value = next(tokens, None)
                if value is None or value.startswith("-"):
                    return None
            if value == "" or value not in _CHOICES.get(key, (value,)):
                return None
            found[key] = value
    return found


def main() -> None:
    arguments = quick_check_arguments(sys.argv[1:])
    if arguments is None or not _stderr_is_plain():
        from coreplan.cli import main as typer_main

        typer_main()
        return
    from coreplan.check_command import run_check

    try:
        try:
            status = run_check(arguments["paths"] or None, arguments.get("output_format", "text"),
                               arguments.get("strict", False), arguments.get("today"),
                               _path(arguments.get("config")), _path(arguments.get("stdin_filename")),
                               arguments.get("verbose", False), arguments.get("lang"), _say_on_stderr)
        except KeyboardInterrupt:
            status = 130  # as typer's own main does for an interrupted command: that status, no message
        except BrokenPipeError:  # the reader went away (`coreplan check ... | head`), as typer handles it
            _quiet_stdout()
            status = 1
    except Exception as error:  # a bug in coreplan, not the user's mistake
        if os.environ.get("COREPLAN_DEBUG"):
            raise
        _say_on_stderr(internal_error(error))
        status = 2
    sys.exit(status)


def internal_error(error: BaseException) -> str:
    # Only the type is shown: the message or the variables could hold a child's details.
    return (f"coreplan: internal error ({type(error).__name__}); nothing was written. Please report it with the "
            "command you ran (not the case file); set COREPLAN_DEBUG=1 to see where it happened.")


def _path(text: str | None) -> Path | None:
    return None if text is None else Path(text)


def _say_on_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _stderr_is_plain() -> bool:
    """Whether a line written to stderr here comes out as typer's echo writes it: a UTF-8 text stream (click
    rewraps a stream with another encoding; every line coreplan writes has its control characters escaped,
    so click's removal of colour codes never changes one)."""
    import codecs

    try:
        return codecs.lookup(sys.stderr.encoding).name == "utf-8"
    except (AttributeError, LookupError, TypeError):
        return False


def _quiet_stdout() -> None:
    """Nothing more reaches the closed pipe, and Python's flush at exit does not complain about it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
