"""The Steps to Change ladder (seed 003): enough rungs, a real 'good enough' rung, progress at every meeting."""

from __future__ import annotations

from coreplan.rules.base import Hit, Rule, options

FAMILY = "the ladder"


def ladder_too_short(case, ctx):
    minimum = ctx.options["minimum"]
    for goal in case.goals:
        if len(goal.ladder) < minimum:
            yield Hit(goal.key_at("ladder"), f"the ladder of '{goal.id}' has {len(goal.ladder)} rung"
                      f"{'s' if len(goal.ladder) != 1 else ''}: write at least {minimum} steps, from how things "
                      "are now up to 'good enough', so small progress can be seen")


def good_enough_out_of_range(case, ctx):
    for goal in case.goals:
        if not 1 <= goal.good_enough <= len(goal.ladder):
            yield Hit(goal.at("good_enough"), f"'good_enough' is {goal.good_enough} but the ladder of '{goal.id}' "
                      f"has {len(goal.ladder)} rungs: give the number of the rung (1 to {len(goal.ladder)}) that "
                      "is good enough")


def progress_not_recorded(case, ctx):
    core_groups = case.core_group_meetings()
    if not core_groups:
        return
    latest = max(core_groups, key=lambda m: m.date)
    for goal in case.goals:
        if goal.id not in latest.ladder:
            yield Hit(latest.key_at("ladder"), f"the core group of {latest.date.isoformat()} did not record where '{goal.id}' stands "
                      "on its ladder: add it to the meeting's 'ladder' (a view each, if the family and the "
                      "practitioners see it differently)")


RULES = (
    Rule("ladder-too-short", "warning", "a ladder has fewer rungs than the limit", FAMILY, ladder_too_short,
         options(minimum=3)),
    Rule("good-enough-out-of-range", "error", "'good_enough' is not a rung of the ladder", FAMILY,
         good_enough_out_of_range),
    Rule("progress-not-recorded", "warning", "the latest core group did not record where a goal stands", FAMILY,
         progress_not_recorded),
)
