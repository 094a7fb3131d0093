"""Rendered HTML in a real browser (Debian's chromium, driven by Playwright).

For each document: no console errors, every child's name and every goal title visible, a full-page PNG
screenshot and a print-to-PDF saved under tests/output/browser/ for people to look at. A case whose fields
hold <script> and <img onerror=...> must run nothing. Skipped when chromium is missing, except in CI.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coreplan.load import load_case
from tests.helpers import HERE, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
OUTPUT = HERE / "output" / "browser"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium (see .ci/run)", pytrace=False)
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def render_html(case: Path, what: str, out: Path, language: str | None = None) -> Path:
    from datetime import date

    from coreplan.render_command import render_case

    out.parent.mkdir(parents=True, exist_ok=True)
    render_case(case, what, "html", date(2026, 11, 23), output=out, force=True, language=language)
    return out


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 900, "height": 1200})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: problems.append(f"request: {request.url}")
            if not request.url.startswith(("file:", "data:", "about:")) else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


@pytest.mark.parametrize("example, what, language", [
    ("good-plan", "plan", "en"), ("good-plan", "minutes", "en"), ("good-plan", "family", "en"),
    ("weak-plan", "family", "en"), ("good-plan", "family", "cy"), ("good-plan", "plan", "en+cy"),
    ("good-plan", "minutes", "cy")])
def test_document_in_a_browser(browser, example, what, language):
    case_file = ROOT / "examples" / example / "case.yaml"
    case = load_case(case_file).case
    name = f"{example}-{what}" if language == "en" else f"{example}-{what}-{language.replace('+', '-')}"
    html = render_html(case_file, what, OUTPUT / f"{name}.html", language)
    page, problems = open_page(browser, html)
    try:
        for text in [child.name for child in case.children] + [goal.title for goal in case.goals]:
            assert page.get_by_text(text, exact=False).first.is_visible(), f"{text!r} is not visible"
        page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
        page.pdf(path=str(OUTPUT / f"{name}.pdf"), format="A4", print_background=True)
        assert problems == []
        assert page.evaluate("document.documentElement.lang") == language.split("+")[-1] if "+" not in language \
            else page.evaluate("document.documentElement.lang") == "cy"
    finally:
        page.close()
    assert (OUTPUT / f"{name}.pdf").stat().st_size > 1000


def test_hostile_case_runs_nothing(browser, tmp_path):
    from tests.helpers import merge

    text = merge("""children:
  - id: ella
    name: Ella <script>window.pwned = 'script'</script>
    born: 2017-05-01
    categories: [neglect]
    takes_part: views-shared
    lived_experience: <img src=x onerror="window.pwned = 'img'"> Ella is hungry.
    worries: <svg onload="window.pwned = 'svg'"></svg> Ella worries.
    wishes_and_feelings: Ella wants Mum to make breakfast and walk her to school.
    good_enough: Ella has breakfast at home and is at school by 8:50 every day.
""")
    case_file = tmp_path / "case.yaml"
    case_file.write_text(text, encoding="utf-8")
    for what in ("plan", "minutes", "family"):
        html = render_html(case_file, what, tmp_path / f"{what}.html")
        page, problems = open_page(browser, html)
        try:
            assert page.evaluate("typeof window.pwned") == "undefined"
            assert page.get_by_text("<script>window.pwned", exact=False).first.is_visible()
            assert problems == []
        finally:
            page.close()
