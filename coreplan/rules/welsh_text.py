"""Matching Welsh lexicon phrases in the forms a Welsh sentence gives them.

A Welsh word changes at both ends. Its first letter mutates after many small words ('lleoliad' ->
'ei leoliad', 'cynllun' -> 'fy nghynllun'), and so may any word of a phrase after a feminine noun
('cynhadledd ... gychwynnol'). Its end changes for the plural and between verb-noun and noun
('atgyfeirio', 'atgyfeiriad', 'atgyfeiriadau'). So a text word is read as itself and the radicals it may
come from (the unmutated forms), and a lexicon word stands for the forms its endings give it; they match
when the two sets meet.

A match needs the text word to be one of the forms the lexicon word's own endings give it. Endings are
taken off a text word only to find which phrases to try, never to match: stemming both sides would take
'-iad' off 'lleoliad' (placement) and make 'awdurdod lleol' (local authority) jargon. A plural made by a change inside
the word (cynhadledd / cynadleddau, plentyn / plant, bwrdd / byrddau) is data: IRREGULAR_PLURALS_CY; so are
the words official Welsh writes two ways (cymorth / cefnogaeth: SYNONYMS_CY) and the words written as one or
two (cam-drin / camdrin / camdriniaeth: _SPELLINGS_CY).

Hand-written rather than a lemmatiser: simplemma covers Welsh but costs about 0.7 s on the first word
(0.12 s to import, then its Welsh dictionary loads), on every check, and still misreads mutated verb-nouns
('fonitro' -> 'bonitro').
"""

from __future__ import annotations

from functools import lru_cache

from coreplan.text import welsh_radicals, words_with_radical

# Plural endings a noun may take (-au, -iau, -on, -ion, -ydd, -oedd, -i, -od, -edd, -aid, -iaid: cartref / cartrefi,
# merch / merched, partner / partneriaid); most nouns take one, but a text cannot hold a form that is not a word, so offering all of
# them costs nothing in precision.
_PLURALS = ("au", "iau", "on", "ion", "ydd", "oedd", "i", "od", "edd", "aid", "iaid")
# Endings that surely make a plural, taken off a lexicon word listed in the plural so that its singular is
# found too ('ffactorau risg' / 'ffactor risg'); -ydd is left alone ('ymarferydd' is no plural of 'ymarfer')
_PLURAL_ONLY = ("iau", "au", "ion", "oedd")
# Endings that turn into each other: a verb-noun, its noun of action and their plural, an agent noun and its
# plural ('atgyfeirio' / 'atgyfeiriad' / 'atgyfeiriadau', 'cofrestru' / 'cofrestriad', 'eiriolwr' / 'eiriolwyr',
# 'ymarferydd' / 'ymarferwyr'), and the two agent endings that name the same person ('mabwysiadwr' /
# 'mabwysiadydd', 'cynghorwr' / 'cynghorydd': glossaries use both)
_SWAPS = (("io", ("iad", "iadau", "iwyd", "iodd")), ("iad", ("io", "iadau")), ("u", ("iad", "iadau", "wyd", "odd")),
          ("wr", ("wyr", "ydd", "yddion")), ("ydd", ("wyr", "wr")), ("i", ("wyd", "odd")),
          # an agent noun in -iwr loses its i in the plural ('gweithiwr' / 'gweithwyr', 'cyfreithiwr' /
          # 'cyfreithwyr', 'camdriniwr' / 'camdrinwyr')
          ("iwr", ("wyr",)),
          # an agent noun listed in the plural is found in the singular too ('gofalwyr ifanc cudd' / 'gofalwr
          # ifanc cudd', 'benthycwyr arian didrwydded' / 'benthycwr arian didrwydded'), as a plural in -au or
          # -ion is (_PLURAL_ONLY); and the agent in -ydd takes -yddion in the plural, as Welsh councils write
          # it ('gofalwyr maeth' / 'gofalyddion maeth')
          ("wyr", ("iwr", "wr", "ydd", "yddion")),
          # a verb-noun in -u and the agent noun made from it, who does it ('aildroseddu' / 'aildroseddwr' /
          # 'aildroseddwyr'): one way only, as English derives a noun from its verb (language._DERIVED): the
          # doer of a listed act is jargon too, but the act of a listed doer is often plain ('darparwr
          # gwasanaeth', a service provider; 'darparu gwasanaethau', to provide services)
          ("u", ("wr", "wyr")),
          # a place noun in -fa and its plural in -feydd ('swyddfa' / 'swyddfeydd', 'cronfa' / 'cronfeydd',
          # 'meithrinfa' / 'meithrinfeydd'): no ending added to the singular gives it
          ("fa", ("feydd",)), ("feydd", ("fa",)))


# Plurals made by a change inside the word, which no ending gives: singular -> plurals. Either form in a
# lexicon phrase matches the other in a text ('cyfrifoldeb rhiant' / 'cyfrifoldeb rhieni', 'Byrddau Diogelu
# Plant' / 'Bwrdd Diogelu Plant', 'oedolyn sy'n wynebu risg' / 'oedolion sy'n wynebu risg').
IRREGULAR_PLURALS_CY = {
    "plentyn": ("plant",), "rhiant": ("rhieni",), "oedolyn": ("oedolion",), "person": ("pobl",),
    "bwrdd": ("byrddau",), "cynhadledd": ("cynadleddau",), "gorchymyn": ("gorchmynion",),
    "gwarcheidwad": ("gwarcheidwaid",), "angen": ("anghenion",), "maen": ("meini",), "athro": ("athrawon",),
    "athrawes": ("athrawesau",), "cyngor": ("cynghorau",), "babi": ("babanod",), "perthynas": ("perthnasau",),
    "cymydog": ("cymdogion",), "brawd": ("brodyr",), "chwaer": ("chwiorydd",), "gwraig": ("gwragedd",),
    "mab": ("meibion",), "llys-riant": ("llys-rieni",), "gofalwraig": ("gofalwragedd",), "claf": ("cleifion",),
    "trefniant": ("trefniadau",), "ymyrraeth": ("ymyriadau", "ymyriad"), "cyfarwyddyd": ("cyfarwyddiadau",),
    "ysbyty": ("ysbytai",), "canolfan": ("canolfannau",), "nyrs": ("nyrsys",), "anaf": ("anafiadau",),
    "cwrs": ("cyrsiau",),
    # a vowel that changes, an h that drops or an n that doubles before the plural ending ('prawf modd' / 'profion
    # modd', 'cyflwr hirdymor' / 'cyflyrau hirdymor', 'anhawster dysgu' / 'anawsterau dysgu', 'rhaglen rianta' /
    # 'rhaglenni rhianta', 'cymhorthydd' / 'cymorthyddion')
    "prawf": ("profion",), "cyflwr": ("cyflyrau",), "anhawster": ("anawsterau",), "cymhwyster": ("cymwysterau",),
    "rhaglen": ("rhaglenni",), "ffurflen": ("ffurflenni",), "cymhorthydd": ("cymorthyddion",),
    # a vowel that changes and an accent that drops: the heads of many a service's name ('timau integredig
    # cymorth i deuluoedd', 'cyrff llywodraethu', 'adrannau achosion brys')
    "tîm": ("timau",), "corff": ("cyrff",), "adran": ("adrannau",),
    # an accent that drops before an ending Welsh writes two ways ('apêl derbyn' / 'apelau derbyn' / 'apeliadau
    # derbyn', 'panel apêl' / 'paneli apeliadau')
    "apêl": ("apelau", "apeliadau"),
    # an adjective with a plural of its own, which some Welsh writes after a plural noun ('pobl ifanc' / 'pobl
    # ifainc', 'troseddwyr ifanc' / 'troseddwyr ifainc')
    "ifanc": ("ifainc",),
}

# Words that official Welsh writes two ways for one thing, either of which a glossary may list: a text that
# writes the other is read as the same phrase ('camdriniaeth ddomestig' / 'cam-drin domestig', 'cefnogaeth
# ôl-fabwysiadu' / 'cymorth ôl-fabwysiadu'). Kept to words that mean the same in every phrase they are in.
SYNONYMS_CY = {
    "cymorth": ("cefnogaeth",), "diogelu": ("amddiffyn",),
    # a parent's and parenting, which glossaries write after the same nouns ('cyfrifoldeb rhiant' / 'cyfrifoldeb
    # rhianta', 'asesiad rhianta', 'gallu rhianta')
    "rhiant": ("rhianta",),
}
_OTHER_NUMBER = {}
for _singular, _plurals in (*IRREGULAR_PLURALS_CY.items(), *SYNONYMS_CY.items()):
    _OTHER_NUMBER.setdefault(_singular, set()).update(_plurals)
    for _plural in _plurals:
        _OTHER_NUMBER.setdefault(_plural, set()).add(_singular)
_OTHER_NUMBER = {word: tuple(sorted(others)) for word, others in _OTHER_NUMBER.items()}


# A noun in -n whose n doubles before the plural ending ('amserlen' / 'amserlenni', 'rhaglen' / 'rhaglenni',
# 'adran' / 'adrannau', 'canolfan' / 'canolfannau'): a pattern, not a list, as the endings above are
_DOUBLED_N = ("ni", "nau")


def _forms(word: str) -> set[str]:
    forms = {word}
    forms.update(word + plural for plural in _PLURALS)
    if word.endswith("n") and len(word) >= 5:
        forms.update(word + plural for plural in _DOUBLED_N)
    for ending, others in _SWAPS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            forms.update(word[: -len(ending)] + other for other in others)
    return forms


def _singulars(word: str) -> tuple[str, ...]:
    """The singular a lexicon word listed in the plural may have: 'ffactorau' -> 'ffactor'."""
    for ending in _PLURAL_ONLY:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return (word[: -len(ending)],)
    return ()


@lru_cache(maxsize=4096)
def lexicon_forms(word: str) -> frozenset[str]:
    """The forms a lexicon word may take in a text, read from its radical (it may be written mutated), and
    from its singular when it is listed in the plural."""
    forms: set[str] = set()
    for base in (word, *welsh_radicals(word)):
        for each in (base, *_singulars(base), *_OTHER_NUMBER.get(base, ())):
            forms |= _forms(each)
    return frozenset(forms | _unaccented(forms))


# Welsh is often typed without its accents ('grwp', 'tim', 'ol-fabwysiadu'): a word and a lexicon word are
# also compared with their accents taken off. No lexicon word differs from another by an accent alone.
_UNACCENTED = str.maketrans("âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ", "aeiouwyaeiouwyaeiouwyaeiouwy")


def unaccented(word: str) -> str:
    """The word with its accents taken off, as the lexicon's words are compared."""
    return word.translate(_UNACCENTED)


def _unaccented(words) -> set[str]:
    return {unaccented(word) for word in words}


@lru_cache(maxsize=8192)
def text_keys(word: str) -> frozenset[str]:
    """A lower-case text word and the radicals it may come from, with and without accents.

    Cached: it runs for every word of every text the jargon rule reads, and plans repeat their words.
    """
    keys = {word, *welsh_radicals(word)}
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "iuw":
        keys.add(word[:-2])  # a pronoun on a small word: 'amddifadu o'u rhyddid' is 'amddifadu o ryddid'
    elif len(word) > 5 and word[-2] in "'’" and word[-1] == "r":
        # the article on a noun before the word that names it: 'anhwylderau'r sbectrwm awtistig' is 'anhwylderau
        # sbectrwm awtistig', as 'anhwylderau y sbectrwm' would be (an article between two words is read past)
        keys.add(word[:-2])
    return frozenset(keys | _unaccented(keys))


# What a text word's ending may be taken back to: ending -> [(what to put in its place, the shortest stem
# left)]; a plural ending is dropped (a stem of 3 letters or more), a swapped one put back (4 or more).
_TAKEN_BACK: dict[str, list[tuple[str, int]]] = {}
for _plural in _PLURALS:
    _TAKEN_BACK.setdefault(_plural, []).append(("", 3))
for _plural in _DOUBLED_N:
    _TAKEN_BACK.setdefault("n" + _plural, []).append(("n", 4))
for _ending, _others in _SWAPS:
    for _other in _others:
        _TAKEN_BACK.setdefault(_other, []).append((_ending, 4))
_ENDING_LENGTHS = sorted({len(ending) for ending in _TAKEN_BACK})


@lru_cache(maxsize=8192)
def _bases(word: str) -> frozenset[str]:
    """The lexicon words a text word may be a form of: itself, its radicals, and each without an ending.

    Each form's last few letters are looked up, not every ending tried in turn: this runs once for every
    distinct word a check reads."""
    found = set(text_keys(word))
    for form in tuple(found):
        for length in _ENDING_LENGTHS:
            for put_back, shortest in _TAKEN_BACK.get(form[-length:], ()):
                if len(form) - length >= shortest:
                    found.add(form[:-length] + put_back)
    for form in tuple(found):
        found.update(_OTHER_NUMBER.get(form, ()))
    return frozenset(found)


def welsh_bases(word: str) -> frozenset[str]:
    """The lexicon words a text word may be a form of (see _bases)."""
    return _bases(word)


def index_phrases(phrases: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """a phrase's first word (and its radicals) -> [(the phrase's words, the phrase)], longest phrase first.

    Only the first word is filed, under a handful of keys, so building the index costs little on every run;
    the forms of each word are worked out when a text first needs them (and cached).
    """
    index: dict[str, set[tuple[tuple[str, ...], str]]] = {}
    for phrase, listed in phrases.items():
        listed = tuple(token for token in listed if token not in _ARTICLES) or listed
        for tokens in _spellings(listed):
            # a phrase whose first word is listed in the plural is filed under its singular too ('ffactorau risg'
            # at 'ffactor'); a word on its own is not: the lexicon lists a singular beside it ('lleoliad',
            # 'lleoliadau'), which a team may ignore on its own
            singulars = _singulars(tokens[0]) if len(tokens) > 1 else ()
            for key in {*text_keys(tokens[0]), *(k for single in singulars for k in text_keys(single))}:
                index.setdefault(key, set()).add((tokens, phrase))
    # a total order, so the index is the same whatever order phrases came in
    return {key: sorted(entries, key=lambda entry: (-len(entry[0]), entry[1], entry[0]))
            for key, entries in index.items()}


# Words that texts write in more than one way, as one word or two (the lexicon's words are split at a
# hyphen, as a text's are): a phrase listed with one is filed under each ('cam-drin emosiynol', 'camdrin
# emosiynol', 'camdriniaeth emosiynol'; 'camfanteisio' / 'cam-fanteisio'), and a glossary's 'a/neu' ('and/or')
# stands for whichever a text writes ('anawsterau a/neu anableddau dysgu', 'anawsterau ac anableddau dysgu').
_SPELLINGS_CY: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("cam", "drin"): (("camdrin",), ("camdriniaeth",)),
    ("camdriniaeth",): (("cam", "drin"), ("camdrin",)),
    ("camfanteisio",): (("cam", "fanteisio"),),
    ("camfanteisio'n",): (("cam", "fanteisio'n"),),
    ("a/neu",): (("a",), ("ac",), ("neu",)), ("domestig",): (("yn", "cartref"),),
}
_LONGEST_SPELLING = max(len(written) for written in _SPELLINGS_CY)


# Prefixes Welsh writes joined to a word, hyphenated or apart ('amlddisgyblaethol', 'aml-ddisgyblaethol';
# 'hunanreoleiddio', 'hunan-reoleiddio'; 'ailasesiad', 'ail asesiad'): a word listed joined is also filed as
# two, which a hyphenated text is read as. Not 'cyn' nor 'gor', which start more words than they prefix
# ('cynllun', 'gorchymyn'); a rest of five letters or more, so that a short word is never split.
_PREFIXES_CY = ("aml", "rhyng", "hunan", "ail", "cyd", "gwrth", "ôl", "traws", "lled")


def _prefix_split(word: str) -> tuple[str, ...] | None:
    for prefix in _PREFIXES_CY:
        if word.startswith(prefix) and len(word) - len(prefix) >= 5 and "'" not in word:
            return prefix, word[len(prefix):]
    return None


def _spellings(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrase's words as listed, and as each other way of writing its words gives them."""
    if not tokens:
        return [()]
    ways = [(tokens[:1], 1)]
    split = _prefix_split(tokens[0])
    if split:
        ways.append((split, 1))
    for length in range(1, min(_LONGEST_SPELLING, len(tokens)) + 1):
        ways += [(other, length) for other in _SPELLINGS_CY.get(tokens[:length], ())]
    return list(dict.fromkeys(written + rest for written, length in ways for rest in _spellings(tokens[length:])))


def words_at_a_start(index) -> set[str]:
    """Every lower-case text word at which welsh_match_at may find a phrase of this index: the words whose
    bases (_bases) meet its keys, worked out backwards from the keys (an ending put on, a mutation put on).

    Kept with the index (coreplan.derived), so a text word that is not among them costs one set look-up.
    """
    found: set[str] = set()
    for key in index:
        forms = {key, *_OTHER_NUMBER.get(key, ())}
        for ending, ways_back in _TAKEN_BACK.items():
            for put_back, shortest in ways_back:
                stem = key[:len(key) - len(put_back)]
                if key.endswith(put_back) and len(stem) >= shortest:
                    forms.add(stem + ending)
        for form in forms:
            found.add(form)
            found.update(words_with_radical(form))
    return found


def welsh_match_at(lowered: list[str], i: int, index) -> tuple[str, int] | None:
    """(the phrase, its length in words) of the longest Welsh phrase whose words match the text's from word i.

    Bounded work per word: the candidates filed under the few lexicon words it may be a form of, each
    compared word by word.
    """
    if not index:
        return None
    best: tuple[str, int] | None = None
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for base in _bases(lowered[i]):
        for tokens, phrase in index.get(base, ()):
            n = len(tokens)
            # n words match n to 2n - 1 of the text's (an article between each two): one that cannot be
            # longer than the best found is not compared
            if (phrase, tokens) in seen or i + n > len(lowered) or (best and 2 * n - 1 < best[1]):
                continue
            seen.add((phrase, tokens))
            length = _matched_length(lowered, i, tokens)
            # the longest in words of the text; of two as long, the first in alphabetical order, so the
            # finding is the same on every run (_bases is a set, whose order changes with the hash seed)
            if length and (best is None or length > best[1] or (length == best[1] and phrase < best[0])):
                best = (phrase, length)
    return best


# The article, which a text may write between two words of a phrase where the lexicon does not ('Gwarcheidwad
# y Plant', 'gwarcheidwad plant'), or leave out where it does ('er lles pennaf plentyn'); index_phrases files
# a phrase without its articles, and lexicon_word takes the 'r of 'i'r', 'o'r' off a word.
ARTICLES = _ARTICLES = frozenset(("y", "yr"))


def welsh_next_keys(word: str, index) -> frozenset[str] | None:
    """The forms (lexicon_forms) of which the next word of a text (after one article, as _matched_length
    reads it) must meet one for welsh_match_at to find a phrase at word; None if a phrase of one word may
    start there. Lets the jargon rule pass over the many words that start a phrase but not this one."""
    needed: set[str] = set()
    for base in _bases(word):
        for tokens, _phrase in index.get(base, ()):
            if len(tokens) == 1:
                return None
            needed |= POSSESSIVES if tokens[1] in POSSESSIVES else lexicon_forms(tokens[1])
    return frozenset(needed)


def _matched_length(lowered: list[str], i: int, tokens: tuple[str, ...]) -> int:
    """How many text words from word i the phrase's words (articles left out) match, or 0.

    A possessive pronoun is the phrase's whoever it is said of: one the lexicon writes matches any other
    ('diwallu ei anghenion', 'diwallu dy anghenion', 'diwallu eu hanghenion'), and one the text writes
    between two of a phrase's words is read past, as an article is ('diwallu anghenion' in 'diwallu ei
    anghenion'), though not after a preposition; the word after it is read from its radical, as any mutated
    word is."""
    j = i
    for k, token in enumerate(tokens):
        if k and j < len(lowered) and lowered[j] in _ARTICLES:
            j += 1
        if k and j < len(lowered) and lowered[j] in POSSESSIVES and token not in POSSESSIVES \
                and tokens[k - 1] not in _NOT_A_MODIFIER_CY:
            j += 1  # (not after a small word: 'ar drwydded' is on licence, 'ar eich trwydded yrru' is not)
        if j >= len(lowered):
            return 0
        if token in POSSESSIVES and lowered[j] in POSSESSIVES:
            j += 1
            continue
        if text_keys(lowered[j]).isdisjoint(lexicon_forms(token)):
            return 0
        j += 1
    return j - i


# The possessive pronouns, written apart ('ei', 'eu', 'fy', 'dy', 'ein', 'eich'; 'i'w', 'o'u' are read by text_keys)
POSSESSIVES = frozenset("ei eu fy dy ein eich".split())


# Small words that never name a head word after it: articles, prepositions, particles, pronouns, numbers in
# words, the everyday words of time and the court ('gorchymyn i'r tad', 'asesiad o'r teulu', 'yr asesiad yn
# dechrau', 'gwrandawiad llys' is plain as 'a court hearing' is in English), 'mewn' and the words of degree
# ('y gofal mwyaf arbenigol', 'gofal mewn ysbyty arbenigol': the care, not a service's name), and the day
# or the time of day something happens ('y gwrandawiad ddydd Llun', 'yr asesiad fore Mercher', 'y gwrandawiad
# mis nesaf'), and which one of a series it is, as 'newydd', 'nesaf' and 'olaf' are ('asesiad pellach', 'y gorchymyn
# presennol', 'yr asesiad gwreiddiol': the head alone, plain).
_NOT_A_MODIFIER_CY = frozenset("""
    y yr r i o ar at am gan gyda efo â ag yn wedi a ac neu ond na nac nad bod sy sydd fydd bydd oedd mae roedd
    ei eu fy ein eich dy ni chi nhw hi fe fo e ef hwn hon hyn hynny yma yna newydd nesaf cyntaf olaf arall eraill
    hefyd heddiw ddoe yfory erbyn pan os er tan fel felly dros drwy trwy heb rhwng wrth ym yng ymhob pob un dau
    dwy tri tair pedwar llys llysoedd mam tad nain taid rhieni teulu w iddo iddi iddyn ganddo ganddi ganddyn
    wnaed gwnaed wnaeth gafodd cafodd cael gael cyn llawn byr hir mawr bach da gwael cyflym
    mewn mwy mwyaf fwy fwyaf iawn
    dydd ddydd nos fore bore brynhawn prynhawn wythnos mis fis blwyddyn flwyddyn
    pellach presennol blaenorol diwethaf gwreiddiol diweddaraf
""".split())


def welsh_headed_phrase_at(lowered: list[str], i: int, heads, need_a_service_word=frozenset(),
                           service_words=frozenset(), need_a_kind=frozenset()) -> tuple[str, int] | None:
    """(the head word, its phrase's length in words) when word i is a head word of the lexicon in any of its
    forms ('orchymyn', 'asesiadau') and the words after it name it; else None.

    Welsh puts a noun's modifier after it, so any court order, hearing or named assessment is found whether
    the lexicon lists it or not ('gorchymyn gofal', 'asesiad parhaus'); the head alone, or before a small
    word, is plain. A head in need_a_service_word (a plan, a team, a panel, an officer...) is jargon only when
    a word of a service names it ('cynllun gweithredu', 'tîm integredig', 'swyddogion adolygu'), or names it
    after the people it serves ('cartrefi plant preswyl'): 'cynllun bwyd' and 'tîm pêl-droed' are plain.
    A head in need_a_kind is jargon only before the word of a kind (welsh_kind_at).
    """
    if not heads or i + 1 >= len(lowered):
        return None
    if need_a_kind and lowered[i + 1] == "dan" and i + 2 < len(lowered) \
            and not text_keys(lowered[i + 2]).isdisjoint(service_words):
        # a kind under a service's rule is named as a learned adjective names it ('cleifion dan gyfyngiadau', 'claf
        # dan oruchwyliaeth', 'cleifion dan warcheidiaeth', as 'claf mewnol'); a family is named by birth alone, and
        # 'dan' before anything else ('ymddygiad dan straen', 'niwed dan do') leaves the head plain
        head = next((base for base in sorted(_bases(lowered[i]))
                     if base in need_a_kind and base in heads and base not in FAMILY_HEADS_CY), None)
        if head:
            return head, 3
    if need_a_kind:
        kind = welsh_kind_at(lowered, i, heads, need_a_kind)
        if kind:
            return kind
    after = lowered[i + 1]
    if after == "wrth" and i + 2 < len(lowered) and "cefn" in text_keys(lowered[i + 2]):
        # kept in reserve ('cynllun wrth gefn', 'gofalwr wrth gefn'), as English 'contingency plan' is jargon
        head = next((base for base in sorted(_bases(lowered[i])) if base in need_a_service_word), None)
        return (head, 3) if head else None
    if after == "i" and i + 2 < len(lowered) and _a_verb_noun(lowered[i + 2]):
        # fitness for what the care system judges a person fit to do, named by the verb-noun after 'i'
        # ('addasrwydd i faethu', 'addasrwydd i warchod plant'), as the lexicon lists 'addasrwydd i fabwysiadu',
        # 'addasrwydd i ofalu' and 'addasrwydd i ymarfer'; 'addasrwydd i'r plant' and 'addas i fyw' stay plain
        head = next((base for base in sorted(_bases(lowered[i]))
                     if base in _FITNESS_HEADS_CY and base in need_a_service_word), None)
        if head:
            return head, 3
    names_it = _names(after)
    if not names_it and after not in _SERVED:
        return None
    # the word as written (or its radical) first, then in alphabetical order: 'gorchymyn' is read as the
    # singular head, not as 'gorchmynion', and the same head is found on every run (_bases is a set, whose
    # order changes with the hash seed)
    keys = text_keys(lowered[i])
    for base in sorted(_bases(lowered[i]), key=lambda base: (base not in keys, base)):
        if base not in heads or base in need_a_kind:
            continue
        if base not in need_a_service_word:
            return (base, 2) if names_it else None
        if base in _NAMED_BY_AN_ADJECTIVE_TOO and names_it and _of_a_kind(after, family=False):
            return base, 2  # 'gwarcheidwad arbennig', 'gwarcheidwad cyfreithiol'
        if (base in _PERSONAL_DOCUMENT_HEADS and names_it and i + 2 < len(lowered)
                and "personol" in text_keys(lowered[i + 2]) and "personol" not in text_keys(after)):
            return base, 3  # 'cynllun addysg personol', 'cynllun diogelwch personol'
        # the word of a service may come after other words that name the head with it ('Pwyllgorau Ardal
        # Amddiffyn Plant', 'rhestr wirio risg'), never after a small word ('cynllun i'r plant ... diogelu')
        for k in range(i + 1, min(i + 1 + _SERVICE_WORD_WITHIN, len(lowered))):
            between = lowered[k - 1]
            if k > i + 1 and (not (_names(between) or between in _SERVED)
                              or any(base in heads and base not in need_a_kind for base in _bases(between))):
                break  # a small word, or a head of its own ('y llys orchymyn gofal interim')
            if not text_keys(lowered[k]).isdisjoint(service_words):
                return base, _named_to(lowered, k + 1, service_words) - i
    return None


# Heads named by the verb-noun of what a person is judged fit to do, after 'i' (welsh_headed_phrase_at)
_FITNESS_HEADS_CY = frozenset(("addasrwydd",))
# The endings of a verb-noun's radical ('mabwysiadu', 'gweithio', 'ymarfer', 'gwarchod'), of five letters or more
_VERB_NOUN_ENDINGS_CY = ("u", "io", "o", "i", "ed", "er", "od")


def _a_verb_noun(word: str) -> bool:
    """Whether a text word may be a verb-noun ('fabwysiadu', 'ymarfer'), not a family or the people a service
    serves ('deulu', 'plant')."""
    radicals = text_keys(word)
    return radicals.isdisjoint(FAMILY_HEADS_CY | _SERVED) and any(
        len(radical) >= 5 and radical.endswith(_VERB_NOUN_ENDINGS_CY) for radical in radicals)


# Heads of a kind (jargon_cy.yaml, before_a_kind). A harm or a behaviour is named by the learned adjective after
# it: 'cam-drin ysbrydol', 'camdriniaeth ariannol', 'esgeulustod emosiynol', 'niwed cronnus', 'ymddygiad
# gorfodaethol', listed or not, as the lexicon lists so many; the word alone, or before an everyday adjective
# ('cam-drin rhywiol', 'niwed difrifol', 'ymddygiad da'), a noun or a small word ('cam-drin plant', 'niwed i'r
# babi'), is plain. A family (FAMILY_HEADS_CY) is named only by a word of birth ('teuluoedd biolegol', 'rhieni
# genedigol', 'teulu geni'), never by how it is ('teulu estynedig', 'teulu cariadus'); 'rhiant' is a head of a
# service, which 'biolegol' names as it names a service ('rhiant biolegol', 'rhiant maeth').
FAMILY_HEADS_CY = frozenset("teulu mam tad perthynas brawd chwaer".split())
_BIRTH_CY = frozenset("biolegol genedigol geni".split())
# The endings of a Welsh adjective made from a noun ('ysbrydol', 'economaidd', 'domestig', 'problemus'), read
# on a word of six letters or more
ADJECTIVE_ENDINGS_CY = ("ol", "aidd", "ig", "us", "og")
# Adjectives a family uses of a harm or a behaviour (the plain words the lexicon offers: 'niwed difrifol',
# 'cam-drin rhywiol heb gyffwrdd', 'ymddygiad rhywiol', 'cam-drin domestig'), of when and how sure
# ('blaenorol', 'honedig'), of how it differs or is judged ('anghenion gwahanol', 'ymddygiad cadarnhaol',
# 'ymddygiad amhriodol', 'ymddygiad anarferol', 'anghenion unigol'), how it is done ('cam-drin geiriol', as
# English 'verbal abuse' is plain), and nouns with those endings ('ysgol', 'cymydog')
_EVERYDAY_ADJECTIVES_CY = frozenset("""
    difrifol rhywiol corfforol domestig parhaol parhaus bwriadol blaenorol arferol gwirioneddol cyffredinol ychwanegol
    posibl tebygol honedig diweddar presennol cynnar eithafol ofnadwy ymosodol meddyliol cymdeithasol
    hirdymor tymor byr amlwg gweladwy cyson aml pellach cyfredol penodol arwyddocaol
    dyddiol wythnosol misol meddygol sylfaenol personol ymarferol gwerthfawr newydd
    ysgol heol cymydog nadolig
    gwahanol cadarnhaol negyddol unigol priodol amhriodol naturiol anarferol geiriol
""".split())


def welsh_kind_at(lowered: list[str], i: int, heads, kinds) -> tuple[str, int] | None:
    """(the head of a kind, its phrase's length in words) when word i opens a head of kinds ('cam-drin',
    written with a hyphen, apart or as one) named by the word of a kind after it; else None."""
    keys = _bases(lowered[i])
    if "cam" in keys and i + 1 < len(lowered) and lowered[i + 1] in ("drin", "driniaeth"):
        head, after = "cam-drin", i + 2
    else:
        head = next((base for base in sorted(keys) if base in kinds), None)
        after = i + 1
    if head is None or head not in kinds or head not in heads or after >= len(lowered):
        return None
    if _of_a_kind(lowered[after], family=head in FAMILY_HEADS_CY):
        return head, after + 1 - i
    if (head in _ADDITIONAL_NEEDS and "anghenion" in text_keys(lowered[i]) and _names(lowered[after]) and after + 1 < len(lowered)
            and "ychwanegol" in text_keys(lowered[after + 1]) and "ychwanegol" not in text_keys(lowered[after])):
        return head, after + 2 - i  # 'anghenion cefnogi ychwanegol', 'anghenion dysgu ychwanegol'
    return None


# Needs named by a noun and 'ychwanegol' after it, as English 'additional learning needs' and 'additional
# support needs' are named needs; only the plural names them ('mae angen help ychwanegol' is plain), and
# 'anghenion ychwanegol' alone stays plain words
_ADDITIONAL_NEEDS = frozenset(("angen",))


def _of_a_kind(word: str, family: bool) -> bool:
    keys = text_keys(word)
    if family:
        return not keys.isdisjoint(_BIRTH_CY)
    return (len(word) >= 6 and _names(word) and word.endswith(ADJECTIVE_ENDINGS_CY)
            and keys.isdisjoint(_EVERYDAY_ADJECTIVES_CY))


# Heads of a service that a learned adjective names as well as a word of a service: a guardian in law
# ('gwarcheidwad arbennig', 'gwarcheidwad cyfreithiol', as the lexicon lists 'gwarcheidiaeth arbennig' and
# English 'special guardian'); an everyday adjective ('gwarcheidwad da') is plain, as _of_a_kind reads it
_NAMED_BY_AN_ADJECTIVE_TOO = frozenset(("gwarcheidwad",))
# Heads of a document that a noun and 'personol' after it name, as English 'personal education plan' and
# 'personal safety plan' are named documents: 'cynllun addysg personol', 'cynllun diogelwch personol',
# 'cynllun datblygu personol'. 'cynllun personol' alone and 'cynllun bwyd' stay plain
_PERSONAL_DOCUMENT_HEADS = frozenset(("cynllun",))

# How far after a head the word of a service that names it may be: the head's next three words
_SERVICE_WORD_WITHIN = 3


def _names(word: str) -> bool:
    """Whether a word after a head may name it: a word of content, not a small word, a number or a sign."""
    return not (word in _NOT_A_MODIFIER_CY or len(word) < 3 or not word.replace("-", "").isalpha())


def _named_to(lowered: list[str], end: int, service_words) -> int:
    """Where the words naming a service end: further service words and the people it serves are part of its
    name ('gwasanaethau amddiffyn plant', 'swyddogion adolygu annibynnol', 'Bwrdd Diogelu Plant Rhanbarthol')."""
    while end < len(lowered) and lowered[end] != "cyn" and (
            lowered[end] in _SERVED or not text_keys(lowered[end]).isdisjoint(service_words)):
        end += 1
    return end


# The people a service is for, which may stand between its head and the word that names it ('cartrefi plant
# preswyl', 'gwasanaethau plant arbenigol'), or 'cyn' of a hyphenated 'pre-' ('adroddiad cyn-dedfrydu')
_SERVED = frozenset("plant plentyn pobl person teulu teuluoedd oedolion rhieni cyn".split())


# Heads that open the Welsh name of a body or a programme, before a small word and more capitalised words
# ('Panel y Biwro', 'Tîm o Amgylch y Teulu', 'Fforwm y Bobl Ifanc'), as 'Court of Protection' and 'Team Around
# the Family' open English ones (coreplan.rules.english_names). Not the plan's own things ('Cynllun Mali',
# 'Cyfarfod y Teulu') nor places a family goes ('Canolfan y Dref', 'Llys y Goron')
NAME_HEADS_CY = frozenset("tîm tim panel bwrdd pwyllgor fforwm rhaglen gwasanaeth asiantaeth fframwaith "
                          "cadeirydd".split())  # ('Cadeirydd y Gynhadledd')
# The small words between such a head and the rest of its name
_NAME_LINKS_CY = frozenset("o y yr i ar am dros".split())


# Heads that open a Welsh name before capitalised words with no small word between ('Adolygiad Blynyddol',
# 'Gwarcheidwad Plant', 'Cytundeb Ysgrifenedig', 'Rhaglen Dechrau'n Deg'), as the same words end an English
# name ('Annual Review', coreplan.rules.english_names.HEADS). Not the plan's own things nor places a family
# goes ('Cynllun Mali', 'Cyfarfod y Teulu', 'Tîm Iechyd', 'Canolfan Deulu', 'Gwasanaeth Ieuenctid'), as
# 'Team', 'Service' and 'Centre' end no English name; and only before a word the Welsh lexicon writes or
# an adjective ('Blynyddol', 'Plant'), not a person's name ('Asesiad Lowri' is read as any assessment is).
NAME_FIRST_HEADS_CY = frozenset("""
    gorchymyn asesiad gwrandawiad cynhadledd adolygiad panel bwrdd pwyllgor fforwm uned asiantaeth darparydd
    swyddog cydlynydd cytundeb rhaglen ymyrraeth gweithdrefn rhybudd awdurdod cynghorydd fframwaith protocol
    cofrestr gwarcheidwad
""".split())
# Names every family in Wales knows (lower case): a name that starts with one is plain
PLAIN_NAMES_CY = ("bwrdd iechyd", "awdurdod lleol", "gwasanaethau cymdeithasol", "swyddog heddlu")
# A person's role that plans write in capitals ('y Gweithiwr Cymdeithasol', 'y Person Ifanc', 'ei Hymwelydd
# Iechyd'), as English roles (english_names._ROLE_LAST): a listed role is found by the lexicon whatever its
# capitals, and an unlisted one is plain words, not a name in capitals
_ROLES_CY = frozenset("""
    gweithiwr gweithwyr ymwelydd ymwelwyr nyrs nyrsys person pobl athro athrawes athrawon cynorthwyydd
    cynorthwywyr arweinydd arweinwyr gwirfoddolwr gwirfoddolwyr aelod aelodau rhiant rhieni
""".split())


def welsh_name_at(written: list[str], lowered: list[str], i: int, joined, heads,
                  welsh_word=None) -> tuple[str, int] | None:
    """(the head word, the name's length in words) of a Welsh name opened by word i: a head of NAME_HEADS_CY
    (and of heads, whose plain words the finding offers) with a capital, a small word of _NAME_LINKS_CY, then
    one or more capitalised words, each joined to the one before (joined(k): words k and k + 1 stand in one
    name, with no stop or comma between); or a head of NAME_FIRST_HEADS_CY and a capitalised word that
    welsh_word(lower-case word) says is Welsh, then perhaps more; else None."""
    size = len(written)
    if i + 1 >= size or not written[i][:1].isupper() or not joined(i):
        return None
    if lowered[i + 1] in _NAME_LINKS_CY:
        if i + 2 >= size or not _title(written[i + 2]) or not joined(i + 1):
            return None
        names = NAME_HEADS_CY
        end = i + 3
    elif welsh_word is not None and _title(written[i + 1]) and (
            welsh_word(lowered[i + 1]) or lowered[i + 1].endswith(ADJECTIVE_ENDINGS_CY)):
        names = NAME_FIRST_HEADS_CY
        end = i + 2
        if any(" ".join(lowered[i:i + 3]).startswith(plain) for plain in PLAIN_NAMES_CY):
            return None
    else:
        return None
    head = next((base for base in sorted(_bases(lowered[i])) if base in names and base in heads), None)
    if head is None:
        return None
    # then more capitalised words, or a small word and a capitalised one ('Tîm o Amgylch y Teulu')
    while end < size and joined(end - 1) and (_title(written[end]) or (
            lowered[end] in _NAME_LINKS_CY and end + 1 < size and joined(end) and _title(written[end + 1]))):
        end += 1 if _title(written[end]) else 2
    return head, end - i


def _title(word: str) -> bool:
    """A capitalised word, not capitals for emphasis ('Teulu', 'Biwro'; not 'TEULU')."""
    return word[:1].isupper() and not word[1:].isupper() and word[1:2].isalpha()


# Words that open a place a family goes, not a thing to explain ('Ysgol Gymunedol Penrhyn', 'Canolfan Gymunedol
# y Rhyl', 'Ysbyty Athrofaol Cymru'), as english_names.PLACES
PLACES_CY = frozenset("""
    ysgol ysgolion canolfan ysbyty meddygfa clinig ward eglwys capel neuadd llyfrgell gorsaf stryd heol ffordd
    coleg prifysgol meithrinfa cylch swyddfa parc pwll tŷ plas fferm cartref
""".split())
# Words that open the name of a benefit or a payment, which a family applies for and must use by name
# ('Credyd Cynhwysol', 'Taliad Annibyniaeth Personol', 'Yswiriant Gwladol', as the lexicon's plain Welsh
# writes them): never a name title_names_in reports
_BENEFITS_CY = frozenset("credyd taliad taliadau lwfans budd-dal budd yswiriant pensiwn grant".split())
_PLACES_OR_BENEFITS_CY = PLACES_CY | _BENEFITS_CY
# Verbs and small words that open a sentence before a name ('Mae Datrysiad Cymunedol...', 'Bydd Maethu
# Preifat...'): not a word of the name
_OPENING_WORDS_CY = _NOT_A_MODIFIER_CY | frozenset("""
    mae bydd roedd oedd cafodd caiff aeth daeth dywedodd gwnaeth nid does dylai gall rhaid hoffai bu fydd mi
    fe siaradodd ffoniodd gofynnodd anfonodd darllenodd llofnododd ysgrifennodd
""".split())


# (session 29, fa) Words of a family's calendar, as English names stop at a day, a month or a festival
# (english_names._NOT_IN_A_SERVICE_NAME): a run in capitals holding one is an event's name ('Goleuadau'r Nadolig',
# 'Ffair Nadolig Gymunedol', 'Gŵyl Ddiolchgarwch'), never a service to explain
_CALENDAR_CY = frozenset("""
    nadolig pasg calan gaeaf diolchgarwch dwynwen dewi llun mawrth mercher iau gwener sadwrn sul ionawr chwefror
    ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr
""".split())
# A service word whose everyday sense opens a name: 'llwybr' is a footpath or a trail ('Llwybr Arfordir Cymru',
# 'Llwybr Diod y Wrach'), a pathway of services only with another word of a service ('Llwybr Gofal Integredig')
_EVERYDAY_FIRST_CY = frozenset(("llwybr", "llwybrau"))


def title_names_in(written: list[str], lowered: list[str], joined, welsh_word, service_words) \
        -> list[tuple[int, int]]:
    """(first word, one past the last) of each Welsh name written in capitals with no head word NAME_HEADS_CY
    or NAME_FIRST_HEADS_CY knows ('Datrysiad Cymunedol', 'Derbyn Gorfodol', 'Maethu Preifat', 'Gofal Cymdeithasol
    i Blant'): two or more capitalised words joined (a small word of _NAME_LINKS_CY may come between), each a
    word the Welsh lexicon writes or a Welsh adjective (so never a person's or a place's own name: 'Mali
    Jones', 'Gogledd Cymru'), one a word of a service ('Maethu', 'Gorfodol') or, after the first, a learned
    adjective ('Cymunedol'); not a place a family goes (PLACES_CY) nor a name every family knows (PLAIN_NAMES_CY)."""
    # only a capitalised word can open or continue a name: the others are passed over without a look, which
    # matters because this reads every text with two capitalised words in a row, English plans' included
    titled = [k for k, word in enumerate(written) if word[:1].isupper() and _title(word)]
    if len(titled) < 2:
        return []
    is_titled = frozenset(titled)
    found = []
    size, k = len(written), 0  # k: the first word not yet read
    for first in titled:
        if first < k:
            continue
        k = first
        if k + 1 >= size:
            break
        if not _bases(lowered[k]).isdisjoint(_PLACES_OR_BENEFITS_CY):
            k += 1  # a place or a benefit: none of its words opens a name ('Taliad Annibyniaeth Personol')
            while k < size and joined(k - 1) and (k in is_titled or lowered[k] in _NAME_LINKS_CY):
                k += 1
            continue
        if lowered[k] in _OPENING_WORDS_CY or not welsh_word(lowered[k]) or not joined(k):
            k += 1
            continue
        # (a word of a service may open it, 'Maethu Preifat', unless it is an everyday first word)
        learned = not (text_keys(lowered[k]) - _EVERYDAY_FIRST_CY).isdisjoint(service_words)
        end, titled_words = k + 1, 1
        while end < size and joined(end - 1):
            if lowered[end] in _NAME_LINKS_CY and end + 1 < size and joined(end) and end + 1 in is_titled:
                end += 1
                continue
            word = lowered[end]
            if end not in is_titled or not (welsh_word(word) or word.endswith(ADJECTIVE_ENDINGS_CY)):
                break
            learned = learned or not text_keys(word).isdisjoint(service_words) or (
                len(word) >= 6 and word.endswith(ADJECTIVE_ENDINGS_CY))
            titled_words += 1
            end += 1
        while end > k and lowered[end - 1] in _NAME_LINKS_CY:
            end -= 1
        name = " ".join(lowered[k:end])
        if titled_words >= 2 and learned and not any(name.startswith(plain) for plain in PLAIN_NAMES_CY) \
                and _bases(lowered[k]).isdisjoint(_ROLES_CY) \
                and all(_bases(word).isdisjoint(_CALENDAR_CY) for word in lowered[k:end]):
            found.append((k, end))
        k = max(end, k + 1)
    return found
