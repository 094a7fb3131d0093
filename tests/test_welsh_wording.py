"""The Welsh wording a Welsh-speaking social worker corrected (issue 13), as each reader sees it."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from coreplan.i18n import translations, weekday_date
from tests.helpers import ROOT

runner = CliRunner()
GOOD = ROOT / "examples" / "good-plan"


def render(what: str, lang: str = "cy", fmt: str = "md") -> str:
    result = runner.invoke(app, ["render", str(GOOD), "--what", what, "--lang", lang, "--format", fmt,
                                 "--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    return result.stdout


def welsh(english: str) -> str:
    return translations("cy").gettext(english)


@pytest.mark.parametrize("english, right, wrong", [
    # the procedures' own word for the co-ordinator (safeguarding.wales/cy, section C4)
    ("Plan co-ordinator: %(name)s, %(role)s.", "Cydlynydd y cynllun", "Cydgysylltydd"),
    # 'ar eu rhan' is 'on their behalf': agreeing with someone is 'cytuno â'
    ("will agree their part with you.", "cytuno â chi", "ar eu rhan"),
    ("Nothing is due.", "yn ddyledus", "i fod"),
    ("coreplan: due dates", "dyddiadau dyledus", "i'w cofio"),
    ("Record of the core group meeting", "Cofnodion cyfarfod y grŵp craidd", "Cofnod o"),
    ("Notes taken by", "Cofnodwr", "Nodiadau"),
    ("What needs to change for %(name)s", "er lles %(name)s", "newid i %(name)s"),
    ("%(name)s's day now", "Bywyd bob dydd %(name)s", "nawr"),
    ("Does well", "Cryfder", "gwneud yn dda"),
    (", brought forward from {day} ({why})", "wedi'i symud yn gynharach", "dwyn ymlaen"),
    # seen alone means with no family member or carer there, not only no parent
    ("{child} seen alone", "heb aelod o'r teulu na gofalwr yn bresennol", "heb riant"),
    # the schedule names meetings as the plan does
    ("core group", "cyfarfod y grŵp craidd", None),
    ("first core group", "cyfarfod cyntaf y grŵp craidd", None),
])
def test_corrected_wording(english, right, wrong):
    text = welsh(english)
    assert right in text
    if wrong:
        assert wrong not in text


def test_the_documents_carry_the_corrections():
    plan, minutes, family = render("plan"), render("minutes"), render("family")
    assert "Cydlynydd y cynllun: Siân Roberts" in plan
    assert "### Bywyd bob dydd Ella ar hyn o bryd" in plan
    assert "# Cofnodion cyfarfod y grŵp craidd" in minutes and "**Cofnodwr:** Siân Roberts" in minutes
    assert "## Beth sydd angen ei newid er lles Ella" in family


def test_family_meeting_dates_carry_the_weekday_in_both_languages():
    assert "- Cyfarfod nesaf y grŵp craidd: erbyn dydd Iau 31 Rhagfyr 2026." in render("family")
    assert "- Next core group meeting: by Thursday 31 December 2026." in render("family", "en")
    assert weekday_date(date(2026, 11, 19), "cy") == "dydd Iau 19 Tachwedd 2026"
    assert weekday_date(date(2026, 11, 21), "en") == "Saturday 21 November 2026"


def test_the_schedule_names_a_substitute_day_without_brackets_in_brackets(tmp_path):
    from coreplan.calendar import WorkingCalendar
    from coreplan.load import load_case_text
    from coreplan.procedures import PROFILES
    from coreplan.schedule import basis_in, due_items
    from tests.helpers import merge

    # a review due on Monday 28 December 2026, the substitute day for Boxing Day (a Saturday), moves to the
    # 24th: Christmas Day is the Friday between
    case = load_case_text(merge("strategy_discussion: 2026-09-14\nconference: 2026-09-28\n")).case
    [review] = [i for i in due_items(case, PROFILES["wales"], WorkingCalendar(), date(2026, 11, 23))
                if i.kind == "review-conference"]
    assert review.basis == "3 months after the conference on 28 Sep 2026, brought forward from 28 Dec 2026 " \
                           "(substitute day for Boxing Day)"
    assert basis_in(review, "cy") == "3 mis ar ôl y gynhadledd ar 28 Medi 2026, wedi'i symud yn gynharach o " \
                                     "28 Rhagfyr 2026 (diwrnod yn lle Gŵyl San Steffan)"


@pytest.mark.parametrize("n, welsh_form", [(1, "1 mis"), (2, "2 fis"), (3, "3 mis"), (6, "6 mis")])
def test_counted_schedule_phrases_take_the_welsh_plural(n, welsh_form):
    from coreplan.schedule import _months_after_conference

    assert _months_after_conference(n, date(2026, 9, 14)).in_language("cy").startswith(welsh_form + " ar ôl")
    english = _months_after_conference(n, date(2026, 9, 14)).in_language("en")
    assert english.startswith(f"{n} month{'s' if n != 1 else ''} after")


def test_two_working_days_is_mutated():
    from coreplan.schedule import _working_days_after_conference

    assert _working_days_after_conference(2, date(2026, 9, 14)).in_language("cy").startswith("2 ddiwrnod gwaith")
