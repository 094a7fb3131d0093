"""What a document shows in its own language, and how it marks what is in another.

Welsh forms. A member's `role`, a family member's `relationship`, an `agency`, the authority's name and
the complaints contact are written by people, so coreplan cannot translate them; a case gives their Welsh
forms beside them (`role_cy`, `relationship_cy`, `agency_cy`, `local_authority_cy`; `organisation_cy` and
`complaints: name_cy...` in .coreplan.yaml). In a Welsh document every template, built-in or a team's own,
that writes `m.role` gets `m.role_cy` where one is given: the choice is made once, here, not in each
template.

Language marking. Practitioners' prose is shown as written, in the language the case says it is written in
(`written_in`, English unless the case says `cy`). Where that is not the document's language, HTML marks it
(`<span lang="en">`), so a screen reader reads an English note in a Welsh plan with English sounds and a
browser hyphenates and spell-checks it as English. So does an English role shown in a Welsh document
because it has no Welsh form. The mark is added by the value itself when HTML escapes it (`__html__`), so
templates print fields as before; text filters that change a value give back plain text, never broken markup.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from markupsafe import escape

from coreplan.sandbox import PlanSandbox


class InLanguage(str):
    """Text in a language other than the document's: marked with its language when escaped into HTML."""

    language = "en"

    def __new__(cls, text: str, language: str) -> "InLanguage":
        value = super().__new__(cls, text)
        value.language = language
        return value

    def __html__(self) -> str:
        return f'<span lang="{self.language}">{escape(str.__str__(self))}</span>'


def _prose_fields(cls: type) -> frozenset[str]:
    """The fields of a record that hold practitioners' prose (coreplan.schema.Text, alone or in a list or map)."""
    from coreplan.schema import ListOf, MapOf, Text

    names = set()
    for spec in dataclasses.fields(cls):
        kind = spec.metadata.get("kind")
        inner = getattr(kind, "item", None) if isinstance(kind, ListOf) else (
            getattr(kind, "value", None) if isinstance(kind, MapOf) else kind)
        if isinstance(inner, Text) or spec.metadata.get("prose"):
            names.add(spec.name)
    return frozenset(names)


_PROSE: dict[type, frozenset[str]] = {}


def _mark(value: Any, language: str) -> Any:
    if isinstance(value, InLanguage) or not value:
        return value
    if isinstance(value, str):
        return InLanguage(value, language)
    if isinstance(value, list):
        return [_mark(item, language) for item in value]
    if isinstance(value, tuple):
        return tuple(_mark(item, language) if isinstance(item, str) else item for item in value)
    if isinstance(value, dict):
        return {key: _mark(item, language) for key, item in value.items()}
    return value


class DocumentSandbox(PlanSandbox):
    """coreplan's sandboxed environment for one body of a document in one language.

    `written_in`: the language of the case's prose. In Welsh, `x.name` is `x.name_cy` when that is given."""

    def __init__(self, language: str, written_in: str = "en", **options: Any) -> None:
        super().__init__(**options)
        self.language, self.written_in = language, written_in

    def getattr(self, obj: Any, attribute: str) -> Any:
        if not isinstance(attribute, str) or attribute.startswith("_"):
            return super().getattr(obj, attribute)
        if self.language == "cy":
            welsh = getattr(obj, f"{attribute}_cy", None)
            if isinstance(welsh, (str, dict)) and welsh:
                return welsh
        value = super().getattr(obj, attribute)
        if self.language == "cy" and hasattr(obj, f"{attribute}_cy") and isinstance(value, str):
            return _mark(value, "en")  # an English name with no Welsh form given
        if self.written_in != self.language and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            cls = type(obj)
            if cls not in _PROSE:
                _PROSE[cls] = _prose_fields(cls)
            if attribute in _PROSE[cls]:
                return _mark(value, self.written_in)
        return value
