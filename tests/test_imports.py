"""Start-up stays light: the CLI module must not import the heavy libraries."""

import subprocess
import sys


def test_cli_import_does_not_load_heavy_modules():
    code = ("import sys, coreplan.cli; "
            "print(sorted(m for m in ('jinja2', 'holidays', 'yaml', 'babel', 'icalendar', 'pydantic') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
