"""Real git repositories in a temporary folder, independent of the machine's git configuration."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

NAMES = {"sian": ("Siân Roberts", "sian@example.org"), "tom": ("Tom Jenkins", "tom@example.org")}


class GitRepo:
    """A repository whose commits have the author and date each test gives them."""

    def __init__(self, root: Path, monkeypatch) -> None:
        self.root = root
        home = root.parent / f"{root.name}-home"
        home.mkdir(parents=True, exist_ok=True)
        empty = home / "gitconfig"
        empty.write_text("", encoding="utf-8")
        # coreplan runs git too: neither it nor the test may read this machine's git configuration
        for name, value in {"HOME": str(home), "GIT_CONFIG_GLOBAL": str(empty), "GIT_CONFIG_NOSYSTEM": "1",
                            "XDG_CONFIG_HOME": str(home)}.items():
            monkeypatch.setenv(name, value)
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, env: dict | None = None) -> str:
        done = subprocess.run(["git", *args], cwd=self.root, capture_output=True, text=True,
                              env={**os.environ, **(env or {})})
        assert done.returncode == 0, done.stderr
        return done.stdout

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str, who: str, when: str) -> str:
        """Commit everything as who ('sian', 'tom') at when ('2026-11-19T16:30:00+00:00')."""
        name, email = NAMES[who]
        env = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": when,
               "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": when}
        self.git("add", "-A")
        self.git("commit", "-q", "--no-gpg-sign", "-m", message, env=env)
        return self.git("rev-parse", "--short=7", "HEAD").strip()
