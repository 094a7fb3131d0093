"""A structural reading of an English outcome: who its main clause is about, its verb and what follows.

Keyword lists miss service wording on kinds of plan they were not written against, and flag a child's day
that happens to hold a service word. This reads each clause the way a reviewer would:

- the subject: a provider ('The health visitor will...', 'We will encourage...'), the process or one of
  its things ('Her plan will be agreed', 'Support for Nia will be delivered...'), an attribute of the
  child that is measured ('Ioan's well-being will be checked...'), or anyone else (the child, the family);
- the verb: after the modal ('will', 'should', 'is to', 'needs to'), passive ('will be assessed') or active,
  with its particle ('take part in', 'go to') and an infinitive it leads to ('drop in to see');
- the object's head noun: what is had, attended or met is a service ('a planning meeting', 'a social skills
  group', 'the school nurse') or part of the child's life ('outdoor play', 'friends', 'school').

Every clause is read, not only the first: one joined by 'and' or 'but' ('Ella will feel calmer at bedtime
and will go to weekly play therapy'), one after 'so that', 'when' or a comma, and the phrases that say by
what means ('..., supported by the school nurse', 'through weekly tutoring', 'with daily visits from the
family support team', 'with the help of her mentor'). An outcome that names the help it expects has put an
action inside the outcome: the guidance asks for outcomes framed as the child's lived experience, with the
help in the plan's actions, each explained by how the child's life will change. So a service named as the
means of a change, or a change named only as the purpose of a service ('Mum will go on a parenting course so
that Ella gets to school on time'), is service wording wherever it stands, and the finding quotes it so that
the worker can move it to an action.

The word classes are data in coreplan.rules.outcome_words. A reading that finds service wording returns the
words that made it so (for the finding's message and its line and column); one that does not returns None.
The words are read in one pass per clause, each clause looking at most _CLAUSE_WORDS words ahead for its
verb, and a sentence is read from its first _MOST_WORDS words: the time is in proportion to its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coreplan.rules import outcome_words as W

# Words (with inner apostrophes and hyphens: "Nia's", "one-to-one", "well-being") and the punctuation that
# ends a clause
# ((twen2) a bed and breakfast, where the council houses a young person, is one word: 'bed-and-breakfast')
_TOKEN = re.compile(r"bed\s+and\s+breakfast|b\s?&\s?b\b|[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*|[,;:()\[\]]")
# Read at most this many words of a sentence: an outcome's main clause comes first
_MOST_WORDS = 80
# A later clause's verb is looked for this many words after the clause starts ('and the two of them will...')
_CLAUSE_WORDS = 12


@dataclass(frozen=True)
class Reading:
    """Why a sentence reads as service wording: the words that made it so, like a regular expression match."""

    text: str
    begin: int
    finish: int
    why: str

    def group(self, index: int = 0) -> str:
        return self.text[self.begin:self.finish]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


class _Word:
    """One word of the sentence: lower case without a possessive 's, where it is, and whether it had one."""

    __slots__ = ("word", "begin", "finish", "possessive")

    def __init__(self, word: str, begin: int, finish: int, possessive: bool) -> None:
        self.word, self.begin, self.finish, self.possessive = word, begin, finish, possessive


def _words(sentence: str) -> list[_Word]:
    words = []
    # one lower-casing for the whole sentence ('’' and "'" are one character each, so places hold)
    for match in _TOKEN.finditer(sentence.lower().replace("’", "'")):
        raw = match.group(0)
        if raw[0] == "b" and (raw[-1] == "t" or raw[-1] == "b") and (" " in raw or "&" in raw):
            words.append(_Word("bed-and-breakfast", match.start(), match.end(), False))
        elif raw[-2:] == "'s":
            words.append(_Word(raw[:-2], match.start(), match.end(), True))
        elif raw[-2:] == "s'":
            words.append(_Word(raw[:-1], match.start(), match.end(), True))
        else:
            words.append(_Word(raw, match.start(), match.end(), False))
        if len(words) >= _MOST_WORDS:
            break
    return words


def _lemma(word: str) -> str:
    """The verb a form belongs to, for the verbs of the classes: 'attends' -> 'attend', 'took' -> 'take'."""
    if word in W.IRREGULAR:
        return W.IRREGULAR[word]
    for suffix, back in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + back
            if stem in W.ATTENDANCE_VERBS or stem in W.PROVISION_VERBS or stem in W.PROVIDER_ACTIONS:
                return stem
            if stem + "e" in W.ATTENDANCE_VERBS or stem + "e" in W.PROVISION_VERBS or stem + "e" in W.PROVIDER_ACTIONS:
                return stem + "e"
    return word


def _is_participle(word: str) -> bool:
    # not the -ing form: 'will be seeing a therapist' is the active verb in its progressive
    return word in W.SERVICE_PARTICIPLES or word.endswith("ed") or (word in W.IRREGULAR and not word.endswith("ing"))


def _is_number(word: str) -> bool:
    """A number written in words, a compound by its first part: 'twenty-five', 'forty-eight'."""
    return word in W.NUMBERS or word.split("-")[0] in W.NUMBERS


def _in(words: list[_Word], index: int, names: frozenset) -> bool:
    """Whether the word at index, alone or with the word before it ('social worker'), is in names."""
    if words[index].word in names:
        return True
    if index > 0 and f"{words[index - 1].word} {words[index].word}" in names:
        return True
    # (oe11) 'a Teacher of the Deaf', 'a teacher for the visually impaired': a sensory service's teacher
    return names is W.PROVIDER_NOUNS and words[index].word in ("teacher", "teachers") \
        and index + 2 < len(words) and words[index + 1].word in ("of", "for") \
        and (words[index + 2].word in W.SENSORY_TEACHING
             or (words[index + 2].word == "the" and index + 3 < len(words)
                 and words[index + 3].word in W.SENSORY_TEACHING))


def _head(words: list[_Word], index: int, stop: int | None = None) -> tuple[int, int] | None:
    """(first, head) of the noun phrase starting at index: its first word and its head noun, the last word
    before a preposition, a conjunction or a time ('a social skills group with...' -> 'group')."""
    while index < len(words) and (words[index].word in W.DETERMINERS or words[index].possessive):
        index += 1
    first = index
    head = None
    stop = len(words) if stop is None else stop
    while index < stop:
        word = words[index].word
        if word == "in" and head is not None and index + 1 < len(words) and words[index + 1].word == "need":
            index += 2  # 'a child in need meeting': one name
            continue
        if head is not None and word in W.PROCESS_QUALIFIERS and index + 1 < stop \
                and words[index + 1].word not in W.PHRASE_ENDS and words[index + 1].word[0].isalpha():
            head = index  # 'her two-year-old funded place': a qualifier before its noun, not a participle after one
            index += 1
            continue
        if head is not None and (word in W.SERVICE_PARTICIPLES or word in W.PHRASE_PARTICIPLES or (
                word.endswith("ed") and index + 1 < len(words) and words[index + 1].word in W.PHRASE_ENDS)):
            break  # 'the help set out in her plan', 'her targets reviewed', 'a plan based on her needs'
        if head is not None and (_is_number(word) or word[0].isdigit()):
            break  # 'the speech therapist three times'
        if head is not None and word in ("a", "an") and index + 1 < len(words) and words[index + 1].word in W.PER_TIME:
            break  # 'appointments a week': how often, not more of the phrase
        if head is not None and word in W.CLAUSE_PRONOUNS:
            break  # 'the services she needs': a relative clause without 'that'
        if word in W.PHRASE_ENDS or not word[0].isalnum():
            # 'speech and language therapy': 'and' inside a phrase, unless a new phrase starts after it
            if word == "and" and head is not None and index + 1 < len(words) \
                    and words[index + 1].word not in W.DETERMINERS and words[index + 1].word[0].isalnum():
                index += 1
                continue
            break
        head = index
        index += 1
    if head is None:
        return None
    # 'a group of friends': the noun after 'of' is what is had
    if words[head].word in W.QUANTITIES and index < len(words) and words[index].word == "of":
        return _head(words, index + 1, stop)
    return first, head


def _service_object(words: list[_Word], index: int) -> int | None:
    """The head of the phrase at index when it is a service or a provider (not a leisure one), else None."""
    if index < len(words) and words[index].possessive and _in(words, index, W.PROVIDER_NOUNS):
        return index  # a provider named with its own possessive, which _head passes over: 'go to Barnardo's'
    phrase = _head(words, index)
    if phrase is None:
        return None
    first, head = phrase
    if any(words[i].word in W.PROCESS_QUALIFIERS for i in range(first, head)):
        return head  # 'introductory visits', 'supervised family time': the process's, whatever the head
    if not (_in(words, head, W.SERVICE_NOUNS) or _in(words, head, W.PROVIDER_NOUNS)):
        return None
    if words[head].word in ("test", "tests") and words[head - 1].word in W.BODY_PARTS \
            and any(w.word == "so" for w in words[head + 1:]):
        return None  # 'an eye test so he can see the board': his health and what it gives, as 'his eyes tested so...'
    if words[head].word not in W.THERAPIES and words[head].word not in W.NEVER_LEISURE \
            and any(words[i].word in W.LEISURE for i in range(first, head)) \
            and not any(words[i].word in W.SERVICE_QUALIFIERS for i in range(first, head)):
        return None  # 'a football session', 'the swimming group': the child's week ('play therapy' is not)
    if words[head].word in ("course", "courses") and any(words[i].word in W.STUDY_PLACES for i in range(first, head)) \
            and not any(words[i].word in W.SERVICE_QUALIFIERS for i in range(first, head)):
        return None  # (oe10) 'start a college course': her own study, as a college placement is
    if words[head].word in W.FROM_A_PROVIDER and head + 2 < len(words) and words[head + 1].word in ("from", "of"):
        giver = _head(words, head + 2)  # 'get help from Nain with her homework': the family's help
        if giver is not None and not _in(words, giver[1], W.PROVIDER_NOUNS):
            return None
    return head


def _verb_group(words: list[_Word], start: int, stop: int | None = None) -> int | None:
    """Where the clause's verb group starts: its modal ('will', 'is to'), or None. A bare 'to' ('Mum to
    attend') only when there is no other modal: 'Due to her needs, Ella will...' is about what Ella will do.
    A clause may start with its modal when it shares the subject of the one before ('..., and will go to')."""
    if start > 0 and words[start].word in W.MODALS and words[start].word != "to":
        return start
    if start > 0 and words[start - 1].word == "and" and words[start].word in W.SHARED_MODAL_VERBS \
            and any(words[i].word in W.MODALS and words[i].word != "to" for i in range(start - 1)):
        return start - 1  # 'will be weighed and have her pulse taken': the verb shares the modal before 'and'
    bare_to = None
    for index in range(start + 1, len(words) if stop is None else min(stop, len(words))):
        word = words[index].word
        if word == "to":
            bare_to = index if bare_to is None else bare_to
        elif word in W.MODALS:
            return index
        elif word in W.SEMI_MODALS and index + 1 < len(words) and words[index + 1].word == "to":
            return index
    return bare_to


def _finite_verb(words: list[_Word], start: int = 0) -> int | None:
    """An outcome without a modal ('Ella goes to a social skills group', 'Ella is assessed every year'): the
    word right after its subject, when it is a verb of the classes in a finite form. Only there: in 'Mali
    sleeps in her cot, and she is weighed at clinic' the weighing is how her growth is known, not what the
    outcome is about."""
    if words[start].word.endswith("ing") and _lemma(words[start].word) in W.ATTENDANCE_VERBS | W.PROVISION_VERBS:
        return start  # 'Having a mentor at school.', 'Attending all her appointments.': no subject
    for index in range(start + 1, min(len(words), start + 6)):
        word = words[index].word
        lemma = _lemma(word)
        if lemma != word and lemma != "be" and (lemma in W.ATTENDANCE_VERBS or lemma in W.PROVISION_VERBS):
            return index
        if word in W.BE and index + 1 < len(words) and words[index + 1].word in W.SERVICE_PARTICIPLES:
            return index
        if word in W.PHRASE_ENDS or word in W.CLAUSE_WORDS or not word[0].isalnum():
            return None  # past the subject: 'Mali sleeps on...'
    return None


def _subject_kind(words: list[_Word], start: int, end: int) -> tuple[str, int | None]:
    """('provider' | 'we' | 'process' | 'institution' | 'attribute' | 'other', index of its head) for
    words[start:end]."""
    if start >= end:
        return "other", None
    for index in range(start, end):
        if words[index].word in W.WE:
            return "we", index
    if words[start].word in W.PHRASE_ENDS:  # 'By the end of year 3 I will...': an adverbial, then the child
        return "other", None
    phrase = _head(words, start, end)
    if phrase is None:
        return "other", None
    head = phrase[1]
    if words[head].word in W.SCORES and any(words[i].word in W.SCORE_TOOLS for i in range(start, end)):
        return "process", phrase[0]  # 'Osian's SDQ score', 'Cerys's score on the wellbeing scale': a service's measure
    if any(_in(words, i, W.PROVIDER_NOUNS) for i in range(phrase[0], head + 1)):
        return "provider", head
    if _in(words, head, W.INSTITUTIONS):
        return "institution", head
    possessed = any(words[i].possessive for i in range(start, phrase[0]))
    if _in(words, head, W.SERVICE_NOUNS):
        return "process", head
    if possessed and _in(words, head, W.CHILD_ATTRIBUTES):
        return "attribute", head
    return "other", head


def _coordinate(words: list[_Word], start: int, end: int) -> bool:
    """Whether the verb at end belongs to a later clause than the first ('Mali sleeps in her cot, and she
    will be weighed'; 'Mali sleeps in her cot when she is tired'): that clause is read from its own start."""
    for index in range(start, end):
        word = words[index].word
        if word in W.CLAUSE_WORDS:
            return True
        if word in ("and", "or") and (index + 1 == end or words[index + 1].word in W.CHILD_PRONOUNS
                                      or words[index + 1].word in W.WE):
            return True
    return False


def _triggers() -> frozenset:
    """Every word one of the readings needs: a sentence with none of them reads as the child's own."""
    words = set(W.SERVICE_NOUNS | W.PROVIDER_NOUNS | W.SERVICE_PARTICIPLES | W.WE | W.PROCESS_HEADS
                | W.STATUS_PARTICIPLES | W.OBJECT_DECIDES | W.MEASURED_ONLY | W.BY_A_SERVICE | W.PROCESS_QUALIFIERS
                | W.SCORES | W.COURTS | W.MOVED_PARTICIPLES | W.PROVIDED_AIDS | W.HEALTH_CHECKERS
                # (twen) 'council' and 'authority' for 'The local authority will meet Jac's needs'
                | {"seen", "spoken", "met", "council", "authority"}
                # (oe11) a sensory service's teacher, a paid carer made to act, something kept at school
                | W.SENSORY_TEACHING | W.STORED_FOR | {"carer", "carers"}
                # (twen2) a bed and breakfast ('b&b'), moved by the process, medication had, controls on a device
                | {"breakfast", "b", "moved"} | W.MEDICINES | W.CONTROLS)
    words |= {"re-" + word for word in W.SERVICE_PARTICIPLES | W.PASSIVE_ATTENDANCE | W.OBJECT_DECIDES}
    for verb in W.PROVISION_VERBS:
        words |= {verb, verb + "s", verb + "d", verb + "ed", verb + "ing", verb[:-1] + "ing"}
    return frozenset(phrase.split()[-1] for phrase in words)  # of 'school nurse', the head 'nurse' is needed


_TRIGGERS = _triggers()
_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?:[-][a-z0-9]+)*")


def read(sentence: str) -> Reading | None:
    """The service wording in any clause of the sentence, or in a phrase saying by what means, if its
    structure says it has some; the first clause first. How a change is seen ('..., and she is weighed at
    every clinic') is not a service's act: weighing, like observing, is left out of the word classes."""
    if _TRIGGERS.isdisjoint(_PLAIN_WORDS.findall(sentence.lower())):
        return None  # quick: none of the words any reading needs
    words = _words(sentence)
    if not words:
        return None
    # the first clause, then the means ('..., with the family support worker visiting'), then later clauses
    reading = (_read_clause(sentence, words, 0) or _verbless(sentence, words) or _means(sentence, words)
               or _as_asked(sentence, words) or _needs_met(sentence, words) or _device_control(sentence, words))
    if reading is not None:
        return reading
    for start in _clause_starts(words):
        reading = _read_clause(sentence, words, start)
        if reading is not None:
            return reading
    return None


def _verbless(sentence: str, words: list[_Word]) -> Reading | None:
    """An outcome written as a noun phrase, with no verb at all ('Young carers assessment for Mali.',
    'Respite care for Lowri.'): it names what will be had, so a service at its head is the outcome."""
    if _verb_group(words, 0) is not None or _finite_verb(words, 0) is not None:
        return None
    head = _service_object(words, 0)
    if head is not None and head > 3:
        return None  # such an outcome names its service first; a long run of words is a sentence not read here
    if head is not None and head + 1 < len(words) and words[head + 1].word not in W.VERBLESS_NEXT:
        return None  # 'The school reports that Ella...': the head is a verb, and a clause follows
    if head is not None and words[head].word in W.AIMS:
        return None  # 'Improved outcomes for Caio': an aim, not a service (vague, but another matter)
    return Reading(sentence, words[0].begin, words[head].finish, "a service is all the outcome names") \
        if head is not None else None


def _as_asked(sentence: str, words: list[_Word]) -> Reading | None:
    """'do what the social worker asks', 'do as the workers say', 'do everything the health visitor advises': doing
    what a provider asks ('do what his teacher asks in class' and 'do what Nain says' are the child's day)."""
    for index in range(len(words) - 3):
        if words[index].word not in W.DO or words[index + 1].word not in W.AS_ASKED:
            continue
        for at in range(index + 2, min(index + 7, len(words) - 1)):
            if _in(words, at, W.PROVIDER_NOUNS) and not _in(words, at, W.NOT_PERSONS - {"staff", "team"}):
                asks = at + 1 + (words[at + 1].word in ("will", "would", "has", "have") and at + 2 < len(words))
                if words[asks].word in W.ASKS:
                    return Reading(sentence, words[index].begin, words[asks].finish,
                                   "doing what the plan or a service asks")
            if not words[at].word[0].isalnum() or words[at].word in W.CLAUSE_WORDS - {"that"}:
                break
    return None


_SELF = frozenset({"herself", "himself", "themselves", "themself", "myself"})


def _needs_met(sentence: str, words: list[_Word]) -> Reading | None:
    """(twen) The child's needs met in the passive, with who or where meets them: "Ella's health needs will be met by
    her GP", "Mali's needs will be met by her foster carers", "Nia's needs will continue to be met at home", "Jac's
    additional learning needs will be met by the school". It says what the adults provide, not what the child's day
    will be like (as 'will have her needs met' already reads). Left out: the family meeting them ('met by his
    grandparents', as the Welsh reading keeps 'Mam' meeting them the family's day); the bare passive ("Tomos's basic
    needs will be met"), which two dev rows label both ways, so no shape tells it; a child who meets her own needs
    ('will be able to meet her own needs for food', 'met by Seren herself': her own skill) or says what she needs
    (not passive); and 'needs to be met from the bus', her own need of a lift."""
    for index, word in enumerate(words):
        if word.word != "met" or index < 2 or index + 2 >= len(words):
            continue
        at, passive = index - 1, False
        while at > 0 and (words[at].word in W.MET_BETWEEN or words[at].word.endswith("ly")):
            passive = passive or words[at].word in W.BE
            at -= 1
        if not (passive and words[at].word in ("needs", "need") and words[at + 1].word != "to"
                and words[at - 1].word != "own"):
            continue
        after = index + 1
        while after + 1 < len(words) and words[after].word.endswith("ly"):
            after += 1  # 'met consistently by her carers'
        how = words[after].word
        if how in W.MET_WHERE:
            where = _head(words, after + 1)
            if where is None or words[where[1]].word in W.PER_TIME | {"times", "time"}:
                continue
            if words[where[1]].word in W.FAMILY_WHO_MEET:
                continue  # 'met within her family': the family's day, as 'met by Mum'
            if words[where[1]].word in W.HOMES and where[0] < where[1] and how != "at" \
                    and not any(words[i].word in W.CARE_HOMES for i in range(where[0], where[1])) \
                    and not (where[1] + 1 < len(words) and words[where[1] + 1].word == "by"):
                continue  # (oe10) 'met in a loving home': the family's day ('in a residential home', 'at home' are not)
            if where[1] + 1 < len(words) and words[where[1] + 1].word == "by":
                after, how = where[1] + 1, "by"  # 'met at home by Mum and Dad': who meets them decides
            else:
                return Reading(sentence, words[at].begin, words[where[1]].finish, "the child's needs met by others")
        if how == "by":
            agent = _head(words, after + 1)
            if agent is not None and not _SELF.isdisjoint(w.word for w in words[after + 1:agent[1] + 2]):
                continue  # 'met by Seren herself', 'by himself': her own skill, as 'meet her own needs'
            if agent is None or (words[agent[1]].word in W.FAMILY_WHO_MEET
                                 and not any(words[i].word == "foster" for i in range(agent[0], agent[1]))):
                continue  # 'met by Mum', 'by his grandparents': the family's day ('by her foster carers' is not)
            named = agent[1] == after + 1 and sentence[words[agent[1]].begin].isupper()
            if not words[agent[1]].word[0].isalpha() or (named and not _in(words, agent[1], W.PROVIDER_NOUNS)):
                continue  # 'met by Nain', 'met by Aunty Sue': a person of the family named
            return Reading(sentence, words[at].begin, words[agent[1]].finish, "the child's needs met by others")
    return None


def _clause_starts(words: list[_Word]):
    """Where a later clause may start: after a conjunction, a clause word ('so that', 'when') or
    punctuation. A start that is not one ('speech and language therapy') finds no verb."""
    background = False
    for index in range(len(words) - 1):
        word = words[index].word
        if word in W.BACKGROUND_WORDS:
            background = True  # '... while the family lives in the refuge': the scene, up to the next stop
        elif not word[0].isalnum() and word not in "()":
            background = False
        if background:
            continue
        if word in W.CLAUSE_WORDS or word in W.LATER_CLAUSE_WORDS or not word[0].isalnum():
            yield index + 1
        elif word in W.ENSURE or (word == "sure" and index > 0 and words[index - 1].word in W.MAKE):
            yield index + 1  # 'Mum will make sure the workers can see Tomos': what is made sure of is a clause


def _means(sentence: str, words: list[_Word]) -> Reading | None:
    """A phrase saying by what means the change comes: 'through weekly tutoring', 'with regular
    assessment', '(supported) by the school nurse', 'with daily visits from the family support team', 'with
    the help of her mentor'. The means is a service when the phrase's head is a service or a provider, or
    help and visits that come from a provider; 'with Nain', 'through the night' and 'by Christmas' are not."""
    for index, word in enumerate(words):
        if word.word not in W.MEANS or index + 1 >= len(words):
            continue
        if index > 0 and words[index - 1].word in W.AT_ODDS:
            continue  # 'out of trouble with the police': whom the child is at odds with, not a means
        if word.word == "from" and index > 0 and words[index - 1].word in W.PEOPLE_FROM:
            continue  # 'her friends from the home education group': where they come from, not a means
        if word.word == "by" and not (index > 0 and _is_participle(words[index - 1].word)) \
                and not words[index + 1].word.endswith("ing"):
            # 'by the next PEP meeting', 'by her review in May': a deadline, not a means; 'supported by',
            # 'by going to', and a provider ('by her key worker') are means
            head = _means_head(words, index + 1)
            if head is None or not _in(words, head, W.PROVIDER_NOUNS):
                continue
        head = _means_head(words, index + 1)
        if head is not None and word.word == "from" and words[head].word in W.LIVED_IN:
            continue  # 'to school on time from the hostel': where the child sets out from, not a means
        if head is not None and word.word in W.PLAN_MEANS and not _in(words, head, W.PLAN_TERMS):
            continue  # 'following her night feed': a time in her day, not the plan
        if head is not None:
            # '..., supported by the school nurse': the participle before 'by' is part of what is quoted
            first = index - 1 if index > 0 and _is_participle(words[index - 1].word) else index
            return Reading(sentence, words[first].begin, words[head].finish, "the means is a service")
    return None


def _means_head(words: list[_Word], index: int) -> int | None:
    """The head of the phrase at index when it names a service or a provider, else None."""
    phrase = _head(words, index)
    if phrase is None:
        return None
    first, head = phrase
    if head == first and first > index and words[first - 1].word in W.OWNERS \
            and words[head].word in ("group", "groups") and index > 0 and words[index - 1].word == "with":
        return None  # 'eat her sandwiches with her group': her own group of classmates, as Welsh 'gyda'i grŵp' (cw13)
    if words[head].word not in W.NEVER_LEISURE and words[head].word not in W.THERAPIES \
            and any(words[i].word in W.LEISURE for i in range(first, head)):
        return None  # 'through the football club' ('with the play specialist' is a provider)
    if any(words[i].possessive and _in(words, i, W.PROVIDER_NOUNS) for i in range(index, head)):
        return head  # 'with her key worker's help'
    if _in(words, head, W.PROVIDER_NOUNS):
        return head
    for index in range(first, head):
        if _in(words, index, W.PROVIDER_NOUNS) and words[index + 1].word.endswith("ing"):
            return index  # 'with the family support worker visiting twice a week': the worker acts
    if words[head].word in W.PROCESS_HEADS:
        return head  # 'through the plan-do-review cycle'
    if words[head].word in W.FROM_A_PROVIDER:
        # help, visits or calls: a service only when a provider gives them ('support from Nain' is family)
        after = head + 1
        if after + 1 < len(words) and words[after].word in ("of", "from", "by", "with"):
            phrase = _head(words, after + 1)
            if phrase is not None and _in(words, phrase[1], W.PROVIDER_NOUNS):
                return phrase[1]
        return None
    return head if _in(words, head, W.SERVICE_NOUNS) else None


def _read_clause(sentence: str, words: list[_Word], start: int) -> Reading | None:
    """The service wording of the clause that starts at words[start], if its structure says so."""
    group = _verb_group(words, start, None if start == 0 else start + _CLAUSE_WORDS)
    verb = _finite_verb(words, start)
    # 'Ella goes to a group': the 'to' after a finite verb is its particle, not a modal
    finite = group is None or (words[group].word == "to" and verb is not None and verb < group)
    if finite:
        group = verb
        if group is None:
            return None
    clause = max((i + 1 for i in range(start, group) if not words[i].word[0].isalnum()), default=start)
    if _coordinate(words, clause, group):
        return None
    kind, head = _subject_kind(words, clause, group)

    def found(first: int, last: int, why: str) -> Reading:
        return Reading(sentence, words[first].begin, words[last].finish, why)

    # the verb: past the modal and the words that may stand between it and the verb
    index = group if finite else group + 1
    if not finite and words[group].word in W.SEMI_MODALS:
        index += 1  # 'is to', 'needs to'
    passive_be = None
    while index < len(words):
        word = words[index].word
        if finite and index == group and word not in W.BE:
            break  # the finite verb itself ('Rhys needs...'), though 'needs' may stand before a verb elsewhere
        if word in W.GO_ON and index + 2 < len(words) and words[index + 1].word == "on" \
                and words[index + 2].word.endswith("ing"):
            index += 2  # 'will carry on seeing his physio': the verb is the -ing form
            continue
        if word in W.PHASE_VERBS and index + 1 < len(words) and words[index + 1].word != "to" \
                and not words[index + 1].word.endswith("ing"):
            break  # 'will start at the pupil referral unit', 'will continue with counselling': the verb itself
        if word in W.AUXILIARIES or (finite and word in W.BE):
            passive_be = index if word in W.BE else passive_be
        elif word == "have" and index + 1 < len(words) and (words[index + 1].word in W.BE
                                                             or words[index + 1].word.endswith("ed")) \
                and not (index + 2 < len(words)
                         and f"{words[index + 1].word} {words[index + 2].word}" in W.SERVICE_NOUNS):
            pass  # 'will have attended', 'will have been referred': the perfect ((twen2) not 'have structured education')
        else:
            break
        index += 1
    if kind == "provider" and index < len(words) and words[index].word in W.REPORTING and _reports_the_child(words, index):
        return None  # 'The health visitor will see Efan rolling over': how a change is known, not a visit
    if kind == "provider" or (kind == "process" and words[head].word not in W.NOT_PROCESS_SUBJECTS):
        last = min(index, len(words) - 1)
        return found(head, last, f"the subject is {'a provider' if kind == 'provider' else 'part of the process'}")
    if index >= len(words):
        return None
    verb = words[index].word
    if passive_be == index - 1 and verb.startswith("re-"):
        verb = verb[3:]  # 're-engaged in education provision', 're-enrolled': the service's act again
    if kind == "institution":
        # 'Nel's school will ring home on the first day', 'The nursery will provide...': what a service does.
        # 'Her school will be a calm place', 'Nursery will feel like home' say what the place is like.
        if passive_be is None and _lemma(verb) not in W.COPULAS and verb not in W.REPORTING:
            return found(head, index, "what a service does")
        return None
    if words[clause].word == "there" and group == clause + 1 and passive_be is not None:
        head = _service_object(words, index)  # 'There will be a review of Ella's plan every month'
        return found(clause, head, "a service is what there will be") if head is not None else None
    if passive_be == index - 1 and verb in W.BE_PLACES:
        after = index + 2 if verb == "part" and index + 1 < len(words) and words[index + 1].word == "of" else index + 1
        head = _service_object(words, after)  # 'will be in a nurture group', 'will be part of the young carers group'
        if head is None and verb == "on":
            head = _medicine_had(words, after)  # (twen2) 'will be on ADHD medication by Christmas'
        return found(index, head, "the child placed in a service") if head is not None else None
    if kind == "we":
        return _active(words, index, kind, lambda first, last, why: found(head, last, why))
    if passive_be is not None and passive_be == index - 1 and _is_participle(verb):
        after = words[index + 1].word if index + 1 < len(words) else ""
        if verb in W.SHIELDED_FROM and after == "from":
            return None  # 'protected from seeing his parents argue': the child's safety ('through...' is a means)
        if verb in W.MEASURED_ONLY and start == 0 and not any(
                w.word in W.LATER_CLAUSE_WORDS or w.word in W.CLAUSE_WORDS or not w.word[0].isalnum()
                for w in words[index + 1:]):
            return found(group, index, "a measurement is the whole outcome")
        if verb in W.KNOWN and after == "to" and index + 2 < len(words):
            known = _service_object(words, index + 2)  # 'known to the police', 'known to CAMHS'
            if known is not None:
                return found(group, known, "known to a service")
        if verb in W.BY_A_SERVICE and after == "after" and index + 3 < len(words) and words[index + 2].word == "by":
            agent = _head(words, index + 3)  # 'looked after by the local authority', not 'by Nain'
            if agent is not None and (_in(words, agent[1], W.PROVIDER_NOUNS) or _in(words, agent[1], W.INSTITUTIONS)):
                return found(group, agent[1], "looked after by a service")
        if verb in W.MOVED_PARTICIPLES and after in W.MOVED_FROM and head is not None \
                and (words[head].word in W.CHILD_PRONOUNS or words[head].word in W.PARENT_NOUNS
                     or sentence[words[head].begin].isupper()):
            # (twen2) 'Jac will be moved from the bed and breakfast to supported accommodation', 'moved out of the B&B':
            # the process moves the child from its place or to one (where to decides when it is said, as 'moved to
            # safe accommodation' below; 'moved from the bottom set to the top set' is neither)
            to = next((at for at in range(index + 2, min(index + 10, len(words) - 1))
                       if words[at].word in ("to", "into") or words[at].word in W.CLAUSE_WORDS
                       or not words[at].word[0].isalnum()), None)
            if to is not None and words[to].word in ("to", "into"):
                place = _service_object(words, to + 1)
            else:
                place = _service_object(words, index + 2 + (after == "out" and index + 2 < len(words)
                                                             and words[index + 2].word == "of"))
            return found(group, place, "moved by the process") if place is not None else None
        if verb == "kept" and after in W.SERVICE_PARTICIPLES and after not in W.SHIELDED_FROM:
            return found(group, index + 1, "something a service does, done to the child")  # 'kept informed', 'kept updated'
        if verb in W.SERVICE_PARTICIPLES:
            # who does it: 'checked on by Mum', 'helped with her reading by her older sister'
            by = next((i for i in range(index + 1, min(index + 5, len(words)))
                       if words[i].word == "by" or words[i].word in W.CLAUSE_WORDS or not words[i].word[0].isalnum()),
                      len(words))
            if by + 1 < len(words) and words[by].word == "by":
                agent = _head(words, by + 1)  # 'supported by Nain': the family's help, not a service
                if agent is not None and (words[agent[1]].word in W.PARENT_NOUNS or (
                        verb in W.HELPED and not _in(words, agent[1], W.PROVIDER_NOUNS))):
                    return None
            if verb in W.GIVEN and index + 1 < len(words):
                given = _head(words, index + 1)  # 'given her pocket money', 'offered a snack': the child's day
                if given is not None and words[given[1]].word in W.RECEIVED_IN_DAILY_LIFE:
                    return None
            return found(group, index, "something a service does, done to the child")
        if verb in W.STATUS_PARTICIPLES and index + 1 < len(words) and words[index + 1].word == "as":
            # the status the process gives: 'a victim', 'a young carer', 'a child first' (within three words)
            for status in range(index + 2, min(index + 5, len(words))):
                if words[status].word in W.STATUSES:
                    return found(group, index + 1, "the process decides what the child is")
        if (verb in W.PASSIVE_ATTENDANCE or verb in W.OBJECT_DECIDES) \
                and index + 1 < len(words) \
                and words[index + 1].word in W.PARTICLES:
            after = index + 1  # 'will be engaged in support', 'will be involved with the youth service'
            while after < len(words) and words[after].word in W.PARTICLES:
                after += 1
            if after < len(words) and words[after].word in W.PROCESS_WORK:
                return found(group, after, "the child's part in the process")
            head = _service_object(words, after) if after < len(words) else None
            if head is None and verb == "put" and words[index + 1].word == "on" and after < len(words):
                head = _medicine_had(words, after)  # (twen2) 'will be put on medication for his ADHD'
            if head is not None:
                return found(group, head, "an attendance, put in the passive")
        if verb in W.MOVED_PARTICIPLES and index + 1 < len(words) and words[index + 1].word == "to":
            to = _service_object(words, index + 2)  # 'will be taken to her hospital appointments'
            return found(group, to, "taken to a service") if to is not None else None
        if verb == "seen" and index + 1 < len(words) and words[index + 1].word == "by" \
                and _service_object(words, index + 2) is not None:
            return found(group, _service_object(words, index + 2), "seen by a provider")
        if verb in ("seen", "spoken"):
            # 'will be seen alone every ten days', 'spoken to alone': a worker's visit ('seen smiling' is not)
            after = index + 2 if verb == "spoken" and index + 1 < len(words) and words[index + 1].word == "to" \
                else index + 1
            if after < len(words) and words[after].word in W.VISIT_WORDS:
                return found(group, after, "a worker's visit")
        return None
    if kind == "attribute":
        return None
    if kind == "other" and head is not None and _in(words, head, W.PARENT_NOUNS):
        told = _informed(words, index)
        if told is not None:
            return found(index, told, "doing what the plan or a service asks")
    return _active(words, index, kind, found)


def _informed(words: list[_Word], verb: int) -> int | None:
    """After a parent as the subject: 'tell the social worker about any changes', 'inform the social worker of',
    'let the social worker know', 'keep the social worker informed': the last word of the provider told, or None."""
    if words[verb].word not in W.INFORM_VERBS:
        return None
    if words[verb].word in ("report", "reports"):  # 'report any changes to the social worker'
        to = next((at for at in range(verb + 1, min(verb + 7, len(words))) if words[at].word == "to"), None)
        if to is None:
            return None
        return next((at for at in range(to + 1, min(to + 4, len(words))) if _in(words, at, W.PROVIDER_NOUNS)), None)
    for at in range(verb + 1, min(verb + 5, len(words))):
        if _in(words, at, W.PROVIDER_NOUNS):
            if words[verb].word in ("let", "lets", "keep", "keeps"):
                return at if at + 1 < len(words) and words[at + 1].word in ("know", "informed", "updated", "up") \
                    else None
            return at
        if words[at].word in W.PHRASE_ENDS or not words[at].word[0].isalnum():
            return None
    return None


def _reports_the_child(words: list[_Word], verb: int) -> bool:
    """Whether what follows a reporting verb is what the child does ('see Efan rolling over', 'notice that
    Mali is calmer'), rather than whom the provider visits ('see Mali alone every week')."""
    if verb + 1 < len(words) and words[verb + 1].word == "that":
        return True
    return any(words[i].word.endswith("ing") and words[i].word not in W.SERVICE_NOUNS
               for i in range(verb + 2, min(verb + 4, len(words))))


def _active(words: list[_Word], index: int, kind: str, found) -> Reading | None:
    """An active verb at index and what follows it, through one infinitive ('drop in to see the nurse')."""
    for _ in range(3):  # a verb, then at most two infinitives it leads to
        lemma = _lemma(words[index].word)
        if kind == "we" and lemma in W.PROVIDER_ACTIONS:
            return found(index, index, "what a service does")
        after = index + 1
        if words[index].word in W.TOLD_TO:
            body = _process_body(words, after)  # 'tell the core group', 'explain to the panel'
            if body is not None:
                return found(index, body, "the child's part in the process")
        if lemma == "take" and after < len(words) and words[after].word == "care":
            return None  # 'take care of': looking after, not provision
        if words[index].word in W.SPEND:
            return _time_in_a_service(words, after, index, found)
        if words[index].word in W.ANSWER:
            answered = _answered(words, after)
            if answered is not None:
                return found(index, answered, "getting in touch with a service")
            break
        if lemma in W.HEED_VERBS:
            heeded = _complied_with(words, after + (after < len(words) and words[after].word == "on"),
                                    plan_only=True)
            if heeded is not None:
                return found(index, heeded, "doing what the plan or a service asks")
            break
        if lemma in W.COMPLIANCE_VERBS:
            complied = _complied_with(words, after)
            if complied is not None:
                return found(index, complied, "doing what the plan or a service asks")
            if lemma == "agree" and after + 1 < len(words) and words[after].word == "to":
                index = after + 1  # 'agree to see the school nurse': the infinitive is the verb that matters
                continue
            if lemma not in W.ATTENDANCE_VERBS:  # 'keep his appointments', 'accept help' are read on as attendance
                break
        if lemma in W.PROVISION_VERBS:
            phrase = _head(words, after + (after < len(words) and words[after].word == "from"))
            if phrase is None or (words[phrase[1]].word not in W.RECEIVED_IN_DAILY_LIFE
                                  and words[phrase[1]].word not in W.ACCESSED_IN_DAILY_LIFE):
                return found(index, phrase[1] if phrase else index, "provision received")
            return None
        if lemma not in W.ATTENDANCE_VERBS and lemma not in W.CONTACT_VERBS:
            break
        if lemma in W.MEDICINE_VERBS:
            # (twen2) medication had or started: 'get ADHD medication', 'start on medication for his ADHD' (not his own
            # taken in his day: 'have his medicine with his breakfast', 'have medicine when his ear hurts')
            at = after + (after < len(words) and words[after].word == "on")
            medicine = _medicine_had(words, at) if at < len(words) else None
            if medicine is not None:
                return found(index, medicine, "medication had")
        if lemma == "move" and after < len(words) and words[after].word in ("from", "out"):
            # (twen2) where he moves to decides ('move from the hostel to his own flat' is his own step, 'from the bed
            # and breakfast to supported accommodation' the care system's); leaving a service's place alone is his step
            for to in range(after + 1, min(after + 10, len(words) - 1)):
                if words[to].word in W.CLAUSE_WORDS or not words[to].word[0].isalnum():
                    break
                if words[to].word in ("to", "into"):
                    place = _service_object(words, to + 1)
                    return found(index, place, "an attendance or a provision") if place is not None else None
            return None
        if lemma == "sign" and after < len(words) and words[after].word in ("to", "with"):
            return None  # (oe11) 'sign to her Teacher of the Deaf': she talks in sign ('sign up to' is read on)
        if lemma == "need" and index > 0 and words[index - 1].word in W.NEED_NEGATIONS:
            return None  # 'will no longer need support': the child has changed
        # 'have someone to support her': a person handed to the child to do a provider's work
        if lemma in ("have", "get"):
            phrase = _head(words, after)
            if phrase is not None and words[phrase[1]].word in W.PERSONS and phrase[1] + 2 < len(words) \
                    and words[phrase[1] + 1].word == "to" and words[phrase[1] + 2].word in W.PROVIDERS_WORK:
                return found(index, phrase[1] + 2, "a person to do a provider's work")
            # 'have an occupational therapist visit his bedroom', 'have the school nurse check her inhaler'
            for at in range(after, min(after + 5, len(words) - 1)):
                # (oe11) or a paid carer: 'have a carer visit each morning', 'have carers come in'
                paid_carer = words[at].word in ("carer", "carers") and (
                    words[at - 1].word in W.PAID_CARER_MARKS or (at == after and words[at].word == "carers"))
                if (paid_carer or _in(words, at, W.PROVIDER_NOUNS)) and not words[at].possessive \
                        and words[at + 1].word in W.MADE_TO_ACT:
                    return found(index, at + 1, "a provider made to act")
                if words[at].word in W.PHRASE_ENDS or not words[at].word[0].isalnum():
                    break
            # (oe10) the process's papers had: 'have a copy of her plan', 'get copies of the minutes'
            if phrase is not None and words[phrase[1]].word in W.COPIES and phrase[1] + 2 < len(words) \
                    and words[phrase[1] + 1].word == "of":
                papers = _head(words, phrase[1] + 2)
                if papers is not None and words[papers[1]].word in W.PROCESS_PAPERS:
                    return found(index, papers[1], "the process's papers, had")
            # (twen2) a stay at a service's place had: 'have an overnight stay at the respite centre every month'
            if phrase is not None and words[phrase[1]].word in W.STAYS and phrase[1] + 2 < len(words) \
                    and words[phrase[1] + 1].word in ("at", "in"):
                place = _service_object(words, phrase[1] + 2)
                if place is not None:
                    return found(index, place, "a stay at a service's place, had")
            # (twen) a school's room or a communication or visual aid had: 'have a quiet room at school', 'get a new
            # communication device' (not her own one: 'have her communication device with her')
            # (a room or a space at home is the family's: 'a quiet space to do her homework at home')
            if phrase is not None and _in(words, phrase[1], W.PROVIDED_AIDS) and (
                    words[after].word not in W.OWNERS or words[after + 1].word == "own") \
                    and not (words[phrase[1]].word in W.ROOMS_AND_SPACES
                             and _at_home(words, phrase[1] + 1)):  # 'his own quiet room' is had
                return found(index, phrase[1], "a school's room or an aid, had")
        # 'have her targets reviewed', 'needs his care needs met': what is had is done by a service
        if lemma in ("have", "get", "need"):
            for later in range(after + 1, min(after + 6, len(words))):
                if (words[later].word in W.PHRASE_ENDS and words[later].word != "and") \
                        or not words[later].word[0].isalnum():
                    break  # 'have her blood pressure and pulse taken': 'and' inside what is had
                if words[later].word in W.MOVED_PARTICIPLES and later + 2 < len(words) \
                        and words[later + 1].word == "to" \
                        and (handed_to := _service_object(words, later + 2)) is not None:
                    return found(index, handed_to, "handed on to a service")
                if words[later].word == "taken" and words[later - 1].word in W.BODY_MEASURES:
                    return found(index, later, "a health check had")  # 'have her blood pressure taken'
                if words[later].word in W.SERVICE_PARTICIPLES or (
                        words[later].word == "met" and words[later - 1].word in ("needs", "need")):
                    if words[later - 1].word in W.BODY_PARTS and (words[later].word in W.TREATED or any(
                            w.word == "so" for w in words[later + 1:])):
                        return None  # 'have her eyes tested ... so she can see the board': her health, and what it gives
                    return found(index, later, "something a service does, had done")
            # (oe11) something of the child's kept for them at school: 'have a change of clothes kept in the school
            # office' (the phrase may run on through 'of'; his own locker or bedroom is not a school's store)
            for later in range(after + 1, min(after + 7, len(words) - 2)):
                if words[later].word in W.CLAUSE_WORDS or not words[later].word[0].isalnum() or (
                        words[later].word in W.PHRASE_ENDS and words[later].word not in ("of", "and")):
                    break
                if words[later].word in W.STORED_FOR and words[later + 1].word in ("in", "at"):
                    place = _head(words, later + 2)
                    if place is not None and _in(words, place[1], W.STORE_PLACES):
                        return found(index, place[1], "something kept for the child by a school or service")
                    break
        while after < len(words) and words[after].word in W.PARTICLES:
            # 'drop in to see': the infinitive is the verb that matters
            if words[after].word == "to" and after + 1 < len(words) and _lemma(words[after + 1].word) in (
                    W.ATTENDANCE_VERBS | W.PROVISION_VERBS) and words[after + 1].word not in W.SERVICE_NOUNS:
                break
            after += 1
        if after < len(words) and words[after].word == "to" and after + 1 < len(words):
            index = after + 1
            continue
        if lemma in W.CHECK_VERBS and after < len(words):
            checker = _head(words, after)  # (twen) 'go to the dentist every six months', 'see the optician once a year'
            # (the phrase may run on into how often: 'the orthodontist regularly')
            at = next((i for i in range(checker[0], checker[1] + 1) if words[i].word in W.HEALTH_CHECKERS), None) \
                if checker is not None else None
            if at is not None and _at_a_frequency(words, at + 1):
                return found(index, at, "a health check kept at a set frequency")
        head = _service_object(words, after) if after < len(words) else None
        if head is not None and (lemma in ("go", "come") or lemma in W.CONTACT_VERBS) and _in_the_moment(words, head):
            return None  # 'go to his key worker when he is upset': the child seeks help, a change in his day
        # (twen) 'meet his targets in maths': his own learning ('the targets in his IDP' are the plan's)
        if head is not None and lemma == "meet" and words[head].word in W.OWN_TARGETS \
                and (words[after].word in W.OWNERS
                     or (words[after].word == "all" and words[after + 1].word in W.OWNERS)) \
                and not any(words[i].word in W.TARGET_SETTERS or _in(words, i, W.PROVIDER_NOUNS)
                            for i in range(after, min(head + 6, len(words)))):
            return None
        if head is not None and lemma == "use" and words[head].word in W.OWN_PLANS and words[after].word in W.OWNERS:
            return None  # 'use her safety plan when the thoughts come': her own coping, not a service used
        if head is not None and lemma == "need" and words[head].word in W.FROM_A_PROVIDER \
                and not (head + 1 < len(words) and words[head + 1].word in ("from", "of")):
            return None  # '(so that an adult knows) he needs help': the moment, not a service; 'needs a mentor' is
        if head is not None:
            return found(index, head, "an attendance or a provision")
        return None
    return None


def _medicine_had(words: list[_Word], at: int) -> int | None:
    """(twen2) The head of the phrase at at when it is medication had from a doctor ('ADHD medication', 'medication for
    his ADHD'), not his own taken in his day ('his medicine', 'medicine with his breakfast'), else None."""
    phrase = _head(words, at)
    if phrase is None or words[phrase[1]].word not in W.MEDICINES or words[at].word in W.OWNERS \
            or _taken_in_his_day(words, phrase[1] + 1):
        return None
    return phrase[1]


def _taken_in_his_day(words: list[_Word], at: int) -> bool:
    """(twen2) Whether the words from at say medicine is taken in the child's day: 'with his breakfast', 'before
    school', 'every morning', 'when his ear hurts' (as against 'for his ADHD', had from a doctor)."""
    for index in range(at, min(at + 4, len(words))):
        word = words[index].word
        if word in W.IN_THE_MOMENT or word in W.MEALS or word in _DAY_TIMES:
            return True
        if word in W.CLAUSE_WORDS or not word[0].isalnum():
            return False
    return False


_DAY_TIMES = frozenset({"morning", "mornings", "evening", "evenings", "night", "nights", "day", "daily", "bedtime"})


def _device_control(sentence: str, words: list[_Word]) -> Reading | None:
    """(twen2) Controls the adults put on the child's phone or computer, as the Welsh reading has them: 'Parental
    controls will be set up on Cai's phone', 'A filter will be put on Nia's computer', 'There will be parental controls
    on Nia's phone', 'Mum will put a monitoring app on Cai's phone', 'Cai's laptop will have a filter'. The child doing
    it herself ('Nia will turn on the safety settings on her phone') is her own day, as setting her phone to go quiet is."""
    for index, word in enumerate(words):
        if word.word not in W.CONTROLS or index == 0 or words[index - 1].word in W.MODALS:
            continue  # ('Nia will filter...': a verb)
        if word.word not in W.BARE_CONTROLS and words[index - 1].word not in W.CONTROL_MARKS:
            continue
        device = None
        for at in range(index + 1, min(index + 9, len(words) - 1)):
            if words[at].word in W.CLAUSE_WORDS or not words[at].word[0].isalnum():
                break
            if words[at].word in W.CONTROL_PLACES:
                place = _head(words, at + 1)
                if place is not None and words[place[1]].word in W.DEVICES:
                    device = place[1]
                    break
        if device is None:  # 'Cai's phone will have parental controls': the device before
            for at in range(index - 1, max(index - 7, -1), -1):
                if words[at].word in W.CLAUSE_WORDS or not words[at].word[0].isalnum():
                    break
                if words[at].word in W.DEVICES:
                    device = at
                    break
        if device is None:
            continue
        group = _verb_group(words, 0)
        if group is not None and group < index and words[group].word != "to":
            kind, head = _subject_kind(words, 0, group)
            verb = group + 1
            while verb < index and words[verb].word in W.AUXILIARIES and not (
                    words[verb].word in W.BE and verb + 1 < len(words) and _is_participle(words[verb + 1].word)):
                verb += 1
            if kind == "other" and head is not None and words[head].word not in W.PARENT_NOUNS \
                    and words[head].word not in W.DEVICES and words[head].word != "there" \
                    and words[verb].word not in W.BE and words[verb].word not in ("have", "has", "get", "gets"):
                continue  # the child's own doing ('Nia will turn on the safety settings on her phone')
        first, last = (index, device) if device > index else (device, index)
        return Reading(sentence, words[first].begin, words[last].finish, "a control put on the child's device")
    return None


def _at_home(words: list[_Word], at: int) -> bool:
    """Whether the words from at put what is had in the family's home before the clause ends ('in her bedroom',
    'to do her homework at home')."""
    for index in range(at, min(at + 8, len(words))):
        if words[index].word in W.AT_HOME:
            return True
        if words[index].word in W.CLAUSE_WORDS or not words[index].word[0].isalnum():
            return False
    return False


def _at_a_frequency(words: list[_Word], at: int) -> bool:
    """(twen) Whether the words from at say how often, before the clause ends: 'every six months', 'once a year',
    'three times a year', 'regularly' ('when his tooth hurts' is the moment, not a frequency)."""
    for index in range(at, min(at + 6, len(words))):
        word = words[index].word
        if word in W.FREQUENCY_WORDS or word == "times":
            if word not in ("every", "each", "once", "twice", "times"):
                return True
            if any(w.word in W.PERIODS for w in words[index + 1:index + 4]):
                return True  # ('once a year' before 'once' as a clause word: 'once she is home')
        if word in W.CLAUSE_WORDS or word in W.IN_THE_MOMENT or not word[0].isalnum():
            return False
    return False


def _time_in_a_service(words: list[_Word], after: int, verb: int, found) -> Reading | None:
    """After 'spend': time in a service's place or with a provider ('time in the nurture room every morning', 'an
    hour with her key worker'), else None ('time with Nain', 'her mornings in the park')."""
    for at in range(after, min(after + 3, len(words))):
        if words[at].word in W.SPENT:
            # ((twen2) past how often: 'one night a week at the respite centre', 'a weekend every month at')
            place = at + 1
            while place < min(at + 4, len(words) - 1) and (words[place].word in W.PER_TIME or words[place].word in (
                    "a", "an", "every", "each", "other") or words[place].word in W.PERIODS):
                place += 1
            if place + 1 < len(words) and words[place].word in ("in", "at", "with"):
                head = _service_object(words, place + 1)
                if head is not None:
                    return found(verb, head, "time in a service's place or with a provider")
            return None
    return None


def _answered(words: list[_Word], index: int) -> int | None:
    """After 'answer': the provider whose calls, door or questions are answered ('the social worker's calls', 'the
    door to the social worker'), or None ('his phone when he is out', 'Nain's calls')."""
    for at in range(index, min(index + 6, len(words))):
        if _in(words, at, W.PROVIDER_NOUNS):
            if words[at].possessive and at + 1 < len(words) and words[at + 1].word in W.ANSWERED:
                return at + 1  # 'the social worker's calls'
            if words[at].possessive or at + 1 >= len(words) or words[at + 1].word not in W.PROVIDER_NOUNS:
                return at
        if words[at].word in W.ANSWERED and at + 1 < len(words) and words[at + 1].word in ("to", "from"):
            continue
        if words[at].word in W.DETERMINERS or words[at].word in W.ANSWERED or words[at].word in ("to", "from") \
                or words[at].possessive or (at + 1 < len(words) and _in(words, at + 1, W.PROVIDER_NOUNS)):
            continue
        return None
    return None


def _complied_with(words: list[_Word], index: int, plan_only: bool = False) -> int | None:
    """The head of what a compliance verb's object or particle phrase at index names when it is the plan's or a
    service's ('to the plan', 'the health visitor's advice', 'by the written agreement', 'the workers into the
    home'; with plan_only, only the plan's or a service's words, not its people), else None."""
    while index < len(words) and words[index].word in ("to", "with", "by", "in"):
        index += 1
    phrase = _head(words, index)
    if phrase is None:
        return None
    first, head = phrase
    if _in(words, head, W.PLAN_TERMS):
        return head
    # 'the health visitor's advice' is headed by 'advice'; 'the workers', 'the social worker to visit'
    return None if plan_only else _service_object(words, index)


def _process_body(words: list[_Word], index: int) -> int | None:
    """The head of the phrase at index (after 'to', if it is there) when it is one of the process's meetings
    or bodies ('the core group', 'to the panel'), else None."""
    if index < len(words) and words[index].word == "to":
        index += 1
    if index >= len(words):
        return None
    phrase = _head(words, index)
    return phrase[1] if phrase is not None and _in(words, phrase[1], W.PROCESS_BODIES) else None


def _in_the_moment(words: list[_Word], head: int) -> bool:
    """Whether the service object at head is a person the child turns to when something happens ('his key
    worker when he is upset'), rather than a service's place or body ('the clinic when ill')."""
    return (not _in(words, head, W.NOT_PERSONS) and _in(words, head, W.PROVIDER_NOUNS)
            and head + 1 < len(words) and words[head + 1].word in W.IN_THE_MOMENT)
