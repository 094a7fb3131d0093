"""The case: the contract of ../shared/brief/case-format.md as typed records.

Each field names its kind (coreplan.schema) and whether it is required; the
loader reads any record generically from that. Every record remembers where it
was written (`pos`) and where each of its values was (`at(...)`), so a rule can
point at the exact line. Field names are a fixed contract: add optional
fields, never rename one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from coreplan.i18n import N_
from coreplan.messages import msg
from coreplan.schema import (Bool, Choice, Date, Either, Id, Int, ListOf, MapOf, Record as RecordKind,
                             Ref, Str, Text, TextSpot)
from coreplan.yamlread import Pos

CATEGORIES = ("physical", "emotional", "sexual", "financial", "neglect")
TAKES_PART = ("in-person", "advocate", "views-shared", "too-young")
READINESS = ("crisis", "ready", "resilient")
MEETING_TYPES = ("core-group", "review-conference")
PROCEDURES = ("wales", "england")
LANGUAGES = ("en", "cy", "en+cy")
PEOPLE = ("members", "family")
# Far past any family's plan (a large sibling group is eight or nine children; a core group a dozen people).
# A longer list is refused with a clear error, so a wrong or crafted file cannot make every rule compare
# thousands of records with each other.
MAX_CHILDREN = 50
MAX_RECORDS = 100  # family members, core group members, goals


def required(kind, hint: str | None = None):
    return field(default=None, metadata={"kind": kind, "required": True, "hint": hint})


def optional(kind, default: Any = None, hint: str | None = None, prose: bool = False):
    # prose: words a practitioner wrote that the language rules leave alone (a venue), but that a document in
    # another language marks with the language they are written in (coreplan.welsh_forms)
    meta = {"kind": kind, "required": False, "hint": hint, "prose": prose}
    if isinstance(kind, ListOf):
        return field(default_factory=list, metadata=meta)
    if isinstance(kind, MapOf):
        return field(default_factory=dict, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(kw_only=True)
class Record:
    """Where a record and each of its values were written."""

    LABEL = N_("record")
    pos: Pos = field(default=Pos(1, 1), repr=False, compare=False)
    spots: dict = field(default_factory=dict, repr=False, compare=False)

    def at(self, name: str, key: Any = None) -> Pos:
        """Position of a field's value (or of one item or key of it), else of the record."""
        if key is not None and (name, key) in self.spots:
            return self.spots[(name, key)]
        return self.spots.get((name,)) or self.spots.get(("key", name)) or self.pos

    def key_at(self, name: str, key: Any = None) -> Pos:
        """Position of a field's key (or of a key inside a mapping field)."""
        if key is not None:
            return self.spots.get(("key", name, key)) or self.at(name, key)
        return self.spots.get(("key", name)) or self.pos


@dataclass
class Child(Record):
    """A child on the register, as the case file describes them."""

    LABEL = N_("child")
    id: str = required(Id())
    name: str = required(Str())
    known_as: list[str] = optional(ListOf(Str()))  # other names they go by, taken out by --redact
    born: date | None = optional(Date())
    categories: list[str] = required(ListOf(Choice(*CATEGORIES), min_items=1),
                                     hint=msg("add the categories of registration: %(categories)s",
                                                              categories=", ".join(CATEGORIES)))
    lived_experience: str | None = optional(Text())
    worries: str | None = optional(Text())
    wishes_and_feelings: str | None = optional(Text())
    good_enough: str | None = optional(Text())
    takes_part: str | None = optional(Choice(*TAKES_PART))

    def age_on(self, day: date) -> int | None:
        if self.born is None:
            return None
        years = day.year - self.born.year - ((day.month, day.day) < (self.born.month, self.born.day))
        return years


@dataclass
class FamilyMember(Record):
    """A parent, carer or relative of the children."""

    LABEL = N_("family member")
    id: str = required(Id())
    name: str = required(Str())
    known_as: list[str] = optional(ListOf(Str()))  # other names they go by, taken out by --redact
    relationship: str = required(Str(), hint=msg("say how they are related, e.g. mother, stepfather, grandmother"))
    relationship_cy: str | None = optional(Str())  # the relationship in Welsh, for Welsh documents ("mam")
    lives_with_children: bool = optional(Bool(), default=True)
    in_core_group: bool = optional(Bool(), default=True)
    not_in_core_group_because: str | None = optional(Text())
    views: str | None = optional(Text())
    wants_to_change: str | None = optional(Text())
    strengths: list[str] = optional(ListOf(Text()))
    readiness: str | None = optional(Choice(*READINESS))
    motivation: str | None = optional(Text())
    phone: str | None = optional(Str())


@dataclass
class Member(Record):
    """A member of the core group: a practitioner and their role."""

    LABEL = N_("core group member")
    id: str = required(Id())
    name: str = required(Str())
    known_as: list[str] = optional(ListOf(Str()))  # other names they go by, taken out by --redact
    role: str = required(Str(), hint=msg("give their role, e.g. social worker, health visitor, teacher"))
    role_cy: str | None = optional(Str())  # the role in Welsh, for Welsh documents ("gweithiwr cymdeithasol")
    agency: str | None = optional(Str())
    agency_cy: str | None = optional(Str())  # the agency's Welsh name
    email: str | None = optional(Str())
    phone: str | None = optional(Str())
    contribution: str | None = optional(Text())


@dataclass
class Action(Record):
    """An action of a goal: who does what, by when."""

    LABEL = N_("action")
    who: str = required(Ref(*PEOPLE), hint=msg("say who will do it (the id of a member or family member)"))
    what: str = required(Text())
    by: date = required(Date(), hint=msg("give the date it is due, YYYY-MM-DD"))
    how_we_will_know: str | None = optional(Text())
    done: date | None = optional(Date())


@dataclass
class Goal(Record):
    """A goal of the plan: the outcome for a child and the actions towards it."""

    LABEL = N_("goal")
    id: str = required(Id())
    title: str = required(Text())
    priority: int | None = optional(Int(minimum=1))
    concern: str = required(Text())
    impact: dict[str, str] = required(MapOf(Ref("children"), Text()),
                                      hint=msg("say, for each child, how the concern affects their day"))
    outcome: str = required(Text())
    rationale: str | None = optional(Text())
    ladder: list[str] = required(ListOf(Text(), min_items=1),
                                 hint=msg("write the Steps to Change, lowest rung first"))
    good_enough: int = required(Int(minimum=1), hint=msg("give the rung (counting from 1) that is good enough"))
    actions: list[Action] = optional(ListOf(RecordKind(Action)))


@dataclass
class Assessment(Record):
    """An assessment the core group commissions, and when it is due."""

    LABEL = N_("assessment")
    what: str = required(Text())
    commissioned_by: str = required(Ref("members"), hint=msg("give the id of the member who commissions it"))
    by: date | None = optional(Date())
    done: date | None = optional(Date())


@dataclass
class Meeting(Record):
    """A core group meeting or a review conference, and what it agreed."""

    LABEL = N_("meeting")
    date: date = required(Date())
    type: str = required(Choice(*MEETING_TYPES))
    venue: str | None = optional(Str(), prose=True)
    venue_agreed_with_family: bool | None = optional(Bool())
    chair: str | None = optional(Ref(*PEOPLE))
    minutes_by: str | None = optional(Ref(*PEOPLE))
    present: list[str] = optional(ListOf(Ref("members", "family", "children")))
    apologies: list[str] = optional(ListOf(Ref("members", "family", "children")))
    ladder: dict[str, Any] = optional(MapOf(Ref("goals"), Either(Int(minimum=1), MapOf(Id(), Int(minimum=1)))))
    notes: str | None = optional(Text())
    agreed: list[str] = optional(ListOf(Text()))


@dataclass
class Visit(Record):
    """A statutory visit to a child."""

    LABEL = N_("visit")
    date: date = required(Date())
    child: str = required(Ref("children"))
    by: str | None = optional(Ref("members"))
    alone: bool | None = optional(Bool())
    at_home: bool | None = optional(Bool())
    bedroom_seen: bool | None = optional(Bool())


@dataclass
class Case(Record):
    """A family's case file (case.yaml): the children, the plan and its history."""

    LABEL = N_("case")
    reference: str = required(Str(), hint=msg("give the local authority's case reference"))
    local_authority: str | None = optional(Str())
    local_authority_cy: str | None = optional(Str())  # the authority's Welsh name, for Welsh documents
    procedures: str = optional(Choice(*PROCEDURES), default="wales")
    language: str = optional(Choice(*LANGUAGES), default="en")
    # the language practitioners wrote this case's prose in: a document in the other language marks it
    written_in: str = optional(Choice("en", "cy"), default="en")
    strategy_discussion: date | None = optional(Date())
    conference: date = required(Date(), hint=msg("give the date of the initial child protection conference"))
    coordinator: str = required(Ref("members"), hint=msg("give the id of the member who co-ordinates the plan"))
    deregistered: date | None = optional(Date())
    # optional additions to the contract: when the outline plan and the conference record were sent out
    outline_plan_sent: date | None = optional(Date())
    conference_record_sent: date | None = optional(Date())
    children: list[Child] = required(ListOf(RecordKind(Child), min_items=1, max_items=MAX_CHILDREN))
    family: list[FamilyMember] = required(ListOf(RecordKind(FamilyMember), max_items=MAX_RECORDS))
    members: list[Member] = required(ListOf(RecordKind(Member), max_items=MAX_RECORDS))
    goals: list[Goal] = required(ListOf(RecordKind(Goal), max_items=MAX_RECORDS))
    assessments: list[Assessment] = optional(ListOf(RecordKind(Assessment)))
    contact: str | None = optional(Text())
    contingency: str | None = optional(Text())
    glossary: dict[str, str] = optional(MapOf(Str(), Str()))
    meetings: list[Meeting] = optional(ListOf(RecordKind(Meeting)))
    visits: list[Visit] = optional(ListOf(RecordKind(Visit)))

    # filled in by the loader
    file: Path = field(default=Path("case.yaml"), repr=False, compare=False)
    texts: list[TextSpot] = field(default_factory=list, repr=False, compare=False)
    lines: list[str] = field(default_factory=list, repr=False, compare=False)

    @cached_property
    def child_by_id(self) -> dict[str, Child]:
        return {child.id: child for child in self.children}

    @cached_property
    def person_by_id(self) -> dict[str, Record]:
        """Every id a meeting or an action may name: members, family and children."""
        people: dict[str, Record] = {}
        for group in (self.children, self.family, self.members):
            for person in group:
                people.setdefault(person.id, person)
        return people

    def name_of(self, person_id: str) -> str:
        person = self.person_by_id.get(person_id)
        return getattr(person, "name", person_id)

    def core_group_meetings(self) -> list[Meeting]:
        return [m for m in self.meetings if m.type == "core-group"]

    def locate(self, start: Pos, needle: str, before: str = "") -> Pos:
        """Where needle is written, searching from a text's start (a folded text spans several lines).

        before: the text's words before this use of needle, so that a later use is found, not the first
        one ('the child protection conference' after 'a happy child' is not at 'child' of 'happy child').
        """
        first = needle.split()[0] if needle.split() else needle
        # the word whole (the initials 'CIN' are not at 'cinema', nor 'engage' at 'engagement'); then, should a
        # rule's idea of a word end inside one of \w's (a letter outside its alphabet), its start alone
        whole = rf"(?<!\w){re.escape(first)}(?!\w)"
        for pattern in (re.compile(whole, re.IGNORECASE), re.compile(rf"(?<!\w){re.escape(first)}", re.IGNORECASE)):
            skip = len(pattern.findall(before)) if before else 0
            for offset, line in enumerate(self.lines[start.line - 1: start.line + 199]):
                for match in pattern.finditer(line, start.column - 1 if offset == 0 else 0):
                    if not skip:
                        return Pos(start.line + offset, match.start() + 1)
                    skip -= 1
        return start
