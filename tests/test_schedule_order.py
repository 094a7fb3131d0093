"""Due items are sorted by their words only where date, case, kind and child tie: the order is the one a
sort by the whole key gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coreplan.agenda import build_agenda
from coreplan.schedule import by_words, in_order
from tests.helpers import ROOT, TODAY


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.text("ab", max_size=2), st.integers(0, 5))))
def test_in_order_is_sorting_by_the_whole_key(items):
    assert in_order(items, lambda item: item[:2], lambda item: item[2]) == \
        sorted(items, key=lambda item: (item[:2], item[2]))


def test_a_teams_schedule_is_in_the_order_of_the_whole_key():
    items = build_agenda([ROOT / "examples"], TODAY, workers=1).items
    assert len(items) > 100
    assert items == sorted(items, key=lambda i: (i.due, i.case, i.kind, i.child or "", *by_words(i)))
