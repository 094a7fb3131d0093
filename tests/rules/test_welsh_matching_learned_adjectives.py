"""Welsh matching that reaches terms nobody listed (session 27): a harm, abuse, neglect or behaviour named by a
learned adjective ('cam-drin ysbrydol', 'esgeulustod emosiynol'), a family named by birth ('teuluoedd biolegol'),
a part or a category of a law by its number ('Rhan 6', 'categori 2'), a possessive pronoun inside a phrase
('diwallu eu hanghenion'), and a manager, a chair, evidence and a factor named by a service word. Each with
everyday Welsh around the same words, the good Welsh example's among it, that must stay silent."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def welsh(text, lexicon=LEXICON):
    return [use.written for use in jargon_uses(text, lexicon, known_words=None)]


def unlisted(text, term):
    """text read with the lexicon's own entries for term taken away: what the matcher finds of a term nobody
    listed (as tools/measure_unlisted.py reads a glossary's term)."""
    own = sorted({use.phrase for use in jargon_uses(term, LEXICON, known_words=None) if use.phrase})
    return welsh(text, load_lexicon({}, {"ignore_terms": own}, {}) if own else LEXICON)


@pytest.mark.parametrize("text, term", [
    ("Roedd cam-drin ysbrydol yn y cartref.", "cam-drin ysbrydol"),
    ("Mae pryder am gam-drin economaidd gan y partner.", "gam-drin economaidd"),
    ("Mae'r adroddiad yn sôn am gamdriniaeth ariannol.", "gamdriniaeth ariannol"),
    ("Roedd esgeulustod emosiynol am flynyddoedd.", "esgeulustod emosiynol"),
    ("Mae risg o niwed seicolegol i'r plant.", "niwed seicolegol"),
    ("Mae'r tad yn dangos ymddygiad gorfodaethol.", "ymddygiad gorfodaethol"),
    ("Roedd cam-drin perthnasol i waddol yn y teulu.", "cam-drin perthnasol"),
    ("Bydd y plant yn cadw mewn cysylltiad â'u teuluoedd biolegol.", "teuluoedd biolegol"),
    ("Mae ei fam fiolegol yn byw yn Abertawe.", "fam fiolegol"),
    ("Mae'r teulu geni yn gwybod am y cynllun.", "teulu geni"),
])
def test_a_kind_named_by_a_learned_adjective_or_by_birth_is_found_unlisted(text, term):
    assert term in unlisted(text, term)


@pytest.mark.parametrize("text", [
    "Mae cam-drin rhywiol yn drosedd.",  # everyday adjectives, as the lexicon's plain words use them
    "Cafodd y plentyn niwed difrifol.",
    "Mae ymddygiad da Dafydd yn yr ysgol yn plesio'r athrawes.",
    "Mae ymddygiad rhywiol y bachgen yn anarferol i'w oed.",
    "Roedd cam-drin blaenorol yn y berthynas.",
    "Mae'r heddlu'n ymchwilio i gam-drin plant yn yr ardal.",  # a noun after it
    "Does dim niwed i'r babi.",  # a small word after it
    "Cafodd ei gam-drin yn ysbrydol.",
    "Mae'r teulu estynedig yn dod draw bob Sul.",  # a family named by how it is, not by birth
    "Mae teulu cariadus gan Cai.",
    "Aeth hi at ei meddyg teulu ei hun ym mis Medi i ofyn am help.",  # the good Welsh example
    "Mae Lowri yn caru ei phlant ac mae'r plant yn gynnes ac yn agos ati.",
    "Mae'n dweud ei bod hi'n teimlo'n unig ers i Gareth symud allan.",
])
def test_the_same_heads_before_everyday_words_stay_silent(text):
    assert welsh(text) == []


def test_a_listed_word_named_by_a_kind_is_that_kind_and_a_listed_phrase_keeps_its_plain_words():
    assert welsh("Roedd esgeulustod emosiynol.") == ["esgeulustod emosiynol"]
    uses = jargon_uses("Mae cam-drin emosiynol yn y cartref.", LEXICON, known_words=None)
    assert [(use.written, use.phrase) for use in uses] == [("cam-drin emosiynol", "cam-drin emosiynol")]


@pytest.mark.parametrize("text, term, listed", [
    ("Mae Cai yn derbyn gofal dan Rhan 6 o'r Ddeddf.", "Rhan 6", "Rhan 6"),
    ("Mae'n berson ifanc categori 2.", "categori 2", "person ifanc categori 2"),
    ("Mae'r ddau yn bobl ifanc categori 3 ers y llynedd.", "categori 3", "person ifanc categori 3"),
])
def test_a_part_or_a_category_of_a_law_by_its_number(text, term, listed):
    assert term in unlisted(text, listed)


@pytest.mark.parametrize("text", [
    "Darllenwch rhan 2 o'r cynllun gyda Mam.",  # a part of the plan, a course, a form
    "Mae rhan 3 o'r cwrs ar ddydd Mawrth.",
    "Bydd Dafydd yn cymryd rhan 2 waith yr wythnos.",  # taking part
    "Nid oedd Gareth yn rhan o'r cynllun diwethaf yn 2025 am ei fod yn gweithio i ffwrdd.",  # the good example
    "Mae swper bob nos ysgol; mae Dafydd yn y gwely erbyn deg y rhan fwyaf o nosweithiau.",
    "Mae Lowri wedi pasio cwrs lefel 3 mewn gofal plant.",  # a level of a course is plain
])
def test_a_part_of_anything_else_or_taking_part_stays_silent(text):
    assert welsh(text) == []


@pytest.mark.parametrize("text, term", [
    ("Bydd y gofalwyr yn diwallu eu hanghenion.", "diwallu eu hanghenion"),
    ("Rydym ni'n diwallu dy anghenion.", "diwallu dy anghenion"),
    ("Bydd Mam yn diwallu ei hanghenion hi.", "diwallu ei hanghenion"),
])
def test_a_possessive_pronoun_inside_a_phrase_is_whoever_it_is_said_of(text, term):
    assert term in unlisted(text, term)


@pytest.mark.parametrize("text, term, listed", [
    ("Mae ffactor risg arall yn y tŷ.", "ffactor risg", "ffactor risg"),
    ("Bydd tystiolaeth arbenigol yn y llys.", "tystiolaeth arbenigol", "tystiolaeth arbenigol"),
    ("Bydd Cadeirydd y Gynhadledd yn anfon y cofnodion.", "Cadeirydd y Gynhadledd", "Cadeirydd y Gynhadledd"),
    ("Siaradwch â'r Rheolwr Materion Asesu Gofal.", "Rheolwr Materion Asesu", "Rheolwr Materion Asesu Gofal"),
])
def test_a_manager_a_chair_evidence_and_a_factor_named_by_a_service(text, term, listed):
    assert term in unlisted(text, listed)


@pytest.mark.parametrize("text", [
    "Mae rheolwr y siop yn garedig wrth Lowri.",
    "Mae'r heddlu wedi casglu tystiolaeth gan y cymdogion.",
    "Mae cysgu'n dda yn ffactor pwysig i Dafydd.",
    "Cadeirydd y clwb pêl-droed yw Gareth.",
])
def test_the_new_heads_in_everyday_use_stay_silent(text):
    assert welsh(text) == []


@pytest.mark.parametrize("text, term, listed", [
    ("Bydd yr Adolygiad Blynyddol ym mis Mai.", "Adolygiad Blynyddol", "Adolygiad Blynyddol"),
    ("Mae'r Gwarcheidwad Plant wedi siarad â Dafydd.", "Gwarcheidwad Plant", "Gwarcheidwad Plant"),
    ("Llofnododd Mam y Cytundeb Ysgrifenedig ddoe.", "Cytundeb Ysgrifenedig", "Cytundeb Ysgrifenedig"),
])
def test_a_welsh_name_opened_by_its_head_before_capitalised_words(text, term, listed):
    assert term in unlisted(text, listed)


@pytest.mark.parametrize("text", [
    "Mae Bwrdd Iechyd Betsi Cadwaladr yn talu am y bws.",  # names every family knows
    "Mae'r Awdurdod Lleol yn talu am y bws.",
    "Daeth Swyddog Heddlu i'r tŷ.",
    "Darllenodd Mam Gynllun Mali gyda Elen.",  # the plan's own things and places
    "Mae Tîm Iechyd y plant yn y Ganolfan.",
    "Bydd Cai yn mynd i'r Gwasanaeth Ieuenctid bob nos Iau.",
    "Mae Dafydd a Chai yn treulio pob dydd Sadwrn gyda Dad yn ei fflat.",  # the good Welsh example
])
def test_welsh_names_every_family_knows_and_the_plans_own_stay_silent(text):
    assert welsh(text) == []


@pytest.mark.parametrize("text, term, listed", [
    ("Mae gan Mali anghenion datblygiadol.", "anghenion datblygiadol", "anghenion datblygiadol"),
    ("Roedd Lowri yn glaf mewnol am wythnos.", "glaf mewnol", "claf mewnol"),
    ("Mae profiadau trawmatig wedi effeithio arno.", "profiadau trawmatig", "profiadau trawmatig"),
    ("Mae gennym gynlluniau wrth gefn.", "gynlluniau wrth gefn", "cynlluniau wrth gefn"),
    ("Bydd gofalwr wrth gefn ar gael.", "gofalwr wrth gefn", "gofalwr wrth gefn"),
    ("Mae gan Gareth gyfrifoldeb rhianta.", "gyfrifoldeb rhianta", "cyfrifoldeb rhianta"),
])
def test_needs_an_experience_a_patient_in_reserve_and_parenting(text, term, listed):
    assert term in unlisted(text, listed)


@pytest.mark.parametrize("text", [
    "Mae anghenion dyddiol Cai yn syml: bwyd, bath a gwely.",
    "Mae angen help ar Lowri yn y bore.",
    "Roedd yn brofiad gwerthfawr i Dafydd.",
    "Mae Mam yn cadw arian wrth gefn ar gyfer y bws.",  # no head before it
    "Mae'r claf yn y gwely.",
    "Mae Lowri yn mynd i'r grŵp rhianta bob dydd Iau.",  # the plain words stay plain
])
def test_needs_an_experience_and_reserve_in_everyday_use_stay_silent(text):
    assert welsh(text) == []


def names(text, lexicon=LEXICON):
    return [use.written for use in jargon_uses(text, lexicon, known_words=None) if use.unlisted_name]


@pytest.mark.parametrize("text, term, listed", [
    ("Mae Datrysiad Cymunedol yn bosib i Dafydd.", "Datrysiad Cymunedol", "Datrysiad Cymunedol"),
    ("Cafodd Lowri Dderbyn Gorfodol y llynedd.", "Dderbyn Gorfodol", "Derbyn Gorfodol"),
    ("Mae Gofal Cymdeithasol i Blant wedi ffonio.", "Gofal Cymdeithasol i Blant", "Gofal Cymdeithasol i Blant"),
    ("Mae Gofal Cymdeithasol Cymru yn arolygu'r cartref.", "Gofal Cymdeithasol Cymru", "Gofal Cymdeithasol Cymru"),
    ("Mae'r trefniant yn Faethu Preifat.", "Faethu Preifat", "Maethu Preifat"),
])
def test_a_welsh_name_in_capitals_with_a_learned_word_and_no_head(text, term, listed):
    assert term in unlisted(text, listed)


@pytest.mark.parametrize("text", [
    "Aeth Cai i Ysgol Gymunedol Penrhyn.",  # a place a family goes
    "Mae Canolfan Gymunedol y Rhyl ar agor.",
    "Mae Gwasanaethau Cymdeithasol yn dod draw.",  # a name every family knows
    "Bydd Mali Jones yn dod gyda Nia Roberts.",  # people's names
    "Mae Heddlu Gogledd Cymru wedi ffonio.",  # no learned word
    "Mae Lowri yn cael Credyd Cynhwysol a Thaliad Annibyniaeth Personol.",  # benefits, used by name
    "Mae Dafydd a Chai yn cael swper gyda Mam bob nos.",  # the good Welsh example
    "Mae Cai yn ei wely erbyn saith o'r gloch a Dafydd erbyn deg.",
    "Bydd y Gweithiwr Cymdeithasol yn ymweld ddydd Llun.",  # a role written in capitals, as plans often do
    "Bydd ei Weithiwr Cymdeithasol yn ffonio Mam.",
])
def test_welsh_places_people_and_everyday_names_in_capitals_stay_silent(text):
    assert names(text) == [] and welsh(text) == []
