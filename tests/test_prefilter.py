"""prefilter.search gives the match pattern.search gives, on every text: on the public corpus, the examples,
random text made of the very strings a match needs, and text with letters that ignore case differently."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coreplan import prefilter
from coreplan.rules import actions, outcomes, welsh_outcomes
from coreplan.text import sentences
from tests.helpers import ROOT

PATTERNS = {"SERVICE": outcomes.SERVICE, "SERVICE_CY": welsh_outcomes.SERVICE_CY,
            "DAILY_LIFE": outcomes.DAILY_LIFE, "DAILY_LIFE_CY": welsh_outcomes.DAILY_LIFE_CY,
            "VAGUE": actions.VAGUE, "EXPLAINS": actions.EXPLAINS}


def _same(pattern: re.Pattern, text: str) -> bool:
    quick, slow = prefilter.search(pattern, text), pattern.search(text)
    return (quick and (quick.span(), quick.group(0))) == (slow and (slow.span(), slow.group(0)))


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "corpus" / "public").rglob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                texts.append(row["text"])
    for path in sorted((ROOT / "examples").rglob("case.yaml")):
        texts.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


def test_the_service_patterns_can_be_filtered():
    # if this fails, a change to the pattern made it unreadable here: every sentence is searched again
    for name in ("SERVICE", "SERVICE_CY", "DAILY_LIFE"):
        assert prefilter.ways_to_match(PATTERNS[name]) is not None, name


def test_every_corpus_sentence_gets_the_match_searching_gives():
    texts = _texts()
    assert len(texts) > 500
    for name, pattern in PATTERNS.items():
        for text in texts:
            for sentence in [text, *sentences(text)]:
                assert _same(pattern, sentence), (name, sentence)


def _needles(pattern):
    ways = prefilter.ways_to_match(pattern)
    return sorted(ways[0]) if ways else ["x"]


_WORD = st.one_of(
    st.sampled_from(_needles(outcomes.SERVICE) + _needles(welsh_outcomes.SERVICE_CY)),
    st.sampled_from(["will", "be", "the", "her", "his", "with", "to", "at", "school", "Mali", "yn", "i'r",
                     "gyda", "gweithiwr", "social", "worker", "support", "by", "a", "in", "place", "is"]),
    st.text(alphabet="abcdefghilmnoprstuwyâŵ’'- ", max_size=10),
    st.sampled_from(["ſession", "Kelvin", "\u212aeep", "İnput", "ΣΑΣ", "café", "Siân"]),
)
_TEXT = st.lists(st.tuples(_WORD, st.sampled_from([" ", " ", ", ", ". ", "\n"]), st.booleans()), max_size=25).map(
    lambda parts: "".join((w.upper() if upper else w) + gap for w, gap, upper in parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from(sorted(PATTERNS)))
def test_random_text_gets_the_match_searching_gives(text, name):
    assert _same(PATTERNS[name], text)


def test_what_a_match_needs():
    ways = prefilter.ways_to_match(re.compile(r"\b(attend(s|ed)?|co-?operat\w*|sign(s|ed)?\s+up)\b", re.I))
    assert ways is not None
    needles, alternatives = ways
    # 'co' and 'up' are too short to be worth a look-up; '-?' and '(s|ed)?' need nothing; alternatives that
    # need one string each are one way: any of their strings will do
    assert [[sorted(clause) for clause in way] for way in alternatives] == [[["attend", "operat", "sign"]]]
    assert needles == ("attend", "operat", "sign")
    # an alternative that needs nothing, inline flags: no filter, every text is searched
    assert prefilter.ways_to_match(re.compile(r"\b(attend|\w+ly)\b", re.I)) is None
    assert prefilter.ways_to_match(re.compile(r"(?i:attend)|visit")) is None


def test_a_letter_that_ignores_case_another_way_is_searched():
    pattern = re.compile(r"\bsessions?\b", re.I)
    assert prefilter.search(pattern, "two ſessions a week") is not None  # the long s matches s
    assert prefilter.search(pattern, "two sessions a week") is not None
    assert prefilter.search(pattern, "Siân's café") is None


def _clauses(text: str, flags: int = re.I) -> list[list[list[str]]] | None:
    ways = prefilter.ways_to_match(re.compile(text, flags))
    return None if ways is None else [[sorted(clause) for clause in way] for way in ways[1]]


def test_an_optional_part_or_a_lookaround_is_not_needed():
    # 'all' may be left out, 'school' is only looked at: neither is needed by a match
    assert _clauses(r"\b(all\s+)?(his|her)\s+appointments\b") == [[["appointments"]]]  # h(is|er): too short
    assert _clauses(r"\battend(?!\s+school)\b") == [[["attend"]]]
    assert _clauses(r"\b(?<!the\s)course\b") == [[["course"]]]
    assert _clauses(r"\bsupport(\s+from)*\s+workers?\b") == [[["support"], ["worker"]]]
    assert _clauses(r"\bsupport(\s+from)+\s+workers?\b") == [[["support"], ["worker"], ["from"]]]


def test_a_branch_inside_needs_one_of_its_alternatives():
    assert _clauses(r"\b(visit|check)s?\s+by\s+the\s+(nurse|health\s+visitor)\b") == \
        [[["check", "visit"], ["nurse", "visitor"], ["the"]]]
    assert _clauses(r"\b(visit|x)s\b") is None  # 'x' is too short to look for, so 'visits' tells nothing


def test_a_case_sensitive_pattern_is_filtered_as_written():
    pattern = re.compile(r"\bICPC\b")
    assert _clauses(pattern.pattern, 0) == [[["ICPC"]]]
    assert prefilter.search(pattern, "the icpc") is None and prefilter.search(pattern, "the ICPC") is not None


# --- the lower-case twins (prefilter.search_folded) ---------------------------------------------------------

def _case_insensitive_patterns() -> dict[str, re.Pattern]:
    from coreplan.rules import outcome_reading

    found = {}
    for module in (actions, outcomes, welsh_outcomes, outcome_reading):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE:
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = value
    return found


CASE_INSENSITIVE = _case_insensitive_patterns()
# Patterns with a case-sensitive part ((?-i:...)): their twin would not match where they do
NO_TWIN = {"actions.ROLE_TO"}


@pytest.fixture
def twins(monkeypatch):
    """Twins worked out here even where they cannot be kept (PYTHONDONTWRITEBYTECODE), where coreplan itself
    searches without them."""
    monkeypatch.setattr(prefilter, "_KEPT", prefilter._Kept())
    monkeypatch.setattr(prefilter, "_may_work_out", lambda: True)


def _same_folded(pattern: re.Pattern, text: str) -> bool:
    quick, slow = prefilter.search_folded(pattern, text), pattern.search(text)
    return (quick and (quick.span(), quick.groups())) == (slow and (slow.span(), slow.groups()))


def test_the_rules_case_insensitive_patterns_have_twins():
    # if this fails, a change to a pattern made its twin unsafe: it is searched as before, only slower
    assert len(CASE_INSENSITIVE) > 20
    assert {name for name, pattern in CASE_INSENSITIVE.items() if prefilter.twin_source(pattern) is None} == NO_TWIN


def test_every_corpus_sentence_gets_the_match_searching_gives_through_the_twin(twins):
    pieces = list(dict.fromkeys(piece for text in _texts() for piece in [text, *sentences(text)]))  # each once
    for name, pattern in CASE_INSENSITIVE.items():
        for piece in pieces:
            assert _same_folded(pattern, piece), (name, piece)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_TEXT, st.sampled_from(sorted(CASE_INSENSITIVE)))
def test_random_text_gets_the_match_searching_gives_through_the_twin(twins, text, name):
    assert _same_folded(CASE_INSENSITIVE[name], text)


def test_a_twin_is_refused_where_lower_case_would_match_elsewhere():
    # a range from capitals into small letters ([A-z] holds '_'; [À-é] holds 'Ñ', but [à-é] not 'ñ'), a
    # case-sensitive part, a letter given by its number, a back-reference
    for source in (r"\b[A-z]+\b", r"[À-é]", r"(?-i:Mr)\s+\w+", r"\x41ttend", r"\N{LATIN SMALL LETTER A}", r"(a)b\1"):
        assert prefilter.twin_source(re.compile(source, re.I)) is None, source
    assert prefilter.twin_source(re.compile(r"attend", 0)) is None  # nothing to gain: it does not ignore case
    assert prefilter.twin_source(re.compile(r"\bAttend\w*\s+(GP|[A-Z]\d)\b", re.I)) == r"\battend\w*\s+(gp|[a-z]\d)\b"


def test_a_letter_that_ignores_case_another_way_is_searched_as_before(twins):
    pattern = re.compile(r"\bsessions?\b|\bkeep\b", re.I)
    for text in ("two ſessions a week", "\u212aeep calm", "İnput sessions", "Siân's café sessions"):
        assert _same_folded(pattern, text), text
    assert prefilter.search_folded(pattern, "two ſessions a week") is not None  # the long s matches s


def test_a_twin_is_used_where_it_can_be_kept_and_only_there(monkeypatch):
    nothing_kept = prefilter._Kept()
    nothing_kept.known = {}  # as in a fresh install (a run with bytecode allowed may have kept them here)
    monkeypatch.setattr(prefilter, "_KEPT", nothing_kept)
    monkeypatch.setattr(prefilter, "_may_work_out", lambda: False)
    assert prefilter._KEPT.twin(actions.SHORTHAND_VERB) is None  # searched as before: nothing is worked out
    assert prefilter._KEPT.finder(actions.SHORTHAND_VERB) is None
    monkeypatch.setattr(prefilter, "_KEPT", prefilter._Kept())
    monkeypatch.setattr(prefilter, "_may_work_out", lambda: True)
    twin = prefilter._KEPT.twin(actions.SHORTHAND_VERB)
    assert twin is not None and not twin.flags & re.IGNORECASE
    assert twin.pattern == prefilter.twin_source(actions.SHORTHAND_VERB)
    finder = prefilter._KEPT.finder(actions.SHORTHAND_VERB)
    assert finder is not None and finder.pattern == prefilter.finder_source(actions.SHORTHAND_VERB)


def test_a_check_finds_the_same_with_twins_as_without(monkeypatch):
    from datetime import date

    from coreplan.check import check_paths

    def findings() -> list:
        return [(f.file, f.line, f.column, f.rule, f.message)
                for f in check_paths([ROOT / "examples"], date(2026, 11, 23),
                                     workers=1).findings()]

    monkeypatch.setattr(prefilter, "_KEPT", prefilter._Kept())
    monkeypatch.setattr(prefilter, "_may_work_out", lambda: False)
    without = findings()
    monkeypatch.setattr(prefilter, "_KEPT", prefilter._Kept())
    monkeypatch.setattr(prefilter, "_may_work_out", lambda: True)
    assert prefilter._KEPT.twin(actions.SHORTHAND_VERB) is not None
    assert findings() == without
    assert len({f[3] for f in without} & {"shorthand-action", "service-focused-outcome"}) == 2


# --- the finders (prefilter.finder_source): where a twin can match, in one scan -------------------------------

def _finder(source: str, flags: int = re.I) -> str | None:
    return prefilter.finder_source(re.compile(source, flags))


def test_a_finder_looks_for_the_strings_every_match_starts_with():
    assert _finder(r"\b(attend\w*|co-?operat\w*|sign(s|ed)?\s+up)\b") == \
        r"\b(?:attend|co(?:\-operat|operat)|sign)"
    # read on into what follows a short start: a class as each of its plain characters, an optional part
    # with and without it; lookarounds and boundaries take no character
    assert _finder(r"\b[mf]ynediad\b") == r"\b(?:fynediad|mynediad)"
    assert _finder(r"\b(ab)?cd") == r"\b(?:abcd|cd)"
    assert _finder(r"(?<!the )agree\w*") == "agree"
    # a part that may repeat is read no further than itself: 'the  plan' (two spaces) is found too
    assert _finder(r"\bx*y") == r"\b(?:x|y)"
    assert _finder(r"\b(ab){1,3}cd") == r"\bab"
    # a way that matches only at the start of the text is tried there
    assert _finder(r"^\W*(foo|bar)|\bbaz") == r"\A|baz"
    # a way that can start with any letter: no finder, the twin is searched as before
    assert _finder(r"\b(attend|\w+ly)\b") is None
    assert _finder(r"^\W*(foo|bar)") is None  # tried only at the start anyway
    assert _finder(r"\battend", 0) is None  # no twin: the pattern is searched as it is


def test_the_rules_large_patterns_have_finders():
    # if this fails, a change to a pattern left a way of matching it that starts with no string: its twin
    # is searched at every word again, only slower
    for name in ("outcomes.SERVICE", "welsh_outcomes.SERVICE_CY", "outcomes.DAILY_LIFE", "actions.SHORTHAND_VERB",
                 "actions.ATTENDANCE", "actions.EXPLAINS", "actions.VAGUE", "welsh_outcomes.DAILY_LIFE_CY"):
        assert prefilter.finder_source(CASE_INSENSITIVE[name]) is not None, name


def _every_place(pattern: re.Pattern, text: str) -> list[int]:
    return [at for at in range(len(text) + 1) if pattern.match(text, at)]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_TEXT, st.sampled_from(sorted(name for name in CASE_INSENSITIVE if name not in NO_TWIN)))
def test_a_finder_finds_every_place_its_twin_matches(twins, text, name):
    # not only the first: the finder must never pass over a place where the twin matches
    pattern = CASE_INSENSITIVE[name]
    folded = text.lower()
    twin, finder = prefilter._KEPT.twin(pattern), prefilter._KEPT.finder(pattern)
    if twin is None or finder is None or not prefilter._PLAIN_TEXT.fullmatch(text):
        return
    assert set(_every_place(twin, folded)) <= set(_every_place(finder, folded)), (name, text)


def test_a_place_the_finder_finds_but_the_twin_does_not_match_is_passed_over(twins):
    # 'agree' inside 'the agreement' is refused by the lookbehind; the match is the later one
    pattern = re.compile(r"(?<!the )agree\w*", re.I)
    for text in ("The agreement: we agree", "the agree, the agree", "  Agreed", "to disagree"):
        assert _same_folded(pattern, text), text
    assert prefilter.search_folded(pattern, "The agreement: we agree").span() == (18, 23)
    # a way that matches only at the start: the start is tried once, an empty text too
    pattern = re.compile(r"^\W*(foo|bar)|\bbaz", re.I)
    for text in ("", "foo", " - Bar", "a foo", "a baz", "bazaar", "x"):
        assert _same_folded(pattern, text), text
