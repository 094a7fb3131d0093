"""`coreplan init`: a new, commented case.yaml from the conference's outline.

What it writes reads cleanly at once (the text is loaded before it is written,
so a name that would break the YAML is refused, never written), and the
guidance findings `coreplan check` then reports are the sections a new plan
still has to fill in: a goal for each child, lived experience, contingency...
Nothing is ever overwritten: a second `init` in the same folder changes
nothing.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coreplan.errors import UsageError
from coreplan.messages import Msg, msg
from coreplan.model import CATEGORIES

CASE_FILE = "case.yaml"
ALREADY_EXISTS = msg("already exists: coreplan init never replaces a file, so nothing was written")
_CATEGORY_LIST = ", ".join(CATEGORIES)  # the values as the case file spells them, in every language
_PLAIN = re.compile(r"[A-Za-z\u00C0-\uFFFF][\w .,'’()/-]*\Z")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


@dataclass
class Person:
    name: str
    detail: tuple[str, ...] = ()  # a child's categories, or a family member's relationship


@dataclass
class Outline:
    """What the initial conference decided, as much as a new plan needs."""

    reference: str
    conference: date
    coordinator: str
    children: list[Person]
    family: list[Person] = field(default_factory=list)
    local_authority: str | None = None


def parse_child(text: str) -> Person:
    """'Ella Hughes: neglect, emotional' -> the child and the categories of registration."""
    name, _, rest = text.rpartition(":")  # categories never hold a colon; a name might
    if not name.strip() or not rest.strip():
        raise UsageError(msg("--child '%(text)s': write the name, a colon and the categories of registration, "
                             "e.g. --child 'Ella Hughes: neglect, emotional' (%(categories)s)", text=text,
                             categories=_CATEGORY_LIST))
    try:
        categories = parse_categories(rest)
    except UsageError as error:
        raise UsageError(msg("--child '%(text)s': %(problem)s", text=text, problem=error.source)) from None
    return Person(_one_line(name, "--child"), categories)


def parse_categories(text: str) -> tuple[str, ...]:
    """'neglect, emotional' (or 'neglect + emotional') -> the categories of registration, checked."""
    categories = tuple(c.strip().lower() for c in re.split(r"[,+]", text) if c.strip())
    if not categories:
        raise UsageError(msg("write one or more categories of registration: %(categories)s",
                             categories=_CATEGORY_LIST))
    for category in categories:
        if category not in CATEGORIES:
            from coreplan.schema import suggestion

            raise UsageError(msg("'%(category)s' is not a category of registration: write %(categories)s%(close)s",
                                 category=category, categories=_CATEGORY_LIST,
                                 close=suggestion(category, CATEGORIES)))
    return categories


def parse_family(text: str) -> Person:
    """'Carys Hughes: mother' -> the family member and how they are related."""
    name, _, relationship = text.rpartition(":")
    if not name.strip() or not relationship.strip():
        raise UsageError(msg("--family '%(text)s': write the name, a colon and how they are related, "
                             "e.g. --family 'Carys Hughes: mother'", text=text))
    return Person(_one_line(name, "--family"), (_one_line(relationship, "--family"),))


def parse_conference(text: str, option: str | None = "--conference") -> date:
    """The conference's date, YYYY-MM-DD (a date written day first is refused, never guessed); option: where
    it came from (None: an answer to a question)."""
    if option is None and not text.strip():
        raise UsageError(msg("the date cannot be empty: write it as YYYY-MM-DD, e.g. 2026-09-14"))
    try:
        day = date.fromisoformat(text.strip())
        if not 1900 <= day.year <= 2199:
            raise ValueError
    except ValueError:
        if option is None:
            raise UsageError(msg("'%(text)s' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-14",
                                 text=text.strip())) from None
        raise UsageError(msg("%(option)s '%(text)s' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-14",
                             option=option, text=text.strip())) from None
    return day


def parse_words(text: str, option: str | Msg) -> str:
    """A reference or a name: one line, not empty; option: the command-line option, or what was asked for."""
    if not text.strip():
        raise UsageError(msg("%(what)s cannot be empty", what=option))
    return _one_line(text, option if isinstance(option, str) else None)


def ask_outline(reference: str | None, conference: str | None, coordinator: str | None, children: list[str],
                family: list[str], local_authority: str | None, ask=None, tell=None) -> Outline:
    """The outline from the options given; what is missing is asked for with `ask(question, default)` (None:
    off a terminal, so a missing detail is an error). A bad answer, an empty one too, is said with
    `tell(message)` (a catalog message) and asked again; a bad option is an error at once, since nobody is
    there to answer again."""
    missing = [option for option, value in (("--reference", reference), ("--conference", conference),
                                            ("--coordinator", coordinator), ("--child", children)) if not value]
    if missing and ask is None:
        raise UsageError(msg("give %(options)s (or run coreplan init on a terminal to be asked)",
                             options=", ".join(missing)))
    # every option first: a mistake on the command line is found before any question is asked
    given_reference = parse_words(reference, "--reference") if reference else None
    day = parse_conference(conference) if conference else None
    given_coordinator = parse_words(coordinator, "--coordinator") if coordinator else None
    kids = [parse_child(text) for text in children]
    adults = [parse_family(text) for text in family]
    authority = " ".join(local_authority.split()) if local_authority and local_authority.strip() else None

    def until_valid(question: str, parse, default: str | None = None):
        while True:
            answer = ask(question, default)
            try:
                return parse(answer)
            except UsageError as error:
                tell(msg("%(problem)s: try again", problem=error.source))

    if given_reference is None:
        given_reference = until_valid("Case reference",
                                      lambda text: parse_words(text, msg("the case reference")))
    if day is None:
        day = until_valid("Date of the initial conference (YYYY-MM-DD)", lambda text: parse_conference(text, None))
    if given_coordinator is None:
        given_coordinator = until_valid("Co-ordinating social worker's name",
                                        lambda text: parse_words(text, msg("the co-ordinator's name")))
    def child_name(text: str) -> str:
        if text.strip():
            return _one_line(text)
        if kids:
            return ""  # done
        raise UsageError(msg("a plan is for at least one child: write the first child's name"))

    if not kids:
        while True:
            name = until_valid(f"Child {len(kids) + 1}'s name (leave empty when done)", child_name, "")
            if not name:
                break
            categories = until_valid(f"Categories of registration for {name} ({', '.join(CATEGORIES)})",
                                     parse_categories)
            kids.append(Person(name, categories))
    if not family and ask is not None:
        while True:
            name = until_valid("Parent, carer or family member's name (leave empty when done)",
                               lambda text: _one_line(text) if text.strip() else "", "")
            if not name:
                break
            relationship = until_valid(f"How is {name} related to the children (mother, stepfather...)",
                                       lambda text: parse_words(text, msg("the relationship")))
            adults.append(Person(name, (relationship,)))
    return Outline(given_reference, day, given_coordinator, kids, adults, authority)


def _one_line(text: str, option: str | None = None) -> str:
    """A name as one line; option: the command-line option it came from (None: an answer to a question)."""
    text = " ".join(text.split())
    if not text or any(unicodedata.category(c).startswith("C") for c in text):
        if option:
            raise UsageError(msg("%(option)s: '%(text)s' is not a name coreplan can write: use letters and spaces",
                                 option=option, text=text))
        raise UsageError(msg("'%(text)s' is not a name coreplan can write: use letters and spaces", text=text))
    return text


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def assign_ids(names: list[str]) -> list[str]:
    """A short id for each person: the first name, or the full name (then a number) when two share it."""
    ids: list[str] = []
    for index, name in enumerate(names):
        first = _slug(name.split()[0]) if name.split() else ""
        candidates = [first, _slug(name)] if first else [_slug(name)]
        chosen = next((c for c in candidates if c and c not in ids), None)
        if chosen is None:
            base = _slug(name) or "person"
            number = 2
            while f"{base}-{number}" in ids:
                number += 1
            chosen = f"{base}-{number}"
        ids.append(chosen)
    return ids


def yaml_text(value: str) -> str:
    """A one-line value as YAML that reads back exactly as written, quoted only where it must be."""
    if _PLAIN.match(value) and value.lower() not in _YAML_WORDS and ": " not in value and " #" not in value \
            and not value.endswith((" ", ":")):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def case_text(outline: Outline, schema_ref: str) -> str:
    people = [outline.coordinator] + [c.name for c in outline.children] + [f.name for f in outline.family]
    ids = assign_ids(people)
    coordinator_id, child_ids, family_ids = ids[0], ids[1:1 + len(outline.children)], ids[1 + len(outline.children):]
    out = [f"# yaml-language-server: $schema={schema_ref}",
           "# The care and support protection plan, started by `coreplan init` from the conference's outline.",
           "# Fill it in with the core group; `coreplan check case.yaml` says what the guidance still asks for.",
           "# Dates are YYYY-MM-DD. Lines starting with '#' are notes: remove the '# ' to use a field.",
           f"reference: {yaml_text(outline.reference)}"]
    if outline.local_authority:
        out.append(f"local_authority: {yaml_text(outline.local_authority)}")
    out += ["# strategy_discussion: YYYY-MM-DD   # the last strategy discussion before the conference",
            f"conference: {outline.conference.isoformat()}",
            f"coordinator: {coordinator_id}",
            "",
            "# Each child is considered separately: their day now, their worries and wishes in their words.",
            "children:"]
    for child, child_id in zip(outline.children, child_ids):
        out += [f"  - id: {child_id}",
                f"    name: {yaml_text(child.name)}",
                f"    categories: [{', '.join(child.detail)}]",
                "    # born: YYYY-MM-DD",
                "    # takes_part: in-person   # or advocate, views-shared, too-young",
                f"    # lived_experience: what a day is like for {yaml_text(child.name.split()[0])} now",
                "    # worries: what worries them, in their own words where possible",
                "    # wishes_and_feelings: what they say they want",
                "    # good_enough: what their life will look like when they can come off the register"]
    out += ["",
            "# Parents, carers and other family members; add 'in_core_group: false' and a reason for anyone",
            "# who is not in the core group.",
            "family:" if outline.family else "family: []"]
    for person, person_id in zip(outline.family, family_ids):
        out += [f"  - id: {person_id}",
                f"    name: {yaml_text(person.name)}",
                f"    relationship: {yaml_text(person.detail[0])}",
                "    # views: their view of the concerns and the plan",
                "    # wants_to_change: what they want to see change",
                "    # strengths:",
                "    #   - what they do well",
                "    # readiness: ready   # or crisis, resilient",
                "    # motivation: their motivation and ability to change; past work with services"]
    out += ["",
            "# The practitioners in the core group; the co-ordinator first.",
            "members:",
            f"  - id: {coordinator_id}",
            f"    name: {yaml_text(outline.coordinator)}",
            "    role: social worker",
            "    # agency:",
            "    # contribution: what they will do, and how they will work with the family",
            "",
            "# One goal for each worry the conference identified, with its Steps to Change ladder:",
            "#   - id: mornings",
            "#     title: a short name for the goal",
            "#     concern: the worry identified at conference",
            "#     impact:",
            f"#       {child_ids[0]}: how this worry affects this child's day",
            "#     outcome: what the child's day will look like when the goal is met",
            "#     rationale: why these actions lead to that outcome",
            "#     ladder: [lowest rung, ..., the rung that is good enough, ...]",
            "#     good_enough: 3",
            "#     actions:",
            f"#       - who: {family_ids[0] if family_ids else coordinator_id}",
            "#         what: the behaviour that will change",
            "#         by: YYYY-MM-DD",
            "#         how_we_will_know: the change in the child's life that shows it worked",
            "goals: []",
            "",
            "# contact: how often, and how, the co-ordinator and others will see each child",
            "# contingency: what happens if the plan is not followed",
            "# meetings: core group meetings and review conferences, oldest first",
            "# visits: visits to the children by the co-ordinator",
            ""]
    return "\n".join(out)


TEAM_CONFIG = """\
# yaml-language-server: $schema={schema_ref}
# The team's coreplan settings: they apply to every case folder below this one.
# 'coreplan rules' lists every rule, and 'coreplan rules NAME' its options.
rules: {{}}
#  long-sentence: off              # switch a rule off
#  too-many-actions:
#    limit: 4                      # set a rule's option
#  unexplained-initials:
#    allowed: [YGM]                # initials your families know
# organisation: the authority's name, shown on rendered documents
# complaints: {{name: Complaints Officer, phone: ..., email: ...}}
# closure_days: [YYYY-MM-DD]       # the authority's own days off, besides bank holidays
"""


def schema_reference(folder: Path, which: str) -> str:
    """Where the editor finds the schema: the team's copy above the folder, else the installed one."""
    from coreplan.json_schema import SCHEMA_FILES, shipped_path

    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        team_copy = candidate / SCHEMA_FILES[which]
        if team_copy.is_file():
            return os.path.relpath(team_copy, folder).replace(os.sep, "/")
    return shipped_path(which).resolve().as_uri()


def new_case(folder: Path, outline: Outline) -> Path:
    """Write folder/case.yaml for the outline; refuses to replace anything."""
    from coreplan.load import load_case_text

    path = folder / CASE_FILE
    _refuse_existing(path)
    text = case_text(outline, schema_reference(folder, "case"))
    problems = load_case_text(text, path).problems
    if problems:  # a value that would read back differently: refuse rather than write a broken plan
        raise UsageError(msg("the outline cannot be written as a case file (%(problem)s); nothing was written",
                             problem=problems[0].message), file=str(path))
    write_new(path, text)
    return path


def new_team(folder: Path) -> list[Path]:
    """The starter .coreplan.yaml and the team's copies of the schemas; refuses to replace anything."""
    from coreplan.config import CONFIG_NAME
    from coreplan.json_schema import SCHEMA_FILES, dumps, generate

    files = {folder / CONFIG_NAME: TEAM_CONFIG.format(schema_ref=SCHEMA_FILES["config"])}
    for which, name in SCHEMA_FILES.items():
        files[folder / name] = dumps(generate(which))
    for path in files:
        _refuse_existing(path)
    for path, text in files.items():
        write_new(path, text)
    return list(files)


def _refuse_existing(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise UsageError(ALREADY_EXISTS, file=str(path))


def write_new(path: Path, text: str) -> None:
    """Write a file that must not exist yet, all at once, readable by its owner only (it is about a child)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".coreplan-init-")
    except OSError as error:
        raise UsageError(msg("cannot be written (%(reason)s): is the folder a file, or not yours to write in?",
                             reason=error.strerror or "input/output error"), file=str(path)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.link(temporary, path)  # fails if the file appeared meanwhile: never replaces it
    except FileExistsError:
        raise UsageError(ALREADY_EXISTS, file=str(path)) from None
    except OSError as error:
        raise UsageError(msg("cannot be written (%(reason)s)", reason=error.strerror or "input/output error"),
                         file=str(path)) from None
    finally:
        os.unlink(temporary)
