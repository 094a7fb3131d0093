"""Welsh documents as a Welsh-speaking family reads them: Welsh forms, no stray English, English marked."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
import yaml
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import BASE, ROOT

runner = CliRunner()
GOOD = ROOT / "examples" / "good-plan"
# what a person's name, a phone number, an e-mail address or a date is: the same in both languages
NEUTRAL = re.compile(r"^[\W\d]*$")


def render(case, what="plan", lang="cy", fmt="html") -> str:
    result = runner.invoke(app, ["render", str(case), "--what", what, "--lang", lang, "--format", fmt,
                                 "--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    return result.stdout


class _Texts(HTMLParser):
    """Each text node of a document with the language it is in (the nearest lang attribute)."""

    VOID = {"meta", "br", "img", "hr", "input", "link", "path", "circle", "rect", "line"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.texts: list[tuple[str, str]] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        language = dict(attrs).get("lang") or (self.stack[-1][1] if self.stack else "")
        self.stack.append((tag, language))
        self.skip += tag in ("style", "script", "head")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            name, _ = self.stack.pop()
            self.skip -= name in ("style", "script", "head")
            if name == tag:
                break

    def handle_data(self, data):
        if data.strip() and not self.skip:
            self.texts.append((self.stack[-1][1] if self.stack else "", " ".join(data.split())))


def texts_by_language(html: str) -> list[tuple[str, str]]:
    parser = _Texts()
    parser.feed(html)
    return parser.texts


def _english_prose_and_names(case_file) -> tuple[set[str], set[str]]:
    """The case's prose (practitioners' sentences) and the English names of roles, relationships, agencies."""
    data = yaml.load(case_file.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names = set()
    # an English name whose Welsh form is different (a Welsh name, "Ysgol Glan Morfa", is the same in both)
    for record, fields in [(data, ("local_authority",))] + [(p, ("role", "agency")) for p in data["members"]] + \
            [(p, ("relationship",)) for p in data["family"]]:
        names |= {record.get(f, "") for f in fields if record.get(f) != record.get(f"{f}_cy")}
    prose: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if not key.endswith("_cy"):  # the Welsh forms are Welsh
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and len(node.split()) >= 4:
            prose.add(" ".join(node.split()))

    walk({k: v for k, v in data.items() if k not in ("members", "family")})
    for person in data["members"] + data["family"]:
        walk({k: v for k, v in person.items() if k not in ("role", "agency", "relationship", "name")})
    prose = {sentence for sentence in prose if not NEUTRAL.match(sentence)}
    return prose - names, {n for n in names if n}


@pytest.mark.parametrize("lang", ["cy", "en+cy"])
@pytest.mark.parametrize("what", ["plan", "minutes", "family"])
def test_welsh_text_nodes_hold_no_english_and_english_is_marked(lang, what):
    """The issue's test: strip what practitioners wrote (each passage marked lang="en"), and no English is left."""
    from tests.test_welsh import _english_labels

    html = render(GOOD, what, lang)
    prose, english_names = _english_prose_and_names(GOOD / "case.yaml")
    labels = _english_labels()
    welsh_texts = [text for language, text in texts_by_language(html) if language == "cy"]
    assert welsh_texts
    joined = " ".join(welsh_texts)
    for sentence in prose:
        assert sentence not in joined, f"unmarked English prose in Welsh: {sentence!r}"
    for name in english_names:
        assert not re.search(rf"(?<![\w']){re.escape(name)}(?![\w'])", joined), f"English name: {name!r}"
    leftovers = [label for label in labels if re.search(rf"(?<![\w']){re.escape(label)}(?![\w'])", joined)]
    assert leftovers == []
    marked = " ".join(text for language, text in texts_by_language(html) if language == "en")
    shown = [sentence for sentence in prose if sentence in html or sentence in marked]
    assert shown, "the case's prose is shown"


def test_a_welsh_document_uses_the_welsh_forms():
    plan, family = render(GOOD, "plan", "cy", "md"), render(GOOD, "family", "cy", "md")
    assert "Cydlynydd y cynllun: Siân Roberts, gweithiwr cymdeithasol a chydlynydd y cynllun." in plan
    assert "ymwelydd iechyd, Bwrdd Iechyd Dyffryn" in plan
    assert "Carys Hughes (mam)" in plan
    assert "Cyngor Bwrdeistref Sirol Dyffryn · Cyfeirnod yr achos" in plan
    assert "Gallwch chi hefyd wneud cwyn: y Swyddog Cwynion, Gwasanaethau Plant" in family
    assert "ysgrifennwch at Swyddog Cwynion, Neuadd y Sir" in family
    english = render(GOOD, "plan", "en", "md")
    assert "health visitor, Dyffryn Health Board" in english and "ymwelydd" not in english


def test_an_english_name_with_no_welsh_form_is_marked_in_a_welsh_document(tmp_path):
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")  # no Welsh forms at all
    html = render(tmp_path, "plan", "cy")
    assert '<span lang="en">class teacher</span>' in html
    assert '<span lang="en">Dyffryn County Borough Council</span>' in html


def test_prose_written_in_welsh_is_marked_in_an_english_document(tmp_path):
    text = BASE.replace("reference:", "written_in: cy\nreference:", 1).replace(
        "contingency:", "contingency: Os bydd Ella gartref heb oedolyn yn y bore, bydd hi'n aros gyda Nain.\n"
                        "old_contingency:", 1)
    text = re.sub(r"(?m)^old_contingency:.*\n", "", text)
    (tmp_path / "case.yaml").write_text(text, encoding="utf-8")
    english = render(tmp_path, "plan", "en")
    assert '<span lang="cy">Os bydd Ella gartref heb oedolyn yn y bore' in english
    welsh = render(tmp_path, "plan", "cy")
    assert "Os bydd Ella gartref" in welsh and '<span lang="cy">' not in welsh


def test_no_attribute_mixes_the_languages():
    html = render(GOOD, "plan", "cy")
    for label in re.findall(r'aria-label="([^"]*)"', html):
        assert label in ("Camau at Newid",), label
    assert "Calm mornings" not in " ".join(re.findall(r"<title[^>]*>[^<]*</title>", html))


def _statements(html: str) -> list[tuple[str, str]]:
    return [(language, text) for language, text in texts_by_language(html)
            if "Welsh" in text or "Gymraeg" in text]


def test_an_english_document_says_a_welsh_version_is_available_in_both_languages():
    said = _statements(render(GOOD, "family", "en"))
    assert ("en", "This document is also available in Welsh: ask your social worker.") in said
    assert ("cy", "Mae'r ddogfen hon ar gael yn Gymraeg hefyd: gofynnwch i'ch gweithiwr cymdeithasol.") in said
    assert any(language == "en" and "welcome" in text for language, text in said)
    assert any(language == "cy" and "croesawu" in text for language, text in said)


def test_a_welsh_document_welcomes_welsh_in_both_languages_and_a_bilingual_one_once_in_each():
    welsh = _statements(render(GOOD, "family", "cy"))
    assert [language for language, _ in welsh] == ["cy", "en"]
    assert not any("available" in text for _, text in welsh)
    both = _statements(render(GOOD, "family", "en+cy"))
    assert [language for language, _ in both] == ["cy", "en"]


def test_a_team_words_the_statements_itself(tmp_path):
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / ".coreplan.yaml").write_text(
        "welsh_language:\n  welcome: {en: Croeso - we answer in Welsh., cy: Croeso - rydym yn ateb yn Gymraeg.}\n",
        encoding="utf-8")
    markdown = render(tmp_path, "family", "en", "md")
    assert "Croeso - we answer in Welsh." in markdown and "Croeso - rydym yn ateb yn Gymraeg." in markdown
    assert "This document is also available in Welsh" in markdown  # the default, for what the team left out


def test_a_statement_in_one_language_only_is_refused(tmp_path):
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / ".coreplan.yaml").write_text("welsh_language:\n  welcome: {en: We answer in Welsh.}\n",
                                             encoding="utf-8")
    result = runner.invoke(app, ["render", str(tmp_path), "--today", "2026-11-23"])
    assert result.exit_code == 2
    assert "needs its wording in both languages" in result.output


def test_missing_welsh_form_is_reported_for_welsh_and_bilingual_cases_only(tmp_path):
    from tests.helpers import found

    welsh = BASE.replace("reference:", "language: en+cy\nreference:", 1)
    findings = found(welsh, "missing-welsh-form")
    assert len(findings) == 4  # the authority, two roles, one relationship
    assert found(BASE, "missing-welsh-form") == []


def test_marked_text_is_still_escaped(tmp_path):
    hostile = BASE.replace("role: class teacher", "role: <script>alert(1)</script> teacher", 1).replace(
        "contingency:", 'contingency: "<img src=x onerror=alert(1)> stays with Nain"\nold_contingency:', 1)
    hostile = re.sub(r"(?m)^old_contingency:.*\n", "", hostile)
    (tmp_path / "case.yaml").write_text(hostile, encoding="utf-8")
    html = render(tmp_path, "plan", "cy")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert '<span lang="en">&lt;script&gt;alert(1)&lt;/script&gt; teacher</span>' in html
    assert '<span lang="en">&lt;img src=x onerror=alert(1)&gt; stays with Nain</span>' in html
