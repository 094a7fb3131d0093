"""Build step: compile the translators' .po catalogs into the .mo files the wheel ships, and make the kept
data every install reads (coreplan/shipped.py: the jargon lexicon's index and the word lists).

The .po files are the source of truth (a translator edits them; `pybabel update` keeps them in step with
coreplan/locale/coreplan.pot). Compiled .mo files and the kept data are build output, never committed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        locale_dir = Path(self.root) / "coreplan" / "locale"
        out_dir = Path(tempfile.mkdtemp(prefix="coreplan-catalogs-"))
        for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
            language = po.parent.parent.name
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=language)
            mo = out_dir / language / po.with_suffix(".mo").name
            mo.parent.mkdir(parents=True, exist_ok=True)
            with mo.open("wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            build_data["force_include"][str(mo)] = f"coreplan/locale/{language}/LC_MESSAGES/{mo.name}"
        if version != "editable":  # an editable install reads the checkout, and keeps its own copies there
            for path in _kept_copies(Path(self.root), out_dir / "kept"):
                build_data["force_include"][str(path)] = f"coreplan/kept/{path.name}"


def _kept_copies(root: Path, folder: Path) -> list[Path]:
    """The kept data, made by the coreplan being built (its source tree first on the path)."""
    sys.path.insert(0, str(root))
    writes_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # nothing written into the source tree
    try:
        from coreplan.shipped import write_copies

        return write_copies(folder)
    finally:
        sys.dont_write_bytecode = writes_bytecode
        sys.path.remove(str(root))
