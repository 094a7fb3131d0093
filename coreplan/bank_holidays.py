"""The bank holidays of Wales and England, worked out once by the `holidays` package and shipped with coreplan.

Asking `holidays` for one country imports the modules of all of them (about 60 to 90 ms, most of the time a
`coreplan check` of one case takes). The bank holidays of England and Wales change only when a new one is
proclaimed, so coreplan/data/bank_holidays.json holds the package's answer for every year from FIRST_YEAR
to LAST_YEAR, and the package is imported only for a year outside them. tests/test_bank_holidays.py fails
when the installed package disagrees with the file for any of those years; then regenerate it with

    python -m coreplan.bank_holidays

and read the diff (a new special bank holiday is one added line).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from pathlib import Path

from coreplan.paths import data_dir

# Every year a date in a case may fall in (1900 to 2199), and ten years on for the longest timescale.
FIRST_YEAR, LAST_YEAR = 1900, 2210
SUBDIVISIONS = ("WLS", "ENG")
DATA_FILE = "bank_holidays.json"


def from_package(subdivision: str, years: range | None = None):
    """The `holidays` package's bank holidays for a subdivision (always with one: without it the package
    leaves out Easter Monday and the August bank holiday)."""
    from holidays import country_holidays

    return country_holidays("GB", subdiv=subdivision, years=years)


@lru_cache(maxsize=None)
def _shipped(subdivision: str) -> dict[date, str]:
    with (data_dir() / DATA_FILE).open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {date.fromisoformat(day): name
            for name, days in data["subdivisions"][subdivision].items() for day in days}


class BankHolidays:
    """The bank holidays of one subdivision: a date's name, and the bank holidays between two dates."""

    def __init__(self, subdivision: str) -> None:
        self.subdivision = subdivision
        self._names = _shipped(subdivision)
        self._days = sorted(self._names)
        self._package = None  # the holidays package, only for a year outside the shipped ones

    def get(self, day: date) -> str | None:
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            return self._names.get(day)
        return self._outside().get(day)

    def between(self, start: date, end: date) -> list[date]:
        """The bank holidays after start, up to and including end."""
        found = self._days[bisect_right(self._days, start):bisect_right(self._days, end)]
        if start.year < FIRST_YEAR or end.year > LAST_YEAR:
            package = self._outside()
            years = [y for y in range(start.year, end.year + 1) if not FIRST_YEAR <= y <= LAST_YEAR]
            for year in years:
                date(year, 1, 1) in package  # makes the package work out that year's holidays
            found += [d for d in package if start < d <= end and not FIRST_YEAR <= d.year <= LAST_YEAR]
            found.sort()
        return found

    def _outside(self):
        if self._package is None:
            self._package = from_package(self.subdivision)
        return self._package


def generate(path: Path) -> None:
    """Write the data file from the installed holidays package."""
    from importlib.metadata import version

    subdivisions = {}
    for subdivision in SUBDIVISIONS:
        names: dict[str, list[str]] = {}
        for day, name in sorted(from_package(subdivision, range(FIRST_YEAR, LAST_YEAR + 1)).items()):
            names.setdefault(name, []).append(day.isoformat())
        subdivisions[subdivision] = dict(sorted(names.items()))
    # one line per holiday's name, so that a regenerated file's diff shows what changed
    source = f"python -m coreplan.bank_holidays, holidays {version('holidays')}"
    lines = ["{", f' "generated_by": {json.dumps(source)},',
             f' "years": [{FIRST_YEAR}, {LAST_YEAR}],', ' "subdivisions": {']
    for number, (subdivision, names) in enumerate(subdivisions.items()):
        lines.append(f'  "{subdivision}": {{')
        lines += [f"   {json.dumps(name, ensure_ascii=False)}: {json.dumps(days)}" + ("," if i < len(names) - 1 else "")
                  for i, (name, days) in enumerate(names.items())]
        lines.append("  }" + ("," if number < len(subdivisions) - 1 else ""))
    lines += [" }", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    generate(data_dir() / DATA_FILE)
    print(f"wrote {data_dir() / DATA_FILE}")
