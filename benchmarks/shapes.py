"""Case files shaped to make slow code slow: long repetitive text, many ids, many children, many goals.

Every file here is under the 1 MiB a case file may be, and none is a plan a person would write. They
exist so that work which grows with the square of the input shows up: `bench_check.py --shapes` times
each one, and tests/test_slow_input.py checks in a subprocess that each finishes well inside a hang
guard. Each function returns the text of one case file.
"""

from __future__ import annotations

KIB = 1024

_HEAD = """\
reference: BENCH-0001
conference: 2026-10-19
coordinator: sian
"""

_MEMBERS = """\
members:
  - {id: sian, name: Siân Roberts, role: social worker}
"""

_FAMILY = """\
family:
  - {id: carys, name: Carys, relationship: mother}
"""


def _child(child_id: str, name: str, lived: str = "Ella gets up on her own and goes to school hungry.",
           extra: str = "") -> str:
    return (f"  - id: {child_id}\n    name: {name}\n    born: 2017-05-01\n    categories: [neglect]\n"
            f"    takes_part: views-shared\n    lived_experience: {_quoted(lived)}\n{extra}")


def _goal(goal_id: str, impact: dict[str, str], outcome: str = "Ella has breakfast at home every day.") -> str:
    lines = [f"  - id: {goal_id}", "    title: Mornings", "    concern: Mornings are hard.", "    impact:"]
    lines += [f"      {child}: {_quoted(text)}" for child, text in impact.items()]
    lines += [f"    outcome: {_quoted(outcome)}", "    ladder: [Hungry most days., Breakfast every day.]",
              "    good_enough: 2"]
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _case(children: str, goals: str, members: str = _MEMBERS, rest: str = "") -> str:
    return f"{_HEAD}children:\n{children}{_FAMILY}{members}goals:\n{goals}{rest}"


def _repeat_to(unit: str, size: int) -> str:
    return unit * (size // len(unit))


def repeated_initials(size: int = 600 * KIB) -> str:
    """One child's day: 'Initial child protection conference (ICPC). ' over and over."""
    text = _repeat_to("Initial child protection conference (ICPC). ", size)
    return _case(_child("ella", "Ella", text), _goal("mornings", {"ella": "Ella goes hungry."}))


def repeated_title(count: int = 200_000) -> str:
    """'Mr. ' 200,000 times: an abbreviation's full stop never ends a sentence, so it is one sentence."""
    return _case(_child("ella", "Ella", "Mr. " * count), _goal("mornings", {"ella": "Ella goes hungry."}))


def long_word(size: int = 900 * KIB) -> str:
    """One 'word' of 900 KiB and nothing else."""
    return _case(_child("ella", "Ella", "a" * size), _goal("mornings", {"ella": "Ella goes hungry."}))


def many_sentences(size: int = 900 * KIB) -> str:
    """Short sentences, all different, with initials in each."""
    unit = "Sentence {n} is about the TAC{n} meeting. "
    parts, total, n = [], 0, 0
    while total < size:
        part = unit.format(n=n)
        parts.append(part)
        total += len(part)
        n += 1
    return _case(_child("ella", "Ella", "".join(parts)), _goal("mornings", {"ella": "Ella goes hungry."}))


def many_section_references(size: int = 900 * KIB) -> str:
    """Every section of an Act a reference can name, short ('s47', 'S.31', 'a.126'), again and again: each
    distinct one is looked for written in words in the whole text."""
    unit = "".join(f"Under s{n} and a.{n} the family met. " for n in range(1, 1000))
    return _case(_child("ella", "Ella", _repeat_to(unit, size)), _goal("mornings", {"ella": "Ella goes hungry."}))


def _made_up_word(n: int) -> str:
    """A word of letters no list holds, different for each n: 'zobazoba', 'zobazobe'..."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    word = ""
    for _ in range(4):
        n, at = divmod(n, len(syllables))
        word += syllables[at]
    return word


def many_rare_words(size: int = 900 * KIB) -> str:
    """Short English sentences, each with a different word no everyday list holds: every one a rare-word
    finding (coreplan.rules.english_rarity)."""
    parts, total, n = [], 0, 0
    while total < size:
        part = f"Mum saw the {_made_up_word(n)} today. "
        parts.append(part)
        total += len(part)
        n += 1
    return _case(_child("ella", "Ella", "".join(parts)), _goal("mornings", {"ella": "Ella goes hungry."}))


def unknown_ids(members: int = 99, references: int = 30_000) -> str:
    """As many members as a case may have, and tens of thousands of references to ids no list defines."""
    member_lines = "".join(f"  - {{id: worker-{n}, name: W{n}, role: r}}\n" for n in range(members))
    present = ", ".join(f"nobody-{n}" for n in range(references))
    meeting = f"meetings:\n  - date: 2026-10-29\n    type: core-group\n    present: [{present}]\n"
    return _case(_child("ella", "Ella"), _goal("mornings", {"ella": "Ella goes hungry."}),
                 members=_MEMBERS + member_lines, rest=meeting)


def _child_text(n: int, size: int) -> str:
    # Different words for each child, so that no pair is alike and every pair has to be compared.
    unit = f"Child {n} spends day {n} at place {n} with friend {n}{'x' * (n % 7)}. "
    return _repeat_to(unit, size)


def many_children(count: int = 50, text_size: int = 3 * KIB) -> str:
    """As many children as a case may have, each with a long and different day."""
    children = "".join(
        _child(f"c{n}", f"Child{n}", _child_text(n, text_size),
               extra=f"    worries: {_quoted(_child_text(n + 1000, text_size))}\n"
                     f"    wishes_and_feelings: {_quoted(_child_text(n + 2000, text_size))}\n"
                     f"    good_enough: {_quoted(_child_text(n + 3000, text_size))}\n")
        for n in range(count))
    goal = _goal("mornings", {f"c{n}": _child_text(n + 4000, text_size) for n in range(count)})
    return _case(children, goal)


def many_goals(goals: int = 100, children: int = 50) -> str:
    """As many goals and children as a case may have, each goal with a different impact for every child."""
    kids = "".join(_child(f"c{n}", f"Child{n}") for n in range(children))
    goal_text = "".join(
        _goal(f"g{g}", {f"c{n}": f"Child{n} misses meal {g} and {n} at home." for n in range(children)})
        for g in range(goals))
    return _case(kids, goal_text)


def unknown_fields(count: int = 28_000) -> str:
    """Tens of thousands of misspelt field names, each one close to a real one."""
    lines = "".join(f"    livedexperience{n}: x\n" for n in range(count))
    return _case(_child("ella", "Ella", extra=lines), _goal("mornings", {"ella": "Ella goes hungry."}))


def many_visits(count: int = 11_000, meetings: int = 1_500) -> str:
    """Years of visits and meetings: every due date is worked out from the one before."""
    visits = "".join(f"  - {{date: {_day(n)}, child: ella, by: sian, alone: true, at_home: true}}\n"
                     for n in range(count))
    meeting_lines = "".join(f"  - {{date: {_day(n * 7)}, type: core-group, chair: sian, present: [sian]}}\n"
                            for n in range(meetings))
    return _case(_child("ella", "Ella"), _goal("mornings", {"ella": "Ella goes hungry."}),
                 rest=f"visits:\n{visits}meetings:\n{meeting_lines}")


def _day(n: int) -> str:
    from datetime import date, timedelta

    return (date(1990, 1, 1) + timedelta(days=n)).isoformat()


def too_many_children(count: int = 2_000) -> str:
    """Far more children than any family: refused with a clear error, quickly."""
    return _case("".join(_child(f"c{n}", f"Child{n}") for n in range(count)),
                 _goal("mornings", {f"c{n}": "Hungry." for n in range(count)}))


SHAPES = {
    "repeated initials (600 KiB)": repeated_initials,
    "'Mr. ' x 200,000": repeated_title,
    "one 900 KiB word": long_word,
    "900 KiB of different sentences": many_sentences,
    "900 KiB of different rare words": many_rare_words,
    "900 KiB of every section reference": many_section_references,
    "99 members, 30,000 unknown ids": unknown_ids,
    "28,000 misspelt field names": unknown_fields,
    "50 children, long texts": many_children,
    "100 goals x 50 children": many_goals,
    "11,000 visits, 1,500 meetings": many_visits,
    "2,000 children": too_many_children,
}
