"""A progress bar on standard error for long runs over a team's folder.

Shown only when standard error is a terminal and the run covers many cases: a
check on save, a pipe into another tool or a CI log get nothing extra. The bar
says how many cases are done, never which case (a case's path can name a family).
"""

from __future__ import annotations

import sys
from typing import Iterator, Sequence, TypeVar

T = TypeVar("T")
MANY_CASES = 50  # below this a run takes about a second: a bar would only flicker


def track(files: Sequence[T], many: int = MANY_CASES, stream=None) -> Iterator[T]:
    """The files one by one, with a bar on stream (stderr) when it is a terminal and there are many."""
    stream = stream if stream is not None else sys.stderr
    if len(files) < many or not is_terminal(stream):
        yield from files
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=stream)
    columns = (TextColumn("cases"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("cases", total=len(files))
        for item in files:
            yield item
            progress.advance(task)


def is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
