"""A child's age as a plan says it: years from two, months under two, and the due month of an unborn baby.

"0 years old" tells a reader nothing about a baby, and a pre-birth plan gives the expected date of birth
in `born`: up to ten months ahead it is a due date, and the plan says so. A `born` date further ahead is a
mistake that `coreplan check` reports; no age is shown for it rather than a guessed one.
"""

from __future__ import annotations

from datetime import date

from coreplan.calendar import add_months

UNBORN_WITHIN_MONTHS = 10  # a pregnancy lasts about nine months: further ahead than this is a mistake


def months_between(born: date, day: date) -> int:
    """Whole months from born to day (0 in the first month of life)."""
    return (day.year - born.year) * 12 + day.month - born.month - (day.day < born.day)


def is_expected_birth(born: date, today: date) -> bool:
    """Whether `born` reads as an expected date of birth: after today and no more than ten months ahead."""
    return today < born <= add_months(today, UNBORN_WITHIN_MONTHS)


def age_words(born: date | None, today: date, language: str = "en") -> str:
    """'8 years old', '3 months old', 'under a month old', 'unborn, due March 2027', or '' when not known."""
    from coreplan.i18n import month_year, translations

    if born is None:
        return ""
    catalog = translations(language)
    if born > today:
        if not is_expected_birth(born, today):
            return ""
        return catalog.gettext("unborn, due %(month)s") % {"month": month_year(born, language)}
    months = months_between(born, today)
    if months == 0:
        return catalog.gettext("under a month old")
    if months < 24:
        return catalog.ngettext("%(num)s month old", "%(num)s months old", months) % {"num": months}
    years = months // 12
    return catalog.ngettext("%(num)s year old", "%(num)s years old", years) % {"num": years}
