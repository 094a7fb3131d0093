"""coreplan chronology: the plan's dated events joined with what its git history dates."""

from __future__ import annotations

import csv
import io

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from coreplan.cli import app
from tests.gitrepo import GitRepo
from tests.helpers import BASE, merge

runner = CliRunner()
ADDED_ACTION = BASE.replace("contact:", "").replace(
    "        how_we_will_know: Ella's school register shows her arriving by 8:50 on nine days out of ten.\n",
    "        how_we_will_know: Ella's school register shows her arriving by 8:50 on nine days out of ten.\n"
    "      - who: tom\n        what: Send Siân the register every Friday.\n        by: 2026-12-04\n"
    "        how_we_will_know: Siân sees Ella's arrival times each week.\ncontact:", 1)


def rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_plan_and_history_events_in_order_with_their_authors(tmp_path, monkeypatch):
    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", BASE)
    first = repo.commit("Plan", "sian", "2026-11-20T09:00:00+00:00")
    repo.write("hughes/case.yaml", ADDED_ACTION)
    second = repo.commit("Tom's action", "tom", "2026-11-21T15:00:00+01:00")
    result = runner.invoke(app, ["chronology", str(repo.root / "hughes"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = rows(result.stdout)
    assert table[0] == ["date", "event", "by", "source", "commit"]
    assert [r[0] for r in table[1:]] == sorted(r[0] for r in table[1:])
    assert table[1:4] == [
        ["2026-10-05", "Strategy discussion", "", "plan", ""],
        ["2026-10-19", "Initial child protection conference: on the register: Ella (neglect)", "", "plan", ""],
        ["2026-10-22", "Visit: Ella seen (alone, at home, bedroom seen)", "Siân Roberts", "plan", ""]]
    assert ["2026-10-29", "Core group meeting at Prestatyn Family Centre, chaired by Siân Roberts", "", "plan",
            ""] in table
    assert ["2026-11-19", "Ladder, 'Calm mornings': step 1 to step 2", "", "plan", ""] in table
    assert table[-2:] == [
        ["2026-11-20", "Case file first committed", "Siân Roberts", "history", first],
        ["2026-11-21", "New action, by 4 December 2026: Tom Jenkins: Send Siân the register every Friday. "
                       "(goal 'Calm mornings')", "Tom Jenkins", "history", second]]


def test_a_case_not_in_git_gets_the_plans_own_dates_and_a_note(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    result = runner.invoke(app, ["chronology", str(tmp_path)])
    assert result.exit_code == 0
    assert "is not in a git repository" in result.stderr and "plan's own dates only" in result.stderr
    assert "| 19 October 2026 | Initial child protection conference" in result.stdout
    assert "only the dates written in the plan" in result.stdout


HOSTILE = merge("visits:\n  - {date: 2026-10-22, child: ella, by: sian, alone: true}\n"
                "meetings:\n  - date: 2026-10-29\n    type: core-group\n"
                "    venue: '=HYPERLINK(\"http://x\",\"y\") <script>alert(1)</script> *b* | [l](http://x)'\n")


def test_csv_cells_cannot_run_as_formulas(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    text = HOSTILE.replace("name: Siân Roberts", "name: '@SUM(A1:A9)'")
    (tmp_path / "case.yaml").write_text(text, encoding="utf-8")
    table = rows(runner.invoke(app, ["chronology", str(tmp_path), "--format", "csv"]).stdout)
    cells = [cell for row in table for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'@SUM(A1:A9)" in cells


def test_markdown_and_html_show_hostile_text_as_written(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "case.yaml").write_text(HOSTILE, encoding="utf-8")
    md = runner.invoke(app, ["chronology", str(tmp_path)]).stdout
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(md)
    inline = {c.type for t in tokens for c in (t.children or [])}
    assert not inline & {"html_inline", "link_open", "em_open"}
    table_lines = [line for line in md.splitlines() if line.startswith("|")]
    assert sum(1 for t in tokens if t.type == "tr_open") == len(table_lines) - 1  # less the |---| line
    assert sum(1 for t in tokens if t.type == "td_open") == 4 * (len(table_lines) - 2)  # no cell split by '|'
    page = runner.invoke(app, ["chronology", str(tmp_path), "--format", "html"]).stdout
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def test_an_unreadable_case_exits_2(tmp_path):
    (tmp_path / "case.yaml").write_text("reference: [\n", encoding="utf-8")
    result = runner.invoke(app, ["chronology", str(tmp_path)])
    assert result.exit_code == 2 and "coreplan check" in result.output
