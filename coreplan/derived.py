"""Data worked out from coreplan's own shipped files, kept beside the bytecode so a check on every save
does not work it out again: the jargon lexicon's index, the rules' compiled patterns, the Welsh word lists'
alternations (Kept, below).

Building them costs more than the rest of a one-case check (reading the lexicon's YAML and indexing every
phrase's forms; compiling a few very large regular expressions), and it grows as the lexicon grows, while
reading a saved copy costs well under a millisecond. The copies are kept the way Python keeps bytecode:
in the package's own __pycache__ folder (or, with PYTHONPYCACHEPREFIX, in its mirror under that prefix,
where Python then keeps the bytecode), one file per thing and Python version, written only where Python
itself would write bytecode (not with PYTHONDONTWRITEBYTECODE or -B), never anywhere a case or a team
folder could put a file. Only coreplan's shipped data goes in them, never anything from a case or from a
team's .coreplan.yaml.

A copy carries a digest of everything it was worked out from (the files' bytes, the code that derived
it, the Python version), so a changed lexicon or a new Python makes it be worked out afresh; a missing,
unreadable, truncated or foreign file is the same as no file. Losing a copy only costs time. The digest of
a copy's source files is itself remembered by what the file system says of them (files_digest), as Python
trusts a source file's size and time to keep its bytecode, so a check does not hash them on every run.

A copy also carries a checksum (CRC-32) of its content: a file damaged on disk or cut short in a way marshal
still reads (a changed letter in a phrase, a changed byte in a template's bytecode or a pattern's code)
would otherwise change findings or documents without a word, or crash. It guards against accidents, not
against someone who can write into the package's folder (they could change its code as well). A copy is
checked the first time it is read, and again whenever the file system says it has changed since (a
`.checked` note beside it keeps what the file system said when it passed), as Python trusts bytecode
while its source keeps its size and time.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable


def _bytecode_folder() -> Path:
    """Where Python writes this package's bytecode: its __pycache__, or with PYTHONPYCACHEPREFIX (-X
    pycache_prefix) the mirror of the package's folder under that prefix, as importlib works it out."""
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.pycache_prefix is None:
        return Path(here) / "__pycache__"
    here = os.path.splitdrive(here)[1]  # as Python does, a Windows drive is left out of the mirror
    return Path(sys.pycache_prefix) / here.lstrip(os.sep + (os.altsep or ""))


FOLDER = _bytecode_folder()
# Copies made when the wheel was built (coreplan.shipped), read when no copy of its own is kept: an install
# whose package folder cannot be written, or PYTHONDONTWRITEBYTECODE. There is no such folder in a checkout.
SHIPPED = Path(__file__).with_name("kept")
_MAGIC = b"coreplan-derived-2\n"
_DIGEST_SIZE = 32
_CHECKSUM_SIZE = 4
# A copy smaller than this is checked on every read (a few microseconds); a larger one once while unchanged
_ALWAYS_CHECKED = 64 * 1024


def digest(parts: Iterable[bytes | str], python: bool = True) -> bytes:
    """A digest of the things a copy is worked out from (and the Python that reads it).

    python=False, for plain data that any Python works out the same way (the lexicon's index): instead of
    the Python version, the two things of it that such data depends on, the Unicode tables its str methods
    use and marshal's format, so that a copy shipped in the wheel (coreplan.shipped) serves every Python
    that has the same."""
    try:  # hashlib would load OpenSSL first (~3 ms), for a hash CPython has built in
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b

    if python:
        made_by = sys.version
    else:
        import unicodedata

        made_by = f"marshal {marshal.version}, Unicode {unicodedata.unidata_version}"
    hasher = blake2b(digest_size=_DIGEST_SIZE)
    for part in (made_by, *parts):
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.digest()


def files_digest(name: str, paths: Iterable[str | Path], python: bool = True) -> bytes:
    """digest() of the files' bytes, remembered between runs under `name` by what the file system says of
    each file (its size, its modification and change times to the nanosecond, its inode), as Python trusts a
    source file's size and time to keep its bytecode: hashing a megabyte of lexicon on every check would cost
    more than a tenth of what a check adds to loading the case. A file changed in any way the file system
    records is hashed afresh. Raises OSError if a file cannot be read, as reading it would."""
    paths = [Path(path) for path in paths]
    by_stat = digest((str(path).encode("utf-8") + b"\0" + _stamp(path.stat()) for path in paths), python)
    remembered = read(path_for(name), by_stat)
    if isinstance(remembered, bytes) and len(remembered) == _DIGEST_SIZE:
        return remembered
    found = digest((path.read_bytes() for path in paths), python)
    if may_keep():
        save(name, by_stat, found)
    return found


def path_for(name: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"{name}.{sys.implementation.cache_tag}.marshal"


def load(name: str, key: bytes, folder: Path | None = None) -> Any:
    """The saved copy made from exactly `key` (else, with no folder given, the copy shipped in the wheel made
    from exactly `key`), or None."""
    value = read(path_for(name, folder), key)
    if value is None and folder is None:
        value = read(shipped_path(name), key)
    return value


def shipped_path(name: str, folder: Path | None = None) -> Path:
    return (folder or SHIPPED) / f"{name}.marshal"


def read(path: Path, key: bytes) -> Any:
    """The copy in the file at path if it was made from exactly `key`, or None."""
    try:
        with open(path, "rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            data = handle.read()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST_SIZE
    if data[:len(_MAGIC)] != _MAGIC or data[len(_MAGIC):head] != key:
        return None
    content = memoryview(data)[head + _CHECKSUM_SIZE:]  # not a copy: the lexicon's is megabytes, read every run
    small = len(content) < _ALWAYS_CHECKED  # quicker to check than to read a note that it was checked
    if small or not _checked_before(path, stamp):
        if data[head:head + _CHECKSUM_SIZE] != _checksum(content):
            return None
        if not small:
            _remember_checked(path, stamp)
    import gc

    # a copy is thousands of lists, tuples and sets, kept for the rest of the run: the collector would look
    # through them again and again as they are made, and find none to free
    collecting = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(content)
    except (EOFError, ValueError, TypeError):
        return None
    finally:
        if collecting:
            gc.enable()


def may_keep(folder: Path | None = None) -> bool:
    """Whether save() may keep a copy (it can still fail): asked before working out what only a copy needs."""
    if sys.dont_write_bytecode:
        return False
    folder = folder or FOLDER
    return os.access(folder if folder.is_dir() else folder.parent, os.W_OK)


def save(name: str, key: bytes, value: Any, folder: Path | None = None) -> None:
    """Keep a copy, if Python would keep bytecode here; otherwise (or on any error) do nothing."""
    if sys.dont_write_bytecode:
        return
    folder = folder or FOLDER
    try:
        content = marshal.dumps(value)
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError):  # a read-only install; a value marshal cannot keep (a programming error)
        return
    _write_whole(path_for(name, folder), _MAGIC + key + _checksum(content) + content)


def _write_whole(path: Path, content: bytes) -> None:
    """Write content to path so that a reader sees the old file or the new, never half; on any error, nothing."""
    import tempfile  # only when a file is written: ~4 ms of imports

    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        # readable by whoever may read the package's code, as Python makes bytecode files
        os.chmod(temporary, os.stat(__file__).st_mode & 0o666)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def ship(name: str, key: bytes, value: Any, folder: Path) -> Path:
    """Write a copy for the wheel into folder (coreplan.shipped, when the wheel is built); its path."""
    content = marshal.dumps(value)
    path = shipped_path(name, folder)
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_MAGIC + key + _checksum(content) + content)
    return path


def _stamp(stat: os.stat_result) -> bytes:
    """What the file system says of a file that changes whenever the file does: its size, its modification
    and change times to the nanosecond (a change time no program can set back), its inode and device."""
    return f"{stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns} {stat.st_ino} {stat.st_dev}".encode("ascii")


def _checked_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _checked_before(path: Path, stamp: bytes) -> bool:
    """Whether the copy at path passed its checksum when the file system said of it what it says now. The
    checksum of the lexicon's and the patterns' copies (megabytes) cost a one-case check about 3% of its
    time on every run; a copy is checked again whenever it changes in any way the file system records, as
    Python trusts bytecode while its source keeps its size and time."""
    try:
        return _checked_path(path).read_bytes() == stamp
    except OSError:
        return False


def _remember_checked(path: Path, stamp: bytes) -> None:
    """Note that the copy at path passed its checksum, where a copy could be kept (else it is checked on every
    read, as before)."""
    if may_keep(path.parent):
        _write_whole(_checked_path(path), stamp)


def _checksum(content: bytes) -> bytes:
    from zlib import crc32  # ~0.2 ms for the largest copy; a cryptographic digest costs five times that

    return crc32(content).to_bytes(_CHECKSUM_SIZE, "little")


def cached(name: str, key: bytes, build: Callable[[], Any], folder: Path | None = None) -> Any:
    """build(), or the copy saved from an earlier build(). The value must be plain data (str, int,
    bool, None, bytes, tuple, list, dict, set and frozenset of these)."""
    value = load(name, key, folder)
    if value is None:
        value = build()
        save(name, key, value, folder)
    return value


class Kept:
    """Values worked out from coreplan's own source files and kept between runs, one kept copy for all of them:
    read when first asked for, written again whenever a value had to be worked out (in the first run only).

    sources: the files the values are worked out from (the module that works them out and what it uses), so
    that a change to any of them makes every value be worked out afresh. Plain data only (see cached)."""

    def __init__(self, name: str, sources: Iterable[str | Path]) -> None:
        self.name, self.sources = name, tuple(sources)
        self.key: bytes | None = None  # None: nothing is kept (no sources to tell a stale copy by, or no folder)
        self.values: dict | None = None

    def get(self, what: Any, work_out: Callable[[], Any]) -> Any:
        """The value kept for `what` (plain data naming it), else work_out() kept for the next run."""
        if self.values is None:
            self._read()
        value = self.values.get(what)  # type: ignore[union-attr]
        if value is None:
            value = self.values[what] = work_out()  # type: ignore[index]
            if self.key is not None:
                save(self.name, self.key, self.values)
        return value

    def sources_digest(self) -> bytes:
        """The digest a copy of these values carries (OSError: a source is missing)."""
        return files_digest(f"{self.name}-sources", self.sources, python=False)

    def _read(self) -> None:
        self.values = {}
        try:
            self.key = self.sources_digest()
        except OSError:  # no source beside the bytecode: nothing to tell a stale copy by, so nothing is kept
            return
        kept = load(self.name, self.key)
        if isinstance(kept, dict):
            self.values = kept
        if not may_keep():  # a read-only install: nothing to try writing after each value worked out
            self.key = None
