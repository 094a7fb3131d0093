"""Control characters: never let case text drive a terminal, forge an output line or break a reader.

A case file can carry control characters only as escapes in double quotes ("\\e]0;...\\a", "\\x1b[2J",
"\\0"): the YAML reader refuses them raw. Written to a terminal they retitle or clear it; a newline in a key
forges a finding line. The reader replaces them in every value (see coreplan.yamlread), and everything
coreplan prints passes through visible(), so a file name or message shows them as `\\x1b` instead.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls (0x9b is a one-byte CSI on some terminals)
CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# in a key, a name or anything printed on one line, tab and newline are controls too
CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"  # what a reader sees where a control character was: visible, and harmless


def visible(text: str) -> str:
    """text with every control character (newlines included) written as an escape: one safe line."""
    if not CONTROL_IN_LINE.search(text):
        return text
    return CONTROL_IN_LINE.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def describe(text: str, pattern: re.Pattern = CONTROL_IN_TEXT) -> str:
    """The distinct control characters in text, as escapes: '\\x1b, \\x07'."""
    return ", ".join(dict.fromkeys(f"\\x{ord(c):02x}" for c in pattern.findall(text)))
