"""schedule's JSON is written one item at a time, and is the same text as json.dump of the whole list."""

import io
import json
from datetime import date

from coreplan.agenda import Agenda, build_agenda, write_json
from tests.helpers import ROOT


def test_the_json_written_item_by_item_is_json_dump_of_the_list():
    agenda = build_agenda([ROOT / "examples"], date(2026, 11, 23))
    assert len(agenda.items) > 20
    written = io.StringIO()
    write_json(agenda, written)
    whole = io.StringIO()
    json.dump([item.as_dict() for item in agenda.items], whole, ensure_ascii=False, indent=2)
    assert written.getvalue() == whole.getvalue() + "\n"


def test_no_items_is_an_empty_list():
    written = io.StringIO()
    write_json(Agenda(), written)
    assert written.getvalue() == "[]\n" == json.dumps([], indent=2) + "\n"


def test_each_item_is_the_text_json_dumps_gives():
    # the writer puts each item's strings through json's own string encoder: quotes, backslashes, controls,
    # separators, emoji and a lone surrogate come out as json.dumps writes them
    from coreplan.agenda import _json_item

    odd = ['"', "\\", "\x1b", "\x85", "\u2028", "\u202e", "\t", "\n", "\x7f", "\ud800", "\U0001f600", "Siân", ""]
    for text in odd:
        values = {"case": f"a{text}b", "kind": "visit-alone", "child": None, "due": "2026-11-23", "text": text}
        assert _json_item(values) == "  " + json.dumps(values, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    values = {"case": "x", "count": 3, "ok": True}  # not only texts and nulls: json.dumps writes it
    assert _json_item(values) == "  " + json.dumps(values, ensure_ascii=False, indent=2).replace("\n", "\n  ")
