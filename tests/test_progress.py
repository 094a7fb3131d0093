"""The progress bar: on a terminal for many cases only; nothing at all when standard error is piped."""

from __future__ import annotations

import io

from coreplan.progress import track


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_gets_nothing_whatever_the_number_of_cases():
    stream = io.StringIO()
    assert list(track(list(range(500)), stream=stream)) == list(range(500))
    assert stream.getvalue() == ""


def test_a_terminal_gets_a_bar_for_many_cases_and_never_a_case_path():
    stream = Terminal()
    files = [f"cases/hughes-{n}/case.yaml" for n in range(60)]
    assert list(track(files, stream=stream)) == files
    shown = stream.getvalue()
    assert "60" in shown and "hughes" not in shown


def test_a_terminal_gets_nothing_for_a_few_cases():
    stream = Terminal()
    assert list(track(["a", "b"], stream=stream)) == ["a", "b"]
    assert stream.getvalue() == ""


def test_check_of_many_cases_shows_the_bar_on_stderr_only_when_findings_do_not_go_to_the_terminal(tmp_path):
    from datetime import date

    from coreplan.check import check_paths
    from tests.helpers import ROOT

    example = (ROOT / "examples" / "good-plan" / "case.yaml").read_bytes()
    for n in range(60):
        (tmp_path / f"case-{n:02d}").mkdir()
        (tmp_path / f"case-{n:02d}" / "case.yaml").write_bytes(example)
    stream = Terminal()

    def on_terminal(files):
        return track(files, stream=stream)

    run = check_paths([tmp_path], date(2026, 11, 23), workers=1, progress=on_terminal)
    assert len(list(run.findings())) == len(list(check_paths([tmp_path], date(2026, 11, 23), workers=1).findings()))
    shown = stream.getvalue()
    assert "60" in shown and "case-0" not in shown
