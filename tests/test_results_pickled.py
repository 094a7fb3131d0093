"""A pool worker sends each case's findings back pickled (coreplan.batch): Finding and Msg pickle as one
tuple each, and come back equal, saying the same in English and Welsh."""

from __future__ import annotations

import pickle
from datetime import date

from coreplan.check import _Checker, _check_file
from coreplan.findings import Finding
from coreplan.messages import Msg, Verbatim, msg, msg_n
from tests.helpers import ROOT


def test_a_message_comes_back_equal_and_worded_the_same():
    nested = msg_n("%(n)s working day late", "%(n)s working days late", 3)
    message = msg("'%(word)s' on %(day)s: %(why)s", word=Verbatim("CAMHS"), day=date(2026, 11, 23), why=nested)
    again = pickle.loads(pickle.dumps(message))
    assert type(again) is Msg and again == message and hash(again) == hash(message)
    assert [again.in_language(language) for language in ("en", "cy")] == \
        [message.in_language(language) for language in ("en", "cy")]


def test_a_finding_comes_back_equal_with_its_source():
    finding = Finding("case.yaml", 3, 5, "jargon", "warning", "a message", msg("%(n)s", n=2))
    again = pickle.loads(pickle.dumps(finding))
    assert again == finding and again.source == finding.source and again.message == finding.message


def test_the_examples_findings_come_back_as_they_were_checked():
    state = _Checker(date(2026, 11, 23))()
    checked = [_check_file(state, ROOT / "examples" / name / "case.yaml")
               for name in ("good-plan", "weak-plan", "good-plan-cy", "weak-plan-cy")]
    again = pickle.loads(pickle.dumps(checked))
    assert again == checked and sum(len(c.findings) for c in again) > 20
    assert [f.source.in_language("cy") for c in again for f in c.findings] == \
        [f.source.in_language("cy") for c in checked for f in c.findings]


def test_a_report_leaves_the_sources_out_and_says_the_same():
    # coreplan check writes only the words: its findings cross between processes without their sources
    from coreplan.check import check_paths

    kept = list(check_paths([ROOT / "examples"], date(2026, 11, 23)).findings())
    left_out = list(check_paths([ROOT / "examples"], date(2026, 11, 23), sources=False).findings())
    assert [(f, f.message) for f in left_out] == [(f, f.message) for f in kept] and len(kept) > 20
    assert all(isinstance(f.source, Msg) for f in kept) and all(f.source is None for f in left_out)
