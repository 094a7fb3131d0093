"""Usage errors (a bad option value, a missing argument, an unknown option) in the practitioner's language.

click, under typer, words these itself, in English only. A Welsh-speaking team (`--lang cy`, or `language: cy`
in its .coreplan.yaml) gets them in Welsh: the common ones are recognised by their kind and their values
(the option, the value given, the choices) and worded from coreplan's catalog; anything else is shown in
click's English inside a Welsh frame that says so. English keeps typer's own layout unchanged.

The command's --help stays English (it is typer's, written once with the code; README says so).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import typer
from typer.core import TyperGroup

# click's UsageError, found through typer's public BadParameter so that this works with the click that typer
# vendors (typer 0.28) and with click itself (older typer) alike
_USAGE_ERROR = next(kind for kind in typer.BadParameter.__mro__ if kind.__name__ == "UsageError")
_CLICK_EXCEPTION = next(kind for kind in typer.BadParameter.__mro__ if kind.__name__ == "ClickException")

_CHOICE = re.compile(r"^'(?P<value>.*)' is not one of (?P<choices>.*)\.$", re.S)
_INTEGER = re.compile(r"^'(?P<value>.*)' is not a valid integer(?: range)?\.$", re.S)
_RANGE = re.compile(r"^(?P<value>-?\d+) is not in the range (?P<range>.*)\.$", re.S)
_EXTRA = re.compile(r"^Got unexpected extra arguments? \((?P<values>.*)\)$", re.S)
_NO_COMMAND = re.compile(r"^No such command '(?P<name>.*?)'\.(?: Did you mean '(?P<close>.*)'\?)?$", re.S)
_NEEDS_VALUE = re.compile(r"^Option '(?P<option>.*)' requires (?:an argument|\d+ arguments)\.$", re.S)
_NO_VALUE = re.compile(r"^Option '(?P<option>.*)' does not take a value\.$", re.S)


def asked_language(arguments: list[str]) -> str | None:
    """The --lang given on the command line, if it is one coreplan speaks to practitioners in."""
    for number, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and number + 1 < len(arguments):
            value = arguments[number + 1]
        elif argument.startswith("--lang="):
            value = argument[len("--lang="):]
        else:
            continue
        return value if value in ("en", "cy") else None
    return None


def _config_given(arguments: list[str]) -> Path | None:
    for number, argument in enumerate(arguments):
        if argument == "--config" and number + 1 < len(arguments):
            return Path(arguments[number + 1])
        if argument.startswith("--config="):
            return Path(argument[len("--config="):])
    return None


def welsh_usage_error(error) -> str:
    """A click usage error in coreplan's words (a catalog message, put into words by the caller)."""
    from coreplan.i18n import N_
    from coreplan.messages import Either, Foreign, Verbatim, msg

    kind = type(error).__name__
    param = getattr(error, "param", None)
    ctx = getattr(error, "ctx", None)
    hint = getattr(error, "param_hint", None)
    if hint is None and param is not None:
        hint = param.get_error_hint(ctx)
    elif hint is not None and not isinstance(hint, str):
        hint = " / ".join(f"'{item}'" for item in hint)
    hint = Verbatim(hint or "")
    text = error.message or ""
    if kind == "NoSuchOption":
        option = Verbatim(error.option_name)
        choices = sorted(getattr(error, "possibilities", None) or [])
        if choices:
            return msg("there is no option %(option)s (did you mean %(choices)s?)", option=option,
                       choices=Either(Verbatim(choice) for choice in choices))
        return msg("there is no option %(option)s", option=option)
    if kind == "MissingParameter":
        if getattr(param, "param_type_name", "") == "option":
            return msg("the option %(name)s is missing: give it a value", name=hint)
        return msg("%(name)s is missing: give it after the command", name=hint)
    if kind == "BadParameter":
        for pattern, words in ((_CHOICE, N_("'%(value)s' is not one of %(choices)s")),
                               (_INTEGER, N_("'%(value)s' is not a whole number")),
                               (_RANGE, N_("%(value)s is not in the range %(range)s"))):
            found = pattern.match(text)
            if found:
                problem = msg(words, **{name: Verbatim(value) for name, value in found.groupdict().items()})
                break
        else:
            problem = Foreign(text, N_("in English: %(detail)s"))
        return msg("the value of %(name)s will not do: %(problem)s", name=hint, problem=problem)
    found = _NO_COMMAND.match(text)
    if found:
        close = found.group("close")
        return msg("there is no command '%(name)s'%(suggestion)s: 'coreplan --help' lists them",
                   name=Verbatim(found.group("name")),
                   suggestion=msg(" (did you mean '%(choice)s'?)", choice=Verbatim(close)) if close else "")
    for pattern, words in ((_EXTRA, N_("unexpected extra words on the command line: %(values)s")),
                           (_NEEDS_VALUE, N_("the option %(option)s needs a value after it")),
                           (_NO_VALUE, N_("the option %(option)s takes no value"))):
        found = pattern.match(text)
        if found:
            return msg(words, **{name: Verbatim(value) for name, value in found.groupdict().items()})
    return Foreign(text, N_("coreplan could not understand the command (in English: %(detail)s)"))


class Commands(TyperGroup):
    """coreplan's commands: typer's, with usage errors said in Welsh to a Welsh-speaking team.

    typer prints a usage error itself, in English, when it runs "standalone"; so the commands run with
    standalone_mode off, and what typer would have done with each outcome is done here: a usage error is
    printed (in Welsh, or as typer prints it), an Exit becomes the exit status, an Abort is typer's "Aborted"."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        arguments = list(sys.argv[1:] if args is None else args)
        try:
            result = super().main(arguments, prog_name, complete_var, False, **extra)
        except _USAGE_ERROR as error:
            if type(error).__name__ == "NoArgsIsHelpError" or not say_usage_error(error, arguments):
                self._as_typer_says(error)
            sys.exit(error.exit_code)
        except typer.Abort:
            from typer.core import HAS_RICH

            if HAS_RICH and self.rich_markup_mode is not None:
                from typer import rich_utils

                rich_utils.rich_abort_error()
            else:
                typer.echo("Aborted!", err=True)
            sys.exit(1)
        except _CLICK_EXCEPTION as error:  # another of click's own errors (a file it could not open)
            self._as_typer_says(error)
            sys.exit(error.exit_code)
        # without standalone mode, typer returns an Exit's status, or the command's value when it ends normally
        sys.exit(result if isinstance(result, int) else 0)

    def _as_typer_says(self, error) -> None:
        from typer.core import HAS_RICH

        if HAS_RICH and self.rich_markup_mode is not None:
            from typer import rich_utils

            rich_utils.rich_format_error(error)
        else:
            error.show()


def say_usage_error(error, arguments: list[str]) -> bool:
    """Print a usage error in Welsh when the practitioner works in Welsh; False: leave it to typer (English)."""
    language = asked_language(arguments)
    if language is None and "--lang" not in " ".join(arguments):
        from coreplan.config import team_language

        language = team_language(None, _config_given(arguments))
    if language != "cy":
        return False
    from coreplan.i18n import translations
    from coreplan.messages import show
    from coreplan.visible import visible

    command = error.ctx.command_path if getattr(error, "ctx", None) is not None else "coreplan"
    typer.echo(f"coreplan: {visible(show(welsh_usage_error(error), language))}", err=True)
    typer.echo(translations(language).gettext("'%(command)s --help' shows the options (in English).")
               % {"command": command}, err=True)
    return True
