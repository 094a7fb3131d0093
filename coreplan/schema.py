"""The kinds of value a case file field can hold, and how each is read from a node.

A field of the model (coreplan.model) names its kind; the Converter walks the
node tree and turns each node into a Python value of that kind, or records a
problem at the node's line and column. Every scalar arrives as the text the
author typed (coreplan.yamlread), so `no` stays "no" in a text field and only
becomes False in a yes/no field.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Iterable

from coreplan import patterns  # kept compiled: read on every check's start-up
from coreplan.i18n import N_
from coreplan.messages import Msg, Verbatim, msg, msg_n
from coreplan.yamlread import NULL_WORDS, Mapping, Node, Pos, Problem, Scalar, Sequence

INVALID = object()  # a value that could not be read; its problem is already recorded
SLUG = patterns.compile(r"[a-z0-9][a-z0-9-]*\Z")
ISO_DATE = patterns.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
DAY_FIRST = patterns.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})\Z")
TRUE_WORDS = frozenset({"true", "yes", "on"})
FALSE_WORDS = frozenset({"false", "no", "off"})


# A case file may hold many mistakes, and each "did you mean" compares the word with every choice: after
# this many in one file, messages stop suggesting, so that a file of ten thousand typos is read in seconds.
MAX_SUGGESTIONS = 100


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' when a choice is close to word, else ''."""
    choices = list(choices)
    import difflib  # only for a value that is none of the choices

    match = difflib.get_close_matches(word.lower(), [c.lower() for c in choices], n=1, cutoff=0.6)
    if not match:
        return ""
    original = next(c for c in choices if c.lower() == match[0])
    return f" (did you mean '{original}'?)"


def suggestion(word: str, choices: Iterable[str]) -> Msg | str:
    """did_you_mean as a message, for messages shown in the reader's language."""
    close = did_you_mean(word, choices)
    return msg(" (did you mean '%(choice)s'?)", choice=Verbatim(close.split("'", 1)[1].rsplit("'", 1)[0])) \
        if close else ""


def quote_list(values: Iterable[str], limit: int = 8) -> str | Msg:
    """"'a', 'b', 'c'", or "'a', 'b' and 3 more" (a message, so that the 'and' is in the reader's language)."""
    values = list(values)
    shown = ", ".join(f"'{v}'" for v in values[:limit])
    if len(values) <= limit:
        return shown
    return msg_n("%(shown)s and %(n)s more", "%(shown)s and %(n)s more", len(values) - limit, shown=Verbatim(shown))


@dataclasses.dataclass(slots=True)
class TextSpot:
    """A piece of practitioners' prose and where it is, for the language rules."""

    text: str
    pos: Pos
    field: str  # the field name, e.g. "outcome" or "ladder"


@dataclasses.dataclass(slots=True)
class RefSpot:
    """A reference to an id, resolved once every list has been read."""

    value: str
    pos: Pos
    targets: tuple[str, ...]  # the lists it may point into: "children", "family", "members", "goals"
    field: str


class Converter:
    """Collects the problems, texts and references met while reading one file."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.texts: list[TextSpot] = []
        self.refs: list[RefSpot] = []
        self.blocking = False  # something the content rules cannot work around
        self.suggestions_left = MAX_SUGGESTIONS

    def suggest(self, word: str, choices: Iterable[str]) -> str:
        """did_you_mean, for the first MAX_SUGGESTIONS mistakes of a file; '' after that."""
        if self.suggestions_left <= 0:
            return ""
        self.suggestions_left -= 1
        return did_you_mean(word, choices)

    def problem(self, rule: str, pos: Pos, message: str) -> object:
        self.problems.append(Problem(rule, pos, message))
        return INVALID


class Kind:
    """One kind of value. `scalar` kinds may be left unset when invalid and optional."""

    scalar = True
    describe = N_("a value")

    def convert(self, node: Node, cx: Converter, name: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _scalar(self, node: Node, cx: Converter, name: str) -> Scalar | None:
        if isinstance(node, Scalar):
            return node
        if isinstance(node, Sequence):
            cx.problem("invalid-value", node.pos, msg("'%(name)s' should be %(what)s, not a list", name=name,
                                                      what=_words(self.describe)))
        else:
            cx.problem("invalid-value", node.pos, msg("'%(name)s' should be %(what)s, not a set of 'key: value' "
                                                      "lines", name=name, what=_words(self.describe)))
        return None


class Str(Kind):
    describe = N_("a piece of text")

    def convert(self, node, cx, name):
        scalar = self._scalar(node, cx, name)
        return INVALID if scalar is None else scalar.value.strip()


class Text(Str):
    """Prose written by practitioners: every one is checked by the language rules."""

    def convert(self, node, cx, name):
        value = super().convert(node, cx, name)
        if value is not INVALID and value:
            cx.texts.append(TextSpot(value, node.pos, name))
        return value


class Id(Kind):
    describe = N_("an id (lower-case letters, digits and hyphens)")

    def convert(self, node, cx, name):
        scalar = self._scalar(node, cx, name)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not SLUG.match(value):
            suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "ella"
            return cx.problem("invalid-value", node.pos,
                              msg("'%(value)s' is not a valid id: use lower-case letters, digits and hyphens, like "
                                  "'%(suggestion)s'", value=value, suggestion=suggestion))
        return value


class Ref(Id):
    """An id defined in another list (a child, a family member, a practitioner, a goal)."""

    def __init__(self, *targets: str) -> None:
        self.targets = targets

    def convert(self, node, cx, name):
        value = super().convert(node, cx, name)
        if value is not INVALID:
            cx.refs.append(RefSpot(value, node.pos, self.targets, name))
        return value


class Date(Kind):
    describe = N_("a date written YYYY-MM-DD")
    # Outside these years a date in a plan is a typo; refusing it also keeps date arithmetic from overflowing.
    EARLIEST, LATEST = 1900, 2199

    def convert(self, node, cx, name):
        scalar = self._scalar(node, cx, name)
        if scalar is None:
            return INVALID
        text = scalar.value.strip()
        match = ISO_DATE.match(text)
        if not match:
            day_first = DAY_FIRST.match(text)
            if day_first:
                d, m, y = day_first.groups()
                iso = f"{y}-{int(m):02d}-{int(d):02d}"
                return cx.problem("invalid-value", node.pos,
                                  msg("'%(text)s' is not a date: write dates as YYYY-MM-DD: did you mean %(iso)s?",
                                      text=text, iso=iso))
            return cx.problem("invalid-value", node.pos,
                              msg("'%(text)s' is not a date: write dates as YYYY-MM-DD, e.g. 2026-11-02", text=text))
        year, month, day = (int(g) for g in match.groups())
        if not self.EARLIEST <= year <= self.LATEST:
            return cx.problem("invalid-value", node.pos, msg("'%(text)s' is outside the years coreplan accepts "
                                                             "(%(earliest)s to %(latest)s): is the year a typo?",
                                                             text=text, earliest=self.EARLIEST, latest=self.LATEST))
        try:
            return date(year, month, day)
        except ValueError:
            if not 1 <= month <= 12:
                return cx.problem("invalid-value", node.pos, msg("'%(text)s' is not a real date: there is no month "
                                                                 "%(month)s", text=text, month=month))
            return cx.problem("invalid-value", node.pos,
                              msg("'%(text)s' is not a real date: %(month)s has no day %(day)s", text=text,
                                  month=_MonthOf(year, month), day=day))


class Bool(Kind):
    describe = N_("true or false")

    def convert(self, node, cx, name):
        scalar = self._scalar(node, cx, name)
        if scalar is None:
            return INVALID
        word = scalar.value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        return cx.problem("invalid-value", node.pos, msg("'%(name)s' should be true or false, not '%(value)s'",
                                                         name=name, value=scalar.value))


MAX_DIGITS = 18


class Int(Kind):
    describe = N_("a whole number")

    def __init__(self, minimum: int | None = None, maximum: int | None = None) -> None:
        self.minimum = minimum
        self.maximum = maximum

    def convert(self, node, cx, name):
        scalar = self._scalar(node, cx, name)
        if scalar is None:
            return INVALID
        text = scalar.value.strip()
        # decimal only: YAML 1.1 would read 010 as 8 and 1_0 as 10
        if not re.fullmatch(r"[+-]?\d+", text):
            return cx.problem("invalid-value", node.pos, msg("'%(name)s' should be a whole number, not '%(text)s'",
                                                             name=name, text=text))
        digits = len(text.lstrip("+-").lstrip("0"))
        if digits > MAX_DIGITS:  # no count in a plan is this long; int() refuses past 4,300 digits anyway
            return cx.problem("invalid-value", node.pos, msg("'%(name)s' is a number %(digits)s digits long: is it a "
                                                             "typo? write the number the plan means", name=name,
                                                             digits=digits))
        value = int(text)
        if self.minimum is not None and value < self.minimum:
            return cx.problem("invalid-value", node.pos, msg("'%(name)s' should be %(limit)s or more, not %(value)s",
                                                             name=name, limit=self.minimum, value=value))
        if self.maximum is not None and value > self.maximum:
            return cx.problem("invalid-value", node.pos, msg("'%(name)s' should be %(limit)s or less, not %(value)s",
                                                             name=name, limit=self.maximum, value=value))
        return value


class Choice(Kind):
    def __init__(self, *values: str) -> None:
        self.values = values
        self.describe = msg("one of %(values)s", values=quote_list(values))

    def convert(self, node, cx, name):
        scalar = self._scalar(node, cx, name)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if value in self.values:
            return value
        suggestion = cx.suggest(value, self.values)
        if suggestion:
            return cx.problem("invalid-value", node.pos,
                              msg("'%(value)s' is not allowed for '%(name)s': write one of %(values)s (did you mean "
                                  "'%(suggestion)s'?)", value=value, name=name, values=quote_list(self.values),
                                  suggestion=suggestion.split("'")[1]))
        return cx.problem("invalid-value", node.pos,
                          msg("'%(value)s' is not allowed for '%(name)s': write one of %(values)s", value=value,
                              name=name, values=quote_list(self.values)))


class ListOf(Kind):
    scalar = False

    def __init__(self, item: Kind, min_items: int = 0, max_items: int | None = None) -> None:
        self.item = item
        self.min_items = min_items
        # A bound where a human plan never goes: past it, the file is refused before any item is read,
        # rather than making every rule compare thousands of records.
        self.max_items = max_items
        self.describe = N_("a list")

    def convert(self, node, cx, name):
        if not isinstance(node, Sequence):
            if isinstance(node, Scalar) and node.value.strip():
                return cx.problem("invalid-value", node.pos,
                                  msg("'%(name)s' should be a list: write [%(value)s], or put each item on its own "
                                      "line, starting with '- '", name=name, value=node.value.strip()))
            return cx.problem("invalid-value", node.pos,
                              msg("'%(name)s' should be a list: put each item on its own line, starting with '- '",
                                  name=name))
        if self.max_items is not None and len(node.items) > self.max_items:
            return cx.problem("invalid-value", node.items[self.max_items].pos,
                              msg("'%(name)s' has %(count)s items: a case file is one family's plan, and coreplan "
                                  "reads at most %(limit)s; is this the right file?", name=name,
                                  count=len(node.items), limit=self.max_items))
        values = []
        for item in node.items:
            value = self.item.convert(item, cx, name)
            if value is INVALID:
                cx.blocking = True
            else:
                values.append(value)
        if len(node.items) < self.min_items:
            return cx.problem("missing-field", node.pos, msg_n("'%(name)s' needs at least %(n)s item",
                                                               "'%(name)s' needs at least %(n)s items",
                                                               self.min_items, name=name))
        return values


class MapOf(Kind):
    """A mapping of ids (or words) to values: impact per child, glossary, ladder positions."""

    scalar = False

    def __init__(self, key: Kind, value: Kind) -> None:
        self.key = key
        self.value = value
        self.describe = N_("a set of 'key: value' lines")

    def convert(self, node, cx, name):
        if not isinstance(node, Mapping):
            return cx.problem("invalid-value", node.pos,
                              msg("'%(name)s' should be a set of 'key: value' lines, one per line", name=name))
        result = {}
        for key_node, value_node in node.pairs:
            key = self.key.convert(key_node, cx, name)
            if key in result:
                continue  # the duplicate key is already a problem
            value = self.value.convert(value_node, cx, name)
            if key is INVALID or value is INVALID:
                cx.blocking = True
                continue
            result[key] = value
        return result


class Either(Kind):
    """A plain value, or a mapping of views to values (a ladder position per view)."""

    scalar = False

    def __init__(self, plain: Kind, mapped: Kind) -> None:
        self.plain = plain
        self.mapped = mapped
        self.describe = msg("%(plain)s, or one per view", plain=_words(plain.describe))

    def convert(self, node, cx, name):
        kind = self.mapped if isinstance(node, Mapping) else self.plain
        return kind.convert(node, cx, name)


class Record(Kind):
    """A mapping read into a model dataclass (see coreplan.model.Record)."""

    scalar = False

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.describe = msg("a set of 'key: value' lines (a %(record)s)", record=msg(cls.LABEL))

    def convert(self, node, cx, name):
        if not isinstance(node, Mapping):
            return cx.problem("invalid-value", node.pos,
                              msg("each item of '%(name)s' should be a set of 'key: value' lines (a %(record)s)",
                                  name=name, record=msg(self.cls.LABEL)))
        return read_record(self.cls, node, cx)


def read_record(cls: type, node: Mapping, cx: Converter) -> Any:
    """Read one mapping into an instance of cls, recording every field's position."""
    fields = _fields_read(cls)
    kinds = _kinds_read(cls)
    record = cls(pos=node.pos)
    spots = record.spots
    seen = set()
    complete = True
    for key, value_node in node.pairs:
        name = key.value
        if name in seen:
            continue  # the second of two equal keys: already a duplicate-key problem
        seen.add(name)
        found = kinds.get(name)
        if found is None:
            cx.problem("unknown-field", key.pos, _unknown_field_message(name, cls, fields, cx))
            continue
        kind, required = found
        spots[("key", name)] = key.pos
        spots[(name,)] = value_node.pos
        is_scalar = type(value_node) is Scalar
        if is_scalar and value_node.plain and value_node.value in NULL_WORDS:
            if required:
                cx.problem("missing-field", value_node.pos if value_node.value else key.pos,
                           msg("'%(name)s' is empty: %(what)s", name=name, what=_what_to_write(fields[name])))
                complete = False
            continue
        value = kind.convert(value_node, cx, name)
        if value is INVALID:
            if required or not kind.scalar:
                complete = False
            continue
        if not is_scalar:
            _record_item_positions(record, name, value_node)
        setattr(record, name, value)
    for name, spec in fields.items():
        if spec.metadata["required"] and name not in seen:
            cx.problem("missing-field", node.pos,
                       msg("this %(record)s has no '%(name)s': %(what)s", record=msg(cls.LABEL), name=name,
                           what=_what_to_write(spec)))
            complete = False
    if not complete:
        cx.blocking = True
        return INVALID
    return record


@lru_cache(maxsize=None)
def _fields_read(cls: type) -> MappingProxyType:
    """The fields of a record class that a case file gives (those with a kind), by name: worked out once per
    class, not for each of the dozens of records of every case."""
    return MappingProxyType({f.name: f for f in dataclasses.fields(cls) if "kind" in f.metadata})


@lru_cache(maxsize=None)
def _kinds_read(cls: type) -> dict[str, tuple[Kind, bool]]:
    """Each field's kind and whether it is required, by name (read for every value of every case)."""
    return {name: (spec.metadata["kind"], spec.metadata["required"]) for name, spec in _fields_read(cls).items()}


def _record_item_positions(record: Any, name: str, node: Node) -> None:
    if isinstance(node, Sequence):
        for index, item in enumerate(node.items):
            record.spots[(name, index)] = item.pos
    elif isinstance(node, Mapping):
        for key, value in node.pairs:
            record.spots.setdefault((name, key.value), value.pos)
            record.spots.setdefault(("key", name, key.value), key.pos)


def _what_to_write(spec: dataclasses.Field):
    hint = spec.metadata.get("hint")
    return hint or msg("add %(what)s", what=_words(spec.metadata["kind"].describe))


def _words(describe):
    """A kind's description as a message (most are catalog ids marked with N_; some are composed msgs)."""
    return describe if isinstance(describe, Msg) else msg(describe)


class _MonthOf:
    """'February 2027' / 'Chwefror 2027' in the language the message is shown in."""

    def __init__(self, year: int, month: int) -> None:
        self.year, self.month = year, month

    def in_language(self, language: str = "en") -> str:
        from coreplan.i18n import long_date

        return long_date(date(self.year, self.month, 1), language).split(" ", 1)[1]

    def __str__(self) -> str:
        return self.in_language("en")


# Names people reach for that the contract spells differently.
_SYNONYMS = {
    "dob": "born", "date_of_birth": "born", "birthday": "born", "birth_date": "born",
    "wishes": "wishes_and_feelings", "feelings": "wishes_and_feelings", "voice": "wishes_and_feelings",
    "relation": "relationship", "lives_with": "lives_with_children", "job": "role",
    "due": "by", "deadline": "by", "completed": "done", "measure": "how_we_will_know",
    "owner": "who", "action": "what", "rungs": "ladder", "steps": "ladder",
    "mobile": "phone", "telephone": "phone", "organisation": "agency",
    "attendees": "present", "attended": "present", "chaired_by": "chair", "minute_taker": "minutes_by",
    "decisions": "agreed", "practitioners": "members", "parents": "family",
}


def _unknown_field_message(name: str, cls: type, fields: dict, cx: Converter):
    suggestion = _SYNONYMS.get(name.lower().replace("-", "_").replace(" ", "_"))
    if suggestion not in fields:
        close = cx.suggest(name, fields)
        suggestion = close.split("'")[1] if close else None
    if suggestion:
        return msg("'%(name)s' is not a field of a %(record)s (did you mean '%(suggestion)s'?)", name=name,
                   record=msg(cls.LABEL), suggestion=suggestion)
    return msg("'%(name)s' is not a field of a %(record)s; a %(record)s may have %(fields)s", name=name,
               record=msg(cls.LABEL), fields=quote_list(fields, limit=20))
