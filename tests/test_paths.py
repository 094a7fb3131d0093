from coreplan.paths import templates_dir


def test_templates_are_found():
    assert (templates_dir() / "README.md").is_file()


def test_installed_package_finds_templates(tmp_path):
    """Run from an empty folder in isolated mode, so the installed coreplan is what is imported."""
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-I", "-c",
                           "from coreplan.paths import templates_dir; print(templates_dir())"],
                          capture_output=True, text=True, cwd=tmp_path, check=True)
    assert (Path(done.stdout.strip()) / "README.md").is_file()


def test_installed_package_ships_the_compiled_welsh_catalog(tmp_path):
    """In an installed wheel (as in CI) the build has compiled the .po; a checkout reads the .po instead."""
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    code = ("import coreplan, pathlib; from coreplan.i18n import translations; "
            "print(pathlib.Path(coreplan.__file__).parent); print(translations('cy').gettext('The core group'))")
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path,
                          check=True)
    package, welsh = done.stdout.splitlines()
    assert welsh == "Y grŵp craidd"
    if (Path(package).parent / "pyproject.toml").is_file():
        pytest.skip("coreplan is installed from this checkout (editable): no wheel build to check")
    assert (Path(package) / "locale" / "cy" / "LC_MESSAGES" / "coreplan.mo").is_file()
