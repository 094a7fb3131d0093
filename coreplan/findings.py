"""What `coreplan check` reports: findings and their levels."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

LEVELS = ("error", "warning", "info")


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One problem in one file, stamped with the rule that found it and its configured level.

    The field order is the report order: file, line, column, then rule.
    """

    file: str
    line: int
    column: int
    rule: str
    level: str
    message: str  # in the language asked for
    # the message before it was put into words (a coreplan.messages.Msg, or text), so a document can show it
    # in each of its languages; not part of the report
    source: Any = field(default=None, compare=False, repr=False)

    def __reduce__(self):
        # rebuilt by __init__ from one tuple when a pool worker sends it back (coreplan.batch): quicker than
        # the dataclass's state set field by field
        return Finding, (self.file, self.line, self.column, self.rule, self.level, self.message, self.source)

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column,
                "rule": self.rule, "level": self.level, "message": self.message}


# The same order as comparing Findings, without a Python-level __lt__ call per comparison: sorting the
# tens of thousands of findings of a large or broken file is several times faster with it.
REPORT_ORDER = attrgetter("file", "line", "column", "rule", "level", "message")
