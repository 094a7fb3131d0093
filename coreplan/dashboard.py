"""`coreplan stats --format html`: the team's figures as one self-contained page of charts.

The charts are inline SVG worked out here (bars, heights, labels), so the
template only lays them out: no script runs and nothing is fetched, not even a
font. Each chart has a title and a description for screen readers and the
figures beside it as a table, because a chart alone shuts out anyone who
cannot see it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from coreplan.stats import LABELS, MEASURES, Stats

CHART_WIDTH, CHART_HEIGHT, AXIS = 640, 150, 36  # the bar area, and room on the left for the 0-100% axis
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MOST_MONTHS = 24  # beyond this the bars would be too thin to read: the charts go by quarter


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # under the bar: the month or quarter
    value: str  # above the bar: "75%", or a dash when nothing fell due
    count: str  # above that: "3/4", so 100% of one item does not look like 100% of fifty
    detail: str  # "3 of 4 on time"
    empty: bool


@dataclass
class Chart:
    key: str
    title: str
    description: str
    bars: list[Bar]
    rows: list[tuple[str, str, str]]  # (group, on time, percent) for the table beside it


@dataclass
class WhoBar:
    name: str
    count: int
    y: float
    width: float


def month_label(group: str) -> str:
    if "-Q" in group:
        year, quarter = group.split("-Q")
        return f"Q{quarter} {year}"
    year, month = group.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}"


def chart_period(stats: Stats) -> str:
    """What each bar of the charts covers: 'quarter' when --by quarter asks for it or a month's bar would be
    too thin to read, else 'month' (--by coordinator gets its own table: see coordinator_rows)."""
    if stats.by == "quarter" or len(dataclasses.replace(stats, by="month").groups()) > MOST_MONTHS:
        return "quarter"
    return "month"


def coordinator_rows(stats: Stats) -> list[tuple[str, list[tuple[str, str]], int]]:
    """(co-ordinator, [(on time, percent) for each measure], overdue items) for --by coordinator, else []:
    a table rather than a chart, as a team has too many co-ordinators for bars to stay readable."""
    if stats.by != "coordinator":
        return []
    rows = []
    for name, figures in stats.groups():
        cells = [("nothing fell due", "-") if figures[key]["percent"] is None else
                 (f"{figures[key]['met']} of {figures[key]['total']}", f"{figures[key]['percent']:g}%")
                 for key in MEASURES]
        rows.append((name, cells, figures["overdue_items"]))
    return rows


def measure_charts(stats: Stats, period: str) -> list[Chart]:
    """A chart of each measure, a bar for each month or quarter (period: chart_period)."""
    groups = dataclasses.replace(stats, by=period).groups()
    charts = []
    slot = (CHART_WIDTH - AXIS) / max(1, len(groups))
    width = max(4.0, slot * 0.7)
    for key in MEASURES:
        bars, rows, said = [], [], []
        for index, (group, figures) in enumerate(groups):
            measure = figures[key]
            x = AXIS + index * slot + (slot - width) / 2
            label = month_label(group)
            if measure["percent"] is None:
                bars.append(Bar(x, CHART_HEIGHT - 2, width, 2, label, "–", "", "nothing fell due", True))
                rows.append((label, "nothing fell due", "-"))
                continue
            height = CHART_HEIGHT * measure["percent"] / 100
            detail = f"{measure['met']} of {measure['total']} on time"
            bars.append(Bar(x, CHART_HEIGHT - height, width, max(height, 2), label, f"{measure['percent']:.0f}%",
                            f"{measure['met']}/{measure['total']}", detail, False))
            rows.append((label, detail, f"{measure['percent']:g}%"))
            said.append(f"{label} {measure['percent']:g}%")
        whole = stats.figures()[key]
        summary = (f"Whole period: {whole['met']} of {whole['total']} on time ({whole['percent']:g}%)."
                   if whole["percent"] is not None else "Nothing fell due in the period.")
        description = summary + (f" By {period}: " + ", ".join(said) + "." if said else "")
        charts.append(Chart(key, LABELS[key], description, bars, rows))
    return charts


def who_bars(stats: Stats) -> list[WhoBar]:
    counts = stats.overdue_by_who()
    most = max(counts.values(), default=1)
    return [WhoBar(name, count, index * 26, (CHART_WIDTH - 260) * count / most)
            for index, (name, count) in enumerate(counts.items())]


def write_html(stats: Stats, out: TextIO) -> None:
    import jinja2

    from coreplan.paths import templates_dir
    from coreplan.render import MARKER

    from markupsafe import Markup, escape

    from coreplan import bidi

    # a name written right to left is isolated from the words and numbers around it: <bdi> in the page;
    # inside an SVG chart, where an HTML element is not drawn at all, U+2068...U+2069 (`isolated`)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir()), encoding="utf-8"),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True, finalize=bidi.html)
    env.filters["isolated"] = lambda value: Markup(escape(bidi.plain(value)))
    whole = stats.figures()
    tiles = [(LABELS[key], whole[key]) for key in MEASURES]
    bars = who_bars(stats)
    period = chart_period(stats)
    out.write(env.get_template("dashboard.html").render(
        MARKER=MARKER, stats=stats, whole=whole, tiles=tiles, charts=measure_charts(stats, period),
        period=period, labels=[LABELS[key] for key in MEASURES], coordinators=coordinator_rows(stats),
        who=bars, who_height=max(26, 26 * len(bars)), width=CHART_WIDTH, height=CHART_HEIGHT, axis=AXIS,
        reviews=[(item, (item.due - stats.today).days) for item in stats.next_reviews],
        long=_long_date))


def _long_date(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
