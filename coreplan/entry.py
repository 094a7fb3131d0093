"""The `coreplan` program: the usual `coreplan check` and `coreplan render` command lines straight to
their work, the rest through the typer command line (coreplan.cli).

typer, with its click, costs about as much to import as the whole check of a case takes, and a check
runs on every save. So a `check` or `render` command line made only of its paths and its own options,
each given once in one of their usual spellings, is parsed here and handed to the function the typer
command calls too (coreplan.check_command.run_check, coreplan.render_command.run_render). Anything else
(help, a misspelt or repeated option, a value that is not one of the choices, shell completion) goes to
typer, which says what it always says.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path



class _Command:
    """What a command line of one command may hold to be parsed here: its flags, its options with a value
    (each with its spellings), the choices of some values, and how many paths it takes."""

    def __init__(self, flags: dict[str, str], with_value: dict[str, str], choices: dict[str, tuple[str, ...]],
                 paths: tuple[int, int | None]) -> None:
        self.flags, self.with_value, self.choices, self.paths = flags, with_value, choices, paths


_COMMANDS = {
    "check": _Command(
        {"--strict": "strict", "--verbose": "verbose", "-v": "verbose"},
        {"--format": "output_format", "-f": "output_format", "--today": "today", "--config": "config",
         "--stdin-filename": "stdin_filename", "--lang": "lang"},
        {"output_format": ("text", "json", "github", "sarif"), "lang": ("en", "cy")},
        (0, None)),
    "render": _Command(
        {"--force": "force", "--redact": "redact", "--changes": "with_changes"},
        {"--what": "what", "-w": "what", "--meeting": "meeting", "--format": "output_format",
         "-f": "output_format", "-o": "output", "--output": "output", "--today": "today", "--lang": "lang",
         "--config": "config"},
        {"what": ("plan", "minutes", "family"), "output_format": ("md", "html", "pdf"),
         "lang": ("en", "cy", "en+cy")},
        (1, 1)),
}


def quick_arguments(argv: list[str]) -> dict | None:
    """The command and arguments of a plain `coreplan check` or `coreplan render` command line, or None for
    typer to parse it."""
    spec = _COMMANDS.get(argv[0]) if argv else None
    if spec is None or any(name.startswith("_COREPLAN_COMPLETE") for name in os.environ):
        return None
    from pathlib import Path

    found: dict = {"command": argv[0], "paths": []}
    tokens = iter(argv[1:])
    options_end = False
    for token in tokens:
        if token == "":
            return None
        if options_end or token == "-" or not token.startswith("-"):
            found["paths"].append(Path(token))
        elif token == "--":
            options_end = True
        elif token in spec.flags and spec.flags[token] not in found:
            found[spec.flags[token]] = True
        else:
            name, equals, value = token.partition("=") if token.startswith("--") else (token, "", "")
            key = spec.with_value.get(name)
            if key is None or key in found:
                return None
            if not equals:
                value = next(tokens, None)
                if value is None or value.startswith("-"):
                    return None
            if value == "" or value not in spec.choices.get(key, (value,)):
                return None
            found[key] = value
    fewest, most = spec.paths
    if len(found["paths"]) < fewest or (most is not None and len(found["paths"]) > most):
        return None
    return found


def program() -> None:
    """The installed `coreplan` program (and `python -m coreplan`): main(), ending a quick check as soon as its
    output is written."""
    main(end_at_once=True)


def main(end_at_once: bool = False) -> None:
    """The command line in sys.argv, run; ends in SystemExit with the command's status.

    end_at_once: a quick check, once it has written everything, ends the process there (os._exit) rather
    than through Python's exit, which tears down every module and object the run made, one by one, for the
    memory the process is about to hand back anyway: about 16M instructions of a check of 390M. Only where
    that tear-down has nothing else to do (_end_at_once). Code that calls main() itself (the tests) and catches
    its SystemExit leaves end_at_once off."""
    from coreplan.startup import defer

    # pathlib imports urllib.parse, which imports ipaddress (5M instructions) for URLs with an IPv6 host
    defer("ipaddress")
    arguments = quick_arguments(sys.argv[1:])
    if arguments is None or not _stderr_is_plain():
        from coreplan.cli import main as typer_main

        typer_main()
        return
    try:
        try:
            status = _run(arguments)
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
    if end_at_once and arguments["command"] == "check":
        _end_at_once(status)
    sys.exit(status)


def _end_at_once(status: int) -> None:
    """End the process with status now, if nothing is left for Python's exit to do but free memory: no exit
    function registered (atexit: the process pool's, a temporary folder's), no thread (threading not even
    imported), and stdout and stderr flushed. Otherwise return, for sys.exit to end it as ever (and say what
    Python's exit says about an output pipe whose reader went away)."""
    import atexit

    registered = getattr(atexit, "_ncallbacks", None)  # CPython's count of exit functions
    if registered is None or registered() or "threading" in sys.modules or not 0 <= status <= 255:
        return
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(status)


def _run(arguments: dict) -> int:
    from coreplan.startup import import_for

    import_for(arguments["command"])
    config = _path(arguments.get("config"))
    if arguments["command"] == "check":
        from coreplan.check_command import run_check

        return run_check(arguments["paths"] or None, arguments.get("output_format", "text"),
                         arguments.get("strict", False), arguments.get("today"), config,
                         _path(arguments.get("stdin_filename")), arguments.get("verbose", False),
                         arguments.get("lang"), _say_on_stderr)
    from coreplan.render_command import run_render

    return run_render(arguments["paths"][0], arguments.get("what", "plan"), arguments.get("output_format", "md"),
                      arguments.get("meeting"), _path(arguments.get("output")), arguments.get("force", False),
                      arguments.get("today"), arguments.get("lang"), arguments.get("redact", False), config,
                      _say_on_stderr, arguments.get("with_changes", False))


def internal_error(error: BaseException) -> str:
    # Only the type is shown: the message or the variables could hold a child's details.
    return (f"coreplan: internal error ({type(error).__name__}); nothing was written. Please report it with the "
            "command you ran (not the case file); set COREPLAN_DEBUG=1 to see where it happened.")


def _path(text: str | None) -> Path | None:
    from pathlib import Path

    return None if text is None else Path(text)


def _say_on_stderr(line: str) -> None:
    """One line on stderr as typer's echo writes it (which drops colour codes when stderr is no terminal)."""
    from coreplan.progress import is_terminal

    if not is_terminal(sys.stderr) and "\x1b" in line:
        import re

        line = re.sub(r"\033\[[;?0-9]*[a-zA-Z]", "", line)
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
