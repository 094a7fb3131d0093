"""Start-up stays light: each command imports only what it uses, because `coreplan check` runs on every save."""

import subprocess
import sys

import pytest

from tests.helpers import ROOT

GOOD = str(ROOT / "examples" / "good-plan" / "case.yaml")
HEAVY = ("jinja2", "holidays", "babel", "icalendar", "pydantic", "rich", "markdown_it", "weasyprint",
         "multiprocessing", "concurrent")


def _imported_by(*argv: str) -> list[str]:
    """The heavy top-level packages a whole `coreplan ...` run imports, its output sent to a pipe."""
    code = ("import sys\n"
            f"sys.argv = ['coreplan', *{list(argv)!r}]\n"
            "from coreplan.cli import main\n"
            "try:\n"
            "    main()\n"
            "except SystemExit:\n"
            "    pass\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    return eval(done.stderr.strip().splitlines()[-1])  # the list printed last


def test_cli_import_does_not_load_heavy_modules():
    code = ("import sys, coreplan.cli; "
            "print(sorted(m for m in ('jinja2', 'holidays', 'yaml', 'babel', 'icalendar', 'pydantic', 'rich') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("output_format", ["json", "github", "text"])
def test_checking_one_case_for_a_tool_imports_nothing_heavy(output_format):
    # no rich (text to a pipe is written plainly), no holidays (the bank holidays are shipped), no babel
    # (English), no process pool (one file)
    assert _imported_by("check", GOOD, "--today", "2026-11-23", "--format", output_format) == []


@pytest.mark.parametrize("output_format", ["json", "csv"])
def test_scheduling_one_case_for_a_tool_imports_nothing_heavy(output_format):
    assert _imported_by("schedule", GOOD, "--today", "2026-11-23", "--format", output_format) == []


def test_a_plain_check_as_the_coreplan_program_runs_it_does_not_import_typer():
    # typer and its click cost about as much as the check itself: coreplan.entry parses `check` alone
    code = ("import sys\n"
            f"sys.argv = ['coreplan', 'check', {GOOD!r}, '--today', '2026-11-23']\n"
            "from coreplan.entry import main\n"
            "try:\n"
            "    main()\n"
            "except SystemExit:\n"
            "    pass\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {{'typer', 'click', *{HEAVY!r}}}), "
            "file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip().splitlines()[-1] == "[]"
