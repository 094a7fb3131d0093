"""--redact: anonymised copies for supervision, audit and training.

Every example is rendered (every document, every meeting's minutes, Markdown and HTML, bilingual so that
both the Welsh and the English text are there), scheduled and counted with --redact, and the output must hold none of the example's names,
phone numbers, emails, references or places, in any case, with or without accents.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.load import load_case, load_case_text
from coreplan.redact import Redactor
from tests.helpers import ROOT, merge

runner = CliRunner()
EXAMPLES = sorted((ROOT / "examples").glob("*/case.yaml"))
TODAY = date(2026, 11, 23)
TITLES = {"pc", "mr", "mrs", "ms", "dr"}
# the places each example names in its text (read by hand): towns, schools, a school that is a venue
PLACES = {"good-plan": {"Prestatyn", "Glan Morfa"}, "good-plan-cy": {"Rhyl", "Garth"},
          "weak-plan": {"Bryn Teg"}, "weak-plan-cy": {"Bro Alun"}}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def originals(path: Path) -> set[str]:
    """What must not survive: every name and name part, phone, email, the reference and the places."""
    case = load_case(path).case
    found = {case.reference, *PLACES[path.parent.name]}
    for person in [*case.children, *case.family, *case.members]:
        found.add(person.name)
        found.update(w for w in person.name.split() if w.lower() not in TITLES and len(w) > 1)
        found.update(filter(None, (getattr(person, "phone", None), getattr(person, "email", None))))
    return found


# the team's complaints address (examples/.coreplan.yaml) is the authority's, which every copy keeps, as it
# keeps the authority's name: a family must be able to complain; it names no family's town
AUTHORITY = ("County Hall, Prestatyn LL19 0AA", "Neuadd y Sir, Prestatyn LL19 0AA")


def survivors(output: str, path: Path) -> list[str]:
    for address in AUTHORITY:
        output = output.replace(address, "")
    text = fold(output)
    return sorted(o for o in originals(path) if re.search(rf"(?<!\w){re.escape(fold(o))}(?!\w)", text))


def render_args(path: Path) -> list[list[str]]:
    case = load_case(path).case
    runs = []
    for fmt in ("md", "html"):
        for lang in ("en+cy",):  # the bilingual document holds both the Welsh and the English one
            runs.append(["--what", "plan", "--format", fmt, "--lang", lang])
            runs.append(["--what", "family", "--format", fmt, "--lang", lang])
            for meeting in case.meetings:
                runs.append(["--what", "minutes", "--meeting", meeting.date.isoformat(), "--format", fmt,
                             "--lang", lang])
    return runs


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_no_original_detail_survives_any_rendered_document(path):
    assert len(originals(path)) > 10
    for args in render_args(path):
        result = runner.invoke(app, ["render", str(path), "--redact", "--today", "2026-11-23", *args])
        assert result.exit_code == 0, (args, result.output)
        assert survivors(result.stdout, path) == [], args


@pytest.mark.parametrize("args", [["--format", "json"], ["--format", "csv"], ["--format", "ics"], []])
def test_no_original_detail_survives_the_schedule(args):
    result = runner.invoke(app, ["schedule", str(ROOT / "examples"), "--redact", "--today", "2026-11-23", *args])
    assert result.exit_code == 0
    for path in EXAMPLES:
        assert survivors(result.stdout, path) == []


@pytest.mark.parametrize("args", [["--format", "json", "--by", "coordinator"], ["--format", "csv", "--by", "coordinator"],
                                  ["--by", "coordinator"]])
def test_no_original_detail_survives_the_figures(args):
    result = runner.invoke(app, ["stats", str(ROOT / "examples"), "--redact", "--today", "2026-11-23", *args])
    assert result.exit_code == 0
    for path in EXAMPLES:
        assert survivors(result.stdout, path) == []


def test_the_redacted_schedule_is_the_same_schedule():
    def rows(*extra):
        out = runner.invoke(app, ["schedule", str(ROOT / "examples"), "--today", "2026-11-23", "--format", "json",
                                  *extra]).stdout
        return [(r["kind"], r["due"], r["status"], r["done"]) for r in json.loads(out)]

    # the same rows; among rows due the same day the order follows the names, which redaction changes
    assert sorted(rows("--redact")) == sorted(rows())


def test_who_finds_the_real_person_and_shows_the_pseudonym():
    result = runner.invoke(app, ["schedule", str(ROOT / "examples"), "--redact", "--who", "Siân", "--today",
                                 "2026-11-23", "--format", "json"])
    rows = json.loads(result.stdout)
    assert rows and {r["who"] for r in rows} == {"Worker-A"}


def redact_case(text: str, redactor: Redactor | None = None):
    return (redactor or Redactor()).case(load_case_text(merge(text)).case, TODAY)


def test_names_inside_text_possessives_capitals_and_missing_accents():
    case = redact_case("contact: >-\n  Siân sees ELLA at home; Ella's bedroom, Ella’s school and Sian's car.\n"
                       "  Carys Hughes and Mrs Hughes will come.\n"
                       "members:\n  - {id: sian, name: Siân Roberts, role: social worker}\n"
                       "  - {id: tom, name: Tom Jenkins, role: class teacher}\n"
                       "children:\n  - {id: ella, name: Ella Hughes, born: 2017-05-01, categories: [neglect]}\n"
                       "family:\n  - {id: carys, name: Carys Hughes, relationship: mother}\n")
    assert case.contact == ("Worker-A sees CHILD-A at home; Child-A's bedroom, Child-A’s school and Worker-A's car. "
                            "Adult-A and Mrs Family-A will come.".replace("CHILD-A", "Child-A"))


def test_contact_details_addresses_and_dates_of_birth_in_text():
    case = redact_case("contact: >-\n  Call 01745 000101 or +44 7700 900123 or (01745) 000 101, email\n"
                       "  carys.h@mail.example; she lives at 12 Heol Glan Morfa, Prestatyn LL19 9AB. Ella was born\n"
                       "  01/05/2017 (1 May 2017).\n"
                       "children:\n  - {id: ella, name: Ella, born: 2017-05-01, categories: [neglect]}\n")
    assert case.contact == ("Call [phone] or [phone] or [phone], email [email]; she lives at [address], Place-B "
                            "[postcode]. Child-A was born [date of birth] ([date of birth]).")


def test_a_person_keeps_one_pseudonym_across_the_cases_of_a_run():
    redactor = Redactor()
    first = redact_case("reference: A-1\n", redactor)
    second = redact_case("reference: B-2\nchildren:\n  - {id: jo, name: Jo Evans, categories: [neglect]}\n"
                         "goals: []\nmeetings: []\nvisits: []\n", redactor)
    assert first.members[0].name == second.members[0].name == "Worker-A"
    assert (first.children[0].name, second.children[0].name) == ("Child-A", "Child-B")
    assert (first.reference, second.reference) == ("Case-A", "Case-B")


def test_ids_that_carry_names_are_rewritten_and_references_still_resolve():
    case = redact_case("goals:\n  - id: ella-mornings\n    title: Calm mornings for Ella\n"
                       "    concern: Carys cannot get up.\n    impact: {ella: Ella arrives late.}\n"
                       "    outcome: Ella has breakfast.\n    ladder: [one, two]\n    good_enough: 2\n"
                       "    actions:\n      - {who: carys, what: Get up first., by: 2026-12-18}\n"
                       "meetings:\n  - {date: 2026-10-29, type: core-group, chair: sian, present: [carys, sian],"
                       " ladder: {ella-mornings: 1}}\n")
    goal = case.goals[0]
    assert (goal.id, goal.title, list(goal.impact)) == ("child-a-mornings", "Calm mornings for Child-A", ["child-a"])
    assert goal.actions[0].who == "adult-a" and case.name_of("adult-a") == "Adult-A"
    assert case.meetings[0].present == ["adult-a", "worker-a"] and "child-a-mornings" in case.meetings[0].ladder


def test_date_of_birth_keeps_the_age_only():
    case = redact_case("children:\n  - {id: ella, name: Ella, born: 2017-05-01, categories: [neglect]}\n")
    child = case.children[0]
    assert child.born != date(2017, 5, 1) and child.age_on(TODAY) == 9
    assert not case.lines and not case.texts  # the file's own words are not carried over


def test_names_are_matched_as_capitalised_so_lower_case_words_stay():
    # "May" the month goes too, because it is written like the surname: better one word too many than a name left
    case = redact_case("contact: Will will visit in May; may Will come?\n"
                       "members:\n  - {id: sian, name: Will May, role: social worker}\n"
                       "  - {id: tom, name: Tom Jenkins, role: class teacher}\n")
    assert case.contact == "Worker-A will visit in Family-A; may Worker-A come?"


def test_names_that_differ_only_in_accents_are_two_people():
    case = redact_case("contact: Aled and Alèd came.\n"
                       "members:\n  - {id: sian, name: Aled Jones, role: social worker}\n"
                       "  - {id: tom, name: Alèd Jones, role: class teacher}\n")
    assert [m.name for m in case.members] == ["Worker-A", "Worker-B"]
    assert case.contact == "Worker-A and Worker-B came."


def test_a_redacted_render_names_no_folder_on_stderr(tmp_path):
    # the folder is often the family's name, and stderr may end up in a log
    folder = tmp_path / "hughes-family"
    folder.mkdir()
    (folder / "case.yaml").write_text((ROOT / "examples" / "weak-plan" / "case.yaml").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(folder), "--redact", "--today", "2026-11-23"])
    assert result.exit_code == 0
    assert "errors found by 'coreplan check'" in result.stderr
    assert "hughes" not in result.stderr
    plain = CliRunner().invoke(app, ["render", str(folder), "--today", "2026-11-23"])
    assert "hughes-family" in plain.stderr  # without --redact the worker is told which file
