"""coreplan check and coreplan rules in Welsh: every message and summary has Welsh, counts take Welsh plurals."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.messages import Either, Msg, msg, msg_n, show
from coreplan.rules import all_rules
from coreplan.rules.docs import examples
from tests.helpers import ROOT, merge, run

runner = CliRunner()
RULES = all_rules()
WEAK = ROOT / "examples" / "weak-plan" / "case.yaml"
# Every rule, the reading problems of coreplan/yamlread.py included, speaks Welsh.
ENGLISH_ONLY_YET: set[str] = set()  # none: tests/test_welsh_every_message.py walks the reading problems too
ENGLISH_WORDS = re.compile(r"\b(the|is|not|has|was|and|write|add|say|what|should|which|every)\b")


def _welsh_of(finding) -> str:
    return show(finding.source, "cy")


def _without_quotes(text: str, message: Msg) -> str:
    """A message less what it quotes from the case (its plain values) and the case format's own words ('...')."""
    for _name, value in message.values:
        if isinstance(value, str):
            text = text.replace(value, " ")
    return re.sub(r"'[^']*'|\([^()]*\)", " ", text)


@pytest.mark.parametrize("name", sorted(set(RULES) - ENGLISH_ONLY_YET))
def test_every_rule_message_has_welsh(name):
    """Each rule's documented failing example, checked in Welsh: a message, not English, comes out."""
    blocks = examples(name)
    if not blocks:
        pytest.skip("no short example (see test_registry)")
    findings = [f for f in run(merge(blocks["fails"])) if f.rule == name]
    assert findings
    for finding in findings:
        assert isinstance(finding.source, Msg), f"{name}: the message is a plain string, not msg(...)"
        welsh = _welsh_of(finding)
        assert welsh != finding.message, f"{name}: no Welsh for {finding.message!r}"
        assert not ENGLISH_WORDS.search(_without_quotes(welsh, finding.source)), f"{name}: English left in {welsh!r}"


def test_check_lang_cy_prints_welsh(tmp_path):
    result = runner.invoke(app, ["check", str(WEAK), "--today", "2026-11-23", "--lang", "cy"],
                           env={"COLUMNS": "400"})
    assert result.exit_code == 1
    out = result.output
    assert "gwall  missing-contingency  nid oes cynllun wrth gefn" in out
    assert ("nid oes neb wedi gweld Jayden heb aelod o'r teulu na gofalwr yn bresennol: roedd i fod ar 21 Medi "
            "2026 ac mae 45 diwrnod gwaith yn hwyr") in out
    assert "nid 'mumm' yw id unrhyw aelod o'r grŵp craidd neu aelod o'r teulu (ai 'mum' oedd dan sylw?)" in out
    assert "mae 'core group' yn enw y bydd y teulu'n ei glywed yn aml: esboniwch ef unwaith yn 'glossary'" in out
    assert out.rstrip().endswith("7 gwall, 72 rhybudd, 6 nodyn mewn 1 o 1 ffeil achos wedi'i gwirio.")
    assert "working day" not in out and " error " not in out


def test_json_keeps_its_contract_and_carries_the_welsh_message():
    result = runner.invoke(app, ["check", str(WEAK), "--today", "2026-11-23", "--lang", "cy", "--format", "json"])
    findings = json.loads(result.stdout)
    assert {tuple(sorted(f)) for f in findings} == {("column", "file", "level", "line", "message", "rule")}
    assert {f["level"] for f in findings} == {"error", "warning", "info"}
    assert any(f["message"].startswith("nid oes cynllun wrth gefn") for f in findings)


def test_the_teams_config_sets_the_language_and_lang_overrides_it(tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text(WEAK.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".coreplan.yaml").write_text("language: cy\n", encoding="utf-8")
    welsh = runner.invoke(app, ["check", str(case), "--today", "2026-11-23"], env={"COLUMNS": "400"}).output
    assert "nid oes cynllun wrth gefn" in welsh
    english = runner.invoke(app, ["check", str(case), "--today", "2026-11-23", "--lang", "en"],
                            env={"COLUMNS": "400"}).output
    assert "the plan has no contingency" in english


def test_a_config_language_coreplan_does_not_speak_is_refused(tmp_path):
    (tmp_path / "case.yaml").write_text(WEAK.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".coreplan.yaml").write_text("language: fr\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--today", "2026-11-23"])
    assert result.exit_code == 2
    assert ".coreplan.yaml:1:11" in result.output and "'fr' is not a language" in result.output


def test_check_refuses_a_bilingual_language():
    result = runner.invoke(app, ["check", str(WEAK), "--lang", "en+cy"])
    assert result.exit_code == 2


def test_rules_lang_cy_lists_every_summary_in_welsh():
    result = runner.invoke(app, ["rules", "--lang", "cy"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    out = result.output
    for rule in RULES.values():
        assert rule.summary not in out, rule.name
        assert rule.name in out
    assert "rheol" in out and "pob plentyn ar wahân" in out and "gwall" in out


def test_every_rule_summary_and_family_is_in_the_catalog():
    from coreplan.i18n import translations

    welsh = translations("cy")
    for rule in RULES.values():
        assert welsh.gettext(rule.summary) != rule.summary, rule.name
        assert welsh.gettext(rule.family) != rule.family, rule.family


@pytest.mark.parametrize("n, english, welsh", [
    (0, "0 working days", "0 diwrnod gwaith"),
    (1, "1 working day", "1 diwrnod gwaith"),
    (2, "2 working days", "2 ddiwrnod gwaith"),
    (3, "3 working days", "3 diwrnod gwaith"),
    (6, "6 working days", "6 diwrnod gwaith"),
    (11, "11 working days", "11 diwrnod gwaith"),
])
def test_counts_take_the_welsh_plural_forms(n, english, welsh):
    message = msg_n("was due on %(due)s and is %(n)s working day overdue",
                    "was due on %(due)s and is %(n)s working days overdue", n, due="x")
    assert english in message.in_language("en")
    assert welsh in message.in_language("cy")


def test_one_problem_in_a_welsh_notice_is_feminine_singular():
    from coreplan.i18n import translations

    welsh = translations("cy")
    one = "coreplan found %(num)s problem in this plan that must be put right first:"
    many = "coreplan found %(num)s problems in this plan that must be put right first:"
    assert welsh.ngettext(one, many, 1) % {"num": 1} == \
        "Daeth coreplan o hyd i 1 broblem yn y cynllun hwn y mae'n rhaid ei chywiro yn gyntaf:"
    assert "6 phroblem" in welsh.ngettext(one, many, 6) % {"num": 6}


def test_welsh_lists_mutate_coreplans_words_but_not_names():
    missing = Either([msg("views"), msg("readiness for change")])
    assert show(missing, "cy") == "barn neu barodrwydd i newid"
    assert show(Either(["Jayden", "Kacey"]), "cy") == "Jayden neu Kacey"
    assert show([msg("wishes and feelings"), msg("worries")], "cy") == "dymuniadau a theimladau a phryderon"
    assert show([msg("wishes and feelings"), msg("worries")], "en") == "wishes and feelings and worries"


def test_a_welsh_document_says_why_it_is_not_ready_in_welsh():
    result = runner.invoke(app, ["render", str(WEAK), "--what", "family", "--lang", "cy", "--today", "2026-11-23"])
    out = result.stdout
    assert "**Ddim yn barod i'w anfon.**" in out
    assert "> - llinell 4: nid oes cynllun wrth gefn" in out
    assert "21 Medi 2026" in out
    assert "line 4" not in out and "Sep 2026" not in out


def test_schedule_refuses_two_languages_clearly():
    result = runner.invoke(app, ["schedule", str(WEAK), "--today", "2026-11-23", "--lang", "en+cy"])
    assert result.exit_code == 2
    assert "one language at a time: use --lang en or --lang cy" in result.output
