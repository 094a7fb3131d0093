"""Timescales (Wales Safeguarding Procedures; ../shared/brief/domain.md), on working days, against --today.

Every date comes from coreplan.schedule, the same computation `coreplan schedule`
prints, so a finding and the schedule never disagree.
"""

from __future__ import annotations

from functools import partial

from coreplan.messages import Said, msg, msg_n
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule
from coreplan.schedule import basis_in, calendar_for, schedule_case
from coreplan.text import first_name

FAMILY = N_("timescales")


def _items(case, ctx, kind):
    """The case's due items of one kind: the schedule is grouped by kind once per case, not once per rule."""
    items = schedule_case(case, ctx.settings, ctx.today, ctx.shared)
    grouped = ctx.shared.get("schedule by kind")
    if grouped is None or grouped[0] is not items:
        by_kind: dict[str, list] = {}
        for item in items:
            by_kind.setdefault(item.kind, []).append(item)
        grouped = ctx.shared["schedule by kind"] = (items, by_kind)  # only the latest case's, as schedule_case
    return grouped[1].get(kind, [])


def _late(item):
    if item.status == "overdue":
        return msg_n("was due on %(due)s and is %(n)s working day overdue",
                     "was due on %(due)s and is %(n)s working days overdue", item.working_days, due=item.due)
    return msg_n("was due on %(due)s but happened on %(done)s, %(n)s working day late",
                 "was due on %(due)s but happened on %(done)s, %(n)s working days late", item.working_days,
                 due=item.due, done=item.done)


def _basis(item) -> Said:
    return Said(partial(basis_in, item))


def late_conference(case, ctx):
    if case.strategy_discussion is None:
        return
    profile = ctx.settings.procedures[case.procedures]
    calendar = calendar_for(case, ctx.settings, ctx.shared)
    n = profile.conference_within_working_days
    due = calendar.add_working_days(case.strategy_discussion, n)
    if case.conference > due:
        late = calendar.working_days_late(due, case.conference)
        yield Hit(case.at("conference"), msg_n(
            "the initial conference was %(n)s working day later than %(within)s working days after the strategy "
            "discussion on %(discussion)s (due by %(due)s): record why in the conference notes",
            "the initial conference was %(n)s working days later than %(within)s working days after the strategy "
            "discussion on %(discussion)s (due by %(due)s): record why in the conference notes",
            late, within=n, discussion=case.strategy_discussion, due=due))


def late_first_core_group(case, ctx):
    for item in _items(case, ctx, "first-core-group"):
        if item.late:
            yield Hit(item.where, msg("the first core group %(late)s: it must meet within %(within)s working days of "
                                      "the conference", late=_late(item), within=ctx.settings.procedures[
                                          case.procedures].first_core_group_within_working_days))


def core_group_gap(case, ctx):
    for item in _items(case, ctx, "core-group"):
        if item.late:
            yield Hit(item.where, msg("the next core group (%(basis)s) %(late)s: core groups meet at least every six "
                                      "weeks, more often if needed", basis=_basis(item), late=_late(item)))


def too_few_core_groups(case, ctx):
    reviews = sorted((m for m in case.meetings if m.type == "review-conference" and m.date > case.conference),
                     key=lambda m: m.date)
    if not reviews:
        return
    needed = ctx.settings.procedures[case.procedures].core_groups_before_first_review
    before = [m for m in case.core_group_meetings() if case.conference <= m.date < reviews[0].date]
    if len(before) < needed:
        yield Hit(reviews[0].at("date"), msg_n(
            "only %(n)s core group meeting before the first review conference on %(review)s: there should be at "
            "least %(needed)s",
            "only %(n)s core group meetings before the first review conference on %(review)s: there should be at "
            "least %(needed)s", len(before), review=reviews[0].date, needed=needed))


def late_review(case, ctx):
    for item in _items(case, ctx, "review-conference"):
        if item.late:
            yield Hit(item.where, msg("the review conference (%(basis)s) %(late)s", basis=_basis(item),
                                      late=_late(item)))


def overdue_action(case, ctx):
    for item in _items(case, ctx, "action"):
        if item.status == "overdue":
            yield Hit(item.where, msg("'%(what)s' was due by %(due)s and is not done: record 'done' with its date, "
                                      "or agree a new date at the core group and say why", what=item.what,
                                      due=item.due))


def overdue_assessment(case, ctx):
    for item in _items(case, ctx, "assessment"):
        if item.status == "overdue":
            yield Hit(item.where, msg("'%(what)s' was due by %(due)s and is not done: record 'done' with its date, "
                                      "or ask the person who commissioned it for a new date", what=item.what,
                                      due=item.due))


def _visit_rule(kind, duty):
    def check(case, ctx):
        for item in _items(case, ctx, kind):
            if item.late:
                name = first_name(case.child_by_id[item.child].name)
                yield Hit(item.where, duty(name, _late(item), _basis(item)))
    return check


def _not_seen_alone(name, late, basis):
    return msg("%(name)s not seen alone: %(late)s (%(basis)s)", name=name, late=late, basis=basis)


def _not_seen_at_home(name, late, basis):
    return msg("%(name)s not seen at home: %(late)s (%(basis)s)", name=name, late=late, basis=basis)


def bedroom_not_seen(case, ctx):
    for item in _items(case, ctx, "bedroom"):
        if item.status == "overdue":
            name = first_name(case.child_by_id[item.child].name)
            yield Hit(item.where, msg("%(name)s's bedroom has not been seen %(basis)s: it must be seen at least once "
                                      "between review conferences (record 'bedroom_seen: true' on the visit)",
                                      name=name, basis=_basis(item)))


RULES = (
    Rule("late-conference", "warning", N_("the initial conference was more than 15 working days after the strategy "
         "discussion"), FAMILY, late_conference),
    Rule("late-first-core-group", "error", N_("the first core group was (or, by today, will be) later than 10 "
         "working days after the conference"), FAMILY, late_first_core_group),
    Rule("core-group-gap", "error", N_("more than six weeks between core group meetings, or since the last one"),
         FAMILY, core_group_gap),
    Rule("too-few-core-groups", "warning", N_("fewer than two core groups before the first review conference"),
         FAMILY, too_few_core_groups),
    Rule("late-review", "error", N_("a review conference later than its due date (3 months, then 6 months)"),
         FAMILY, late_review),
    Rule("overdue-action", "warning", N_("an action's date has passed and it is not done"), FAMILY, overdue_action),
    Rule("overdue-assessment", "warning", N_("an assessment's date has passed and it is not done"), FAMILY,
         overdue_assessment),
    Rule("child-not-seen-alone", "error", N_("a child not seen alone within 10 working days"), FAMILY,
         _visit_rule("visit-alone", _not_seen_alone)),
    Rule("child-not-seen-at-home", "warning", N_("a child not seen at home within 4 weeks"), FAMILY,
         _visit_rule("visit-home", _not_seen_at_home)),
    Rule("bedroom-not-seen", "warning", N_("a child's bedroom not seen since the last review conference (once one "
         "is due)"), FAMILY, bedroom_not_seen),
)
