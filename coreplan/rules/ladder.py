"""The Steps to Change ladder (seed 003): enough rungs, a real 'good enough' rung, progress at every meeting."""

from __future__ import annotations

from coreplan.messages import msg, msg_n
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options

FAMILY = N_("the ladder")


def ladder_too_short(case, ctx):
    minimum = ctx.options["minimum"]
    for goal in case.goals:
        if len(goal.ladder) < minimum:
            yield Hit(goal.key_at("ladder"), msg_n("the ladder of '%(goal)s' has %(n)s rung: write at least "
                                                   "%(minimum)s steps, from how things are now up to 'good enough', "
                                                   "so small progress can be seen",
                                                   "the ladder of '%(goal)s' has %(n)s rungs: write at least "
                                                   "%(minimum)s steps, from how things are now up to 'good enough', "
                                                   "so small progress can be seen",
                                                   len(goal.ladder), goal=goal.id, minimum=minimum))


def good_enough_out_of_range(case, ctx):
    for goal in case.goals:
        if not 1 <= goal.good_enough <= len(goal.ladder):
            yield Hit(goal.at("good_enough"), msg_n("'good_enough' is %(good_enough)s but the ladder of '%(goal)s' "
                                                    "has %(n)s rung: give the number of the rung (1 to %(n)s) that "
                                                    "is good enough",
                                                    "'good_enough' is %(good_enough)s but the ladder of '%(goal)s' "
                                                    "has %(n)s rungs: give the number of the rung (1 to %(n)s) that "
                                                    "is good enough", len(goal.ladder),
                                                    good_enough=goal.good_enough, goal=goal.id))


def progress_not_recorded(case, ctx):
    core_groups = case.core_group_meetings()
    if not core_groups:
        return
    latest = max(core_groups, key=lambda m: m.date)
    for goal in case.goals:
        if goal.id not in latest.ladder:
            yield Hit(latest.key_at("ladder"), msg("the core group of %(date)s did not record where '%(goal)s' "
                                                   "stands on its ladder: add it to the meeting's 'ladder' (a view "
                                                   "each, if the family and the practitioners see it differently)",
                                                   date=latest.date, goal=goal.id))


RULES = (
    Rule("ladder-too-short", "warning", N_("a ladder has fewer rungs than the limit"), FAMILY, ladder_too_short,
         options(minimum=3)),
    Rule("good-enough-out-of-range", "error", N_("'good_enough' is not a rung of the ladder"), FAMILY,
         good_enough_out_of_range),
    Rule("progress-not-recorded", "warning", N_("the latest core group did not record where a goal stands"), FAMILY,
         progress_not_recorded),
)
