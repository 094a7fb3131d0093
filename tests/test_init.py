"""coreplan init: a new case reads cleanly at once, leaves the findings a new plan should have, never overwrites."""

from __future__ import annotations

import json
import stat

import pytest
from typer.testing import CliRunner

import coreplan.cli
from coreplan.cli import app
from coreplan.load import load_case
from coreplan.new_case import assign_ids, yaml_text
from coreplan.yamlread import parse_text

runner = CliRunner()
OUTLINE = ["--reference", "DCBC-CP-2026-0147", "--conference", "2026-09-14", "--coordinator", "Siân Roberts",
           "--child", "Ella Hughes: neglect, emotional", "--child", "Osian Hughes: neglect",
           "--family", "Carys Hughes: mother", "--family", "Dean Hughes: father"]
READING = {"invalid-yaml", "duplicate-key", "alias-not-allowed", "file-too-large", "unknown-field",
           "missing-field", "invalid-value", "unknown-id", "duplicate-id"}


def check_json(path):
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--today", "2026-09-20"])
    return result.exit_code, json.loads(result.output)


def test_init_then_check_has_no_reading_errors_and_asks_for_what_a_new_plan_lacks(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path), *OUTLINE])
    assert result.exit_code == 0, result.output
    case = tmp_path / "case.yaml"
    code, findings = check_json(case)
    assert not [f for f in findings if f["rule"] in READING]
    rules = {f["rule"] for f in findings}
    # what the worker must still write: a goal for each child, the contingency, each child's day and voice...
    assert {"child-without-goal", "missing-contingency", "missing-lived-experience", "missing-child-voice",
            "parent-not-considered", "member-without-contribution"} <= rules
    assert code == 1
    loaded = load_case(case)
    assert [c.id for c in loaded.case.children] == ["ella", "osian"]
    assert loaded.case.children[0].categories == ["neglect", "emotional"]
    assert loaded.case.coordinator == "sian" and loaded.case.members[0].name == "Siân Roberts"
    assert [(f.id, f.relationship) for f in loaded.case.family] == [("carys", "mother"), ("dean", "father")]


def test_the_new_file_points_editors_at_the_schema_and_is_private(tmp_path):
    runner.invoke(app, ["init", str(tmp_path), *OUTLINE])
    case = tmp_path / "case.yaml"
    first = case.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=file://")
    assert first.endswith("/coreplan/data/case.schema.json")
    assert stat.S_IMODE(case.stat().st_mode) == 0o600


def test_second_init_changes_nothing_and_exits_2(tmp_path):
    runner.invoke(app, ["init", str(tmp_path), *OUTLINE])
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir())
    result = runner.invoke(app, ["init", str(tmp_path), *OUTLINE])
    assert result.exit_code == 2
    assert "already exists" in result.output and "nothing was written" in result.output
    assert sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir()) == before


def test_missing_outline_off_a_terminal_is_a_clear_usage_error(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path), "--reference", "X"])
    assert result.exit_code == 2
    assert "--conference, --coordinator, --child" in result.output
    assert not (tmp_path / "case.yaml").exists()


def test_on_a_terminal_missing_details_are_asked_for(tmp_path, monkeypatch):
    monkeypatch.setattr(coreplan.cli, "_is_terminal", lambda: True)
    answers = "\n".join(["DCBC-9", "2026-09-14", "Siân Roberts", "Ella Hughes", "neglect", "",
                         "Carys Hughes", "mother", ""]) + "\n"
    result = runner.invoke(app, ["init", str(tmp_path)], input=answers)
    assert result.exit_code == 0, result.output
    case = load_case(tmp_path / "case.yaml").case
    assert (case.reference, case.children[0].name, case.family[0].relationship) == ("DCBC-9", "Ella Hughes",
                                                                                    "mother")


@pytest.mark.parametrize("option", [["--child", "Ella: bruises"], ["--child", "Ella"],
                                    ["--family", "Carys"], ["--conference", "14/09/2026"]])
def test_bad_outline_values_are_refused_before_writing(tmp_path, option):
    args = [a for a in OUTLINE]
    args += option
    result = runner.invoke(app, ["init", str(tmp_path), *args])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert not (tmp_path / "case.yaml").exists()


@pytest.mark.parametrize("name", ['Ella "Bo" Hughes', "Ella: the #1", "no", "Ella ' Hughes", "<script>x</script>",
                                  "- Ella", "[Ella]", "Ella\u00a0Hughes", "Llŷr ap Siôn", "{a: b}", "@Ella",
                                  "010", "2026-01-01", "Ella  # comment"])
def test_hostile_names_are_written_so_they_read_back_as_typed(tmp_path, name):
    result = runner.invoke(app, ["init", str(tmp_path), "--reference", name, "--conference", "2026-09-14",
                                 "--coordinator", name, "--child", f"{name}: neglect"])
    assert result.exit_code == 0, result.output
    case = load_case(tmp_path / "case.yaml").case
    expected = " ".join(name.split())
    assert (case.reference, case.children[0].name, case.members[0].name) == (expected, expected, expected)


def test_a_name_with_a_line_break_is_refused(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path), *OUTLINE, "--child", "Ella\x1b[31m: neglect"])
    assert result.exit_code == 2 and not (tmp_path / "case.yaml").exists()


def test_ids_are_unique_and_readable():
    assert assign_ids(["Siân Roberts", "Ella Hughes", "Ella Jones", "Ella Jones", "李"]) == [
        "sian", "ella", "ella-jones", "ella-jones-2", "person-2"]


@pytest.mark.parametrize("value", ["plain words", "yes", "a: b", "x #y", "'q'", '"d"', "tail:", "", "ø"])
def test_yaml_text_round_trips(value):
    document = parse_text(f"k: {yaml_text(value)}\n")
    assert not document.problems and document.root.pairs[0][1].value == value


def test_team_init_writes_config_and_schemas_once(tmp_path):
    result = runner.invoke(app, ["init", "--team", str(tmp_path)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [".coreplan.yaml", "case.schema.json", "coreplan-config.schema.json"]
    from coreplan.config import load_settings
    from coreplan.rules import all_rules

    load_settings(tmp_path / ".coreplan.yaml", all_rules())  # a valid configuration
    # a case started below the team folder points at the team's copy of the schema, relative to itself
    runner.invoke(app, ["init", str(tmp_path / "cases" / "hughes"), *OUTLINE])
    first = (tmp_path / "cases" / "hughes" / "case.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../case.schema.json"
    again = runner.invoke(app, ["init", "--team", str(tmp_path)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_a_folder_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "hughes"
    blocker.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["init", str(blocker), *OUTLINE])
    assert result.exit_code == 2 and "cannot be written" in result.output
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_bad_answer_at_the_terminal_is_said_and_asked_again(tmp_path, monkeypatch):
    monkeypatch.setattr(coreplan.cli, "_is_terminal", lambda: True)
    answers = ["", "DCBC-9",  # an empty answer is said to be empty and asked again, never in silence
               "14/09/2026", "2026-02-30", "2026-09-14",  # day first, an impossible date, then a date
               "  ", "Siân Roberts",  # a blank name, then one
               "", "Ella Hughes", "bruises", "neglect, emotionl", "neglect, emotional", "",  # no child yet...
               "Carys\x1b[31m", "Carys Hughes", "", "mother", ""]
    result = runner.invoke(app, ["init", str(tmp_path)], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if line.endswith("try again")]
    assert said == [
        "coreplan: the case reference cannot be empty: try again",
        "coreplan: '14/09/2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-14: try again",
        "coreplan: '2026-02-30' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-14: try again",
        "coreplan: the co-ordinator's name cannot be empty: try again",
        "coreplan: a plan is for at least one child: write the first child's name: try again",
        "coreplan: 'bruises' is not a category of registration: write physical, emotional, sexual, financial, "
        "neglect: try again",
        "coreplan: 'emotionl' is not a category of registration: write physical, emotional, sexual, financial, "
        "neglect (did you mean 'emotional'?): try again",
        "coreplan: 'Carys\\x1b[31m' is not a name coreplan can write: use letters and spaces: try again",
        "coreplan: the relationship cannot be empty: try again",
    ]
    case = load_case(tmp_path / "case.yaml").case
    assert (case.reference, str(case.conference), case.members[0].name) == ("DCBC-9", "2026-09-14", "Siân Roberts")
    assert [(c.name, c.categories) for c in case.children] == [("Ella Hughes", ["neglect", "emotional"])]
    assert [(f.name, f.relationship) for f in case.family] == [("Carys Hughes", "mother")]


def test_the_end_of_input_at_a_question_writes_nothing_and_exits_2(tmp_path, monkeypatch):
    monkeypatch.setattr(coreplan.cli, "_is_terminal", lambda: True)
    result = runner.invoke(app, ["init", str(tmp_path)], input="DCBC-9\nnot a date\n")
    assert result.exit_code == 2, result.output
    assert "nothing was written" in result.stderr and not (tmp_path / "case.yaml").exists()


def test_a_bad_option_on_a_terminal_is_refused_before_any_question(tmp_path, monkeypatch):
    monkeypatch.setattr(coreplan.cli, "_is_terminal", lambda: True)
    result = runner.invoke(app, ["init", str(tmp_path), "--conference", "14/09/2026"], input="DCBC-9\n")
    assert result.exit_code == 2
    assert "--conference '14/09/2026' is not a date: write it as YYYY-MM-DD" in result.stderr
    assert "Case reference" not in result.output and not (tmp_path / "case.yaml").exists()


def test_empty_answers_are_explained_in_the_teams_language(tmp_path, monkeypatch):
    # at the terminal an empty answer used to be asked again without a word; in a Welsh team, in Welsh
    monkeypatch.setattr(coreplan.cli, "_is_terminal", lambda: True)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".coreplan.yaml").write_text("language: cy\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    answers = ["DCBC-9", "", "2026-09-14", "Siân Roberts", "Ella Hughes", "", "neglect", "", "Carys Hughes",
               "", "mam", ""]
    result = runner.invoke(app, ["init", "hughes"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if line.endswith("rhowch gynnig arall arni")]
    assert said == [
        "coreplan: ni all y dyddiad fod yn wag: ysgrifennwch y dyddiad ar y ffurf BBBB-MM-DD, e.e. 2026-09-14: "
        "rhowch gynnig arall arni",
        # the categories are the case format's own words, written in English in any plan
        "coreplan: ysgrifennwch un categori cofrestru neu fwy: physical, emotional, sexual, financial, neglect: "
        "rhowch gynnig arall arni",
        "coreplan: ni all y berthynas fod yn wag: rhowch gynnig arall arni",
    ]
    case = load_case(tmp_path / "hughes" / "case.yaml").case
    assert [(f.name, f.relationship) for f in case.family] == [("Carys Hughes", "mam")]
