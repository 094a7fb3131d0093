"""The one kind of Jinja environment coreplan renders with: sandboxed, for team and built-in templates alike.

A team's templates come from a shared folder (`templates:` in .coreplan.yaml),
so whoever can write there could otherwise run any Python as whoever renders a
plan (`{{ cycler.__init__.__globals__.os.system(...) }}`). Jinja's immutable
sandbox refuses private attributes and changes to the view; on top of it, the
two operators that can build a huge value from a short template (`*` on text
or lists, `**`) are bounded, so a template cannot fill the memory either.

Every failure of a template (a syntax error, an unsafe attribute, a division
by zero, a macro that calls itself forever) becomes one RenderError naming the
template file and line.
"""

from __future__ import annotations

import operator
from contextlib import contextmanager
from typing import Any, Iterator

from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from coreplan.i18n import N_

# No document coreplan renders comes near this; a template that builds a bigger value is broken or hostile.
MAX_BUILT_LENGTH = 1_000_000
MAX_EXPONENT = 64


class PlanSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, name: str, left: Any, right: Any) -> Any:
        if name == "**":
            if isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"a power above {MAX_EXPONENT} is not allowed in a template")
            return operator.pow(left, right)
        for sized, count in ((left, right), (right, left)):
            if isinstance(sized, (str, list, tuple)) and isinstance(count, int):
                if len(sized) * max(count, 0) > MAX_BUILT_LENGTH:
                    raise SecurityError("repeating text or a list this many times is not allowed in a template")
        return operator.mul(left, right)


_IN_ENGLISH = N_("in English: %(detail)s")


def template_error(error: BaseException, fallback: str):
    """The RenderError for anything a template raised, at the template's file and line."""
    import jinja2

    from coreplan.messages import Foreign, Verbatim, msg
    from coreplan.render import RenderError

    if isinstance(error, jinja2.TemplateSyntaxError):
        return RenderError(msg("template error: %(detail)s", detail=Foreign(error.message or "", _IN_ENGLISH)),
                           file=error.filename or error.name or fallback, line=error.lineno)
    if isinstance(error, jinja2.TemplateNotFound):
        return RenderError(msg("template '%(name)s' not found in the team's folder or coreplan's own",
                               name=Verbatim(str(error.name))))
    file, line = template_frame(error, fallback)
    # Jinja's and Python's own words stay English, marked as such in a Welsh message (a team's template author
    # reads them, and they are what a search for the problem finds)
    if isinstance(error, SecurityError):
        message = msg("not allowed in a template: %(detail)s", detail=Foreign(str(error), _IN_ENGLISH))
    elif isinstance(error, TemplateTimeout):
        message = Foreign(str(error), _IN_ENGLISH)
    elif isinstance(error, RecursionError):
        message = msg("a macro or include calls itself without end")
    elif isinstance(error, jinja2.UndefinedError):
        message = Foreign(error.message or str(error), _IN_ENGLISH)
    else:
        message = Foreign(f"{type(error).__name__}: {error}", _IN_ENGLISH)
    return RenderError(msg("template error: %(detail)s", detail=message), file=file, line=line)


def template_frame(error: BaseException, fallback: str) -> tuple[str, int | None]:
    """The innermost template file and line in the traceback Jinja rewrites to point at templates."""
    tb = error.__traceback__
    found: tuple[str, int | None] = (fallback, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".md")):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


# A document renders in well under a second; a template still running after this has a loop that does not end
# (`{% for a in range(100000) %}{% for b in range(100000) %}`), which the sandbox alone does not stop.
RENDER_SECONDS = 20.0


class TemplateTimeout(Exception):
    """A template ran longer than RENDER_SECONDS."""

    def __str__(self) -> str:
        return f"the template ran for more than {RENDER_SECONDS:g} seconds: a loop in it does not end"


@contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Raise TemplateTimeout inside the rendering once `seconds` have passed (a timer signal, so only in
    the main thread of a POSIX process; elsewhere the rendering is not limited)."""
    import signal
    import threading

    seconds = RENDER_SECONDS if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def stop(signum, frame):
        raise TemplateTimeout

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
