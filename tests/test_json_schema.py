"""The JSON Schema for editors says what `coreplan check` says: same fields, same verdicts."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from coreplan import json_schema, model, schema as kinds
from coreplan.cli import app
from coreplan.load import load_case
from coreplan.rules import all_rules
from coreplan.yamlread import parse_text, read_file
from tests.helpers import BASE, HERE, ROOT, merge
from tests.yaml12 import value_of

FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER
# the reading problems a schema can see; unknown-id and duplicate-id need the whole case
SCHEMA_RULES = {"unknown-field", "missing-field", "invalid-value", "invalid-yaml"}
EXAMPLES = sorted((ROOT / "examples").glob("*/case.yaml"))
# files whose YAML the reader refuses (syntax, aliases, tags, encodings) are an editor's YAML parser's to
# report, not the schema's: only the files that parse are compared
MALFORMED = [path for path in sorted((HERE / "malformed").glob("*.yaml"))
             if read_file(path).root is not None and not read_file(path).problems]


def validator(which: str = "case") -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema.generate(which), format_checker=FORMATS)


def data_of(text: str):
    document = parse_text(text)
    assert not document.problems
    return value_of(document.root)


@pytest.mark.parametrize("which", ["case", "config"])
def test_schema_is_valid_draft_2020_12(which):
    schema = json_schema.generate(which)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("which", ["case", "config"])
def test_shipped_schema_is_the_generated_one(which):
    shipped = json_schema.shipped_path(which).read_text(encoding="utf-8")
    assert shipped == json_schema.dumps(json_schema.generate(which)), (
        f"regenerate it: coreplan schema {which} > coreplan/data/{json_schema.SCHEMA_FILES[which]}")


def _records(cls, seen):
    if cls in seen:
        return
    seen.add(cls)
    for spec in dataclasses.fields(cls):
        kind = spec.metadata.get("kind")
        while isinstance(kind, kinds.ListOf):
            kind = kind.item
        if isinstance(kind, kinds.Record):
            _records(kind.cls, seen)


def test_every_model_field_is_in_the_schema_with_its_required_flag():
    schema = json_schema.case_schema()
    records: set = set()
    _records(model.Case, records)
    for cls in records:
        part = schema if cls is model.Case else schema["$defs"][cls.__name__]
        fields = {f.name: f.metadata["required"] for f in dataclasses.fields(cls) if "kind" in f.metadata}
        assert set(part["properties"]) == set(fields), cls.__name__
        assert set(part.get("required", [])) == {name for name, req in fields.items() if req}, cls.__name__
        assert part["additionalProperties"] is False


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_every_example_is_accepted(path):
    errors = list(validator().iter_errors(value_of(read_file(path).root)))
    assert errors == []


def test_base_case_is_accepted_and_an_unknown_field_is_rejected():
    assert validator().is_valid(data_of(BASE))
    errors = list(validator().iter_errors(data_of(merge("colour: blue\n"))))
    assert [e.validator for e in errors] == ["additionalProperties"]
    assert "'colour'" in errors[0].message


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.name)
def test_malformed_files_get_the_same_verdict_from_schema_and_loader(path):
    document = read_file(path)
    loaded = load_case(path)
    loader_refuses = any(p.rule in SCHEMA_RULES for p in loaded.problems)
    schema_refuses = not validator().is_valid(value_of(document.root))
    assert schema_refuses == loader_refuses, [p.rule for p in loaded.problems]


@pytest.mark.parametrize("text", [
    "conference: 2026-02-30\n",                  # no such day
    "conference: 30/09/2026\n",                  # day first
    "procedures: scotland\n",
    "children:\n  - id: Ella\n    name: Ella\n    categories: [neglect]\n",
    "children:\n  - id: ella\n    name: Ella\n    categories: []\n",
    "reference:\n",                              # required, left empty
])
def test_schema_refuses_what_the_loader_refuses(text):
    merged = merge(text)
    assert not validator().is_valid(data_of(merged))
    assert load_case_problems(merged) & SCHEMA_RULES


def load_case_problems(text):
    from coreplan.load import load_case_text

    return {p.rule for p in load_case_text(text).problems}


def test_yes_and_no_words_are_booleans_as_coreplan_reads_them():
    for word in ("yes", "No", "ON", "off", "true", "False"):
        text = merge(f"family:\n  - id: mum\n    name: Carys\n    relationship: mother\n"
                     f"    lives_with_children: {word}\n")
        assert validator().is_valid(data_of(text)) == (not load_case_problems(text) & SCHEMA_RULES), word


README_CONFIG = """
rules:
  long-sentence: off
  unknown-field: warning
  too-many-actions:
    limit: 4
  jargon:
    extra_terms: {"TAF meeting": "a meeting of the workers helping your family"}
    ignore_terms: [transition]
  unexplained-initials:
    allowed: [YGM]
procedures:
  wales:
    core_group_every_days: 28
  england:
    seen_alone_every_working_days: 10
closure_days: [2026-12-29, 2026-12-30, 2026-12-31]
organisation: Dyffryn County Borough Council
complaints: {name: Complaints Officer, phone: 0800 000 0000}
"""


def test_config_schema_accepts_the_documented_configuration():
    assert list(validator("config").iter_errors(data_of(README_CONFIG))) == []


@pytest.mark.parametrize("text", [
    "rulez: {}\n",
    "rules:\n  no-such-rule: off\n",
    "rules:\n  jargon: loud\n",
    "rules:\n  too-many-actions:\n    limt: 4\n",
    "rules:\n  duplicate-key: off\n",              # reading rules cannot be switched off
    "procedures:\n  wales:\n    core_group_every_weeks: 6\n",
    "closure_days: [2026-02-30]\n",
])
def test_config_schema_rejects_what_coreplan_rejects(text, tmp_path):
    from coreplan.config import load_settings
    from coreplan.errors import ConfigError

    assert not validator("config").is_valid(data_of(text))
    path = tmp_path / ".coreplan.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(path, all_rules())


def test_config_schema_names_every_rule():
    assert set(json_schema.config_schema()["properties"]["rules"]["properties"]) == set(all_rules())


@pytest.mark.parametrize("which", ["case", "config"])
def test_schema_command_prints_the_schema(which):
    result = CliRunner().invoke(app, ["schema", which])
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads(json_schema.dumps(json_schema.generate(which)))


def test_schema_command_refuses_an_unknown_name():
    assert CliRunner().invoke(app, ["schema", "plan"]).exit_code == 2
