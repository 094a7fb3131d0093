"""Reading case files: every malformed file gets a positioned finding, never a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from coreplan.load import load_case, load_case_text
from coreplan.yamlread import Pos
from tests.helpers import BASE, HERE, line_of, merge, run

MALFORMED = HERE / "malformed"

# file -> (rule, line, column) of the first problem; None: reads cleanly
EXPECTED = {
    "alias-bomb.yaml": ("alias-not-allowed", 1, 4),
    "alias.yaml": ("alias-not-allowed", 55, 10),
    "bad-category.yaml": ("invalid-value", 12, 27),
    "bad-id-slug.yaml": ("invalid-value", 9, 9),
    "binary.yaml": ("invalid-yaml", 3, 1),
    "bom.yaml": None,
    "bool-wrong.yaml": ("invalid-value", 61, 31),
    "colon-in-value.yaml": ("invalid-yaml", 56, 18),
    "crlf.yaml": None,
    "day-first-date.yaml": ("invalid-value", 53, 13),
    "deep-nesting.yaml": ("invalid-yaml", 2, 47),
    "duplicate-child-id.yaml": ("duplicate-id", 33, 9),
    "duplicate-nested-key.yaml": ("duplicate-key", 54, 9),
    "duplicate-top-key.yaml": ("duplicate-key", 78, 1),
    "empty-children.yaml": ("missing-field", 8, 11),
    "empty.yaml": ("invalid-yaml", 1, 1),
    "impossible-date.yaml": ("invalid-value", 6, 13),
    "key-as-list.yaml": ("invalid-yaml", 4, 3),
    "latin1.yaml": ("invalid-yaml", 30, 13),
    "list-for-text.yaml": ("invalid-value", 57, 3),
    "mapping-for-list.yaml": ("invalid-value", 12, 17),
    "missing-colon.yaml": ("invalid-yaml", 21, 5),  # the key without its ':', not the line after it
    "missing-reference.yaml": ("missing-field", 3, 1),
    "null-required.yaml": ("missing-field", 10, 11),
    "number-for-date.yaml": ("invalid-value", 6, 13),
    "only-comments.yaml": ("invalid-yaml", 1, 1),
    "scalar-document.yaml": ("invalid-yaml", 1, 1),
    "tab-indent.yaml": ("invalid-yaml", 10, 1),
    "tag.yaml": ("invalid-yaml", 3, 12),
    "top-level-list.yaml": ("invalid-yaml", 1, 1),
    "two-documents.yaml": ("invalid-yaml", 78, 1),
    "unclosed-quote.yaml": ("invalid-yaml", 60, 12),
    "unclosed-bracket.yaml": ("invalid-yaml", 64, 14),  # the '[' never closed, not the next line's ':'
    "unclosed-bracket-at-end.yaml": ("invalid-yaml", 64, 14),  # the '[', not the end of the file after it
    "unknown-field-typo.yaml": ("unknown-field", 11, 5),
    "unknown-id.yaml": ("unknown-id", 7, 14),
    "utf16.yaml": ("invalid-yaml", 1, 1),
    "yaml11-surprises.yaml": None,
    "zero-good-enough.yaml": ("invalid-value", 49, 18),
}


def test_corpus_is_complete():
    on_disk = {p.name for p in MALFORMED.iterdir()}
    assert on_disk == set(EXPECTED)
    assert sum(1 for v in EXPECTED.values() if v) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_file_gets_positioned_problem(name):
    loaded = load_case(MALFORMED / name)
    expected = EXPECTED[name]
    if expected is None:
        assert loaded.problems == []
        assert loaded.case is not None
        return
    first = loaded.problems[0]
    if name == "deep-nesting.yaml":
        # PyYAML >= 6.0.4 stops deep nesting in its scanner, so the column is where it gave up
        assert (first.rule, first.pos.line) == expected[:2] and "levels deep" in str(first.message)
        return
    assert (first.rule, first.pos.line, first.pos.column) == expected
    assert first.message  # every problem says something


def test_yaml_1_1_surprises_stay_as_typed():
    case = load_case(MALFORMED / "yaml11-surprises.yaml").case
    assert case.reference == "010"
    assert case.meetings[0].venue == "10:30"
    assert case.meetings[1].venue == "no"
    assert case.meetings[1].venue_agreed_with_family is True  # a yes/no field reads yes as true


def test_values_are_typed_and_positioned():
    case = load_case_text(BASE).case
    assert str(case.conference) == "2026-10-19"
    assert case.children[0].categories == ["neglect"]
    assert case.goals[0].good_enough == 3
    assert case.family[0].lives_with_children is True  # the default
    assert case.goals[0].at("outcome") == Pos(line_of(BASE, "outcome: Ella has breakfast"), 14)
    assert case.goals[0].at("impact", "ella").line == line_of(BASE, "ella: Ella gets herself ready")
    assert case.goals[0].at("ladder", 2).line == line_of(BASE, "- Mum is up every school day")
    assert case.goals[0].key_at("impact", "ella").column == 7


def test_file_too_large_is_refused_before_parsing(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_bytes(b"notes: " + b"x" * (1024 * 1024 + 10) + b"\n")
    loaded = load_case(path)
    assert [(p.rule, p.pos.line) for p in loaded.problems] == [("file-too-large", 1)]


def test_folder_and_missing_file_cannot_be_read(tmp_path):
    for path, says in ((tmp_path, "is a folder"), (tmp_path / "nope.yaml", "no such file")):
        loaded = load_case(path)
        assert loaded.case is None
        [problem] = loaded.problems
        assert problem.rule == "unreadable-file" and says in str(problem.message)


def test_every_problem_is_reported_not_only_the_first():
    text = merge("conference: 2026-02-30\ncoordinator: Sian R\nreference:\n")
    rules = [(f.rule, f.line) for f in run(text)]
    assert ("invalid-value", text.splitlines().index("conference: 2026-02-30") + 1) in rules
    assert len([r for r, _ in rules if r in ("invalid-value", "missing-field")]) == 3


def test_unknown_field_suggests_the_contract_name():
    [finding] = run(merge("contigency: If Ella is found alone she goes to her grandmother.\n"))
    assert finding.rule == "unknown-field"
    assert "did you mean 'contingency'" in finding.message


# --- properties: no input, however broken, produces a traceback ----------------

YAMLISH = st.text(alphabet=st.sampled_from(list("abc -:\n\t'\"[]{}&*!#|>?%@`,~0123456789é\x00\r")), max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_arbitrary_yaml_like_text_never_raises(text):
    run(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(BASE) - 1), st.integers(1, 40), st.text(max_size=12))
def test_mutated_case_never_raises(start, length, insert):
    run(BASE[:start] + insert + BASE[start + length:])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_raise(data):
    from coreplan.load import _load_document
    from coreplan.yamlread import parse_bytes

    _load_document(Path("case.yaml"), parse_bytes(data))


DATE_FIELDS = ("strategy_discussion: 2026-10-05", "conference: 2026-10-19", "date: 2026-10-29",
               "date: 2026-11-19", "by: 2026-12-18", "born: 2017-05-01", "{date: 2026-11-05")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(DATE_FIELDS),
                          st.dates(min_value=date(1, 1, 1))), max_size=4),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_any_dates_and_any_today_never_raise(replacements, today):
    text = BASE
    for field, day in replacements:
        key, _, _ = field.partition(": ")
        text = text.replace(field, f"{key}: {day.isoformat():0>10}", 1)
    run(text, today=today)
