"""Every message a practitioner can be shown, walked under --lang cy: none may come out in English.

test_welsh_messages.py runs each rule's documented failing example; this walks what those examples cannot
reach: every problem the YAML reader reports, every "could not run" error (a missing path, each mistake a
team's .coreplan.yaml can hold, a bad --today), the usage errors click raises (a bad choice, an unknown
option, a missing value), and, statically, every place coreplan raises one of its errors.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.load import load_case_bytes
from coreplan.messages import Msg, show
from tests.helpers import ROOT

runner = CliRunner()
GOOD = ROOT / "examples" / "good-plan" / "case.yaml"
# words that would only be there if a sentence were English (Welsh has none of them)
ENGLISH = re.compile(r"\b(the|is|not|has|was|and|write|add|say|what|should|which|every|file|line|give|check|"
                     r"remove|this|here|expected|found|missing|option|there|value|more|found|must|cannot|"
                     r"could|allowed|such|path|folder|key|invalid|usage|error|try)\b", re.I)


def english_left(text: str) -> list[str]:
    """English words in a Welsh message, once what it quotes ('...'), code (`--lang`), paths and the detail
    it says is English ("yn Saesneg: ...") are set aside."""
    text = re.sub(r"\(yn Saesneg: [^()]*(\([^()]*\)[^()]*)*\)|yn Saesneg: .*$", " ", text)
    text = re.sub(r"'[^']*'|`[^`]*`|\S*/\S*|--[\w-]+|\S+\.ya?ml\S*", " ", text)
    return ENGLISH.findall(text)


# --- what the YAML reader finds ----------------------------------------------------------------------------

READING = {
    "unclosed-flow-list": b"reference: [a\n",
    "unclosed-flow-map": b"reference: {a: b\n",
    "colon-in-value": b"reference: a: b\n",
    "missing-colon": b"reference: a\nconference\n",
    "unclosed-quote": b"reference: 'abc\n",
    "bad-escape": b'reference: "a\\q"\n',
    "bad-start": b"reference: @x\n",
    "tab-indent": b"children:\n\t- id: ella\n",
    "list-after-map": b"reference: a\n- b\n",
    "map-after-list": b"- a\nb: c\n",
    "block-scalar-header": b"reference: |x\n  b\n",
    "directive": b"%FOO\n---\na: b\n",
    "bare-colon": b"key\n: x\n",
    "empty-alias": b"reference: *\n",
    "empty-anchor": b"reference: &\n",
    "no-node": b"rules: [\n",
    "two-documents": b"reference: a\n---\nreference: b\n",
    "tag": b"reference: !!str a\n",
    "anchor-alias": b"reference: &r a\nlocal_authority: *r\n",
    "list-as-key": b"[a]: b\n",
    "duplicate-key": b"reference: a\nreference: b\n",
    "same-key-invisible": "reference: a\n\"reference\u200b\": b\n".encode(),
    "control-in-value": b'reference: "a\\x07b"\n',
    "control-in-key": b'"ref\\x07": a\n',
    "direction-in-value": "reference: a\u202eb\n".encode(),
    "direction-as-escape": b'reference: "a\\u202eb"\n',
    "line-separator": "reference: a\u2028b\n".encode(),
    "utf16": "reference: a\n".encode("utf-16"),
    "binary": b"reference: a\x00\n",
    "latin1": "reference: Siân\n".encode("latin-1"),
    "too-deep": b"a: " + b"[" * 60 + b"]" * 60 + b"\n",
    "too-large": b"#" * (1024 * 1024 + 1),
    "empty": b"",
    "not-a-mapping": b"- a\n- b\n",
    "born-too-late": GOOD.read_bytes().replace(b"born: 2018-03-14", b"born: 2199-03-14", 1),
    "not-a-field": b"referense: a\n",
    "directive-name": b"%@\n---\na: b\n",
    "no-space-after": b"reference: *a,b\n",
    "verbatim-tag": b"reference: !<x y\n",
    "block-indented-0": b"reference: |0\n  b\n",
    "question-key-in-flow": b"reference: [? a: b]\n? c\n",
}


@pytest.mark.parametrize("name", sorted(READING))
def test_every_reading_problem_is_welsh(name):
    loaded = load_case_bytes(READING[name])
    problems = loaded.problems
    if name == "born-too-late":
        from datetime import date

        from coreplan.load import problems_on

        problems = problems_on(loaded.case, date(2026, 11, 23))
    assert problems, name
    for problem in problems:
        assert isinstance(problem.message, Msg), f"{name}: {problem.message!r} is not a catalog message"
        welsh = show(problem.message, "cy")
        assert welsh != str(problem.message), f"{name}: no Welsh for {problem.message}"
        assert not english_left(welsh), f"{name}: English in {welsh!r}"
        assert "yn Saesneg" not in welsh, f"{name}: PyYAML's problem has no Welsh mapping: {welsh!r}"


def test_a_problem_pyyaml_words_unusually_keeps_its_english_in_brackets():
    from coreplan.yamlread import _problem

    said = _problem("found something nobody has seen before")
    assert show(said, "en") == "found something nobody has seen before"
    assert show(said, "cy") == "nid yw'n YAML dilys (yn Saesneg: found something nobody has seen before)"


# --- "could not run": coreplan's own errors ---------------------------------------------------------------

CONFIGS = {
    "not-yaml": "rules: [\n",
    "not-a-mapping": "- rules\n",
    "unknown-key": "rulez: {}\n",
    "rules-not-a-mapping": "rules: [jargon]\n",
    "unknown-rule": "rules:\n  jargn: off\n",
    "bad-level": "rules:\n  jargon: loud\n",
    "level-not-scalar": "rules:\n  jargon:\n    level: [a]\n",
    "fixed-rule-lowered": "rules:\n  invalid-yaml: off\n",
    "rule-setting-a-list": "rules:\n  jargon: [a]\n",
    "unknown-option": "rules:\n  too-many-actions:\n    limt: 3\n",
    "option-of-a-rule-with-none": "rules:\n  missing-contingency:\n    limit: 3\n",
    "option-no-letters": "rules:\n  jargon:\n    terms: {'--': x}\n",
    "option-wrong-type": "rules:\n  too-many-actions:\n    limit: many\n",
    "procedures-not-a-mapping": "procedures: [wales]\n",
    "unknown-procedures": "procedures:\n  scotland: {}\n",
    "procedures-numbers": "procedures:\n  wales: 3\n",
    "unknown-timescale": "procedures:\n  wales:\n    review_weeks: 3\n",
    "extends-missing": "extends: nowhere.yaml\n",
    "extends-itself": "extends: .coreplan.yaml\n",
    "templates-missing": "templates: nowhere\n",
    "welsh-statement-unknown": "welsh_language:\n  hello: {en: a, cy: b}\n",
    "welsh-statement-one-language": "welsh_language:\n  welcome: {en: a}\n",
    "complaints-unknown": "complaints: {nme: a}\n",
    "language-unknown": "language: fr\n",
    "closure-day-not-a-date": "closure_days: [2026-13-01]\n",
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_every_configuration_error_is_welsh(tmp_path, name):
    (tmp_path / "case.yaml").write_bytes(GOOD.read_bytes())
    (tmp_path / ".coreplan.yaml").write_text(CONFIGS[name], encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--today", "2026-11-23", "--lang", "cy"])
    assert result.exit_code == 2, result.output
    said = result.stderr.strip()
    assert said.startswith("coreplan: ") and ".coreplan.yaml" in said
    assert not english_left(said), f"{name}: English in {said!r}"


def test_a_team_that_set_welsh_gets_its_own_configuration_mistakes_in_welsh(tmp_path):
    (tmp_path / "case.yaml").write_bytes(GOOD.read_bytes())
    (tmp_path / ".coreplan.yaml").write_text("language: cy\nrules:\n  jargn: off\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--today", "2026-11-23"])
    assert result.exit_code == 2
    assert "nid oes rheol 'jargn' (ai 'jargon' oedd dan sylw?)" in result.stderr


def _command_errors(tmp_path: Path) -> dict[str, list[str]]:
    empty = tmp_path / "empty"
    empty.mkdir()
    (tmp_path / "case.yaml").write_bytes(GOOD.read_bytes())
    case = str(tmp_path / "case.yaml")
    return {
        "missing-path": ["check", str(tmp_path / "nope.yaml")],
        "folder-without-cases": ["check", str(empty)],
        "bad-today": ["check", case, "--today", "2026-13-01"],
        "missing-config": ["check", case, "--config", str(tmp_path / "nope.yaml")],
        "no-such-rule": ["rules", "jargn"],
        "schedule-two-languages": ["schedule", case, "--lang", "en+cy"],
        "render-pdf-to-terminal": ["render", case, "--format", "pdf"],
        "render-missing": ["render", str(tmp_path / "nope.yaml")],
        "render-no-such-meeting": ["render", case, "--what", "minutes", "--meeting", "2001-01-01"],
        # usage errors, worded by click
        "bad-choice": ["check", case, "--format", "bogus"],
        "unknown-option": ["check", case, "--bogus"],
        "option-without-value": ["check", case, "--today"],
        "out-of-range": ["schedule", case, "--within", "-1"],
        "not-a-number": ["schedule", case, "--within", "many"],
        "extra-argument": ["rules", "jargon", "extra"],
        "missing-argument": ["render"],
        "no-such-command": ["chekc"],
    }


def test_every_command_error_is_welsh(tmp_path, monkeypatch):
    for name, arguments in _command_errors(tmp_path).items():
        # --lang straight after the command, so that an option left without its value does not take it
        welsh_args = [arguments[0], "--lang", "cy", *arguments[1:]]
        if name == "schedule-two-languages":
            welsh_args = arguments
        if name == "no-such-command":  # no command, so no --lang: the team's language is Welsh
            welsh_args = arguments
            (tmp_path / ".coreplan.yaml").write_text("language: cy\n", encoding="utf-8")
            monkeypatch.chdir(tmp_path)
        result = runner.invoke(app, welsh_args, env={"COLUMNS": "200"})
        assert result.exit_code == 2, f"{name}: {result.output}"
        said = result.stderr.strip()
        if name == "schedule-two-languages":
            continue  # refused before the language is known: in the team's (here English): checked below
        assert said, name
        assert not english_left(said.splitlines()[0]), f"{name}: English in {said!r}"
        assert "Usage:" not in said and "Error" not in said, name


def test_schedule_refusing_two_languages_speaks_the_teams_language(tmp_path, monkeypatch):
    (tmp_path / "case.yaml").write_bytes(GOOD.read_bytes())
    (tmp_path / ".coreplan.yaml").write_text("language: cy\n", encoding="utf-8")
    result = runner.invoke(app, ["schedule", str(tmp_path / "case.yaml"), "--lang", "en+cy"])
    assert result.exit_code == 2
    assert "mae coreplan schedule yn dangos un iaith ar y tro" in result.stderr


def test_a_usage_error_follows_the_teams_language(tmp_path, monkeypatch):
    (tmp_path / ".coreplan.yaml").write_text("language: cy\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--format", "bogus"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "coreplan: nid yw gwerth '--format' / '-f' yn iawn: nid yw 'bogus' yn un o 'text', 'json', 'github', "
        "'sarif'",
        "Mae 'coreplan check --help' yn dangos yr opsiynau (yn Saesneg).",
    ]
    english = runner.invoke(app, ["check", "--format", "bogus", "--lang", "en"])
    assert english.exit_code == 2 and "Invalid value for '--format'" in english.stderr


def test_english_usage_errors_keep_typers_layout():
    result = runner.invoke(app, ["check", "--format", "bogus"], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert "Usage: coreplan check" in result.stderr and "'bogus' is not one of" in result.stderr


# --- statically: every error coreplan raises is a catalog message ------------------------------------------

ERRORS = {"CoreplanError", "UsageError", "InputError", "ConfigError", "RenderError"}
NOT_YET: set[str] = set()  # modules whose errors are still plain English: none


def _raised_with_text(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ERRORS and node.args:
            first = node.args[0]
            if isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                lines.append(node.lineno)
    return lines


def test_every_error_coreplan_raises_is_a_catalog_message():
    found = {}
    for path in sorted((ROOT / "coreplan").rglob("*.py")):
        if path.name in NOT_YET:
            continue
        lines = _raised_with_text(path)
        if lines:
            found[str(path.relative_to(ROOT))] = lines
    assert found == {}, "raise these with msg(...) so that they can be shown in Welsh"


def test_the_notes_on_standard_error_are_welsh(tmp_path):
    """Not errors, but a practitioner reads them too: --verbose's configuration, render's warning and 'wrote'."""
    weak = ROOT / "examples" / "weak-plan" / "case.yaml"
    (tmp_path / "case.yaml").write_bytes(weak.read_bytes())
    checked = runner.invoke(app, ["check", str(tmp_path), "--today", "2026-11-23", "--lang", "cy", "-v"])
    rendered = runner.invoke(app, ["render", str(tmp_path), "--today", "2026-11-23", "--lang", "cy",
                                   "-o", str(tmp_path / "plan.md")])
    assert rendered.exit_code == 0
    lines = checked.stderr.splitlines() + rendered.stderr.splitlines()
    assert any("gosodiadau diofyn coreplan" in line or "ffurfweddiad" in line for line in lines)
    assert any(line.startswith("coreplan: rhybudd: ") and "7 gwall" in line for line in lines)
    assert any(line.startswith("coreplan: ysgrifennwyd ") for line in lines)
    for line in lines:
        assert not english_left(line), f"English in {line!r}"


YAMLISH = st.text(alphabet=st.sampled_from(list("abc -:\n\t'\"[]{}&*!#|>?%@`,~0123456789é\x00\r\\")), max_size=200)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_whatever_is_broken_the_welsh_message_is_welsh(text):
    """Any broken text: each problem is put into words in both languages without a traceback, and the Welsh
    has no English but a detail it says is English ('yn Saesneg: ...')."""
    from coreplan.load import load_case_text

    for problem in load_case_text(text, Path("case.yaml")).problems:
        show(problem.message, "en")
        welsh = show(problem.message, "cy")
        assert not english_left(welsh), welsh
