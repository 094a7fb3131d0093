"""Kept data made when the wheel is built, so that every install has it.

coreplan keeps what it works out from its own files beside its bytecode (coreplan.derived), but an install
whose package folder cannot be written (a system or container install, another user's), or a user with
PYTHONDONTWRITEBYTECODE, keeps nothing: every run would index the jargon lexicon afresh (about 0.25 s of
CPU time, more than a whole check) and read the word lists of the rarity signal from their text. So the wheel's build (hatch_build.py) writes the copies below into the
wheel's coreplan/kept/ folder, and coreplan.derived reads one there when it keeps no copy of its own.

Only data that is the same for every Python is shipped (plain data whose digest leaves the Python version
out, coreplan.derived.digest(python=False)); compiled patterns and templates depend on the Python that
runs them. A shipped copy carries the digest of the files it was made from like any kept copy, so a
changed lexicon is never read from a stale one.
"""

from __future__ import annotations

from pathlib import Path


def write_copies(folder: Path) -> list[Path]:
    """Write the shipped copies into folder; the files written."""
    from coreplan import derived
    from coreplan.rules import english_rarity, language

    copies = language.copies_to_ship() + english_rarity.copies_to_ship()
    return [derived.ship(name, key, value, folder) for name, key, value in copies]
