"""The library behind `coreplan render`: load, check, build the view, render, write."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from coreplan.check import check_loaded
from coreplan.config import ConfigCache
from coreplan.errors import InputError, UsageError
from coreplan.load import load_case
from coreplan.messages import Said, Verbatim, msg, msg_n, show
from coreplan.output import ensure_marker, write_output
from coreplan.render import build_view, html_to_pdf, render_text
from coreplan.rules import all_rules


def render_case(path: Path, document: str, fmt: str, today: date, meeting: date | None = None,
                output: Path | None = None, force: bool = False, warn=None, language: str | None = None,
                redact: bool = False, config: Path | None = None, with_changes: bool = False) -> bytes:
    """Render one case; write it to output (atomically) or return the bytes. `warn` receives warnings.

    With `redact`, the document is built from the anonymised copy of the case (coreplan.redact). With
    `with_changes`, minutes get "Since the last meeting" from the case's git history."""
    if path.is_dir():
        path = path / "case.yaml"
    rules = all_rules()
    settings = ConfigCache(rules, config).for_case(path)
    loaded = load_case(path)
    for problem in loaded.problems:
        if problem.rule == "unreadable-file":
            raise InputError(problem.message, file=str(path))
    if loaded.case is None:
        raise UsageError(msg("cannot be rendered until it reads cleanly: run 'coreplan check %(path)s' and fix "
                             "the errors", path=Verbatim(str(path))), file=str(path))
    shared: dict = {}
    # each problem is put into words in the document's language(s) when the notice is rendered
    errors = [msg("line %(line)s: %(problem)s", line=f.line, problem=f.source)
              for f in check_loaded(loaded, settings, rules, today, shared) if f.level == "error"]
    if errors and warn:
        warn(msg_n("%(path)s: %(n)s error found by 'coreplan check': the document says it is not ready to send",
                   "%(path)s: %(n)s errors found by 'coreplan check': the document says it is not ready to send",
                   # anonymised, the warning names no folder (it is often the family's name), as chronology's
                   len(errors), path=Verbatim("case.yaml" if redact else str(path))))
    case = loaded.case
    redactor = None
    if redact:
        from coreplan.redact import Redactor

        redactor = Redactor()
        # each problem put into words in the document's language first, then anonymised
        errors = [Said(lambda language, error=error, original=case: redactor.text(original, show(error, language)))
                  for error in errors]
        case = redactor.case(case, today)
    view = build_view(case, document, today, settings, shared, meeting, errors)
    if with_changes and document == "minutes":
        from coreplan.minutes_changes import since_last_meeting

        view.since_last = since_last_meeting(path, case, view.meeting, view.previous, redactor, today, warn)
    text = ensure_marker(render_text(view, fmt, settings.templates, language or loaded.case.language), fmt)
    content = html_to_pdf(text, path.parent) if fmt == "pdf" else text.encode("utf-8")
    if output is not None:
        write_output(content, output, force, inputs=(path, settings.path))
    return content


def run_render(case: Path, what: str, fmt: str, meeting: str | None, output: Path | None, force: bool,
               today: str | None, language: str | None, redact: bool, config: Path | None,
               say_on_stderr, with_changes: bool = False) -> int:
    """`coreplan render` from its parsed arguments to its exit status (coreplan.entry and coreplan.cli both
    call it); say_on_stderr writes one line to standard error."""
    from coreplan.check_command import parse_date, parse_today
    from coreplan.errors import CoreplanError, output_error, said_language
    from coreplan.visible import visible

    # a warning or a note here is for the practitioner: in --lang, or else in the team's language
    spoken = language if language in ("en", "cy") else None

    def speaking() -> str:
        nonlocal spoken
        if spoken is None:
            from coreplan.config import team_language

            spoken = team_language(case, config) or "en"
        return spoken

    def warn(message) -> None:
        said = show(msg("warning: %(message)s", message=message), speaking())
        say_on_stderr(visible(f"coreplan: {said}"))

    try:
        day = parse_today(today)
        meeting_day = parse_date(meeting, "--meeting") if meeting is not None else None
        if fmt == "pdf" and output is None:
            raise UsageError(msg("--format pdf writes a binary file: give it a name with -o FILE"))
        if with_changes and what != "minutes":
            # said rather than ignored: a plan rendered without the section it was asked for misleads
            raise UsageError(msg("--changes adds 'Since the last meeting' to minutes: use it with --what minutes"))
        content = render_case(case, what, fmt, day, meeting_day, output, force,
                              warn=warn,
                              language=language, redact=redact, config=config, with_changes=with_changes)
    except CoreplanError as error:
        # in the practitioner's language (a bilingual document's errors: the team's); a file name can hold
        # control characters
        spoken = said_language(error, language if language != "en+cy" else None, case, config)
        say_on_stderr(f"coreplan: {visible(error.in_language(spoken))}")
        return 2
    if output is None:
        try:
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        except OSError as caught:
            error = output_error(caught)
            if error is None:
                raise
            say_on_stderr(f"coreplan: {visible(error.in_language(speaking()))}")
            return 2
    else:
        wrote = msg("wrote %(path)s", path=Verbatim(str(output)))
        say_on_stderr(visible(f"coreplan: {show(wrote, speaking())}"))
    return 0
