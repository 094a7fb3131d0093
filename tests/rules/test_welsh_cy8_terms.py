"""Welsh terms from housing, school exclusion, paying for care, youth justice, health, adult care and adoption
pages for families (issue 12, helper cy8: Tai Caerdydd, Swansea Council, SNAP Cymru, Citizens Advice, archived
Directgov, Estyn, Cyfraith Cymru, Gwynedd Council): found in a plan's sentences, in their mutated and plural forms,
while everyday Welsh about rent, school, the community, being sad or ill, and 'ar ôl 16 oed' stays plain."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[str]:
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Cafodd y teulu rybudd i ymadael gan y landlord.", "rybudd i ymadael"),
    ("Bydd y gwasanaeth dewisiadau tai yn helpu'r teulu.", "gwasanaeth dewisiadau tai"),
    ("Bydd Mam yn siarad â'r swyddog tenantiaeth.", "swyddog tenantiaeth"),
    ("Mae'r teulu ar y rhestr aros gyffredin.", "rhestr aros gyffredin"),
    ("Mae'r teulu'n chwilio am dai fforddiadwy yn y dref.", "dai fforddiadwy"),
    ("Bydd y teulu'n talu rhent cymdeithasol.", "rhent cymdeithasol"),
    ("Mae'r fflat ar rent canolradd.", "rent canolradd"),
    ("Mae'r rhenti arweiniol wedi codi eleni.", "rhenti arweiniol"),
    ("Roedd y landlord yn codi rhent y farchnad.", "rhent y farchnad"),
    ("Roedd Dad wedi torri amodau ei gontract.", "torri amodau"),
    ("Mae Osian mewn perygl o allgáu cymdeithasol.", "allgáu cymdeithasol"),
    ("Bydd SNAP Cymru yn helpu gyda'r apeliadau disgyblu.", "apeliadau disgyblu"),
    ("Roedd yr ysgol wedi anfon Cai adref: neilltuo anghyfreithlon oedd hyn.", "neilltuo anghyfreithlon"),
    ("Mae polisi ymddygiad yr ysgol wedi newid.", "polisi ymddygiad"),
    ("Bydd yr ysgol yn cael arolygiad craidd y tymor nesaf.", "arolygiad craidd"),
    ("Bydd Gwen yn mynd ymlaen i addysg ôl-16.", "addysg ôl-16"),
    ("Mae angen yswiriant atebolrwydd cyflogwr ar Mam.", "yswiriant atebolrwydd"),
    ("Bydd Taid yn cael gofal yn y gymuned.", "gofal yn y gymuned"),
    ("Does dim llawer o gyfalaf gan y teulu.", "gyfalaf"),
    ("Byddwn yn dilyn y weithdrefn sylwadau.", "weithdrefn sylwadau"),
    ("Mae'n fater o ddisgresiwn i'r cyngor.", "ddisgresiwn"),
    ("Cafodd ei ddyfarnu'n euog y llynedd.", "ddyfarnu'n euog"),
    ("Roedd yn fân drosedd.", "fân drosedd"),
    ("Mae Lowri mewn trallod emosiynol.", "trallod emosiynol"),
    ("Mae ei thad yn angheuol wael.", "angheuol wael"),
    ("Bydd y cyngor yn darparu cyfarpar yn y tŷ.", "cyfarpar"),
    ("Mae angen help ar Nain gyda hunanofal.", "hunanofal"),
    ("Bydd Taid yn cael gofal a chefnogaeth a reolir.", "gofal a chefnogaeth a reolir"),
    ("Mae ymglymiad y teulu yn bwysig.", "ymglymiad"),
])
def test_the_new_terms_are_found(text, words):
    assert words in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Bydd Mali yn mynd i'r coleg ar ôl 16 oed.",
    "Ar ôl 16 Mawrth bydd y gwyliau'n dechrau.",
    "Bydd addysg ar ôl 16 oed yn bwysig i Gwen.",
    "Mae'r rhent yn y farchnad wedi codi eleni.",
    "Mae'r tŷ yn fforddiadwy i ni nawr.",
    "Mae'r tai yn y pentref yn ddrud.",
    "Bydd Siôn yn torri'r glaswellt bob wythnos.",
    "Roedd amodau'r tywydd yn wael.",
    "Mae'r plant yn chwarae yn y gymuned bob nos.",
    "Bydd Dad yn siarad â'r athro am ymddygiad Osian.",
    "Mae gan Mam offer newydd yn y gegin.",
    "Mae Elin yn drist ar ôl colli ei chi.",
    "Mae'r babi'n sâl iawn heddiw.",
    "Mae'r plant yn cael eu gadael allan o'r gêm weithiau.",
    "Roedd y drosedd yn fach.",
    "Rydyn ni'n aros am dŷ gyda gardd.",
    "Mae Nain yn gofalu amdani ei hun.",
    "Mae Dylan yn hoffi bod yn rhan o'r tîm pêl-droed.",
    "Mae'r plant yn ymolchi ac yn gwisgo eu hunain.",
])
def test_everyday_welsh_stays_plain(text):
    assert found(text) == []
    assert jargon_uses(text, LEXICON, frozenset(), None) == []
