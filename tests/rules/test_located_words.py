"""A finding's line and column are where the words its message quotes are written (Case.locate), not at an
earlier word that merely starts the same way, nor at an earlier use of the same first word."""

from __future__ import annotations

from tests.helpers import line_of, merge, run


def where(text: str, rule: str) -> list[tuple[int, int, str]]:
    """(line, column, the eight characters written there) of each finding of rule."""
    lines = text.splitlines()
    return [(f.line, f.column, lines[f.line - 1][f.column - 1:f.column + 7]) for f in run(text) if f.rule == rule]


def column_of(text: str, line_text: str, words: str) -> int:
    line = text.splitlines()[line_of(text, line_text) - 1]
    return line.index(words) + 1


def test_initials_are_not_placed_at_a_longer_word_they_begin():
    text = merge("contact: Siân visits weekly; Mam takes Ella to the cinema before each CIN visit.\n")
    line = line_of(text, "^contact:")
    assert where(text, "unexplained-initials") == [(line, column_of(text, "^contact:", "CIN visit"), "CIN visi")]


def test_initials_in_a_folded_text_are_placed_on_their_own_line():
    text = merge("contact: >\n  Siân visits weekly. Cindy from the school\n  comes to the CIN meetings.\n")
    line = line_of(text, "comes to the CIN")
    assert where(text, "unexplained-initials") == [(line, len("  comes to the ") + 1, "CIN meet")]


def test_a_long_sentence_is_placed_at_its_own_first_word():
    long = ("The children will stay with Nain overnight whenever their mother is admitted to hospital again for "
            "any reason at all during this plan, and Nain will take them to school each morning and collect them.")
    text = merge(f"contingency: The family stays with Nain. {long}\n")
    line = line_of(text, "^contingency:")
    assert where(text, "long-sentence") == [(line, column_of(text, "^contingency:", long), "The chil")]


def test_two_long_sentences_that_start_alike_are_each_placed_at_their_own():
    long = ("The children will stay with Nain overnight whenever their mother is admitted to hospital again for "
            "any reason at all during this plan, and Nain will take them to school each morning and collect them.")
    other = long.replace("Nain", "Taid")
    text = merge(f"contingency: |\n  {long}\n  The family knows.\n  {other}\n")
    assert where(text, "long-sentence") == [(line_of(text, "^  The children will stay with Nain"), 3, "The chil"),
                                            (line_of(text, "^  The children will stay with Taid"), 3, "The chil")]


def test_a_service_word_is_placed_where_the_message_quotes_it():
    outcome = "Complete calm at home, as Mam will complete the parenting programme."
    text = merge(f"goals:\n  - id: calm\n    title: Calm\n    concern: Shouting at night.\n    impact:\n      ella: Ella is frightened.\n"
                 f"    outcome: {outcome}\n    rationale: Because.\n    ladder: [a, b, c]\n    good_enough: 2\n")
    found = [f for f in run(text) if f.rule == "service-focused-outcome"]
    assert len(found) == 1 and "'complete the parenting programme'" in found[0].message
    line = line_of(text, "    outcome: Complete")
    assert where(text, "service-focused-outcome") == [(line, column_of(text, "    outcome:", "complete the"),
                                                      "complete")]


def test_a_later_jargon_word_is_not_placed_at_an_earlier_word_it_begins():
    # 'safeguarding' is jargon; 'safeguard' in 'safeguards' (earlier) starts the same way
    text = merge("contact: Siân safeguards her time for Ella every week, and the safeguarding team knows.\n")
    lines = where(text, "jargon")
    assert lines and all(written.lower().startswith("safeguar") for _, _, written in lines)
    column = column_of(text, "^contact:", "safeguarding team")
    assert (line_of(text, "^contact:"), column, "safeguar") in lines
