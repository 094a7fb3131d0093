"""Build step: compile the translators' .po catalogs into the .mo files the wheel ships.

The .po files are the source of truth (a translator edits them; `pybabel update` keeps them in step with
coreplan/locale/coreplan.pot). Compiled .mo files are build output, never committed.
"""

from __future__ import annotations

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
