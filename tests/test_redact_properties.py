"""--redact on names nobody chose: whatever a person is called, the name leaves the text and nothing crashes."""

from __future__ import annotations

import re
from datetime import date

import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st

from coreplan.load import load_case_text
from coreplan.redact import TITLES, Redactor
from tests.helpers import merge

LETTERS = "abcdefghijklmnopqrstuvwxyzâêîôûŵŷáéíóúàèìòùäëïöüçñß"
WORD = st.text(alphabet=LETTERS, min_size=2, max_size=9).map(lambda w: w[0].upper() + w[1:])
NAME = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
FILLER = st.sampled_from(["said", "will visit", "and", "with", "'s", "’s bedroom", ", then", "(at home)", "<b>",
                          "01745 000 101", "\u00a0", "\n"])


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def _titles_in(*names: str) -> set[str]:
    """The words of these names that are titles ('Mr', 'Dr'), which redaction keeps as they are."""
    return {word for name in names for word in name.split() if word.casefold() in TITLES}


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(child=NAME, worker=NAME, parts=st.lists(st.one_of(FILLER, st.just("CHILD"), st.just("WORKER"),
                                                         st.just("FIRST")), max_size=12))
def test_any_name_is_replaced_wherever_it_is_written(child, worker, parts):
    # (names written the same but for accents are two people: see test_redact.py)
    if {fold(w) for w in child.split()} & {fold(w) for w in worker.split()}:
        return  # a name shared by both (accents aside): which pseudonym wins is not the point here
    if {fold(w) for w in f"{child} {worker}".split()} & {"child", "worker"}:
        return  # a person called 'Child' or 'Worker': the pseudonyms ('Child-A') are written with that word
    words = {"CHILD": child, "WORKER": worker, "FIRST": child.split()[0]}
    contact = " ".join(words.get(p, p) for p in parts)
    text = merge(f"children:\n  - {{id: ella, name: {quoted(child)}, categories: [neglect]}}\n"
                 f"members:\n  - {{id: sian, name: {quoted(worker)}, role: social worker}}\n"
                 f"  - {{id: tom, name: Tom Jenkins, role: class teacher}}\n"
                 f"contact: {quoted(contact)}\n")
    loaded = load_case_text(text)
    if loaded.case is None:
        return
    redacted = Redactor().case(loaded.case, date(2026, 11, 23))
    assert redacted.children[0].name == "Child-A" and redacted.members[0].name == "Worker-A"
    for name in {*child.split(), *worker.split()} - _titles_in(child, worker):  # 'Dr' identifies nobody
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", redacted.contact or ""), (name, redacted.contact)
