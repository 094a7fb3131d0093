"""The README's two opening commands are the ones CI and newcomers run."""

import re

from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def opening_commands():
    return re.findall(r"```(?:sh|bash)\n(.*?)\n```", README, re.S)[:2]


def test_readme_opens_with_install_and_run_then_tests():
    install_and_run, tests = opening_commands()
    assert install_and_run.startswith("pip install . && coreplan check examples/")
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert opening_commands()[1] in ci.splitlines()


def test_readme_example_exists():
    install_and_run = opening_commands()[0]
    path = re.search(r"coreplan check (\S+)", install_and_run).group(1)
    assert (ROOT / path).is_file()
