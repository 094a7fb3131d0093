"""The shipped bank holidays are exactly the `holidays` package's, for every year they cover.

When this fails after the package is upgraded, a bank holiday has been added or moved: regenerate the
file with `python -m coreplan.bank_holidays` and read the diff.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest

from coreplan.bank_holidays import FIRST_YEAR, LAST_YEAR, SUBDIVISIONS, BankHolidays, from_package
from coreplan.calendar import WorkingCalendar


@pytest.mark.parametrize("subdivision", SUBDIVISIONS)
def test_shipped_file_equals_the_holidays_package_for_every_year(subdivision):
    package = dict(from_package(subdivision, range(FIRST_YEAR, LAST_YEAR + 1)))
    shipped = BankHolidays(subdivision)
    assert shipped._names == package, "regenerate it: python -m coreplan.bank_holidays"
    day = date(FIRST_YEAR, 1, 1)
    while day.year <= LAST_YEAR:  # every day, through the lookup the calendar uses
        assert shipped.get(day) == package.get(day), day
        day += timedelta(days=1)


@pytest.mark.parametrize("subdivision", SUBDIVISIONS)
@pytest.mark.parametrize("start, end", [(date(2026, 1, 1), date(2026, 12, 31)),
                                        (date(2025, 12, 24), date(2027, 1, 4)),
                                        (date(2026, 4, 3), date(2026, 4, 6)),
                                        (date(1899, 12, 1), date(1900, 12, 31)),
                                        (date(2210, 12, 1), date(2212, 1, 5))])
def test_between_equals_the_package_inside_and_outside_the_shipped_years(subdivision, start, end):
    package = from_package(subdivision, range(start.year, end.year + 1))
    assert BankHolidays(subdivision).between(start, end) == sorted(d for d in package if start < d <= end)


def test_a_year_outside_the_shipped_ones_asks_the_package():
    # nothing is shipped for 1890: the answer (the package's) must still be consistent with it
    assert BankHolidays("WLS").get(date(1890, 12, 25)) == from_package("WLS").get(date(1890, 12, 25))


def test_working_days_between_counts_the_shipped_holidays():
    wales = WorkingCalendar("wales")
    # Christmas 2026: Friday 25 (Christmas), Saturday 26 (Boxing Day), Monday 28 (substitute day)
    assert wales.working_days_between(date(2026, 12, 24), date(2026, 12, 31)) == 3
    assert wales.day_off(date(2026, 12, 28)) == "Boxing Day (observed)"


def test_checking_a_case_does_not_import_the_holidays_package():
    code = ("import sys, datetime\n"
            "from coreplan.calendar import WorkingCalendar\n"
            "c = WorkingCalendar('wales')\n"
            "c.add_working_days(datetime.date(2026, 11, 23), 400)\n"
            "c.working_days_between(datetime.date(2026, 1, 1), datetime.date(2199, 12, 31))\n"
            "print('holidays' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
