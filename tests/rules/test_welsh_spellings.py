"""Welsh words that texts write in more than one way: an agent noun's plural in -wyr ('gweithiwr' /
'gweithwyr'), plurals made inside the word ('ysbyty' / 'ysbytai'), two words for one thing ('cymorth' /
'cefnogaeth', 'diogelu' / 'amddiffyn'), one word or two ('cam-drin' / 'camdrin' / 'camdriniaeth'), and a
glossary's 'a/neu' (issue 12). A phrase listed in one way is found written in the other."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon
from coreplan.rules.welsh_text import _spellings, lexicon_forms

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [words for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Bydd y gweithwyr allweddol yn cwrdd bob mis.", "gweithwyr allweddol"),  # listed 'gweithiwr allweddol'
    ("Siaradodd Dad â'r cyfreithwyr ar ddyletswydd.", "cyfreithwyr ar ddyletswydd"),
    ("Mae'r nyrsys seiciatrig cymunedol yn ymweld.", "nyrsys seiciatrig cymunedol"),
    ("Mae'r canolfannau cyswllt ar gau ddydd Sul.", "canolfannau cyswllt"),
    ("Mae hi wedi profi camdriniaeth economaidd.", "camdriniaeth economaidd"),  # listed 'cam-drin economaidd'
    ("Roedd camdrin emosiynol yn y tŷ.", "camdrin emosiynol"),
    ("Mae perygl o gam-fanteisio'n rhywiol ar blant.", "gam-fanteisio'n rhywiol ar blant"),
    ("Mae ganddi anawsterau ac anableddau dysgu.", "anawsterau ac anableddau dysgu"),  # listed with 'a/neu'
    ("Bydd eiriolwr trais yn y cartref annibynnol yn ffonio.", "eiriolwr trais yn y cartref annibynnol"),
    ("Mae'r teulu'n cael pecyn cefnogaeth.", "pecyn cefnogaeth"),  # listed 'pecyn cymorth'
    ("Siaradwch â'r arweinydd amddiffyn.", "arweinydd amddiffyn"),  # listed 'arweinydd diogelu'
])
def test_a_phrase_is_found_written_the_other_way(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    "Mae Mam yn rhoi cefnogaeth i'r plant yn y cartref bob dydd.",
    "Mae'r gweithwyr yn garedig ac mae'r ysbytai a'r canolfannau ar agor.",
    "Bydd Nain yn amddiffyn y plant ac yn rhoi cymorth gyda gwaith cartref.",
    "Mae'r cam-drin wedi stopio ac mae'r plant yn hapus a neu'n dawel.",
])
def test_the_words_on_their_own_stay_plain(text):
    assert found(text) == []


def test_an_agent_noun_in_iwr_has_its_plural_in_wyr():
    assert "gweithwyr" in lexicon_forms("gweithiwr") and "gweithiwr" in lexicon_forms("gweithwyr")


def test_each_way_of_writing_is_filed_and_a_phrase_without_one_is_left_alone():
    assert _spellings(("cam", "drin", "emosiynol")) == [
        ("cam", "drin", "emosiynol"), ("camdrin", "emosiynol"), ("camdriniaeth", "emosiynol")]
    assert ("anawsterau", "ac", "anableddau", "dysgu") in _spellings(("anawsterau", "a/neu", "anableddau", "dysgu"))
    assert _spellings(("gorchymyn", "gofal")) == [("gorchymyn", "gofal")]
