"""The pre-commit hook, run the way a team runs it, in a repository of case folders.

Two tests. The first runs the hook exactly as `.pre-commit-hooks.yaml` defines it (its files pattern,
its entry) through `pre-commit run`, with the coreplan under test standing in for the environment
pre-commit would build: no network, a few seconds. The second is `pre-commit try-repo`, which builds
that environment from a copy of this checkout and so downloads coreplan's dependencies from the
package index: it takes minutes, so it runs under CI (CI=true, which has the index) or when
COREPLAN_INSTALL_TESTS=1 asks for it, and is skipped with that reason elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.gitrepo import GitRepo
from tests.helpers import ROOT, merge

PACKAGE_FILES = ("pyproject.toml", "README.md", "hatch_build.py", "babel.cfg", ".pre-commit-hooks.yaml",
                 "coreplan", "templates")
# a plan that has ended and has every action done: clean whatever today's date is
CLEAN = merge("deregistered: 2026-11-20\n").replace("by: 2026-12-18", "by: 2026-11-18\n        done: 2026-11-18")


def _pre_commit() -> list[str]:
    executable = Path(sys.executable).parent / "pre-commit"
    return [str(executable)] if executable.exists() else [sys.executable, "-m", "pre_commit"]


def _cases(tmp_path, monkeypatch) -> GitRepo:
    cases = GitRepo(tmp_path / "cases", monkeypatch)
    cases.write("hughes/case.yaml", CLEAN)
    cases.write("evans/case.yaml", CLEAN.replace("reference:", "reference: one\nreference:"))
    cases.write("notes.yaml", "not: [a case")  # not a case.yaml: the hook leaves it alone
    return cases


def _assert_hook_results(passed: subprocess.CompletedProcess, failed: subprocess.CompletedProcess) -> None:
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "coreplan check" in passed.stdout and "Passed" in passed.stdout
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "evans/case.yaml:4:1  error  duplicate-key" in failed.stdout
    assert "hughes" not in failed.stdout.split("Failed", 1)[1]  # only the broken case is reported


def test_hook_as_defined_stops_a_broken_case_and_passes_a_clean_one(tmp_path, monkeypatch):
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    assert hook["id"] == "coreplan-check" and hook["language"] == "python"
    # the same hook, but run with the coreplan under test instead of an environment pre-commit builds
    local = {**hook, "language": "system", "entry": hook["entry"].replace("coreplan", f"{sys.executable} -m coreplan", 1)}
    cases = _cases(tmp_path, monkeypatch)
    cases.write(".pre-commit-config.yaml", yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    cases.git("add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"), "NO_COLOR": "1"}

    def run(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([*_pre_commit(), "run", "coreplan-check", "--files", *files],
                              cwd=cases.root, env=env, capture_output=True, text=True, timeout=120)

    _assert_hook_results(run("hughes/case.yaml", "notes.yaml"), run("hughes/case.yaml", "evans/case.yaml"))


@pytest.mark.skipif(os.environ.get("CI") != "true" and os.environ.get("COREPLAN_INSTALL_TESTS") != "1",
                    reason="try-repo installs coreplan's dependencies from the package index (minutes): "
                           "runs under CI=true or with COREPLAN_INSTALL_TESTS=1")
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

    cases = _cases(tmp_path, monkeypatch)
    cases.git("add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"), "NO_COLOR": "1"}

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run([*_pre_commit(), "try-repo", str(hooks.root), "coreplan-check", "--files", *files],
                              cwd=cases.root, env=env, capture_output=True, text=True, timeout=600)

    _assert_hook_results(try_repo("hughes/case.yaml", "notes.yaml"), try_repo("hughes/case.yaml", "evans/case.yaml"))

