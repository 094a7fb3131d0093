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
