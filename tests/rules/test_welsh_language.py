"""The language rules on plans written in Welsh (issue 13, item 5)."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand
from coreplan.rules.language import find_initials, find_jargon, load_lexicon
from coreplan.rules.outcomes import is_service_focused, names_a_child
from coreplan.text import mentions_name, welsh_forms

LEXICON = load_lexicon({}, {}, {})


def test_a_mutated_name_is_the_name():
    assert mentions_name("Bydd Mam yn darllen gyda Chai bob nos.", "Cai Roberts")
    assert mentions_name("Bydd gan Gai frecwast.", "Cai")
    assert mentions_name("Rhoi brecwast i Ddafydd.", "Dafydd Jones")
    assert mentions_name("Bydd fy Ngareth yn hapus.", "Gareth")
    assert mentions_name("Bydd yr athrawes yn rhoi brecwast i Fali.", "Mali")
    assert mentions_name("Mynd â Thomos i'r deintydd.", "Tomos")
    assert not mentions_name("Bydd Gwil yn hapus.", "Cai")
    assert welsh_forms("Gareth") == {"Gareth", "Ngareth", "areth"}


def test_first_person_welsh_outcomes_name_the_child():
    assert names_a_child("Bydda i'n teimlo'n ddiogel amser gwely.", ["Cai"])
    assert names_a_child("Rydw i eisiau gweld fy mrawd.", ["Ianto"])
    assert not names_a_child("Bydd cyflwr y cartref yn gwella.", ["Jac"])
    # a lower-case 'i' is also the Welsh 'to': not the child's voice on its own
    assert not names_a_child("Bydd y rhieni'n mynd i grŵp rhianta.", ["Mabli"])


def test_welsh_service_outcomes():
    assert is_service_focused("Bydd gan Gerys fynediad at therapi lleferydd ac iaith.", ["Cerys"])
    assert is_service_focused("Bydd emosiynau Huw yn cael eu mesur bob wythnos gyda siart teimladau.", ["Huw"])
    assert is_service_focused("Bydd cwnselydd yn gweld Gareth bob wythnos.", ["Gareth"])
    assert not is_service_focused("Bydd gan Osian sanau glân i'r ysgol bob dydd.", ["Osian"])
    assert not is_service_focused("Bydd Gwen yn cael bath bob dydd fel ei bod hi'n lân.", ["Gwen"])


def test_welsh_shorthand_actions():
    assert is_shorthand("Mam a Dad i fynd ar y cwrs rhianta.")
    assert is_shorthand("Ymgysylltu â gwasanaethau cyffuriau.")
    assert is_shorthand("Ymweliadau cartref yn ôl yr angen.")
    assert not is_shorthand("Rhoi bath i Gwen bob nos a dillad glân iddi ar gyfer yr ysgol.")
    assert not is_shorthand("Peidio ag yfed alcohol pan fydd y plant yn eich gofal.")


@pytest.mark.parametrize(("vague", "particular"), [
    # an aim with an abstract object is vague whatever time words follow it; its purpose makes it particular
    ("Newid y drefn amser gwely.", "Newid y drefn amser gwely fel bod Gwen yn ei gwely erbyn saith."),
    ("Gwella ymddygiad y plant bob dydd.", "Rhoi seren ar y siart bob tro mae Cai yn rhannu ei deganau."),
    ("Cynnal amgylchedd diogel yn y cartref bob amser.", "Cadw'r cyllyll yn y drôr sydd wedi'i gloi."),
    # help asked of nobody named is vague; a person or a number to turn to is a plan
    ("Gofyn am help os bydd pryder.", "Ffonio Nain os bydd Dad wedi bod yn yfed."),
    ("Cael cymorth pan fydd pethau'n anodd.", "Ffonio 999 os bydd Dad yn dod i'r tŷ."),
])
def test_a_welsh_action_is_vague_by_what_it_asks(vague, particular):
    assert is_shorthand(vague)
    assert not is_shorthand(particular)


def test_welsh_jargon_is_found_in_its_mutated_and_plural_forms():
    assert [w for w, _ in find_jargon("Mae ei leoliad yn newydd.", LEXICON)] == ["leoliad"]
    assert [w for w, _ in find_jargon("Roedd yr atgyfeiriadau yn hwyr.", LEXICON)] == ["atgyfeiriadau"]
    assert find_jargon("Bydd Nain yn gofalu am y plant bob penwythnos.", LEXICON) == []


def test_welsh_initials_with_a_digraph_and_sections():
    found = dict(find_initials("Mae'r ALl a GCaCh yn helpu; dan a126 hefyd.", LEXICON, {}))
    assert found["ALl"].startswith("awdurdod lleol") and "GCaCh" in found and "a126" in found
    assert find_initials("Mae'r GIG a S4C yn gyfarwydd.", LEXICON, {}) == []


def test_welsh_phrases_match_in_their_mutated_plural_and_verb_noun_forms():
    def found(text):
        return [w for w, _ in find_jargon(text, LEXICON)]

    assert found("Gwnaed atgyfeiriad ddoe.") == ["atgyfeiriad"]  # the noun of the verb-noun 'atgyfeirio'
    assert found("Mae'r ymarferwyr yn cytuno.") == ["ymarferwyr"]  # the plural of 'ymarferydd'
    assert found("Roedd ei chynllun amlasiantaethol yn glir.") == ["chynllun amlasiantaethol"]  # aspirate mutation
    assert found("Gwnaeth y llys orchymyn gofal interim.") == ["orchymyn gofal interim"]  # soft mutation


def test_a_welsh_phrase_is_not_found_in_a_plain_word_that_shares_its_stem():
    # 'lleol' (local) is not a form of 'lleoliad' (placement); 'heb rybudd' is plain Welsh for 'without warning'
    assert find_jargon("Mae'r awdurdod lleol yn y dref.", LEXICON) == []
    assert find_jargon("Bydd Elen yn galw heb rybudd.", LEXICON) == []


def test_a_plan_written_in_welsh_gets_the_welsh_spelling_out_of_initials():
    from tests.helpers import merge, run

    # NEET is in both lexicons: English words for an English plan, Welsh words for a Welsh one
    for written_in, words in (("cy", "ddim mewn addysg"), ("en", "not in education")):
        text = merge(f"written_in: {written_in}\ncontact: Mae Tomos yn NEET; Elen yn ymweld bob pythefnos.\n")
        (hit,) = [f for f in run(text) if f.rule == "unexplained-initials" and "'NEET'" in f.message]
        assert words in hit.message


@pytest.mark.parametrize("text", [
    "Bydd Cai yn cael ei fonitro gan yr ymwelydd iechyd.",  # the passive of a service's verb, mutated
    "Bydd Mali wedi'i hatgyfeirio at y tîm iechyd meddwl.",
    "Bydd dymuniadau a theimladau Jac yn cael eu casglu cyn pob cyfarfod.",  # his wishes as a process
    "Bydd Nia yn cael cynnig grant dillad.",  # provision handed to the child
    "Bydd Osian yn derbyn cymorth gan y gwasanaeth.",
    "Bydd y swyddog lles addysg yn trefnu cyfarfod i Tomos.",  # a provider as the subject
    "Bydd Gwen yn gweld y cwnselydd bob wythnos.",  # the child goes to a provider
    "Bydd Elis yn cymryd rhan mewn sesiynau therapi.",
    "Bydd enw Mali yn dod oddi ar y gofrestr erbyn mis Mawrth.",  # the process itself as the outcome
    "Bydd achos Osian yn cael ei gau.",
    "Bydd Tomos ar restr aros y gwasanaeth.",
])
def test_welsh_service_outcomes_by_who_acts_and_the_verb(text):
    assert is_service_focused(text, ["Cai", "Mali", "Jac", "Nia", "Osian", "Tomos", "Gwen", "Elis"])


@pytest.mark.parametrize(("text", "child"), [
    ("Bydd Cai yn cael ei fwydo bob tair awr a bydd yn magu pwysau.", "Cai"),
    ("Bydd Efa yn mynd at y deintydd a bydd ei dannedd wedi'u trin erbyn mis Mawrth.", "Efa"),
    ("Bydd Osian yn mynychu'r ysgol bob dydd ac yn cyrraedd ar amser.", "Osian"),
    ("Bydd Ella yn cael ei chasglu o'r ysgol gan Nain bob dydd Gwener.", "Ella"),
    ("Bydd y plant yn cael swper gyda Mam bob nos.", "Dafydd"),  # the children unnamed, their day
])
def test_welsh_outcomes_about_the_childs_day_are_not_service_focused(text, child):
    assert not is_service_focused(text, [child])


def test_every_plain_welsh_alternative_is_plain_by_the_rule_itself():
    # the message tells the practitioner to write the alternative: it must not be jargon in its turn
    import yaml

    from coreplan.paths import data_dir

    welsh = yaml.safe_load((data_dir() / "jargon_cy.yaml").read_text(encoding="utf-8"))
    # it may use a name the family must learn ('gofalwyr maeth'): the rule asks for that to be explained once
    assert [(term, plain) for term, plain in welsh["phrases"].items() if to_replace(plain)] == []


def to_replace(text):
    from coreplan.rules.language import jargon_uses

    return [use.written for use in jargon_uses(text, LEXICON) if use.phrase not in LEXICON.to_explain]


def test_every_welsh_name_to_explain_is_explained_in_plain_welsh_and_not_also_replaced():
    import yaml

    from coreplan.paths import data_dir

    welsh = yaml.safe_load((data_dir() / "jargon_cy.yaml").read_text(encoding="utf-8"))
    names = welsh["to_explain"]
    also = {other for entry in names.values() if not isinstance(entry, str) for other in entry.get("also", ())}
    assert not (set(names) | also) & set(welsh["phrases"]), "a name is either explained or replaced, not both"
    for name, entry in names.items():
        explanation = entry if isinstance(entry, str) else entry["explanation"]
        assert to_replace(explanation) == [], name
    # the names are found in their mutated forms, and reported to be explained, not replaced
    from coreplan.rules.language import jargon_uses

    (use,) = jargon_uses("Bydd y gynhadledd adolygu ym mis Mai.", LEXICON)
    assert LEXICON.to_explain[use.phrase] == "cynhadledd adolygu"


@pytest.mark.parametrize("text", [
    "Cydweithio â'r gweithiwr cymdeithasol i wella'r sefyllfa gartref.",
    "Bod yn agored ac yn onest gyda'r gweithwyr am yr yfed.",
    "Blaenoriaethu anghenion y plant a'u rhoi yn gyntaf.",
    "Cadw'r plant yn ddiogel rhag niwed o hyn ymlaen.",
    "Dangos dealltwriaeth o effaith y ffraeo ar y plant.",
])
def test_welsh_actions_that_name_an_aim_not_a_behaviour_are_shorthand(text):
    assert is_shorthand(text)
