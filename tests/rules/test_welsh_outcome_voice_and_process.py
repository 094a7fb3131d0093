"""Welsh outcomes and actions in shapes the fresh blind set of session 25 showed on its dev part, or that a
plan written in Welsh says as often as the ones the rules were written against (the child's own voice without
'i', an impersonal verb, a programme as the means, a meeting named as the outcome). Sentences of our own, each
shape pinned by a passing and a failing example; the corpus rows are measured in tests/test_public_figures.py."""

from __future__ import annotations

import pytest

from coreplan.rules.actions import is_shorthand
from coreplan.rules.outcomes import is_service_focused, names_a_child, service_words

NAMES = ["Mali", "Jac", "Cai", "Gwen", "Tomos", "Elis"]


@pytest.mark.parametrize("text", [
    "Dwi'n teimlo'n saff pan dwi adref.",
    "Rwy'n mwynhau mynd i'r ysgol.",
    "Rwyf eisiau byw gyda Nain.",
    "Byddaf yn mynd i'r ysgol bob dydd.",
    "Hoffwn weld Dad bob penwythnos.",
    "Gallaf wisgo fy hun yn y bore.",
    "Mi fydda i'n gallu darllen llyfr ar ben fy hun.",
    "Bydd Mam yn darllen stori i mi bob nos.",
    "Does gen i ddim ofn mynd adref.",
    "Rydw i eisiau mynd i'r parc gyda'm ffrindiau.",
])
def test_the_childs_own_voice_names_the_child(text):
    """outcome-without-child must not fire on a first-person outcome, however the child writes 'I'."""
    assert names_a_child(text, ["Mali"])


@pytest.mark.parametrize("text", [
    "Bydd y plant yn cyrraedd yr ysgol ar amser.",  # the children unnamed
    "Bydd y cyntaf o'r plant yn mynd i'r ysgol yn yr haf.",  # a superlative in '-af' is not 'I'
    "Bydd Mam yn rhoi'r gorau i yfed.",
])
def test_a_sentence_about_others_does_not(text):
    assert not names_a_child(text, ["Mali"])


@pytest.mark.parametrize(("text", "words"), [
    # the impersonal of a service's verb, in one word
    ("Rhoddir cymorth ychwanegol i Mali yn y dosbarth.", "Rhoddir"),
    ("Ymwelir â Jac gartref bob pythefnos.", "Ymwelir"),
    # a meeting named as the outcome
    ("Cyfarfod rheolaidd rhwng yr ysgol a mam Jac.", "Cyfarfod"),
    # undertaking a programme, as 'undertake' in English
    ("Bydd Tomos yn ymgymryd â gwaith uniongyrchol gyda'r gweithiwr.", "ymgymryd â gwaith uniongyrchol"),
    ("Bydd Tomos yn ymgymryd â rhaglen deuddeg wythnos.", "ymgymryd â rhaglen"),
    # a family centre as a provider the child goes to
    ("Bydd Mali yn mynd i'r ganolfan deulu ddwywaith yr wythnos.", "mynd i'r ganolfan deulu"),
    # a diagnosis had, as an assessment is
    ("Bydd Cai yn cael diagnosis erbyn diwedd y flwyddyn.", "cael diagnosis"),
    # a service's verb in the passive: prepared, introduced, informed, assisted
    ("Bydd Gwen yn cael ei pharatoi ar gyfer symud i'r ysgol uwchradd.", "cael ei pharatoi"),
    ("Bydd Gwen yn cael ei chyflwyno i'w gofalwyr maeth newydd yn raddol.", "cael ei chyflwyno"),
    ("Bydd Gwen yn cael ei hysbysu am y penderfyniad.", "cael ei hysbysu"),
    ("Bydd Elis yn cael ei gynorthwyo i ddod o hyd i waith.", "cael ei gynorthwyo"),
    # a programme as the means
    ("Bydd sgiliau Elis yn cael eu datblygu drwy'r rhaglen.", "drwy'r rhaglen"),
    # the conditions of a court order
    ("Bydd Jac yn gwneud gwaith di-dâl yn y gymuned.", "gwaith di-dâl"),
    ("Bydd Jac yn cadw at ei gyrffyw.", "cadw at ei gyrffyw"),
    # being let take part, and an opportunity in a mutated form
    ("Bydd Gwen yn cael cymryd rhan mewn gweithgareddau gyda gofalwyr ifanc eraill.", "cael cymryd rhan"),
    ("Bydd gan Gwen gyfleoedd ar gyfer chwarae yn yr awyr agored.", "gan Gwen gyfleoedd"),
])
def test_welsh_service_shapes_say_which_words_made_them(text, words):
    assert is_service_focused(text, NAMES)
    found = service_words(text)
    assert found is not None and " ".join(found.group(0).split()) == words


@pytest.mark.parametrize("text", [
    # turning to someone when something happens is the child's own coping, as in English
    "Bydd Jac yn mynd at y nyrs ysgol pan fydd yn teimlo'n sâl.",
    "Bydd Cai yn troi at ei fentor os bydd rhywun yn gas wrtho amser egwyl.",
    # meeting friends is the verb-noun, not a meeting of the process
    "Cyfarfod â'i ffrindiau yn y parc bob dydd Sadwrn.",
    # a course at college, and a club joined, are the young person's own
    "Bydd Gwen yn ymuno â chlwb ar ôl ysgol.",
    "Bydd Mali yn mynd i'r parc gyda Nain ddwywaith yr wythnos.",
    "Bydd Tomos yn cael cinio poeth yn yr ysgol bob dydd.",
    "Bydd Mali yn cael ei chodi o'r ysgol gan ei nain bob dydd.",
    "Bydd Cai yn cysgu drwy'r nos yn ei wely ei hun.",  # 'drwy'r nos' is not a programme
])
def test_the_childs_own_day_is_not_service(text):
    assert not is_service_focused(text, NAMES)


@pytest.mark.parametrize("text", [
    "Gweld cynghorydd cyffuriau ac alcohol.",  # a provider seen, nothing said of what for
    "Bydd Mam yn gwneud yn siŵr bod y tŷ yn lân.",  # 'make sure', as in English
])
def test_welsh_shorthand_seeing_a_provider_and_making_sure(text):
    assert is_shorthand(text)


@pytest.mark.parametrize("text", [
    "Mam i weld y cynghorydd cyffuriau bob dydd Mawrth a dweud wrtho faint mae hi wedi'i yfed.",
    "Peidio â chymryd cyffuriau anghyfreithlon.",
])
def test_a_provider_seen_at_a_time_for_a_purpose_and_a_prohibition_are_not(text):
    assert not is_shorthand(text)
