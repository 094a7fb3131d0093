"""welsh_text._bases looks up each form's last letters instead of trying every ending: the same bases as
trying each ending in turn, for every word of the lexicons and the examples."""

from pathlib import Path

from coreplan.rules import welsh_text
from coreplan.text import WORD
from tests.helpers import ROOT


def _every_ending_tried(word: str) -> frozenset[str]:
    found = set(welsh_text.text_keys(word))
    for form in tuple(found):
        for plural in welsh_text._PLURALS:
            if form.endswith(plural) and len(form) > len(plural) + 2:
                found.add(form[: -len(plural)])
        for plural in welsh_text._DOUBLED_N:  # a doubled n before the plural ending: 'amserlenni' -> 'amserlen'
            if form.endswith("n" + plural) and len(form) - len(plural) - 1 >= 4:
                found.add(form[: -len(plural)])
        for ending, others in welsh_text._SWAPS:
            for other in others:
                if form.endswith(other) and len(form) - len(other) >= 4:
                    found.add(form[: -len(other)] + ending)
    for form in tuple(found):  # and a plural made by a change inside the word, either way
        found.update(welsh_text._OTHER_NUMBER.get(form, ()))
    return frozenset(found)


def test_the_bases_are_those_of_trying_every_ending():
    texts = [path.read_text(encoding="utf-8") for path in
             [*(ROOT / "coreplan" / "data").glob("jargon*.yaml"), *(ROOT / "examples").rglob("case.yaml")]]
    words = {w.lower().strip("'’") for text in texts for w in WORD.findall(text)}
    words |= {"au", "iau", "oedd", "ydd", "wyr", "odd", "iodd", "modd", "gwyd", "atgyfeiriadau", "eiriolwyr"}
    assert len(words) > 1000
    assert [w for w in sorted(words) if welsh_text._bases(w) != _every_ending_tried(w)] == []


def test_a_phrase_is_found_with_any_of_its_words_in_the_plural_or_the_singular():
    from coreplan.rules.language import find_jargon, load_lexicon

    lexicon = load_lexicon({}, {}, {})

    def found(text):
        return [words for words, _ in find_jargon(text, lexicon)]

    assert found("Mae cartrefi preswyl yn yr ardal.") == ["cartrefi preswyl"]  # -i, a plural ending like -au
    assert found("Soniodd am un ffactor risg.") == ["ffactor risg"]  # the lexicon lists 'ffactorau risg'
    assert found("Cafwyd tri chyfarfod adolygu.") == ["chyfarfod adolygu"]


def test_a_welsh_phrase_typed_without_its_accents_is_found():
    from coreplan.rules.language import find_jargon, load_lexicon

    lexicon = load_lexicon({}, {}, {})
    assert [w for w, _ in find_jargon("Bydd Tim o Amgylch y Teulu yn cwrdd.", lexicon)] == ["Tim o Amgylch y Teulu"]
    assert [w for w, _ in find_jargon("Mae tân yn y grât a'r tegell ar y tân.", lexicon)] == []


def test_a_welsh_phrase_typed_with_an_accent_its_listed_form_has_not_is_found():
    from coreplan.rules.language import find_jargon, load_lexicon

    lexicon = load_lexicon({}, {}, {})
    # the words a phrase may start at are kept as listed; the word is looked up there with its accents off too
    assert [w for w, _ in find_jargon("Cafodd ei remándio yn y ddalfa.", lexicon)] == ["ei remándio yn y ddalfa"]
    assert [w for w, _ in find_jargon("Mae'r ádran 47 wedi dechrau.", lexicon)] == ["ádran 47"]
