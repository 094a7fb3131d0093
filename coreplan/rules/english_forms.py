"""The other ways an English lexicon phrase is written: every word in the singular or the plural, British or
American spelling, a verb phrase's first word inflected ('step down', 'stepped down').

Glossaries and plans write the same term in many ways ('carer's assessment', 'carers assessment', 'carer
assessment'; 'behaviour support plan', 'behavior support plan'; 'care proceedings', 'care proceeding'), and
a lexicon that matched only the way it was written would find a term in one of them. The lexicon's index
files every phrase under these forms (language._index), so a text's words are only looked up, never
changed: the cost of a check does not grow with the forms.

Deliberately not a stemmer: only endings that keep a word's meaning are added or taken away (a plural, a
third person -s, -ed and -ing of a verb phrase), never a suffix that makes another word ('placement' and
'placed'). A form that is nobody's word ('supervized', 'childs') costs nothing: no text holds it.
"""

from __future__ import annotations

import re

# Words that are never changed: they carry no number, and 'in' -> 'ins' or 'as' -> 'a' would be noise
_FUNCTION_WORDS = frozenset("""
    a an the of and or in on at by for from to with without as into onto under over than not no nor is are was
    were be been this that these those who which what whose its their his her our your my all each every any
    per via vs
""".split())

# Words after which a noun may take either number: 'house(s) in multiple occupation', 'area(s) of need'
PREPOSITIONS = frozenset("of in for on at from under with".split())

# British -our words whose American spelling is -or ('behaviour', 'behavior'): a list, because 'four',
# 'hour' and 'your' are -our words with no -or spelling
_OUR = ("behaviour", "neighbour", "labour", "honour", "colour", "favour", "humour", "harbour", "rumour",
        "tumour", "saviour", "vigour", "endeavour", "odour", "rigour", "candour")
_OUR_PATTERN = re.compile(r"(" + "|".join(word[:-3] for word in _OUR) + r")our")
# -ise, -isation, -ising... of a verb of four letters or more before the ending ('organise', 'minimisation');
# not 'rise', 'wise' or 'prise'
_ISE = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|ational|er|ers)$")
_YSE = re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing|er|ers)$")  # 'analyse', 'paralysed'
# Other spellings that differ between British and American English, or that British English writes both ways
_SPELLINGS = (
    (re.compile(r"ll(ing|ed|or|ors|er|ers)$"), r"l\1"),  # counselling, counsellor, modelling, labelled
    (re.compile(r"^enquir"), "inquir"), (re.compile(r"^inquir"), "enquir"),
    (re.compile(r"centre"), "center"), (re.compile(r"programme"), "program"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"),  # paediatric, haemorrhage, anaesthetic
    (re.compile(r"^foet"), "fet"), (re.compile(r"(?<=[a-z])oe(?=d|n|s|t)"), "e"),  # foetal, oesophagus, diarrhoea
    (re.compile(r"ence$"), "ense"),  # defence, licence, offence
    (re.compile(r"gement$"), "gment"),  # judgement, acknowledgement
    (re.compile(r"ogue$"), "og"),  # dialogue, catalogue
    (re.compile(r"^co-?ordinat"), "coordinat"), (re.compile(r"^coordinat"), "co-ordinat"),
    (re.compile(r"^well-?being$"), "wellbeing"),
)


def spellings(word: str) -> set[str]:
    """A lower-case English word in its British and American spellings (the word itself included)."""
    found = {word}
    american = _OUR_PATTERN.sub(r"\1or", word)
    american = _ISE.sub(r"iz\1", american)
    american = _YSE.sub(r"yz\1", american)
    found.add(american)
    for pattern, replacement in _SPELLINGS:
        found.update([pattern.sub(replacement, form) for form in found])
    return found


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def singular(word: str) -> str | None:
    """The singular of a word that looks plural (or a verb's base form of a third person -s), else None:
    'boundaries' -> 'boundary', 'proceedings' -> 'proceeding', 'minimises' -> 'minimise'; not 'access',
    'status' or 'analysis'."""
    if len(word) < 4 or word.endswith(("ss", "us", "is", "'s", "’s")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and word[-2] not in "s'’":
        return word[:-1]
    return None


def number_forms(word: str, possessive: bool) -> set[str]:
    """A non-last word of a phrase in the numbers it may be written in: a plural also in the singular
    ('carers assessment', 'carer assessment'), a possessive (or a noun before a preposition, which the caller
    says the same way) also in the plural, with or without its apostrophe ("carer's assessment", 'carers
    assessment'; "children's home", 'childrens home'; 'houses in multiple occupation'). Another word written
    in the singular stays so: 'priority need' is a term, 'the family's priorities need' is not."""
    if word in _FUNCTION_WORDS or not word.isalpha():
        return {word}
    one = singular(word)
    if one:
        return {word, one}
    return {word, plural(word)} if possessive else {word}


def inner_forms(word: str, possessive: bool = False) -> frozenset[str]:
    """Every form a non-last word of an English phrase is filed under: its spellings, in its numbers."""
    if word in _FUNCTION_WORDS:
        return frozenset((word,))
    return frozenset(form for spelled in spellings(word) for form in number_forms(spelled, possessive))


# A short verb whose last consonant doubles before -ed and -ing: step -> stepped, stepping
_DOUBLES = re.compile(r"(?:^|[^aeiou])[aeiou][bdglmnprt]$")
# The second word of a phrase that makes its first a verb: 'step down', 'raise concerns', 'consent to share'
_PARTICLES = frozenset("down up out off to into concerns".split())


def verb_forms(word: str) -> set[str]:
    """-ed and -ing of a verb in its base form ('step': stepped, stepping); none for a word that is no base
    form ('presents', 'placed', 'leaving'). Not -s: 'steps' is the plural noun as often ('the goal's steps
    up to the meeting')."""
    if word.endswith(("s", "ed", "ing")) or not word.isalpha() or len(word) < 3:
        return set()
    stem = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
    if len(word) <= 4 and _DOUBLES.search(word):
        stem = word + word[-1]
    forms = {stem + "ed", stem + "ing"}
    if word.endswith("y") and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ied")
    return forms


def first_forms(words: tuple[str, ...], possessive: bool = False) -> frozenset[str]:
    """The forms a phrase's first word is filed under: as an inner word, and inflected as a verb where
    the word after it makes the phrase a verb phrase ('step down' in 'the case stepped down')."""
    forms = set(inner_forms(words[0], possessive))
    if len(words) > 1 and words[1] in _PARTICLES:
        forms.update(verb_forms(words[0]))
    return frozenset(forms)


def last_bases(word: str, keep_number: bool) -> set[str]:
    """The words whose endings a phrase's last word may take (language.word_forms adds them): its
    spellings, and their singular unless the phrase is jargon only in the number it is listed in
    ('short breaks': 'a short break' is everyday English)."""
    bases = spellings(word)
    if not keep_number:
        bases.update(one for one in map(singular, list(bases)) if one)
    return bases
