"""Load a case file: read the YAML safely, read the records, resolve the ids.

The result always carries every reading problem found, not only the first.
`case` is None when the file could not be read into a trustworthy model (a
syntax error, a duplicate key, a missing required field...): the guidance
rules then do not run, because they would report on a plan that is not the
one written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coreplan.errors import InputError
from coreplan.messages import Either, Verbatim, msg
from coreplan.model import Case
from coreplan.schema import INVALID, Converter, quote_list, read_record
from coreplan.yamlread import MAX_BYTES, Document, Mapping, Pos, Problem, read_file

# Problems of the file itself: the model would not be the plan as written.
BLOCKING_RULES = frozenset({"unreadable-file", "invalid-yaml", "duplicate-key", "alias-not-allowed",
                            "file-too-large"})

_LIST_NOUN = {"children": msg("child"), "family": msg("family member"), "members": msg("core group member"),
              "goals": msg("goal")}


@dataclass
class Loaded:
    """A case file as loaded: its path, the case (None if unreadable) and the problems found."""

    path: Path
    case: Case | None
    problems: list[Problem]
    lines: list[str] = field(default_factory=list)
    ignores: list = field(default_factory=list)  # real `# coreplan: ignore[...]` comments


def load_case(path: Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read one case file. A file that cannot be read at all (a pipe, a broken link, permission denied) is an
    `unreadable-file` problem, so one such file in a team's folder is reported and the others still read."""
    try:
        document = read_file(path, max_bytes)
    except InputError as error:
        return Loaded(path, None, [Problem("unreadable-file", Pos(1, 1), error.source)])
    return _load_document(path, document)


def load_case_bytes(data: bytes, path: Path = Path("case.yaml")) -> Loaded:
    """Load a case from the bytes of a file (a revision from git, standard input)."""
    from coreplan.yamlread import parse_bytes

    if len(data) > MAX_BYTES:
        return Loaded(path, None, [Problem("file-too-large", Pos(1, 1),
                                           msg("the file is larger than %(kib)s KiB: a case file is a few "
                                               "hundred lines; is this the right file?", kib=MAX_BYTES // 1024))])
    return _load_document(path, parse_bytes(data))


def load_case_text(text: str, path: Path = Path("case.yaml")) -> Loaded:
    """Load a case from text (tests, documentation examples)."""
    from coreplan.yamlread import parse_text

    return _load_document(path, parse_text(text))


def _load_document(path: Path, document: Document) -> Loaded:
    problems = list(document.problems)
    if document.root is None:
        if not problems:
            problems.append(Problem("invalid-yaml", Pos(1, 1),
                                    msg("the file is empty: start from one of the cases in examples/")))
        return Loaded(path, None, problems, document.lines, document.ignores)
    if not isinstance(document.root, Mapping):
        problems.append(Problem("invalid-yaml", document.root.pos,
                                msg("a case file is a set of 'key: value' lines (reference:, conference:, "
                                    "children: ...): start from one of the cases in examples/")))
        return Loaded(path, None, problems, document.lines, document.ignores)
    cx = Converter()
    case = read_record(Case, document.root, cx)
    problems.extend(cx.problems)
    if case is INVALID or cx.blocking or any(p.rule in BLOCKING_RULES for p in problems):
        return Loaded(path, None, problems, document.lines, document.ignores)
    case.file = path
    case.texts = cx.texts
    case.lines = document.lines
    problems.extend(_check_ids(case, cx))
    return Loaded(path, case, problems, document.lines, document.ignores)


def _check_ids(case: Case, cx: Converter) -> list[Problem]:
    problems: list[Problem] = []
    defined: dict[str, set[str]] = {}
    for list_name in ("children", "family", "members", "goals"):
        seen: dict[str, Pos] = {}
        for record in getattr(case, list_name):
            where = record.at("id")
            first = seen.get(record.id)
            if first is not None:
                problems.append(Problem("duplicate-id", where,
                                        msg("two entries of '%(list)s' have the id '%(id)s' (first at line "
                                            "%(line)s): give each %(noun)s its own id", list=list_name,
                                            id=record.id, line=first.line, noun=_LIST_NOUN[list_name])))
            else:
                seen[record.id] = where
        defined[list_name] = set(seen)
    # a person's id must be unique across children, family and members too: meetings name any of them
    owners: dict[str, str] = {}
    for list_name in ("children", "family", "members"):
        for record in getattr(case, list_name):
            other = owners.setdefault(record.id, list_name)
            if other != list_name:
                problems.append(Problem("duplicate-id", record.at("id"),
                                        msg("'%(id)s' is already the id of someone in '%(list)s': give each "
                                            "person their own id", id=record.id, list=other)))
    choices_for: dict[tuple[str, ...], list[str]] = {}  # sorted once per kind of reference, not per reference
    for ref in cx.refs:
        if any(ref.value in defined[target] for target in ref.targets):
            continue
        nouns = Either(_LIST_NOUN[t] for t in ref.targets)
        choices = choices_for.get(ref.targets)
        if choices is None:
            choices = choices_for[ref.targets] = sorted(set().union(*(defined[t] for t in ref.targets)))
        suggestion = cx.suggest(ref.value, choices)
        if suggestion:
            text = msg("'%(id)s' is not the id of any %(nouns)s (did you mean '%(suggestion)s'?)", id=ref.value,
                       nouns=nouns, suggestion=suggestion.split("'")[1])
        elif choices:
            text = msg("'%(id)s' is not the id of any %(nouns)s; the ids are %(ids)s", id=ref.value, nouns=nouns,
                       ids=quote_list(choices))
        else:
            text = msg("'%(id)s' is not the id of any %(nouns)s; there is none yet", id=ref.value, nouns=nouns)
        problems.append(Problem("unknown-id", ref.pos, text))
    return problems


def problems_on(case: Case, today: date) -> list[Problem]:
    """Reading problems that depend on the day of the check: a date of birth too far ahead to be expected.

    A plan can be made before a baby is born (an unborn child on the register), so a date of birth up to
    ten months ahead is the expected one; later than that it is a typo ("2199" for "2019").
    """
    from coreplan.calendar import add_months

    if today.year >= 9999:
        return []
    latest = add_months(today, 10)
    return [Problem("invalid-value", child.at("born"),
                    msg("'%(born)s' is more than ten months after today (%(today)s): for a baby not yet born, "
                        "give the expected date of birth; is the year a typo?",
                        born=Verbatim(child.born.isoformat()), today=Verbatim(today.isoformat())))
            for child in case.children if child.born is not None and child.born > latest]
