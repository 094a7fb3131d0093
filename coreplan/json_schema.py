"""JSON Schema (draft 2020-12) for case.yaml and .coreplan.yaml, generated from the model.

Editors with the YAML language server read it to offer completion and mark
mistakes while a plan is typed. It is generated, never written by hand: the
case schema from the field kinds of coreplan.model, the configuration schema
from the rule registry and the timescale numbers, so neither can drift from
what `coreplan check` accepts. The package ships both as files
(coreplan/data/*.schema.json) for the `# yaml-language-server: $schema=` line;
a test fails when a shipped file is not what this module generates.

An editor reads YAML 1.2, where `2026-09-14` and `no` are strings and `010` is
a number; coreplan reads every value as typed and decides its meaning field by
field. The schema follows coreplan: a text field accepts anything one line of
YAML can hold, a yes/no field accepts the words coreplan reads as yes and no.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from coreplan import schema as kinds
from coreplan.paths import data_dir

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# 1900-2199, month 01-12, day 01-31; "format: date" rejects 30 February where the editor checks formats
DATE_PATTERN = r"^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
SCHEMA_FILES = {"case": "case.schema.json", "config": "coreplan-config.schema.json"}


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


_YES_NO_PATTERN = "^(" + "|".join(_any_case(w) for w in sorted(kinds.TRUE_WORDS | kinds.FALSE_WORDS)) + ")$"
_SLUG_PATTERN = "^" + kinds.SLUG.pattern.removesuffix(r"\Z") + "$"
_SCALAR_TYPES = ["string", "number", "boolean"]  # any value a text field reads as written


def kind_schema(kind: kinds.Kind, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one field kind; records go into defs and are referred to by name."""
    if isinstance(kind, kinds.Record):
        name = kind.cls.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: a record may (one day) contain itself
            defs[name] = record_schema(kind.cls, defs)
        return {"$ref": f"#/$defs/{name}"}
    if isinstance(kind, kinds.ListOf):
        result: dict[str, Any] = {"type": "array", "items": kind_schema(kind.item, defs)}
        if kind.min_items:
            result["minItems"] = kind.min_items
        return result
    if isinstance(kind, kinds.MapOf):
        return {"type": "object", "propertyNames": _key_schema(kind.key),
                "additionalProperties": kind_schema(kind.value, defs)}
    if isinstance(kind, kinds.Either):
        return {"anyOf": [kind_schema(kind.plain, defs), kind_schema(kind.mapped, defs)]}
    if isinstance(kind, kinds.Choice):
        return {"enum": list(kind.values)}
    if isinstance(kind, kinds.Date):
        return {"type": "string", "pattern": DATE_PATTERN, "format": "date"}
    if isinstance(kind, kinds.Bool):
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": _YES_NO_PATTERN}]}
    if isinstance(kind, kinds.Int):
        result = {"type": "integer"}
        if kind.minimum is not None:
            result["minimum"] = kind.minimum
        if kind.maximum is not None:
            result["maximum"] = kind.maximum
        return result
    if isinstance(kind, kinds.Id):  # Ref too: which ids exist is checked by coreplan, not the editor
        return {"type": ["string", "integer"], "pattern": _SLUG_PATTERN}
    if isinstance(kind, kinds.Str):  # Text too
        return {"type": _SCALAR_TYPES}
    raise TypeError(f"no JSON Schema for {type(kind).__name__}")  # a programming error: a new kind


def _key_schema(kind: kinds.Kind) -> dict[str, Any]:
    # a mapping's keys are always strings to an editor
    if isinstance(kind, kinds.Id):
        return {"pattern": _SLUG_PATTERN}
    return {}


def record_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for spec in dataclasses.fields(cls):
        if "kind" not in spec.metadata:
            continue
        value = kind_schema(spec.metadata["kind"], defs)
        hint = spec.metadata.get("hint")
        hint = str(hint) if hint else None  # a catalog message: the schema is in English
        if spec.metadata["required"]:
            required.append(spec.name)
        else:
            # coreplan reads an optional field left empty as not given
            value = {"anyOf": [value, {"type": "null"}]}
        if hint:
            value = {"description": hint[0].upper() + hint[1:] + ".", **value}
        properties[spec.name] = value
    result: dict[str, Any] = {"title": cls.LABEL, "type": "object", "properties": properties,
                              "additionalProperties": False}
    if required:
        result["required"] = required
        # a required field written but left empty is as missing to coreplan
        for name in required:
            properties[name] = {**properties[name], "not": {"type": "null"}}
    return result


def case_schema() -> dict[str, Any]:
    from coreplan.model import Case

    defs: dict[str, Any] = {}
    root = record_schema(Case, defs)
    root.update(title="coreplan case file (case.yaml)",
                description="A family's care and support protection plan, as `coreplan check` reads it.")
    return {"$schema": DRAFT, **root, "$defs": defs}


def config_schema() -> dict[str, Any]:
    """.coreplan.yaml: the keys coreplan.config reads, every rule and every option by name."""
    from coreplan import config
    from coreplan.findings import LEVELS
    from coreplan.procedures import NUMBERS, PROFILES
    from coreplan.rules import all_rules

    level_words = sorted({*LEVELS, *config.OFF_WORDS, *config.ON_WORDS})
    defs = {"level": {"description": "error, warning, info, or off",
                      "anyOf": [{"enum": level_words}, {"type": "boolean"}]},
            "fixed-level": {"description": "this rule cannot be switched off or lowered",
                            "enum": ["error", *sorted(config.ON_WORDS), True]}}
    rules: dict[str, Any] = {}
    for rule in all_rules().values():
        fixed_level = {"$ref": "#/$defs/fixed-level" if rule.fixed else "#/$defs/level"}
        options = {name: kind_schema(config._kind_for(default), {}) for name, default in rule.options.items()}
        options["level"] = fixed_level
        rules[rule.name] = {"description": rule.summary,
                            "anyOf": [fixed_level, {"type": "object", "properties": options,
                                                    "additionalProperties": False}]}
    numbers = {name: ({"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": _YES_NO_PATTERN}]}
                      if name == "bedroom_seen_between_reviews" else
                      {"type": "integer", "minimum": 0, "maximum": 3650}) for name in NUMBERS}
    procedures = {name: {"type": "object", "properties": numbers, "additionalProperties": False}
                  for name in PROFILES}
    text = {"type": _SCALAR_TYPES}
    properties = {
        "extends": {"description": "Another .coreplan.yaml (relative to this file) whose settings this "
                                   "file adds to.", "type": "string"},
        "rules": {"type": ["object", "null"], "properties": rules, "additionalProperties": False},
        "procedures": {"type": ["object", "null"], "properties": procedures, "additionalProperties": False},
        "closure_days": {"type": "array", "items": kind_schema(kinds.Date(), {})},
        "organisation": text,
        "complaints": {"type": "object", "properties": {k: text for k in config.COMPLAINTS_KEYS},
                       "additionalProperties": False},
        "templates": {"description": "A folder of replacement templates, relative to this file.",
                      "type": "string"},
        "language": {"description": "The language of coreplan check and coreplan rules for this team.",
                     "enum": list(config.PRACTITIONER_LANGUAGES)},
        "organisation_cy": {"description": "The authority's name on Welsh documents.", "type": _SCALAR_TYPES},
        "welsh_language": {
            "description": "The Welsh Language Standards statements on every document, in the team's words.",
            "type": "object", "additionalProperties": False,
            "properties": {key: {"type": "object", "required": ["en", "cy"], "additionalProperties": False,
                                 "properties": {"en": text, "cy": text}} for key in config.WELSH_LANGUAGE_KEYS}},
    }
    properties = {key: properties[key] for key in config.TOP_LEVEL_KEYS}
    return {"$schema": DRAFT,
            "title": "coreplan team configuration (.coreplan.yaml)", "type": ["object", "null"],
            "properties": properties, "additionalProperties": False, "$defs": defs}


def generate(which: str) -> dict[str, Any]:
    return case_schema() if which == "case" else config_schema()


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def shipped_path(which: str) -> Path:
    """The schema file inside the installed package (what `init` points an editor at)."""
    return data_dir() / SCHEMA_FILES[which]
