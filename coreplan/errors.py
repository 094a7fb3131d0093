"""The one exception hierarchy of coreplan.

Library code raises these; only the command line turns them into a message and
exit status 2. A message never carries a traceback or a variable's contents:
it names the file (and line and column where there is one) and says what to do.
The message is a catalog message (coreplan.messages.msg), put into words in the
reader's language at the edge (`coreplan check --lang cy`, or the team's
`language: cy`); `str(error)` is the English.
"""

from __future__ import annotations

from typing import Any


class CoreplanError(Exception):
    """coreplan could not do what was asked (exit status 2)."""

    def __init__(self, message: Any, *, file: str | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        self.source = message  # a Msg (or, from code not yet translated, English text)
        self.message = str(message)  # the English
        super().__init__(self.message)
        self.file = file
        self.line = line
        self.column = column
        # the language of the team configuration that was being read when this was raised, if it said one
        self.language: str | None = None

    def in_language(self, language: str = "en") -> str:
        """The message with where it happened, in a language ("case.yaml:3:1: ...")."""
        from coreplan.messages import show

        text = show(self.source, language)
        where = self.file or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {text}" if where else text

    def __str__(self) -> str:
        return self.in_language("en")


def said_language(error: CoreplanError, asked: str | None = None, near: Any = None, config: Any = None) -> str:
    """The language to tell a practitioner about an error in: the one asked for (--lang), else the one the
    team configuration being read names, else the one the .coreplan.yaml in force near `near` (a case or
    folder the command works on; the current folder if None) sets, else English."""
    if asked:
        return asked
    if error.language:
        return error.language
    from coreplan.config import team_language

    return team_language(near, config) or "en"


class UsageError(CoreplanError):
    """The command was given something it cannot use (a path, a date, an option)."""


class InputError(CoreplanError):
    """A file could not be read at all (missing, unreadable, a folder)."""


class OutputError(CoreplanError):
    """What a command wrote could not go to standard output (a full disc, a device that refuses it)."""


def output_error(error: OSError) -> OutputError | None:
    """The OutputError for an OSError raised while standard output was written, or None for one that is
    not about standard output: a reader that went away (BrokenPipeError: the command line ends quietly, as
    `coreplan check ... | head` expects) or a named file (the code that opened it says what went wrong)."""
    if isinstance(error, BrokenPipeError) or error.filename is not None:
        return None
    import os

    from coreplan.messages import Verbatim, msg

    reason = os.strerror(error.errno) if error.errno else type(error).__name__
    return OutputError(msg("the output could not be written to standard output (%(reason)s): nothing else was "
                           "changed; make room on the disc or send the output somewhere else",
                           reason=Verbatim(reason)))


class ConfigError(CoreplanError):
    """A .coreplan.yaml file is wrong."""
