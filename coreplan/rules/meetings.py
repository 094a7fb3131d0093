"""Membership and meetings (seeds 001, 002 and 003): a small group, a venue the family chose, shared tasks."""

from __future__ import annotations

from coreplan.messages import msg
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options
from coreplan.text import first_name

FAMILY = N_("membership and meetings")


def core_group_size(case) -> int:
    family = sum(1 for person in case.family if person.in_core_group)
    children = sum(1 for child in case.children if child.takes_part in ("in-person", "advocate"))
    return len(case.members) + family + children


def core_group_too_large(case, ctx):
    limit = ctx.options["limit"]
    size = core_group_size(case)
    if size > limit:
        yield Hit(case.key_at("members"), msg("the core group has %(size)s people (more than %(limit)s): a small "
                                              "group works best; ask whether each practitioner needs to be a "
                                              "member or can report to one", size=size, limit=limit))


def venue_not_agreed(case, ctx):
    for meeting in case.core_group_meetings():
        if not meeting.venue_agreed_with_family:
            where = meeting.at("venue") if meeting.venue else meeting.pos
            yield Hit(where, msg("the venue of the meeting of %(date)s was not agreed with the family: ask them "
                                 "where they can get to easily and feel comfortable, and record "
                                 "'venue_agreed_with_family: true'", date=meeting.date))


def chairing_not_shared(case, ctx):
    meetings = sorted(case.core_group_meetings(), key=lambda m: m.date)
    if len(meetings) < ctx.options["after_meetings"]:
        return
    said = {"chair": lambda person, n: msg("%(person)s has chaired every one of the %(n)s core group meetings: "
                                           "share chairing and minute-taking among the members", person=person, n=n),
            "minutes_by": lambda person, n: msg("%(person)s has taken the minutes at every one of the %(n)s core "
                                                "group meetings: share chairing and minute-taking among the "
                                                "members", person=person, n=n)}
    for field, message in said.items():
        people = {getattr(m, field) for m in meetings}
        if len(people) == 1 and None not in people:
            person = first_name(case.name_of(people.pop()))
            yield Hit(meetings[-1].at(field), message(person, len(meetings)))


RULES = (
    Rule("core-group-too-large", "info", N_("more people in the core group than the limit (six)"), FAMILY,
         core_group_too_large, options(limit=6)),
    Rule("venue-not-agreed", "info", N_("a core group meeting's venue was not agreed with the family"), FAMILY,
         venue_not_agreed),
    Rule("chairing-not-shared", "info", N_("one person has chaired (or minuted) every core group meeting"), FAMILY,
         chairing_not_shared, options(after_meetings=3)),
)
