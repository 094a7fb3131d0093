"""Words nobody listed that a family may not know: the jargon rule's word-rarity signal.

A lexicon finds only what it lists, and the technical words of health, law and housing have no end
('albumin', 'intestacy', 'erythema', 'shorthold'). What they share is that they are rare: no list of the
words people use every day holds them. coreplan ships such a list (data/common_words.txt, derived from
SCOWL's size-graded English word lists by tools/derive_common_words.py; its licence is beside it), and a
word of a text is reported when no form of it is there.

A word is looked at only where it can be an unknown word and not a name: written in lower case, or with a
capital as the first word of a sentence (a capital inside a sentence is a person, a place, a school or a
service); long enough (short rare words are mostly names, codes and slang); letters only (not a number or
a code); not a name the case gives a person, place or service, nor a word of the case's glossary; not in
a sentence written in Welsh, nor a word spelled as Welsh words are ('cwtch', 'Llinos'). A word is common
when the list holds it or its lemma: without a plural, -ed, -ing, -ly, -er or -ness ending, and in its
British or American spelling (coreplan.rules.english_forms). A word explained in brackets where it is
used is not reported ('meconium (the baby's first poo)'), nor one a team names in ignore_terms.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import lru_cache

from coreplan import patterns
from coreplan.packed import SortedTable, pack_table
from coreplan.rules.english_forms import singular, spellings

# The shortest word looked at: shorter rare words are mostly names, codes and slang, and the technical
# words worth reporting are long (chosen on the dev part of tests/corpus/public and the plain corpora)
SHORTEST = 5
# The longest: English words are shorter ('antidisestablishmentarianism' has 28 letters); a longer run of
# letters is no word (a code, a pasted string) and is never looked up, which keeps a 900 KiB 'word' cheap
LONGEST = 30
# The shortest capitalised first word of a sentence looked at: most first names are shorter, and a name
# the case does not give ('Osian', 'Lowri') must not be reported as a rare word
SHORTEST_CAPITALISED = 7

# The most rare words reported in one text: a text with more is no plan's prose (a pasted table, a list of
# codes, another language), and one finding a word, each placed in the file, would bury the others and cost
# a long text its length for each of them
MOST_PER_TEXT = 20

# Endings taken off to find a word's lemma, each with what may have stood before it ('nappies' -> 'nappy',
# 'sublets' -> 'sublet', 'engorged' -> 'engorge', 'kindly' -> 'kind'). Not a stemmer: a candidate lemma only
# makes a word common when the list holds it, so a wrong cut costs nothing but a look-up.
_ENDINGS = (("ness", ""), ("ily", "y"), ("ly", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"),
            ("ing", ""), ("ing", "e"), ("ers", ""), ("ers", "e"), ("er", ""), ("er", "e"), ("ment", ""),
            ("ments", ""), ("ful", ""), ("less", ""), ("able", ""), ("able", "e"))


def lemmas(word: str) -> set[str]:
    """A lower-case word and the words it may be a form of (see _ENDINGS), in either spelling."""
    found = spellings(word)
    for form in list(found):
        one = singular(form)
        if one:
            found.add(one)
    for form in list(found):
        for ending, before in _ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                base = form[: -len(ending)] + before
                found.add(base)
                if len(base) > 3 and base[-1] == base[-2] and not before:  # 'subletting' -> 'sublett' -> 'sublet'
                    found.add(base[:-1])
    return found


def lemmas_as_written(word: str) -> Iterator[str]:
    """The words a lower-case word may be a form of, as it is spelled (those of lemmas() without the other
    spelling), the likeliest first: most words of a plan not listed as written are a listed word with a
    plural or other ending ('mornings', 'walks'), found at the first or second look-up."""
    one = singular(word)
    if one:
        yield one
    for form in (word, one) if one else (word,):
        for ending, before in _ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                base = form[: -len(ending)] + before
                yield base
                if len(base) > 3 and base[-1] == base[-2] and not before:  # 'subletting' -> 'sublett' -> 'sublet'
                    yield base[:-1]


class CommonWords:
    """The shipped list of common words, each looked up when first asked about and remembered, so a word met
    again costs a dict look-up.

    The file (tools/derive_common_words.py) has three sections, a blank line between them, each sorted, one
    word a line: the everyday words (the commonest), of which a compound of two is everyday too; the
    other common words; the names of people and places that are no word. `sections` maps each word to the
    sections that hold it (EVERYDAY, OTHER, NAME; from_text), as a dict or as kept (coreplan.packed).
    """

    __slots__ = ("_sections", "_seen", "_common", "_rare", "not_rare", "rare_words")

    _MOST_SEEN = 100_000  # texts of made-up words, file after file: memory stays bounded

    def __init__(self, sections: Mapping[str, int]) -> None:
        self._sections = sections
        self._seen: dict[str, int] = {}  # each word looked up -> its sections (0: none)
        self._common: dict[str, bool] = {}  # is_common's answers: a text's words are mostly met before
        self._rare: dict[str, bool] = {}  # is_rare's
        # the lower-case words of texts met so far that can never be rare words (too short, not letters,
        # common or Welsh), and those that are: candidates() reads a text's words against them in one step
        self.not_rare: set[str] = set()
        self.rare_words: set[str] = set()

    @staticmethod
    def from_text(text: str) -> dict[str, int]:
        """The sections of each word of the list's text."""
        sections: dict[str, int] = {}
        for section, words in zip((EVERYDAY_WORD, OTHER_WORD, NAME), text.strip("\n").split("\n\n", 2)):
            for word in words.split("\n"):
                sections[word] = sections.get(word, 0) | section
        return sections

    def _sections_of(self, word: str) -> int:
        found = self._seen.get(word)
        if found is None:
            if len(self._seen) >= self._MOST_SEEN:
                self._seen.clear()
            found = self._seen[word] = self._sections.get(word, 0)
        return found

    def __contains__(self, word: str) -> bool:
        return self._sections_of(word) != 0

    def __len__(self) -> int:
        return len(self._sections)

    def is_name(self, word: str) -> bool:
        """Whether a lower-case word is a name of a person or place and no word ('jones', not 'care')."""
        return self._sections_of(word) == NAME

    def is_common(self, word: str) -> bool:
        """Whether a lower-case word is common: it or one of its lemmas is on the list, or it is an
        everyday word with a prefix that keeps its meaning ('unsupervised', 'reassessed'), or a compound of
        two everyday words ('playtime', 'schoolwork', 'helpline')."""
        found = self._common.get(word)
        if found is None:
            if len(self._common) >= self._MOST_SEEN:
                self._common.clear()
            found = self._common[word] = self._worked_out(word)
        return found

    def is_rare(self, word: str) -> bool:
        """Whether a lower-case word is a rare English word: not common, and not spelled or lettered as
        Welsh words are."""
        found = self._rare.get(word)
        if found is None:
            if len(self._rare) >= self._MOST_SEEN:
                self._rare.clear()
            found = self._rare[word] = not self.is_common(word) and not _welsh_word(word)
        return found

    def _worked_out(self, word: str) -> bool:
        if word in self:  # most words of a plan, as written: no lemma to work out
            return True
        # most of the rest are a listed word with an ending: its lemmas as written are looked up one by one
        # before all its lemmas in both spellings are worked out, which only a word none of them is needs
        if any(form in self or form in EVERYDAY for form in lemmas_as_written(word)):
            return True
        if any(form in self or form in EVERYDAY for form in lemmas(word)):
            return True
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 5 and self._after_a_prefix(word[len(prefix):]):
                return True
        return any(self._everyday_word(word[:cut]) and self._everyday_word(word[cut:])
                   for cut in range(3, len(word) - 2))

    def _after_a_prefix(self, rest: str) -> bool:
        """Whether what follows a prefix is a common word, a plural, -ed or -ing form of one ('rehomed',
        'unsupervised'), or a word made from one with another ending ('unlovable'); not a noun in -ment made
        from a word of four letters, a cut that leaves nobody's word ('reablement' is no 're' + 'able' +
        'ment', where 'reinstatement' is 're' + 'instate' + 'ment')."""
        if rest in self or rest in EVERYDAY:
            return True
        inflected = {form[: -len(ending)] + before for form in spellings(rest) for ending, before in _INFLECTIONS
                     if form.endswith(ending) and len(form) - len(ending) >= 3}
        if any(form in self for form in inflected):
            return True
        short_ment = {form[: -len(ending)] for form in spellings(rest) for ending in ("ment", "ments")
                      if form.endswith(ending) and len(form) - len(ending) < 5}
        return any(form in self or form in EVERYDAY for form in lemmas(rest) - short_ment)

    def _everyday_word(self, word: str) -> bool:
        return bool(self._sections_of(word) & EVERYDAY_WORD) \
            or any(self._sections_of(form) & EVERYDAY_WORD for form in lemmas_as_written(word)) \
            or any(self._sections_of(form) & EVERYDAY_WORD for form in lemmas(word))

    def is_word_as_written(self, word: str) -> bool:
        """Whether a lower-case word, as written, is on the list as a word (everyday or other; not a name)."""
        return bool(self._sections_of(word) & (EVERYDAY_WORD | OTHER_WORD))


# The endings of a plural, a past and an -ing form, with what may have stood before them: after a prefix
# (CommonWords._after_a_prefix) these keep a word of any length ('rebooked', 'reheated')
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                ("ing", "e"))

# The sections of the list of common words (CommonWords)
EVERYDAY_WORD, OTHER_WORD, NAME = 1, 2, 4

# Prefixes that keep the meaning of the word after them plain ('unannounced', 'reassessed', 'overtired')
_PREFIXES = ("un", "re", "over", "under", "out")


def letter_runs(word: str) -> list[str]:
    """The runs of three letters of a lower-case word, its start and end marked: 'mae' -> ^ma, mae, ae$."""
    marked = f"^{word}$"
    return [marked[i:i + 3] for i in range(len(marked) - 2)]


@lru_cache(maxsize=1)
def _welsh_letters() -> Mapping[str, float]:
    return SortedTable(*_kept_lists().get("welsh letters", lambda: pack_table(_read_welsh_letters())))


def _read_welsh_letters() -> dict[str, float]:
    from coreplan.paths import data_dir

    parts = (data_dir() / "welsh_letters.txt").read_text(encoding="utf-8").split()  # run, score, run, ...
    return dict(zip(parts[::2], map(float, parts[1::2])))


def welsh_score(word: str) -> float:
    """How much likelier a lower-case word's letters are in Welsh than in English, per run of three letters
    (data/welsh_letters.txt, tools/derive_common_words.py): above 0 it reads as Welsh ('ataliol',
    'gyfyngiadau'), below as English ('erythema', 'intestacy')."""
    runs = letter_runs(word)
    scores = _welsh_letters()
    return sum(scores.get(run, 0.0) for run in runs) / len(runs)


def _welsh_word(word: str) -> bool:
    """A lower-case word no English list holds that reads as Welsh: by its spelling, or by its letters."""
    return bool(_WELSH_SPELLING.search(word)) or welsh_score(word) > 0


@lru_cache(maxsize=1)
def common_words() -> CommonWords:
    """The shipped list (read once per process: it is data, the same for every case)."""
    return CommonWords(SortedTable(*_kept_lists().get("common words", lambda: pack_table(_read_common_words()))))


def _read_common_words() -> dict[str, int]:
    from coreplan.paths import data_dir

    return CommonWords.from_text((data_dir() / "common_words.txt").read_text(encoding="utf-8"))


# The word lists as kept between runs (coreplan.derived), packed (coreplan.packed): reading a list's text and
# splitting it into its 35,000 words cost more than a tenth of a one-case check, which looks up a few hundred
@lru_cache(maxsize=1)
def _kept_lists():
    from coreplan import derived, packed
    from coreplan.paths import data_dir

    return derived.Kept("word-lists", (__file__, packed.__file__, data_dir() / "common_words.txt",
                                       data_dir() / "welsh_letters.txt"))


def copies_to_ship() -> list[tuple[str, bytes, dict]]:
    """(name, digest, copy) of the word lists, as the wheel ships them (coreplan.shipped)."""
    kept = _kept_lists()
    values = {"common words": pack_table(_read_common_words()), "welsh letters": pack_table(_read_welsh_letters())}
    return [(kept.name, kept.sources_digest(), values)]


# Plain words plans use that the graded list lacks at the size chosen (with their lemmas' other forms):
# chosen on the dev part of tests/corpus/public and on the plain corpora, never on held-out rows. (The words
# of the lexicon's own plain alternatives are plain too: language.Lexicon.plain_words.)
EVERYDAY = frozenset("""
    online grandma breastfeed childminder
    ebook ereader icloud imessage iplayer
    bobble minibeast scrunchie welly wellies onesie skatepark plimsoll plimsolls hoodie selfie playdough panto
    dodgems candyfloss chippy breastfed naptime launderette laundrette lanyard cookery
    alpaca meerkat lemur puffin stingray budgie terrapin chinchilla
    tombola conker smoothie smoothies muslin geocaching
    yoghurt yoghurts lolly lollies satsuma crumpet pitta houmous hummus lasagne bolognese chipolata oatcake
    toastie toasties sarnie sarnies butty butties scone slushie slushies sippy plait plaits plaited onesies
    gumshield gumshields shinpad shinpads futsal verruca verrucas
    grandad grandads auntie aunties aunty stepdads gramps
    chickenpox conjunctivitis impetigo paracetamol ibuprofen
    abseil abseiling orienteering coasteering grobag grobags
    micro
    chemo specs jammies telly tellies
""".split())
# (session 29, fa: the second line, the things of a child's school and play day a family writes in lower case
# ('a bobble for PE', 'a minibeast hunt', 'the skatepark', 'candyfloss at the fair'), found missing by fresh
# plain controls from schools' and holiday clubs' pages and by probe sentences of our own)
# (session 30, fb: the third line, the animals of a family's day out at a farm, a zoo or an aquarium and the pets a
# child keeps that the graded list lacks ('alpaca walking', 'feeding the meerkats', 'our budgie'): a holiday club's
# page named one among its activities; the others are the same kind, none of them a word of any service; and the
# fourth line, a school fair's tombola, autumn's conkers, a smoothie, a baby's muslin and a family's geocaching walk,
# found by probe sentences of our own written after the controls)
# (session 33, pc3: the fifth and sixth lines, the food of a family's table and a child's lunch box and treats the
# graded list lacks ('yoghurts' in a packed lunch letter, 'an ice lolly on a hot day', 'a satsuma', 'crumpets for
# tea', 'a toastie'), a toddler's sippy cup, a plait in a child's hair and the plural of 'onesie': two dev rows of
# the third fresh set of controls and probe sentences of our own written after them; none is a word of any service)
# (session 34, pc4: the seventh line, the kit and games of a child's sports club and swimming lessons the graded list
# lacks ('a gumshield and shin pads for training', 'shinpads', 'futsal on Fridays', 'verruca socks at the pool'):
# probe sentences of our own written after the fourth fresh set of controls; none is a word of any service; and the
# eighth line, the words a child and a family write for grandparents, aunts and step-parents in lower case ('a book
# about a bear whose grandad died', 'staying with my auntie'), found by a second round of those probes)
# (session 35, pc5: the ninth line, the common illnesses of a child's school year and the medicines every family
# keeps in the cupboard, as a school's or a pharmacy's page for parents names them ('keep her off until the
# chickenpox spots have scabbed over', 'paracetamol, not ibuprofen'): two dev rows of the fifth fresh set of
# controls and probe sentences of our own written after them; the words of a clinic a family glossary would
# explain ('emollient', 'meconium') stay rare and reported; and the tenth line, the activities of a school's
# residential at an outdoor centre ('abseiling and orienteering', 'coasteering') and a baby's sleeping bag ('a
# grobag'), found by probe sentences of our own written after those controls; a council's or a clinic's word
# ('concessionary', 'kerbside', 'defibrillator') is left as it was; and the eleventh, 'micro' before a hyphen or a
# noun ('the puppy will be micro-chipped', 'a micro scooter'), found by the en13 lexicon round: as a word of its own
# it is the first half of an everyday compound, never a service's term)
# (session 36, pc6: the twelfth line, the short words a family writes for a child's treatment, glasses and
# night clothes ('his chemo on the ward every other Monday', 'her new specs', 'in his jammies') and for the
# television of a ward's playroom or a court's witness room ('a telly, some books and a kettle'), found by probe
# sentences of our own written after the sixth fresh set of controls; the word a ward's glossary explains stays
# (the lexicon's 'cannula' and 'nebuliser', and 'grommets' stays rare and reported), as the en14 round left
# 'chemotherapy' out of the lexicon as a word parents use)
# A word of one or two small letters, then a capital: the name of an online service or device ('eVisa',
# 'ePassport', 'iPlayer'), read as a word in lower case: a rare one is reported, a common one ('iPad') is not
_SMALL_THEN_CAPITAL = re.compile(r"[a-z]{1,2}[A-Z][a-z]{2,}")

# Words in a sentence that make it Welsh: short words English does not write on their own
_WELSH_WORDS = frozenset("""
    yn yr y mae bydd bod wedi gyda ei eu ac sy sydd roedd oedd fydd ddim nhw chi hefyd gan yng ym fy ein eich
    neu ond iddo iddi hwn hon hyn yma yno mewn gyda'r i'r o'r a'r yw ydy dydy byddwn byddaf
    efallai achos ble beth pwy sut pryd
""".split())
# A word spelled as only Welsh words are: 'dd', a first 'll', 'w' or 'y' as the vowel, a circumflex
# ('ffion', 'gwael', 'ngholeg'; 'cwtch', 'hwn', 'gwneud'); English words that match are common, and only a
# word no list holds is asked about
_WELSH_SPELLING = re.compile(r"dd|^ll|^ff|^gw|^ngh|^mh|^nh|[ŵŷâêîôû]|wy|yw|[bcdfghmnpst]w[bcdfgklmnprst]|"
                             r"^[^aeiou]+$|^[^aeiouy]*w[^aeiou]*$")
# The first word of a sentence: at the start of the text, or after a stop, a colon, a bullet or a line break
_SENTENCE_START = patterns.compile(r"(?:^|[.!?:;•*\n]\s*|\n\s*[-*]\s+)[\"'‘“(\[]?$")
# Words after a sentence's first word that make it a person doing something, not a thing ('Rhiannon will',
# 'Angharad has', 'Gwenllian and her brother')
_AFTER_A_NAME = frozenset("""
    will would has had is was and says said can could should may might must wants likes loves lives goes does
    did feels sees told asked gets got went came takes took needs keeps knows thinks
""".split())
# A bracket after the word that explains it in two words or more
_EXPLAINED_AFTER = patterns.compile(r"\s{0,2}\(\s*[^()\s]+\s+[^()]{1,300}\)")


def looks_welsh(words: list[str]) -> bool:
    """Whether a run of lower-case words is written in Welsh: two of its words, or a quarter of them, are
    words only Welsh writes on their own."""
    welsh = sum(1 for word in words if word in _WELSH_WORDS)
    return welsh >= 2 or (welsh and welsh * 4 >= len(words))


def candidates(written: list[str], lowered: list[str]) -> list[int]:
    """The indices of the words of a text that may be rare words: long enough, letters only, and no common
    English or Welsh word. Most texts have none, and then the text is looked at no further."""
    common = common_words()
    new = set(lowered).difference(common.not_rare)  # one step: most texts' words are all met before
    if not new:
        return []
    if len(common.not_rare) >= common._MOST_SEEN:  # texts of made-up words, file after file: memory bounded
        common.not_rare.clear()
        common.rare_words.clear()
    for low in new.difference(common.rare_words):
        if SHORTEST <= len(low) <= LONGEST and low.isalpha() and common.is_rare(low):
            common.rare_words.add(low)
        else:
            common.not_rare.add(low)
    if common.rare_words.isdisjoint(new):
        return []
    rare = common.rare_words
    return [k for k, low in enumerate(lowered) if low in rare]


def rare_word_spans(text: str, written: list[str], spans: list[tuple[int, int]], lowered: list[str],
                    taken: list[tuple[int, int]], skip: frozenset[str], welsh_starts=None,
                    among: list[int] | None = None) -> list[int]:
    """The indices (into written, spans and lowered: the words as language.PHRASE_WORD splits them) of the
    rare words of a text, in order, once each (its first use); taken: the spans another finding holds;
    skip: lower-case words not to report (names the case gives, its glossary's words, a team's
    ignore_terms); welsh_starts: a word -> flags mapping whose truth says the word starts a Welsh lexicon
    phrase (a Welsh word); among: candidates(written, lowered), if worked out already."""
    common = common_words()
    found: list[int] = []
    reported: set[str] = set()
    sentences: dict[tuple[int, int], bool] = {}  # (first word, last word) -> English?
    bounds_of: list[tuple[int, int]] | None = None  # each word's sentence, worked out when first needed
    taken = sorted(taken)
    taken_starts = [start for start, _ in taken]
    for k in candidates(written, lowered) if among is None else among:
        word, low = written[k], lowered[k]
        if not word.isalpha():
            continue  # a possessive: mostly a name ('Seren's'), never a term
        if word[0].isupper():
            if len(word) < SHORTEST_CAPITALISED or not word[1:].islower():
                continue  # a short name, or initials or capitals for emphasis
            start = spans[k][0]
            if not _SENTENCE_START.search(text, max(0, start - 4), start):
                continue  # a capital inside a sentence: a name
            if k + 1 < len(lowered) and lowered[k + 1] in _AFTER_A_NAME:
                continue  # a person doing something ('Angharad has')
            if k + 1 < len(written) and written[k + 1][:1].isupper():
                if common.is_name(lowered[k + 1]):
                    continue  # a person's name and surname ('Angharad Jones'), not a term ('Ambulatory Care')
        elif not word.islower() and not _SMALL_THEN_CAPITAL.fullmatch(word):
            continue  # 'McDonald', 'TikTok'; not 'eVisa', an online service's name (an everyday one, 'iPad', is common)
        if low in reported or low in skip:
            continue
        if welsh_starts is not None and welsh_starts.get(low):
            continue  # a word of the Welsh lexicon
        start, end = spans[k]
        at = bisect_left(taken_starts, end) - 1  # the last finding starting before this word ends
        if at >= 0 and taken[at][1] > start:
            continue  # inside a listed phrase, which has its own plain words
        if _not_a_word_here(text, start, end) or _EXPLAINED_AFTER.match(text, end):
            continue
        if k > 0 and text[start - 1:start] == "-" and spans[k - 1][1] == start - 1 \
                and common.is_common(lowered[k - 1] + low):
            continue  # the second half of a hyphenated word: 'co-ordinates' is 'coordinates'
        if bounds_of is None:
            bounds_of = _sentences(text, spans)
        bounds = bounds_of[k]
        english = sentences.get(bounds)
        if english is None:
            english = sentences[bounds] = _english_sentence(written, lowered, bounds, common)
        if not english:
            continue  # Welsh, or another language: no English word is rare there
        reported.add(low)
        found.append(k)
        if len(found) == MOST_PER_TEXT:
            break
    return found


def _not_a_word_here(text: str, start: int, end: int) -> bool:
    """Part of an address, a file name or a code: 'nhs.uk', 'name@example', 'case_2'."""
    before = text[start - 1] if start else " "
    after = text[end:end + 2] + "  "  # never empty: '' is in every string
    return before in "@._/\\#" or after[0] in "@_/\\" or (after[0] == "." and after[1].isalnum())


def _sentences(text: str, spans) -> list[tuple[int, int]]:
    """Each word's sentence, as (its first word, its last word): the words between the stops around it. One
    pass over the text, so a long text of rare words costs its length, not its length squared."""
    bounds: list[tuple[int, int]] = []
    first = 0
    for k in range(len(spans)):
        if k + 1 == len(spans) or _ends_a_sentence(text[spans[k][1]:spans[k + 1][0]]):
            bounds.extend([(first, k)] * (k + 1 - first))
            first = k + 1
    return bounds


def _english_sentence(written: list[str], lowered: list[str], bounds: tuple[int, int], common: CommonWords) -> bool:
    """Whether word k's sentence (the words between the stops around it) reads as English: fewer than two
    of its words are words only Welsh writes on their own ('yn', 'mae', 'gyda'); none of its words in lower
    case is spelled as only Welsh words are ('gwael', 'ystafell'); and in a sentence of four words or more,
    fewer than a third of those words are unknown to English ('Mae'n gweithio shifftiau'). A sentence of
    plain words with one or two rare ones is English; so is a bare term ('Erythema toxicum'), but not a
    short one with a Welsh word ('Hoffai weld Dad yn amlach'). Only words in lower case count: a name, Welsh
    or not, at the start of a sentence or inside it, says nothing of its language ('Ffion's midwife')."""
    first, last = bounds
    sentence = lowered[first:last + 1]
    if looks_welsh(sentence):
        return False
    small = [word for word in written[first:last + 1] if len(word) >= 3 and word.isalpha() and word.islower()]
    unknown = [word for word in small if not common.is_common(word)]
    # spelled as only Welsh is, or lettered as Welsh on balance: one word whose letters lean Welsh among
    # others that lean English is Latin or French more often ('parens patriae', 'fait accompli')
    if any(_WELSH_SPELLING.search(word) for word in unknown) or sum(map(welsh_score, unknown)) > 0:
        return False
    if len(small) < 4 and _WELSH_WORDS.isdisjoint(sentence):
        return True  # a bare term, or a short sentence with no Welsh word
    return sum(1 for word in small if not common.is_common(word)) * 3 < len(small)


def _ends_a_sentence(between: str) -> bool:
    return any(mark in between for mark in ".!?\n")
