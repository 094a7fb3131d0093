"""The lexicons' YAML files list each key once.

PyYAML keeps the last of two equal keys without a word, so a phrase added twice (by two people reading
two glossaries that share a term) silently loses its first plain alternative. Phrases are also compared as
the lexicon matches them, in lower case ('Care Plan' and 'care plan' are one phrase); initials are not
('SALT' and 'SaLT' are two ways of writing them).
"""

from __future__ import annotations

import collections

import pytest
import yaml

from coreplan.paths import data_dir

FILES = ["jargon.yaml", "jargon_cy.yaml", "english_compounds.yaml"]


class _DuplicateKeyLoader(yaml.SafeLoader):
    pass


def _mapping_without_duplicates(loader, node, deep=False):
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"{key!r} on line {key_node.start_mark.line + 1} is listed before, "
                                 f"on line {seen[key]}")
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _read(name):
    return yaml.load((data_dir() / name).read_text(encoding="utf-8"), Loader=_DuplicateKeyLoader)  # noqa: S506


@pytest.mark.parametrize("name", FILES)
def test_each_key_is_listed_once(name):
    _read(name)


@pytest.mark.parametrize("name", ["jargon.yaml", "jargon_cy.yaml"])
def test_each_phrase_is_listed_once_whatever_its_capitals(name):
    phrases = _read(name)["phrases"]
    counts = collections.Counter(phrase.lower() for phrase in phrases)
    assert [phrase for phrase, n in counts.items() if n > 1] == []
