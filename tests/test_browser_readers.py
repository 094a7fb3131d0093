"""Every rendered HTML document as its readers meet it in a browser: accessible, and silent on the network.

axe-core (the npm package, installed by .ci/run into tests/node_modules_root, which git ignores) runs in
Debian's chromium on every document, every language, both examples and a hostile case, and any WCAG 2.1
A or AA violation fails the test. Every request the page makes is routed through the test: anything but
the file itself and data: URLs is refused and fails the test, because a plan that phones home tells a
stranger who read a child's plan and when. Screenshots go to tests/output/readers/ for people to look
at, with the Markdown plan shown as a CommonMark viewer shows it.

Outside CI a missing chromium or axe-core skips with the command that installs it; under CI=true it fails.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from coreplan.render_command import render_case
from tests.helpers import HERE, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = Path(os.environ.get("COREPLAN_AXE_JS") or HERE / "node_modules_root" / "node_modules" / "axe-core" / "axe.min.js")
OUTPUT = HERE / "output" / "readers"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TODAY = date(2026, 11, 23)


def _missing(what: str, how: str):
    if os.environ.get("CI"):
        pytest.fail(f"CI must install {what} (see .ci/run)", pytrace=False)
    pytest.skip(f"{what} is not installed: {how}", allow_module_level=True)


if CHROMIUM is None:
    _missing("Debian's chromium", "apt-get install chromium")
if not AXE.is_file():
    _missing("axe-core", "npm install --prefix tests/node_modules_root --no-save axe-core@4")
sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def open_silently(browser, path: Path):
    """The page, and every request it tried that was not the file itself or data: (each refused)."""
    page = browser.new_page(viewport={"width": 900, "height": 1200})
    refused: list[str] = []

    def note(url: str) -> None:
        if not url.startswith(("file:", "data:", "about:")) and url not in refused:
            refused.append(url)

    def route(route):
        note(route.request.url)
        route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort()

    page.route("**/*", route)
    # a request that does not pass through routing (a service worker's, say) is still seen here
    page.on("request", lambda request: note(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, refused


def axe_violations(page) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
    }""", WCAG_21_AA)
    return list(result)


# the bilingual document holds the Welsh body too, so two languages cover all three and keep the suite quick
DOCUMENTS = [(example, what, language) for example, languages in (("good-plan", ("en", "en+cy")), ("weak-plan", ("en",)))
             for what in ("plan", "minutes", "family") for language in languages]


@pytest.mark.parametrize("example, what, language", DOCUMENTS)
def test_accessible_and_silent(browser, example, what, language):
    name = f"{example}-{what}-{language.replace('+', '-')}"
    out = OUTPUT / f"{name}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    render_case(ROOT / "examples" / example / "case.yaml", what, "html", TODAY, output=out, force=True,
                language=language)
    page, refused = open_silently(browser, out)
    try:
        page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
        assert refused == [], "the document asked the network for something"
        assert axe_violations(page) == []
    finally:
        page.close()


def test_a_hostile_case_is_accessible_and_silent(browser, tmp_path):
    from tests.test_markdown_reading import hostile_case

    case = hostile_case(tmp_path)
    for what in ("plan", "minutes", "family"):
        out = OUTPUT / f"hostile-{what}.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        render_case(case, what, "html", TODAY, output=out, force=True)
        page, refused = open_silently(browser, out)
        try:
            assert refused == []
            assert page.evaluate("document.images.length") == 0
            assert page.evaluate("document.links.length") == 0
            assert axe_violations(page) == []
        finally:
            page.close()


def test_markdown_plan_as_a_viewer_shows_it(browser):
    """The Markdown plan turned into HTML as a CommonMark viewer would, screenshot for people to look at."""
    from markdown_it import MarkdownIt

    md = render_case(ROOT / "examples" / "good-plan" / "case.yaml", "plan", "md", TODAY).decode()
    body = MarkdownIt("commonmark").enable("table").render(md)
    out = OUTPUT / "good-plan-plan-markdown-view.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Markdown view</title>"
                   "<style>body{font-family:sans-serif;max-width:60rem;margin:auto}table{border-collapse:collapse}"
                   "td,th{border:1px solid #888;padding:.2rem .4rem}</style></head><body>" + body + "</body></html>",
                   encoding="utf-8")
    page, refused = open_silently(browser, out)
    try:
        page.screenshot(path=str(OUTPUT / "good-plan-plan-markdown-view.png"), full_page=True)
        assert refused == []
        assert page.locator("table").count() >= 3 + 3 + 3  # per goal: actions, ladder, history
    finally:
        page.close()
