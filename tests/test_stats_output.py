"""coreplan stats -o: a new file is written; a file stats wrote before is replaced next month without
--force (JSON and CSV carry no marker, so stats knows them by their exact shape); a file anyone else made
is still refused; the table, drawn for a screen, is never silently sent there instead of to the file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.helpers import ROOT

from coreplan.cli import app

runner = CliRunner()
EXAMPLES = str(ROOT / "examples")


def stats(*args):
    return runner.invoke(app, ["stats", EXAMPLES, "--today", "2026-11-23", *map(str, args)])


@pytest.mark.parametrize("fmt", ["json", "csv", "html"])
def test_a_new_file_is_written_and_replaced_next_time_without_force(tmp_path, fmt):
    out = tmp_path / f"figures.{fmt}"
    first = stats("--format", fmt, "-o", out)
    assert first.exit_code == 0, first.output
    assert "wrote" in first.stderr and out.stat().st_mode & 0o777 == 0o600
    written = out.read_bytes()
    again = stats("--format", fmt, "-o", out, "--to", "2026-10-15")
    assert again.exit_code == 0, again.output
    assert out.read_bytes() != written  # the second run's figures, over another period


@pytest.mark.parametrize("fmt, theirs", [
    ("json", '{"from": "2026-01-01", "note": "the manager\'s own notes"}\n'),
    ("json", "[1, 2, 3]\n"),
    ("json", "not json at all\n"),
    ("csv", "group,first_core_group_on_time_met\nall,3\n"),  # the start of coreplan's header is not enough
    ("csv", "name,notes\nElla,seen\n"),
    ("html", "<!doctype html><html><head><title>Mine</title></head></html>\n"),
])
def test_a_file_someone_else_made_is_refused_without_force(tmp_path, fmt, theirs):
    out = tmp_path / f"figures.{fmt}"
    out.write_text(theirs, encoding="utf-8")
    result = stats("--format", fmt, "-o", out)
    assert result.exit_code == 2
    assert "exists and was not written by coreplan" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == theirs
    assert stats("--format", fmt, "-o", out, "--force").exit_code == 0
    assert out.read_text(encoding="utf-8") != theirs


def test_json_with_a_key_added_by_someone_is_theirs(tmp_path):
    out = tmp_path / "figures.json"
    assert stats("--format", "json", "-o", out).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["comment"] = "checked by the team manager"
    out.write_text(json.dumps(data), encoding="utf-8")
    assert stats("--format", "json", "-o", out).exit_code == 2


def test_the_table_with_o_is_refused_not_printed_instead(tmp_path):
    out = tmp_path / "figures.txt"
    result = stats("-o", out)
    assert result.exit_code == 2
    assert "-o writes the figures with --format json, csv or html" in result.stderr
    assert result.stdout == "" and not out.exists()
