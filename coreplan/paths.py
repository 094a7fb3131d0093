"""Where coreplan's shipped files are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).parent


def templates_dir() -> Path:
    """The built-in templates: inside the installed package, or templates/ beside it in a checkout.

    The wheel carries the top-level templates/ folder as coreplan/templates
    (pyproject.toml, force-include); an editable install or a plain checkout
    finds it one level up.
    """
    installed = PACKAGE / "templates"
    return installed if installed.is_dir() else PACKAGE.parent / "templates"


def data_dir() -> Path:
    return PACKAGE / "data"
