"""Inline suppression: `# coreplan: ignore[rule-name, ...]` in a YAML comment on the line of a finding.

Three things went wrong with a regular expression over each line, and each is handled here:
- only a real YAML comment suppresses: the same words inside a quoted or block value (`what: "Go #
  coreplan: ignore[jargon]"`) are the author's text, so the reader (coreplan.yamlread) hands over only the
  matches that lie outside every scalar it parsed;
- the rules that decide whether the file can be read (the reading family) cannot be silenced: a file that
  lost a key to a duplicate must never report "No problems found"; the finding stays and the ignore is
  reported;
- an ignore that matches no finding, or names no rule, is reported too (`unused-suppression`), so ignores
  do not rot after the text they excused has changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IGNORE = re.compile(r"#\s*coreplan:\s*ignore\[([^\]\n\r]*)\]")
UNUSED = "unused-suppression"


@dataclass(frozen=True, slots=True)
class Ignore:
    """One `# coreplan: ignore[...]` comment: where it is (1-based) and the rule names it lists."""

    line: int
    column: int
    names: tuple[str, ...]


def find_ignores(text: str, scalar_spans: list[tuple[int, int, int, int]]) -> list[Ignore]:
    """The ignore comments of text that are real comments: outside every scalar's (line, column) span.

    Spans are 0-based (start line, start column, end line, end column) as libyaml marks them.
    """
    if "ignore[" not in text:
        return []
    starts = _line_starts(text)
    found = []
    for match in IGNORE.finditer(text):
        offset = match.start()
        line = _line_of(starts, offset)
        column = offset - starts[line]
        here = (line, column)
        if any((sl, sc) <= here < (el, ec) for sl, sc, el, ec in scalar_spans):
            continue  # the words are inside a value: the author's text, not a comment
        names = tuple(name.strip() for name in match.group(1).split(",") if name.strip())
        found.append(Ignore(line + 1, column + 1, names))
    return found


# the line breaks libyaml counts, so that lines here are its lines
_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _BREAK.finditer(text))]


def _line_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1


def apply_ignores(loaded, raw: list, settings, rules, language: str = "en", sources: bool = True) -> list:
    """Findings (coreplan.findings.Finding) for the raw (rule name, hit) pairs of one loaded case, with the
    case's ignore comments applied and the ignores that did nothing reported; messages in `language`, and
    each finding's message before it was put into words (Finding.source) unless `sources` is False."""
    from coreplan.findings import Finding
    from coreplan.messages import msg, show
    from coreplan.rules.reading import FAMILY as READING
    from coreplan.schema import did_you_mean

    def ignorable(rule) -> bool:
        # a reading problem leaves the file misread, so it cannot be ignored; a reading rule that is only a
        # warning (invisible-character) finds something in a file that is read exactly as it looks
        return rule.family != READING or rule.level != "error"

    file = str(loaded.path)
    wanted: dict[int, set[str]] = {}
    for ignore in loaded.ignores:
        wanted.setdefault(ignore.line, set()).update(
            name for name in ignore.names if name in rules and ignorable(rules[name]))
    used: set[tuple[int, str]] = set()
    findings = []
    for name, hit in raw:
        level = settings.rules[name].level
        if level is None:
            continue
        if name in wanted.get(hit.pos.line, ()):
            used.add((hit.pos.line, name))
            continue
        findings.append(Finding(file, hit.pos.line, hit.pos.column, name, level, show(hit.message, language),
                                hit.message if sources else None))
    unused_level = settings.rules[UNUSED].level if UNUSED in settings.rules else None
    if unused_level is None:
        return findings
    for ignore in loaded.ignores:
        for name in ignore.names or ("",):
            rule = rules.get(name)
            if name == UNUSED or (ignore.line, name) in used:
                continue
            if not name:
                message = msg("this ignore comment names no rule: write ignore[rule-name]")
            elif rule is None:
                close = did_you_mean(name, rules)
                message = (msg("'%(name)s' is not a rule (did you mean '%(suggestion)s'?): 'coreplan rules' lists "
                               "them", name=name, suggestion=close.split("'")[1]) if close else
                           msg("'%(name)s' is not a rule: 'coreplan rules' lists them", name=name))
            elif not ignorable(rule):
                message = msg("'%(name)s' cannot be ignored: coreplan cannot read the file as written until it is "
                              "fixed; remove this comment and fix the problem", name=name)
            elif loaded.case is None or settings.rules[name].level is None:
                continue  # the guidance rules did not run (or the team switched this one off): nothing to tell
            else:
                message = msg("nothing on this line is reported by '%(name)s' any more: remove the ignore comment",
                              name=name)
            findings.append(Finding(file, ignore.line, ignore.column, UNUSED, unused_level,
                                    show(message, language), message if sources else None))
    return findings
