"""Team configuration: `.coreplan.yaml`, found from a case's folder upwards.

One file at the root of a repository of case folders serves the whole team
(like `.yamllint`). It is read with the same safe reader as case files, and
validated generically: every rule name and option is checked against the
registry, so a typo is an error with its line and a "did you mean", never a
setting silently ignored.

    rules:
      long-sentence: off              # switch a rule off
      jargon: info                    # change its level
      too-many-actions:               # set options (and the level, if wanted)
        limit: 4
    procedures:                       # change any timescale (coreplan.procedures)
      wales:
        core_group_every_days: 28
    closure_days: [2026-12-29, 2026-12-30, 2026-12-31]
    organisation: Dyffryn County Borough Council   # shown on rendered documents
    organisation_cy: Cyngor Bwrdeistref Sirol Dyffryn   # ... on Welsh ones
    complaints: {name: Complaints Officer, name_cy: Swyddog Cwynion, phone: 0800 000 0000}
    welsh_language:                   # the Welsh Language Standards statements, in the team's words
      welcome: {en: We welcome calls and letters in Welsh., cy: Rydym yn croesawu galwadau a llythyrau yn Gymraeg.}
    templates: team-templates         # replacement templates, relative to this file
    language: cy                      # coreplan check / rules speak Welsh to this team (en or cy)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Mapping

from coreplan.errors import ConfigError, CoreplanError
from coreplan.findings import LEVELS
from coreplan.procedures import NUMBERS, PROFILES, Profile, with_overrides
from coreplan.rules.base import Rule
from coreplan.messages import Msg, Verbatim, msg
from coreplan.schema import Bool, Converter, Date, Int, ListOf, MapOf, Str, quote_list, suggestion
from coreplan.yamlread import Mapping as MappingNode, Node, Scalar, Sequence as SequenceNode, read_file

CONFIG_NAME = ".coreplan.yaml"
TOP_LEVEL_KEYS = ("extends", "rules", "procedures", "closure_days", "organisation", "organisation_cy", "complaints",
                  "templates", "language", "welsh_language")
PRACTITIONER_LANGUAGES = ("en", "cy")
# the details that are words have a Welsh form for Welsh documents (name_cy...); numbers and addresses do not
COMPLAINTS_KEYS = ("name", "name_cy", "phone", "email", "address", "address_cy", "web", "web_cy")
# Welsh Language Standards statements on every document, in both languages (defaults in the catalog)
WELSH_LANGUAGE_KEYS = ("welcome", "available")
OFF_WORDS = frozenset({"off", "false", "no", "disable", "disabled"})
ON_WORDS = frozenset({"on", "true", "yes", "enable", "enabled"})


@dataclass(frozen=True)
class RuleSetting:
    """A rule's level and options as a team's configuration sets them."""

    level: str | None  # None: the rule is switched off
    options: Mapping[str, Any]


@dataclass(frozen=True)
class Settings:
    """A team's configuration (.coreplan.yaml) as read, or the defaults."""

    path: Path | None  # the .coreplan.yaml in force, or None for the defaults
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)
    procedures: Mapping[str, Profile] = field(default_factory=lambda: dict(PROFILES))
    closure_days: frozenset[date] = frozenset()  # the authority's own days off (between Christmas and New Year...)
    organisation: str | None = None  # the authority's name on rendered documents
    complaints: Mapping[str, str] = field(default_factory=dict)  # who a family contacts to complain
    organisation_cy: str | None = None  # the authority's Welsh name, on Welsh documents
    # the team's own wording of the Welsh Language Standards statements: {"welcome": {"en": ..., "cy": ...}}
    welsh_language: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    templates: Path | None = None  # a team's own templates, used before the built-in ones
    language: str = "en"  # the language of `coreplan check` and `coreplan rules` for this team (en or cy)


def default_settings(rules: Mapping[str, Rule]) -> Settings:
    return Settings(None, {name: RuleSetting(rule.level, dict(rule.options)) for name, rule in rules.items()})


def find_config(folder: Path, lookups: FolderLookups | None = None) -> Path | None:
    """The nearest .coreplan.yaml in the folders coreplan trusts for a case in folder (see search_folders)."""
    lookups = lookups or FolderLookups()
    folders = search_folders(folder, lookups)
    own = folders[0] / CONFIG_NAME
    if own.is_file():
        return own
    return lookups.config_above(folders[0].parent) if len(folders) > 1 else None


def search_folders(folder: Path, lookups: FolderLookups | None = None) -> list[Path]:
    """The folders whose .coreplan.yaml may apply to a case in folder, nearest first.

    A configuration changes what the checks report and which days count as working days, so only one the
    team put there is obeyed: the search goes up from the case's folder to the repository root (the first
    folder holding .git) and stops there; outside a repository it stops at the user's home folder, as
    yamllint does; outside both (a parent share, /tmp), only the case's own folder is trusted, because
    anyone could have planted a file higher up. --config FILE names one explicitly.
    """
    lookups = lookups or FolderLookups()
    folder = lookups.resolve(folder)
    if (folder / ".git").exists() or folder == lookups.home():
        return [folder]
    above = lookups.trusted_above(folder.parent) if folder.parent != folder else None
    return [folder, *above] if above is not None else [folder]


class FolderLookups:
    """What find_config asks the file system, asked once per folder in a run: a team's thousands of case folders
    share the few folders above them, and each question is a system call or several. Only those folders'
    answers are kept (a case's own folder is asked about each time), so a run over 50,000 cases keeps a few."""

    def __init__(self) -> None:
        self._resolved: dict[Path, Path] = {}
        self._trusted: dict[Path, tuple[Path, ...] | None] = {}
        self._configs: dict[Path, Path | None] = {}
        self._home: list[Path | None] = []  # [] until asked

    def resolve(self, folder: Path) -> Path:
        """folder.resolve(), with the folder above it resolved once: a folder that is no symbolic link is
        where its parent resolves to, under its own name."""
        parent = folder.parent
        if parent == folder or folder.name in ("", "..") or os.path.islink(folder):
            return folder.resolve()
        above = self._resolved.get(parent)
        if above is None:
            above = self._resolved[parent] = parent.resolve()
        return above / folder.name

    def home(self) -> Path | None:
        if not self._home:
            try:
                self._home.append(Path.home().resolve())
            except (RuntimeError, KeyError, OSError):  # no home folder known for this user
                self._home.append(None)
        return self._home[0]

    def trusted_above(self, folder: Path) -> tuple[Path, ...] | None:
        """The folders from folder (resolved) up to the first that holds .git or is the home folder, or None
        when none does (see search_folders)."""
        if folder not in self._trusted:
            # upwards to the first folder whose answer is known or that stops the search (a loop, not a
            # recursion: a folder may be thousands of levels deep), then each folder's answer on the way back
            chain = [folder]
            while chain[-1] not in self._trusted:
                here = chain[-1]
                if (here / ".git").exists() or here == self.home():
                    self._trusted[here] = (here,)
                elif here.parent == here:
                    self._trusted[here] = None
                else:
                    chain.append(here.parent)
            for here, above in zip(reversed(chain[:-1]), reversed(chain[1:])):
                found = self._trusted[above]
                self._trusted[here] = None if found is None else (here, *found)
        return self._trusted[folder]

    def config_above(self, folder: Path) -> Path | None:
        """The nearest .coreplan.yaml in trusted_above(folder)."""
        if folder not in self._configs:
            found = None
            for candidate in self.trusted_above(folder) or ():
                if (candidate / CONFIG_NAME).is_file():
                    found = candidate / CONFIG_NAME
                    break
            self._configs[folder] = found
        return self._configs[folder]


def describe_config(folder: Path, explicit: Path | None = None) -> Msg:
    """Which configuration is in force for a case in folder, and why, in one line (for --verbose)."""
    if explicit is not None:
        return msg("configuration %(path)s (given with --config)", path=Verbatim(str(explicit)))
    found = find_config(folder)
    if found is not None:
        return msg("configuration %(path)s", path=Verbatim(str(found)))
    searched = search_folders(folder)
    if len(searched) > 1:
        return msg("no %(name)s in %(folder)s or above it up to %(top)s: coreplan's defaults", name=CONFIG_NAME,
                   folder=Verbatim(str(searched[0])), top=Verbatim(str(searched[-1])))
    return msg("no %(name)s in %(folder)s (the search stops there: it is in no repository and not under your "
               "home folder): coreplan's defaults", name=CONFIG_NAME, folder=Verbatim(str(searched[0])))


def describe_configs(case_files: list[Path], explicit: Path | None = None) -> list[Msg]:
    """One line per configuration in force over these case files, with the files it applies to."""
    from coreplan.messages import msg_n

    by_description: dict[Msg, list[Path]] = {}
    for case_file in case_files:
        by_description.setdefault(describe_config(case_file.parent, explicit), []).append(case_file)
    lines = []
    for description, files in by_description.items():
        shown = Verbatim(str(files[0])) if len(files) == 1 else \
            msg_n("%(n)s case file", "%(n)s case files", len(files))
        lines.append(msg("%(files)s: %(description)s", files=shown, description=description))
    return lines


class ConfigCache:
    """Settings per folder for one run, so a team's config is read once."""

    def __init__(self, rules: Mapping[str, Rule], explicit: Path | None = None) -> None:
        self.rules = rules
        self.explicit = explicit  # --config FILE: used for every case instead of looking upwards
        self._by_path: dict[Path | None, Settings] = {}
        self._lookups = FolderLookups()

    def for_case(self, case_file: Path) -> Settings:
        path = self.explicit or find_config(case_file.parent, self._lookups)
        if path not in self._by_path:
            self._by_path[path] = load_settings(path, self.rules) if path else default_settings(self.rules)
        return self._by_path[path]


def team_language(near: Path | None = None, config: Path | None = None) -> str | None:
    """The `language` of the .coreplan.yaml in force for a case at (or in) near (the current folder if None),
    or of the one given with --config; None when there is none to read or it cannot be read (the error
    being reported may be about that very file)."""
    from coreplan.rules import all_rules

    place = near if near is not None else Path(".")
    try:
        case_file = place / "case.yaml" if place.is_dir() else place
        return ConfigCache(all_rules(), config).for_case(case_file).language
    except (CoreplanError, OSError, ValueError):
        return None


def load_settings(path: Path, rules: Mapping[str, Rule], _chain: tuple[Path, ...] = ()) -> Settings:
    """Read one .coreplan.yaml, on top of the file it `extends:` (if any), on top of the defaults."""
    if not path.is_file():
        raise ConfigError(msg("no such configuration file: check the path"), file=str(path))
    document = read_file(path)
    if document.problems:
        first = document.problems[0]
        raise ConfigError(_unseen_character(document, first) or first.message, file=str(path),
                          line=first.pos.line, column=first.pos.column)
    root = document.root
    if root is None or (isinstance(root, Scalar) and root.is_null):
        return Settings(path, dict(default_settings(rules).rules))
    if not isinstance(root, MappingNode):
        raise _error(path, root, msg("a configuration file is a set of 'key: value' lines, starting with 'rules:'"))
    try:
        return _read_settings(path, root, rules, _chain)
    except ConfigError as error:
        # said in the team's language, when this file names one that can be read
        error.language = error.language or _language_named(root)
        raise


def _unseen_character(document, problem) -> Msg | None:
    """For a raw character that cannot be seen or can turn text round, words that fit a settings file (the
    reader's words speak of a case and its outputs). Even a harmless one is refused here, as a settings file
    has nowhere to show a warning, and a setting must be exactly what its author sees."""
    from coreplan.visible import describe, format_characters

    if problem.rule not in ("control-character", "invisible-character") or problem.pos.line > len(document.lines):
        return None
    chars = describe(document.lines[problem.pos.line - 1], format_characters())
    if not chars:
        return None  # a control character written as an escape: the reader's words say what to do
    return msg("a character that cannot be seen or that can turn text round (%(chars)s, often pasted in with text "
               "from a web page or an e-mail) is at this line and column: coreplan uses no settings that may read "
               "other than they are written; delete it there (the cursor stops for one key press without "
               "moving), or retype the line", chars=Verbatim(chars))


def _language_named(root: MappingNode) -> str | None:
    for key, value in root.pairs:
        if key.value == "language" and isinstance(value, Scalar) and value.value.strip() in PRACTITIONER_LANGUAGES:
            return value.value.strip()
    return None


def _read_settings(path: Path, root: MappingNode, rules: Mapping[str, Rule], _chain: tuple[Path, ...]) -> Settings:
    base = default_settings(rules)
    for key, value in root.pairs:
        if key.value == "extends":  # read first, wherever it is written: this file adds to it
            base = _extended(path, value, rules, _chain)
    settings = dict(base.rules)
    procedures = dict(base.procedures)
    closure_days: frozenset[date] = base.closure_days
    extras: dict[str, Any] = {"organisation": base.organisation, "complaints": base.complaints,
                              "templates": base.templates, "language": base.language,
                              "organisation_cy": base.organisation_cy, "welsh_language": base.welsh_language}
    for key, value in root.pairs:
        if key.value not in TOP_LEVEL_KEYS:
            raise _error(path, key, msg("'%(key)s' is not a configuration key%(suggestion)s; the keys are %(keys)s",
                                        key=Verbatim(key.value), suggestion=suggestion(key.value, TOP_LEVEL_KEYS),
                                        keys=quote_list(TOP_LEVEL_KEYS)))
        if key.value == "rules":
            _read_rules(path, value, rules, settings)
        elif key.value == "procedures":
            procedures = _read_procedures(path, value, procedures)
        elif key.value == "closure_days":
            closure_days = closure_days | frozenset(_convert(path, ListOf(Date()), value, "closure_days"))
        elif key.value in ("organisation", "organisation_cy"):
            extras[key.value] = _convert(path, Str(), value, key.value)
        elif key.value == "welsh_language":
            extras["welsh_language"] = _welsh_language(path, value)
        elif key.value == "complaints":
            complaints = _convert(path, MapOf(Str(), Str()), value, "complaints")
            for name in complaints:
                if name not in COMPLAINTS_KEYS:
                    raise _error(path, value, msg("'%(name)s' is not a complaints detail: write %(keys)s%(suggestion)s",
                                                  name=Verbatim(name), keys=quote_list(COMPLAINTS_KEYS),
                                                  suggestion=suggestion(name, COMPLAINTS_KEYS)))
            extras["complaints"] = complaints
        elif key.value == "language":
            language = _convert(path, Str(), value, "language").strip()
            if language not in PRACTITIONER_LANGUAGES:
                raise _error(path, value, msg("'%(language)s' is not a language coreplan speaks to practitioners "
                                              "in: write %(languages)s (a document's language is the case's "
                                              "'language')", language=Verbatim(language),
                                              languages=quote_list(PRACTITIONER_LANGUAGES)))
            extras["language"] = language
        elif key.value == "templates":
            folder = (path.parent / _convert(path, Str(), value, "templates")).resolve()
            if not folder.is_dir():
                raise _error(path, value, msg("the templates folder '%(folder)s' does not exist: give a folder "
                                              "relative to this file", folder=Verbatim(str(folder))))
            extras["templates"] = folder
    return Settings(path, settings, procedures, closure_days, **extras)


def _extended(path: Path, node: Node, rules: Mapping[str, Rule], chain: tuple[Path, ...]) -> Settings:
    """The settings of the file `extends:` names, relative to this one."""
    name = _convert(path, Str(), node, "extends")
    target = (path.parent / name).resolve()
    chain = (*chain, path.resolve())
    if target in chain:
        raise _error(path, node, msg("'%(name)s' extends this file again (a loop): remove one of the 'extends:'",
                                     name=Verbatim(name)))
    if not target.is_file():
        raise _error(path, node, msg("'%(name)s' is not a file: give the .coreplan.yaml to add to, relative to "
                                     "this file (e.g. ../.coreplan.yaml)", name=Verbatim(name)))
    return load_settings(target, rules, chain)


def _welsh_language(path: Path, node: Node) -> dict[str, dict[str, str]]:
    """welsh_language: {welcome: {en: ..., cy: ...}, available: {en: ..., cy: ...}}, both languages each."""
    statements = _convert(path, MapOf(Str(), MapOf(Str(), Str())), node, "welsh_language")
    for name, wording in statements.items():
        if name not in WELSH_LANGUAGE_KEYS:
            raise _error(path, node, msg("'%(name)s' is not a Welsh language statement: write %(keys)s%(suggestion)s",
                                         name=Verbatim(name), keys=quote_list(WELSH_LANGUAGE_KEYS),
                                         suggestion=suggestion(name, WELSH_LANGUAGE_KEYS)))
        if set(wording) != {"en", "cy"}:
            raise _error(path, node, msg("'%(name)s' needs its wording in both languages, 'en' and 'cy', and "
                                         "nothing else: the statement is shown in both", name=Verbatim(name)))
    return statements


def _read_procedures(path: Path, node: Node, base: Mapping[str, Profile] = PROFILES) -> dict[str, Profile]:
    """procedures: {wales: {number: value}, england: {...}}: override any number of a profile."""
    profiles = dict(base)
    if isinstance(node, Scalar) and node.is_null:
        return profiles
    if not isinstance(node, MappingNode):
        raise _error(path, node, msg("'procedures' should name 'wales' or 'england', each with the numbers to "
                                     "change"))
    for key, numbers in node.pairs:
        if key.value not in PROFILES:
            raise _error(path, key, msg("'%(name)s' is not a set of procedures%(suggestion)s: write %(names)s",
                                        name=Verbatim(key.value), suggestion=suggestion(key.value, PROFILES),
                                        names=quote_list(PROFILES)))
        if not isinstance(numbers, MappingNode):
            raise _error(path, numbers, msg("under '%(name)s', write the numbers to change, one per line",
                                            name=Verbatim(key.value)))
        overrides = {}
        for name, value in numbers.pairs:
            if name.value not in NUMBERS:
                raise _error(path, name, msg("'%(name)s' is not a timescale%(suggestion)s; the timescales are "
                                             "%(names)s", name=Verbatim(name.value),
                                             suggestion=suggestion(name.value, NUMBERS),
                                             names=quote_list(NUMBERS, limit=20)))
            # a timescale of more than ten years is a typo, and would overflow date arithmetic
            kind = Bool() if name.value == "bedroom_seen_between_reviews" else Int(minimum=0, maximum=3650)
            overrides[name.value] = _convert(path, kind, value, name.value)
        profiles[key.value] = with_overrides(profiles[key.value], overrides)
    return profiles


def _convert(path: Path, kind, node: Node, name: str) -> Any:
    cx = Converter()
    value = kind.convert(node, cx, name)
    if cx.problems:
        first = cx.problems[0]
        raise ConfigError(first.message, file=str(path), line=first.pos.line, column=first.pos.column)
    return value


def _read_rules(path: Path, node: Node, rules: Mapping[str, Rule], settings: dict) -> None:
    if isinstance(node, Scalar) and node.is_null:
        return
    if not isinstance(node, MappingNode):
        raise _error(path, node, msg("'rules' should be a set of 'rule-name: setting' lines"))
    for key, value in node.pairs:
        rule = rules.get(key.value)
        if rule is None:
            raise _error(path, key, msg("there is no rule '%(name)s'%(suggestion)s: 'coreplan rules' lists them",
                                        name=Verbatim(key.value), suggestion=suggestion(key.value, rules)))
        inherited = settings[rule.name]  # the defaults, or what an extended file set
        level, options = inherited.level, dict(inherited.options)
        if isinstance(value, Scalar):
            level = _level(path, value, rule)
        elif isinstance(value, MappingNode):
            for option_key, option_value in value.pairs:
                if option_key.value == "level":
                    if not isinstance(option_value, Scalar):
                        raise _error(path, option_value, msg("'level' should be error, warning, info or off"))
                    level = _level(path, option_value, rule)
                    continue
                options[option_key.value] = _option(path, rule, option_key, option_value)
        else:
            raise _error(path, value, msg("the setting of '%(name)s' should be a level (error, warning, info, "
                                          "off) or a set of options", name=Verbatim(rule.name)))
        settings[rule.name] = RuleSetting(level, options)


def _level(path: Path, node: Scalar, rule: Rule) -> str | None:
    word = node.value.strip().lower()
    if word in OFF_WORDS:
        level = None
    elif word in ON_WORDS:
        level = rule.level
    elif word in LEVELS:
        level = word
    else:
        raise _error(path, node, msg("'%(value)s' is not a level: write error, warning, info or off%(suggestion)s",
                                     value=Verbatim(node.value), suggestion=suggestion(word, (*LEVELS, "off"))))
    if rule.fixed and level != "error":
        raise _error(path, node, msg("'%(name)s' cannot be switched off or lowered: coreplan cannot check a file "
                                     "with this problem", name=Verbatim(rule.name)))
    return level


def _option(path: Path, rule: Rule, key: Scalar, node: Node) -> Any:
    if key.value not in rule.options:
        if rule.options:
            raise _error(path, key, msg("'%(name)s' has no option '%(option)s'%(suggestion)s; its options are: "
                                        "%(options)s, and 'level'", name=Verbatim(rule.name),
                                        option=Verbatim(key.value), suggestion=suggestion(key.value, rule.options),
                                        options=quote_list(rule.options)))
        raise _error(path, key, msg("'%(name)s' has no option '%(option)s': its only setting is 'level'",
                                    name=Verbatim(rule.name), option=Verbatim(key.value)))
    default = rule.options[key.value]
    value = _convert(path, _kind_for(default), node, key.value)
    if isinstance(node, MappingNode) or isinstance(node, SequenceNode):
        # a term with no letter or digit in it ("", "  ", "--") can never match a word of a plan
        items = [k for k, _ in node.pairs] if isinstance(node, MappingNode) else node.items
        for item in items:
            if isinstance(item, Scalar) and not any(c.isalnum() for c in item.value):
                raise _error(path, item, msg("'%(value)s' in '%(option)s' has no letters or digits: write the word "
                                             "or phrase, or remove the line", value=Verbatim(item.value),
                                             option=Verbatim(key.value)))
    return tuple(value) if isinstance(default, tuple) else value


def _kind_for(default: Any):
    if isinstance(default, bool):
        return Bool()
    if isinstance(default, int):
        return Int(minimum=0, maximum=100_000)
    if isinstance(default, (tuple, list)):
        return ListOf(Str())
    if isinstance(default, Mapping):
        return MapOf(Str(), Str())
    return Str()


def _error(path: Path, node: Node | Scalar, message: Msg) -> ConfigError:
    return ConfigError(message, file=str(path), line=node.pos.line, column=node.pos.column)
