"""coreplan changes on a history that is not a straight line: work on a branch, merged back.

git log lists a merged branch's commits among the main line's by date, so two neighbours in that list are
not always a commit and its parent: comparing them lists changes that never happened (a visit "recorded"
again by whoever committed next)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from coreplan.cli import app
from tests.gitrepo import GitRepo
from tests.test_changes import AFTER_MEETING, EARLY, WITH_VISIT

runner = CliRunner()


def test_a_merged_branch_lists_each_change_once_in_the_commit_that_brought_it_into_the_plan(tmp_path, monkeypatch):
    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", EARLY)
    first = repo.commit("Plan after the first core group", "sian", "2026-10-29T17:00:00+00:00")
    repo.git("checkout", "-q", "-b", "visit")
    repo.write("hughes/case.yaml", WITH_VISIT)
    repo.commit("Visit, on a branch", "tom", "2026-11-05T12:00:00+00:00")
    repo.git("checkout", "-q", "main")
    repo.write("hughes/case.yaml", EARLY.replace("by: 2026-12-18", "by: 2027-01-08"))
    redated = repo.commit("Diary due later", "sian", "2026-11-06T12:00:00+00:00")
    repo.git("merge", "-q", "--no-ff", "--no-edit", "visit", env={
        "GIT_AUTHOR_NAME": "Siân Roberts", "GIT_AUTHOR_EMAIL": "sian@example.org", "GIT_COMMITTER_NAME": "Siân",
        "GIT_COMMITTER_EMAIL": "sian@example.org", "GIT_AUTHOR_DATE": "2026-11-07T12:00:00+00:00",
        "GIT_COMMITTER_DATE": "2026-11-07T12:00:00+00:00"})
    merged = repo.git("rev-parse", "--short=7", "HEAD").strip()
    repo.write("hughes/case.yaml", AFTER_MEETING.replace("by: 2026-12-18", "by: 2027-01-08"))
    meeting = repo.commit("Core group of 19 November", "tom", "2026-11-19T17:30:00+00:00")
    result = runner.invoke(app, ["changes", str(repo.root / "hughes"), "--since", first, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert [(c["commit"], c["kind"]) for c in json.loads(result.stdout)] == [
        (redated, "action-redated"), (merged, "visit-recorded"), (meeting, "action-done"),
        (meeting, "ladder-moved")]
