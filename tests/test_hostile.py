"""Hostile and careless input (issue 11): nothing runs, nothing is lost, nothing hangs.

Each test is one item of the issue, tried the way a hostile or careless user
would: a planted file, a crafted case, an odd output path. Every one must end
in a clear message naming the file, exit status 1 or 2, nothing written but
the -o file, nothing replaced that coreplan did not write, and no traceback.
"""

from __future__ import annotations

import os
import re
import stat
import threading

import pytest
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import BASE, ROOT, merge

runner = CliRunner()
TODAY = ["--today", "2026-11-23"]
GOOD = ROOT / "examples" / "good-plan" / "case.yaml"


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def team(tmp_path, templates: dict[str, str], config: str = "templates: ours\n"):
    """A team folder (a repository) with its own templates and one case in it."""
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "ours").mkdir(exist_ok=True)
    for name, text in templates.items():
        (tmp_path / "ours" / name).write_text(text, encoding="utf-8")
    (tmp_path / ".coreplan.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    return tmp_path


# --- 1. a team template cannot run code ------------------------------------------------------------------

@pytest.mark.parametrize("payload, says", [
    ("{{ cycler.__init__.__globals__.os.system('touch PWNED') }}", "not allowed in a template"),
    ("{{ lipsum.__globals__['os'].system('touch PWNED') }}", "not allowed in a template"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "not allowed in a template"),
    ("{{ v.case.children.append(1) }}", "not allowed in a template"),
    ("{{ 'x' * 1000000000 }}", "not allowed in a template"),
    ("{{ 10 ** 100000000 }}", "not allowed in a template"),
])
def test_a_team_template_runs_no_code(tmp_path, payload, says):
    folder = team(tmp_path, {"plan.md": f"first line\n{payload}\n"})
    result = invoke("render", folder, *TODAY)
    assert result.exit_code == 2
    assert re.search(r"ours/plan\.md:2: template error: " + re.escape(says), result.output), result.output
    assert not (folder / "PWNED").exists() and not (ROOT / "PWNED").exists()


def test_team_templates_that_use_the_documented_variables_keep_working(tmp_path):
    folder = team(tmp_path, {"plan.md": "{% for child in v.children %}{{ child.child.name }} ({{ child.age }})\n"
                                        "{% endfor %}{{ case.reference }} {{ 'due'|upper }}\n"})
    result = invoke("render", folder, *TODAY)
    assert result.exit_code == 0, result.output
    assert "DCBC-CP-2026-0001 DUE" in result.output


# --- 15. a template that raises is reported at its file and line -------------------------------------------

@pytest.mark.parametrize("template, line, says", [
    ("ok\nok\n{{ 1 / 0 }}\n", 3, "ZeroDivisionError"),
    ("{% macro loop() %}{{ loop() }}{% endmacro %}\n{{ loop() }}\n", 1, "calls itself without end"),
    ("{% include 'plan.md' %}\n", 1, "calls itself without end"),
    ("{{ '%d'|format(case.reference) }}\n", 1, "TypeError"),
])
def test_a_template_that_raises_is_reported_at_its_line(tmp_path, template, line, says):
    folder = team(tmp_path, {"plan.md": template})
    result = invoke("render", folder, *TODAY)
    assert result.exit_code == 2
    assert re.search(rf"ours/plan\.md:{line}: template error: .*{re.escape(says)}", result.output), result.output
