"""Each child considered separately (seeds 001 and 004): every child has their own concerns, day and voice."""

from __future__ import annotations

import re
from functools import lru_cache

from coreplan.messages import msg
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options
from coreplan.text import WordBag, bag_similarity, could_be_alike, first_name, word_bag

FAMILY = N_("each child separately")

# The fields that describe one child's own life: two children should not share them.
_CHILD_FIELDS = {"lived_experience": msg("the day described (lived experience)"), "worries": msg("the worries"),
                 "wishes_and_feelings": msg("the wishes and feelings"), "good_enough": msg("'good enough'")}


def child_without_goal(case, ctx):
    named = {child_id for goal in case.goals for child_id in goal.impact}
    for child in case.children:
        if child.id not in named:
            yield Hit(child.at("id"), msg("no goal says how its concern affects %(name)s: add '%(id)s' to the "
                                          "'impact' of each goal that concerns %(name)s",
                                          name=first_name(child.name), id=child.id))


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
        first_a, first_b, alike = first_name(a.name), first_name(b.name), f"{score:.0%}"
        if score > 0.98:
            return Hit(where, msg("%(what)s for %(b)s is the same as for %(a)s (%(alike)s alike): say how it is "
                                  "for %(b)s, in %(b)s's own day", what=what, a=first_a, b=first_b, alike=alike))
        return Hit(where, msg("%(what)s for %(b)s is nearly the same as for %(a)s (%(alike)s alike): say how it "
                              "is for %(b)s, in %(b)s's own day", what=what, a=first_a, b=first_b, alike=alike))

    for goal in case.goals:
        items = list(goal.impact.items())
        for later in range(1, len(items)):
            for earlier in range(later):
                (a_id, a_text), (b_id, b_text) = items[earlier], items[later]
                hit = same(a_id, a_text, b_id, b_text, goal.at("impact", b_id),
                           msg("the impact in goal '%(goal)s'", goal=goal.id))
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
    return _name_pattern(name).sub("the child", text)


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern:
    """_without's pattern for a name, made once (each child's texts are compared with every other child's)."""
    return re.compile(rf"\b{re.escape(first_name(name))}(['’]s)?\b", re.IGNORECASE)


def missing_lived_experience(case, ctx):
    for child in case.children:
        if not child.lived_experience:
            yield Hit(child.at("id"), msg("%(name)s has no 'lived_experience': describe what a day is like for "
                                          "%(name)s now, from waking to bedtime", name=first_name(child.name)))


def missing_child_voice(case, ctx):
    speaks_from = ctx.options["speaks_from_age"]
    for child in case.children:
        name = first_name(child.name)
        age = child.age_on(ctx.today)
        if child.takes_part is None:
            yield Hit(child.at("id"), msg("the plan does not say how %(name)s's views reach the core group: add "
                                          "'takes_part' (in-person, advocate, views-shared or too-young)",
                                          name=name))
        if child.takes_part == "too-young":
            if age is not None and age >= ctx.options["too_young_until_age"]:
                yield Hit(child.at("takes_part"), msg("%(name)s is %(age)s: old enough to say what they think, so "
                                                      "'too-young' needs checking; record how their views reach "
                                                      "the group", name=name, age=age))
            continue
        if age is not None and age < speaks_from:
            continue
        missing = [label for field, label in (("wishes_and_feelings", msg("wishes and feelings")),
                                              ("worries", msg("worries")))
                   if not getattr(child, field)]
        if missing:
            yield Hit(child.at("id"), msg("%(name)s's own %(missing)s are not recorded: write what %(name)s says, "
                                          "in %(name)s's words where you can", name=name, missing=missing))


RULES = (
    Rule("child-without-goal", "error", N_("a child is named in no goal's impact"), FAMILY, child_without_goal),
    Rule("shared-impact-text", "warning", N_("two children are given the same or nearly the same text"), FAMILY,
         shared_impact_text, options(similarity=80)),
    Rule("missing-lived-experience", "warning", N_("a child has no lived experience described"), FAMILY,
         missing_lived_experience),
    Rule("missing-child-voice", "warning", N_("a child old enough to speak has no wishes, feelings or worries "
         "recorded, or the plan does not say how the child takes part"), FAMILY, missing_child_voice,
         options(speaks_from_age=3, too_young_until_age=6)),
)
