"""Read a YAML file into nodes that remember where they were written.

Plain PyYAML is unsafe for case files in quiet ways: it keeps the last of two
equal keys (the first is lost), expands aliases (a few lines can become
gigabytes), turns `no` into False and `10:30` into 630, and its C composer
crashes on deeply nested input. So this module builds its own small tree from
libyaml's event stream: every scalar stays the text the author typed, and
duplicate keys, anchors, aliases, tags and absurd nesting become problems with
a line and column. What a value *means* is decided later, field by field, by
the schema (coreplan.schema).
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from coreplan.errors import InputError
from coreplan.i18n import N_
from coreplan.messages import Foreign, Msg, Verbatim, msg
from coreplan.visible import (CONTROL_IN_LINE, CONTROL_IN_TEXT, REPLACEMENT, describe, direction_controls,
                              format_characters, harmful_format_characters, has_format, without_format)

MAX_BYTES = 1_048_576  # a large family's plan is ~50 KB; anything past 1 MiB is not a case file
MAX_DEPTH = 40  # the contract nests 5 deep; stop long before libyaml could struggle


def _too_deep() -> Msg:
    return msg("nested more than %(depth)s levels deep: a case file is never this deep; is this the right file?",
               depth=MAX_DEPTH)


NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
_DROP = object()  # stands in for a key that was not a scalar: its value is dropped


class Pos(NamedTuple):
    """A 1-based line and column in a file.

    A named tuple rather than a frozen dataclass: the reader makes one for every value of every file, and a
    tuple is made and compared in C (three times quicker to make)."""

    line: int
    column: int


class Scalar(NamedTuple):
    """A value as written. A named tuple, like Pos: a case file has hundreds, and the reader makes each in C
    (tuple.__new__) rather than through an __init__ written in Python."""

    value: str
    pos: Pos
    plain: bool  # written without quotes, so `null`, `~` and nothing at all mean "no value"

    @property
    def is_null(self) -> bool:
        return self.plain and self.value in NULL_WORDS


@dataclass(slots=True)
class Mapping:
    """A YAML mapping as read: where it starts, and its keys and values in the file's order."""

    pos: Pos
    pairs: list[tuple[Scalar, "Node"]] = field(default_factory=list)


@dataclass(slots=True)
class Sequence:
    """A YAML sequence as read: where it starts, and its items in order."""

    pos: Pos
    items: list["Node"] = field(default_factory=list)


Node = Scalar | Mapping | Sequence


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a file, before any rule's name or level is attached."""

    rule: str
    pos: Pos
    message: Msg  # put into words in the reader's language when shown (coreplan.messages)


@dataclass(slots=True)
class Document:
    """A whole file as read: its root node, what was wrong with it, and its lines."""

    root: Node | None
    problems: list[Problem]
    lines: list[str]  # the source text, for inline suppression comments
    ignores: list = field(default_factory=list)  # the real `# coreplan: ignore[...]` comments (coreplan.suppression)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read and parse one YAML file. Raises InputError only when it cannot be read at all.

    Only regular files are opened: a pipe, socket or device named case.yaml (planted in a shared folder, or
    left by a tool) would block the read for ever, so it is refused from its type alone.
    """
    try:
        kind = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(msg("is a symlink to a file that does not exist: restore the file or remove the "
                                 "link"), file=str(path)) from None
        raise InputError(msg("no such file: check the path"), file=str(path)) from None
    except OSError as error:
        raise InputError(_cannot_read(error), file=str(path)) from None
    if stat.S_ISDIR(kind):
        raise InputError(msg("is a folder, not a file: give the case.yaml inside it"), file=str(path))
    if not stat.S_ISREG(kind):
        what = msg("a pipe (FIFO)") if stat.S_ISFIFO(kind) else msg("a socket") if stat.S_ISSOCK(kind) \
            else msg("a device")
        raise InputError(msg("is %(what)s, not a file: coreplan does not open it (reading it could wait for "
                             "ever); is it the right file?", what=what), file=str(path))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(msg("no such file: check the path"), file=str(path)) from None
    except PermissionError:
        raise InputError(msg("permission denied: coreplan may not read this file"), file=str(path)) from None
    except OSError as error:
        raise InputError(_cannot_read(error), file=str(path)) from None
    if len(data) > max_bytes:
        return Document(None, [Problem("file-too-large", Pos(1, 1),
                                       msg("the file is larger than %(kib)s KiB: a case file is a few hundred "
                                           "lines; is this the right file?", kib=max_bytes // 1024))], [])
    return parse_bytes(data)


def _cannot_read(error: OSError) -> Msg:
    # the system's own words for the reason stay English, in brackets: there is no catalog for them
    return msg("cannot be read (%(reason)s)",
               reason=Foreign(error.strerror, N_("in English: %(detail)s")) if error.strerror
               else msg("input/output error"))


def parse_bytes(data: bytes) -> Document:
    text, problem = _decode(data)
    if problem:
        return Document(None, [problem], [])
    return parse_text(text)


def parse_text(text: str) -> Document:
    # the format characters include the line and paragraph separators: one search of a text finds both
    formatted = has_format(text)
    separator = _LINE_SEPARATOR.search(text) if formatted or (not text.isascii() and "\x85" in text) else None
    if separator:
        # YAML ends a line at each of these, where an editor does not: every line and column after it would
        # be misread, and in most places the file stops making sense to the parser
        return Document(None, [Problem("control-character", _text_pos(text, separator.start()), msg(
            "a line separator character (%(chars)s, often pasted in from a web page or another document) is "
            "here: YAML reads it as the end of a line, so what follows is misread; replace it with a space, or "
            "start a real new line", chars=describe(separator.group(), _LINE_SEPARATOR)))], [])
    lines = text.splitlines()
    # where each scalar was written, only when there is an ignore comment to tell from a value's own words
    builder = _TreeBuilder(record_spans="ignore[" in text)
    if formatted:
        builder.problems.extend(_format_characters(text))
    builder.run(text)
    ignores = []
    if builder.spans is not None:
        from coreplan.suppression import find_ignores

        ignores = find_ignores(text, builder.spans)
    return Document(builder.root, builder.problems, lines, ignores)


# --- decoding -----------------------------------------------------------------

def _decode(data: bytes) -> tuple[str, Problem | None]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", Problem("invalid-yaml", Pos(1, 1),
                           msg("the file is saved as UTF-16: save it again as UTF-8"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte order mark (Windows Notepad adds one) is harmless
    nul = data.find(b"\x00")
    if nul >= 0:
        return "", Problem("invalid-yaml", _byte_pos(data, nul),
                           msg("this is a binary file, not a YAML text file: is it the right file?"))
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        bad = data[error.start]
        return "", Problem("invalid-yaml", _byte_pos(data, error.start),
                           msg("byte %(byte)s is not UTF-8 (the file was probably saved as Windows-1252 or "
                               "Latin-1): save it again with the encoding UTF-8", byte=Verbatim(f"0x{bad:02X}")))


_LINE_SEPARATOR = re.compile("[\x85\u2028\u2029]")  # next line, line and paragraph separators
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line breaks YAML and editors agree on


def _text_pos(text: str, offset: int) -> Pos:
    line_start, line = 0, 1
    for line, match in enumerate(_LINE_BREAK.finditer(text, 0, offset), start=2):
        line_start = match.end()
    return Pos(line, offset - line_start + 1)


def _format_characters(text: str) -> list[Problem]:
    """Each line that holds a bidirectional control or an invisible character, raw, anywhere (a comment too:
    a right-to-left override there can make the lines around it look different from what they are)."""
    problems = []
    format_character = format_characters()
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        found = harmful_format_characters().search(line) or format_character.search(line)
        if found:
            problems.append(format_problem(Pos(number, found.start() + 1), line, escaped=False))
    return problems


def format_problem(where: Pos, text: str, escaped: bool) -> Problem:
    """The problem for the format characters in text (a line of the file, or a value that has them as
    escapes): an error where one can show the reader something other than what is written, a warning where
    they are only invisible (coreplan.visible)."""
    chars = describe(text, format_characters())
    escape = msg("written as an escape in double quotes")
    if direction_controls().search(text):
        return Problem("control-character", where, msg(
            "a character that changes the direction of text (%(chars)s, %(how)s) is here: it can show words in an "
            "order other than the one they are written in; delete it at this line and column (coreplan leaves it "
            "out of every output)", chars=chars, how=escape if escaped else msg("which no editor shows")))
    if harmful_format_characters().search(text):
        return Problem("control-character", where, msg(
            "hidden tag characters (%(chars)s, %(how)s) are here: they can carry words nobody sees; delete them at "
            "this line and column (coreplan leaves them out of every output)", chars=chars,
            how=escape if escaped else msg("which no editor shows")))
    return Problem("invisible-character", where, msg(
        "an invisible character (%(chars)s: a zero-width space, a direction mark or similar, %(how)s) is here; "
        "delete it at this line and column (coreplan leaves it out of every output, so no document shows it)",
        chars=chars, how=escape if escaped else msg("often pasted in with text from a web page, an e-mail or a "
                                                    "phone")))


def _byte_pos(data: bytes, offset: int) -> Pos:
    line_start = max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return Pos(line, column)


# --- building the tree from events --------------------------------------------

# The patterns here and in _PROBLEMS are compiled when a file is not valid YAML, not on every start-up
_HINTS = (
    (r"mapping values are not allowed",
     N_("a value contains ': ' or the indentation is off; put a value with a colon in quotes")),
    (r"could not find expected ':'", N_("a line is missing its ':' or the indentation is off")),
    (r"found undefined alias|found unexpected end of stream",
     N_("a quote or bracket is not closed")),
    (r"did not find expected key", N_("the indentation is off, or a '-' list item is out of line")),
    (r"found unknown escape character",
     N_("a backslash in double quotes starts an escape: use single quotes, or write \\\\")),
)

# What libyaml (and PyYAML's pure-Python parser, worded a little differently) says went wrong, in words that
# can be translated; a problem not listed here is shown in PyYAML's English inside the reader's language's
# "not valid YAML" frame.
_PROBLEMS = (
    (r"^mapping values are not allowed", N_("a ':' is not allowed here")),
    (r"^could not find expected ':'", N_("a ':' was expected and not found")),
    (r"^did not find expected key|^expected <block end>", N_("a key was expected here")),
    (r"^(did not find expected|expected) ',' or '\]'", N_("a ',' or ']' was expected here")),
    (r"^(did not find expected|expected) ',' or '}'", N_("a ',' or '}' was expected here")),
    (r"^did not find expected node content", N_("a value was expected here")),
    (r"^did not find expected '-' indicator", N_("a '-' list item was expected here")),
    (r"^found character .*that cannot start any token",
     N_("a character here cannot start a value (such as @ or ` or a tab)")),
    (r"^found unexpected end of stream", N_("the file ends in the middle of a value")),
    (r"^found unknown escape character", N_("an unknown escape after a backslash")),
    (r"^did not find expected comment or line break|^expected chomping or indentation",
     N_("only a comment or a new line may follow here")),
    (r"^(did not find expected|expected) '?<document start>", N_("a new document was expected here")),
    (r"^(did not find expected|expected) alphabetic or numeric character",
     N_("a letter or digit was expected here")),
    (r"^found a tab character", N_("a tab breaks the indentation")),
    (r"^block sequence entries are not allowed", N_("a '-' list item is not allowed here")),
    (r"^found unknown directive name|^could not find expected directive name|"
     r"^found unexpected non-alphabetical character",
     N_("an unknown YAML directive (a line that starts with a percent sign)")),
    (r"^(did not find expected|expected) whitespace or line break",
     N_("a space or a new line was expected here")),
    (r"^found unexpected ':'", N_("a ':' is not allowed here")),
    (r"URI escaped octet|expected tag URI|^found undefined tag handle|the expected '>'",
     N_("a '!' starts a YAML tag here, and case files do not use tags")),
    (r"indentation indicator equal to 0", N_("a '|' or '>' block cannot be indented by 0")),
    (r"^mapping keys are not allowed", N_("a '?' key is not allowed here")),
    (r"(control|special) characters are not allowed", N_("a control character is not allowed")),
)


def _problem(text: str) -> Msg | Foreign:
    for pattern, words in _PROBLEMS:
        if re.search(pattern, text):
            return Msg(words)
    return Foreign(text, N_("not valid YAML (in English: %(detail)s)"))


def _hint(text: str, source: str, where: Pos) -> Msg:
    lines = source.splitlines()
    if where.line <= len(lines) and "\t" in lines[where.line - 1][: where.column]:
        return msg("indent with spaces, not tabs")
    for pattern, hint in _HINTS:
        if re.search(pattern, text):
            return Msg(hint)
    return msg("check the indentation and quotes on this line")


# zero-width and soft characters nobody can see in an editor
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")


def key_identity(text: str) -> str:
    """What a reader sees of a key: invisible characters dropped, runs of spaces (no-break ones too) as one,
    none around it. Two keys with the same identity are the same key."""
    if text.isidentifier():  # a field name ('how_we_will_know'): no space or invisible character in it
        return text
    return " ".join(_INVISIBLE.sub("", text).split())


def _shown_key(text: str) -> str:
    """A key with its invisible characters and odd spaces made visible, for a message."""
    return "".join(c if c == " " or (c.isprintable() and not c.isspace() and not _INVISIBLE.match(c))
                   else f"\\u{ord(c):04x}" for c in text)


def _ignore(event) -> bool:
    return True


# a block scalar's header, alone on its line, as it would have been read without an invisible character
# before it: '>' or '|', with a chomping sign and an indent digit in either order
BLOCK_MARKER = re.compile(r"[>|](?:[-+]?[1-9]?|[1-9][-+])")


def _pos(mark) -> Pos:
    return Pos(mark.line + 1, mark.column + 1)


def _char_at(text: str, mark) -> str:
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else "["


class _TreeBuilder:
    """Turns libyaml events into Scalar / Mapping / Sequence nodes, iteratively."""

    def __init__(self, record_spans: bool = False) -> None:
        self.spans: list[tuple[int, int, int, int]] | None = [] if record_spans else None
        self.root: Node | None = None
        self.problems: list[Problem] = []
        # each frame: [container, pending key or None, keys seen {key_identity: (Pos, text as written)}]
        self._stack: list[list] = []
        self._documents = 0
        self._text = ""

    def run(self, text: str) -> None:
        import yaml

        loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        self._text = text
        loader = loader_class(text)
        # one method per event type: a case file is thousands of events, so no isinstance chain
        handlers = {
            yaml.ScalarEvent: self._scalar,
            yaml.MappingStartEvent: self._start,
            yaml.SequenceStartEvent: self._start,
            yaml.MappingEndEvent: self._end,
            yaml.SequenceEndEvent: self._end,
            yaml.AliasEvent: self._alias,
            yaml.DocumentStartEvent: self._document,
            yaml.StreamStartEvent: _ignore,
            yaml.DocumentEndEvent: _ignore,
        }
        get_event, scalar_event, stack = loader.get_event, yaml.ScalarEvent, self._stack
        new_tuple = tuple.__new__  # Pos(...) and Scalar(...) made in C, without the call of their __new__
        # Most events are a one-line value with no anchor or tag: each is made a node and put in its place
        # here, without the calls of _scalar and _attach (a case file is thousands of events). Anything
        # else, and every value while spans are recorded, goes through those methods, which say what is wrong.
        quick = self.spans is None
        try:
            while True:
                event = get_event()
                kind = type(event)
                if kind is scalar_event and quick and event.anchor is None and event.tag is None and stack:
                    value = event.value
                    frame = stack[-1]
                    container = frame[0]
                    # printable: no control or format character to report or drop, and no line break
                    if value.isprintable():
                        mark = event.start_mark
                        node = new_tuple(Scalar, (value, new_tuple(Pos, (mark.line + 1, mark.column + 1)),
                                                  event.implicit[0]))
                        if type(container) is Sequence:
                            container.items.append(node)
                        elif frame[1] is None:  # a key
                            identity = value if value.isidentifier() else key_identity(value)
                            if identity in frame[2]:
                                self._attach(node)  # says which key it repeats
                            else:
                                frame[2][identity] = (node.pos, value)
                                frame[1] = node
                        else:
                            if frame[1] is not _DROP:
                                container.pairs.append((frame[1], node))
                            frame[1] = None
                        continue
                if event is None or kind is yaml.StreamEndEvent:
                    break
                if not handlers[kind](event):
                    break
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            context, opened = error.context or "", error.context_mark
            if opened is not None and ("end of stream" in (error.problem or "")
                                       or context.startswith("while scanning a simple key")):
                # an unclosed quote or bracket: point at where it opened. A key without its ':': libyaml
                # notices only where the next line starts, so its mark is one line late; the key is where
                # the scan started.
                mark = opened
            what = error.problem or error.context or "not valid YAML"
            if (context.startswith("while parsing a flow") and opened is not None and mark is not None
                    and mark.line > opened.line):
                # "[a, b" then "next: c": libyaml reads on into the next lines and stops at the first ':',
                # lines after the bracket that was never closed; that bracket is what the author must fix
                bracket = _char_at(text, opened)
                self.problems.append(Problem("invalid-yaml", _pos(opened), msg(
                    "this '%(bracket)s' is not closed, or a ',' is missing between two of its items (YAML reads "
                    "on to line %(line)s): add '%(close)s' after its last item, or the missing ','",
                    bracket=Verbatim(bracket), close=Verbatim("}" if bracket == "{" else "]"), line=mark.line + 1)))
                return
            bracket_at = self._open_bracket() if context.startswith("while parsing a flow") else None
            if bracket_at is not None and mark is not None and not text[mark.index:].strip():
                # "children: [" and nothing after: libyaml says only that a value was expected at the end of
                # the file, but what the author must fix is the bracket, which the open containers still show
                bracket, where = bracket_at
                self.problems.append(Problem("invalid-yaml", where, msg(
                    "this '%(bracket)s' is never closed: add '%(close)s' after its last item",
                    bracket=Verbatim(bracket), close=Verbatim("}" if bracket == "{" else "]"))))
                return
            where = _pos(mark) if mark is not None else Pos(1, 1)
            if "nesting depth" in what:
                # PyYAML 6.0.4 and later refuse deep nesting while scanning, before any event
                # reaches the depth check in _start: say the same thing either way.
                self.problems.append(Problem("invalid-yaml", where, _too_deep()))
                return
            self.problems.append(Problem("invalid-yaml", where, msg("%(problem)s: %(hint)s", problem=_problem(what),
                                                                    hint=_hint(what, text, where))))
        except yaml.YAMLError as error:  # a reader error without a mark
            self.problems.append(Problem("invalid-yaml", Pos(1, 1),
                                         msg("not valid YAML (%(kind)s)", kind=Verbatim(type(error).__name__))))
        finally:
            loader.dispose()

    def _open_bracket(self) -> tuple[str, Pos] | None:
        """The bracket and position of the innermost container still open that a '[' or '{' began, or None:
        a block list or mapping begins at its '-' or its first key instead."""
        lines = self._text.splitlines()
        for frame in reversed(self._stack):
            pos = frame[0].pos
            line = lines[pos.line - 1] if pos.line <= len(lines) else ""
            if line[pos.column - 1:pos.column] in ("[", "{"):
                return line[pos.column - 1], pos
        return None

    def _document(self, event) -> bool:
        self._documents += 1
        if self._documents > 1:
            self.problems.append(Problem("invalid-yaml", _pos(event.start_mark),
                                         msg("a second YAML document ('---'): one case file holds one case")))
            return False
        return True

    def _alias(self, event) -> bool:
        where = _pos(event.start_mark)
        self.problems.append(Problem("alias-not-allowed", where,
                                     msg("'*%(anchor)s' repeats another part of the file: write the value out in "
                                         "full (aliases are not allowed in case files)",
                                         anchor=Verbatim(event.anchor))))
        self._attach(Scalar("", where, plain=True))
        return True

    def _refuse_anchor_and_tag(self, event, where: Pos) -> None:
        if event.anchor:
            self.problems.append(Problem("alias-not-allowed", where,
                                         msg("'&%(anchor)s' marks a value for repeating: remove it (anchors and "
                                             "aliases are not allowed in case files)",
                                             anchor=Verbatim(event.anchor))))
        if event.tag:
            self.problems.append(Problem("invalid-yaml", where,
                                         msg("remove the tag '%(tag)s': case files do not use YAML tags",
                                             tag=Verbatim(event.tag))))

    def _scalar(self, event) -> bool:
        mark = event.start_mark
        where = Pos(mark.line + 1, mark.column + 1)
        if self.spans is not None:
            end = event.end_mark
            self.spans.append((mark.line, mark.column, end.line, end.column))
        if event.anchor or event.tag:
            self._refuse_anchor_and_tag(event, where)
        value = event.value
        is_key = bool(self._stack) and self._stack[-1][1] is None and isinstance(self._stack[-1][0], Mapping)
        control = CONTROL_IN_LINE if is_key else CONTROL_IN_TEXT
        # every control and format character is unprintable (tests/test_yamlread_speed.py holds it for each):
        # most values are one printable line, and are spared both searches
        printable = value.isprintable()
        if not printable and control.search(value):
            if is_key:
                text = msg("this key holds a control character (%(chars)s, an escape in double quotes): remove "
                           "it; every output shows '%(mark)s' in its place", chars=describe(value, control),
                           mark=REPLACEMENT)
            else:
                text = msg("this value holds a control character (%(chars)s, an escape in double quotes): "
                           "remove it; every output shows '%(mark)s' in its place", chars=describe(value, control),
                           mark=REPLACEMENT)
            self.problems.append(Problem("control-character", where, text))
            value = control.sub(REPLACEMENT, value)
        if not printable and has_format(value):
            if not format_characters().search(self._text, mark.index, event.end_mark.index):
                # written as an escape ("\u202e"): the raw text has nothing for _format_characters to find
                self.problems.append(format_problem(where, value, escaped=True))
            cleaned = without_format(value)
            line_end = self._text.find("\n", mark.index)
            first_line = self._text[mark.index:line_end if line_end >= 0 else None]
            if event.implicit[0] and BLOCK_MARKER.fullmatch(without_format(first_line).rstrip()):
                # "text: \u200b>-": the invisible character made the '>-' plain text, so the lines under
                # it are read as a plain value starting with '>-', which every document would show
                self.problems.append(Problem("invalid-yaml", where, msg(
                    "an invisible character before '%(marker)s' stops it starting a block of text: delete the "
                    "character (the invisible-character finding says where)",
                    marker=Verbatim(without_format(first_line).strip()))))
            value = cleaned
        if not is_key and event.style in (None, "", ">") and "\n" in value:
            # in a folded (>) or plain text the only line break left is a blank line the author wrote, that
            # is a new paragraph; written as one here it means the same in every style (a | block keeps its
            # single line breaks as line breaks, and its blank lines as paragraphs)
            value = value.replace("\n", "\n\n")
        # implicit[0] means "plain" in both the C and the pure-Python parser (their `style` differs)
        self._attach(Scalar(value, where, event.implicit[0]))
        return True

    def _start(self, event) -> bool:
        where = _pos(event.start_mark)
        if event.anchor or event.tag:
            self._refuse_anchor_and_tag(event, where)
        if len(self._stack) >= MAX_DEPTH:
            self.problems.append(Problem("invalid-yaml", where, _too_deep()))
            return False
        node = Mapping(where) if event.__class__.__name__ == "MappingStartEvent" else Sequence(where)
        self._stack.append([node, None, {}])
        return True

    def _end(self, event) -> bool:
        self._attach(self._stack.pop()[0])
        return True

    def _attach(self, node: Node) -> None:
        if not self._stack:
            self.root = node
            return
        frame = self._stack[-1]
        container = frame[0]
        if isinstance(container, Sequence):
            container.items.append(node)
            return
        if frame[1] is None:  # this node is a key
            if not isinstance(node, Scalar):
                self.problems.append(Problem("invalid-yaml", node.pos,
                                             msg("a key must be a simple name, not a list or mapping")))
                frame[1] = _DROP
                return
            identity = key_identity(node.value)
            first = frame[2].get(identity)
            if first is not None:
                first_pos, first_text = first
                if first_text == node.value:
                    message = msg("'%(key)s' is written twice here (first at line %(line)s): keep one and merge "
                                  "what they say", key=Verbatim(node.value), line=first_pos.line)
                else:  # "ella " and "ella", or a no-break space: the model would merge them and lose one
                    message = msg("'%(key)s' is the same key as '%(first)s' at line %(line)s (they differ only by "
                                  "spaces or invisible characters): keep one and merge what they say",
                                  key=Verbatim(_shown_key(node.value)), first=Verbatim(_shown_key(first_text)),
                                  line=first_pos.line)
                self.problems.append(Problem("duplicate-key", node.pos, message))
            else:
                frame[2][identity] = (node.pos, node.value)
            frame[1] = node
        else:
            if frame[1] is not _DROP:
                container.pairs.append((frame[1], node))
            frame[1] = None
