"""`coreplan render`: the plan, the minutes of a meeting and a family version, through Jinja templates.

The templates get a small view of the case built here (who is who, each goal's
ladder with where things stand, the next due dates), so they hold layout and
words, not logic. HTML is autoescaped whatever the template's name, undefined
names are errors, and a template error names the template and line. Output is
deterministic: no timestamps, so the same case renders to the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from coreplan.errors import CoreplanError, UsageError
from coreplan.i18n import N_
from coreplan.messages import Verbatim, msg
from coreplan.model import Case, Goal, Meeting
# Every file coreplan writes carries this, so -o can tell its own files from anyone else's.
from coreplan.output import MARKER
from coreplan.schedule import DueItem
from coreplan.text import first_name

TITLES = {"plan": N_("Care and support protection plan"), "minutes": N_("Record of the meeting"),
          "family": N_("Your family's plan, in short")}
# Sentences for the fixed values of the case format (translated where they are shown)
TAKES_PART = {"in-person": N_("%(name)s comes to the core group meetings."),
              "advocate": N_("An advocate speaks for %(name)s at the core group."),
              "views-shared": N_("%(name)s's views reach the core group through a worker or a parent."),
              "too-young": N_("%(name)s is too young to give views in words; the group watches how %(name)s is.")}
READINESS = {"crisis": N_("In crisis at the moment"), "ready": N_("Ready to make changes"),
             "resilient": N_("Coping well and able to keep changes going")}
DUE_KIND = {"first-core-group": N_("First core group meeting"), "core-group": N_("Next core group meeting"),
            "review-conference": N_("Review conference")}
VIEWS = {"agreed": N_("Agreed"), "family": N_("Family"), "practitioners": N_("Practitioners"),
         "child": N_("Child"), "parents": N_("Parents")}
CATEGORIES = {"physical": N_("physical abuse"), "emotional": N_("emotional abuse"), "sexual": N_("sexual abuse"),
              "financial": N_("financial abuse"), "neglect": N_("neglect")}
LANGUAGE_NAMES = {"cy": "Cymraeg", "en": "English"}
COMPLAINTS_WORDS = ("name_cy", "address_cy", "web_cy")  # the complaints details that have a Welsh form
# The Welsh Language Standards statements (the team may word them itself: `welsh_language:` in .coreplan.yaml)
STATEMENTS = {"welcome": N_("We welcome letters, emails and calls in Welsh, and we will answer in Welsh without "
                            "delay."),
              "available": N_("This document is also available in Welsh: ask your social worker.")}


class RenderError(CoreplanError):
    """A template could not be rendered (names the template and line)."""


@dataclass
class Rung:
    number: int
    text: str = field(metadata={"prose": True})  # a practitioner's words (marked with their language in HTML)
    good_enough: bool
    views: list[str]  # the views placed on this rung at the latest meeting ("family", "practitioners"...)


@dataclass
class LadderView:
    goal: Goal
    rungs: list[Rung]  # top rung first, as a ladder is drawn
    latest: Meeting | None  # the latest meeting that recorded this goal
    positions: dict[str, int]  # view -> rung at that meeting
    history: list[tuple[Meeting, dict[str, int]]]  # oldest first
    reached: bool  # every view at or above good enough

    @property
    def views_differ(self) -> bool:
        return len(set(self.positions.values())) > 1


@dataclass
class ChildView:
    child: Any
    impacts: list[tuple[Goal, str]] = field(metadata={"prose": True})
    goals: list[Goal]
    age: int | None  # whole years, for team templates; coreplan's own say it in words (age_words)


@dataclass
class RenderView:
    case: Case
    document: str
    today: date
    organisation: str
    complaints: dict
    children: list[ChildView]
    ladders: list[LadderView]
    coordinator: Any
    next_due: list[DueItem]
    check_errors: list  # coreplan.messages.Msg: "line N: problem", shown in the document's language
    meeting: Meeting | None = None
    previous: Meeting | None = None
    parents: list[Any] = field(default_factory=list)
    # the Welsh forms a Welsh document shows instead (see WelshFormsSandbox); English where none is given
    organisation_cy: str = ""
    complaints_cy: dict = field(default_factory=dict)
    welsh_language: dict = field(default_factory=dict)  # the team's own wording of the statements, if any
    since_last: Any = None  # minutes with --changes: coreplan.minutes_changes.SinceLast, from git

    def open_actions(self, person_id: str) -> list:
        """What a person is asked to do and has not yet done, most important goal first."""
        return [a for l in self.ladders for a in l.goal.actions if a.who == person_id and not a.done]


def repeats(agency: str, role: str) -> bool:
    """Whether a role already names the agency ("Deputy head, Ysgol y Foryd"), so it is not printed twice.

    Templates pass the values they print (a test, not a formatter), so the Welsh forms and language marks the
    sandbox gives them (coreplan/welsh_forms.py) reach the page unchanged."""
    agency = " ".join(str(agency or "").split()).casefold()
    return bool(agency) and agency in " ".join(str(role or "").split()).casefold()


def nests(relationship: str) -> bool:
    """Whether a relationship has brackets of its own: then it follows a dash, never more brackets
    ('Glenys Hughes – maternal grandmother (Nain)')."""
    return "(" in str(relationship) or ")" in str(relationship)


def positions_of(meeting: Meeting, goal_id: str) -> dict[str, int]:
    value = meeting.ladder.get(goal_id)
    if value is None:
        return {}
    # a single number is the position the whole group agreed; a mapping keeps each view apart
    return dict(value) if isinstance(value, dict) else {"agreed": value}


def compare_positions(before: dict[str, int], now: dict[str, int]) -> list[tuple[str, int | None, int | None]]:
    """(view, step last time, step now) for a minutes table; an agreed step stands for every view."""
    views = sorted((set(before) | set(now)) - {"agreed"}) or ["agreed"]

    def step(positions: dict[str, int], view: str) -> int | None:
        return positions.get(view, positions.get("agreed"))

    return [(view, step(before, view), step(now, view)) for view in views]


def ladder_view(case: Case, goal: Goal, up_to: Meeting | None = None) -> LadderView:
    meetings = sorted((m for m in case.meetings if goal.id in m.ladder and (up_to is None or m.date <= up_to.date)),
                      key=lambda m: m.date)
    history = [(m, positions_of(m, goal.id)) for m in meetings]
    latest = meetings[-1] if meetings else None
    positions = history[-1][1] if history else {}
    rungs = [Rung(i, text, i == goal.good_enough, sorted(v for v, p in positions.items() if p == i))
             for i, text in enumerate(goal.ladder, start=1)]
    reached = bool(positions) and all(p >= goal.good_enough for p in positions.values())
    return LadderView(goal, list(reversed(rungs)), latest, positions, history, reached)


def build_view(case: Case, document: str, today: date, settings, shared: dict,
               meeting_date: date | None = None, check_errors: list | None = None) -> RenderView:
    from coreplan.rules.parents import is_parent_or_carer
    from coreplan.schedule import schedule_case

    meeting = previous = None
    if document == "minutes":
        meeting, previous = _pick_meeting(case, meeting_date)
    ladders = [ladder_view(case, goal, meeting) for goal in sorted(case.goals, key=_priority)]
    children = []
    for child in case.children:
        impacts = [(g, g.impact[child.id]) for g in sorted(case.goals, key=_priority) if child.id in g.impact]
        children.append(ChildView(child, impacts, [g for g, _ in impacts], child.age_on(today)))
    items = schedule_case(case, settings, today, shared)
    next_due = _next_due(items)
    coordinator = case.person_by_id.get(case.coordinator)
    from coreplan.welsh_forms import InLanguage

    # a Welsh document shows the Welsh form, or else the English one marked as English
    if settings.organisation:
        organisation, organisation_cy = settings.organisation, settings.organisation_cy or ""
    else:
        organisation = case.local_authority or ""
        organisation_cy = settings.organisation_cy or case.local_authority_cy or ""
    complaints = {k: v for k, v in settings.complaints.items() if not k.endswith("_cy")}
    complaints_cy = {k: settings.complaints.get(f"{k}_cy") or (InLanguage(v, "en") if f"{k}_cy" in COMPLAINTS_WORDS
                                                                else v)
                     for k, v in complaints.items()}
    return RenderView(case=case, document=document, today=today, organisation=organisation,
                      organisation_cy=organisation_cy, complaints=complaints, complaints_cy=complaints_cy,
                      welsh_language={k: dict(v) for k, v in settings.welsh_language.items()},
                      children=children, ladders=ladders,
                      coordinator=coordinator, next_due=next_due, check_errors=check_errors or [],
                      meeting=meeting, previous=previous,
                      parents=[p for p in case.family if is_parent_or_carer(p)])


def _priority(goal: Goal):
    return (goal.priority if goal.priority is not None else 99)


def _pick_meeting(case: Case, meeting_date: date | None) -> tuple[Meeting, Meeting | None]:
    meetings = sorted(case.meetings, key=lambda m: m.date)
    if not meetings:
        raise UsageError(msg("this case has no meetings yet, so there are no minutes to render: add the meeting "
                             "under 'meetings'"), file=str(case.file))
    if meeting_date is None:
        chosen = meetings[-1]
    else:
        matches = [m for m in meetings if m.date == meeting_date]
        if not matches:
            dates = Verbatim(", ".join(m.date.isoformat() for m in meetings))
            raise UsageError(msg("no meeting on %(day)s: the meetings are on %(dates)s",
                                 day=Verbatim(meeting_date.isoformat()), dates=dates), file=str(case.file))
        chosen = matches[-1]
    index = meetings.index(chosen)
    return chosen, (meetings[index - 1] if index else None)


def _next_due(items: list[DueItem]) -> list[DueItem]:
    """The next open item of each meeting kind, and every open action and assessment."""
    shown: list[DueItem] = []
    seen_kinds: set[str] = set()
    for item in items:
        if item.status == "done":
            continue
        if item.kind in ("first-core-group", "core-group", "review-conference"):
            kind = "core-group" if item.kind == "first-core-group" else item.kind
            if kind in seen_kinds:
                continue
            seen_kinds.add(kind)
            shown.append(item)
    return shown


# --- Jinja ----------------------------------------------------------------------

def environment(fmt: str, team_templates: Path | None, language: str = "en", written_in: str = "en"):
    """A Jinja environment for one output format and language; the team's folder comes before the built-in one."""
    from functools import partial

    import jinja2

    from coreplan import bidi, i18n, markdown
    from coreplan.age import age_words
    from coreplan.messages import show
    from coreplan.paths import templates_dir
    from coreplan.welsh_forms import DocumentSandbox, _mark as mark_prose

    folders = [str(team_templates)] if team_templates else []
    folders.append(str(templates_dir()))
    # sandboxed for the built-in templates too: one kind of environment, so a team template that works in
    # testing works the same way in use, and nothing a template says can reach Python beyond the view
    env = DocumentSandbox(
        language, written_in,
        loader=jinja2.FileSystemLoader(folders, encoding="utf-8"),
        # HTML is escaped whatever the template is called; Markdown is plain text
        autoescape=(fmt == "html"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
        # Markdown has no autoescape: every printed value is neutralised instead (coreplan/markdown.py); and
        # a value written right to left is isolated from the words around it (coreplan/bidi.py)
        finalize=(lambda value: markdown.inline(bidi.plain(value))) if fmt == "md" else bidi.html,
    )
    env.install_gettext_translations(i18n.translations(language), newstyle=True)
    isolate = bidi.plain if fmt == "md" else bidi.html
    for name in ("gettext", "ngettext"):  # a name placed in a sentence ('For %(children)s.') is isolated too
        env.globals[name] = _isolating(env.globals[name], isolate)
    env.filters["long_date"] = partial(i18n.long_date, language=language)
    env.filters["weekday_date"] = partial(i18n.weekday_date, language=language)
    env.filters["first_name"] = first_name
    env.filters["and_list"] = partial(_and_list, language=language, fmt=fmt)
    env.globals["age_words"] = partial(age_words, language=language)
    # text written in paragraphs stays in paragraphs (a line break the author kept stays a line break)
    env.filters["paragraphs"] = markdown.paragraphs if fmt == "md" else html_paragraphs
    # the glossary's words are the author's, in the case's language (the model keeps them as plain strings)
    env.filters["prose"] = partial(mark_prose, language=written_in) if written_in != language else (lambda v: v)
    env.filters["say"] = partial(show, language=language)  # a coreplan message (a check finding) in this language
    # a change from the history (minutes): in HTML, what practitioners wrote keeps its language mark
    from coreplan.minutes_changes import as_markup

    env.filters["change_words"] = partial(as_markup, language=language, written_in=written_in) \
        if fmt == "html" else partial(show, language=language)
    catalog = i18n.translations(language)
    # a view named in the case ("family", "practitioners"...) in the document's language; other names as written
    env.filters["view_name"] = lambda view: catalog.gettext(VIEWS[view]) if view in VIEWS else view
    from coreplan.ladder_chart import ladder_chart

    env.globals["ladder_chart"] = ladder_chart  # the Steps to Change history drawn as a chart (HTML)
    env.globals.update(MARKER=MARKER, positions_of=positions_of, compare_positions=compare_positions,
                       repeats=repeats, nests=nests,
                       TAKES_PART=TAKES_PART, READINESS=READINESS, DUE_KIND=DUE_KIND, CATEGORIES=CATEGORIES,
                       language=language)
    from coreplan.template_cache import BuiltInTemplateCache

    env.bytecode_cache = BuiltInTemplateCache()  # coreplan's own templates compiled once, not on every render
    return env


def _isolating(gettext, isolate):
    """A template's gettext or ngettext that isolates the values placed in its sentence (coreplan.bidi)."""
    from jinja2 import pass_context

    from coreplan.bidi import Isolated

    @pass_context
    def isolating(context, *arguments, **values):
        said = gettext(context, *arguments, **{name: isolate(value) for name, value in values.items()})
        # the sentence is the document's own: in Markdown it is not isolated again as a whole
        return Isolated(said) if type(said) is str else said

    return isolating


def _and_list(items, language: str, fmt: str):
    """i18n.and_list with each name written right to left isolated on its own: isolated whole, a list that
    starts with one would be shown in right-to-left order."""
    from coreplan import bidi, i18n

    items = [str(item) for item in items]
    if not any(bidi.has_right_to_left(item) for item in items):
        return i18n.and_list(items, language)
    if fmt == "md":
        return bidi.Isolated(i18n.and_list(items, language, shown=bidi.plain))
    from markupsafe import Markup, escape

    return Markup(i18n.and_list(items, language, shown=lambda item: str(bidi.html(item) if
                                                                        bidi.has_right_to_left(item) else escape(item))))


def html_paragraphs(value: Any):
    """Text as HTML paragraphs: a blank line starts a new paragraph, a single line break is kept."""
    from markupsafe import Markup, escape

    from coreplan.markdown import split_paragraphs

    # text in another language than the document's keeps its mark (coreplan/welsh_forms.py) on every line
    marked = type(value) if hasattr(value, "__html__") and hasattr(value, "language") else None

    def line_of(text: str):
        return escape(marked(text, value.language) if marked else text)

    return Markup("").join(Markup("<p>") + Markup("<br>").join(line_of(line) for line in part.split("\n"))
                           + Markup("</p>") for part in split_paragraphs(value))


def languages_of(choice: str) -> list[str]:
    """The languages of a document, Welsh first when bilingual (as Welsh public bodies lay them out)."""
    return ["cy", "en"] if choice == "en+cy" else [choice]


def language_statements(view: RenderView, languages: list[str], body: str) -> list[tuple[str, str]]:
    """(language, sentence) for the foot of one body: the Welsh Language Standards statements.

    Every document says, in Welsh and in English, that the authority welcomes Welsh; an English-only
    document also says, in both, that it is available in Welsh. A bilingual document says it once in each
    language's own body."""
    from coreplan.i18n import translations

    def wording(key: str, language: str) -> str:
        team = view.welsh_language.get(key, {})
        return team.get(language) or translations(language).gettext(STATEMENTS[key])

    if len(languages) > 1:
        return [(body, wording("welcome", body))]
    keys = ("available", "welcome") if languages == ["en"] else ("welcome",)
    order = (body, "cy" if body == "en" else "en")
    return [(language, wording(key, language)) for key in keys for language in order]


def render_text(view: RenderView, fmt: str, team_templates: Path | None = None, language: str = "en") -> str:
    """The document in one language, or both one after the other; each language's body in its own block."""
    from markupsafe import Markup

    from coreplan import i18n
    from coreplan.sandbox import time_limit

    template_fmt = "html" if fmt == "pdf" else fmt
    name = f"{view.document}.{template_fmt}"
    languages = languages_of(language)
    try:
        with time_limit():  # a team template's loop that never ends is stopped, not waited for
            bodies = []
            for lang in languages:
                env = environment(template_fmt, team_templates, lang, view.case.written_in)
                body = env.get_template(name).render(v=view, case=view.case,
                                                     statements=language_statements(view, languages, lang))
                # a body coreplan's templates built is placed on the page as it is, in HTML and Markdown alike
                bodies.append((lang, Markup(body)))
            title = " / ".join(i18n.translations(lang).gettext(TITLES[view.document]) for lang in languages)
            page = environment(template_fmt, team_templates, languages[0]).get_template(f"page.{template_fmt}")
            return page.render(v=view, case=view.case, bodies=bodies, title=title, languages=languages,
                               language_names=LANGUAGE_NAMES)
    except Exception as error:  # whatever a template raised, said at the template's file and line
        from coreplan.sandbox import template_error

        raise template_error(error, name) from None


# --- PDF ------------------------------------------------------------------------

def html_to_pdf(html: str, base: Path) -> bytes:
    try:
        from weasyprint import HTML  # the optional extra: coreplan[pdf]
    except (ImportError, OSError):
        raise UsageError(msg("PDF needs the optional extra: pip install 'coreplan[pdf]' (WeasyPrint, which also "
                             "needs the Pango library: apt-get install libpango-1.0-0 libpangoft2-1.0-0)")) from None
    pdf = HTML(string=html, base_url=str(base)).write_pdf() or b""
    # WeasyPrint compresses the document info, so the marker goes in a PDF comment after %%EOF (comments may
    # stand outside streams, and readers look for the last %%EOF near the end)
    return pdf + f"%{MARKER}\n".encode()
