"""Parents and carers (seeds 000, 001 and 004): each one considered, strengths recorded, not set up to fail."""

from __future__ import annotations

import re

from coreplan import patterns
from coreplan.messages import Either, msg, msg_n
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options
from coreplan.text import first_name

FAMILY = N_("parents and carers")

# Relationships that make someone a parent or carer of the children, whether or not they live with them.
PARENT_WORDS = patterns.compile(
    r"\b(mother|mum|mam|mom|father|dad|tad|mam|parent|step-?(mother|father|mum|dad|parent)|carer|"
    r"guardian|foster|partner|adoptive|kinship|special guardian)\b", re.IGNORECASE)

_CONSIDERED = (("views", msg("views")), ("strengths", msg("strengths")), ("readiness", msg("readiness for change")),
               ("motivation", msg("motivation and past engagement")))


def is_parent_or_carer(person) -> bool:
    return bool(PARENT_WORDS.search(person.relationship or ""))


def parent_not_considered(case, ctx):
    for person in case.family:
        if not is_parent_or_carer(person):
            continue
        missing = [label for field, label in _CONSIDERED if not getattr(person, field)]
        if missing:
            if person.lives_with_children:
                text = msg("%(name)s has no %(missing)s recorded: the plan must consider every parent and carer, "
                           "including one who lives apart", name=first_name(person.name), missing=Either(missing))
            else:
                text = msg("%(name)s (who lives apart from the children) has no %(missing)s recorded: the plan "
                           "must consider every parent and carer, including one who lives apart",
                           name=first_name(person.name), missing=Either(missing))
            yield Hit(person.at("id"), text)


def missing_strengths(case, ctx):
    if case.family and not any(person.strengths for person in case.family):
        yield Hit(case.key_at("family"), msg("no family member has any strength recorded: write what each "
                                             "parent does well, so the plan can build on it"))


def too_many_actions(case, ctx):
    limit = ctx.options["limit"]
    open_actions: dict[str, list] = {}
    for goal in case.goals:
        for action in goal.actions:
            if action.done is None:
                open_actions.setdefault(action.who, []).append(action)
    for who, actions in open_actions.items():
        if who not in {p.id for p in case.family}:
            continue
        if len(actions) > limit:
            name = first_name(case.name_of(who))
            yield Hit(actions[limit].pos, msg_n("%(name)s has %(n)s open action at once (more than %(limit)s): "
                                                "choose the few that matter most now, so %(name)s is not set up "
                                                "to fail",
                                                "%(name)s has %(n)s open actions at once (more than %(limit)s): "
                                                "choose the few that matter most now, so %(name)s is not set up "
                                                "to fail", len(actions), name=name, limit=limit))


def excluded_without_reason(case, ctx):
    for person in case.family:
        if not person.in_core_group and not person.not_in_core_group_because:
            yield Hit(person.at("in_core_group"), msg("%(name)s is not in the core group and no reason is given: "
                                                      "add 'not_in_core_group_because' (the reason is discussed "
                                                      "with them before the first meeting)",
                                                      name=first_name(person.name)))


RULES = (
    Rule("parent-not-considered", "warning", N_("a parent or carer (including one who lives apart) has no views, "
         "strengths, readiness or motivation recorded"), FAMILY, parent_not_considered),
    Rule("missing-strengths", "warning", N_("no family member has any strength recorded"), FAMILY, missing_strengths),
    Rule("too-many-actions", "warning", N_("one family member has more open actions at once than the limit"),
         FAMILY, too_many_actions, options(limit=5)),
    Rule("excluded-without-reason", "error", N_("a family member is not in the core group and no reason is given"),
         FAMILY, excluded_without_reason),
)
