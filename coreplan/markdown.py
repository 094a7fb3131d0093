"""Case text placed in a Markdown document: shown as written, never read as Markdown.

Markdown has no autoescape, so every value a Markdown template prints passes through `inline()`: it is
kept on one line (a newline in a field would end a table row or a list item) and every character a
CommonMark or GitHub viewer could read as syntax is backslash-escaped. Without this, a field holding
`![x](https://host/t.png)` becomes a remote image that the reader's viewer fetches when the plan is
opened, telling a stranger who read a child's plan and when. Links, autolinks, raw HTML, emphasis,
headings, list markers, quotes, code and table pipes are neutralised the same way.

The template's own Markdown (tables, lists, headings) is written in the template, so it stays Markdown;
a block a template has already built (a macro's table, a language's body) is marked safe and passes as it
is. CommonMark lets a backslash escape any ASCII punctuation, so an escaped character reads exactly as the
author typed it.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# Escaped wherever they stand: each can open a link, image, code span, emphasis, raw HTML or a table cell.
# '<' and '>' become entities rather than '\<' so that even a viewer that allows raw HTML sees text.
_ANYWHERE = re.compile(r"[\\`*_\[\]|~]")
# '!' only opens an image before '[' (already escaped); left alone so "Well done!" reads as typed.
# '&' only matters where it starts an entity ("&lt;", "&#60;"): "A&E" stays as typed.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What opens a block at the start of a line: heading, quote, list item, ordered item, thematic break,
# setext underline, fence. A value may be printed at the start of a line, so its start is escaped.
_LINE_START = re.compile(r"^( ?)([#>+=-]|\d{1,9}(?=[.)]))")


def inline(value: object) -> str:
    """One value as Markdown text: one line, every syntax character escaped; safe blocks as they are."""
    if isinstance(value, Markup):
        return value
    # a run of spaces, tabs or newlines becomes one space; one space before or after is kept, because a
    # template's own separators (", ", "; ") are printed through here too
    text = re.sub(r"\s+", " ", str(value))
    text = _ANYWHERE.sub(lambda m: "\\" + m.group(), text)
    text = _ENTITY.sub(r"\\&", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _LINE_START.sub(_escape_block_start, text)


def _escape_block_start(match: re.Match) -> str:
    space, opener = match.group(1), match.group(2)
    if opener.isdigit():  # "3. " or "3) " would start an ordered list: escape the punctuation after it
        return space + opener + "\\"
    return space + "\\" + opener


def paragraphs(value: object, indent: str = "") -> Markup:
    """Text written in paragraphs, kept as paragraphs; a line break the author kept is a hard line break.

    `indent` starts every line after the first, so that the text stays inside a list item.
    """
    return Markup(("\n\n" + indent).join(("\\\n" + indent).join(inline(line) for line in part.split("\n"))
                                          for part in split_paragraphs(value)))


def split_paragraphs(value: object) -> list[str]:
    """The paragraphs of a text, each with its kept line breaks.

    A blank line separates paragraphs (the reader turns a blank line in a folded `>` text into one, see
    coreplan/yamlread.py); a single line break is one the author kept in a `|` block, and is kept.
    """
    if value is None:
        return []
    parts = re.split(r"\n[ \t]*\n", str(value).strip())
    return ["\n".join(line.strip() for line in part.strip().split("\n") if line.strip()) for part in parts
            if part.strip()]
