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
