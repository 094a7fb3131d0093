"""The team dashboard and the plan's ladder charts in a real browser (Debian's chromium).

No request may leave the page, no script may run, every chart has an accessible name, and a screenshot
of each is saved in tests/output/browser/ for people to look at. Skipped when chromium is missing,
except in CI (tests/test_browser.py).
"""

from __future__ import annotations

from tests.helpers import ROOT, merge
from tests.test_browser import OUTPUT, browser, open_page, render_html  # noqa: F401 (browser is a fixture)
from tests.test_stats import CASE_A, CASE_B, CASE_C


def write_dashboard(folder, out, *args):
    from typer.testing import CliRunner

    from coreplan.cli import app

    out.parent.mkdir(parents=True, exist_ok=True)
    result = CliRunner().invoke(app, ["stats", str(folder), "--format", "html", "-o", str(out), "--force", *args])
    assert result.exit_code == 0, result.output
    return out


def charts_have_names(page) -> bool:
    return page.evaluate("""[...document.querySelectorAll('svg[role=img]')].every(svg =>
        svg.getAttribute('aria-labelledby').split(' ').every(id => {
            const el = document.getElementById(id); return el && el.textContent.trim().length > 0; }))""")


def test_dashboard_of_a_team(browser, tmp_path):
    for name, text in (("a", CASE_A), ("b", CASE_B), ("c", CASE_C)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "case.yaml").write_text(merge(text), encoding="utf-8")
    html = write_dashboard(tmp_path, OUTPUT / "dashboard.html", "--from", "2026-12-01", "--to", "2027-04-30",
                           "--today", "2027-05-04")
    page, problems = open_page(browser, html)
    try:
        assert page.locator("svg[role=img]").count() == 7  # six measures and the overdue items by worker
        assert charts_have_names(page)
        assert page.get_by_text("5 of 6 on time").first.is_visible()
        assert page.locator("svg text", has_text="Siân Roberts").first.is_visible()
        page.screenshot(path=str(OUTPUT / "dashboard.png"), full_page=True)
        assert problems == []
    finally:
        page.close()


def test_dashboard_of_the_examples_redacted(browser):
    html = write_dashboard(ROOT / "examples", OUTPUT / "dashboard-examples-redacted.html", "--today", "2026-11-23",
                           "--redact")
    text = html.read_text(encoding="utf-8")
    assert "Gareth Owen" not in text and "Worker-" in text
    page, problems = open_page(browser, html)
    try:
        assert charts_have_names(page)
        page.screenshot(path=str(OUTPUT / "dashboard-examples-redacted.png"), full_page=True)
        assert problems == []
    finally:
        page.close()


def test_plan_ladder_charts(browser):
    html = render_html(ROOT / "examples" / "good-plan" / "case.yaml", "plan", OUTPUT / "ladder-charts.html")
    page, problems = open_page(browser, html)
    try:
        charts = page.locator("figure.ladder-chart svg")
        assert charts.count() == 3 and charts_have_names(page)
        # the goal where the family and the practitioners differed has two lines
        assert page.locator("figure.ladder-chart").nth(1).locator("path[fill=none]").count() == 2
        charts.nth(1).screenshot(path=str(OUTPUT / "ladder-chart.png"))
        assert problems == []
    finally:
        page.close()


def test_hostile_names_in_the_dashboard_run_nothing(browser, tmp_path):
    text = merge("members:\n  - {id: sian, name: \"<img src=x onerror=\\\"window.pwned=1\\\">\", role: social worker}\n"
                 "  - {id: tom, name: Tom Jenkins, role: teacher}\nmeetings: []\n")
    (tmp_path / "case.yaml").write_text(text, encoding="utf-8")
    html = write_dashboard(tmp_path, tmp_path / "dashboard.html", "--today", "2026-11-23")
    page, problems = open_page(browser, html)
    try:
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert problems == []
    finally:
        page.close()
