"""Welsh: a complete catalog, official terms, no English label in a Welsh render, Welsh dates and holidays."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.i18n import day_off_name, long_date
from tests.helpers import BASE, HERE, ROOT, merge

runner = CliRunner()
LOCALE = ROOT / "coreplan" / "locale"
PO = LOCALE / "cy" / "LC_MESSAGES" / "coreplan.po"
GOLDEN = HERE / "golden"
EXAMPLES = ROOT / "examples"
PLACEHOLDER = re.compile(r"%\((\w+)\)s|\{(\w+)\}")


def catalog():
    with PO.open("rb") as handle:
        return read_po(handle, locale="cy")


def messages():
    return [m for m in catalog() if m.id]


def english(message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple) else [message.id]


def welsh(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def test_every_message_has_a_welsh_translation():
    untranslated = [english(m)[0] for m in messages() if not all(welsh(m)) or m.fuzzy]
    assert untranslated == []


def test_translations_keep_every_placeholder():
    for message in messages():
        expected = {a or b for a, b in PLACEHOLDER.findall(english(message)[-1])}
        for text in welsh(message):
            assert {a or b for a, b in PLACEHOLDER.findall(text)} == expected, english(message)[0]


def test_catalog_matches_the_sources():
    """A message added to a template or to the code without a translation fails here, not in front of a family."""
    from babel.messages.extract import extract_from_dir

    method_map = [("coreplan/**.py", "python"), ("templates/**.html", "jinja2"), ("templates/**.md", "jinja2")]
    options = {pattern: {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}
               for pattern, method in method_map if method == "jinja2"}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "msg": None, "msg_n": (1, 2)}
    found = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options, keywords=keywords):
        found.add(message[0] if isinstance(message, tuple) else message)
    assert found - {english(m)[0] for m in messages()} == set(), "run pybabel extract and update (README)"


OFFICIAL = {  # the domain brief's official terms; Welsh initial mutation (c -> g/ngh/ch) allowed
    "core group": r"grŵp craidd",
    "care and support protection plan": r"cynllun amddiffyn, gofal a chymorth",
    "child protection conference": r"(c|g|ngh|ch)ynhadledd amddiffyn plant",
    "review conference": r"(c|g|ngh|ch)yn(hadledd|adleddau) adolygu",  # plural: cynadleddau adolygu
    "contingency plan": r"(c|g|ngh|ch)ynllun wrth gefn",
    "working day": r"diwrnod gwaith",
    "social worker": r"(g|)weithiwr cymdeithasol|gweithiwr cymdeithasol",
    "advocate": r"eiriolwr",
    "child protection register": r"(c|g|ngh|ch)ofrestr amddiffyn plant",
}


@pytest.mark.parametrize("term", sorted(OFFICIAL))
def test_official_welsh_terms(term):
    uses = [m for m in messages() if term in english(m)[0].lower()]
    assert uses, f"no message uses '{term}'"
    for message in uses:
        for text in welsh(message):
            assert re.search(OFFICIAL[term], text, re.IGNORECASE), f"{english(message)[0]!r} -> {text!r}"


def _case_texts(path: Path) -> list[str]:
    """Every string a practitioner wrote in the case (rendered as written, so left out of the check)."""
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            found.append(" ".join(node.split()))

    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    walk(data)
    walk(list(data.get("glossary", {})))  # the words a glossary explains are the author's too
    return sorted(found, key=len, reverse=True)


def _english_labels() -> list[str]:
    labels = set()
    for message in messages():
        for piece in PLACEHOLDER.split(english(message)[0]):
            piece = (piece or "").strip(" .,:;()'\"")
            if len(piece) >= 4 and re.search(r"[A-Za-z]{3}", piece) and piece not in ("coreplan",):
                labels.add(piece)
    return sorted(labels, key=len, reverse=True)


@pytest.mark.parametrize("what", ["plan", "minutes", "family"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_no_english_label_in_a_welsh_render(what, fmt):
    case_file = EXAMPLES / "good-plan" / "case.yaml"
    result = runner.invoke(app, ["render", str(case_file), "--what", what, "--format", fmt, "--lang", "cy",
                                 "--today", "2026-11-23"])
    assert result.exit_code == 0
    text = result.stdout_bytes.decode()
    text = re.sub(r"<style>.*?</style>|<[^>]+>", " ", text, flags=re.S) if fmt == "html" else text
    text = " ".join(html.unescape(text).replace("\\|", "|").split())
    for written in _case_texts(case_file):
        text = text.replace(written, " ")
    # the Welsh Language Standards statement is said in English too, on purpose (marked lang="en" in HTML)
    from coreplan.render import STATEMENTS

    text = text.replace(STATEMENTS["welcome"], " ")
    leftovers = [label for label in _english_labels() if re.search(rf"(?<![\w']){re.escape(label)}(?![\w'])", text)]
    assert leftovers == []


@pytest.mark.parametrize("lang", ["cy", "en+cy"])
@pytest.mark.parametrize("what", ["plan", "minutes", "family"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden_welsh_and_bilingual(lang, what, fmt):
    import os

    result = runner.invoke(app, ["render", str(EXAMPLES / "good-plan"), "--what", what, "--format", fmt,
                                 "--lang", lang, "--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"good-plan.{what}.{lang.replace('+', '-')}.{fmt}"
    if os.environ.get("COREPLAN_UPDATE_GOLDEN") == "1":
        golden.write_bytes(result.stdout_bytes)
    assert result.stdout_bytes == golden.read_bytes()


def test_bilingual_puts_welsh_first_each_in_its_own_language():
    out = runner.invoke(app, ["render", str(EXAMPLES / "good-plan"), "--format", "html", "--lang", "en+cy",
                              "--today", "2026-11-23"]).stdout_bytes.decode()
    assert '<html lang="cy">' in out
    welsh_at, english_at = out.index('<article lang="cy"'), out.index('<article lang="en"')
    assert welsh_at < english_at
    assert "Cynllun amddiffyn, gofal a chymorth" in out[welsh_at:english_at]
    assert "Care and support protection plan" in out[english_at:]


def test_the_cases_language_is_the_default_and_lang_overrides_it(tmp_path):
    (tmp_path / "case.yaml").write_text(BASE.replace("reference:", "language: cy\nreference:", 1), encoding="utf-8")
    assert "# Cynllun eich teulu, yn fyr" in runner.invoke(app, ["render", str(tmp_path), "--what", "family",
                                                                  "--today", "2026-11-23"]).output
    assert "# Your family's plan, in short" in runner.invoke(app, ["render", str(tmp_path), "--what", "family",
                                                                    "--lang", "en", "--today", "2026-11-23"]).output


def test_welsh_dates_and_lists():
    from coreplan.i18n import and_list

    assert long_date(date(2026, 11, 2), "cy") == "2 Tachwedd 2026"
    assert long_date(date(2027, 1, 6), "cy") == "6 Ionawr 2027"
    assert and_list(["Ella", "Osian", "Mali"], "cy") == "Ella, Osian a Mali"
    assert and_list(["Mali", "Osian"], "cy") == "Mali ac Osian"
    assert and_list(["Ella", "Osian", "Mali"], "en") == "Ella, Osian and Mali"


def test_every_bank_holiday_has_its_welsh_name():
    from holidays import country_holidays

    names = set(country_holidays("GB", subdiv="WLS", years=range(2000, 2036)).values())
    untranslated = sorted(n for n in names if day_off_name(n, "cy") == n)
    assert untranslated == []
    # shown inside brackets ("brought forward from 28 Dec 2026 (...)"), so never bracketed itself
    assert day_off_name("Boxing Day (observed)", "cy") == "diwrnod yn lle Gŵyl San Steffan"
    assert day_off_name("Boxing Day (observed)", "en") == "substitute day for Boxing Day"
    assert day_off_name("Christmas Day", "cy") == "Dydd Nadolig"
    assert day_off_name("Easter Monday", "cy") == "Dydd Llun y Pasg"


def test_schedule_in_welsh():
    result = runner.invoke(app, ["schedule", str(EXAMPLES / "good-plan"), "--today", "2026-11-23", "--lang", "cy",
                                 "--open"], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    out = " ".join(result.output.replace("│", " ").split())
    for welsh_words in ("i fod ymhen", "diwrnod gwaith", "cynhadledd adolygu", "Rhagfyr 2026", "Medi 2026",
                        "gweld Ella heb aelod o'r teulu na gofalwr yn bresennol", "dyddiad", "statws", "eitem"):
        assert welsh_words in out, welsh_words
    for english_words in ("due in", "working days", "review conference", "seen alone", "overdue."):
        assert english_words not in out, english_words


def test_a_due_date_brought_forward_names_the_holiday_in_both_languages():
    from coreplan.calendar import WorkingCalendar
    from coreplan.load import load_case_text
    from coreplan.procedures import PROFILES
    from coreplan.schedule import basis_in, due_items

    case = load_case_text(merge("strategy_discussion: 2026-09-14\nconference: 2026-09-25\n")).case
    [review] = [i for i in due_items(case, PROFILES["wales"], WorkingCalendar(), date(2026, 11, 23))
                if i.kind == "review-conference"]
    assert review.due == date(2026, 12, 24)
    assert review.basis == "3 months after the conference on 25 Sep 2026, brought forward from 25 Dec 2026 " \
                           "(Christmas Day)"
    assert basis_in(review, "cy") == "3 mis ar ôl y gynhadledd ar 25 Medi 2026, wedi'i symud yn gynharach o " \
                                     "25 Rhagfyr 2026 (Dydd Nadolig)"


def test_schedule_calendar_in_welsh():
    from icalendar import Calendar

    out = runner.invoke(app, ["schedule", str(EXAMPLES / "good-plan"), "--today", "2026-11-23", "--lang", "cy",
                              "--format", "ics"]).stdout_bytes
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(out).walk("VEVENT")]
    assert any("cynhadledd adolygu" in s for s in summaries)
