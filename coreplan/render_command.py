"""The library behind `coreplan render`: load, check, build the view, render, write."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from coreplan.check import check_loaded
from coreplan.config import ConfigCache
from coreplan.errors import InputError, UsageError
from coreplan.load import load_case
from coreplan.messages import Said, Verbatim, msg, show
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
        warn(f"{path}: {len(errors)} error{'s' if len(errors) != 1 else ''} found by 'coreplan check': the "
             "document says it is not ready to send")
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
