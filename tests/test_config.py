"""Team configuration and inline suppression."""

from __future__ import annotations

import pytest

from coreplan.config import find_config, load_settings
from coreplan.errors import ConfigError
from coreplan.rules import all_rules
from tests.helpers import BASE, found, merge, run

RULES = all_rules()


def settings_from(tmp_path, text):
    path = tmp_path / ".coreplan.yaml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, RULES)


def test_config_is_found_from_the_case_folder_upwards(tmp_path):
    (tmp_path / ".coreplan.yaml").write_text("rules: {}\n")
    (tmp_path / ".git").mkdir()  # up to the repository root (tests/test_hostile.py: and no further)
    deep = tmp_path / "team" / "case-1"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / ".coreplan.yaml").resolve()


def test_switch_off_and_relevel(tmp_path):
    settings = settings_from(tmp_path, "rules:\n  unknown-field: off\n  unknown-id: warning\n")
    assert settings.rules["unknown-field"].level is None
    assert settings.rules["unknown-id"].level == "warning"
    text = merge("colour: blue\ncoordinator: nobody\n")
    assert found(text, settings=settings) == [("unknown-id", text.splitlines().index("coordinator: nobody") + 1)]
    [finding] = run(text, settings=settings)
    assert finding.level == "warning"


@pytest.mark.parametrize("text, line, column, says", [
    ("rules:\n  jargn: off\n", 2, 3, "there is no rule 'jargn'"),
    ("rules:\n  unknown-id: loud\n", 2, 15, "not a level"),
    ("rules:\n  unknown-id:\n    limit: 3\n", 3, 5, "has no option 'limit'"),
    ("rules:\n  invalid-value: off\n", 2, 18, "cannot be switched off"),
    ("rulez: {}\n", 1, 1, "did you mean 'rules'"),
    ("- rules\n", 1, 1, "set of 'key: value' lines"),
    ("rules:\n  a: 1\n  a: 2\n", 3, 3, "written twice"),
])
def test_bad_configuration_is_a_positioned_error(tmp_path, text, line, column, says):
    with pytest.raises(ConfigError) as raised:
        settings_from(tmp_path, text)
    error = raised.value
    assert (error.line, error.column) == (line, column)
    assert says in error.message


def test_empty_config_gives_defaults(tmp_path):
    settings = settings_from(tmp_path, "# nothing set yet\n")
    assert settings.rules["unknown-id"].level == "error"


JARGON = "contact: Siân will undertake a statutory visit every week."


def test_inline_suppression_on_the_line_of_the_finding():
    text = merge(f"{JARGON}  # coreplan: ignore[jargon]\n")
    assert found(text) == []
    other = merge(f"{JARGON}  # coreplan: ignore[long-sentence]\n")
    assert [rule for rule, _ in found(other)] == ["jargon", "jargon", "unused-suppression"]


def test_suppression_lists_several_rules():
    text = merge(f"{JARGON}  # coreplan: ignore[unexplained-initials, jargon]\n")
    assert [rule for rule, _ in found(text)] == ["unused-suppression"]  # nothing here for the initials rule
    text = merge(f"{JARGON} CAMHS  # coreplan: ignore[unexplained-initials, jargon]\n")
    assert found(text) == []


def test_base_case_is_clean():
    assert found(BASE) == []
