"""A structural reading of a Welsh outcome, for the shapes the word patterns of welsh_outcomes do not reach.

The patterns in coreplan.rules.welsh_outcomes find a service by its words in a few fixed orders ('gan Gai
weithiwr allweddol', 'yn y cyfarfod'). Plans nobody here wrote put the same things in other orders, with an
article, a number or an adjective in between, and every word may be mutated. This reads the sentence as
words, each word with the radicals it may come from (coreplan.text.welsh_radicals: 'Degan' <- 'Tegan',
'roi' <- 'rhoi', 'wasanaeth' <- 'gwasanaeth'), and looks for these shapes:

- what the child will have ('Bydd gan Elis yr offer arbenigol...', 'Mae gan Degan un pwynt cyswllt'): the
  noun phrase after 'bydd/mae gan' and whoever has it is provision when one of its words is help, equipment,
  a contact or a provider (the word classes of welsh_outcomes); 'Bydd gan Jac wely glân' is his day;
- the child or family placed in the process: a preposition and one of the process's meetings or decisions
  ('yn ganolog i'r penderfyniadau', 'mewnbwn i'r adolygiad', 'ym mhob cynhadledd'), where a time word
  ('cyn yr adolygiad', 'ar ôl y cyfarfod') is only when something happens;
- a provider as the subject of an infinitive ('eisiau i'r athrawon roi mwy o amser', 'i'r gweithiwr
  ymweld'), as 'Bydd y gweithiwr yn...' is already read as the provider's work;
- knowing of a service ('yn ymwybodol o wasanaeth Meic', 'gwybod am y cymorth'), where knowing how to do
  something ('gwybod sut i anfon neges') is the child's own skill;
- the process deciding what the child is ('cael ei chydnabod fel gofalwr ifanc', 'ei drin fel plentyn yn
  gyntaf'), as 'recognised as' and 'treated as' in English;
- the child put forward for a service ('ar y rhestr ar gyfer asesiad') or made part of a service's group
  ('yn rhan o'r grŵp gofalwyr ifanc'; 'rhan o dîm pêl-rwyd yr ysgol' is the child's week);
- doing what the plan or a service asks, as the English COMPLIANCE_VERBS ('cytuno i'r cynllun', 'dilyn cyngor yr
  ymwelydd iechyd', 'cadw at y cytundeb', 'caniatáu ymweliadau', 'gadael i'r gweithwyr ddod i mewn'), where what is
  followed or agreed to is the plan's or a provider's ('dilyn y rheolau gartref', 'cytuno gyda'i chwaer', 'dilyn
  cyngor Nain' are the child's day); getting in touch with a provider, as the English CONTACT_VERBS ('cysylltu â'r
  gweithiwr cymdeithasol', 'ffonio'r gweithiwr ieuenctid'), where ringing Nain, or a key worker when she is
  frightened ('anfon neges at ei gweithiwr allweddol pan fydd ofn arni'), is the child's own; and the child put
  in a service's group ('cael ei rhoi mewn grŵp anogaeth'; 'ei rhoi yn ei gwely' is her evening);
- the means of a change, as the English reading's means phrases: help that a provider gives ('gyda chymorth
  y nyrs', 'gyda help gan y gweithiwr chwarae', 'efo cefnogaeth ei mentor'), a provider the change goes
  through ('rhoi ei barn drwy'r eiriolwr'), or a service the change comes
  from ('o ganlyniad i'r ymyrraeth', 'diolch i'r cwnsela'); help from Nain, or 'gyda chefnogaeth' with nobody
  named, is not read as a service, as 'with support' is not in English.

A reading that finds one returns the words that made it (a Reading, as the English reading does), for the
finding's message and its line and column. One pass over the words: the time is in proportion to the
sentence, and only its first _MOST_WORDS words are read.
"""

from __future__ import annotations

import re

from coreplan.rules.outcome_reading import Reading
from coreplan.rules.welsh_outcomes import (PASTIME_WORDS_CY, PROVIDER_VERB_WORDS_CY, PROVIDER_WORDS_CY,
                                           PROVISION_WORDS_CY, SEEN_PROVIDER_WORDS_CY, SERVICE_VERB_WORDS_CY)
from coreplan.rules.welsh_text import IRREGULAR_PLURALS_CY
from coreplan.text import welsh_radicals

_MOST_WORDS = 80
# A phrase is at most this many words: 'yr offer arbenigol sydd ei angen' reaches its head well within it
_PHRASE_WORDS = 5
# Words, with the article after an apostrophe as a word of its own ('i'r' -> 'i', 'r')
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")


def _single_words(words: str) -> frozenset[str]:
    """The one-word entries of a class (radical forms, lower case)."""
    return frozenset(entry for entry in words.split() if "_" not in entry)


def _two_words(words: str) -> frozenset[tuple[str, str]]:
    """The entries of two words ('gofal_plant', 'ymwelydd_iechyd'): read as a pair, as 'gofal' alone is
    care at home as often as a service."""
    return frozenset(tuple(entry.split("_")[:2]) for entry in words.split() if "_" in entry)


# Help, a provider or what a provider gives, had by the child (the classes of welsh_outcomes); a point of
# contact or someone's input is a provider's part, as 'a key person' is in English. The child's own school,
# teacher and doctor are left out: having them is the child's day ('Bydd gan Nia athrawes newydd').
_PROVIDED = (_single_words(PROVISION_WORDS_CY) | _single_words(PROVIDER_WORDS_CY)
             | _single_words(SEEN_PROVIDER_WORDS_CY) | frozenset({"cyswllt", "mewnbwn", "arbenigwr"})) \
    - frozenset({"ysgol", "athro", "athrawes", "athrawon", "pennaeth", "meddyg", "meddygon"})
_PROVIDED_PAIRS = (_two_words(PROVISION_WORDS_CY) | _two_words(PROVIDER_WORDS_CY)
                   | _two_words(SEEN_PROVIDER_WORDS_CY))
# A provider, as the subject of an infinitive; the plurals a change inside the word makes ('athrawon')
_PROVIDERS = _single_words(PROVIDER_WORDS_CY) | _single_words(SEEN_PROVIDER_WORDS_CY)
_PROVIDERS = _PROVIDERS | frozenset(plural for word in _PROVIDERS for plural in IRREGULAR_PLURALS_CY.get(word, ()))
# What a provider does to or for someone
_PROVIDER_ACTS = (_single_words(PROVIDER_VERB_WORDS_CY) | _single_words(SERVICE_VERB_WORDS_CY)
                  # and what a provider is asked to do on a visit: weigh, call, talk, listen, come, explain
                  | frozenset({"pwyso", "ffonio", "galw", "siarad", "gwrando", "dod", "esbonio", "egluro"}))
# The process's meetings, decisions and bodies, where the child or the family takes part
_PROCESS = frozenset("""
    penderfyniad penderfyniadau adolygiad adolygiadau cyfarfod cyfarfodydd cynhadledd cynadleddau panel paneli
    llys tribiwnlys cynllunio proses asesiad asesiadau trafodaethau
""".split())
# Prepositions that place someone in the process ('i'r adolygiad', 'yn y gynhadledd', 'mewn cyfarfod', 'at y
# panel', 'wrth wraidd y penderfyniadau'); 'cyn', 'ar ôl', 'erbyn', 'tan' only say when something happens
_INTO = frozenset({"i", "yn", "ym", "yng", "mewn", "at", "wrth", "gerbron"})
# What may stand between the preposition and its noun
# (not 'ei' or 'fy': 'yn ei gyfarfod adolygu' is the child's own meeting, where he says how he feels, which is
# how the change is known)
_ARTICLES = frozenset({"y", "yr", "r", "pob", "bob", "mhob", "holl", "gwraidd", "wraidd", "ganol", "nghanol",
                       "galon", "nghalon"})
# 'cyfarfod' is also a verb-noun ('yn cyfarfod â'i ffrindiau', meeting friends): after a bare 'yn' only the
# article makes it the meeting
_ALSO_VERBS = frozenset({"cyfarfod", "cynllunio", "asesiad"})
# Words after which a noun phrase stops: prepositions, the particle, a relative, 'a' and 'ac'
_PHRASE_ENDS = frozenset("""
    yn i ar am at gyda efo gan o â ag wrth mewn dros heb hyd tan erbyn fel sy sydd a ac neu ond pan os er
    bob pob cyn ar ôl yng ym
""".split())
# After 'bydd/mae gan X', as after 'have': the number or the article before the thing had
_BEFORE_A_NOUN = frozenset({"y", "yr", "r", "un", "dau", "dwy", "tri", "tair", "rhagor", "mwy", "digon", "ei", "eu"})
_HAVING = frozenset({"bydd", "fydd", "mae", "oes", "roedd", "bydd", "byddai", "fyddai", "dylai"})
# Pastimes: a group or a team named by one is the child's week ('tîm pêl-rwyd', 'grŵp chwarae')
_PASTIMES = frozenset(PASTIME_WORDS_CY.split())
# 'lle mewn', 'lle yn y': a place allocated ('lle i chwarae', room to play, is the child's day)
_IN_A_PLACE = frozenset({"mewn", "yn", "ym", "yng", "ar", "gyda"})
# Whose the meeting is may follow 'at' and 'i' ('cyfrannu at ei hadolygiad', 'mynd i'w hadolygiad'): input
# into the process; after 'yn' it is where the child says how things are ('yn ei gyfarfod adolygu')
_OWNERS = frozenset({"ei", "eu", "ein", "eich", "fy", "dy", "w"})
# Knowing of something: 'yn ymwybodol o', 'gwybod am'
_KNOWING = {"ymwybodol": "o", "gwybod": "am", "wybod": "am", "clywed": "am", "glywed": "am"}


def _is(word: str, words: frozenset) -> bool:
    """Whether the word, or a radical it may come from, is in the class."""
    return word in words or any(radical in words for radical in welsh_radicals(word))


def _pair(words: list[str], at: int) -> bool:
    """Whether the words at and after at are one of the two-word entries ('gofal seibiant')."""
    if at + 1 >= len(words):
        return False
    firsts = (words[at], *welsh_radicals(words[at]))
    seconds = (words[at + 1], *welsh_radicals(words[at + 1]))
    return any((first, second) in _PROVIDED_PAIRS for first in firsts for second in seconds)


def _provided(words: list[str], at: int) -> bool:
    return _is(words[at], _PROVIDED) or _pair(words, at)


class _Words:
    __slots__ = ("sentence", "words", "spans")

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        lowered = sentence.lower().replace("’", "'")
        self.words: list[str] = []
        self.spans: list[tuple[int, int]] = []
        for match in _TOKEN.finditer(lowered):
            self.words.append(match.group(0))
            self.spans.append(match.span())
            if len(self.words) >= _MOST_WORDS:
                break

    def found(self, first: int, last: int, why: str) -> Reading:
        return Reading(self.sentence, self.spans[first][0], self.spans[last][1], why)


def _provision_had(text: _Words, index: int) -> Reading | None:
    """'Bydd gan Elis yr offer arbenigol': the phrase after 'gan' and whoever has it, when it is provision."""
    words = text.words
    if index == 0 or words[index - 1] not in _HAVING or index + 2 >= len(words):
        return None
    start = index + 2  # past 'gan' and the one who has it
    if words[index + 1] in ("y", "yr", "r") and start < len(words):
        start += 1  # 'gan y plant'
    while start < len(words) and words[start] in _BEFORE_A_NOUN:
        start += 1
    if start + 1 < len(words) and words[start] in ("lle", "le") and words[start + 1] in _IN_A_PLACE:
        return text.found(index, start + 1, "a place in a service")  # 'Mae gan Mali le mewn meithrinfa'
    for at in range(start, min(start + _PHRASE_WORDS, len(words))):
        if words[at] in _PHRASE_ENDS:
            return None
        if _provided(words, at):
            return text.found(index, at + (at + 1 < len(words) and _pair(words, at)), "provision the child will have")
    return None


def _in_the_process(text: _Words, index: int) -> Reading | None:
    """'i'r adolygiad', 'yn ganolog i'r penderfyniadau', 'ym mhob cynhadledd': someone placed in the process."""
    words = text.words
    at = index + 1
    articles = 0
    while at < len(words) and (words[at] in _ARTICLES or (words[index] in ("at", "i") and words[at] in _OWNERS)) \
            and articles < 3:
        at, articles = at + 1, articles + 1
    if at >= len(words) or not _is(words[at], _PROCESS):
        return None
    if words[index] in ("yn", "i") and articles == 0 and _is(words[at], _ALSO_VERBS):
        return None  # 'yn cyfarfod â'i ffrindiau', 'i gynllunio'
    return text.found(index, at, "the child's part in the process")


def _provider_to_act(text: _Words, index: int) -> Reading | None:
    """'i'r athrawon roi mwy o amser', 'i'r gweithiwr ymweld': a provider as the subject of an infinitive."""
    words = text.words
    at = index + 1
    if at < len(words) and words[at] in ("y", "yr", "r"):
        at += 1
    if at + 1 >= len(words):
        return None
    if _pair(words, at):
        at += 1  # 'i'r ymwelydd iechyd bwyso Gwen'
    elif not _is(words[at], _PROVIDERS):
        return None
    # the verb-noun, after at most one word that says which provider ('i'r gweithiwr cymdeithasol ddod') and the
    # object pronoun before it ('i'r cwnselydd fy ngweld i')
    for verb in range(at + 1, min(at + 4, len(words))):
        if _is(words[verb], _PROVIDER_ACTS):
            return text.found(index, verb, "a provider's work")
        if words[verb] in _PHRASE_ENDS or (verb > at + 1 and words[verb] not in _OWNERS):
            return None
    return None


def _knowing_of_a_service(text: _Words, index: int) -> Reading | None:
    """'yn ymwybodol o wasanaeth Meic', 'gwybod am y cymorth': the child told of a service."""
    words = text.words
    at = index + 1
    if at >= len(words) or words[at] != _KNOWING[words[index]]:
        return None
    at += 1
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at < len(words) and _provided(words, at):
        return text.found(index, at, "knowing of a service")
    return None


# Help as the means: 'gyda chymorth', 'efo help', 'drwy gefnogaeth'
_MEANS = frozenset({"gyda", "efo", "hefo", "drwy", "trwy", "thrwy"})
_HELP = frozenset({"cymorth", "cefnogaeth", "help", "arweiniad", "anogaeth"})
# Whose help it is, before the provider: 'gan', 'oddi wrth', an article or an owner ('gyda chymorth ei mentor')
_HELPS_OWNER = frozenset({"gan", "oddi", "wrth", "y", "yr", "r", "ei", "eu", "w", "i", "u", "ychwanegol", "rheolaidd",
                          "gyson", "cyson"})
# A provider whose help is the means: the people of a service (the child's teacher, school and doctor are the
# child's own day, as in _PROVIDED)
_HELPERS = _PROVIDERS - frozenset({"ysgol", "athro", "athrawes", "athrawon", "pennaeth", "meddyg", "meddygon", "tiwtor", "tiwtoriaid"})


def _means(text: _Words, index: int) -> Reading | None:
    """'gyda chymorth y nyrs', 'efo help gan y gweithiwr chwarae': help a provider gives, as the means of a change;
    and 'gyda'i gweithiwr cymorth', 'efo'r cwnselydd': the change done with a provider, as 'with her support
    worker' in English."""
    words = text.words
    at = index + 1
    while at < len(words) and words[at] in ("y", "yr", "r", "ei", "eu", "i", "u", "w"):
        at += 1
    if at >= len(words):
        return None
    if words[index] in ("gyda", "efo", "hefo") and (_is(words[at], _HELPERS) or _pair(words, at)):
        return _with_a_provider(text, index, at)
    if words[index] in ("drwy", "trwy", "thrwy") and at > index + 1 and words[at - 1] in ("y", "yr", "r") \
            and (_is(words[at], _HELPERS) or _pair(words, at) or _is(words[at], _FUNDS)) and not _is(words[at], _GROUPS):
        # 'rhoi ei barn drwy'r eiriolwr': a provider as the means, as 'through her advocate' (cw3); a group through
        # which she goes is read by its own words
        return text.found(index, at + _pair(words, at), "the means is a service")
    if not _is_help(words[at]):
        return None
    helper = _helper_after(words, at)
    return text.found(index, helper, "the means is a service") if helper is not None else None


# Money a service gives, as the means: 'cael gliniadur drwy'r grant dysgwyr', 'ymuno â'r clwb drwy'r gronfa'
_FUNDS = frozenset({"grant", "grantiau", "cronfa", "cronfeydd", "cyllid", "bwrsariaeth", "lwfans", "taliad", "taliadau"})
# Whom the child is at odds with is not a means: 'allan o drafferth gyda'r heddlu'
_AT_ODDS = frozenset({"trafferth", "drafferth", "helynt", "helbul", "ffrae", "anghytuno", "trwbl", "drwbl"})
# (session 32) A provider only near, not doing anything: 'gyda gweithiwr gerllaw' (with a worker close by), as 'with a
# worker close by' in English, where the child does the thing herself
_NEARBY = frozenset({"gerllaw", "cyfagos"})
# 'pan', 'os': turning to a provider when something happens is the child's own coping ('siarad gyda'r nyrs ysgol
# pan fydd hi'n poeni'), as 'mynd at y nyrs pan' in welsh_outcomes
_WHEN = frozenset({"pan", "os", "pryd", "bryd"})
# A team, group or course may be the child's own, named by a pastime; a person of a service is a provider whatever
# follows
_GROUPS = frozenset({"tîm", "timau", "grŵp", "grwp", "grwpiau", "grŵpiau", "cwrs", "sesiwn", "sesiynau", "rhaglen", "prosiect",
                     "clwb", "canolfan"})
# (cw13) The child's own ('gyda'i grŵp', 'efo fy nhîm'), and what may follow her own group without naming a service's
_GROUP_OWNERS = frozenset({"ei", "i", "eu", "u", "fy", "ein", "m"})
_OWN_GROUP_AFTER = frozenset({"ac", "a", "yn", "i", "ar", "am", "bob", "yng", "ym", "mewn", "amser", "dosbarth",
                              "ddosbarth", "blwyddyn", "flwyddyn", "ffrindiau", "darllen", "ei", "hi", "ef", "fo"})


def _with_a_provider(text: _Words, index: int, at: int) -> Reading | None:
    words = text.words
    last = at + 1 if _pair(words, at) else at
    if index > 0 and words[index - 1] in _AT_ODDS:
        return None
    if _is(words[at], _GROUPS) and ((last + 1 < len(words) and _is(words[last + 1], _PASTIMES))
                                    or any(_is(word, _PASTIMES) for word in words[max(0, index - 3):index])):
        return None  # 'gyda'r tîm pêl-droed', 'chwarae pêl-rwyd gyda'r tîm': the child's week ('gyda'r gweithiwr
        # ieuenctid' or 'chwarae gyda'r gweithiwr chwarae' is a provider, as 'the play specialist' in English)
    if any(word in _WHEN for word in words[last + 1:last + 6]):
        return None
    if _is(words[at], _GROUPS) and not _pair(words, at) and any(word in _GROUP_OWNERS for word in words[index + 1:at]) \
            and (last + 1 >= len(words) or words[last + 1] in _OWN_GROUP_AFTER):
        return None  # (cw13) 'bwyta ei brechdanau gyda'i grŵp': her own group of classmates, with nothing after
        # that names it a service's ('gyda'i grŵp anogaeth', 'gyda'r grŵp' stay found)
    if last + 1 < len(words) and words[last + 1] in _NEARBY:
        return None
    return text.found(index, last, "the means is a service")


def _is_help(word: str) -> bool:
    return word in _HELP or _is(word, _HELP)


def _helper_after(words: list[str], at: int) -> int | None:
    """The last word of the provider whose help the word at at is ('cymorth y nyrs', 'help gan y gweithiwr
    chwarae'), or None: help from Nain, or from nobody named, is not a service."""
    for helper in range(at + 1, min(at + 5, len(words))):
        if _is(words[helper], _HELPERS):
            return helper
        if _pair(words, helper):
            return helper + 1
        if words[helper] not in _HELPS_OWNER:
            return None
    return None


def _because_of(text: _Words, index: int) -> Reading | None:
    """'o ganlyniad i'r ymyrraeth', 'diolch i'r cwnsela': the change put down to a service."""
    words = text.words
    if index + 1 >= len(words) or words[index + 1] != "i":
        return None
    if words[index] in ("ganlyniad", "canlyniad") and not (index > 0 and words[index - 1] == "o"):
        return None
    at = index + 2
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at >= len(words):
        return None
    first = index - (words[index] != "diolch")
    if _is_help(words[at]):  # 'diolch i gymorth y nyrs'; 'diolch i help Nain' is the family
        helper = _helper_after(words, at)
        return text.found(first, helper, "the means is a service") if helper is not None else None
    if (_provided(words, at) and not _is(words[at], _NOT_A_MEANS)) or _is(words[at], _HELPERS) \
            or _is(words[at], _PROGRAMME_HEADS):
        return text.found(first, at, "the means is a service")
    return None


# A programme of a service, named as what a change comes from (as _PROGRAMMES in welsh_outcomes)
_PROGRAMME_HEADS = frozenset({"rhaglen", "rhaglenni", "cwrs", "cyrsiau", "ymyrraeth", "ymyriad", "ymyriadau", "therapi",
                              "cwnsela"})
# Provision words that may be the child's own life when a change is put down to them: contact with Dad, a
# chance, what she knows, her own things
_NOT_A_MEANS = frozenset({"cyswllt", "cysylltiadau", "cyfle", "cyfleoedd", "gwybodaeth", "offer"})

# Doing what the plan or a service asks (the English COMPLIANCE_VERBS): each verb with the words that may come
# between it and what is done as asked ('cytuno i'r cynllun', 'cadw at y cytundeb', 'glynu wrth yr amodau',
# 'dilyn cyngor y nyrs'). 'derbyn' is read here only with the plan's papers ('derbyn y cynllun'): help received
# is provision, read by welsh_outcomes.
_COMPLYING = {"cytuno": ("i", "â", "ag", "ar", "gyda", "efo", "hefo"), "dilyn": (), "cadw": ("at",),
              "glynu": ("wrth",), "ufuddhau": ("i",), "cydymffurfio": ("â", "ag", "gyda", "efo"),
              "cydweithredu": ("â", "ag", "gyda", "efo", "hefo"), "derbyn": (), "parchu": (),
              "gwrando": ("ar",), "gweithredu": ("ar",), "bodloni": (), "cyflawni": ()}
# Verbs read here only with the plan's papers and asks: 'derbyn y cynllun', 'gwrando ar gyngor y gweithwyr',
# 'gweithredu ar argymhellion y panel' ('gwrando ar y cwnselydd', a provider heard, is read by the other shapes)
# and meeting what they ask: 'bodloni amodau'r gorchymyn', 'cyflawni gofynion y cynllun' ('cyflawni ei nod o nofio
# hyd y pwll' is her own)
_PLAN_ONLY = frozenset({"derbyn", "gwrando", "gweithredu", "bodloni", "cyflawni"})
# Letting a service in (the English 'allow', 'let'): 'caniatáu ymweliadau', 'gadael i'r gweithwyr ddod i mewn'
_LETTING = frozenset({"caniatáu", "caniatau", "gadael"})
# The plan's and the process's papers and asks (the English PLAN_TERMS); 'cyngor' is also the council. A programme
# or a course is left to welsh_outcomes' _PROGRAMMES, which knows a course at college is the young person's own.
# Instructions are not here, as 'instructions' is not in English: following them is a child's skill ('dilyn
# cyfarwyddyd dau gam yn y dosbarth'); a provider's are read by whose they are ('cyfarwyddiadau'r nyrs').
_PLAN_TERMS = frozenset("""
    cynllun cynlluniau cytundeb cytundebau cyngor argymhelliad argymhellion arweiniad canllawiau contract
    amodau gofynion gofyniad triniaeth gorchymyn penderfyniad penderfyniadau
""".split())
# Visits and the way in, what a family lets a service have ('caniatáu ymweliadau dirybudd', 'caniatáu mynediad')
_VISITS = frozenset({"ymweliad", "ymweliadau", "mynediad", "asesiad", "asesiadau", "archwiliad", "archwiliadau"})
# Family and friends, whose advice or wishes a child follows as part of her day ('dilyn cyngor Nain')
_FAMILY = frozenset("""
    mam tad nain taid mamgu tadcu brawd chwaer brodyr chwiorydd modryb ewythr anti wncwl ffrind ffrindiau rhieni
    rhiant teulu cefnder cyfnither
""".split())
# Getting in touch (the English CONTACT_VERBS), with the words before whom: 'cysylltu â'r gweithiwr', 'ffonio'r
# tîm', 'anfon neges at y nyrs', 'e-bostio ei mentor'
_CONTACTING = {"cysylltu": ("â", "ag", "gyda", "efo", "hefo"), "ffonio": (), "tecstio": (), "e-bostio": (),
               "ebostio": (), "anfon": ("neges", "negeseuon", "tecst", "e-bost", "ebost", "at", "i"), "hysbysu": (),
               "ateb": (), "ymateb": (), "dychwelyd": (), "agor": ()}
# Verbs of answering a provider, read with what is answered ('ateb galwadau'r gweithiwr', 'ymateb i negeseuon y
# gweithiwr', 'dychwelyd galwadau'r gweithiwr', 'agor y drws i'r gweithwyr'); 'agor y drws i Nain' is her day
_ANSWERING = frozenset({"ateb", "ymateb", "dychwelyd", "agor"})
# What a family answers when a provider gets in touch: 'ateb galwadau'r gweithiwr', 'ateb y drws i'r gweithwyr'
_ANSWERED = frozenset({"galwad", "galwadau", "ffôn", "ffon", "drws", "neges", "negeseuon", "llythyrau", "e-byst"})
# What a report of the child starts with: 'rhoi gwybod i'r gweithiwr bod Nia'n hapusach' is how the change is known
_REPORTED = frozenset({"bod", "fod", "nad", "na", "sut", "faint"})
# Ringing the police, or the doctor, is a family's own way to keep safe or well ('ffonio'r heddlu os...'), not a
# contact the plan asks for
_NOT_CONTACTED = frozenset({"heddlu", "meddyg", "meddygon", "ysgol", "athro", "athrawes", "athrawon", "pennaeth"})
# Being put in a service's group or place, as 'put in a nurture group' (the English PASSIVE_ATTENDANCE 'put'):
# 'cael ei rhoi mewn grŵp anogaeth', 'wedi'i osod yn yr uned'
_PUTTING = frozenset({"rhoi", "rhoddi", "gosod"})
_IN = frozenset({"mewn", "yn", "ym", "yng", "i", "ar"})
_PASSIVE_MARKS = frozenset({"cael", "wedi", "caiff", "cafodd"})


def _what_is_followed(words: list[str], at: int) -> int | None:
    """The word naming the plan's or a service's thing at at ('y cynllun', 'cyngor yr ymwelydd iechyd',
    'cyfarwyddiadau'r nyrs', 'y gweithwyr'), or None: the rules at home, Nain's advice, her own routine."""
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at >= len(words) or words[at] in _PHRASE_ENDS:
        return None
    owner = at + 1
    while owner < len(words) and words[owner] in ("y", "yr", "r", "ei", "eu", "w", "i", "u"):
        owner += 1
    if owner < len(words) and (_is(words[owner], _FAMILY) or (owner == at + 1 and words[owner] in _FAMILY)):
        return None  # 'dilyn cyngor Nain', 'cyngor ei fam'
    if _is(words[at], _PLAN_TERMS):
        return at
    if _is(words[at], _GROUPS):
        return None  # 'dilyn cwrs', 'dilyn y tîm pêl-droed': a course or a team is read by welsh_outcomes' programmes
    if _is(words[at], _HELPERS) or _pair(words, at):
        return at + _pair(words, at)
    # whose it is: 'cyfarwyddiadau'r nyrs', 'rheolau'r gwasanaeth' (the school's rules are the child's day)
    if owner > at + 1 and owner < len(words) and (_is(words[owner], _HELPERS) or _pair(words, owner)):
        return owner + _pair(words, owner)
    return None


def _visits_of_a_service(words: list[str], at: int) -> bool:
    """Whether the word at at is a visit or an assessment not by the family ('ymweliadau dirybudd', 'ymweliadau
    gan y gweithiwr'; 'ymweliadau gan Nain', 'ymweliadau gyda'i thad' are the family's)."""
    return at < len(words) and _is(words[at], _VISITS) \
        and not any(_is(word, _FAMILY) or word in _FAMILY for word in words[at + 1:at + 5])


# A plan of the child's own for the moment she struggles ('ei chynllun diogelwch', 'fy nghynllun ymdopi', 'ei gynllun ei
# hun'): followed, it is her own coping, where one drawn up by a team ('a luniwyd gan y tîm argyfwng') is the service's
_COPING = frozenset({"diogelwch", "ymdopi", "tawelu"})


def _own_coping_plan(words: list[str], at: int) -> bool:
    if at + 2 >= len(words) or words[at] not in ("ei", "fy", "i") or not _is(words[at + 1], {"cynllun"}):
        return False
    if not (_is(words[at + 2], _COPING) or (words[at + 2] in ("ei", "fy") and at + 3 < len(words)
                                             and words[at + 3] == "hun")):
        return False
    return "gan" not in words[at + 3:at + 8]


def _complying(text: _Words, index: int) -> Reading | None:
    """'cytuno i'r cynllun', 'dilyn cyngor yr ymwelydd iechyd', 'cadw at y cytundeb': the plan's or a service's
    asks kept to."""
    words = text.words
    verb = next((radical for radical in (words[index], *welsh_radicals(words[index])) if radical in _COMPLYING), None)
    if verb is None:
        return None
    at = index + 1
    if verb == "dilyn" and _own_coping_plan(words, at):
        return None  # 'dilyn ei chynllun diogelwch': her own coping, as 'use her safety plan' in English (twcy)
    plan_only = verb in _PLAN_ONLY
    if verb == "cadw":  # 'cadw'r gweithiwr cymdeithasol yn gwybod am unrhyw newid': a provider kept told
        kept = at
        while kept < len(words) and words[kept] in ("y", "yr", "r", "ei", "eu"):
            kept += 1
        if kept < len(words) and (_is(words[kept], _HELPERS) or _pair(words, kept)) \
                and any(word in ("gwybod", "wybod") for word in words[kept + 1:kept + 5]):
            return text.found(index, kept + _pair(words, kept), "doing what the plan or a service asks")
    if verb == "cadw" and at < len(words) and words[at] != "at":
        plan_only = True  # 'cadw'r cytundeb', 'cadw amodau'r gorchymyn'; 'cadw'r tŷ yn daclus' is her home
    elif _COMPLYING[verb]:
        if at >= len(words) or words[at] not in _COMPLYING[verb]:
            return None
        at += 1
    if plan_only:
        while at < len(words) and words[at] in _BEFORE_A_NOUN:
            at += 1
        return text.found(index, at, "doing what the plan or a service asks") \
            if at < len(words) and _is(words[at], _PLAN_TERMS) and _what_is_followed(words, at) is not None else None
    if verb == "cytuno" and words[at - 1] == "i" and at < len(words) and words[at] not in ("y", "yr", "r", "ei", "eu"):
        # 'cytuno i weld y nyrs', 'cytuno i fynd i'r gwely': read through the verb-noun, by the other shapes,
        # unless what is agreed to is a noun of the plan's ('cytuno i gynllun diogelwch')
        if not (_is(words[at], _PLAN_TERMS) or _is(words[at], _VISITS)):
            return None
    head = _what_is_followed(words, at)
    if head is None and verb == "cytuno":
        head = at if _visits_of_a_service(words, at) else None
    return text.found(index, head, "doing what the plan or a service asks") if head is not None else None


def _letting(text: _Words, index: int) -> Reading | None:
    """'caniatáu ymweliadau', 'caniatáu i'r gweithiwr cymdeithasol weld Nia', 'gadael i'r gweithwyr ddod i mewn',
    'gadael y gweithwyr i mewn': a service let in ('gadael i'w brawd chwarae', 'gadael y tŷ' are the child's day)."""
    words = text.words
    at = index + 1
    if at < len(words) and words[at] == "i":
        at += 1
        while at < len(words) and words[at] in ("y", "yr", "r", "ei", "eu", "w"):
            at += 1
        if at < len(words) and (_is(words[at], _HELPERS) or _pair(words, at)) and not _is(words[at], _GROUPS):
            return text.found(index, at + _pair(words, at), "doing what the plan or a service asks")
        return None
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at >= len(words):
        return None
    if words[index] != "gadael" and not _is(words[index], {"gadael"}) and _visits_of_a_service(words, at):
        return text.found(index, at, "doing what the plan or a service asks")  # 'caniatáu ymweliadau'
    if (_is(words[at], _HELPERS) or _pair(words, at)) and not _is(words[at], _GROUPS) \
            and "mewn" in words[at + 1:at + 5] and "i" in words[at + 1:at + 5]:
        return text.found(index, at + _pair(words, at), "doing what the plan or a service asks")  # '... i mewn'
    return None


def _contacting(text: _Words, index: int) -> Reading | None:
    """'cysylltu â'r gweithiwr cymdeithasol', 'ffonio'r gweithiwr ieuenctid', 'anfon neges at ei mentor': a
    provider got in touch with, as an attendance; ringing Nain, or a worker when something happens ('pan fydd
    ofn arni'), is the child's own."""
    words = text.words
    told_later = None
    if words[index] in ("gwybod", "wybod"):  # 'rhoi gwybod i': telling, as 'hysbysu'
        verb, index = "rhoi gwybod", index - 1
        if index + 2 < len(words) and words[index + 2] != "i" and _parent_is_subject(words, index):
            # after a parent, what is told may come first: 'rhoi gwybod am unrhyw newidiadau i'r gweithiwr'
            told_later = next((at for at in range(index + 3, min(index + 10, len(words))) if words[at] == "i"), None)
            if told_later is None:
                return None
        elif index + 2 >= len(words) or words[index + 2] != "i":
            return None
    else:
        verb = next((radical for radical in (words[index], *welsh_radicals(words[index])) if radical in _CONTACTING),
                    None)
    if verb is None:
        return None
    at = index + 1 + (verb == "rhoi gwybod") * 2 if told_later is None else told_later + 1
    if verb == "ymateb" and at < len(words) and words[at] == "i":
        at += 1  # 'ymateb i negeseuon y gweithiwr'
    if verb in _ANSWERING:  # 'ateb galwadau'r gweithiwr', 'ateb y drws i'r gweithwyr', 'dychwelyd ei galwadau'
        while at < len(words) and words[at] in ("y", "yr", "r", "ei", "eu"):
            at += 1
        if at >= len(words) or words[at] not in _ANSWERED:
            return None
        at += 1
        while at < len(words) and words[at] in ("i", "y", "yr", "r", "ei", "eu", "w", "u"):
            at += 1
    elif verb == "anfon":  # 'anfon neges at', 'anfon tecst i'
        if at >= len(words) or words[at] not in ("neges", "negeseuon", "tecst", "e-bost", "ebost"):
            return None
        at += 1
        while at < len(words) and words[at] in ("destun", "fer", "at", "i"):
            at += 1
    elif _CONTACTING.get(verb):
        if at >= len(words) or words[at] not in _CONTACTING[verb]:
            return None
        at += 1
    while at < len(words) and words[at] in ("y", "yr", "r", "ei", "eu", "w", "u", "i"):
        at += 1  # 'i' as in 'tecstio'i weithiwr'
    if at >= len(words) or _is(words[at], _NOT_CONTACTED) or not (_is(words[at], _HELPERS) or _pair(words, at)):
        return None
    last = at + _pair(words, at)
    if _reports(words, last + 1):
        return None  # 'hysbysu'r gweithiwr bod Nia yn hapusach': how the change is known
    if _is(words[at], _GROUPS) and last + 1 < len(words) and _is(words[last + 1], _PASTIMES):
        return None  # 'ffonio'r tîm pêl-droed'
    if any(word in _WHEN for word in words[last + 1:last + 8]) \
            and not (verb in ("rhoi gwybod", "hysbysu") and _parent_is_subject(words, index)):
        # 'pan fydd ofn arni': a person she turns to in the moment, as a parent rings the health visitor if the baby is
        # ill; a parent telling the worker if something changes ('os bydd yn symud tŷ') is what the plan asks
        return None
    return text.found(index, last, "getting in touch with a service")


def _reports(words: list[str], at: int) -> bool:
    """Whether what follows at is a report of the child ('bod Nia yn hapusach'), rather than what the contact is
    for ('fel bod Cai yn ddiogel', 'er mwyn i...': the purpose, after a contact the plan asks for)."""
    return any(word in _REPORTED and not (at + offset > 0 and words[at + offset - 1] == "fel")
               for offset, word in enumerate(words[at:at + 3]))


# A parent, the subject of what the plan asks of the family: 'Bydd Dad yn dweud wrth y gweithiwr...'
_PARENT_SUBJECTS = frozenset("""
    mam tad dad rhieni rhiant llystad llysfam partner gofalwr gofalwyr
""".split())


def _parent_is_subject(words: list[str], verb: int) -> bool:
    """Whether a parent is the subject of the verb-noun at verb ('Bydd Dad yn dweud', 'Mae Mam a Dad yn'), or the
    outcome starts with it ('Dweud wrth y gweithiwr...'), which asks it of the family."""
    particle = verb - 1
    if particle < 0:
        return True
    if words[particle] not in ("yn", "n"):
        return False
    return any(_is(word, _PARENT_SUBJECTS) for word in words[max(0, particle - 4):particle])


def _telling(text: _Words, index: int) -> Reading | None:
    """'Bydd Dad yn dweud wrth y gweithiwr cymdeithasol am unrhyw newidiadau': a parent keeping a provider told, as
    'rhoi gwybod i'r gweithiwr' (the English reading of 'tell' after a parent). The child telling her worker is her
    own voice ('Bydd Mali yn dweud wrth ei gweithiwr pan fydd hi'n drist'), and telling the worker that the child is
    happier is how the change is known."""
    words = text.words
    at = index + 1
    if at >= len(words) or words[at] != "wrth" or not _parent_is_subject(words, index):
        return None
    at += 1
    while at < len(words) and words[at] in ("y", "yr", "r", "ei", "eu", "w", "u"):
        at += 1
    if at >= len(words) or _is(words[at], _NOT_CONTACTED) or not (_is(words[at], _HELPERS) or _pair(words, at)):
        return None
    last = at + _pair(words, at)
    if _is(words[at], _GROUPS) and last + 1 < len(words) and _is(words[last + 1], _PASTIMES):
        return None  # 'dweud wrth y tîm pêl-droed'
    return None if _reports(words, last + 1) else text.found(index, last, "doing what the plan or a service asks")


def _ensuring(text: _Words, index: int) -> Reading | None:
    """'Bydd Dad yn sicrhau bod y gweithwyr yn gallu gweld Tomos': a provider as the subject of what a parent makes
    sure of is the service's work made possible, as a provider as the subject is ('sicrhau bod Tomos yn ei wely erbyn
    wyth' is the child's evening, 'sicrhau bod yr ysgol yn gwybod' the child's school)."""
    words = text.words
    at = index + 1
    if at >= len(words) or words[at] not in ("bod", "fod"):
        return None
    at += 1
    while at < len(words) and words[at] in ("y", "yr", "r", "ei", "eu", "pob", "bob"):
        at += 1
    if at >= len(words) or _is(words[at], _NOT_CONTACTED) or not (_is(words[at], _HELPERS) or _pair(words, at)) \
            or _is(words[at], _GROUPS):
        return None
    return text.found(index, at + _pair(words, at), "a service's work made possible")


def _put_in(text: _Words, index: int) -> Reading | None:
    """'cael ei rhoi mewn grŵp anogaeth', 'wedi'i gosod yn yr uned': the child put in a service's group or place
    ('cael ei rhoi yn ei gwely gan Mam' is her evening)."""
    words = text.words
    if index < 2 or words[index - 1] not in _OWN or words[index - 2] not in _PASSIVE_MARKS:
        return None
    at = index + 1
    if at >= len(words) or words[at] not in _IN:
        return None
    at += 1
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at < len(words) and _is(words[at], _OWNERS):
        return None  # 'yn ei gwely', 'yn ei grŵp ffrindiau'
    if at < len(words) and (_is(words[at], _GROUPS) or (_provided(words, at) and not _is(words[at], _NOT_A_MEANS))) \
            and not (at + 1 < len(words) and _is(words[at + 1], _PASTIMES)):
        return text.found(index - 2, at + (at + 1 < len(words) and _pair(words, at)), "the child placed in a service")
    return None


# What a provider asks or advises, at the end of 'gwneud beth mae'r gweithiwr yn ei ofyn', 'dilyn yr hyn mae'r
# gweithwyr yn ei argymell'
_ASKING = frozenset({"ofyn", "gofyn", "ddweud", "dweud", "argymell", "awgrymu", "gynghori", "cynghori"})


def _as_asked(text: _Words, index: int) -> Reading | None:
    """'gwneud beth mae'r gweithiwr cymdeithasol yn ei ofyn', 'gwneud yr hyn y mae'r gweithwyr yn ei ddweud': doing
    what a provider asks ('gwneud beth mae Nain yn ei ddweud' is the child's day)."""
    words = text.words
    if index < 5 or words[index - 1] != "ei" or words[index - 2] != "yn":
        return None
    for start in range(index - 3, max(-1, index - 11), -1):
        if words[start] in ("gwneud", "wneud", "dilyn", "ddilyn") and start + 1 < len(words) \
                and words[start + 1] in ("beth", "yr"):
            for at in range(start + 2, index - 2):
                if _is(words[at], _HELPERS) or _pair(words, at):
                    return text.found(start, index, "doing what the plan or a service asks")
            return None
    return None


# The process's own paperwork, filled in, answered or signed by the child or the family ('llenwi'r ymgynghoriad cyn
# ei adolygiad', 'ateb holiadur y gwasanaeth', 'cwblhau arolwg y rhai sy'n gadael gofal', 'cwblhau ei ran o'r
# asesiad'): a step of the process, as the child placed in it is, where filling a water bottle, a job application or
# a feelings diary, or finishing homework or a race, is the child's own day
_FILLING = frozenset({"llenwi", "cwblhau", "llofnodi", "arwyddo", "ateb"})
# Papers that only the process asks for
_PAPERS = frozenset({"ymgynghoriad", "ymgynghoriadau", "holiadur", "holiaduron", "arolwg", "arolygon"})
# A form is the process's when what it is for is: a meeting or decision of the process, a consultation, a review, a
# consent, or help had ('ffurflen ymgynghori', 'ffurflen adolygu ei chynllun', 'ffurflen 'fy marn i' cyn y gynhadledd',
# 'ffurflen gais am y lwfans'); 'ffurflen gais am swydd' is the young person's own life
_FORMS = frozenset({"ffurflen", "ffurflenni"})
_WHAT_A_FORM_IS_FOR = frozenset({"ymgynghori", "adolygu", "caniatâd", "caniatad", "atgyfeirio", "atgyfeiriad"})
# How far after the form its purpose may come: 'ffurflen 'fy marn i' cyn y gynhadledd'
_FORM_WORDS = 6


def _paperwork(text: _Words, index: int) -> Reading | None:
    words = text.words
    at = index + 1
    while at < len(words) and (words[at] in _ARTICLES or words[at] in _OWNERS or words[at] in ("ran", "rhan", "o")) \
            and at - index <= 4:
        at += 1  # 'llenwi'r', 'cwblhau ei ran o'r asesiad'
    if at >= len(words):
        return None
    if _is(words[at], _PAPERS) or (_is(words[at], _PROCESS) and not (at == index + 1 and _is(words[at], _ALSO_VERBS))):
        return text.found(index, at, "the child's part in the process")
    if _is(words[at], _FORMS):
        for after in range(at + 1, min(at + 1 + _FORM_WORDS, len(words))):
            if _is(words[after], _WHAT_A_FORM_IS_FOR) or _is(words[after], _PROCESS) or _provided(words, after):
                return text.found(index, after, "the child's part in the process")
    return None


# All the verbs of complying, letting in, contact and putting, looked for first in one set
_ASKED_VERBS = frozenset(_COMPLYING) | _LETTING | frozenset(_CONTACTING) | _PUTTING


def _is_one_of(word: str, verbs) -> bool:
    return word in verbs or any(radical in verbs for radical in welsh_radicals(word))


_TRIGGERS = frozenset({"gan", "i", "yn", "ym", "yng", "mewn", "at", "wrth", "gerbron", "fel", "gyfer", "rhan",
                       "ganlyniad", "canlyniad", "diolch"}) | frozenset(_KNOWING) | _MEANS
# What the process decides the child is, before 'fel': 'cael ei chydnabod fel gofalwr ifanc', 'ei drin fel
# plentyn yn gyntaf', 'ei gofrestru fel'
_STATUS_VERBS = frozenset({"cydnabod", "trin", "ystyried", "cofrestru", "dosbarthu", "categoreiddio", "adnabod"})
_OWN = frozenset({"ei", "eu", "fy", "ein", "i", "u"})


def _status(text: _Words, index: int) -> Reading | None:
    words = text.words
    if index >= 2 and _is(words[index - 1], _STATUS_VERBS) and words[index - 2] in _OWN:
        return text.found(index - 2, index, "the process decides what the child is")
    return None


def _put_forward(text: _Words, index: int) -> Reading | None:
    """'ar gyfer asesiad', 'ar gyfer y cyfarfod': the child put forward for a service or a step of the process
    ('ar gyfer yr ysgol', for school, and 'ar gyfer tîm rygbi'r ysgol', a team named by a pastime, are the child's
    day)."""
    words = text.words
    if index == 0 or words[index - 1] != "ar":
        return None
    at = index + 1
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at + 1 < len(words) and _is(words[at + 1], _PASTIMES):
        return None
    if at < len(words) and (_provided(words, at) or _is(words[at], _PROCESS)):
        return text.found(index - 1, at, "put forward for a service")
    return None


def _part_of(text: _Words, index: int) -> Reading | None:
    """'yn rhan o'r grŵp gofalwyr ifanc': the child part of a service's group ('rhan o dîm pêl-rwyd yr ysgol',
    named by a pastime, is the child's week)."""
    words = text.words
    at = index + 1
    if at >= len(words) or words[at] != "o":
        return None
    at += 1
    while at < len(words) and words[at] in _BEFORE_A_NOUN:
        at += 1
    if at < len(words) and _provided(words, at) and not (at + 1 < len(words) and _is(words[at + 1], _PASTIMES)):
        return text.found(index, at, "the child placed in a service")
    return None


# A sentence without one of these Welsh words has none of the shapes: an English sentence stops here, before
# it is split into words (on the lower-cased sentence, without '(?i)' and word boundaries, which made the same test
# three times as slow: most of this reading's cost on an English plan).
_WELSH_MARKS = re.compile(r"[\s(](?:gan|yn|ym|yng|mewn|wrth|gerbron|fel|rhan|gyda|efo|hefo|drwy|trwy|thrwy|diolch)\s|gyfer|"
                          r"(?:gyda|efo|hefo)['’]|"
                          r"ymwybodol|wybod|lywed|i['’]r\s|\si\s(?:bob|pob)\s|anlyniad\si\s|\sat\s(?:y|yr|bob|pob|ei|eu|fy|mhob)\s|"
                          # the verbs of complying and contact, which may lead an outcome ('Dilyn cyngor y nyrs')
                          r"ytuno|dilyn|ganiat|adael|ysyllt|ffonio|tecstio|e-?bostio|glynu|ufuddhau|ymffurfio|"
                          r"weithredu|derbyn|parchu|wrando|hysbysu|ateb|odloni|yflawni|adw|"
                          # a parent telling a provider, and a provider's work made sure of
                          r"dweud\swrth|sicrhau\s[bf]od\s|ymateb|dychwelyd|agor|argymell|awgrymu|ynghori|"
                          # the process's paperwork filled in or signed ('llenwi'r ymgynghoriad', 'cwblhau arolwg')
                          r"lenwi|wblhau|lofnodi|rwyddo")


def read_welsh(sentence: str) -> Reading | None:
    """The service wording of a Welsh sentence that one of the shapes finds, the first one in the
    sentence; None when there is none."""
    if _WELSH_MARKS.search(" " + sentence.lower() + " ") is None:
        return None
    text = _Words(sentence)
    for index, word in enumerate(text.words):
        if word not in _TRIGGERS:
            if word in _ASKING:
                reading = _as_asked(text, index) or (_telling(text, index) if word in ("dweud", "ddweud") else None)
                if reading is not None:
                    return reading
                continue
            if word == "sicrhau":
                reading = _ensuring(text, index)
                if reading is not None:
                    return reading
                continue
            if _is(word, _FILLING):
                reading = _paperwork(text, index)
                if reading is not None:
                    return reading
            if not _is(word, _ASKED_VERBS):
                continue
            reading = None
            if _is_one_of(word, _COMPLYING):
                reading = _complying(text, index)
            elif _is_one_of(word, _LETTING):
                reading = _letting(text, index)
            elif _is_one_of(word, _CONTACTING):
                reading = _contacting(text, index)
            elif _is_one_of(word, _PUTTING):
                reading = _put_in(text, index)
            if reading is not None:
                return reading
            continue
        if word == "gan":
            reading = _provision_had(text, index)
        elif word in ("gwybod", "wybod") and index > 0 and _is(text.words[index - 1], {"rhoi"}):
            reading = _contacting(text, index)  # 'rhoi gwybod i'r gweithiwr cymdeithasol am unrhyw newid'
        elif word in _KNOWING:
            reading = _knowing_of_a_service(text, index)
        elif word == "fel":
            reading = _status(text, index)
        elif word == "gyfer":
            reading = _put_forward(text, index)
        elif word == "rhan":
            reading = _part_of(text, index)
        elif word in _MEANS:
            reading = _means(text, index)
        elif word in ("ganlyniad", "canlyniad", "diolch"):
            reading = _because_of(text, index)
        else:
            reading = _in_the_process(text, index) or (_provider_to_act(text, index) if word == "i" else None)
        if reading is not None:
            return reading
    return None
