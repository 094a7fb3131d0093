"""More Welsh heads of a service, and a service word a word or two after its head (issue 12).

The fifth blind Welsh round's dev part showed glossary terms the lexicon did not list whose shape it
already knew: an authority, body, adviser, worker, parent, home, list, tool, questionnaire or
framework named by a word of a service ('awdurdod rheoli', 'cynghorydd asiantaeth', 'rhieni
biolegol', 'offeryn asesu risg'), and a service word after another word that names the head with it
('Pwyllgorau Ardal Amddiffyn Plant', 'rhestr wirio risg'). The same heads named by anything else, or
followed by a small word, are plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_initials, find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def written(text, lexicon=LEXICON):
    return [words for words, _ in find_jargon(text, lexicon)]


@pytest.mark.parametrize(("text", "found"), [
    ("Yr awdurdod rheoli sy'n penderfynu.", "awdurdod rheoli"),
    ("Bydd y corff goruchwylio yn gwirio.", "corff goruchwylio"),
    ("Mae'r cynghorydd asiantaeth ar y panel.", "cynghorydd asiantaeth"),
    ("Bydd yr ymgynghorwyr annibynnol yn ffonio.", "ymgynghorwyr annibynnol"),  # a plural
    ("Mae'r gweithiwr allweddol yn ymweld.", "gweithiwr allweddol"),
    ("Bydd y rhieni biolegol yn cael llythyr.", "rhieni biolegol"),  # an irregular plural
    ("Mae'r cyngor yn rhiant corfforaethol iddi.", "rhiant corfforaethol"),
    ("Mae'r gwasanaethau generig yn helpu pawb.", "gwasanaethau generig"),
    ("Mae'r asiantaeth rheng flaen wedi ffonio.", "asiantaeth rheng flaen"),
    # the service word a word or two after the head
    ("Bydd y rhestr wirio risg yn barod.", "rhestr wirio risg"),
    ("Mae'r offeryn asesu risg yn hir.", "offeryn asesu risg"),
    ("Roedd y Pwyllgorau Ardal Amddiffyn Plant yn cwrdd.", "Pwyllgorau Ardal Amddiffyn Plant"),
    # (the whole name in capitals since session 27: welsh_text.NAME_FIRST_HEADS_CY)
    ("Mae Adolygiad Dynladdiad Domestig ar y gweill.", "Adolygiad Dynladdiad Domestig"),
])
def test_a_head_named_by_a_service_word_is_reported(text, found):
    assert found in written(text)


@pytest.mark.parametrize("text", [
    "Mae'r awdurdod lleol yn trwsio'r to.",
    "Mae'r cynghorydd sir yn dod i'r cyfarfod cymunedol.",
    "Mae'r gweithiwr ieuenctid yn dod i'r clwb bob nos Iau.",
    "Mae gweithiwr cymdeithasol Cadi yn galw ddydd Llun.",
    "Mae'r teulu cyfan yn mynd i'r traeth yn yr haf.",
    "Mae Taid yn byw yn y cartref gofal ar bwys y capel.",
    "Mae rhestr siopa ar yr oergell.",
    "Bydd y rhieni'n mynd i'r noson rieni yn yr ysgol.",
    "Roedd y cartref yn lân ac yn gynnes.",
    # a service word after a small word does not name the head
    "Mae gan y teulu gynllun i'r plant fynd i'r ysgol, ac i'r tad ddiogelu'r tŷ.",
    "Mae rhestr o bethau i'w gwneud ar gyfer y risg o dywydd oer.",
])
def test_the_same_heads_named_by_anything_else_are_plain(text):
    assert written(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Bydd yr Idva yn ffonio Mam ddydd Llun.", "Idva"),
    ("Cafodd yr achos ei drafod yn y Marac.", "Marac"),
    ("Mae Camhs wedi cynnig apwyntiad.", "Camhs"),
])
def test_listed_initials_written_as_a_word_are_found(text, found):
    assert [written for written, _ in find_initials(text, LEXICON, {})] == [found]


@pytest.mark.parametrize("text", [
    "Mae Dash y ci yn cysgu.",  # everyday words and names that are also listed initials
    "Aeth Adda i'r ysgol.",
    "Cadwch y pace yn araf.",
    "The independent domestic violence adviser (Idva) will ring.",  # spelled out beside it
])
def test_initials_as_a_word_are_plain_when_an_everyday_word_or_spelled_out(text):
    assert find_initials(text, LEXICON, {}) == []


def test_initials_as_a_word_are_reported_once_beside_their_capitals():
    assert find_initials("Mae'r IDVA yn ffonio; bydd yr Idva yn galw.", LEXICON, {}) == [
        ("IDVA", "independent domestic violence adviser")]


def test_a_team_that_allows_the_initials_allows_them_as_a_word():
    team = load_lexicon({}, {}, {"allowed": ["IDVA"]})
    assert find_initials("Bydd yr Idva yn ffonio.", team, {}) == []
