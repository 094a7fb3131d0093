"""The one exception hierarchy of coreplan.

Library code raises these; only the command line turns them into a message and
exit status 2. A message never carries a traceback or a variable's contents:
it names the file (and line and column where there is one) and says what to do.
"""

from __future__ import annotations


class CoreplanError(Exception):
    """coreplan could not do what was asked (exit status 2)."""

    def __init__(self, message: str, *, file: str | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        message = str(message)  # a catalog message (coreplan.messages) in English: errors here are English
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.file or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class UsageError(CoreplanError):
    """The command was given something it cannot use (a path, a date, an option)."""


class InputError(CoreplanError):
    """A file could not be read at all (missing, unreadable, a folder)."""


class ConfigError(CoreplanError):
    """A .coreplan.yaml file is wrong."""
