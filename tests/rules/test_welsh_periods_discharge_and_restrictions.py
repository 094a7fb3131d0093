"""Welsh shapes of a term nobody listed: a period named by a service ('cyfnod asesu', 'cyfnod rhyddhau'), a discharge
that names a plan, a meeting or a letter ('cynllun rhyddhau'), and a kind of person under a service's rule
('cleifion dan gyfyngiadau', 'claf dan oruchwyliaeth'), found with the lexicon's own entries for each taken away (as
tools/measure_unlisted.py reads a glossary's term); everyday Welsh with the same words stays silent."""

from __future__ import annotations

import pytest

from tests.rules.test_welsh_matching_learned_adjectives import unlisted, welsh


@pytest.mark.parametrize("text, term", [
    ("Mae cyfnod rhyddhau perthnasol o dair blynedd.", "cyfnod rhyddhau"),
    ("Bydd y cyfnod asesu yn para deuddeg wythnos.", "cyfnod asesu"),
    ("Yn ystod y cyfnod lleoli bydd Mali yn gweld ei mam.", "cyfnod lleoli"),
    ("Bydd cyfnod interim cyn y penderfyniad.", "cyfnod interim"),
    ("Mae'r nyrs wedi ysgrifennu cynllun rhyddhau.", "cynllun rhyddhau"),
    ("Bydd cyfarfod rhyddhau ddydd Iau.", "cyfarfod rhyddhau"),
    ("Mae'r tad yn un o'r cleifion dan gyfyngiadau.", "cleifion dan gyfyngiadau"),
    ("Mae hi'n glaf dan oruchwyliaeth yn y gymuned.", "glaf dan oruchwyliaeth"),
    ("Mae'r ward ar gyfer cleifion dan warcheidiaeth.", "cleifion dan warcheidiaeth"),
])
def test_a_period_a_discharge_and_a_patient_under_a_rule_are_found_unlisted(text, term):
    assert term in unlisted(text, term)


@pytest.mark.parametrize("text", [
    "Roedd hi'n gyfnod anodd i'r teulu.",
    "Bydd Mali yn aros gyda'i nain am gyfnod byr.",
    "Yn ystod cyfnod y gwyliau bydd y plant yn mynd i'r clwb.",
    "Cafodd y teulu gyfnod o seibiant dros yr haf.",
    "Am gyfnod hir doedd dim arian yn y tŷ.",
    "Bydd y babi'n cael ei ryddhau o'r ysbyty ddydd Llun.",
    "Roedd yn rhyddhad mawr i'r fam.",
    "Mae ymddygiad dan straen yn gyffredin ar ôl symud tŷ.",
    "Roedd y claf dan do drwy'r dydd.",
    "Bydd y teulu dan oruchwyliaeth y gweithiwr am wythnos.",
    "Mae'r plant dan ofal eu nain dros y penwythnos.",
    # the plain words offered for the new head
    "cyfnod; dywedwch pa mor hir fydd e a beth fydd yn digwydd ynddo",
])
def test_everyday_periods_discharges_and_rules_stay_plain(text):
    assert welsh(text) == []
