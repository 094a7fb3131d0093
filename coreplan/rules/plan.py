"""The plan itself (seeds 001 and 004): rationale, contingency, contact, everyone's part, assessments."""

from __future__ import annotations

import re

from coreplan import patterns
from coreplan.messages import msg, msg_n
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options
from coreplan.text import first_name

FAMILY = N_("the plan itself")

HOW_OFTEN = patterns.compile(r"\b(every|each|daily|weekly|fortnight(ly)?|monthly|once|twice|three times|times a|"
                             r"a week|a month|per week|per month|at least)\b"
                             # Welsh: 'bob pythefnos', 'unwaith yr wythnos', 'ddwywaith y mis', 'yn wythnosol', 'o leiaf'
                             r"|\b(bob|pob|wythnosol|misol|dyddiol|unwaith|ddwywaith|dwywaith|deirgwaith|teirgwaith|"
                             r"o\s+leiaf|yr\s+wythnos|y\s+mis|y\s+pythefnos)\b", re.IGNORECASE)


def missing_rationale(case, ctx):
    for goal in case.goals:
        if not goal.rationale:
            yield Hit(goal.at("id"), msg("goal '%(goal)s' has no rationale: explain why these actions will lead "
                                         "to the outcome, so the family understands why they are asked to change",
                                         goal=goal.id))


def missing_contingency(case, ctx):
    if not case.contingency:
        yield Hit(case.key_at("contingency"), msg("the plan has no contingency: add 'contingency', saying what "
                                                  "will happen if the plan is not followed"))


def missing_contact_arrangements(case, ctx):
    if not case.contact:
        yield Hit(case.key_at("contact"), msg("the plan does not say how often the children will be seen: add "
                                              "'contact', e.g. 'Siân visits every two weeks and sees each child "
                                              "on their own'"))
    elif not HOW_OFTEN.search(case.contact):
        yield Hit(case.at("contact"), msg("'contact' does not say how often the children will be seen: add how "
                                          "often, e.g. 'every two weeks'"))


def member_without_contribution(case, ctx):
    for member in case.members:
        if not member.contribution:
            yield Hit(member.at("id"), msg("%(name)s (%(role)s) has no contribution: say what %(name)s will do "
                                           "and how they will work with the family", name=first_name(member.name),
                                           role=member.role))


def assessment_without_date(case, ctx):
    for assessment in case.assessments:
        if assessment.by is None and assessment.done is None:
            yield Hit(assessment.pos, msg("this assessment has no date: add 'by', the date it should be finished"))


def too_many_goals(case, ctx):
    limit = ctx.options["limit"]
    if len(case.goals) > limit:
        yield Hit(case.goals[limit].pos, msg_n("the plan has %(n)s outcome goal (more than %(limit)s): keep the "
                                               "goals for the priority risks, so the family can see what matters "
                                               "most",
                                               "the plan has %(n)s outcome goals (more than %(limit)s): keep the "
                                               "goals for the priority risks, so the family can see what matters "
                                               "most", len(case.goals), limit=limit))


RULES = (
    Rule("missing-rationale", "warning", N_("a goal has no rationale"), FAMILY, missing_rationale),
    Rule("missing-contingency", "error", N_("the plan has no contingency arrangements"), FAMILY, missing_contingency),
    Rule("missing-contact-arrangements", "warning", N_("the plan does not say how often the children will be seen"),
         FAMILY, missing_contact_arrangements),
    Rule("member-without-contribution", "warning", N_("a practitioner has no stated contribution"), FAMILY,
         member_without_contribution),
    Rule("assessment-without-date", "warning", N_("an assessment has no date"), FAMILY, assessment_without_date),
    Rule("too-many-goals", "info", N_("more outcome goals than the limit"), FAMILY, too_many_goals, options(limit=5)),
)
