"""A Welsh plan, team, panel, officer or court is jargon when a word of a service names it (issue 12).

Welsh puts a noun's modifier after it, so the lexicon cannot list every 'cynllun ...' or 'tîm ...' a
service names; the words named in jargon_cy.yaml's `before_a_service_word` are reported with the service
word after them, listed or not, and are plain when anything else names them."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def written(text, lexicon=LEXICON):
    return [words for words, _ in find_jargon(text, lexicon)]


@pytest.mark.parametrize(("text", "found"), [
    ("Bydd y cynllun gweithredu yn barod ddydd Llun.", "cynllun gweithredu"),
    ("Mae'r tîm integredig yn ymweld bob wythnos.", "tîm integredig"),
    ("Bydd y swyddogion enwebedig yn penderfynu.", "swyddogion enwebedig"),  # a plural
    ("Aeth yr achos i'r llysoedd sifil.", "llysoedd sifil"),
    ("Mae'n byw yn un o'r cartrefi preswyl.", "cartrefi preswyl"),  # listed as it is
    ("Bydd y gwasanaethau plant arbenigol yn helpu.", "gwasanaethau plant arbenigol"),  # after who it serves
    ("Ysgrifennodd y TTI adroddiad cyn-dedfrydu.", "adroddiad cyn-dedfrydu"),  # a hyphenated 'pre-'
    ("Roedd ei gynllun gweithredu yn hir.", "gynllun gweithredu"),  # mutated
    ("Mae'r bwrdd partneriaeth yn cwrdd.", "bwrdd partneriaeth"),
])
def test_a_head_named_by_a_service_word_is_reported_with_it(text, found):
    assert found in written(text)


@pytest.mark.parametrize("text", [
    "Mae gan Mali gynllun bwyd ar yr oergell.",
    "Bydd y tîm pêl-droed yn chwarae ddydd Sadwrn.",
    "Bydd y Tîm Iechyd yn ffonio Mam.",
    "Mae cyfarfod ysgol ddydd Mawrth.",
    "Aeth Nain i gartref gofal y llynedd.",
    "Mae'r Ganolfan Deulu ar agor bob bore.",
    "Bydd y llys ieuenctid yn y dref.",
    "Mae'r gwasanaeth ieuenctid yn rhedeg clwb.",
    "Mae'r cynllun yn dda.",
    "Mae'r swyddog tai yn ffonio heddiw.",
])
def test_a_head_named_by_anything_else_is_plain(text):
    assert written(text) == []


def test_the_message_tells_what_to_write_instead_in_welsh():
    ((words, plain),) = find_jargon("Bydd y cynllun gweithredu yn barod.", LEXICON)
    assert words == "cynllun gweithredu" and plain.startswith("cynllun; dywedwch")


def test_a_team_may_ignore_a_head():
    team = load_lexicon({}, {"ignore_terms": ["cynllun"]}, {})
    assert written("Bydd y cynllun gweithredu yn barod.", team) == []
    assert written("Mae'r tîm integredig yn ymweld.", team) == ["tîm integredig"]


def test_a_glossary_entry_explains_a_headed_phrase():
    assert find_jargon("Bydd y cynllun gweithredu yn barod.", LEXICON, frozenset({"cynllun gweithredu"})) == []


def test_the_finding_holds_every_word_of_the_services_name():
    assert written("Mae'r gwasanaethau amddiffyn plant wedi bod yn rhan.") == ["gwasanaethau amddiffyn plant"]
    assert written("Bydd y tîm integredig rhanbarthol yn galw.") == ["tîm integredig rhanbarthol"]
    assert written("Bydd y cynllun gweithredu yn barod.") == ["cynllun gweithredu"]


@pytest.mark.parametrize(("text", "found"), [
    ("Bydd y tîm amenedigol yn ymweld ddydd Mawrth.", "tîm amenedigol"),
    ("Mae Cai ar restr aros y gwasanaeth niwroddatblygiadol.", "gwasanaeth niwroddatblygiadol"),
    ("Bydd swyddog cynhwysiant yr ysgol yn ffonio Mam.", "swyddog cynhwysiant"),
    ("Bydd y tîm ailalluogi yn helpu Nain gartref.", "tîm ailalluogi"),
])
def test_health_and_school_services_named_by_their_specialism(text, found):
    # perinatal, neurodevelopmental, inclusion and reablement teams: the name does not say what they do
    assert found in written(text)


def test_seiciatryddol_names_a_service_as_seiciatrig_does():
    # 'unedau seiciatryddol' (BBC Cymru Fyw on the Mental Health Act) is the ward 'uned seiciatrig' is
    found = [words for words, _ in find_jargon(
        "Doedd dim lle yn yr unedau seiciatryddol, felly arhosodd mewn cell.", LEXICON)]
    assert found == ["unedau seiciatryddol"]
    assert find_jargon("Mae'r uned yn yr ysgol yn dawel a'r tîm yn glên.", LEXICON) == []


def test_a_protocol_a_service_word_names_is_jargon():
    # Pembrokeshire's transition pages: 'protocol pontio amlasiantaethol'
    assert written("Mae'r protocol pontio yn dweud pwy sy'n gwneud beth.") == ["protocol pontio"]
    assert written("Roedd protocol y gêm yn glir i bawb.") == []
