"""Listed words read in their everyday sense: the jargon findings a sentence's other words show are plain.

Some words the lexicons list are jargon in one sense and everyday in another, and the words around them say
which. Each kind here is told by words a sentence writes, never by the word alone:

- a word both languages write that the Welsh lexicon reads as plain on its own ('panel': 'y panel' is plain,
  'panel maethu' is not), in lower case in a sentence written in Welsh: the English entry is not used there
  ('Panel y Biwro', a body's name, still is);
- a court 'hearing' that is the sense of hearing, told by the word after it ('a machine hearing test',
  'hearing aids');
- what a Welsh sign forbids, an activity named by a verb-noun before 'wedi'i wahardd' ('Parcio wedi'i
  wahardd yn barhaol'), which is no child's exclusion from school;
- 'adrannu' (detain under the Mental Health Act) when a thing is divided into parts ('wedi'i adrannu yn
  ddarnau', 'yn dair rhan');
- a placement at school, college or work ('lleoliad cwricwlwm arall', 'lleoliad gwaith', 'lleoliad
  addysg'), told by the word after 'lleoliad': where a young person learns, not where a child in care lives
  (the plain words offered are a foster home's);
- a home said only to last ('cartref parhaol', a permanent home): what a family is promised, in its own
  words, where a service word after 'cartref' makes a service ('cartref preswyl', 'cartref maeth').
- (session 29) a placement at work, school or college in English ('a work placement at the garage', 'his
  college placement'), told by the word before it, as 'lleoliad gwaith' is in Welsh; a panel of a thing ('the
  fence panel', 'solar panels'), told by the word before or after it; and a foster carer or parent in Welsh
  named by nothing more ('gyda gofalwyr maeth', 'rhieni maeth Cai'), the family's own word, where a word after
  it still names a kind ('gofalwr maeth preifat', 'gofalwyr maeth cymeradwy'); and the BBC's appeal, 'BBC Children
  in Need', 'Children in Need Day', not the council's status.
- (session 32) 'named person' followed by 'on', whoever a paper names ('the named person on the tenancy').
- (session 30) 'gohirio' (to put off) in Welsh, found as a form of 'gohiriad' (an adjournment): everyday Welsh for a
  sports day, a trip or a match put off, and the court's only in a sentence with a word of the court ('gohirio'r
  gwrandawiad', 'bydd y llys yn gohirio').
- (session 32) 'datganiad' on its own (a statement of special educational needs, in Welsh glossaries) when the
  sentence has a word of publishing or of the court: a club's statement, one to the press or to a court.
- 'cofrestru' (to put a child's name on the child protection register) when the sentence says what else is
  registered for or with: a library's reading challenge, a GP, a dentist, a club, a course, a birth ('cofrestru
  ar gyfer yr her ddarllen', 'cofrestru gyda'r feddygfa'); on its own, in a plan, it is the register's.
- (session 34, pc4) 'cau'r achos' (to close the case) found as 'gau achos' right after 'ar': 'ar gau' is a place
  shut ('mae'r ysgol ar gau achos y rhew', the school is closed because of the ice) and 'achos' there is 'because';
  a worker's closing of a case is written with the verb-noun ('bydd y gweithiwr yn cau'r achos') and still found.

Only findings of these words are looked at: a text without them costs a set look-up per finding.
"""

from __future__ import annotations

from coreplan.rules.english_rarity import looks_welsh
from coreplan.rules.welsh_text import ADJECTIVE_ENDINGS_CY
from coreplan.text import welsh_radicals

# Words after 'hearing' that make it the sense, not a court's sitting
_SENSE_OF_HEARING = frozenset("""
    test tests testing aid aids loss impairment impaired screening check checks problem problems difficulty
    difficulties level levels support service
""".split())
_HEARING = frozenset(("hearing", "hearings"))
# A Welsh verb-noun's endings (parcio, ysmygu, gwersylla, nofio): the activity a sign forbids
_VERB_NOUN_ENDINGS = ("io", "u", "la", "na", "ta", "da", "o")
# The words between that activity and 'wahardd': 'Parcio wedi'i wahardd', 'Ysmygu yn cael ei wahardd'
_PASSIVE = frozenset(("wedi'i", "wedi’i", "wedi", "ei", "yn", "cael", "'i", "’i"))
# Words after 'adrannu' (and 'yn' or 'i') that say into what a thing is divided: parts, or a number of them
_INTO_PARTS = frozenset("""
    ddarnau darnau rhannau adrannau grwpiau categorïau categoriau ddwy dwy ddau dau dair tair dri tri bedair
    pedair bedwar pedwar bump pump chwech saith wyth naw deg
""".split())


# 'lleoliad' (placement) and its plural, and the words after it that make it a place of learning or work
_PLACEMENT = frozenset(("lleoliad", "lleoliadau"))
_LEARNING_OR_WORK = frozenset("""
    cwricwlwm addysg addysgol ysgol coleg gwaith profiad hyfforddiant dysgu prentisiaeth gwirfoddoli
""".split())
# Words after 'cartref' (home) that say how long it lasts, not which service runs it
_HOW_LONG = frozenset("parhaol sefydlog hirdymor am byth".split())
_HOME = frozenset(("cartref", "cartrefi"))


# (session 29) English 'placement' after a word of work or learning ('work placement', 'college placement'), or
# before 'year' ('a placement year'): a young person's week, not where a child in care lives
_PLACEMENT_EN = frozenset(("placement", "placements"))
_WORK_OR_LEARNING_EN = frozenset("""
    work school college university uni teaching nursing student students training apprenticeship volunteering
    volunteer industry industrial job clinical course degree summer
""".split())
# English 'panel' of a thing, told by the word before it ('fence panel', 'solar panels') or after it ('panel beater')
_PANEL_EN = frozenset(("panel", "panels"))
_THING_BEFORE_A_PANEL = frozenset("""
    fence fencing solar glass wooden wood door control side roof wall ceiling radiator display front back body
    metal plastic mirror window heating dashboard instrument
""".split())
_THING_AFTER_A_PANEL = frozenset("beater beaters pins pin saw".split())
# Welsh carers and parents that 'maeth' names (in any mutation: 'ofalwyr', 'rieni')
_CARER_CY = frozenset("gofalwr gofalwyr gofalyddion rhiant rhieni".split())
# Words after 'gofalwr maeth' that name a kind of foster carer ('gofalwr maeth preifat', 'gofalwyr maeth brys')
_KIND_OF_CARER_CY = frozenset("preifat brys tymor hirdymor byrdymor perthnasau teulu".split())


# The BBC's appeal, written with capitals: 'BBC Children in Need', 'Children in Need Day' (a family's school day,
# not the council's status, which the lexicon asks to be explained)
_THE_APPEAL_AFTER = frozenset("day appeal pudsey week".split())


# (session 30) Welsh nouns of action listed in a court's sense whose verb-noun is everyday Welsh: 'gohiriad' (an
# adjournment) beside 'gohirio' (to put off: 'mae'r mabolgampau wedi'u gohirio', the sports day is put off). The
# verb-noun and its forms are the court's only in a sentence with a word of the court; the noun itself is left as it
# is ('gohiriad', 'gohiriadau')
_EVERYDAY_VERB_CY = frozenset(("gohiriad",))
_COURT_WORDS_CY = frozenset("""
    gwrandawiad gwrandawiadau llys llysoedd achos achosion barnwr barnwyr ynad ynadon tribiwnlys cais ceisiadau
    achos-llys
""".split())


def _everyday_verb_cy(use) -> bool:
    """Whether a finding is one of _EVERYDAY_VERB_CY found through its verb-noun or another form of the verb
    ('gohirio', 'ohirio', "gohirio'r"), not the listed noun or its plural."""
    if use.phrase not in _EVERYDAY_VERB_CY:
        return False
    word = use.written.lower().split("'")[0].split("’")[0]
    return _radicals(word).isdisjoint({use.phrase, use.phrase + "au"})


# 'cofrestru' and its mutations are everyday Welsh when the sentence names what else a family registers for or with;
# the radical forms are listed, so 'feddygfa', 'lyfrgell' and 'glwb' are read as 'meddygfa', 'llyfrgell', 'clwb'
_REGISTERING_CY = "cofrestru"
_REGISTERED_FOR_OR_WITH_CY = frozenset("""
    meddyg meddygon meddygfa deintydd deintyddfa optegydd llyfrgell ysgol meithrinfa cylch clwb cwrs cyrsiau
    dosbarth dosbarthiadau gwersi gwers genedigaeth marwolaeth pleidleisio etholiad gwefan ar-lein her cystadleuaeth
    eisteddfod urdd digwyddiad coleg prifysgol campfa canolfan hamdden nofio aelod aelodaeth cyfrif ap
""".split())


def _everyday_registering_cy(use) -> bool:
    """Whether a finding of 'cofrestru' is a form of the verb-noun ('gofrestru', "cofrestru'r"), not the
    register's own noun or name."""
    if use.phrase != _REGISTERING_CY:
        return False
    return _REGISTERING_CY in _radicals(use.written.lower().split("'")[0].split("’")[0])


# ...unless the sentence also has a word of the register's own ('cofrestru ar gyfer cynllun amddiffyn plant')
_THE_REGISTERS_OWN_CY = frozenset("amddiffyn cynhadledd cynadleddau categori categorïau cofrestr diogelu".split())


def _registered_for_or_with_cy(text: str, spans, k: int) -> bool:
    radicals = [_radicals(word.split("'")[-1].split("’")[-1]) for word in _sentence(text, spans, k)]
    if any(not forms.isdisjoint(_THE_REGISTERS_OWN_CY) for forms in radicals):
        return False
    return any("gyfer" in forms or not forms.isdisjoint(_REGISTERED_FOR_OR_WITH_CY) for forms in radicals)


# (session 32) 'datganiad' on its own, which Welsh glossaries of additional needs list for a statement of special
# educational needs, is everyday Welsh for any statement: one a club, a council or the police gives out, one read to
# the press, one made to a court. The sentence says which by a word of publishing or of the court ('datganiad i'r
# wasg', 'cyhoeddodd y clwb ddatganiad', 'datganiad i'r llys'); with none, in a plan, it stays the school's. English
# lists no 'statement' on its own, only the kinds ('witness statement', 'statement of special educational needs').
_STATEMENT_CY = "datganiad"
_PUBLISHED_OR_COURT_CY = _COURT_WORDS_CY | frozenset("""
    gwasg papur papurau cyhoeddi cyhoeddodd cyhoeddwyd cyhoeddir rhyddhau rhyddhaodd rhyddhawyd llefarydd clwb
    cwmni gwefan teledu radio cyfryngau heddlu tyst tystion cyfreithiwr cyfreithwyr bargyfreithiwr
""".split())


def _statement_published_or_in_court_cy(text: str, spans, k: int) -> bool:
    return any(not _radicals(word.split("'")[0].split("’")[0]).isdisjoint(_PUBLISHED_OR_COURT_CY)
               for word in _sentence(text, spans, k))


def _court_in_sentence_cy(text: str, spans, k: int) -> bool:
    return any(not _radicals(word.split("'")[0].split("’")[0]).isdisjoint(_COURT_WORDS_CY)
               for word in _sentence(text, spans, k))


# (session 34, pc4) 'cau'r achos' (closing the case) read across 'ar gau' (shut) and 'achos' (because): 'mae'r
# ysgol ar gau achos yr eira', 'mae'r ffordd ar gau achos damwain'. A case is never 'ar gau achos ...'
_CLOSING_THE_CASE_CY = "cau'r achos"


def _shut_because_cy(use, first: int, lowered: list[str]) -> bool:
    words = use.written.lower().split()
    return use.phrase == _CLOSING_THE_CASE_CY and len(words) == 2 and words[0] == "gau" and first > 0 \
        and lowered[first - 1] == "ar"


# (session 32) 'named person', a worker a child or family can go to (Scotland's and some services' word), is everyday
# English for whoever a paper names: 'the named person on the tenancy', 'on the insurance', 'on the account'
_NAMED_PERSON = "named person"


def _english_sense(use) -> bool:
    return use.phrase in _PLACEMENT_EN or use.phrase in _PANEL_EN or use.phrase == _NAMED_PERSON \
        or (use.phrase == "child in need" and use.written == "Children in Need")


def _foster_carer_cy(use) -> bool:
    words = use.written.lower().split()
    return use.phrase is None and len(words) == 2 and words[1] == "maeth" and not _CARER_CY.isdisjoint(
        _radicals(words[0]))


def _told_by_the_words_beside(use, first: int, last: int, lowered: list[str], text: str, spans, lexicon) -> bool:
    """Whether a finding of _english_sense or _foster_carer_cy is in its everyday sense here."""
    before = lowered[first - 1] if first else ""
    after = lowered[last + 1] if last + 1 < len(lowered) else ""
    if use.phrase in _PLACEMENT_EN:
        return before in _WORK_OR_LEARNING_EN or after == "year"
    if use.phrase in _PANEL_EN:
        return before in _THING_BEFORE_A_PANEL or after in _THING_AFTER_A_PANEL
    if use.phrase == "child in need":
        return before == "bbc" or after in _THE_APPEAL_AFTER
    if use.phrase == _NAMED_PERSON:
        return after == "on"
    # a Welsh foster carer named by nothing more: plain unless the word right after it names a kind of carer (a
    # word of a service, a learned adjective, or one of _KIND_OF_CARER_CY), with no stop or comma between
    if not after or text[spans[last][1]:spans[last + 1][0]].strip(" ") != "" \
            or text[spans[last + 1][0]:spans[last + 1][1]][:1].isupper():
        return True
    kinds = _radicals(after)
    return kinds.isdisjoint(lexicon.welsh_service_words) and kinds.isdisjoint(_KIND_OF_CARER_CY) \
        and not (len(after) >= 6 and after.endswith(ADJECTIVE_ENDINGS_CY))


def everyday_dropped(found: list, text: str, written: list[str], lowered: list[str], spans, lexicon) -> list:
    """found (JargonUse, in text order) without those in their everyday sense here. written, lowered: the
    text's words as language.text_words gives them; spans: their character spans (worked out if None)."""
    if not any(_may_be_everyday(use, lexicon) for use in found):
        return found
    if spans is None:
        from coreplan.rules.language import PHRASE_WORD

        spans = [match.span() for match in PHRASE_WORD.finditer(text)]
    starts = {start: k for k, (start, _) in enumerate(spans)}
    ends = {end: k for k, (_, end) in enumerate(spans)}
    kept = []
    for use in found:
        first, last = starts.get(use.start), ends.get(use.end)
        # only a finding that may be in its everyday sense is asked: the others beside it stay whatever it is
        # ('Bydd y panel yn asesu addasrwydd' keeps 'asesu addasrwydd' though 'panel' is Welsh there)
        if first is None or last is None or not _may_be_everyday(use, lexicon) \
                or not _everyday_here(use, first, last, lowered, text, spans, lexicon):
            kept.append(use)
    return kept


def _may_be_everyday(use, lexicon) -> bool:
    words = use.written.lower().split()
    return bool(words) and (
        (use.phrase is None and len(words) > 1 and not _HOME.isdisjoint(_radicals(words[0])))
        or words[-1] in _HEARING or words[0].endswith("wahardd") or "adrannu" in words
        or (len(words) == 1 and not _PLACEMENT.isdisjoint(_radicals(words[0])))
        or (use.phrase == words[0] and use.written.islower() and words[0] in lexicon.welsh_heads
            and not any(len(tokens) == 1 for tokens, _ in lexicon.welsh_index.get(words[0], ())))
        or _english_sense(use) or _foster_carer_cy(use) or _everyday_verb_cy(use) or _everyday_registering_cy(use)
        or use.phrase == _STATEMENT_CY or use.phrase == _CLOSING_THE_CASE_CY)


def _everyday_here(use, first: int, last: int, lowered: list[str], text: str, spans, lexicon) -> bool:
    words = lowered[first:last + 1]
    after = lowered[last + 1:last + 3]
    if _foster_carer_cy(use):
        return _told_by_the_words_beside(use, first, last, lowered, text, spans, lexicon)
    if _everyday_verb_cy(use):
        return not _court_in_sentence_cy(text, spans, first)
    if _everyday_registering_cy(use):
        return _registered_for_or_with_cy(text, spans, first)
    if use.phrase == _STATEMENT_CY:
        return _statement_published_or_in_court_cy(text, spans, first)
    if use.phrase == _CLOSING_THE_CASE_CY:
        return _shut_because_cy(use, first, lowered)
    if _english_sense(use) and _told_by_the_words_beside(use, first, last, lowered, text, spans, lexicon):
        return True
    if use.phrase is None and not _HOME.isdisjoint(_radicals(words[0])):
        return all(word in _HOW_LONG for word in words[1:])
    if words[-1] in _HEARING and after[:1] and after[0] in _SENSE_OF_HEARING:
        return True
    if len(words) == 1 and not _PLACEMENT.isdisjoint(_radicals(words[0])):
        return bool(after) and not _LEARNING_OR_WORK.isdisjoint(_radicals(after[0]))
    if "adrannu" in words:
        into = after[1:2] if after[:1] in (["yn"], ["i"]) else after[:1]
        return bool(into) and into[0] in _INTO_PARTS
    if words[0].endswith("wahardd"):
        k = first - 1
        while k >= 0 and lowered[k] in _PASSIVE:
            k -= 1
        return k >= 0 and k < first - 1 and lowered[k].endswith(_VERB_NOUN_ENDINGS) and len(lowered[k]) >= 5 \
            and (k == 0 or lowered[k] == text[spans[k][0]:spans[k][1]])
    # a word both languages write: Welsh in a Welsh sentence (its words as written: "i'r", not 'i')
    return looks_welsh(_sentence(text, spans, first))


def _sentence(text: str, spans, k: int) -> list[str]:
    """The lower-case words, as written, of word k's sentence (between the stops around it)."""
    begin = k
    while begin > 0 and not any(mark in text[spans[begin - 1][1]:spans[begin][0]] for mark in ".!?\n"):
        begin -= 1
    end = k
    while end + 1 < len(spans) and not any(mark in text[spans[end][1]:spans[end + 1][0]] for mark in ".!?\n"):
        end += 1
    return [text[start:stop].lower() for start, stop in spans[begin:end + 1]]


def _radicals(word: str) -> set[str]:
    return {word, *welsh_radicals(word)}


def _welsh_phrase(phrase: str, word: str, lexicon) -> bool:
    """Whether the one-word phrase found at word is the Welsh lexicon's (filed so in the index)."""
    return any(welsh for _, _, listed, welsh in lexicon.by_first_word.get(word) or () if listed == phrase) \
        or any(listed == phrase for _, listed in lexicon.welsh_index.get(word, ()))
