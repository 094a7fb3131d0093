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
    # -re after b or t, which American writes -er, with its endings ('fibre', 'litre', 'child centred' and
    # 'child centered', 'centring'); a form made of a word that is no -re word ('hatred', 'bring') is nobody's
    (re.compile(r"(?<=[bt])re(s?)$"), r"er\1"), (re.compile(r"(?<=[bt])red$"), "ered"),
    (re.compile(r"(?<=[bt])ring$"), "ering"),
    (re.compile(r"(?<=[aeiou])lment$"), "llment"),  # enrolment, fulfilment, instalment
    (re.compile(r"geing$"), "ging"),  # ageing
    (re.compile(r"^scept"), "skept"), (re.compile(r"^practis"), "practic"),  # sceptical; to practise
    (re.compile(r"^oe(?=[a-z]{3})"), "e"),  # oedema, oestrogen, oesophagus
    (re.compile(r"^advis[eo]r"), "adviser"), (re.compile(r"^advis[eo]r"), "advisor"),  # both are British
    (re.compile(r"^(enrol|fulfil|instil|distil)(s?)$"), r"\1l\2"),  # enrol, fulfils
)
# An American spelling listed (a glossary copied from an American page: 'hemoglobin', 'estrogen', 'pediatric
# nurse'), in its British spelling, which British plans write. American e for ae and oe cannot be turned
# back by rule ('pedal' is no 'paedal'), so the roots medicine uses are named; the endings are general.
_BRITISH = (
    (re.compile(r"^(hem(?=o|at|orrh)|pediatr|orthoped|anesthe|gynecolog|leukemi|cesarean)"),
     lambda m: {"hem": "haem", "pediatr": "paediatr", "orthoped": "orthopaed", "anesthe": "anaesthe",
                "gynecolog": "gynaecolog", "leukemi": "leukaemi", "cesarean": "caesarean"}[m.group(1)]),
    (re.compile(r"(?<=[a-z]{2})emi(a|as|c)$"), r"aemi\1"),  # anemia, septicemia, hypoglycemic, ischemia
    (re.compile(r"^(estrogen|esophag|edema|celiac)"), r"o\1"),  # oestrogen, oesophagus, oedema, coeliac
    (re.compile(r"^fet(al|us|uses)$"), r"foet\1"), (re.compile(r"(?<=[a-z])rrhea$"), "rrhoea"),  # diarrhoea
    (re.compile(r"(?<=[a-z])pnea$"), "pnoea"),  # apnoea
    (re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|ation|ations|ational|er|ers)$"), r"is\1"),  # hospitalized
    (re.compile(r"(?<=[a-z]{3})yz(e|es|ed|ing|er|ers)$"), r"ys\1"),  # analyzed
    (re.compile(r"(?<=[a-z])gment(s?)$"), r"gement\1"),  # judgment, acknowledgment
    (re.compile(r"(?<=[a-z]{3})og(s?)$"), r"ogue\1"),  # catalog, dialog
    (re.compile(r"^program(s?)$"), r"programme\1"), (re.compile(r"^aging$"), "ageing"),
    (re.compile(r"^skept"), "scept"),
)
_OR_PATTERN = re.compile(r"(?<![a-z])(" + "|".join(word[:-3] for word in _OUR) + r")or(?=[a-z]{0,4}$)")


def spellings(word: str) -> set[str]:
    """A lower-case English word in its British and American spellings (the word itself included)."""
    found = {word}
    american = _OUR_PATTERN.sub(r"\1or", word)
    american = _ISE.sub(r"iz\1", american)
    american = _YSE.sub(r"yz\1", american)
    found.add(american)
    for pattern, replacement in _SPELLINGS:
        found.update([pattern.sub(replacement, form) for form in found])
    british = _OR_PATTERN.sub(r"\1our", word)  # an American spelling listed: behavior, labor
    for pattern, replacement in _BRITISH:
        british = pattern.sub(replacement, british)
    found.add(british)
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


# Plurals that Latin and Greek give medicine and law, which no -s rule makes: (the singular's ending, the
# plural's, the shortest word either way). Both ways: a glossary lists 'diagnosis' and a plan writes
# 'diagnoses', or lists 'threshold criteria' where a plan writes 'the threshold criterion'. A form made
# of a word of another kind ('houses' -> 'housis', 'media' -> 'medion') is nobody's word and costs nothing.
_CLASSICAL = (("sis", "ses", 7), ("erion", "eria", 7), ("enon", "ena", 7), ("um", "a", 6), ("us", "i", 6),
              ("ix", "ices", 5), ("ex", "ices", 5), ("a", "ae", 5), ("eau", "eaux", 5))


def other_numbers(word: str) -> set[str]:
    """The other number of a word whose plural is Latin or Greek ('diagnosis' <-> 'diagnoses', 'criterion'
    <-> 'criteria', 'orthosis' <-> 'orthoses', 'vertebra' <-> 'vertebrae'), or nothing."""
    found = set()
    for one, many, shortest in _CLASSICAL:
        for here, there in ((one, many), (many, one)):
            if word.endswith(here) and len(word) >= shortest and word.isalpha():
                found.add(word[: -len(here)] + there)
    return found


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
        return {word, one, *other_numbers(word)}
    return {word, plural(word), *other_numbers(word)} if possessive else {word}


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


# Prepositions after which a verb's object or place follows, making a phrase a verb phrase in any tense:
# 'released under investigation', 'release on temporary licence', 'placed with parents', 'committed for trial'
_VERB_PREPOSITIONS = frozenset("under on with for from".split())
# First words whose verb form is everyday English before a preposition: 'parenting with care' is how a mother
# cares for her baby, not the parent a child lives with
_NOT_VERBS = frozenset({"parent"})
# Base forms that are adjectives as often: 'the flat is close to services' is not 'closed to services'
_ADJECTIVES = frozenset("close open free clear separate complete clean empty calm quiet right wrong secure".split())


def bases_of_past(word: str) -> set[str]:
    """The base forms a verb's -ed form may come from ('released' -> 'release', 'stepped' -> 'step',
    'committed' -> 'commit', 'carried' -> 'carry'); more than one where the ending cannot tell, and a
    candidate that is nobody's word ('releas') costs nothing. None for a word that is no -ed form."""
    if not word.endswith("ed") or len(word) < 5 or not word.isalpha():
        return set()
    stem = word[:-2]
    found = {stem, word[:-1]}  # 'interviewed' -> 'interview'; 'released' -> 'release'
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        found.add(stem[:-1])  # 'stepped' -> 'step', 'committed' -> 'commit'
    if word.endswith("ied"):
        found.add(word[:-3] + "y")
    return {base for base in found if base not in _ADJECTIVES}


def first_forms(words: tuple[str, ...], possessive: bool = False) -> frozenset[str]:
    """The forms a phrase's first word is filed under: as an inner word, and inflected as a verb where
    the word after it makes the phrase a verb phrase ('step down' in 'the case stepped down'); a verb
    phrase of three words or more listed in the past, its second word a preposition, also in its base and
    -ing forms ('released under investigation': 'release under investigation', 'releasing under
    investigation')."""
    forms = set(inner_forms(words[0], possessive))
    if len(words) > 1 and (words[1] in _PARTICLES or words[1] in _VERB_PREPOSITIONS) and words[0] not in _NOT_VERBS:
        forms.update(verb_forms(words[0]))
    # not before a particle: a past form there is as often an adjective ('joined up working': 'joining up' is
    # everyday English)
    if len(words) > 2 and words[1] in _VERB_PREPOSITIONS:
        for base in bases_of_past(words[0]):
            forms.add(base)
            forms.update(form for form in verb_forms(base) if form.endswith("ing"))
    return frozenset(forms)


def last_bases(word: str, keep_number: bool) -> set[str]:
    """The words whose endings a phrase's last word may take (language.word_forms adds them): its
    spellings, and their singular unless the phrase is jargon only in the number it is listed in
    ('short breaks': 'a short break' is everyday English)."""
    bases = spellings(word)
    if not keep_number:
        bases.update(one for one in map(singular, list(bases)) if one)
        bases.update(other for base in list(bases) for other in other_numbers(base))
    return bases


# Prefixes a glossary writes joined, hyphenated or spaced ('preterm', 'pre-term'; 'postnatal', 'post-natal';
# 'coparenting', 'co-parenting'): a one-word phrase that starts with one is also filed as two words
_PREFIXES = ("ante", "anti", "co", "inter", "intra", "multi", "non", "post", "pre", "sub")
# Words that make a verb and its particle of a compound split in two ('handover', 'follow up', 'outreach',
# 'breakdown'): the two words are everyday English ('hand over the keys'), so the compound is not split
_PARTICLES_AND_SMALL_WORDS = _FUNCTION_WORDS | frozenset(
    "up down out off over back away through about along around after before under less ever self able ability ship"
    .split())


def other_writings(phrase: str, common) -> list[str]:
    """The other ways of writing an English phrase of two parts as one word or two: a one-word phrase with
    a listed prefix or made of two common words, as two ('preterm' -> 'pre term', 'hindmilk' -> 'hind
    milk'); a phrase of two such words, as one ('hind milk' -> 'hindmilk'). A hyphenated text is read as
    two words, so 'pre-term' meets 'pre term'. common: english_rarity.common_words(), whose everyday words
    say where a compound splits; not a compound one of whose parts is a particle or a small word, which
    is a verb and its particle when spaced ('handover', 'hand over'), nor a joining that is a word of its own
    ('care taker' is no 'caretaker')."""
    words = phrase.split()
    if len(words) == 2 and "-" not in phrase:
        first, second = words
        joined = first + second
        if (first.isalpha() and second.isalpha() and min(len(first), len(second)) >= 3 and len(joined) <= 11
                and _everyday(first, common) and _everyday(second, common)
                and first not in _PARTICLES_AND_SMALL_WORDS and second not in _PARTICLES_AND_SMALL_WORDS
                and joined not in common):
            return [joined]
        return []
    if len(words) != 1 or not phrase.isalpha() or len(phrase) < 7:
        return []
    for prefix in _PREFIXES:
        rest = phrase[len(prefix):]
        if phrase.startswith(prefix) and len(rest) >= 4 and common.is_common(rest):
            return [f"{prefix} {rest}"]
    cuts = [(phrase[:cut], phrase[cut:]) for cut in range(4, len(phrase) - 3)
            if _everyday(phrase[:cut], common) and _everyday(phrase[cut:], common)
            and phrase[:cut] not in _PARTICLES_AND_SMALL_WORDS and phrase[cut:] not in _PARTICLES_AND_SMALL_WORDS]
    return [" ".join(cuts[0])] if len(cuts) == 1 else []


def _everyday(word: str, common) -> bool:
    """A common word as written, or the plural or -ing form of one: not a lemma found by a cut that leaves
    nobody's word ('disclosed' is no 'disc losed', 'sectioned' no 'sect ioned')."""
    stem = word[:-3] if word.endswith("ing") and len(word) >= 7 else word
    return any(common.is_word_as_written(form) for form in (word, singular(word) or word, stem))
