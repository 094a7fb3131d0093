"""--redact takes out what the case itself reveals beyond its name fields: nicknames, short forms, Welsh
mutations of names, towns, schools, surgeries, streets and NHS numbers, in every output."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.identifying import COMMON
from coreplan.load import load_case_text
from coreplan.redact import Redactor, _strings
from tests.helpers import merge

TODAY = date(2026, 11, 23)
runner = CliRunner()


def redact(fragment: str):
    return Redactor().case(load_case_text(merge(fragment)).case, TODAY)


def test_nicknames_the_case_gives_are_the_persons_pseudonym():
    case = redact("children:\n  - id: ella\n    name: Ella Hughes\n    known_as: [Bug]\n    categories: [neglect]\n"
                  "    lived_experience: Bug gets up alone. Ella's brother, known as 'Jay', wakes her.\n"
                  "contact: Ella (Elly) sees Siân; Elly likes Bug as a name. Jay is two.\n")
    assert case.children[0].known_as == ["Child-A"]
    assert case.children[0].lived_experience == "Child-A gets up alone. Child-A's brother, known as 'Child-A', wakes her."
    assert case.contact == "Child-A (Child-A) sees Worker-A; Child-A likes Child-A as a name. Child-A is two."


def test_short_forms_of_a_name_written_anywhere():
    case = redact("children:\n  - {id: ella, name: Elizabeth Hughes, categories: [neglect]}\n"
                  "family:\n  - {id: carys, name: Gethin Hughes, relationship: father}\n"
                  "contact: Liz and Lizzie see Geth; Eliza and Gethin too. Car seats stay in the car.\n")
    assert case.contact == ("Child-A and Child-A see Adult-A; Child-A and Adult-A too. Car seats stay in the car.")


def test_welsh_mutations_of_names_are_found():
    case = redact("children:\n  - {id: ella, name: Mari Hughes, categories: [neglect]}\n"
                  "family:\n  - {id: carys, name: Carys Pritchard, relationship: mother}\n"
                  "  - {id: dad, name: Ella Tomos, relationship: father}\n"
                  "contact: Mae Siân yn gweld Fari gyda'i mam. Dyma fy Ngharys. Ei Hella hi. Gyda Thomos a Phritchard.\n")
    assert case.contact == ("Mae Worker-A yn gweld Child-A gyda'i mam. Dyma fy Adult-A. Ei Adult-B hi. "
                            "Gyda Family-C a Family-B.")


def test_places_the_case_names_go_everywhere_they_are_written():
    case = redact("contact: >-\n  Ella stays at Nan's house in Rhyl. Rhyl is where she feels safe. She goes to Ysgol Glan\n"
                  "  Morfa, and Glan Morfa has a breakfast club. Her GP is Prestatyn Medical Centre; she lives\n"
                  "  on Marine Road. Mae'n byw ym Mhrestatyn gyda'i mam.\n")
    assert case.contact == ("Child-A stays at Nan's house in Place-D. Place-D is where she feels safe. She goes to "
                            "Ysgol Place-A, and Place-A has a breakfast club. Her GP is Place-C Medical Centre; "
                            "she lives on Place-B Road. Mae'n byw ym Place-C gyda'i mam.")


def test_words_that_look_like_places_or_names_but_are_not_stay():
    case = redact("contact: >-\n  In September, at Christmas and in Year 4 Ella sees CAMHS in the morning; at Steps to\n"
                  "  Change we talk about change. Beth sy'n bwysig? Flying Start and Mum help.\n"
                  "members:\n  - {id: sian, name: Bethan Roberts, role: social worker}\n"
                  "  - {id: tom, name: Tom Jenkins, role: class teacher}\n")
    assert case.contact == ("In September, at Christmas and in Year 4 Child-A sees CAMHS in the morning; at Steps to "
                            "Change we talk about change. Beth sy'n bwysig? Flying Start and Mum help.")


def test_nhs_numbers_in_text():
    assert redact("contact: NHS number 943 476 5919, or 9434765919.\n").contact == \
        "NHS number [NHS number], or [NHS number]."


# Names that mutate in Welsh, with a mutated form written by hand (not by the code under test).
MUTATED = {"Mari": "Fari", "Carys": "Ngharys", "Dafydd": "Ddafydd", "Tomos": "Thomos", "Bethan": "Fethan",
           "Gwen": "Wen", "Llinos": "Linos", "Rhys": "Rys", "Ella": "Hella", "Pedr": "Mhedr", "Gethin": "Ethin"}
# Made-up words that are nobody's real name or place, so that a leak is a leak and not a coincidence
MADE_UP = st.text(alphabet="bcdfgjkpqvwxzaeiou", min_size=5, max_size=8).map(str.capitalize).filter(
    lambda w: w.casefold() not in COMMON and not w.startswith(("Child", "Adult", "Worker", "Place", "Venue")))


def _outputs(folder, meeting_date: str):
    """Every document and export coreplan makes of the case, with --redact."""
    runs = [["render", "--what", what, "--format", fmt, "--lang", "en+cy"] for what in ("plan", "family")
            for fmt in ("md", "html")]
    runs += [["render", "--what", "minutes", "--meeting", meeting_date, "--format", "html", "--lang", "en+cy"]]
    runs += [["schedule", "--format", fmt] for fmt in ("json", "csv", "ics")]
    runs += [["stats", "--format", "json", "--by", "coordinator"], ["chronology", "--format", "csv"]]
    for args in runs:
        result = runner.invoke(app, [args[0], str(folder), *args[1:], "--redact", "--today", "2026-11-23"])
        assert result.exit_code == 0, (args, result.output)
        # what a reader sees: calendar lines unfolded and unescaped, HTML entities read as characters
        yield args, html.unescape(result.stdout.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";"))


def planted(first, surname, nick, town, school, surgery, street, digits):
    """A case that gives each identifying value the way practitioners write them, and the values."""
    phone, nhs = f"01745 {digits}", f"{digits % 1000:03d} {digits // 1000:03d} {digits % 10000:04d}"
    email, postcode = f"{nick.lower()}@{town.lower()}.example", f"LL{digits % 90 + 10} {digits % 10}AB"
    text = merge(f"children:\n  - id: ella\n    name: {first} {surname}\n    born: 2017-05-01\n"
                 f"    categories: [neglect]\n    takes_part: views-shared\n"
                 f"    lived_experience: {first}, known as {nick}, stays at Nan's house in {town} at weekends.\n"
                 f"    worries: {nick} worries that {town} is too far from Ysgol {school}.\n"
                 f"    wishes_and_feelings: Mae {MUTATED[first]} eisiau aros gyda Mam.\n"
                 f"    good_enough: {first} sees the nurse at {surgery} Surgery and is happy at {school}.\n"
                 f"contact: >-\n  Call {phone} or email {email}. Home is 4 {street} Road, {town} {postcode};\n"
                 f"  {street} Road is busy. NHS number {nhs}. Born 01/05/2017. {surgery} knows the family.\n")
    values = {first, surname, nick, MUTATED[first], town, school, surgery, street, phone, nhs, email, postcode,
              "01/05/2017", "2017-05-01"}
    return text, values


def survivors(values, shown: str) -> list[str]:
    return sorted(v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", shown, re.IGNORECASE))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.sampled_from(sorted(MUTATED)), surname=MADE_UP, nick=MADE_UP, town=MADE_UP, school=MADE_UP,
       surgery=MADE_UP, street=MADE_UP, digits=st.integers(100000, 999999))
def test_no_identifying_value_survives_in_the_anonymised_copy(first, surname, nick, town, school, surgery, street,
                                                              digits):
    # every output is built from the copy alone (coreplan.redact), so a value the copy lacks reaches no output
    if len({first, surname, nick, town, school, surgery, street}) < 7:
        return
    text, values = planted(first, surname, nick, town, school, surgery, street, digits)
    copy = Redactor().case(load_case_text(text).case, TODAY)
    assert survivors(values, "\n".join(_strings(copy))) == []
    assert str(copy.children[0].born) not in values


def test_no_identifying_value_survives_any_output(tmp_path):
    text, values = planted("Mari", "Quvako", "Bugsy", "Rhuddlan", "Bodnant", "Kinmel", "Marine", 745123)
    (tmp_path / "case.yaml").write_text(text, encoding="utf-8")
    for args, shown in _outputs(tmp_path, "2026-11-19"):
        assert survivors(values, shown) == [], args


@pytest.mark.parametrize("fragment", ["contact: in\n", "contact: known as\n", "contact: Ysgol\n",
                                      "contact: \"in \\u0130stanbul (\\u0130) i \\u00c9\"\n"])
def test_cues_at_the_edges_of_text_never_fail(fragment):
    assert redact(fragment).reference == "Case-A"
