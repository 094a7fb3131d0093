"""Timescales (Wales Safeguarding Procedures; ../shared/brief/domain.md), on working days, against --today.

Every date comes from coreplan.schedule, the same computation `coreplan schedule`
prints, so a finding and the schedule never disagree.
"""

from __future__ import annotations

from coreplan.rules.base import Hit, Rule
from coreplan.schedule import calendar_for, long_date, schedule_case
from coreplan.text import first_name

FAMILY = "timescales"


def _items(case, ctx, kind):
    return [item for item in schedule_case(case, ctx.settings, ctx.today, ctx.shared) if item.kind == kind]


def _late(item) -> str:
    if item.status == "overdue":
        return f"was due on {long_date(item.due)} and is {item.working_days} working days overdue"
    return f"was due on {long_date(item.due)} but happened on {long_date(item.done)}, {item.working_days} " \
           f"working days late"


def late_conference(case, ctx):
    if case.strategy_discussion is None:
        return
    profile = ctx.settings.procedures[case.procedures]
    calendar = calendar_for(case, ctx.settings, ctx.shared)
    n = profile.conference_within_working_days
    due = calendar.add_working_days(case.strategy_discussion, n)
    if case.conference > due:
        late = calendar.working_days_between(due, case.conference)
        yield Hit(case.at("conference"), f"the initial conference was {late} working days later than {n} working "
                  f"days after the strategy discussion on {long_date(case.strategy_discussion)} (due by "
                  f"{long_date(due)}): record why in the conference notes")


def late_first_core_group(case, ctx):
    for item in _items(case, ctx, "first-core-group"):
        if item.late:
            yield Hit(item.where, f"the first core group {_late(item)}: it must meet within "
                      f"{ctx.settings.procedures[case.procedures].first_core_group_within_working_days} working "
                      "days of the conference")


def core_group_gap(case, ctx):
    for item in _items(case, ctx, "core-group"):
        if item.late:
            yield Hit(item.where, f"the next core group ({item.basis}) {_late(item)}: core groups meet at least "
                      "every six weeks, more often if needed")


def too_few_core_groups(case, ctx):
    reviews = sorted((m for m in case.meetings if m.type == "review-conference" and m.date > case.conference),
                     key=lambda m: m.date)
    if not reviews:
        return
    needed = ctx.settings.procedures[case.procedures].core_groups_before_first_review
    before = [m for m in case.core_group_meetings() if case.conference <= m.date < reviews[0].date]
    if len(before) < needed:
        yield Hit(reviews[0].at("date"), f"only {len(before)} core group meeting{'s' if len(before) != 1 else ''} "
                  f"before the first review conference on {long_date(reviews[0].date)}: there should be at least "
                  f"{needed}")


def late_review(case, ctx):
    for item in _items(case, ctx, "review-conference"):
        if item.late:
            yield Hit(item.where, f"the review conference ({item.basis}) {_late(item)}")


def overdue_action(case, ctx):
    for item in _items(case, ctx, "action"):
        if item.status == "overdue":
            yield Hit(item.where, f"'{item.what}' was due by {long_date(item.due)} and is not done: record "
                      "'done' with its date, or agree a new date at the core group and say why")


def overdue_assessment(case, ctx):
    for item in _items(case, ctx, "assessment"):
        if item.status == "overdue":
            yield Hit(item.where, f"'{item.what}' was due by {long_date(item.due)} and is not done: record "
                      "'done' with its date, or ask the person who commissioned it for a new date")


def _visit_rule(kind, duty):
    def check(case, ctx):
        for item in _items(case, ctx, kind):
            if item.late:
                name = first_name(case.child_by_id[item.child].name)
                yield Hit(item.where, f"{name} {duty} {_late(item)} ({item.basis})")
    return check


def bedroom_not_seen(case, ctx):
    for item in _items(case, ctx, "bedroom"):
        if item.status == "overdue":
            name = first_name(case.child_by_id[item.child].name)
            yield Hit(item.where, f"{name}'s bedroom has not been seen {item.basis}: it must be seen at least "
                      "once between review conferences (record 'bedroom_seen: true' on the visit)")


RULES = (
    Rule("late-conference", "warning", "the initial conference was more than 15 working days after the strategy "
         "discussion", FAMILY, late_conference),
    Rule("late-first-core-group", "error", "the first core group was (or, by today, will be) later than 10 "
         "working days after the conference", FAMILY, late_first_core_group),
    Rule("core-group-gap", "error", "more than six weeks between core group meetings, or since the last one",
         FAMILY, core_group_gap),
    Rule("too-few-core-groups", "warning", "fewer than two core groups before the first review conference",
         FAMILY, too_few_core_groups),
    Rule("late-review", "error", "a review conference later than its due date (3 months, then 6 months)",
         FAMILY, late_review),
    Rule("overdue-action", "warning", "an action's date has passed and it is not done", FAMILY, overdue_action),
    Rule("overdue-assessment", "warning", "an assessment's date has passed and it is not done", FAMILY,
         overdue_assessment),
    Rule("child-not-seen-alone", "error", "a child not seen alone within 10 working days", FAMILY,
         _visit_rule("visit-alone", "not seen alone:")),
    Rule("child-not-seen-at-home", "warning", "a child not seen at home within 4 weeks", FAMILY,
         _visit_rule("visit-home", "not seen at home:")),
    Rule("bedroom-not-seen", "warning", "a child's bedroom not seen since the last review conference (once one "
         "is due)", FAMILY, bedroom_not_seen),
)
