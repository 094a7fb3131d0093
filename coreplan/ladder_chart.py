"""The Steps to Change history as a line chart: where each view placed a goal at each meeting.

The family's and the practitioners' views are separate lines, never averaged
(the guidance keeps both); a single agreed step counts for every view at that
meeting. The good-enough rung is a dashed line. Each line also has its own
marker shape and dash pattern, so the chart reads without colour.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT = 560, 200
LEFT, RIGHT, TOP, BOTTOM = 52, 24, 20, 44  # room for the step numbers and the meeting dates
STYLES = (("#0b5394", "", "circle"), ("#b45f06", "6 4", "square"), ("#1e6b34", "2 3", "diamond"),
          ("#6b4f2a", "8 3 2 3", "triangle"))


@dataclass
class Series:
    view: str
    colour: str
    dash: str
    marker: str
    points: list[tuple[float, float, int, object]]  # x, y, step, the meeting's date

    @property
    def path(self) -> str:
        return " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y, _, _) in enumerate(self.points))


@dataclass
class LadderChart:
    width: int
    height: int
    left: int
    top: int
    plot_width: float
    plot_height: float
    steps: list[tuple[int, float]]  # step number, y
    dates: list[tuple[object, float]]  # meeting date, x
    good_enough_y: float | None
    series: list[Series]


def ladder_chart(ladder_view) -> LadderChart | None:
    """The chart of a goal's history, or None when fewer than two meetings recorded where it stands."""
    history = ladder_view.history
    if len(history) < 2:
        return None
    rungs = len(ladder_view.goal.ladder)
    highest = max([rungs, *(step for _, positions in history for step in positions.values())])
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y_of(step: int) -> float:
        return TOP + plot_height - (step - 1) * plot_height / max(1, highest - 1)

    def x_of(index: int) -> float:
        return LEFT + index * plot_width / (len(history) - 1)

    views = sorted({view for _, positions in history for view in positions} - {"agreed"}) or ["agreed"]
    series = []
    for number, view in enumerate(views):
        points = []
        # side by side, a few pixels apart, so a view on the same step as another is not hidden behind it
        shift = (number - (len(views) - 1) / 2) * 7
        for index, (meeting, positions) in enumerate(history):
            step = positions.get(view, positions.get("agreed"))
            if step is not None:
                points.append((x_of(index) + shift, y_of(step), step, meeting.date))
        colour, dash, marker = STYLES[number % len(STYLES)]
        series.append(Series(view, colour, dash, marker, points))
    good = ladder_view.goal.good_enough
    return LadderChart(WIDTH, HEIGHT, LEFT, TOP, plot_width, plot_height,
                       [(step, y_of(step)) for step in range(1, highest + 1)],
                       [(meeting.date, x_of(index)) for index, (meeting, _) in enumerate(history)],
                       y_of(good) if 1 <= good <= highest else None, series)
