"""The minutes' "Since the last meeting": what changed in the plan between the previous meeting and this one.

Read from the case's git history (coreplan.changes), so each change carries the
commit's author and date. The window runs from the end of the previous meeting's
(after the last commit dated on its day, or after the commit that first recorded
it, whichever is later) to the end of this meeting's, worked out the same way;
the first core group's runs from the day of the conference. A meeting typed up
the day after it was held is so listed in its own minutes, not the next one's,
and each commit is in exactly one meeting's minutes. The same for every meeting,
so the minutes of an old meeting say the same thing tomorrow, and nothing saved
but not committed reaches a record. A case that is not in git gets no section and a warning:
the minutes never say "nothing changed" when they cannot know.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from coreplan.messages import Msg, Verbatim, msg, show


@dataclass
class SinceLast:
    heading: Msg  # "Since the last meeting" / "Since the conference"
    intro: Msg  # the window in words
    groups: list[tuple[Msg, list[Msg]]]  # (who and when, the changes), oldest first
    covered: bool = True  # False: the history starts after this meeting, so it cannot say what changed


def since_last_meeting(case_file: Path, case, meeting, previous, redactor=None, today: date | None = None,
                       warn=None) -> SinceLast | None:
    """The section for the minutes of `meeting`, or None (with a warning) when git has no history to read."""
    from coreplan.changes import LongDate, changes_since, groups
    from coreplan.errors import UsageError

    # from the day after the previous meeting (its own day is in its own minutes); the first core group's
    # from the day of the conference
    start = previous.date + timedelta(days=1) if previous is not None else case.conference
    try:
        report = changes_since(case_file, start, redactor=redactor, until=meeting.date + timedelta(days=1),
                               today=today, recorded=(previous.date if previous is not None else None, meeting.date))
    except UsageError as error:
        if warn:
            # anonymised, the warning names no folder (it is often the family's name)
            warn(f"the minutes have no 'Since the last meeting': {error.message if redactor else error}")
        return None
    if report.skipped and warn:
        warn(f"{len(report.skipped)} commit(s) in which the case does not read cleanly: their changes are "
             "listed with the next commit that reads ('coreplan check' says why)")
    if previous is not None:
        heading = msg("Since the last meeting")
        intro = msg("Changes to the plan since the previous meeting (%(date)s), from its history in git:",
                    date=LongDate(previous.date))
    else:
        heading = msg("Since the conference")
        intro = msg("Changes to the plan since the conference (%(date)s), from its history in git:",
                    date=LongDate(case.conference))
    if report.history_starts is not None and report.history_starts.date() > meeting.date:
        # the team began keeping the case in git after this meeting: "no change" would be a guess
        return SinceLast(heading, msg("The plan's history in git starts on %(date)s, after this meeting, so it "
                                      "cannot say what changed before it.",
                                      date=LongDate(report.history_starts.date())), [], covered=False)
    return SinceLast(heading, intro, groups(report, long_dates=True))  # a document writes dates in full


def as_markup(value, language: str, written_in: str):
    """A message as HTML: coreplan's words in the document's language, escaped; what practitioners wrote
    (coreplan.changes.Prose) marked with its own language when that differs, as everywhere in a document."""
    from markupsafe import Markup, escape

    from coreplan.changes import Listed, Prose
    from coreplan.i18n import translations

    if isinstance(value, Prose):
        text = " ".join(str(value).split())
        if written_in != language:
            return Markup('<span lang="{}">{}</span>').format(written_in, text)
        return escape(text)
    if isinstance(value, Listed):
        return Markup(", ").join(as_markup(item, language, written_in) for item in value)
    if isinstance(value, Msg):
        catalog = translations(language)
        template = catalog.gettext(value.text) if value.plural is None else \
            catalog.ngettext(value.text, value.plural, value.count)
        shown = {name: as_markup(item, language, written_in) for name, item in value.values}
        return Markup(escape(template)) % shown if shown else escape(template)
    if isinstance(value, Verbatim):
        return escape(" ".join(str(value).split()))
    return escape(show(value, language))
