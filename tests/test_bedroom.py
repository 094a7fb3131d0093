"""bedroom-not-seen against hand-worked dates, including a review conference held before it was due.

Conference on Tuesday 1 September 2026: the first review falls due three months later, on Tuesday
1 December 2026. Here it is held early, on Monday 16 November 2026. The bedroom must have been seen after
the conference and on or before the day the review was held; checked on 23 November 2026, a week after
the review and a week before its due date.
"""

from __future__ import annotations

from datetime import date

import pytest

from coreplan.calendar import WorkingCalendar
from coreplan.load import load_case_text
from coreplan.procedures import PROFILES
from coreplan.schedule import due_items
from tests.helpers import found, line_of, merge

TODAY = date(2026, 11, 23)


def early_review(bedroom_seen_on: str | None, review: str = "2026-11-16") -> str:
    visits = ["2026-09-10", "2026-09-24", "2026-10-08", "2026-10-22", "2026-11-05", "2026-11-12", "2026-11-18"]
    if bedroom_seen_on and bedroom_seen_on not in visits:
        visits.append(bedroom_seen_on)
    lines = "\n".join(f"  - {{date: {day}, child: ella, by: sian, alone: true, at_home: true"
                      f"{', bedroom_seen: true' if day == bedroom_seen_on else ''}}}" for day in sorted(visits))
    return merge(f"""strategy_discussion: 2026-08-26
conference: 2026-09-01
meetings:
  - date: 2026-09-10
    type: core-group
    chair: sian
    present: [carys, sian, tom]
  - date: 2026-10-15
    type: core-group
    chair: tom
    present: [carys, sian, tom]
  - date: {review}
    type: review-conference
    chair: tom
visits:
{lines}
""")


def bedroom_item(text):
    case = load_case_text(text).case
    return [i for i in due_items(case, PROFILES["wales"], WorkingCalendar("wales"), TODAY) if i.kind == "bedroom"][0]


def test_not_seen_before_an_early_review_is_found_before_the_due_date():
    text = early_review("2026-11-18")  # seen, but two days after the review was held
    assert found(text, "bedroom-not-seen") == [("bedroom-not-seen", line_of(text, "  - id: ella"))]
    item = bedroom_item(text)
    assert (item.due, item.status, item.done) == (date(2026, 11, 16), "overdue", None)
    assert item.basis == "before the review conference held on 16 Nov 2026"


@pytest.mark.parametrize("seen", ["2026-11-12", "2026-11-16", "2026-09-02"])
def test_seen_on_or_before_the_day_of_an_early_review(seen):
    text = early_review(seen)
    assert found(text, "bedroom-not-seen") == []
    assert bedroom_item(text).done == date.fromisoformat(seen)


def test_not_seen_at_all_with_the_review_held_on_its_due_date():
    text = early_review(None, review="2026-12-01")
    # the review is not due yet (1 December): nothing to find on 23 November
    assert found(text, "bedroom-not-seen") == []
    item = bedroom_item(text)
    assert (item.due, item.status) == (date(2026, 12, 1), "due")


def test_seen_on_the_conference_day_does_not_count():
    # the period starts after the conference: a visit on the conference day belongs to the time before the plan
    text = early_review("2026-09-01")
    assert found(text, "bedroom-not-seen") == [("bedroom-not-seen", line_of(text, "  - id: ella"))]
