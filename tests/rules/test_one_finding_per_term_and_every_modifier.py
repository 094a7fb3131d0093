"""One finding per term, with plain words that say what every word of it names: a head word a word or two after a
listed word makes one named condition or order ('neonatal abstinence syndrome', 'congenital heart disorder'),
unless a listed phrase inside takes the head ('a statutory child assessment order'); and the plain words of a
compound after several modifiers say each modifier's part, the nearest first ('kinship care worker')."""

from __future__ import annotations

import pytest

from coreplan.rules.language import jargon_uses, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(use.written, use.plain, use.phrase) for use in jargon_uses(text, LEXICON)]


@pytest.mark.parametrize(("text", "term"), [
    ("The baby was treated for neonatal abstinence syndrome.", "neonatal abstinence syndrome"),
    ("He was born with congenital heart disorder.", "congenital heart disorder"),
    ("Her tenancy has a suspended possession order.", "suspended possession order"),
])
def test_a_head_word_after_a_listed_word_and_another_is_one_finding(text, term):
    assert [written for written, _, _ in found(text)] == [term]


def test_a_listed_phrase_inside_keeps_its_head():
    assert [written for written, _, _ in found("The court made a statutory child assessment order.")] \
        == ["statutory", "child assessment order"]
    assert found("She has an interim supervision order.")[0][2] == "interim supervision order"


@pytest.mark.parametrize("text", [
    "The baby had a good feed and slept well.",
    "Mum will order the school uniform on Monday.",
    "He has a hearing test at the clinic.",
])
def test_everyday_sentences_stay_plain(text):
    assert found(text) == []


def test_every_modifier_has_its_say_in_the_plain_words():
    uses = {written: plain for written, plain, _ in found(
        "The kinship care worker and the supervised family time worker will visit.")}
    assert uses["kinship care worker"] == "worker for someone's care with relatives or friends"
    assert found("The therapeutic respite placement ended.")[0][1] \
        == "home for a short break to help with feelings and what happened"
    assert found("The reunification transition plan was agreed.")[0][1] == "plan for moving on to help the child go home"


def test_one_modifier_keeps_its_plain_words():
    assert found("The pathway plan is ready.")[0][0] == "pathway plan"
    assert [plain for written, plain, _ in found("A matching panel met.")]
