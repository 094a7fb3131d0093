"""coreplan changes and chronology in Welsh (--lang cy, en+cy): coreplan's words and dates through the catalog,
what practitioners wrote as they wrote it, JSON and CSV columns kept as the English contract."""

from __future__ import annotations

import csv
import io
import json

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from coreplan.cli import app
from tests.test_changes import repo  # noqa: F401 (a fixture: three commits by Siân and Tom)

runner = CliRunner()
ENGLISH_WORDS = ("Changes to", "since", "Visit on", "Action done", "Ladder:", "moved from", "step", " seen ",
                 "alone", "at home", "commit ", "Chronology", "What happened", "Strategy discussion",
                 "Core group meeting", "the plan", "history", "November", "Nov ")


def invoke(*args):
    result = runner.invoke(app, [*map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_changes_in_welsh_text(repo):  # noqa: F811
    text = invoke("changes", repo.root / "hughes", "--since", "2026-11-01", "--lang", "cy")
    assert text.splitlines() == [
        f"Newidiadau i {repo.root / 'hughes' / 'case.yaml'} ers 1 Tachwedd 2026:",
        "",
        f"5 Tachwedd 2026, Siân Roberts (ymrwymiad {repo.visit})",
        "  - Ymweliad ar 5 Tachwedd 2026: gwelwyd Ella gan Siân Roberts (heb riant na gofalwr yn bresennol, "
        "gartref)",
        "",
        f"19 Tachwedd 2026, Tom Jenkins (ymrwymiad {repo.meeting})",
        "  - Cam gweithredu wedi'i wneud ar 18 Tachwedd 2026: Carys: Keep a diary of what time she gets up and "
        "when Ella eats, and share it with Siân. (nod 'Calm mornings')",
        "  - Ysgol: symudodd nod 'Calm mornings' o gam 1 i gam 2",
    ]


def test_changes_default_heading_in_welsh(repo):  # noqa: F811
    text = invoke("changes", repo.root / "hughes", "--lang", "cy")
    assert text.splitlines()[0].endswith("ers y cyfarfod diwethaf (19 Tachwedd 2026):")


def test_changes_in_both_languages_markdown_welsh_first(repo):  # noqa: F811
    md = invoke("changes", repo.root / "hughes", "--since", "2026-11-01", "--lang", "en+cy", "--format", "md")
    tokens = MarkdownIt("commonmark").parse(md)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["Ers 1 Tachwedd 2026", "Since 1 Nov 2026"]
    assert sum(1 for t in tokens if t.type == "hr") == 1
    welsh, english = md.split("\n---\n")
    assert "Ymweliad ar 5 Tachwedd 2026" in welsh and "Visit on 5 Nov 2026" in english
    assert not [w for w in ENGLISH_WORDS if w in welsh.replace("Keep a diary of what time she gets up and when "
                                                                "Ella eats, and share it with Siân.", "")]


def test_json_keeps_its_english_contract_whatever_the_language(repo):  # noqa: F811
    english = json.loads(invoke("changes", repo.root / "hughes", "--format", "json"))
    assert json.loads(invoke("changes", repo.root / "hughes", "--format", "json", "--lang", "cy")) == english


def test_chronology_in_welsh(repo):  # noqa: F811
    md = invoke("chronology", repo.root / "hughes", "--lang", "cy")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    cells = [t.children[0].content if t.children else "" for t in tokens if t.type == "inline"]
    assert cells[:5] == ["Cronoleg: DCBC-CP-2026-0001", "Dyddiad", "Beth ddigwyddodd", "Pwy", "Ffynhonnell"]
    assert ["5 Hydref 2026", "Trafodaeth strategaeth", "", "y cynllun"] == cells[5:9]
    assert "Cynhadledd amddiffyn plant gychwynnol: ar y gofrestr: Ella (esgeulustod)" in cells
    assert "Ysgol, 'Calm mornings': o gam 1 i gam 2" in cells
    assert f"hanes git ({repo.first})" in cells and "Cadwyd y ffeil achos yn git am y tro cyntaf" in cells
    assert not [w for w in ENGLISH_WORDS if w in md.replace("Calm mornings", "")]


def test_chronology_html_in_both_languages_is_marked_by_language(repo):  # noqa: F811
    page = invoke("chronology", repo.root / "hughes", "--lang", "en+cy", "--format", "html")
    assert '<html lang="cy">' in page
    welsh = page.index('<section lang="cy">')
    english = page.index('<section lang="en">')
    assert welsh < english
    assert "Beth ddigwyddodd" in page[welsh:english] and "What happened" in page[english:]
    assert "<title>Cronoleg: DCBC-CP-2026-0001 / Chronology: DCBC-CP-2026-0001</title>" in page


def test_chronology_csv_in_welsh_keeps_its_columns(repo):  # noqa: F811
    rows = list(csv.reader(io.StringIO(invoke("chronology", repo.root / "hughes", "--format", "csv", "--lang",
                                              "cy"))))
    assert rows[0] == ["date", "event", "by", "source", "commit"]
    assert rows[1] == ["2026-10-05", "Trafodaeth strategaeth", "", "plan", ""]
    both = runner.invoke(app, ["chronology", str(repo.root / "hughes"), "--format", "csv", "--lang", "en+cy"])
    assert both.exit_code == 2 and "one language at a time" in both.output


def test_could_not_run_is_said_in_welsh_too(tmp_path, monkeypatch):
    from tests.helpers import BASE

    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    result = runner.invoke(app, ["changes", str(tmp_path), "--lang", "cy"])
    assert result.exit_code == 2
    assert "nid yw mewn ystorfa git, felly nid oes ganddo hanes i'w gymharu" in result.stderr


def test_a_bad_since_is_said_in_welsh(repo):  # noqa: F811
    result = runner.invoke(app, ["changes", str(repo.root / "hughes"), "--since", "no-such-branch", "--lang", "cy"])
    assert result.exit_code == 2
    assert "nid yw --since 'no-such-branch' yn ddyddiad (BBBB-MM-DD) nac yn fersiwn" in result.stderr
