"""coreplan render --what minutes --changes: "Since the last meeting", read from a real git history."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from coreplan.cli import app
from tests.helpers import BASE
from tests.test_changes import AFTER_MEETING, repo  # noqa: F401 (a fixture: three commits by Siân and Tom)

runner = CliRunner()
TODAY = ["--today", "2026-11-23"]


def minutes(folder, *args):
    result = runner.invoke(app, ["render", str(folder), "--what", "minutes", "--changes", *TODAY, *args])
    assert result.exit_code == 0, result.output
    return result


def section(md: str, heading: str) -> list[tuple[str, str]]:
    """(token type, text) of the Markdown between a level-2 heading and the next one, as a reader sees it."""
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    out, inside = [], False
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            inside = tokens[index + 1].content == heading
            continue
        if inside and token.type == "inline" and tokens[index - 1].type != "heading_open":
            kind = "bold" if [c.type for c in token.children if c.content or c.type != "text"][:1] == \
                ["strong_open"] else tokens[index - 1].type
            text = "".join(c.content for c in token.children if c.type == "text")
            out.append(("item" if tokens[index - 2].type == "list_item_open" else kind, text))
    return out


def test_minutes_list_what_changed_since_the_previous_meeting(repo):  # noqa: F811
    md = minutes(repo.root / "hughes").stdout
    assert section(md, "Since the last meeting") == [
        ("paragraph_open", "Changes to the plan since the previous meeting (29 October 2026), from its history in git:"),
        # the plan as committed on 29 October recorded that meeting: it is in that meeting's minutes
        ("bold", f"5 November 2026, Siân Roberts (commit {repo.visit})"),
        ("item", "Visit on 5 November 2026: Ella seen by Siân Roberts (alone, at home)"),
        ("bold", f"19 November 2026, Tom Jenkins (commit {repo.meeting})"),
        ("item", "Action done on 18 November 2026: Carys: Keep a diary of what time she gets up and when Ella eats, and "
                 "share it with Siân. (goal 'Calm mornings')"),
        ("item", "Ladder: goal 'Calm mornings' moved from step 1 to step 2"),
    ]
    # near the end: after the actions, before the next meetings
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headings[-2:] == ["Since the last meeting", "Next meetings"]


def test_the_minutes_of_an_earlier_meeting_stop_at_that_meeting(repo):  # noqa: F811
    md = minutes(repo.root / "hughes", "--meeting", "2026-10-29").stdout
    found = section(md, "Since the conference")
    assert found[0] == ("paragraph_open", "Changes to the plan since the conference (19 October 2026), from its "
                                          "history in git:")
    assert found[1:] == [("bold", f"29 October 2026, Siân Roberts (commit {repo.first})"),
                         ("item", "Case file first committed")]
    assert "Visit on" not in md and "Since the last meeting" not in md


FIRST_MEETING = BASE[BASE.index("  - date: 2026-10-29\n"):BASE.index("  - date: 2026-11-19\n    type: core-group")]
SECOND_MEETING = BASE[BASE.index("  - date: 2026-11-19\n    type: core-group"):BASE.index("visits:")]
LATE_VISIT = "  - {date: 2026-11-19, child: ella, by: sian, alone: true, at_home: true}\n"
OUTLINE = BASE.replace(FIRST_MEETING + SECOND_MEETING, "").replace("meetings:\n", "").replace(LATE_VISIT, "")


@pytest.fixture
def typed_up_late(tmp_path, monkeypatch):
    """Each meeting committed the day after it was held, with other work between them."""
    from tests.gitrepo import GitRepo

    repo = GitRepo(tmp_path / "late", monkeypatch)
    steps = [("2026-10-20", "sian", OUTLINE),  # after the conference, before the first core group
             ("2026-10-30", "tom", OUTLINE.replace("visits:", "meetings:\n" + FIRST_MEETING + "visits:")),
             ("2026-11-20", "sian", BASE)]  # the second meeting and its day's visit
    repo.commits = []
    for day, who, text in steps:
        repo.write("hughes/case.yaml", text)
        repo.commits.append(repo.commit(f"as of {day}", who, f"{day}T10:00:00+00:00"))
    return repo


def commits_in(md: str, heading: str) -> list[str]:
    return [re.search(r"commit (\w+)", text).group(1) for kind, text in section(md, heading) if kind == "bold"]


def test_a_meeting_typed_up_the_next_day_is_in_its_own_minutes_not_the_next(typed_up_late):
    outline, first, second = typed_up_late.commits
    folder = typed_up_late.root / "hughes"
    later = minutes(folder).stdout
    assert commits_in(later, "Since the last meeting") == [second]
    assert "moved from step 1 to step 2" in later and "moved from step" not in later.split(second)[0]
    earlier = minutes(folder, "--meeting", "2026-10-29").stdout
    assert commits_in(earlier, "Since the conference") == [outline, first]


def test_every_commit_is_in_exactly_one_meetings_minutes(repo, typed_up_late):  # noqa: F811
    for history, meetings in ((repo, ["2026-10-29", "2026-11-19"]), (typed_up_late, ["2026-10-29", "2026-11-19"])):
        listed = []
        for number, day in enumerate(meetings):
            md = minutes(history.root / "hughes", "--meeting", day).stdout
            listed += commits_in(md, "Since the conference" if number == 0 else "Since the last meeting")
        everything = history.git("log", "--format=%h", "--abbrev=7").split()
        assert sorted(listed) == sorted(everything)


def test_nothing_committed_in_the_window_says_so(tmp_path, monkeypatch):
    from tests.gitrepo import GitRepo

    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", BASE)  # both meetings written in before either (a plan typed up late)
    repo.commit("Plan", "sian", "2026-10-20T09:00:00+00:00")
    found = section(minutes(repo.root / "hughes").stdout, "Since the last meeting")
    assert found == [
        ("paragraph_open", "Changes to the plan since the previous meeting (29 October 2026), from its history in git:"),
        ("paragraph_open", "No change to the plan was committed in that time.")]


def test_a_history_that_starts_after_the_meeting_says_so_rather_than_no_change(tmp_path, monkeypatch):
    from tests.gitrepo import GitRepo

    repo = GitRepo(tmp_path / "team", monkeypatch)
    repo.write("hughes/case.yaml", BASE)  # the team began keeping its cases in git in December
    repo.commit("Plan", "sian", "2026-12-01T09:00:00+00:00")
    found = section(minutes(repo.root / "hughes").stdout, "Since the last meeting")
    assert found == [("paragraph_open", "The plan's history in git starts on 1 December 2026, after this meeting, "
                                        "so it cannot say what changed before it.")]


def test_welsh_minutes_say_it_in_welsh_and_mark_the_english_in_html(repo):  # noqa: F811
    md = minutes(repo.root / "hughes", "--lang", "cy").stdout
    found = section(md, "Ers y cyfarfod diwethaf")
    assert found[0] == ("paragraph_open", "Newidiadau i'r cynllun ers y cyfarfod blaenorol (29 Hydref 2026), o'i "
                                          "hanes yn git:")
    assert ("item", "Ymweliad ar 5 Tachwedd 2026: gwelwyd Ella gan Siân Roberts (heb riant na gofalwr yn "
                    "bresennol, gartref)") in found
    page = minutes(repo.root / "hughes", "--lang", "cy", "--format", "html").stdout
    assert ("<li>Ysgol: symudodd nod &#39;<span lang=\"en\">Calm mornings</span>&#39; o gam 1 i gam 2</li>"
            in page)


def test_not_in_git_the_minutes_render_without_the_section_and_warn(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "case.yaml").write_text(BASE, encoding="utf-8")
    result = minutes(tmp_path)
    assert "is not in a git repository" in result.stderr and "Since the last meeting" in result.stderr
    assert "Since the" not in result.stdout and "git" not in result.stdout
    plain = runner.invoke(app, ["render", str(tmp_path), "--what", "minutes", *TODAY])
    assert plain.stdout == result.stdout


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_hostile_text_in_the_section_shows_as_written(repo, fmt):  # noqa: F811
    hostile = "<script>alert(1)</script> *all* [link](http://x) `code` | pipe"
    repo.write("hughes/case.yaml", AFTER_MEETING.replace("title: Calm mornings", f"title: '{hostile}'").replace(
        "ladder: {mornings: 2}", "ladder: {mornings: 3}"))
    repo.commit("Retitled", "tom", "2026-11-19T18:00:00+00:00")
    out = minutes(repo.root / "hughes", "--format", fmt).stdout
    if fmt == "html":
        body = out[out.index("since-last"):]
        assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
        return
    tokens = MarkdownIt("commonmark").enable("table").parse(out)
    inline = {c.type for t in tokens for c in (t.children or [])}
    assert not inline & {"html_inline", "link_open", "em_open", "code_inline"}
    shown = MarkdownIt("commonmark").render(out[out.index("## Since the last meeting"):])
    assert "<li>Ladder: goal '&lt;script&gt;alert(1)&lt;/script&gt; *all* [link](http://x) `code` | pipe' moved " \
           "from step 2 to step 3</li>" in shown.replace("&#x27;", "'")


def test_redacted_minutes_name_nobody_in_the_section(repo):  # noqa: F811
    out = minutes(repo.root / "hughes", "--redact").stdout
    found = section(out, "Since the last meeting")
    assert found and not [t for _, t in found for name in ("Siân", "Tom", "Ella", "Carys", "Jenkins", "Roberts")
                          if name in t]
    assert ("item", "Visit on 5 November 2026: Child-A seen by Worker-A (alone, at home)") in found


def test_changes_with_another_document_is_refused(repo):  # noqa: F811
    result = runner.invoke(app, ["render", str(repo.root / "hughes"), "--changes", *TODAY])
    assert result.exit_code == 2 and "use it with --what minutes" in result.stderr and not result.stdout
