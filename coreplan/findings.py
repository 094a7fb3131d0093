"""What `coreplan check` reports: findings and their levels."""

from __future__ import annotations

from dataclasses import dataclass

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
    message: str

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column,
                "rule": self.rule, "level": self.level, "message": self.message}
