"""coreplan changes: real repositories with several commits, each with its author and date."""

from __future__ import annotations

import json
from datetime import date

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from coreplan.changes import compare
from coreplan.cli import app
from coreplan.load import load_case_text
from tests.gitrepo import GitRepo
from tests.helpers import BASE, merge

runner = CliRunner()
NOV_MEETING = BASE[BASE.index("  - date: 2026-11-19\n    type: core-group"):BASE.index("visits:")]
EARLY = BASE.replace(NOV_MEETING, "").replace("  - {date: 2026-11-05, child: ella, by: sian, alone: true, "
                                              "at_home: true}\n", "").replace(
    "  - {date: 2026-11-19, child: ella, by: sian, alone: true, at_home: true}\n", "")
WITH_VISIT = EARLY + "  - {date: 2026-11-05, child: ella, by: sian, alone: true, at_home: true}\n"
DONE = "        how_we_will_know: Ella's school register"
AFTER_MEETING = WITH_VISIT.replace("visits:", NOV_MEETING + "visits:").replace(
    DONE, "        done: 2026-11-18\n" + DONE)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", EARLY)
    repo.first = repo.commit("Plan after the first core group", "sian", "2026-10-29T17:00:00+00:00")
    repo.write("hughes/case.yaml", WITH_VISIT)
    repo.visit = repo.commit("Visit", "sian", "2026-11-05T12:00:00+00:00")
    repo.write("hughes/case.yaml", AFTER_MEETING)
    repo.meeting = repo.commit("Core group of 19 November", "tom", "2026-11-19T17:30:00+00:00")
    return repo


def changes(*args):
    result = runner.invoke(app, ["changes", *map(str, args)])
    return result


def test_a_commit_moving_a_rung_and_marking_an_action_done_lists_exactly_those_two(repo):
    result = changes(repo.root / "hughes", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {"commit": repo.meeting, "author": "Tom Jenkins", "date": "2026-11-19T17:30:00+00:00",
         "kind": "action-done", "before": None, "after": "2026-11-18",
         "what": "Carys: Keep a diary of what time she gets up and when Ella eats, and share it with Siân. "
                 "(goal 'Calm mornings')"},
        {"commit": repo.meeting, "author": "Tom Jenkins", "date": "2026-11-19T17:30:00+00:00",
         "kind": "ladder-moved", "what": "goal 'Calm mornings'", "before": 1, "after": 2},
    ]


def test_since_a_date_or_a_revision(repo):
    by_date = json.loads(changes(repo.root / "hughes/case.yaml", "--since", "2026-11-01", "--format",
                                 "json").stdout)
    assert [(c["commit"], c["kind"], c["author"]) for c in by_date] == [
        (repo.visit, "visit-recorded", "Siân Roberts"), (repo.meeting, "action-done", "Tom Jenkins"),
        (repo.meeting, "ladder-moved", "Tom Jenkins")]
    by_revision = json.loads(changes(repo.root / "hughes", "--since", repo.first, "--format", "json").stdout)
    assert by_revision == by_date
    assert json.loads(changes(repo.root / "hughes", "--since", "HEAD", "--format", "json").stdout) == []


def test_text_output_groups_changes_by_commit(repo):
    result = changes(repo.root / "hughes", "--since", "2026-11-01")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"Changes to {repo.root / 'hughes' / 'case.yaml'} since 1 Nov 2026:",
        "",
        f"5 Nov 2026, Siân Roberts (commit {repo.visit})",
        "  - Visit on 5 Nov 2026: Ella seen by Siân Roberts (alone, at home)",
        "",
        f"19 Nov 2026, Tom Jenkins (commit {repo.meeting})",
        "  - Action done on 18 Nov 2026: Carys: Keep a diary of what time she gets up and when Ella eats, "
        "and share it with Siân. (goal 'Calm mornings')",
        "  - Ladder: goal 'Calm mornings' moved from step 1 to step 2",
    ]


def test_a_renamed_case_file_is_followed(repo):
    repo.git("mv", "hughes", "hughes-family")
    text = AFTER_MEETING.replace("  - id: tom\n", "  - id: nia\n    name: Nia Evans\n    role: health visitor\n"
                                 "    contribution: Nia weighs Mali at clinic.\n  - id: tom\n")
    repo.write("hughes-family/case.yaml", text)
    moved = repo.commit("Rename and add the health visitor", "sian", "2026-11-20T09:00:00+00:00")
    found = json.loads(changes(repo.root / "hughes-family", "--since", repo.first, "--format", "json").stdout)
    assert [(c["commit"], c["kind"]) for c in found] == [
        (repo.visit, "visit-recorded"), (repo.meeting, "action-done"), (repo.meeting, "ladder-moved"),
        (moved, "joined-core-group")]


def test_saved_but_uncommitted_changes_are_listed_last(repo):
    repo.write("hughes/case.yaml", AFTER_MEETING.replace("by: 2026-12-18", "by: 2027-01-08"))
    found = json.loads(changes(repo.root / "hughes", "--format", "json").stdout)
    assert found[-1] == {"commit": "", "author": "(not committed)", "date": None, "kind": "action-redated",
                         "what": found[-1]["what"], "before": "2026-12-18", "after": "2027-01-08"}


def test_a_commit_that_does_not_read_is_skipped_with_a_warning(repo):
    repo.write("hughes/case.yaml", AFTER_MEETING + "visits: [\n")
    broken = repo.commit("Half-typed", "tom", "2026-11-20T10:00:00+00:00")
    repo.write("hughes/case.yaml", AFTER_MEETING.replace("ladder: {mornings: 2}", "ladder: {mornings: 3}"))
    fixed = repo.commit("Fixed", "tom", "2026-11-21T10:00:00+00:00")
    result = changes(repo.root / "hughes", "--since", "2026-11-20", "--format", "json")
    assert result.exit_code == 0
    assert [(c["commit"], c["kind"], c["before"], c["after"]) for c in json.loads(result.stdout)] == [
        (fixed, "ladder-moved", 2, 3)]
    assert f"commit {broken}: the case does not read cleanly there" in result.stderr


def test_markdown_shows_hostile_text_as_written(repo):
    hostile = "<script>alert(1)</script> *all* [link](http://x) `code` | pipe"
    repo.write("hughes/case.yaml", AFTER_MEETING.replace("title: Calm mornings", f"title: '{hostile}'").replace(
        "ladder: {mornings: 2}", "ladder: {mornings: 3}"))
    result = changes(repo.root / "hughes", "--format", "md")
    assert result.exit_code == 0
    tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "em_open", "code_inline", "table_open"}
    html = MarkdownIt("commonmark").render(result.stdout)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *all* [link](http://x) `code` | pipe" in html


def test_not_in_git_exits_2_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    result = changes(tmp_path / "case.yaml")
    assert result.exit_code == 2
    assert "is not in a git repository" in result.output and "Traceback" not in result.output


def test_a_case_never_committed_exits_2(repo):
    repo.write("evans/case.yaml", BASE)
    result = changes(repo.root / "evans")
    assert result.exit_code == 2 and "has no history in git yet" in result.output


@pytest.mark.parametrize("since", ["no-such-branch", "--all", "2026-02-30"])
def test_a_bad_since_exits_2(repo, since):
    result = changes(repo.root / "hughes", "--since", since)
    assert result.exit_code == 2 and "Traceback" not in result.output


# --- what counts as a change, version against version ------------------------------------------------

def case(text):
    loaded = load_case_text(text)
    assert loaded.case is not None, loaded.problems
    return loaded.case


def kinds(old, new):
    return [(c.kind, c.before, c.after) for c in compare(case(old), case(new))]


def test_nothing_changed():
    assert kinds(BASE, BASE) == []


def test_goals_added_and_removed():
    extra = BASE.replace("contact:", "  - id: school\n    title: School every day\n    concern: c\n    impact: "
                         "{ella: i}\n    outcome: o\n    ladder: [a, b, c]\n    good_enough: 2\n    actions:\n"
                         "      - {who: sian, what: Ring school weekly, by: 2026-12-01}\ncontact:")
    assert kinds(BASE, extra) == [("goal-added", None, None), ("action-added", None, date(2026, 12, 1))]
    assert kinds(extra, BASE) == [("goal-removed", None, None)]


def test_an_edited_action_is_the_same_action():
    edited = BASE.replace("Keep a diary of what time", "Keep a written diary of what time").replace(
        "by: 2026-12-18", "by: 2027-01-15")
    assert kinds(BASE, edited) == [("action-redated", date(2026, 12, 18), date(2027, 1, 15))]


def test_core_group_joining_and_leaving():
    out = BASE.replace("    relationship: mother\n", "    relationship: mother\n    in_core_group: false\n"
                       "    not_in_core_group_because: she asked to be seen on her own\n")
    assert kinds(BASE, out) == [("left-core-group", None, None)]
    assert kinds(out, BASE) == [("joined-core-group", None, None)]
    no_tom = merge("members:\n  - id: sian\n    name: Siân Roberts\n    role: social worker\n"
                   "    contribution: Siân co-ordinates.\n"
                   "meetings: []\n")
    assert ("left-core-group", None, None) in kinds(BASE, no_tom)


def test_assessments_commissioned_and_done():
    one = merge("assessments:\n  - {what: Parenting assessment, commissioned_by: sian, by: 2026-12-10}\n")
    done = one.replace("by: 2026-12-10}", "by: 2026-12-10, done: 2026-12-08}")
    found = [(c.kind, c.after) for c in compare(case(BASE), case(one))]
    assert [k for k, _ in found] == ["assessment-commissioned"]
    assert [(c.kind, str(c.after)) for c in compare(case(one), case(done))] == [("assessment-done", "2026-12-08")]


def test_ladder_views_each_move_on_their_own():
    views = BASE.replace("ladder: {mornings: 2}", "ladder: {mornings: {family: 3, practitioners: 2}}")
    found = [(str(c.what), c.before, c.after) for c in compare(case(BASE), case(views))]
    assert found == [("goal 'Calm mornings', family's view", 2, 3)]


def test_a_case_first_committed_inside_the_window_starts_there(tmp_path, monkeypatch):
    # the "Done when" of issue 14 as a new team meets it: the plan is first committed on the day of its last
    # meeting, then one commit moves a rung and marks an action done
    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", BASE.replace("ladder: {mornings: 2}", "ladder: {mornings: 1}"))
    first = repo.commit("Plan", "sian", "2026-11-19T10:00:00+00:00")
    repo.write("hughes/case.yaml", BASE.replace(DONE, "        done: 2026-11-18\n" + DONE))
    second = repo.commit("Rung and action", "tom", "2026-11-20T16:00:00+01:00")
    found = json.loads(changes(repo.root / "hughes", "--format", "json").stdout)
    assert [(c["commit"], c["author"], c["date"], c["kind"], c["before"], c["after"]) for c in found] == [
        (second, "Tom Jenkins", "2026-11-20T16:00:00+01:00", "action-done", None, "2026-11-18"),
        (second, "Tom Jenkins", "2026-11-20T16:00:00+01:00", "ladder-moved", 1, 2)]
    text = changes(repo.root / "hughes").stdout.splitlines()
    assert text[1:4] == ["", f"19 Nov 2026, Siân Roberts (commit {first})", "  - Case file first committed"]
    assert json.loads(changes(repo.root / "hughes", "--since", "2020-01-01", "--format", "json").stdout) == found
