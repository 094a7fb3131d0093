"""Working days: weekends, the bank holidays of Wales (or England), and the authority's own closure days.

Counting follows ../shared/brief/domain.md: "within N working days" counts from
the day after the event (the event is day 0), and a due date that falls on a
day off moves to the working day *before* it, because the rule says "within".
The bank holidays come from the `holidays` package, always with a subdivision
(without one it leaves out Easter Monday and the August bank holiday), worked
out once and shipped with coreplan (coreplan.bank_holidays).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable

SUBDIVISIONS = {"wales": "WLS", "england": "ENG"}


class WorkingCalendar:
    def __init__(self, procedures: str = "wales", closures: Iterable[date] = ()) -> None:
        from coreplan.bank_holidays import BankHolidays  # the holidays package's answer, shipped

        self.procedures = procedures
        self._bank_holidays = BankHolidays(SUBDIVISIONS[procedures])
        self.closures = frozenset(closures)

    def day_off(self, day: date) -> str | None:
        """Why day is not a working day (weekend, bank holiday or closure), or None if it is one."""
        if day.weekday() >= 5:
            return "weekend"
        name = self._bank_holidays.get(day)
        if name:
            return name
        if day in self.closures:
            return "closure day"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.day_off(day) is None

    def add_working_days(self, start: date, count: int) -> date:
        """The count-th working day after start (start itself is day 0, whatever day it is)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        # Not a day at a time (every case's schedule asks this dozens of times): the count-th weekday by
        # arithmetic, then as many working days on from it as there were days off among those weekdays, until
        # there were none. tests/test_calendar.py compares it with counting day by day.
        while count:
            following = _weekdays_after(day, count)
            count = self._weekdays_off(day, following)
            day = following
        return day

    def working_days_before(self, end: date, count: int) -> date:
        """The working day count working days before end (so that add_working_days from it reaches end)."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = end
        while count:  # as add_working_days, backwards
            earlier = _weekdays_before(day, count)
            count = self._weekdays_off(earlier - _DAY, day - _DAY)
            day = earlier
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after start up to and including end; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        # weekdays by arithmetic, then take off the bank holidays and closures that fall on weekdays
        weeks, rest = divmod((end - start).days, 7)
        weekdays = weeks * 5 + _WEEKDAYS_IN_REST[start.weekday()][rest]
        return weekdays - self._weekdays_off(start, end)

    def _weekdays_off(self, start: date, end: date) -> int:
        """The bank holidays and closure days after start, up to and including end, that fall on a weekday."""
        days_off = {d for d in self._bank_holidays.between(start, end) if d.weekday() < 5}
        if self.closures:
            days_off.update(d for d in self.closures if start < d <= end and d.weekday() < 5)
        return len(days_off)

    def working_days_late(self, due: date, day: date) -> int:
        """How many working days after its due date something done (or still open) on day is; 0 if not late.

        A due date is the last day allowed ("within"), so anything after it is late, even on a
        weekend: it counts as late as the first working day on or after it (due Friday, done
        Saturday: 1 working day late), so that late and on time never disagree between the
        schedule, the rules and the team's figures.
        """
        if day <= due:
            return 0
        return self.working_days_between(due, self.on_or_after(day))

    def on_or_after(self, day: date) -> date:
        """day if it is a working day, else the working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def on_or_before(self, day: date) -> date:
        """day if it is a working day, else the working day before it."""
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day


_DAY = timedelta(days=1)
# [weekday of a day][n]: how many of the n days after it (n from 0 to 6) are weekdays; the days after whole
# weeks from it, which working_days_between counts (every case's schedule asks it dozens of times)
_WEEKDAYS_IN_REST = tuple(tuple(sum(1 for i in range(1, n + 1) if (weekday + i) % 7 < 5) for n in range(7))
                          for weekday in range(7))


def _weekdays_after(day: date, count: int) -> date:
    """The count-th weekday (Monday to Friday) after day, for count of at least 1."""
    weekday = day.weekday()
    if weekday > 4:  # from a Saturday or a Sunday, the weekdays after it are those after the Friday before
        day -= timedelta(days=weekday - 4)
        weekday = 4
    weeks, rest = divmod(count, 5)
    return day + timedelta(days=weeks * 7 + rest + (2 if weekday + rest > 4 else 0))


def _weekdays_before(day: date, count: int) -> date:
    """The count-th weekday before day, for count of at least 1."""
    weekday = day.weekday()
    if weekday > 4:  # before a Saturday or a Sunday, the weekdays are those before the Monday after it
        day += timedelta(days=7 - weekday)
        weekday = 0
    weeks, rest = divmod(count, 5)
    return day - timedelta(days=weeks * 7 + rest + (2 if weekday - rest < 0 else 0))


def add_months(day: date, months: int) -> date:
    """The same day of the month, months later; the month's last day when it has no such day (31 Jan + 1)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    # not the calendar module's monthrange: importing it (and its locale) costs a check's start-up ~1 ms
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
