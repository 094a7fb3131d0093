"""Welsh terms of disability discrimination at school and of care by relatives (issue 12), from SNAP Cymru, the
Special Educational Needs Tribunal for Wales, Rhondda Cynon Taf and Cardiff: found in a plan's sentences, while
a child living with a relative, a short arrangement and a volunteer said in everyday words stay plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae Mam yn credu bod hyn yn wahaniaethu anuniongyrchol.", "wahaniaethu anuniongyrchol"),
    ("Bydd yr ysgol yn gwneud addasiad o fewn rheswm i Jac.", "addasiad o fewn rheswm"),
    ("Mae anabledd yn un o'r nodweddion gwarchodedig.", "nodweddion gwarchodedig"),
    ("Bydd y teulu'n cysylltu â'r Gwasanaeth Datrys Anghytundebau.", "gwasanaeth datrys anghytundebau"),
    ("Mae Mali'n byw gyda'i nain mewn trefniant gofal perthynas.", "gofal perthynas"),
    ("Bydd y plant yn aros gyda Nain o dan drefniant gwirfoddol.", "drefniant gwirfoddol"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Mae Jac yn byw gyda pherthynas ers mis.",
    "Bydd Nain yn gofalu am y plant fel trefniant dros dro.",
    "Mae Mam yn gweithio'n wirfoddol yn y siop elusen.",
    "Mae'r ysgol wedi trin Jac yn wahanol i'r plant eraill.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
