"""Messages that are worded once, in English, and shown in the reader's language.

A rule (or the loader) does not format its message: it returns `msg("... %(name)s ...", name=...)`, a
catalog message id and its named values, and the message is put into words only when it is shown, in the
language asked for (`coreplan check --lang cy`, a Welsh document's "not ready to send" notice). So the rule
modules hold plain English sentences with named placeholders, translators work on the catalog
(coreplan/locale/), and a message with no Welsh fails a test instead of reaching a Welsh reader in English.

A value is shown by its kind: a date in the language's form ("2 Nov 2026", "2 Tachwedd 2026"), a nested message in the
same language, a `Verbatim` exactly as a practitioner wrote it, anything else as its text. Counted phrases
use `msg_n`, so Welsh gets its own form for 0, 1, 2, 3, 6 and other counts (CLDR's six categories).

Extraction: `pybabel extract -k msg -k msg_n:1,2 ...` (README, "Welsh").
"""

from __future__ import annotations

from datetime import date
from typing import Any


class Msg:
    """One message: a catalog id, an optional plural id and count, and named values."""

    __slots__ = ("text", "plural", "count", "values")

    def __init__(self, text: str, plural: str | None = None, count: int | None = None, /, **values: Any) -> None:
        self.text, self.plural, self.count = text, plural, count
        self.values = tuple(sorted(values.items()))

    def in_language(self, language: str = "en") -> str:
        from coreplan.i18n import translations

        catalog = translations(language)
        if self.plural is None:
            template = catalog.gettext(self.text)
        else:
            template = catalog.ngettext(self.text, self.plural, self.count)
        shown = {name: show(value, language) for name, value in self.values}
        if self.count is not None:
            shown.setdefault("n", self.count)
        return template % shown if shown else template

    def __str__(self) -> str:
        return self.in_language("en")

    def __repr__(self) -> str:
        return f"msg({self.text!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Msg):
            return (self.text, self.plural, self.count, self.values) == \
                   (other.text, other.plural, other.count, other.values)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.text, self.plural, self.count, self.values))

    def __reduce__(self):
        # a pool worker sends every finding's message back to the parent (coreplan.batch): rebuilt from one
        # tuple, not from a state dictionary set slot by slot (half the cost of a case's results)
        return _rebuilt, (self.text, self.plural, self.count, self.values)


def _rebuilt(text: str, plural: str | None, count: int | None, values: tuple) -> Msg:
    message = Msg.__new__(Msg)
    message.text, message.plural, message.count, message.values = text, plural, count, values
    return message


class Either(tuple):
    """Alternatives, shown as 'a, b or c' / 'a, b neu c' (other lists are shown as 'a, b and c')."""


_SOFT = (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""),
         ("m", "f"))
_ASPIRATE = (("p", "ph"), ("t", "th"), ("c", "ch"))


def _mutate(word: str, table) -> str:
    for start, becomes in table:
        if word.startswith(start) and not word.startswith(("ch", "ph", "th", "dd", "ff", "ng")):
            return becomes + word[len(start):]
    return word


def soft_mutation(text: str) -> str:
    """Welsh soft mutation of a phrase's first letter (after 'neu'): parodrwydd -> barodrwydd."""
    return _mutate(text, _SOFT)


def aspirate_mutation(text: str) -> str:
    """Welsh aspirate mutation (after 'a'): pryderon -> phryderon."""
    return _mutate(text, _ASPIRATE)


class Said:
    """Words another module puts into a language itself (a due date's basis, from coreplan.schedule)."""

    __slots__ = ("words",)

    def __init__(self, words) -> None:
        self.words = words  # language -> text

    def in_language(self, language: str = "en") -> str:
        return self.words(language)

    def __str__(self) -> str:
        return self.in_language("en")


class Verbatim(str):
    """Words a practitioner wrote (an action, a role): shown as written in every language."""


class Foreign:
    """Words another program wrote that coreplan has no translation for (an unusual PyYAML problem, a usage
    error click words its own way): shown as they are in English, and in another language inside that
    language's frame, e.g. "nid yw hwn yn YAML dilys (yn Saesneg: ...)", so a Welsh reader is told the detail
    is English rather than handed an English sentence as if it were the message."""

    __slots__ = ("text", "frame")

    def __init__(self, text: str, frame: str) -> None:
        self.text, self.frame = text, frame  # frame: a catalog id with one %(detail)s

    def in_language(self, language: str = "en") -> str:
        if language == "en":
            return self.text
        return Msg(self.frame, detail=Verbatim(self.text)).in_language(language)

    def __str__(self) -> str:
        return self.text


def msg(text: str, /, **values: Any) -> Msg:
    """A message shown in the reader's language; `text` is English with %(name)s placeholders."""
    return Msg(text, **values)


def msg_n(singular: str, plural: str, n: int, /, **values: Any) -> Msg:
    """A counted message ("%(n)s working day" / "%(n)s working days"); `n` is also a placeholder."""
    return Msg(singular, plural, n, **values)


def show(value: Any, language: str = "en") -> str:
    """A message, date or value as text in a language."""
    if type(value) is str:  # most values (a name, a practitioner's words, a count): spared the look-ups below
        return value
    if type(value) is int:
        return str(value)
    if isinstance(value, (Msg, Said)) or callable(getattr(value, "in_language", None)):
        return value.in_language(language)
    if isinstance(value, date):
        from coreplan.i18n import short_date  # as coreplan schedule writes them: '7 Sep 2026', '7 Medi 2026'

        return short_date(value, language)
    if isinstance(value, (list, tuple)):
        items = [show(item, language) for item in value]
        if len(items) < 2:
            return "".join(items)
        last = items[-1]
        if language == "cy" and isinstance(value[-1], Msg):
            # coreplan's own words take the mutation the conjunction causes ("neu barodrwydd", "a phryderon");
            # people's names are left as they are written
            last = (soft_mutation if isinstance(value, Either) else aspirate_mutation)(last)
        if isinstance(value, Either):
            return f"{', '.join(items[:-1])} {'neu' if language == 'cy' else 'or'} {last}"
        from coreplan.i18n import and_list

        return and_list([*items[:-1], last], language)
    return str(value)

