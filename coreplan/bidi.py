"""Text written right to left (a name in Arabic, Urdu, Farsi, Kurdish or Hebrew) placed among a document's
own words, so that it cannot reorder the punctuation and numbers around it.

Without isolation, the Unicode bidirectional algorithm lets a right-to-left name pull its neighbours into
its own run: "مريم, 3 May" in an English sentence shows as "3 May ,مريم" or with the comma on the wrong
side, and in a list of names the order the reader sees is not the order written. Isolating each value
(HTML's <bdi>, or in plain text the first-strong isolate and its closing character, U+2068 and U+2069)
lets the value keep its own direction inside, and keeps the document's order outside.

Per output, by what the program that shows it does: HTML documents and the dashboard's tables use <bdi>;
Markdown, calendar summaries (ICS) and text inside SVG charts (where an HTML element is not drawn) use
U+2068...U+2069; JSON and CSV (data for tools; a spreadsheet lays out each cell on its own) and the
terminal (no bidirectional layout to speak of, and format characters shown as escapes) get nothing.

Only a value that holds a right-to-left letter is isolated: the documents' own words (English and Welsh)
and every value in a left-to-right script stay exactly as they were. The isolating characters in Markdown
are coreplan's own and always come as a pair around one value, which the reader has already cleared of
every bidirectional control (coreplan.visible); a case cannot put one there.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


@cache
def _right_to_left() -> re.Pattern:
    # Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic supplements and presentation forms,
    # and the right-to-left blocks past U+FFFF (Imperial Aramaic to Old Turkic, Adlam, Arabic mathematics)
    return re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_right_to_left(text: str) -> bool:
    return not text.isascii() and _right_to_left().search(text) is not None


class Isolated(str):
    """Plain text already isolated (Markdown): not isolated again when it is placed in a sentence."""

    __slots__ = ()


def html(value: Any) -> Any:
    """value in <bdi> if it is text with a right-to-left letter (escaped: the result is markup), else as it is.
    Markup is a template's own and is left alone; text that writes its own HTML (a passage marked with its
    language, coreplan.welsh_forms) is isolated around that."""
    from markupsafe import Markup

    if not isinstance(value, str) or isinstance(value, Markup) or not has_right_to_left(value):
        return value
    return Markup("<bdi>%s</bdi>") % value  # % escapes value, or takes its own __html__


def isolate_values(message: Any) -> Any:
    """A message (coreplan.messages) whose values written right to left are isolated with U+2068...U+2069,
    in nested messages and lists too, for plain text and HTML that put a case's words into a sentence
    (the chronology's "Core group meeting, chaired by ..."). The message's own words are left as they are."""
    from coreplan.messages import Msg

    if isinstance(message, Msg):
        copy = Msg.__new__(Msg)
        copy.text, copy.plural, copy.count = message.text, message.plural, message.count
        copy.values = tuple((name, isolate_values(value)) for name, value in message.values)
        return copy
    if isinstance(message, tuple) and callable(getattr(message, "in_language", None)):  # a Listed
        return type(message)(isolate_values(item) for item in message)
    return plain(message)


def plain(value: Any) -> Any:
    """value between U+2068 and U+2069 if it is text with a right-to-left letter, else as it is."""
    from markupsafe import Markup

    if not isinstance(value, str) or isinstance(value, (Isolated, Markup)) or not has_right_to_left(value):
        return value  # Markup: a block a template built
    return Isolated(f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}")
