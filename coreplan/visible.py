"""Control and format characters: never let case text drive a terminal, forge a line, or show a reader
words that are not there.

Two kinds of character are a danger in text that people read:
- control characters (C0, DEL, C1). A case file can carry them only as escapes in double quotes
  ("\\e]0;...\\a", "\\x1b[2J", "\\0"): the YAML reader refuses them raw. Written to a terminal they retitle
  or clear it; a newline in a key forges a finding line. The reader puts REPLACEMENT in their place.
- format characters, which YAML allows raw and no editor shows: the bidirectional controls (a right-to-left
  override shows the passage after it reversed, so a plan can read differently from what it says, as in
  "Trojan Source"), zero-width and tag characters (they hide text, or split a word so that no rule sees it),
  and the line and paragraph separators (a line break that most tools do not see). The reader leaves them
  out of every value (a separator becomes a space), since what they do is only ever to change how the text
  around them is shown.
Both are reported (rules control-character and, for the harmless invisible ones, invisible-character:
coreplan.yamlread), and everything coreplan prints passes
through visible(), so a file name or message shows them as escapes: `\\x1b`, `\\u202e`.

The one exception is coreplan's own: a rendered Markdown document puts a value written right to left
between U+2068 and U+2069, always as a pair around one value (coreplan.bidi).

A subdivision flag (the flag of Wales is a black flag followed by tag characters) is kept whole; any
other tag character is found (_tags_outside_flags). The zero-width joiner and non-joiner (U+200C, U+200D) are kept: they join emoji and shape Persian and
Indic names, and can neither reverse nor hide a passage. The soft hyphen is kept too: it is a hyphenation
point, shown as a hyphen where a line breaks.
"""

from __future__ import annotations

import re
from functools import cache

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # marks, embeddings, overrides, isolates
_HIDDEN = "\u180e\u200b\u2060-\u2064\ufeff"  # zero-width, invisible operators (and the tags: _TAGS)
# Of these, the ones that can show a reader something other than what is written (an error,
# control-character): the overrides, embeddings and isolates, which can show a passage reversed, and the tag
# characters, which can carry a whole sentence nobody sees. The rest are only ever a nuisance (a warning,
# invisible-character): a zero-width space or a word joiner pasted in with text from a web page, a byte
# order mark, and the direction marks (a mark moves the punctuation or number next to it, never a word;
# phones put them around names written in Arabic script).
_HARMFUL = "\u202a-\u202e\u2066-\u2069"
_SEPARATORS = "\u2028\u2029"


def _tags_outside_flags() -> str:
    """A pattern for a tag character (U+E0000...U+E007F) that is not part of a subdivision flag.

    The flags of Wales, Scotland and England are emoji tag sequences (Unicode UTS #51): the black flag
    U+1F3F4, the subdivision's code in tag letters ("gbwls": 3 to 7 lower-case letters and digits, CLDR's
    unicode_subdivision_id) and the cancel tag U+E007F. A Welsh family's text may well hold one. Such a
    sequence can hide at most seven letters of a code, and leaving its tags out would show a bare black
    flag, so it is kept whole; every other tag character can spell out hidden words and is found."""
    base, cancel = "\U0001f3f4", "\U000e007f"
    letter = "[\U000e0030-\U000e0039\U000e0061-\U000e007a]"
    # a letter is in a flag when the flag and 0..6 letters come before it and enough letters and the cancel
    # tag after it (one fixed-width look-behind per count: Python's look-behinds have a fixed width)
    in_flag = "|".join(f"(?<={base}{letter * before})(?={letter}{{{max(1, 3 - before)},{7 - before}}}{cancel})"
                       for before in range(7))
    ends_flag = "|".join(f"(?<={base}{letter * count})" for count in range(3, 8))
    others = "[\U000e0000-\U000e002f\U000e003a-\U000e0060\U000e007b-\U000e007e]"
    return f"{others}|(?!{in_flag}){letter}|(?!{ends_flag}){cancel}"
# C0 controls but tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI on some terminals)
CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# in a key, a name or anything printed on one line, tab and newline are controls too
CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_C1_CONTROL = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes C0 itself
REPLACEMENT = "\ufffd"  # what a reader sees where a control character was: visible, and harmless


# Compiled when first needed, and never for ASCII text (which cannot hold one): a class of characters past
# U+00FF costs re about 0.3 ms to compile, on the path of every check.
@cache
def format_characters() -> re.Pattern:
    """The format characters: bidi controls, hidden characters, line and paragraph separators."""
    return re.compile(f"[{_BIDI}{_HIDDEN}{_SEPARATORS}]|{_tags_outside_flags()}")


@cache
def harmful_format_characters() -> re.Pattern:
    """The format characters that can show a reader something other than what is written, and the line
    and paragraph separators."""
    return re.compile(f"[{_HARMFUL}{_SEPARATORS}]|{_tags_outside_flags()}")


@cache
def direction_controls() -> re.Pattern:
    """The bidi controls that can turn a passage round: overrides, embeddings, isolates (not the marks)."""
    return re.compile("[\u202a-\u202e\u2066-\u2069]")


def has_format(text: str) -> bool:
    return not text.isascii() and not latin_1(text) and format_characters().search(text) is not None


def latin_1(text: str) -> bool:
    """Whether every character of text is at most U+00FF, so that it holds no format character (every one
    is past U+061B). English and most Welsh plans are written in these ('Siân', '£'): the answer costs a
    copy of the text, where searching it for the format characters costs a look at every character."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def escape(char: str) -> str:
    """One character as the escape YAML and Python both read: \\x1b, \\u202e, \\U000e0041."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _escaped(match: re.Match) -> str:
    return escape(match.group())


def visible(text: str) -> str:
    """text with every control and format character (newlines included) written as an escape: one safe
    line, that reads the same on the screen as it is stored."""
    if text.isprintable():  # every control and format character is unprintable: most text has none of them
        return text
    if CONTROL_IN_LINE.search(text):
        text = CONTROL_IN_LINE.sub(_escaped, text)
    if has_format(text):
        text = format_characters().sub(_escaped, text)
    return text


def describe(text: str, pattern: re.Pattern = CONTROL_IN_TEXT) -> str:
    """The distinct characters of text that pattern finds, as escapes: '\\x1b, \\u202e'."""
    return ", ".join(dict.fromkeys(escape(c) for c in pattern.findall(text)))


def without_format(text: str) -> str:
    """text without its format characters (a line or paragraph separator becomes a space)."""
    if not has_format(text):
        return text
    return format_characters().sub(lambda match: " " if match.group() in _SEPARATORS else "", text)


def clean(text: str) -> str:
    """Text from outside a case file (a git author's name) made safe to show anywhere, as the reader makes
    a case's values: control characters replaced, format characters left out."""
    return without_format(CONTROL_IN_TEXT.sub(REPLACEMENT, text))


def json_safe(dumped: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) with C1 controls and format characters written as
    JSON escapes: the data a tool decodes is unchanged, and the text shown raw in a terminal is harmless."""
    if dumped.isascii():
        return dumped
    dumped = _C1_CONTROL.sub(_json_escape, dumped)
    return format_characters().sub(_json_escape, dumped) if has_format(dumped) else dumped


def _json_escape(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes a character past U+FFFF as its UTF-16 surrogate pair
    return f"\\u{0xd800 + (code >> 10):04x}\\u{0xdc00 + (code & 0x3ff):04x}"
