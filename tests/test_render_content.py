"""Everything the author wrote reaches the reader, in words the reader would use.

Ages worked out by hand (today is 23 November 2026 throughout), the glossary, the categories of
registration, paragraphs, a parent with nothing to do, an agency the role already names, brackets in a
relationship. Each is read from the rendered Markdown as a viewer shows it, or from the HTML text.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from markdown_it import MarkdownIt

from coreplan.age import age_words
from coreplan.render_command import render_case
from tests.helpers import BASE, ROOT, TODAY, merge

GOOD = ROOT / "examples" / "good-plan" / "case.yaml"


@pytest.mark.parametrize("born, english, welsh", [
    (date(2018, 3, 14), "8 years old", "8 oed"),
    (date(2024, 11, 23), "2 years old", "2 oed"),  # second birthday today: years from here
    (date(2024, 11, 24), "23 months old", "23 mis oed"),  # the day before it
    (date(2026, 8, 23), "3 months old", "3 mis oed"),
    (date(2026, 8, 24), "2 months old", "2 fis oed"),  # three months tomorrow; "dau fis": soft mutation
    (date(2026, 10, 23), "1 month old", "1 mis oed"),
    (date(2026, 10, 24), "under a month old", "llai na mis oed"),
    (date(2026, 11, 23), "under a month old", "llai na mis oed"),  # born today
    (date(2027, 3, 10), "unborn, due March 2027", "heb ei eni eto, disgwylir ym mis Mawrth 2027"),
    (date(2026, 11, 24), "unborn, due November 2026", "heb ei eni eto, disgwylir ym mis Tachwedd 2026"),
    (date(2027, 9, 23), "unborn, due September 2027", "heb ei eni eto, disgwylir ym mis Medi 2027"),  # 10 months
    (date(2027, 9, 24), "", ""),  # further ahead than a pregnancy: a mistake that check reports
    (None, "", ""),
])
def test_ages_worked_by_hand(born, english, welsh):
    assert age_words(born, TODAY, "en") == english
    assert age_words(born, TODAY, "cy") == welsh


def test_age_across_a_leap_day():
    assert age_words(date(2024, 2, 29), date(2026, 2, 28)) == "23 months old"
    assert age_words(date(2024, 2, 29), date(2026, 3, 1)) == "2 years old"


def markdown(case_file, what="plan", language="en") -> str:
    return render_case(case_file, what, "md", TODAY, language=language).decode()


def html(case_file, what="plan", language="en") -> str:
    return render_case(case_file, what, "html", TODAY, language=language).decode()


def shown(md: str) -> str:
    """The text a Markdown viewer shows, one line per block (line breaks inside a block as newlines)."""
    return "\n".join(inline_text(t) for t in MarkdownIt("commonmark").enable("table").parse(md)
                     if t.type == "inline")


def inline_text(token) -> str:
    return "".join("\n" if c.type in ("softbreak", "hardbreak") else c.content for c in token.children
                   if c.type in ("text", "text_special", "code_inline", "softbreak", "hardbreak"))


def visible(page: str) -> str:
    from html import unescape

    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def write(tmp_path, text):
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BABY = merge("""children:
  - id: ella
    name: Ella Hughes
    born: 2018-03-14
    categories: [neglect, emotional]
    takes_part: views-shared
  - id: mali
    name: Mali Hughes
    born: 2026-08-20
    categories: [neglect]
    takes_part: too-young
  - id: baby
    name: Baby Hughes
    born: 2027-03-10
    categories: [physical]
    takes_part: too-young
""")


def test_a_babys_age_in_months_and_an_unborn_babys_due_month(tmp_path):
    case = write(tmp_path, BABY)
    headings = shown(markdown(case))
    assert "Ella Hughes, 8 years old" in headings
    assert "Mali Hughes, 3 months old" in headings and "0 years" not in headings
    assert "Baby Hughes, unborn, due March 2027" in headings
    welsh = shown(markdown(case, language="cy"))
    assert "Mali Hughes, 3 mis oed" in welsh
    assert "Baby Hughes, heb ei eni eto, disgwylir ym mis Mawrth 2027" in welsh
    assert "Mali Hughes, 3 months old" in visible(html(case))


def test_categories_of_registration_in_the_plan(tmp_path):
    case = write(tmp_path, BABY)
    text = shown(markdown(case))
    assert "Categories of registration: neglect, emotional abuse." in text
    assert "Category of registration: physical abuse." in text
    welsh = shown(markdown(case, language="cy"))
    assert "Categorïau cofrestru: esgeulustod, cam-drin emosiynol." in welsh
    assert "Categori cofrestru: cam-drin corfforol." in welsh
    assert "Categories of registration: neglect, emotional abuse." in visible(html(case))


def test_the_glossary_is_a_words_we_use_section(tmp_path):
    case = write(tmp_path, merge("glossary:\n  CAMHS: Child and Adolescent Mental Health Services\n"
                                 "  Nain: grandmother, in Welsh\n"))
    for what in ("plan", "family"):
        text = shown(markdown(case, what))
        assert "Words we use" in text
        assert "CAMHS: Child and Adolescent Mental Health Services" in text and "Nain: grandmother, in Welsh" in text
        assert "<dt>CAMHS</dt><dd>Child and Adolescent Mental Health Services</dd>" in html(case, what)
    assert "Geiriau rydym ni'n eu defnyddio" in visible(html(case, "family", "cy"))
    assert "Words we use" not in markdown(write(tmp_path, BASE))  # no glossary, no empty section


NOTES = merge("""meetings:
  - date: 2026-11-19
    type: core-group
    venue: Prestatyn Family Centre
    chair: tom
    minutes_by: sian
    present: [carys, sian, tom]
    notes: |
      Carys is up on most school days.

      Tom said Ella was on time all week.
      Mererid will visit on Tuesday.
contingency: >-
  If Ella is found at home without an adult, she will stay with her grandmother.

  If the plan is not followed for four weeks, Siân will ask for an early review.
""")


def test_paragraphs_stay_paragraphs(tmp_path):
    case = write(tmp_path, NOTES)
    tokens = MarkdownIt("commonmark").parse(markdown(case, "minutes"))
    paragraphs = [inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "paragraph_open"]
    assert "Carys is up on most school days." in paragraphs
    # a line break the author kept in a `|` block is kept as a line break, inside one paragraph
    assert "Tom said Ella was on time all week.\nMererid will visit on Tuesday." in paragraphs
    page = html(case, "minutes")
    assert "<p>Carys is up on most school days.</p><p>Tom said Ella was on time all week.<br>Mererid will visit" \
           in page
    plan = MarkdownIt("commonmark").parse(markdown(case, "plan"))
    texts = [inline_text(t) for t in plan if t.type == "inline"]
    assert "If Ella is found at home without an adult, she will stay with her grandmother." in texts
    assert "If the plan is not followed for four weeks, Siân will ask for an early review." in texts


def test_a_parent_with_nothing_to_do_gets_words_not_an_empty_heading():
    for fmt in ("md", "html"):
        page = render_case(GOOD, "family", fmt, TODAY).decode()
        # Glenys is not a parent; Carys and Dean have open actions in the example
        assert page.count("What we are asking") == 2
    text = merge("""family:
  - id: carys
    name: Carys Hughes
    relationship: mother
  - id: craig
    name: Craig Hughes
    relationship: father
""")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        case = Path(folder) / "case.yaml"
        case.write_text(text, encoding="utf-8")
        md = shown(markdown(case, "family"))
        assert "What we are asking Craig to do\nNothing at the moment." in md
        assert "Nothing at the moment." in visible(html(case, "family"))
        assert "Dim byd ar hyn o bryd." in markdown(case, "family", "cy")


def test_an_agency_the_role_names_is_not_printed_twice(tmp_path):
    case = write(tmp_path, merge("""members:
  - id: sian
    name: Siân Roberts
    role: social worker
    agency: Dyffryn Children's Services
  - id: tom
    name: Tom Jenkins
    role: Deputy head teacher, Ysgol y Foryd
    agency: Ysgol y Foryd
"""))
    text = shown(markdown(case))
    assert "Deputy head teacher, Ysgol y Foryd" in text and "Ysgol y Foryd, Ysgol y Foryd" not in text
    assert "social worker, Dyffryn Children's Services" in text
    page = html(case)
    assert page.count("Ysgol y Foryd") == 1


def test_brackets_never_nest(tmp_path):
    case = write(tmp_path, merge("""family:
  - id: carys
    name: Carys Hughes
    relationship: mother
  - id: lisa
    name: Lisa Pritchard
    relationship: grandmother (Kerry's mother)
    in_core_group: false
    not_in_core_group_because: Lisa lives in Spain and speaks to Siân by phone each month.
"""))
    for page in (shown(markdown(case)), visible(html(case))):
        assert "Lisa Pritchard – grandmother (Kerry's mother)" in page
        assert not re.search(r"\([^()]*\(", page), "brackets inside brackets"
        assert "Carys Hughes (mother)" in page
