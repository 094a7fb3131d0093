"""The command line: parse arguments, call one library function, print, return an exit code.

Only typer is imported at start-up; everything else is imported inside the
command that needs it, because `coreplan check` runs on every save.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from coreplan.check_command import parse_date as _parse_date
from coreplan.check_command import parse_today as _parse_today
from coreplan.entry import internal_error
from coreplan.errors import CoreplanError, said_language
from coreplan.usage import Commands
from coreplan.visible import visible

app = typer.Typer(
    name="coreplan",
    cls=Commands,  # usage errors (a bad option value, a missing argument) in the practitioner's language
    help="Check, schedule and render child protection core group plans.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish, PowerShell
    # Case files are special-category data: a traceback must never print local variables.
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _examples(*lines: str) -> str:
    """A command's examples for its --help, one command line each (help is read as Markdown)."""
    # a Markdown list, one paragraph per line: typer keeps an epilog's paragraphs and joins its single lines
    return ("Example:" if len(lines) == 1 else "Examples:") + "".join(f"\n\n- `{line}`" for line in lines)


class ScheduleFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    ics = "ics"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


class StatsBy(str, Enum):
    month = "month"
    quarter = "quarter"
    coordinator = "coordinator"


class Document(str, Enum):
    plan = "plan"
    minutes = "minutes"
    family = "family"


class RenderFormat(str, Enum):
    md = "md"
    html = "html"
    pdf = "pdf"


class Language(str, Enum):
    en = "en"
    cy = "cy"
    both = "en+cy"


class PractitionerLanguage(str, Enum):
    en = "en"
    cy = "cy"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class _Speaker:
    """Which language a command's "could not run" message is put in: the one asked for (--lang), else the one
    the team configuration being read names, else the one the .coreplan.yaml in force where the command works
    sets (`language: cy`), else English."""

    def __init__(self, language: str | None = None, near: Path | None = None, config: Path | None = None) -> None:
        self.language, self.near, self.config = language, near, config

    def language_for(self, error: CoreplanError) -> str:
        return said_language(error, self.language, self.near, self.config)


@contextmanager
def _edge(language: str | None = None, near: Path | None = None, config: Path | None = None):
    """Turn coreplan's own errors into one line on stderr, in the practitioner's language, and exit status 2."""
    speaker = _Speaker(language, near, config)
    try:
        yield speaker
    except CoreplanError as error:
        # a file name can hold control characters
        typer.echo(f"coreplan: {visible(error.in_language(speaker.language_for(error)))}", err=True)
        raise typer.Exit(2) from None


# readable=False on a path: click would refuse a path it cannot read before the command runs, in English and
# without saying what to do (even for a file to be written); coreplan reads it and says so in its own words,
# as the quick path (coreplan.entry) does.
def _config_option():
    return typer.Option(None, "--config", metavar="FILE", show_default=False, readable=False,
                        help="Use this .coreplan.yaml for every case instead of the nearest one above each case.")


REDACT_HELP = ("Anonymise: names, nicknames and places (also inside the text), dates of birth, phones, "
               "emails, NHS numbers, addresses, references, venues and agencies replaced, the same person by "
               "the same pseudonym, for supervision, audit and training.")


def _redactor(redact: bool):
    if not redact:
        return None
    from coreplan.redact import Redactor

    return Redactor()


def _progress():
    from coreplan.progress import track

    return track


@app.command(epilog=_examples("coreplan check examples/good-plan/case.yaml --today 2026-11-23"))
def check(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Case files, or folders to search for case.yaml (default: the current folder).",
        show_default=False, readable=False),
    output_format: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f",
                                              help="text for people, json for tools, github for CI annotations, sarif for code-scanning tools."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too, not only on errors."),
    today: Optional[str] = typer.Option(None, "--today", metavar="DATE",
                                        help="Check as on this date (YYYY-MM-DD) instead of today."),
    config: Optional[Path] = _config_option(),
    stdin_filename: Optional[Path] = typer.Option(None, "--stdin-filename", metavar="PATH", readable=False,
                                                  help="With '-' (the case on standard input): the file name to "
                                                       "report, and where to look for .coreplan.yaml."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="Say on stderr which .coreplan.yaml is in force for the files checked."),
    lang: Optional[PractitionerLanguage] = typer.Option(
        None, "--lang", help="Language of the messages: en or cy (default: 'language' in .coreplan.yaml, "
                             "else en). Rule names, levels in JSON and JSON keys stay as they are."),
) -> None:
    """Check case files against the practice guidance before a meeting.

    '-' reads the case from standard input (an editor's unsaved text). Exit status: 0 no errors, 1 at
    least one error (or a warning with --strict), 2 could not run.
    """
    from coreplan.check_command import run_check

    raise typer.Exit(run_check(paths, output_format.value, strict, today, config, stdin_filename, verbose,
                               lang.value if lang else None, lambda line: typer.echo(line, err=True)))


@app.command(epilog=_examples("coreplan schedule examples/ --today 2026-11-23 --within 14",
                              "coreplan schedule examples/good-plan/case.yaml --format ics > due.ics"))
def schedule(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Case files, or folders to search for case.yaml (default: the current folder).",
        show_default=False),
    today: Optional[str] = typer.Option(None, "--today", metavar="DATE",
                                        help="Work out the schedule as on this date (YYYY-MM-DD)."),
    within: Optional[int] = typer.Option(None, "--within", metavar="DAYS", min=0, max=3650,
                                         help="Only what is not done and falls due within DAYS days "
                                              "(overdue items included)."),
    open_only: bool = typer.Option(False, "--open", help="Leave out what is done."),
    output_format: ScheduleFormat = typer.Option(ScheduleFormat.table, "--format", "-f",
                                                 help="table for people; json, csv or ics (calendar) for tools."),
    lang: Language = typer.Option(Language.en, "--lang", help="Language of the table and calendar: en or cy "
                                  "(json and csv keep the English contract)."),
    who: Optional[str] = typer.Option(None, "--who", metavar="NAME_OR_ID",
                                      help="Only the items for one person (id, full name or first name; "
                                           "accents optional), across every case."),
    remind: int = typer.Option(2, "--remind", metavar="DAYS", min=0, max=60,
                               help="With --format ics: a reminder at 09:00 this many working days before "
                                    "each item (0: on the day)."),
    redact: bool = typer.Option(False, "--redact", help=REDACT_HELP),
    config: Optional[Path] = _config_option(),
) -> None:
    """Show what falls due when, and for whom: core groups, review conferences, visits, actions, assessments.

    Counted in working days with the bank holidays of Wales (or England, for `procedures: england`) and
    the closure days in .coreplan.yaml. Exit status: 0 done, 1 some case could not be read, 2 could not run.
    """
    from coreplan.agenda import build_agenda

    with _edge(None if lang is Language.both else lang.value, (paths or [Path(".")])[0], config):
        if lang is Language.both:
            from coreplan.errors import UsageError
            from coreplan.messages import msg

            # a table or calendar has one language: two would double every row and every event
            raise UsageError(msg("coreplan schedule prints one language at a time: use --lang en or --lang cy "
                                 "(run it twice for both)"))
        day = _parse_today(today)
        agenda = build_agenda(paths or [Path(".")], day, within, open_only, who=who,
                              redactor=_redactor(redact), progress=_progress(), config=config)
    for path in agenda.unreadable:
        from coreplan.messages import Verbatim, msg

        note = msg("%(path)s: cannot be scheduled until it reads cleanly: run 'coreplan check %(path)s'",
                   path=Verbatim(str(path)))
        typer.echo(visible(f"coreplan: {note.in_language('cy' if lang is Language.cy else 'en')}"), err=True)
    if output_format is ScheduleFormat.json:
        from coreplan.agenda import write_json

        write_json(agenda, sys.stdout)
    elif output_format is ScheduleFormat.csv:
        from coreplan.agenda import write_csv

        write_csv(agenda, sys.stdout)
    elif output_format is ScheduleFormat.ics:
        from coreplan.agenda import write_ics

        sys.stdout.flush()
        write_ics(agenda, sys.stdout.buffer, day, "cy" if lang is Language.cy else "en", remind=remind,
                  person=None if redact else who)
        sys.stdout.buffer.flush()
    else:
        from rich.console import Console

        from coreplan.agenda import write_table

        write_table(agenda, Console(), "cy" if lang is Language.cy else "en")
    raise typer.Exit(1 if agenda.unreadable else 0)


@app.command(epilog=_examples("coreplan stats examples/ --today 2026-11-23 --by month",
                              "coreplan stats cases/ --from 2026-04-01 --to 2027-03-31 --format html -o team.html"))
def stats(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Folders of case folders, or case files (default: the current folder).", show_default=False),
    start: Optional[str] = typer.Option(None, "--from", metavar="DATE",
                                        help="First day of the period (default: a year before --to)."),
    end: Optional[str] = typer.Option(None, "--to", metavar="DATE", help="Last day of the period (default: today)."),
    by: Optional[StatsBy] = typer.Option(None, "--by", help="Also give the figures for each month, quarter or "
                                         "co-ordinator."),
    output_format: StatsFormat = typer.Option(StatsFormat.table, "--format", "-f",
                                              help="table for people; json or csv for tools and spreadsheets; "
                                                   "html for a dashboard with charts."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE",
                                          help="Write to FILE (default: standard output)."),
    force: bool = typer.Option(False, "--force", help="Replace FILE even if coreplan did not write it."),
    today: Optional[str] = typer.Option(None, "--today", metavar="DATE",
                                        help="Work out what is overdue as on this date (YYYY-MM-DD)."),
    redact: bool = typer.Option(False, "--redact", help=REDACT_HELP),
    config: Optional[Path] = _config_option(),
) -> None:
    """The team's timeliness over a period: first core groups, core groups, reviews, visits, outline plans.

    Counted with the same due dates as 'coreplan schedule': a measure counts what fell due in the period
    (done, or still open after its due date) and how much of it was done on or before its due date.
    Exit status: 0 done, 1 some case could not be read, 2 could not run.
    """
    import io

    from coreplan.stats import build_stats

    with _edge():
        if output is not None and output_format is StatsFormat.table:
            from coreplan.errors import UsageError
            from coreplan.messages import msg

            # the table is drawn for a terminal; it used to go there and -o was silently ignored
            raise UsageError(msg("-o writes the figures with --format json, csv or html; the table is for the "
                                 "screen"))
        day = _parse_today(today)
        first = _parse_date(start, "--from") if start is not None else None
        last = _parse_date(end, "--to") if end is not None else None
        result = build_stats(paths or [Path(".")], day, first, last, by.value if by else None,
                             redactor=_redactor(redact), progress=_progress(), config=config)
        for path in result.unreadable:
            typer.echo(visible(f"coreplan: {path}: not counted until it reads cleanly: run "
                               f"'coreplan check {path}'"),
                       err=True)
        if output_format is StatsFormat.table:
            from rich.console import Console

            from coreplan.stats_report import write_table

            write_table(result, Console())
        else:
            buffer = io.StringIO()
            if output_format is StatsFormat.json:
                from coreplan.stats_report import write_json as write
            elif output_format is StatsFormat.csv:
                from coreplan.stats_report import write_csv as write
            else:
                from coreplan.dashboard import write_html as write
            write(result, buffer)
            content = buffer.getvalue().encode("utf-8")
            if output is None:
                sys.stdout.buffer.write(content)
                sys.stdout.buffer.flush()
            else:
                from coreplan.output import write_output

                from coreplan.stats_report import written_by_stats

                write_output(content, output, force, inputs=paths or (), own=written_by_stats(output_format.value))
                typer.echo(visible(f"coreplan: wrote {output}"), err=True)
    raise typer.Exit(1 if result.unreadable else 0)


@app.command(epilog=_examples("coreplan render examples/good-plan/case.yaml --format html -o plan.html",
                              "coreplan render examples/good-plan --what family --format md",
                              "coreplan render cases/hughes --what minutes --changes --format html -o minutes.html"))
def render(
    case: Path = typer.Argument(..., help="The case file (or its folder).", show_default=False, readable=False),
    what: Document = typer.Option(Document.plan, "--what", "-w",
                                  help="plan for members, minutes of a meeting, or a short family version."),
    meeting: Optional[str] = typer.Option(None, "--meeting", metavar="DATE",
                                          help="With --what minutes: the meeting's date (default: the latest)."),
    output_format: RenderFormat = typer.Option(RenderFormat.md, "--format", "-f",
                                               help="md, html (one self-contained file) or pdf (optional extra)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", readable=False,
                                          help="Write to FILE (default: standard output; pdf needs -o)."),
    force: bool = typer.Option(False, "--force", help="Replace FILE even if coreplan did not write it."),
    today: Optional[str] = typer.Option(None, "--today", metavar="DATE",
                                        help="Work out ages and next dates as on this date (YYYY-MM-DD)."),
    lang: Optional[Language] = typer.Option(None, "--lang",
                                            help="en, cy, or en+cy (both, Welsh first); default: the case's "
                                                 "'language'."),
    redact: bool = typer.Option(False, "--redact", help=REDACT_HELP),
    config: Optional[Path] = _config_option(),
    with_changes: bool = typer.Option(False, "--changes", help="With --what minutes: add 'Since the last "
                                      "meeting', what changed in the plan from the previous meeting to this "
                                      "one, with who changed it, read from git."),
) -> None:
    """Render the plan, the minutes of a meeting, or a family version, as Markdown, HTML or PDF.

    A plan with errors from 'coreplan check' is still rendered, with a warning here and a note on the
    document, so nobody sends it unknowingly. Exit status: 0 written, 2 could not render.
    """
    from coreplan.render_command import run_render

    status = run_render(case, what.value, output_format.value, meeting, output, force, today,
                        lang.value if lang else None, redact, config, lambda line: typer.echo(line, err=True),
                        with_changes)
    if status:
        raise typer.Exit(status)


@app.command(epilog=_examples("coreplan rules",
                              "coreplan rules jargon"))
def rules(name: Optional[str] = typer.Argument(None, help="A rule's name, to print its documentation.",
                                               show_default=False),
          lang: Optional[PractitionerLanguage] = typer.Option(
              None, "--lang", help="Language of the list: en or cy (default: 'language' in the .coreplan.yaml "
                                   "of the current folder, else en). With a NAME: its documentation, in Welsh where it "
                                   "has been written (coreplan/rules/docs/cy/)."),
          config: Optional[Path] = _config_option()) -> None:
    """List every rule with its level, or print one rule's documentation."""
    from rich.console import Console

    from coreplan.errors import UsageError
    from coreplan.rules import all_rules
    from coreplan.rules.docs import rule_doc
    from coreplan.messages import Verbatim, msg
    from coreplan.schema import suggestion

    registry = all_rules()
    console = Console()
    with _edge(lang.value if lang else None, None, config):
        from coreplan.config import ConfigCache

        language = lang.value if lang else ConfigCache(registry, config).for_case(Path("case.yaml")).language
        if name is None:
            from rich.table import Table

            from rich.markup import escape

            from coreplan.i18n import N_, translations
            from coreplan.report import LEVEL_WORDS

            say = translations(language).gettext
            table = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
            table.add_column(say(N_("rule")), no_wrap=True)
            table.add_column(say(N_("level")), no_wrap=True)
            table.add_column(say(N_("what it finds")), overflow="fold")
            family = None
            for rule in registry.values():
                if rule.family != family:
                    family = rule.family
                    table.add_row(f"[bold underline]{escape(say(family))}[/]", "", "")
                table.add_row(rule.name, say(LEVEL_WORDS[rule.level]), escape(say(rule.summary)))
            console.print(table)
            return
        rule = registry.get(name)
        if rule is None:
            raise UsageError(msg("there is no rule '%(name)s'%(suggestion)s: 'coreplan rules' lists them",
                                 name=Verbatim(name), suggestion=suggestion(name, registry)))
        text = rule_doc(rule, language)
        if console.is_terminal:
            from rich.markdown import Markdown

            console.print(Markdown(text))
        else:
            sys.stdout.write(text)


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@app.command(epilog=_examples("coreplan init cases/hughes --reference DCBC-CP-2026-0147 --conference 2026-09-14 "
                              "--coordinator 'Siân Roberts' --child 'Ella Hughes: neglect, emotional' "
                              "--family 'Carys Hughes: mother'",
                              "coreplan init --team ."))
def init(
    folder: Path = typer.Argument(Path("."), help="The case folder (made if missing); with --team, the "
                                  "team's folder.", show_default=False),
    reference: Optional[str] = typer.Option(None, "--reference", help="The local authority's case reference."),
    conference: Optional[str] = typer.Option(None, "--conference", metavar="DATE",
                                             help="Date of the initial child protection conference."),
    coordinator: Optional[str] = typer.Option(None, "--coordinator", metavar="NAME",
                                              help="The social worker who co-ordinates the plan."),
    children: Optional[List[str]] = typer.Option(None, "--child", metavar="'NAME: CATEGORIES'",
                                                 help="A child and the categories of registration "
                                                      "(repeat for each child)."),
    family: Optional[List[str]] = typer.Option(None, "--family", metavar="'NAME: RELATIONSHIP'",
                                               help="A parent, carer or other family member (repeat)."),
    local_authority: Optional[str] = typer.Option(None, "--local-authority", metavar="NAME",
                                                  help="Shown on rendered documents."),
    team: bool = typer.Option(False, "--team", help="Write a starter .coreplan.yaml and the editor schemas "
                              "for a team's repository instead of a case."),
) -> None:
    """Start a new case.yaml from the conference's outline (or a team's .coreplan.yaml with --team).

    Missing details are asked for one by one on a terminal; a bad answer is explained and asked again.
    A bad option is exit status 2. Never replaces a file: if one exists, nothing is written and the exit
    status is 2. Then run 'coreplan check' to see what to fill in.
    """
    from coreplan import new_case

    with _edge():
        if team:
            for path in new_case.new_team(folder):
                typer.echo(f"coreplan: wrote {path}", err=True)
            return
        new_case._refuse_existing(folder / new_case.CASE_FILE)  # before asking anything
        outline = _ask_outline(reference, conference, coordinator, children or [], family or [],
                               local_authority)
        path = new_case.new_case(folder, outline)
    typer.echo(f"coreplan: wrote {path}; next: coreplan check {path}", err=True)


def _ask_outline(reference, conference, coordinator, children, family, local_authority):
    from coreplan.errors import UsageError
    from coreplan.new_case import ask_outline

    def ask(question: str, default: str | None) -> str:
        try:
            # never default=None: click would then ask again at an empty answer without a word, where the
            # answer's parser says what is missing
            return typer.prompt(question, default="" if default is None else default, show_default=False)
        except typer.Abort:  # end of input (Ctrl-D) or Ctrl-C at a question
            from coreplan.messages import msg

            raise UsageError(msg("stopped before the outline was complete: nothing was written")) from None

    def tell(message) -> None:
        from coreplan.config import team_language
        from coreplan.messages import show

        # in the team's language, as init's errors are (the questions themselves are still English)
        typer.echo(visible(f"coreplan: {show(message, team_language(None) or 'en')}"), err=True)

    return ask_outline(reference, conference, coordinator, children, family, local_authority,
                       ask=ask if _is_terminal() else None, tell=tell)


class ChangesFormat(str, Enum):
    text = "text"
    json = "json"
    md = "md"


@app.command(epilog=_examples("coreplan changes cases/hughes",
                              "coreplan changes cases/hughes --since 2026-10-01 --format md --lang cy",
                              "coreplan changes cases/hughes/case.yaml --since HEAD~3 --format json",
                              "coreplan changes cases/hughes --redact"))
def changes(
    case: Path = typer.Argument(..., help="The case file (or its folder), in a git repository.",
                                show_default=False),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE|REV",
                                        help="A date (YYYY-MM-DD) or a git revision; default: the commit that "
                                             "recorded the last meeting."),
    output_format: ChangesFormat = typer.Option(ChangesFormat.text, "--format", "-f",
                                                help="text for people, json for tools, md for documents."),
    redact: bool = typer.Option(False, "--redact", help=REDACT_HELP),
    today: Optional[str] = typer.Option(None, "--today", metavar="DATE",
                                        help="Work out ages (kept by --redact) as on this date (YYYY-MM-DD)."),
    lang: Optional[Language] = typer.Option(None, "--lang", help="Language of text and md: en (the default), cy, "
                                            "or en+cy (both, Welsh first). json keeps its English contract."),
) -> None:
    """List what changed in a plan since the last meeting, with who changed it and when (from git).

    Goals and actions added, removed, done or re-dated; ladder steps moved (each view); people joining or
    leaving the core group; visits recorded; assessments commissioned or done. Renamed case files are
    followed. Exit status: 0 listed, 2 could not run (for example, the case is not in git).
    """
    from coreplan.changes import changes_since, write_json, write_markdown, write_text
    from coreplan.history import is_date
    from coreplan.render import languages_of

    from coreplan.messages import msg, show

    languages = languages_of(lang.value if lang else "en")
    with _edge(lang.value if lang and lang is not Language.both else None, case):
        point = _parse_date(since, "--since") if since is not None and is_date(since) else since
        report = changes_since(case, point, redactor=_redactor(redact), today=_parse_today(today))
    for revision in report.skipped:
        warning = msg("warning: %(revision)s: the case does not read cleanly there, so its changes are listed "
                      "with the next version that does ('coreplan check' says why)", revision=revision)
        typer.echo(visible(f"coreplan: {show(warning, languages[0])}"), err=True)
    if output_format is ChangesFormat.json:
        write_json(report, sys.stdout)
    else:
        (write_markdown if output_format is ChangesFormat.md else write_text)(report, sys.stdout, languages)


class ChronologyFormat(str, Enum):
    md = "md"
    html = "html"
    csv = "csv"


@app.command(epilog=_examples("coreplan chronology cases/hughes",
                              "coreplan chronology cases/hughes --format html > chronology.html",
                              "coreplan chronology cases/hughes --format csv --lang cy > cronoleg.csv",
                              "coreplan chronology cases/hughes --redact --format html > training.html"))
def chronology(
    case: Path = typer.Argument(..., help="The case file (or its folder).", show_default=False),
    output_format: ChronologyFormat = typer.Option(ChronologyFormat.md, "--format", "-f",
                                                   help="md, html (one self-contained page) or csv "
                                                        "(for a spreadsheet)."),
    lang: Optional[Language] = typer.Option(None, "--lang", help="en (the default), cy, or en+cy (both, Welsh "
                                            "first; not for csv). In csv only the events are translated: column "
                                            "names stay."),
    redact: bool = typer.Option(False, "--redact", help=REDACT_HELP),
    today: Optional[str] = typer.Option(None, "--today", metavar="DATE",
                                        help="Work out ages (kept by --redact) as on this date (YYYY-MM-DD)."),
) -> None:
    """List the case's dated events in order, joined with the changes its git history dates.

    Strategy discussion, conference, meetings and ladder steps, visits, actions and assessments done, the
    end of registration; from git, goals and actions added, removed or re-dated and people joining or
    leaving the core group, each with its author. Exit status: 0 listed, 2 could not run.
    """
    from coreplan import chronology as module
    from coreplan.render import languages_of

    def note(text: str) -> None:
        # anonymised, the note names no folder (it is often the family's name)
        typer.echo(visible(f"coreplan: note: {text if not redact else module.NOT_IN_GIT}"), err=True)

    choice = lang.value if lang else "en"
    with _edge(lang.value if lang and lang is not Language.both else None, case):
        if output_format is ChronologyFormat.csv and lang is Language.both:
            from coreplan.errors import UsageError
            from coreplan.messages import msg

            # one column of events has one language: two would double every row
            raise UsageError(msg("coreplan chronology --format csv writes one language at a time: use --lang en "
                                 "or --lang cy"))
        result = module.build_chronology(case, warn=note, redactor=_redactor(redact), today=_parse_today(today))
    if output_format is ChronologyFormat.csv:
        module.write_csv(result, sys.stdout, choice)
    else:
        (module.write_html if output_format is ChronologyFormat.html else module.write_markdown)(
            result, sys.stdout, languages_of(choice))


class SchemaName(str, Enum):
    case = "case"
    config = "config"


@app.command(epilog=_examples("coreplan schema case > case.schema.json",
                              "coreplan schema config"))
def schema(which: SchemaName = typer.Argument(SchemaName.case, help="case (case.yaml) or config "
                                              "(.coreplan.yaml).")) -> None:
    """Print the JSON Schema (draft 2020-12) of case.yaml or .coreplan.yaml, for editors.

    Editors with the YAML language server use it for completion and inline errors: 'coreplan init' writes
    the '# yaml-language-server: $schema=...' line that points them at it.
    """
    from coreplan.json_schema import dumps, generate

    sys.stdout.write(dumps(generate(which.value)))


def _print_version(value: bool) -> None:
    if value:
        from coreplan import __version__

        typer.echo(f"coreplan {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                       callback=_print_version, is_eager=True)) -> None:
    """coreplan keeps a family's care and support protection plan as a YAML file and checks,
    schedules and renders it."""


def main() -> None:
    try:
        app(prog_name="coreplan")
    except KeyboardInterrupt:
        typer.echo("coreplan: interrupted", err=True)
        sys.exit(2)
    except Exception as error:  # a bug in coreplan, not the user's mistake, unless standard output failed
        if os.environ.get("COREPLAN_DEBUG"):
            raise
        from coreplan.errors import output_error

        failed = output_error(error) if isinstance(error, OSError) else None
        typer.echo(f"coreplan: {failed}" if failed else internal_error(error), err=True)
        sys.exit(2)
