"""Each child considered separately (seeds 001 and 004): every child has their own concerns, day and voice."""

from __future__ import annotations

import re

from coreplan.rules.base import Hit, Rule, options
from coreplan.text import WordBag, bag_similarity, could_be_alike, first_name, word_bag

FAMILY = "each child separately"

# The fields that describe one child's own life: two children should not share them.
_CHILD_FIELDS = {"lived_experience": "the day described (lived experience)", "worries": "the worries",
                 "wishes_and_feelings": "the wishes and feelings", "good_enough": "'good enough'"}


def child_without_goal(case, ctx):
    named = {child_id for goal in case.goals for child_id in goal.impact}
    for child in case.children:
        if child.id not in named:
            yield Hit(child.at("id"), f"no goal says how its concern affects {first_name(child.name)}: add "
                      f"'{child.id}' to the 'impact' of each goal that concerns {first_name(child.name)}")


def shared_impact_text(case, ctx):
    threshold = ctx.options["similarity"] / 100
    # Each text is reduced to its bag of words once, and a pair is only compared word by word when the
    # sizes of their bags allow it to reach the threshold: 50 children with long texts stay quick.
    bags: dict[tuple[str, str], WordBag] = {}

    def bag(child, text: str) -> WordBag:
        key = (child.id, text)
        if key not in bags:
            # each child's own name taken out, so "Ella is hungry" and "Osian is hungry" count as the same
            bags[key] = word_bag(_without(text, child.name))
        return bags[key]

    def same(a_id, a_text, b_id, b_text, where, what):
        a, b = case.child_by_id.get(a_id), case.child_by_id.get(b_id)
        if a is None or b is None:
            return None
        a_bag, b_bag = bag(a, a_text), bag(b, b_text)
        if not could_be_alike(a_bag, b_bag, threshold):
            return None
        score = bag_similarity(a_bag, b_bag)
        if score < threshold:
            return None
        first_a, first_b = first_name(a.name), first_name(b.name)
        alike = "the same as" if score > 0.98 else "nearly the same as"
        return Hit(where, f"{what} for {first_b} is {alike} for {first_a} ({score:.0%} alike): say how it is "
                          f"for {first_b}, in {first_b}'s own day")

    for goal in case.goals:
        items = list(goal.impact.items())
        for later in range(1, len(items)):
            for earlier in range(later):
                (a_id, a_text), (b_id, b_text) = items[earlier], items[later]
                hit = same(a_id, a_text, b_id, b_text, goal.at("impact", b_id), f"the impact in goal '{goal.id}'")
                if hit:
                    yield hit
                    break
    for field, label in _CHILD_FIELDS.items():
        for later in range(1, len(case.children)):
            for earlier in range(later):
                a, b = case.children[earlier], case.children[later]
                a_text, b_text = getattr(a, field), getattr(b, field)
                if a_text and b_text:
                    hit = same(a.id, a_text, b.id, b_text, b.at(field), label)
                    if hit:
                        yield hit
                        break


def _without(text: str, name: str) -> str:
    return re.sub(rf"\b{re.escape(first_name(name))}(['’]s)?\b", "the child", text, flags=re.IGNORECASE)


def missing_lived_experience(case, ctx):
    for child in case.children:
        if not child.lived_experience:
            yield Hit(child.at("id"), f"{first_name(child.name)} has no 'lived_experience': describe what a "
                      f"day is like for {first_name(child.name)} now, from waking to bedtime")


def missing_child_voice(case, ctx):
    speaks_from = ctx.options["speaks_from_age"]
    for child in case.children:
        name = first_name(child.name)
        age = child.age_on(ctx.today)
        if child.takes_part is None:
            yield Hit(child.at("id"), f"the plan does not say how {name}'s views reach the core group: add "
                      "'takes_part' (in-person, advocate, views-shared or too-young)")
        if child.takes_part == "too-young":
            if age is not None and age >= ctx.options["too_young_until_age"]:
                yield Hit(child.at("takes_part"), f"{name} is {age}: old enough to say what they think, so "
                          "'too-young' needs checking; record how their views reach the group")
            continue
        if age is not None and age < speaks_from:
            continue
        missing = [label for field, label in (("wishes_and_feelings", "wishes and feelings"),
                                              ("worries", "worries"))
                   if not getattr(child, field)]
        if missing:
            yield Hit(child.at("id"), f"{name}'s own {' and '.join(missing)} are not recorded: write what "
                      f"{name} says, in {name}'s words where you can")


RULES = (
    Rule("child-without-goal", "error", "a child is named in no goal's impact", FAMILY, child_without_goal),
    Rule("shared-impact-text", "warning", "two children are given the same or nearly the same text", FAMILY,
         shared_impact_text, options(similarity=80)),
    Rule("missing-lived-experience", "warning", "a child has no lived experience described", FAMILY,
         missing_lived_experience),
    Rule("missing-child-voice", "warning", "a child old enough to speak has no wishes, feelings or worries "
         "recorded, or the plan does not say how the child takes part", FAMILY, missing_child_voice,
         options(speaks_from_age=3, too_young_until_age=6)),
)
