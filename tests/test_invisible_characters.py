"""Characters that change how text is shown without being seen (bidi controls, zero-width and tag
characters, line separators): `check` finds each at its line and column, every output leaves them out or
shows them as escapes, so neither a planted case nor a planted folder name can show a reader words that
are not there (coreplan/visible.py)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.visible import clean, format_characters, json_safe, visible
from tests.helpers import ROOT, found, line_of, merge, run

runner = CliRunner()
TODAY = ["--today", "2026-11-23"]
GOOD = ROOT / "examples" / "good-plan" / "case.yaml"
RLO, PDF, LRI, PDI, ZWSP, WJ, TAG_A = "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u2060", "\U000e0041"
# what must reach no output raw: every format character and every control character but newline and tab
UNSAFE = re.compile(f"{format_characters().pattern}|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def findings(text):
    return [(f.rule, f.line, f.column) for f in run(text) if f.rule == "control-character"]


# --- check: where each one is ------------------------------------------------------------------------------

def test_a_direction_override_in_a_value_is_found_at_its_column():
    text = merge(f"contact: Siân visits Ella {RLO}at home every week{PDF}.\n")
    line = line_of(text, "^contact:")
    assert findings(text) == [("control-character", line, len("contact: Siân visits Ella ") + 1)]
    message = next(f.message for f in run(text) if f.rule == "control-character")
    assert "\\u202e, \\u202c" in message and "changes the direction of text" in message


def unseen(text):
    return [(f.rule, f.level, f.line, f.column) for f in run(text)
            if f.rule in ("control-character", "invisible-character")]


def test_a_zero_width_space_pasted_into_a_value_is_a_warning_at_its_column():
    # pasted in from a web page or Word: it hides nothing (every output leaves it out), so it must not make
    # `check` exit 1 or a document say it is not ready to send
    text = merge(f"contact: Siân visits Ella at home every{ZWSP} week.\n")
    column = len("contact: Siân visits Ella at home every") + 1
    assert unseen(text) == [("invisible-character", "warning", line_of(text, "^contact:"), column)]
    message = next(f.message for f in run(text) if f.rule == "invisible-character")
    assert "invisible character (\\u200b" in message and "delete it at this line and column" in message


@pytest.mark.parametrize("char", [ZWSP, WJ, "\ufeff", "\u200e", "\u200f", "\u061c", "\u180e"])
def test_invisible_characters_and_direction_marks_are_warnings(char):
    # a direction mark moves the punctuation next to it, never a word: phones put them around Arabic names
    text = merge(f"contact: Siân visits Ella{char}, at home.  # seen{char}\n")
    column = len("contact: Siân visits Ella") + 1
    assert unseen(text) == [("invisible-character", "warning", line_of(text, "^contact:"), column)]


def test_one_written_as_an_escape_is_a_warning_at_its_value():
    text = merge('contact: "Siân visits Ella\\u200b at home."\n')
    assert unseen(text) == [("invisible-character", "warning", line_of(text, "^contact:"), len("contact: ") + 1)]
    assert "written as an escape in double quotes" in next(f.message for f in run(text) if f.rule == "invisible-character")


def test_on_a_line_with_an_override_the_override_is_the_error():
    text = merge(f"contact: Siân{ZWSP} visits {RLO}Ella{PDF}.\n")
    column = len(f"contact: Siân{ZWSP} visits ") + 1
    assert unseen(text) == [("control-character", "error", line_of(text, "^contact:"), column)]


def test_tag_characters_are_an_error():
    # they can carry a whole sentence that no editor shows
    text = merge(f"contact: Siân visits Ella.{TAG_A}{TAG_A}\n")
    column = len("contact: Siân visits Ella.") + 1
    assert unseen(text) == [("control-character", "error", line_of(text, "^contact:"), column)]
    assert "hidden tag characters (\\U000e0041" in next(f.message for f in run(text) if f.rule == "control-character")


def test_a_good_plan_with_a_zero_width_space_still_passes_and_a_team_can_switch_the_warning_off(tmp_path):
    case = tmp_path / "case.yaml"
    # inside the text: before the block's '>-' it would change what the value is (see the test below)
    case.write_text(GOOD.read_text(encoding="utf-8").replace("  If Carys is found", f"  If Carys{ZWSP} is found", 1),
                    encoding="utf-8")
    result = invoke("check", case, *TODAY)
    assert result.exit_code == 0, result.output
    assert re.search(r"case\.yaml:\d+:\d+  warning  invisible-character  ", result.output), result.output
    (tmp_path / ".coreplan.yaml").write_text("rules:\n  invisible-character: off\n", encoding="utf-8")
    assert "invisible-character" not in invoke("check", case, *TODAY).output


def test_an_ignore_comment_silences_the_warning_but_not_an_override():
    contact = "contact: Siân visits Ella at home every week"
    text = merge(f"{contact}{ZWSP}.  # coreplan: ignore[invisible-character]\n")
    assert [f.rule for f in run(text) if f.line == line_of(text, "^contact:")] == []
    text = merge(f"{contact} {RLO}alone{PDF}.  # coreplan: ignore[control-character]\n")
    assert sorted(f.rule for f in run(text) if f.line == line_of(text, "^contact:")) == \
        ["control-character", "unused-suppression"]


@pytest.mark.parametrize("char", [ZWSP, RLO])
def test_a_settings_file_with_one_is_refused_with_its_line_column_and_what_to_do(tmp_path, char):
    case = tmp_path / "case.yaml"
    case.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".coreplan.yaml").write_text(f"rules:\n  jargon: off\n  long-sentence: info  # note{char}\n",
                                             encoding="utf-8")
    result = invoke("check", case, *TODAY)
    assert result.exit_code == 2
    column = len("  long-sentence: info  # note") + 1
    assert f".coreplan.yaml:3:{column}: a character that cannot be seen or that can turn text round " \
           f"({visible(char)}" in result.output
    assert "delete it there" in result.output and "out of every output" not in result.output


def test_an_override_in_a_comment_is_found_too():
    # in a comment it can make the lines around it look other than they are ("Trojan Source")
    text = merge(f"contact: Siân visits weekly.  # note {RLO} {LRI}x{PDI}\n")
    column = len("contact: Siân visits weekly.  # note ") + 1
    assert findings(text) == [("control-character", line_of(text, "^contact:"), column)]


def test_an_override_written_as_an_escape_is_found_at_its_value():
    text = merge('contact: "Siân visits weekly.\\u202e reversed"\n')
    line = line_of(text, "^contact:")
    assert findings(text) == [("control-character", line, len("contact: ") + 1)]


def test_multi_line_values_are_found_on_the_line_of_the_character():
    text = merge(f"contingency: |\n  Nain looks after them.\n  If not, {TAG_A}{WJ}Siân calls the team.\n")
    assert findings(text) == [("control-character", line_of(text, "If not,"), len("  If not, ") + 1)]


def test_a_line_separator_stops_the_reading_at_its_place():
    text = merge(f"contact: Siân visits\u2028weekly.\n")
    result = [(f.rule, f.line, f.column) for f in run(text)]
    assert result == [("control-character", line_of(text, "^contact:"), len("contact: Siân visits") + 1)]


@pytest.mark.parametrize("kept", ["Ella drew 👨\u200d👩\u200d👧 for her family.", "Mehr\u200cnaz visits.",
                                  "Ella's grand\u00admother visits."])
def test_joiners_and_soft_hyphens_are_not_findings(kept):
    assert found(merge(f"contact: {kept}\n"), "control-character") == []


def test_the_reader_leaves_them_out_of_the_value():
    from coreplan.load import load_case_text

    text = merge(f'contact: "Siân {RLO}visits{PDF} at\\u2028home {ZWSP}weekly"\n')
    assert load_case_text(text).case.contact == "Siân visits at home weekly"


# --- every output ----------------------------------------------------------------------------------------

def hostile_case(tmp_path):
    """The good example plan with format characters in a child's name, a goal and the contingency."""
    text = GOOD.read_text(encoding="utf-8")
    planted = text.replace("name: Ella Hughes", f"name: Ella {RLO}sehguH{PDF}", 1)
    planted = planted.replace("  If Carys is found", f"  If Carys{ZWSP}{TAG_A} is found", 1)
    assert planted.count(RLO) == 1 and planted.count(ZWSP) == 1
    case = tmp_path / "case.yaml"
    case.write_text(planted, encoding="utf-8")
    return case


@pytest.mark.parametrize("command", [
    ["check"], ["check", "--format", "json"], ["check", "--format", "github"], ["check", "--format", "sarif"],
    ["schedule"], ["schedule", "--format", "json"], ["schedule", "--format", "csv"], ["schedule", "--format", "ics"],
])
def test_no_check_or_schedule_output_carries_them(tmp_path, command):
    result = invoke(*command, hostile_case(tmp_path), *TODAY)
    assert result.exit_code in (0, 1), result.output
    assert not UNSAFE.search(result.output), repr(UNSAFE.search(result.output))


@pytest.mark.parametrize("what", ["plan", "minutes", "family"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_no_rendered_document_carries_them(tmp_path, what, fmt):
    result = invoke("render", hostile_case(tmp_path), "--what", what, "--format", fmt, "--lang", "en+cy", *TODAY)
    assert result.exit_code == 0, result.output
    assert not UNSAFE.search(result.stdout)
    # the name reads as it is stored, not turned round: what the family sees is what the plan says
    assert "Ella sehguH" in result.stdout or what == "minutes"


def test_a_folder_name_with_an_override_is_shown_escaped_in_text_and_exact_in_json(tmp_path):
    folder = tmp_path / f"case-{RLO}lmth.exe"
    folder.mkdir()
    (folder / "case.yaml").write_text("reference: [\n", encoding="utf-8")
    text = invoke("check", tmp_path, *TODAY)
    assert text.exit_code == 1 and "case-\\u202elmth.exe/case.yaml:1:12  error  invalid-yaml" in text.output
    assert not UNSAFE.search(text.output)
    checked = invoke("check", tmp_path, "--format", "json", *TODAY).stdout
    sarif = invoke("check", tmp_path, "--format", "sarif", *TODAY).stdout
    assert not UNSAFE.search(checked) and not UNSAFE.search(sarif)  # the JSON text escapes it...
    assert "\\u202e" in checked and "\\u202e" in sarif
    # ...and a tool still gets the real path
    assert json.loads(checked)[0]["file"] == str(folder / "case.yaml")
    uri = json.loads(sarif)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == (folder / "case.yaml").as_posix()
    github = invoke("check", tmp_path, "--format", "github", *TODAY)
    assert "\\u202e" in github.stdout and not UNSAFE.search(github.stdout)


def test_a_git_authors_name_reaches_no_output_raw(tmp_path, monkeypatch):
    from tests import gitrepo

    monkeypatch.setitem(gitrepo.NAMES, "planted", (f"Tom {RLO}snikneJ{PDF}\x1b]0;x\x07", "t@example.org"))
    repo = gitrepo.GitRepo(tmp_path / "team", monkeypatch)
    from tests.test_changes import EARLY, WITH_VISIT

    repo.write("hughes/case.yaml", EARLY)
    repo.commit("Plan", "sian", "2026-10-29T17:00:00+00:00")
    repo.write("hughes/case.yaml", WITH_VISIT)
    repo.commit("Visit", "planted", "2026-11-05T12:00:00+00:00")
    since = ["--since", "2026-10-01"]
    for args in (["changes", *since], ["changes", "--format", "json", *since], ["changes", "--format", "md", *since],
                 ["chronology"], ["chronology", "--format", "html"]):
        result = invoke(*args, repo.root / "hughes")
        assert result.exit_code == 0, (args, result.output)
        assert "Tom snikneJ" in result.stdout or args[0] == "chronology", args
        assert not UNSAFE.search(result.stdout), (args, repr(UNSAFE.search(result.stdout)))


# --- properties -----------------------------------------------------------------------------------------

HOSTILE_CHARS = [RLO, PDF, LRI, PDI, ZWSP, WJ, TAG_A, "\u200e", "\u200f", "\u061c", "\ufeff", "\u2028",
                 "\u2029", "\x1b", "\x07", "\x9b", "\x85", "\x00", "\n", "\t", "\u200d", "a", "é", "ŵ", " ",
                 "\\", '"', ":", "#"]
TEXT = st.lists(st.sampled_from(HOSTILE_CHARS), max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_visible_is_one_safe_line(text):
    shown = visible(text)
    assert not UNSAFE.search(shown) and "\n" not in shown and "\t" not in shown
    assert visible(shown) == shown  # already safe: shown again as it is
    assert not UNSAFE.search(clean(text).replace("\n", "").replace("\t", ""))


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_json_safe_keeps_the_data_and_escapes_the_text(text):
    dumped = json.dumps({"file": text}, ensure_ascii=False)
    assert json.loads(json_safe(dumped)) == {"file": text}
    assert not UNSAFE.search(json_safe(dumped))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT, st.booleans())
def test_a_value_with_any_of_them_reaches_no_output_and_ends_in_no_traceback(tmp_path, text, quoted):
    # quoted: as a JSON string (a YAML double-quoted scalar, so controls come in as escapes); else raw in a
    # block, where YAML refuses raw controls: either way a clear finding, never a traceback
    value = json.dumps(text, ensure_ascii=False) if quoted else "|\n  " + text.replace("\n", "\n  ")
    case = tmp_path / "case.yaml"
    case.write_bytes(merge(f"contact: {value}\n").encode("utf-8", "surrogatepass"))
    for args in (["check"], ["check", "--format", "json"], ["render", "--format", "html"]):
        result = invoke(*args, case, *TODAY)
        assert result.exit_code in (0, 1, 2), result.output
        assert not UNSAFE.search(result.output), (args, repr(UNSAFE.search(result.output)))


@pytest.mark.parametrize("header", [">-", "|", ">", "|+", ">2"])
def test_an_invisible_character_before_a_block_marker_is_an_error_not_a_silent_change(header):
    # "text: \u200b>-" makes the marker plain text: the value would start with '>-' in every document
    good = GOOD.read_text(encoding="utf-8")
    text = good.replace("lived_experience: >-\n", f"lived_experience: {ZWSP}{header}\n", 1)
    assert text != good
    line = line_of(text, "lived_experience:")
    column = text.splitlines()[line - 1].index(ZWSP) + 1
    problems = [(f.rule, f.level, f.line, f.column) for f in run(text) if f.rule == "invalid-yaml"]
    assert problems == [("invalid-yaml", "error", line, column)]
    message = next(f.message for f in run(text) if f.rule == "invalid-yaml")
    assert f"before '{header}' stops it starting a block of text" in message


def test_a_value_that_only_starts_with_a_bracket_after_an_invisible_character_is_only_a_warning():
    text = merge(f"contact: {ZWSP}> Siân visits Ella at home every week.\n")
    assert [f.rule for f in run(text) if f.level == "error"] == []
