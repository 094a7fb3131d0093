"""A case file's history, read from git: which commits changed it, by whom, when, and its text in each.

git itself is run as a subprocess rather than a library (dulwich, pygit2):
measured on a 40-commit case, `git log --follow` plus one `git cat-file
--batch` took ~14 ms and cost no import time, against ~75 ms with dulwich (37
ms of it importing dulwich) without following renames, which git does for us.
Every case folder that has a history is already in git, so git is there.

Nothing here writes to the repository: only log, rev-parse, rev-list and
cat-file are run. Git's own configuration cannot change the output format
(explicit --format, -z, no pager, no colour).
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coreplan.errors import UsageError
from coreplan.messages import msg
from coreplan.visible import clean

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class Revision:
    """One commit that changed the case file."""

    commit: str
    author: str
    when: datetime  # the author date, in the author's time zone
    path: str  # the case file's path in this commit, relative to the repository's root (renames followed)

    @property
    def short(self) -> str:
        return self.commit[:7]


@dataclass
class History:
    root: Path  # the repository's working tree
    path: str  # the case file now, relative to root
    revisions: list[Revision]  # oldest first


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, LC_ALL="C", GIT_PAGER="cat", GIT_TERMINAL_PROMPT="0")
    try:
        return subprocess.run(["git", "-c", "color.ui=false", "-c", "log.showSignature=false", *args],
                              cwd=cwd, input=stdin, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise UsageError(msg("git is not installed: coreplan reads a case's history with git")) from None


def case_history(case_file: Path) -> History:
    """Every commit that changed case_file, following renames. Raises UsageError when there is none."""
    folder = case_file.parent
    if not folder.is_dir():
        raise UsageError(msg("no such folder: check the path"), file=str(case_file))
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top.returncode != 0:
        if b"dubious ownership" in top.stderr:
            raise UsageError(msg("is in a git repository that belongs to another user, so git will not read it: "
                                 "run coreplan as that user, or see 'git config --global --add safe.directory'"),
                             file=str(case_file))
        raise UsageError(msg("is not in a git repository, so it has no history to compare: keep case folders in "
                             "a git repository and commit after each change"), file=str(case_file))
    root = Path(top.stdout.decode("utf-8", "surrogateescape").strip())
    relative = case_file.resolve().relative_to(root.resolve()).as_posix()
    # --first-parent: the plan's own line of history, each commit after its parent. Without it git lists a
    # merged branch's commits among these by date, so neighbours in the list are not commit and parent, and
    # comparing them lists changes nobody made (a branch's visit "recorded" again by the next commit); a
    # branch's work is then the merge's change, listed once, when it became part of the plan.
    log = _git(["log", "-z", "--follow", "--first-parent", "-M", "--name-status",
                "--format=%x1e%H%x1f%aN%x1f%aI",
                "--end-of-options", "HEAD", "--", relative], root)
    revisions: list[Revision] = []
    if log.returncode == 0:
        for chunk in log.stdout.decode("utf-8", "surrogateescape").split("\x1e")[1:]:
            header, _, files = chunk.partition("\0")
            commit, author, when = header.split("\x1f")
            fields = [f for f in files.lstrip("\n").split("\0") if f]
            if not fields or fields[0].startswith("D"):
                continue  # the file was deleted in this commit: nothing to read
            # an author's name is whatever the committer set: shown in changes, chronology and minutes, it
            # must not drive a terminal or turn a passage round any more than a case's own text may
            revisions.append(Revision(commit, clean(author), datetime.fromisoformat(when), fields[-1]))
    if not revisions:
        raise UsageError(msg("has no history in git yet: commit it, then changes are listed from that commit on"),
                         file=str(case_file))
    revisions.reverse()
    return History(root, relative, revisions)


def read_texts(history: History) -> dict[str, bytes | None]:
    """The case file's bytes in each revision (None where git has no such file), in one git process."""
    request = "".join(f"{r.commit}:{r.path}\n" for r in history.revisions).encode("utf-8", "surrogateescape")
    done = _git(["cat-file", "--batch"], history.root, request)
    out, texts, at = done.stdout, {}, 0
    for revision in history.revisions:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) == 3 and header[1] == b"blob":
            size = int(header[2])
            texts[revision.commit] = out[at:at + size]
            at += size + 1
        else:
            texts[revision.commit] = None
    return texts


def ancestors_of(history: History, revision: str) -> set[str]:
    """The commits reachable from revision (a branch, tag, hash, HEAD~3...)."""
    if revision.startswith("-"):
        raise UsageError(msg("--since '%(revision)s' is not a revision or a date (YYYY-MM-DD)", revision=revision))
    found = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], history.root)
    if found.returncode != 0:
        raise UsageError(msg("--since '%(revision)s' is neither a date (YYYY-MM-DD) nor a revision of this "
                             "repository (a commit, branch or tag)", revision=revision))
    listed = _git(["rev-list", found.stdout.decode().strip()], history.root)
    return set(listed.stdout.decode().split())


def is_date(text: str) -> bool:
    return bool(_DATE.match(text))


def on_or_after(revision: Revision, day: date) -> bool:
    return revision.when.date() >= day
