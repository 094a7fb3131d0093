"""Working days, worked out by hand around weekends, Christmas, Easter and substitute days.

Convention (../shared/brief/domain.md): "within N working days" counts from the day after the event;
a due date on a day off moves to the working day before it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coreplan.calendar import WorkingCalendar, add_months
from coreplan.procedures import PROFILES

WALES = WorkingCalendar("wales")


@pytest.mark.parametrize("start, days, expected, why", [
    # the brief's own example: Christmas Day (Fri) and Boxing Day's substitute (Mon 28) and New Year's Day skipped
    (date(2026, 12, 18), 10, date(2027, 1, 6), "Fri 18 Dec 2026 + 10"),
    # a conference just before Christmas 2026: first core group and outline plan
    (date(2026, 12, 23), 10, date(2027, 1, 11), "Wed 23 Dec 2026 + 10"),
    (date(2026, 12, 23), 5, date(2027, 1, 4), "Wed 23 Dec 2026 + 5"),
    # Easter 2027: Good Friday 26 March, Easter Monday 29 March
    (date(2027, 3, 22), 10, date(2027, 4, 7), "Mon 22 Mar 2027 + 10"),
    # Christmas 2027 on a Saturday: substitute days Mon 27 and Tue 28 Dec; New Year 2028 on a Saturday: Mon 3 Jan
    (date(2027, 12, 24), 10, date(2028, 1, 12), "Fri 24 Dec 2027 + 10"),
    # one-off bank holidays: the state funeral (19 Sep 2022) and the coronation (8 May 2023, after May Day on 1 May)
    (date(2022, 9, 14), 5, date(2022, 9, 22), "Wed 14 Sep 2022 + 5"),
    (date(2023, 4, 28), 10, date(2023, 5, 16), "Fri 28 Apr 2023 + 10"),
    # an event on a Saturday still counts from the day after it
    (date(2026, 11, 21), 1, date(2026, 11, 23), "Sat 21 Nov 2026 + 1"),
    (date(2026, 11, 23), 0, date(2026, 11, 23), "day 0 is the event itself"),
])
def test_add_working_days(start, days, expected, why):
    assert WALES.add_working_days(start, days) == expected, why


@pytest.mark.parametrize("day, name", [
    (date(2026, 12, 28), "Boxing Day (observed)"),  # Boxing Day 2026 is a Saturday
    (date(2027, 12, 27), "Christmas Day (observed)"),
    (date(2027, 12, 28), "Boxing Day (observed)"),
    (date(2028, 1, 3), "New Year's Day (observed)"),
    (date(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
    (date(2023, 5, 8), "Coronation of Charles III"),
    (date(2027, 3, 29), "Easter Monday"),
    (date(2026, 8, 31), "Late Summer Bank Holiday"),
])
def test_bank_holidays_are_days_off(day, name):
    assert WALES.day_off(day) == name


def test_ordinary_days():
    assert WALES.is_working_day(date(2026, 12, 24))  # Christmas Eve is a working day
    assert WALES.day_off(date(2026, 12, 26)) is not None  # Saturday, and Boxing Day
    assert WALES.day_off(date(2026, 11, 22)) == "weekend"


@pytest.mark.parametrize("conference, due, why", [
    (date(2026, 10, 16), date(2027, 1, 15), "3 months land on Sat 16 Jan 2027: moved back to Fri 15"),
    (date(2027, 11, 29), date(2028, 2, 29), "3 months land on 29 Feb 2028, a Tuesday"),
    (date(2027, 11, 30), date(2028, 2, 29), "30 Feb does not exist: the month's last day, 29 Feb 2028"),
    (date(2026, 11, 30), date(2027, 2, 26), "28 Feb 2027 is a Sunday: moved back to Fri 26"),
    (date(2026, 9, 25), date(2026, 12, 24), "25 Dec is a bank holiday: moved back to Thu 24 Dec"),
])
def test_three_month_review_due_dates(conference, due, why):
    assert WALES.on_or_before(add_months(conference, 3)) == due, why


def test_six_months_from_29_february():
    assert add_months(date(2028, 2, 29), 6) == date(2028, 8, 29)
    assert add_months(date(2028, 8, 31), 6) == date(2029, 2, 28)


def test_closure_days_from_config_are_not_working_days():
    closed = WorkingCalendar("wales", closures=[date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)])
    assert closed.day_off(date(2026, 12, 30)) == "closure day"
    # 21, 22, 23, 24 Dec, then nothing until Mon 4 Jan: 4, 5, 6, 7, 8, 11 Jan
    assert closed.add_working_days(date(2026, 12, 18), 10) == date(2027, 1, 11)
    assert WALES.add_working_days(date(2026, 12, 18), 10) == date(2027, 1, 6)


def test_working_days_between():
    assert WALES.working_days_between(date(2026, 12, 18), date(2027, 1, 6)) == 10
    assert WALES.working_days_between(date(2027, 1, 6), date(2026, 12, 18)) == -10
    assert WALES.working_days_between(date(2026, 11, 23), date(2026, 11, 23)) == 0


def test_england_and_wales_share_bank_holidays_but_not_visiting_rules():
    england = WorkingCalendar("england")
    for year in (2022, 2023, 2026, 2027, 2028):
        for month in range(1, 13):
            for day in (1, 3, 8, 19, 26, 27, 28, 29, 31):
                try:
                    d = date(year, month, day)
                except ValueError:
                    continue
                assert england.is_working_day(d) == WALES.is_working_day(d), d
    assert PROFILES["wales"].seen_alone_every_working_days == 10
    assert PROFILES["england"].seen_alone_every_working_days is None
    assert PROFILES["england"].first_core_group_within_working_days == 10


def test_negative_count_is_refused():
    with pytest.raises(ValueError):
        WALES.add_working_days(date(2026, 1, 5), -1)


@pytest.mark.parametrize("start, end", [
    (date(2026, 12, 18), date(2027, 1, 6)), (date(2022, 9, 10), date(2023, 5, 20)),
    (date(2026, 11, 21), date(2026, 11, 22)), (date(2027, 12, 24), date(2028, 3, 1)),
])
def test_counting_agrees_with_adding(start, end):
    closed = WorkingCalendar("wales", closures=[date(2026, 12, 29), date(2026, 12, 26)])
    for calendar in (WALES, closed):
        n = calendar.working_days_between(start, end)
        if n:  # adding them back lands on the last working day up to end
            assert calendar.add_working_days(start, n) == calendar.on_or_before(end)
        slow = sum(1 for i in range(1, (end - start).days + 1)
                   if calendar.is_working_day(start + timedelta(days=i)))
        assert n == slow


@pytest.mark.parametrize("due, day, late, why", [
    (date(2026, 12, 18), date(2026, 12, 18), 0, "done on the due day (Fri) is on time"),
    (date(2026, 12, 18), date(2026, 12, 16), 0, "done early"),
    # a due date is the last day allowed: the weekend after it is already late, as late as the Monday
    (date(2026, 12, 18), date(2026, 12, 19), 1, "due Fri 18 Dec 2026, done Sat 19"),
    (date(2026, 12, 18), date(2026, 12, 21), 1, "due Fri 18 Dec 2026, done Mon 21"),
    # Christmas 2026: Fri 25 bank holiday, Sat 26, Sun 27, Mon 28 Boxing Day's substitute: Tue 29 is next
    (date(2026, 12, 24), date(2026, 12, 27), 1, "due Thu 24 Dec 2026, done Sun 27"),
    (date(2026, 12, 24), date(2026, 12, 28), 1, "due Thu 24 Dec 2026, done on the substitute day"),
    (date(2026, 12, 24), date(2026, 12, 30), 2, "due Thu 24 Dec 2026, done Wed 30"),
    # Easter 2027: Good Friday 26 March and Easter Monday 29 March are days off
    (date(2027, 3, 25), date(2027, 3, 26), 1, "due Thu 25 Mar 2027, done on Good Friday"),
    (date(2027, 3, 25), date(2027, 3, 29), 1, "due Thu 25 Mar 2027, done on Easter Monday"),
    (date(2027, 3, 25), date(2027, 3, 31), 2, "due Thu 25 Mar 2027, done Wed 31"),
])
def test_working_days_late(due, day, late, why):
    assert WALES.working_days_late(due, day) == late, why


def test_the_days_in_a_month_are_the_calendar_modules():
    import calendar as stdlib_calendar

    from coreplan.calendar import _days_in_month

    assert [(year, month) for year in range(1896, 2215) for month in range(1, 13)
            if _days_in_month(year, month) != stdlib_calendar.monthrange(year, month)[1]] == []


def _counted_day_by_day(calendar: WorkingCalendar, start: date, count: int, step: int) -> date:
    day = start
    while count:
        day += timedelta(days=step)
        if calendar.is_working_day(day):
            count -= 1
    return day


@pytest.mark.parametrize("calendar", [
    WALES, WorkingCalendar("england"),
    # closures on weekdays, on a weekend, on a bank holiday, and several in a row
    WorkingCalendar("wales", [date(2026, 12, 24), date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 26),
                              date(2027, 3, 29), date(2027, 4, 1), date(2026, 11, 23)]),
], ids=["wales", "england", "closures"])
def test_adding_by_weeks_is_counting_day_by_day(calendar):
    # add_working_days and working_days_before skip whole weeks by arithmetic: every start day from November
    # to September (Christmas, Easter, May and August, the closures above) and the counts the timescales use,
    # and some more, give the day counted one by one
    start = date(2026, 11, 1)
    for offset in range(0, 305):
        day = start + timedelta(days=offset)
        for count in (*range(0, 12), 14, 15, 16, 20, 21, 40, 70):
            assert calendar.add_working_days(day, count) == _counted_day_by_day(calendar, day, count, 1), (day, count)
            assert calendar.working_days_before(day, count) == _counted_day_by_day(calendar, day, count, -1), \
                (day, count)


def test_adding_outside_the_shipped_years_is_counting_day_by_day():
    # the holidays package itself answers for years coreplan does not ship
    for day in (date(1899, 12, 20), date(2210, 12, 20), date(2211, 3, 20)):
        for count in (1, 5, 10, 15, 40):
            assert WALES.add_working_days(day, count) == _counted_day_by_day(WALES, day, count, 1), (day, count)
            assert WALES.working_days_before(day, count) == _counted_day_by_day(WALES, day, count, -1), (day, count)


def test_counting_agrees_with_counting_day_by_day_from_every_weekday():
    # every weekday to start from and every remainder of days after whole weeks, across Christmas, New Year
    # and Easter 2027, with closure days on a weekday and on a Saturday
    closed = WorkingCalendar("wales", closures=[date(2026, 12, 29), date(2026, 12, 26), date(2027, 3, 31)])
    for calendar in (WALES, closed):
        for offset in range(0, 130, 3):
            start = date(2026, 12, 14) + timedelta(days=offset)
            for length in range(0, 23):
                end = start + timedelta(days=length)
                slow = sum(1 for i in range(1, length + 1) if calendar.is_working_day(start + timedelta(days=i)))
                assert calendar.working_days_between(start, end) == slow, (start, end)
                assert calendar.working_days_between(end, start) == -slow, (start, end)
