"""Names and words written right to left (Arabic, Urdu, Farsi, Kurdish, Hebrew) in a rendered document keep
the document's order around them: each such value is isolated (<bdi> in HTML, U+2068...U+2069 in Markdown),
so a comma, a number or the next name beside it is not pulled into its run (coreplan/bidi.py)."""

from __future__ import annotations

from datetime import date

import pytest
from markdown_it import MarkdownIt

from coreplan import bidi
from coreplan.render_command import render_case
from tests.helpers import ROOT

GOOD = ROOT / "examples" / "good-plan" / "case.yaml"
MARYAM, FATIMA = "مريم حسين", "فاطمة حسين"
FSI, PDI = bidi.FIRST_STRONG_ISOLATE, bidi.POP_DIRECTIONAL_ISOLATE


def family_with_arabic_names(tmp_path, osian: str = MARYAM):
    """The good example plan with the toddler and the mother named in Arabic script."""
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace("name: Osian Hughes", f"name: {osian}", 1).replace("name: Carys Hughes", f"name: {FATIMA}", 1)
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    return case


def render(case, fmt: str, what: str = "plan", language: str = "en") -> str:
    return render_case(case, what, fmt, date(2026, 11, 23), language=language).decode("utf-8")


def test_html_isolates_a_name_beside_a_number_and_in_a_list(tmp_path):
    html = render(family_with_arabic_names(tmp_path), "html")
    assert f"<bdi>{MARYAM}</bdi>, 2 years old" in html  # else shown as "2 ,مريم حسين years old"
    assert f"For Ella Hughes, <bdi>{MARYAM}</bdi> and Mali Hughes." in html  # each name on its own
    assert f"<bdi>{FATIMA}</bdi>" in html


def test_html_isolates_in_welsh_and_bilingual_documents(tmp_path):
    case = family_with_arabic_names(tmp_path)
    for language in ("cy", "en+cy"):
        html = render(case, "html", "family", language)
        assert f"<bdi>{MARYAM}</bdi>" in html and "<bdi><bdi>" not in html


def test_a_left_to_right_document_has_no_isolation_to_add():
    # nothing changes for a family whose names are all written left to right (the goldens hold the rest)
    assert "<bdi>" not in render(GOOD, "html") and FSI not in render(GOOD, "md")


def test_the_page_title_holds_no_markup(tmp_path):
    # <title> is text only: an element there would show as its tags in the browser's tab
    case = family_with_arabic_names(tmp_path)
    case.write_text(case.read_text(encoding="utf-8").replace("reference: DCBC-CP-2026-0147", "reference: ملف 7"),
                    encoding="utf-8")
    html = render(case, "html")
    assert "<title>Care and support protection plan: ملف 7</title>" in html


def test_an_isolated_value_is_still_escaped(tmp_path):
    html = render(family_with_arabic_names(tmp_path, osian="مريم <script>alert(1)</script>"), "html")
    assert "<bdi>مريم &lt;script&gt;alert(1)&lt;/script&gt;</bdi>" in html and "<script>alert" not in html


def test_markdown_isolates_each_name_and_still_escapes_it(tmp_path):
    md = render(family_with_arabic_names(tmp_path, osian="مريم *حسين*"), "md")
    assert f"For Ella Hughes, {FSI}مريم \\*حسين\\*{PDI} and Mali Hughes." in md
    assert f"## {FSI}مريم \\*حسين\\*{PDI}, 2 years old" in md
    # a CommonMark viewer shows the name as written, isolated, and no emphasis
    html = MarkdownIt("commonmark").render(md)
    assert f"{FSI}مريم *حسين*{PDI}, 2 years old</h2>" in html and "<em>" not in html
    # every isolate coreplan writes is closed on the same line
    assert all(line.count(FSI) == line.count(PDI) for line in md.splitlines())


def test_and_list_isolates_each_item_and_keeps_the_welsh_conjunction():
    from coreplan.i18n import and_list

    assert and_list(["Ella", MARYAM, "Osian"], "cy", shown=bidi.plain) == f"Ella, {FSI}{MARYAM}{PDI} ac Osian"
    assert and_list([MARYAM], "en", shown=bidi.plain) == f"{FSI}{MARYAM}{PDI}"
    assert bidi.plain("Ella") == "Ella" and bidi.html("Ella") == "Ella"


def test_in_chromium_the_age_stays_after_the_name(tmp_path):
    from tests.test_browser import CHROMIUM, FLAGS, OUTPUT, sync_playwright

    assert CHROMIUM
    out = tmp_path / "plan.html"
    out.write_text(render(family_with_arabic_names(tmp_path), "html"), encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 900, "height": 1200})
        page.goto(out.as_uri())
        heading = page.locator("h2", has_text=MARYAM).first
        name_right, digit_left = heading.evaluate("""h => {
            const name = h.querySelector('bdi'), after = name.nextSibling, at = after.textContent.indexOf('2');
            const digit = document.createRange(); digit.setStart(after, at); digit.setEnd(after, at + 1);
            return [name.getBoundingClientRect().right, digit.getBoundingClientRect().left]; }""")
        OUTPUT.mkdir(parents=True, exist_ok=True)
        heading.screenshot(path=str(OUTPUT / "right-to-left-name.png"))
        browser.close()
    assert name_right <= digit_left  # read left to right: the name, then ", 2 years old"


@pytest.mark.parametrize("text", ["Ella", "Siân", "Ella 2", "", "ŵy"])
def test_text_without_a_right_to_left_letter_is_left_alone(text):
    assert not bidi.has_right_to_left(text) and bidi.plain(text) is text
