"""Welsh terms of courts, the police, mental health law, children in care and abuse that a family would not
follow, found in a sentence a plan might hold; and the everyday words beside them that stay plain (issue 12)."""

from __future__ import annotations

import pytest

from coreplan.rules.language import find_jargon, find_initials, load_lexicon

LEXICON = load_lexicon({}, {}, {})


def found(text):
    return [words.lower() for words, _ in find_jargon(text, LEXICON)]


@pytest.mark.parametrize(("text", "words"), [
    ("Mae'r achos yn un o'r troseddau neillffordd.", "troseddau neillffordd"),
    ("Bydd canolwr cofrestredig yn helpu Cai yn y llys.", "canolwr cofrestredig"),
    ("Cafodd Mam ei chadw ar gyfer asesiad yr wythnos diwethaf.", "chadw ar gyfer asesiad"),
    ("Roedd y meddyg wedi defnyddio'r pŵer dal.", "pŵer dal"),
    ("Bydd Nain yn cael gwarchodaeth arbennig o Gwen.", "gwarchodaeth arbennig"),
    ("Mae Jac wedi cael ei gamfanteisio'n droseddol.", "gamfanteisio'n droseddol"),
    ("Bydd Taid yn cael cymeradwyaeth dros dro i ofalu am y plant.", "cymeradwyaeth dros dro"),
    ("Mae'r achos wedi'i ddyrannu i Siân.", "achos wedi'i ddyrannu"),
    ("Bydd y gweithiwr yn gwneud rhestr wirio DASH gyda Mam.", "rhestr wirio dash"),
    ("Roedd Dad yno fel oedolyn priodol yn yr orsaf.", "oedolyn priodol"),
])
def test_the_term_is_found(text, words):
    assert words in found(text)


@pytest.mark.parametrize("text", [
    # 'hawl i wybod' and 'man diogel' are also plain Welsh; 'cadw yn y ddalfa' is the plain wording others use
    "Mae gennych hawl i wybod beth sydd yn y cynllun.",
    "Bydd y plant mewn man diogel gyda Nain.",
    "Cafodd ei gadw yn y ddalfa dros nos.",
    "Mae'r gwasanaeth tân wedi ymweld â'r tŷ ac mae'r drws ffrynt yn saff.",
    "Bydd y plant yn byw gyda'i gilydd yn yr un cartref.",
])
def test_the_everyday_words_beside_them_stay_plain(text):
    assert found(text) == []


def test_a_welsh_plan_gets_the_welsh_spelling_out_of_new_initials():
    from tests.helpers import merge, run

    # IDVA is in both lexicons: English words for an English plan, Welsh words for a Welsh one
    for written_in, words in (("cy", "eiriolwr trais domestig annibynnol"), ("en", "independent domestic")):
        text = merge(f"written_in: {written_in}\ncontact: Bydd yr IDVA yn ffonio Mam; Elen yn ymweld bob pythefnos.\n")
        (hit,) = [f for f in run(text) if f.rule == "unexplained-initials" and "'IDVA'" in f.message]
        assert words in hit.message


def test_a_phrase_both_lexicons_list_is_offered_in_the_plans_language():
    """'genogram' and 'encopresis' are in both lexicons: an English plan is told the English plain words and a
    Welsh plan the Welsh, whichever lexicon was read last."""
    from tests.helpers import line_of, merge, run

    for written_in, sentence, plain, other in (
            ("en", "The worker drew a genogram with Elen.", "a family tree", "llun o'r teulu"),
            ("cy", "Bydd y gweithiwr yn llunio genogram gydag Elen.", "llun o'r teulu", "a family tree"),
            ("en", "Elen's encopresis is getting better.", "'soiling'", "baeddu"),
            ("cy", "Mae encopresis Elen yn gwella.", "'baeddu'", "soiling")):
        text = merge(f"written_in: {written_in}\ncontact: {sentence}\n")
        (hit,) = [f for f in run(text) if f.rule == "jargon"]
        assert plain in hit.message and other not in hit.message, (written_in, hit.message)
        assert hit.line == line_of(text, "^contact:")


def test_an_english_term_in_a_welsh_plan_is_to_be_said_in_plain_welsh():
    """A term only the English lexicon lists, written in a plan written in Welsh, is English among the Welsh:
    the finding asks for plain Welsh and gives the English plain words only as a hint. A Welsh term, a term
    both lexicons list and the same English term in an English plan keep their own message."""
    from tests.helpers import line_of, merge, run

    def jargon_messages(written_in, sentence):
        text = merge(f"written_in: {written_in}\ncontact: {sentence}\n")
        hits = [f for f in run(text) if f.rule == "jargon"]
        assert all(hit.line == line_of(text, "^contact:") for hit in hits)
        return [hit.message for hit in hits]

    (message,) = jargon_messages("cy", "Mae Elen yn mynd i respite bob penwythnos.")
    assert message == ("'respite' is English professional jargon in a plan written in Welsh: say it in plain "
                       "Welsh (in plain English, 'a short break')")
    (message,) = jargon_messages("cy", "Mae'r teulu'n cael help gan y Team Around the Family.")
    assert "'Team Around the Family' is English professional jargon" in message
    (message,) = jargon_messages("en", "Elen goes to respite every weekend.")
    assert message == "'respite' is professional jargon a family may not follow: write 'a short break'"
    for sentence in ("Bydd y gweithiwr yn gwneud asesiad risg gyda'r teulu.",
                     "Bydd y gweithiwr yn llunio genogram gydag Elen."):
        (message,) = jargon_messages("cy", sentence)
        assert "English" not in message and "write '" in message, message
