"""Welsh matching that reaches terms nobody listed (session 27, a third round): a guardian named by a learned adjective
('gwarcheidwad arbennig'), a plan named by a noun and 'personol' ('cynllun addysg personol', 'cynllun diogelwch
personol'), and a hearing that names a letter or a report ('llythyr gwrandawiad'); the day or time of day after a
head does not name it ('y gwrandawiad ddydd Llun'); needs named by a noun and 'ychwanegol' ('anghenion cefnogi
ychwanegol'), and everyday adjectives of how needs or behaviour differ that do not name them. Each with everyday Welsh
around the same words, roles in capitals, places, people and clubs among it, that must stay silent."""

from __future__ import annotations

import pytest

from tests.rules.test_welsh_matching_learned_adjectives import unlisted, welsh  # the first round's readers


@pytest.mark.parametrize("text, term", [
    ("Mae ei nain wedi gwneud cais i fod yn warcheidwad arbennig.", "warcheidwad arbennig"),
    ("Bydd y gwarcheidwad arbennig yn gwneud y penderfyniadau o ddydd i ddydd.", "gwarcheidwad arbennig"),
    ("Mae gan y plentyn gynllun addysg personol yn yr ysgol.", "gynllun addysg personol"),
    ("Bydd Siân yn llunio cynllun diogelwch personol gyda hi.", "cynllun diogelwch personol"),
    ("Mae'r cynllun datblygu personol wedi'i gytuno.", "cynllun datblygu personol"),
    ("Daeth llythyr gwrandawiad i'r tad ddoe.", "llythyr gwrandawiad"),
    ("Bydd y gwrandawiad terfynol ddydd Gwener.", "gwrandawiad terfynol"),
    ("Mae gan Mali anghenion cefnogi ychwanegol.", "anghenion cefnogi ychwanegol"),
    ("Mae ei anghenion dysgu ychwanegol yn cael sylw.", "anghenion dysgu ychwanegol"),
    ("Mae ganddo ymddygiad heriol.", "ymddygiad heriol"),
])
def test_a_guardian_a_personal_plan_and_a_hearing_letter_are_found_unlisted(text, term):
    assert term in unlisted(text, term)


@pytest.mark.parametrize("text", [
    "Mae'r gwarcheidwad yn ymweld bob wythnos.",
    "Mae ei gwarcheidwad da yn dod i'r cyfarfod.",
    "Mae gan Mali gynllun personol ar gyfer ei gwaith cartref.",
    "Mae gan Mali gynllun bwyd gyda'r nyrs.",
    "Bydd y Gweithiwr Cymdeithasol yn ysgrifennu llythyr at y teulu.",
    "Bydd ei Weithiwr Cymdeithasol yn dod i'r tŷ ddydd Llun.",
    "Mae hylendid yn bwysig iddi; mae hi'n cael help gyda gofal personol yn y bore.",
    "Mae Osian yn mynd i Glwb Pêl-droed Llandeilo bob nos Fawrth.",
    "Bydd Nain yn mynd â'r plant i Ganolfan Hamdden Caerfyrddin ddydd Sadwrn.",
    "Aeth y teulu i'r Clwb Ieuenctid yn Aberystwyth gyda'r Athro.",
    "Mae'r cynllun yn dweud y bydd Mam yn mynd â Mali i'r ysgol bob bore.",
    "Mae Madog yn byw gyda'i warcheidwad, Dewi.",
    "Mae'r cynllun hwn yn bersonol i Mali.",
    "Cafodd y tad lythyr am y gwrandawiad.",
    # the day or time of day a hearing or an assessment happens does not name it
    "Bydd cyfarfod cyn y gwrandawiad ddydd Llun.",
    "Bydd yr asesiad fore Mercher yn y tŷ.",
    "Mae'r gwrandawiad nos Fawrth wedi'i symud.",
    "Bydd yr asesiad wythnos nesaf yn y tŷ.",
    "Bydd y gwrandawiad mis nesaf.",
    # nor which one of a series it is, as 'newydd', 'nesaf' and 'olaf' do not
    "Bydd asesiad pellach gan y nyrs.",
    "Mae'r gorchymyn presennol yn para tan fis Mai.",
    "Mae'r asesiad gwreiddiol wedi'i wneud.",
    "Mae'r gwrandawiad blaenorol wedi'i ganslo.",
    # 'mae angen' is a need said, not named; everyday adjectives of how needs or behaviour differ
    "Does dim angen help ychwanegol.",
    "Mae angen arian ychwanegol ar y teulu.",
    "Mae ganddo anghenion ychwanegol.",
    "Mae ganddi anghenion gwahanol i'w brawd.",
    "Mae ei ymddygiad cadarnhaol yn yr ysgol yn dda.",
    "Roedd ymddygiad negyddol gartref.",
    "Mae ganddi anghenion unigol.",
    "Roedd ymddygiad anarferol ganddo.",
    "Mae hi'n cael cam-drin geiriol gan ei chariad.",
    # roles in capitals, places, clubs and people
    "Bydd y Nyrs Ysgol yn gweld Mali bob mis.",
    "Bydd y Swyddog Heddlu yn galw heibio.",
    "Bydd y Meddyg Teulu yn gweld Mam.",
    "Bydd Cydlynydd yr Ysgol yn ffonio Mam.",
    "Mae Rheolwr y Tîm yn cytuno.",
    "Mae Osian yn aelod o Glwb Rygbi Aberaeron.",
    "Mae Mali yn mynd i Gylch Meithrin Llanbed.",
    "Mae'r teulu'n mynd i Eglwys Sant Pedr.",
    "Mae Tîm Pêl-droed Merched Llandeilo yn ymarfer ddydd Sadwrn.",
])
def test_everyday_welsh_with_the_same_heads_stays_silent(text):
    assert welsh(text) == []


def test_the_good_welsh_example_stays_silent_on_these_shapes():
    from pathlib import Path

    import yaml
    examples = Path(__file__).resolve().parents[2] / "examples"
    for path in sorted(examples.glob("*cy*/case.yaml")):
        text = path.read_text(encoding="utf-8")
        found = [w for w in welsh(text) if "personol" in w.lower() or "warcheidwad" in w.lower()
                 or "gwrandawiad" in w.lower()]
        assert found == [], (path, found)
        assert yaml.safe_load(text)
