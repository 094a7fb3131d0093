"""find_config over a whole team's folder asks the file system about the folders above the cases once
(coreplan.config.FolderLookups): its answers must be the ones asking afresh gives, symbolic links included."""

from __future__ import annotations

import os
from pathlib import Path

from coreplan.config import FolderLookups, find_config, search_folders


def _tree(tmp_path: Path) -> list[Path]:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / ".coreplan.yaml").write_text("rules: {}\n", encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / "repo" / "team" / name).mkdir(parents=True)
    (tmp_path / "elsewhere" / "c").mkdir(parents=True)
    (tmp_path / "elsewhere" / "c" / ".coreplan.yaml").write_text("rules: {}\n", encoding="utf-8")
    os.symlink(tmp_path / "elsewhere" / "c", tmp_path / "repo" / "team" / "linked")  # a case folder that is a link
    os.symlink(tmp_path / "repo" / "team", tmp_path / "team-link")  # a link above the case folders
    return [tmp_path / "repo" / "team" / "a", tmp_path / "repo" / "team" / "b", tmp_path / "repo" / "team" / "linked",
            tmp_path / "team-link" / "a", tmp_path / "team-link" / "linked", tmp_path / "repo" / "team" / "missing",
            tmp_path / "repo" / "team" / "a" / "..", tmp_path / "elsewhere" / "c", tmp_path]


def test_kept_answers_are_the_answers_asked_afresh(tmp_path, monkeypatch):
    folders = _tree(tmp_path)
    monkeypatch.chdir(tmp_path / "repo")
    folders += [Path("team") / "a", Path("team"), Path(".")]
    lookups = FolderLookups()
    for _ in range(2):  # the second time from what was kept
        for folder in folders:
            assert lookups.resolve(folder) == folder.resolve()
            assert search_folders(folder, lookups) == search_folders(folder)
            assert find_config(folder, lookups) == find_config(folder)


def test_a_case_folders_own_configuration_is_never_taken_from_what_was_kept(tmp_path):
    folders = _tree(tmp_path)
    lookups = FolderLookups()
    assert find_config(folders[0], lookups) == (tmp_path / "repo" / ".coreplan.yaml").resolve()
    (folders[0] / ".coreplan.yaml").write_text("rules: {}\n", encoding="utf-8")
    assert find_config(folders[0], lookups) == folders[0].resolve() / ".coreplan.yaml"
