"""The pre-commit hook, run the way a team runs it: `pre-commit try-repo` in a repository of case folders.

The hook's repository is a copy of this checkout's package files in a temporary folder, committed
there, so the test never touches the project's own repository. pre-commit installs coreplan from it
into its own environment (this needs the package index, as CI has).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.gitrepo import GitRepo
from tests.helpers import ROOT, merge

PACKAGE_FILES = ("pyproject.toml", "README.md", "hatch_build.py", "babel.cfg", ".pre-commit-hooks.yaml",
                 "coreplan", "templates")
# a plan that has ended and has every action done: clean whatever today's date is
CLEAN = merge("deregistered: 2026-11-20\n").replace("by: 2026-12-18", "by: 2026-11-18\n        done: 2026-11-18")


def _pre_commit() -> list[str]:
    executable = Path(sys.executable).parent / "pre-commit"
    return [str(executable)] if executable.exists() else [sys.executable, "-m", "pre_commit"]


def test_hook_stops_a_commit_of_a_broken_case_and_passes_a_clean_one(tmp_path, monkeypatch):
    hooks = GitRepo(tmp_path / "coreplan", monkeypatch)
    for name in PACKAGE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, hooks.root / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo"))
        else:
            shutil.copy2(source, hooks.root / name)
    hooks.commit("coreplan", "sian", "2026-11-01T09:00:00+00:00")

    cases = GitRepo(tmp_path / "cases", monkeypatch)
    cases.write("hughes/case.yaml", CLEAN)
    cases.write("evans/case.yaml", CLEAN.replace("reference:", "reference: one\nreference:"))
    cases.write("notes.yaml", "not: [a case")  # not a case.yaml: the hook leaves it alone
    cases.git("add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"), "NO_COLOR": "1"}

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([*_pre_commit(), "try-repo", str(hooks.root), "coreplan-check", "--files", *files],
                              cwd=cases.root, env=env, capture_output=True, text=True, timeout=600)

    passed = try_repo("hughes/case.yaml", "notes.yaml")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "coreplan check" in passed.stdout and "Passed" in passed.stdout

    failed = try_repo("hughes/case.yaml", "evans/case.yaml")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "evans/case.yaml:4:1  error  duplicate-key" in failed.stdout
    assert "hughes" not in failed.stdout.split("Failed", 1)[1]  # only the broken case is reported

