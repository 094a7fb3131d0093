"""The minutes with "Since the last meeting" (render --what minutes --changes) as readers meet them: opened in
Chromium, accessible (axe-core, WCAG 2.1 AA), silent, in both languages (the helpers and their skip-or-fail
rule are tests/test_browser_readers.py's)."""

from __future__ import annotations

from tests.test_browser_readers import OUTPUT, TODAY, axe_violations, browser, open_silently  # noqa: F401
from tests.test_changes import repo  # noqa: F401 (a fixture: three commits by Siân and Tom)


def test_bilingual_minutes_with_the_changes_are_accessible_and_silent(browser, repo):  # noqa: F811
    from coreplan.render_command import render_case

    out = OUTPUT / "minutes-changes-en-cy.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    render_case(repo.root / "hughes", "minutes", "html", TODAY, output=out, force=True, language="en+cy",
                with_changes=True)
    page, refused = open_silently(browser, out)
    try:
        page.screenshot(path=str(OUTPUT / "minutes-changes-en-cy.png"), full_page=True)
        assert refused == []
        sections = page.locator("section.since-last")
        assert sections.count() == 2
        assert sections.nth(0).locator("h2").inner_text() == "Ers y cyfarfod diwethaf"
        assert sections.nth(1).locator("h2").inner_text() == "Since the last meeting"
        assert "Visit on 5 November 2026: Ella seen by Siân Roberts (alone, at home)" in sections.nth(1).inner_text()
        # in the Welsh body, the English a practitioner wrote is marked as English
        assert sections.nth(0).locator('span[lang="en"]', has_text="Calm mornings").count() >= 1
        assert axe_violations(page) == []
    finally:
        page.close()
