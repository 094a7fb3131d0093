"""A case file's data as an editor sees it: the YAML 1.2 core schema, for testing the JSON Schema."""

from __future__ import annotations

import re
from typing import Any

from coreplan.yamlread import Mapping, Node, Scalar, Sequence

_INT = re.compile(r"[-+]?[0-9]+\Z|0o[0-7]+\Z|0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")


def value_of(node: Node) -> Any:
    """The JSON value the YAML language server validates (YAML 1.2: `no` is a string, `true` a boolean)."""
    if isinstance(node, Mapping):
        return {key.value: value_of(value) for key, value in node.pairs}
    if isinstance(node, Sequence):
        return [value_of(item) for item in node.items]
    assert isinstance(node, Scalar)
    if not node.plain:
        return node.value
    text = node.value
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE", "false", "False", "FALSE"):
        return text.lower() == "true"
    if _INT.match(text):
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
    if _FLOAT.match(text):
        return float(text)
    return text
