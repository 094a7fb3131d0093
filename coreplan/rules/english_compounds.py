"""Compound terms found without being listed: an institutional modifier before an institutional head word
('pathway plan', 'kinship placement', 'strategy meeting'), both from data/english_compounds.yaml.

Glossaries name a service's plans, meetings, roles and payments by pairing a few dozen words in ever new
ways, so a lexicon that lists pairs one by one always misses the next. A pair is jargon only when both of
its words are listed: 'the plan' and 'a written plan' are plain, 'the pathway plan' is not. The plain words
offered are made from the two words' own plain words ('plan for leaving care'), since no one wrote any for
the pair.

Plain data only (dicts, tuples, strings), so that the lexicon's kept copy (coreplan.derived) can hold it.
"""

from __future__ import annotations

from coreplan.rules.english_forms import plural, singular

# The most modifiers one head may follow ('multi agency strategy meeting': two)
MOST_MODIFIERS = 3


def read(data: dict, ignore: frozenset[str] = frozenset()) -> dict:
    """The matcher's tables from the file's data: {'heads': word -> plain words, 'modifiers': first word ->
    ((words, plain words), ...) longest first, 'plain': pairs that are plain English}. A word or pair in
    ignore (a team's ignore_terms, lower case) is left out."""
    heads = {head.lower(): plain for head, plain in (data.get("heads") or {}).items() if head.lower() not in ignore}
    # a head of two words ('social worker': 'supervising social worker'), filed under its first word
    two_word_heads: dict[str, dict[str, str]] = {}
    for head in [head for head in heads if " " in head]:
        first, second = head.split(" ", 1)
        two_word_heads.setdefault(first, {})[second] = heads.pop(head)
    modifiers: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for modifier, plain in (data.get("modifiers") or {}).items():
        words = tuple(modifier.lower().split())
        if " ".join(words) in ignore or not words:
            continue
        modifiers.setdefault(words[0], []).append((words, plain))
    for entries in modifiers.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    plain = {" ".join(pair.lower().split()) for pair in (data.get("plain_pairs") or ())} | set(ignore)
    numbered = {word.lower(): plain for word, plain in (data.get("numbered") or {}).items()
                if word.lower() not in ignore}
    for word in numbered:  # a numbered word starts a compound as a modifier does, in either number
        modifiers.setdefault(word, [])
        modifiers.setdefault(word + "s", [])
    prefixes = {k.lower(): v for k, v in (data.get("prefixes") or {}).items() if k.lower() not in ignore}
    suffixes = {k.lower(): v for k, v in (data.get("suffixes") or {}).items() if k.lower() not in ignore}
    # heads that only a modifier of two words or more names ('youth offending team', not 'the adoption team')
    long_heads = {k.lower(): v for k, v in (data.get("heads_after_a_longer_modifier") or {}).items()
                  if k.lower() not in ignore}
    kinds = _kinds(data.get("kinds") or (), ignore)
    for first in kinds:  # a kind's word starts a compound as a modifier does
        modifiers.setdefault(first, [])
    return {"heads": heads, "two_word_heads": two_word_heads, "long_heads": long_heads, "kinds": kinds,
            "modifiers": {k: tuple(v) for k, v in modifiers.items()}, "plain": frozenset(plain),
            "numbered": numbered, "prefixes": prefixes, "suffixes": suffixes,
            "affix_words": frozenset(prefixes) | frozenset(suffixes),
            "head_forms": head_forms(heads, two_word_heads)}


def _kinds(groups, ignore: frozenset[str]) -> dict:
    """{a kind's first word: ((its words, plain words with '{head}', the head words it names a kind of, in
    both numbers), ...) longest first} from the file's kinds."""
    kinds: dict[str, list] = {}
    for group in groups:
        heads = [head.lower() for head in group["heads"] if head.lower() not in ignore]
        named = frozenset(heads) | frozenset(plural(head) for head in heads)
        for modifier, plain in (group.get("modifiers") or {}).items():
            words = tuple(modifier.lower().split())
            if words and " ".join(words) not in ignore:
                kinds.setdefault(words[0], []).append((words, plain or group["plain"], named))
    for entries in kinds.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return {first: tuple(entries) for first, entries in kinds.items()}


def kind_at(lowered: list[str], i: int, tables: dict) -> tuple[int, str] | None:
    """(length in words, plain words) of a kind's word or words before the head words it names a kind of
    ('birth mother', 'non-resident parent', 'assured shorthold tenancy', 'occupation contract'), or None: the
    words of data/english_compounds.yaml's kinds, which name nothing before any other head ('a birth plan',
    'a fixed term contract at work' are plain). Kinds' words may stand side by side ('secure occupation
    contract'); the plain words are those of the first one that names a kind of the head."""
    kinds = tables.get("kinds")
    if not kinds or lowered[i] not in kinds or (i and lowered[i - 1] in _BEFORE_A_VERB):
        return None  # ('help him secure tenancies', 'to secure tenants for the flats': a verb)
    j, run = i, []  # run: (plain words, head words named) of each kind's word so far
    while j < len(lowered) and len(run) <= MOST_MODIFIERS:
        entries = [entry for entry in kinds.get(lowered[j], ()) if tuple(lowered[j:j + len(entry[0])]) == entry[0]]
        if not entries:
            return None
        for words, plain, named in entries:
            end = j + len(words)
            if end < len(lowered) and lowered[end] in named:
                plain = next((first for first, names in run if names == named), plain)
                return end + 1 - i, plain.replace("{head}", lowered[end])
        run.extend((plain, named) for _, plain, named in entries)
        j += len(entries[0][0])
    return None


# Words after which a kind's first word is a verb ('to secure', 'will secure')
_BEFORE_A_VERB = frozenset("to will would can could should must may might we i you they help helps helped".split())


def head_forms(heads: dict, two_word_heads: dict) -> frozenset[str]:
    """Every head word in both numbers, with the last word of each head of two ('SEN co-ordinator' is initials
    before 'co ordinator'): a text with none of them has no compound to look for."""
    words = [*heads, *(second for seconds in two_word_heads.values() for second in seconds)]
    return frozenset(words) | frozenset(plural(word) for word in words)


def _modifier_at(lowered: list[str], i: int, modifiers: dict) -> tuple[int, str] | None:
    for words, plain in modifiers.get(lowered[i], ()):
        if tuple(lowered[i:i + len(words)]) == words:
            return len(words), plain
    return None


def _head(word: str, heads: dict) -> tuple[str, bool] | None:
    """(the head's plain words, plural?) of a text word that is a head, in either number."""
    if word in heads:
        return heads[word], False
    one = singular(word)
    if one and one in heads:
        return heads[one], True
    return None


# What follows a number when it names a part of the plan, not of the law: 'section 3 of this plan', '2 above'
# ('adran 3 o'r cynllun hwn', 'adran 2 uchod' in Welsh)
_OF_THIS = frozenset("this these our your".split())
_ABOVE = frozenset("above below uchod isod".split())
_THIS_PLAN_CY = frozenset("cynllun hwn ffurflen ddogfen dogfen adroddiad".split())
# Welsh names of a part that any document or course has ('rhan 2 o'r cynllun', 'rhan 3 o'r cwrs', 'categori 1
# o'r ffurflen'): a law's only when no 'o' follows, or 'o' and the law ('Rhan 6 o'r Ddeddf')
_ANY_PART_CY = frozenset("rhan categori".split())
_LAW_CY = frozenset("deddf ddeddf rheoliadau reoliadau cod god".split())
# nor taking part ('cymryd rhan 2 waith', 'bydd hi'n cymryd rhan 3 diwrnod yr wythnos')
_TAKE_PART_CY = frozenset("cymryd gymryd chymryd cymerodd gymerodd cymeron gymeron cymerais gymerais".split())


def _numbered_at(lowered: list[str], i: int, tables: dict) -> tuple[int, str] | None:
    """'section 20' ('sections 17', 'section 8 orders'): (length, plain words), or None."""
    numbered = tables.get("numbered") or {}
    word = lowered[i]
    name = word if word in numbered else singular(word)
    if name not in numbered or i + 1 >= len(lowered):
        return None
    number = lowered[i + 1]
    if not (number[:1].isdigit() and len(number) <= 4 and number.rstrip("abcdefgh").isdigit()):
        return None
    if word != name and len(number) == 4 and number[:2] in ("19", "20"):
        return None  # a year: the name of a set of regulations ('the Care Planning Regulations 2010')
    after = lowered[i + 2:i + 4]
    if (after[:1] and after[0] in _ABOVE) or (after[:1] == ["of"] and after[1:2] and after[1] in _OF_THIS) \
            or (after[:1] == ["o"] and after[1:2] and after[1] in _THIS_PLAN_CY) \
            or (name in _ANY_PART_CY and after[:1] == ["o"] and not (after[1:2] and after[1] in _LAW_CY)) \
            or (name in _ANY_PART_CY and ((i and lowered[i - 1] in _TAKE_PART_CY)
                                          or after[:1] in (["waith"], ["gwaith"]))):
        return None
    size = 3 if i + 2 < len(lowered) and _head(lowered[i + 2], tables["heads"]) else 2
    return size, numbered[name]


def compound_at(lowered: list[str], i: int, tables: dict, blocked=None) -> tuple[int, str] | None:
    """(length in words, plain words) of 'modifier(s) + head' starting at word i, or None.

    The longest run of modifiers is read first; a word that is both ('care', 'placement', 'contact') may end
    the run as its head ('kinship care', 'care plan'). blocked(j): whether the modifier at word j is no
    modifier there ('Mum will contact support services': a verb), if the caller says so.
    """
    modifiers, heads = tables["modifiers"], tables["heads"]
    if lowered[i] not in modifiers or (i and lowered[i - 1] == "in" and lowered[i] == "case"):  # 'in case'
        return None
    numbered = _numbered_at(lowered, i, tables) or kind_at(lowered, i, tables)
    if numbered:
        return numbered
    spans = []  # (end of the run so far, that modifier's plain words)
    j = i
    while j < len(lowered) and len(spans) < MOST_MODIFIERS:
        found = _modifier_at(lowered, j, modifiers)
        if found is None or (blocked is not None and blocked(j, found[0])):
            break
        j += found[0]
        spans.append((j, found[1]))
    # the head: the word after the run, or else the run's last word (if it is a head too)
    ends = []
    if spans and spans[-1][0] < len(lowered):
        ends.append((spans[-1][0], _modifiers_plain(spans)))
    if len(spans) > 1:
        ends.append((spans[-2][0], _modifiers_plain(spans[:-1])))
    for head_at, plain_before in ends:
        if head_at >= len(lowered) or head_at == i or lowered[head_at] == lowered[head_at - 1]:
            continue  # (a word written twice is a slip, not a modifier and its head: 'contact contact')
        head = _head(lowered[head_at], heads)
        if head is None and head_at - i >= 2 and tables.get("long_heads"):
            head = _head(lowered[head_at], tables["long_heads"])  # 'youth offending team', 'early help service'
        two_words = tables.get("two_word_heads", {}).get(lowered[head_at])
        if two_words and head_at + 1 < len(lowered):  # 'supervising social worker': the longer head first
            longer = _head(lowered[head_at + 1], two_words)
            if longer is not None:
                head, head_at = longer, head_at + 1
        if head is None:
            continue
        written = " ".join(lowered[i:head_at + 1])
        if written in tables["plain"] or (head[1] and written[:-1] in tables["plain"]):
            return None
        words, plural = head
        return head_at + 1 - i, f"{words.replace('{s}', 's' if plural else '')} {plain_before}"
    return None


def _modifiers_plain(spans: list[tuple[int, str]]) -> str:
    """The plain words of every modifier before a head, the nearest first, each saying more of the one before
    it ('kinship care worker': "for someone's care with relatives or friends"; 'multi-agency strategy meeting':
    'to decide what to do next with workers from different services'); a plain phrase said twice once."""
    said: list[str] = []
    for _, plain in reversed(spans):
        if plain not in said:
            said.append(plain)
    return " ".join(said)


def without(tables: dict, ignore: frozenset[str]) -> dict:
    """The tables without the words and pairs a team ignores (ignore_terms, lower case)."""
    if not ignore or not tables:
        return tables
    return {"heads": {k: v for k, v in tables["heads"].items() if k not in ignore},
            "long_heads": {k: v for k, v in tables.get("long_heads", {}).items() if k not in ignore},
            "two_word_heads": {first: {second: plain for second, plain in seconds.items()
                                       if f"{first} {second}" not in ignore}
                               for first, seconds in tables.get("two_word_heads", {}).items()},
            "modifiers": {k: tuple(e for e in v if " ".join(e[0]) not in ignore)
                          for k, v in tables["modifiers"].items()},
            "plain": tables["plain"] | ignore,
            "numbered": {k: v for k, v in tables.get("numbered", {}).items() if k not in ignore},
            "kinds": {first: tuple(entry for entry in entries if " ".join(entry[0]) not in ignore)
                      for first, entries in tables.get("kinds", {}).items()},
            "prefixes": {k: v for k, v in tables.get("prefixes", {}).items() if k not in ignore},
            "suffixes": {k: v for k, v in tables.get("suffixes", {}).items() if k not in ignore},
            "affix_words": tables.get("affix_words", frozenset()) - ignore,
            "head_forms": head_forms({k: v for k, v in tables["heads"].items() if k not in ignore},
                                     tables.get("two_word_heads", {}))}


def initials_headed(written: list[str], lowered: list[str], initials: dict, allowed: frozenset[str], tables: dict,
                    explained: frozenset[str]) -> dict[int, tuple[int, str]]:
    """{the first word's index: (its length in words, plain words)} of listed initials written in capitals before a
    head word ('CIN plan', 'PEP meeting', 'PLO letter') or a head of two ('SEN co-ordinator', two words as a hyphen
    splits it; 'MASH social worker'): a compound no one listed, which the family needs spelled out ('child in need
    plan'). Not initials every family knows (allowed: 'GP surgery', 'NHS trust'), nor initials the case's glossary
    explains."""
    heads, two_word_heads = tables.get("heads") or {}, tables.get("two_word_heads") or {}
    found = {}
    for k in [k for k, word in enumerate(written[:-1]) if word in initials]:  # a dict look-up a word
        word = written[k]
        if 2 <= len(word) <= 6 and word.isupper() and word not in allowed and lowered[k] not in explained:
            size = 2
            head = _head(lowered[k + 1], heads)
            if head is None and k + 2 < len(lowered) and lowered[k + 1] in two_word_heads:
                size, head = 3, _head(lowered[k + 2], two_word_heads[lowered[k + 1]])
            if head is not None:
                # the head's plain word, where it is one ('conference': meeting), else the head as written
                # ('referral', not 'multi-agency risk assessment conference request for help')
                plain = head[0].replace("{s}", "s" if head[1] else "")
                plain = plain if " " not in plain else " ".join(lowered[k + 1:k + size])
                # each meaning of initials that have several ('PO': 'probation officer, or placement order')
                # with the head after it, so that the family reads 'probation officer meeting, or placement
                # order meeting', and no meaning is lost with the first one's words in brackets
                found[k] = size, ", or ".join(f"{meaning.split(' (')[0]} {plain}"
                                              for meaning in initials[word].split(", or "))
    return found


def affixed(text: str, lowered: list[str], spans: list[tuple[int, int]], tables: dict) -> dict[int, str]:
    """{the first word's index: plain words} of each two words joined by a hyphen where the first is a listed
    prefix ('non-engagement') or the second a listed suffix ('strengths-based'), the other a word of three
    letters or more."""
    prefixes, suffixes = tables.get("prefixes") or {}, tables.get("suffixes") or {}
    found = {}
    for k, word in enumerate(lowered):
        if word in prefixes and k + 1 < len(lowered) and text[spans[k][1]:spans[k][1] + 1] == "-" \
                and spans[k + 1][0] == spans[k][1] + 1 and lowered[k + 1].endswith(_LEARNED_ENDINGS) \
                and lowered[k + 1] not in _EVERYDAY_AFTER_A_PREFIX:
            found.setdefault(k, prefixes[word])
        elif word in suffixes and k and spans[k][0] and text[spans[k][0] - 1] == "-" \
                and spans[k - 1][1] == spans[k][0] - 1 and len(lowered[k - 1]) >= 3 and lowered[k - 1].isalpha() \
                and lowered[k - 1] not in _HOW_WELL:
            found.setdefault(k - 1, suffixes[word])
    return found


def time_prefixed(text: str, lowered: list[str], spans: list[tuple[int, int]],
                  tables: dict) -> dict[int, tuple[int, str]]:
    """{the first word's index: (3, plain words)} of 'pre-' or 'post-' joined to a word and followed by a listed
    head: a step of the process named by what it comes before or after ('pre-sentence report', 'pre-discharge
    meeting', 'post-placement support'), whichever word stands between. Not an everyday time ('a pre-school
    setting', 'the post-match meeting'), nor a past or -ing form ('a pre-arranged visit')."""
    heads = tables.get("heads") or {}
    found = {}
    for k, word in enumerate(lowered[:-2]):
        if word in _WHEN and text[spans[k][1]:spans[k][1] + 1] == "-" and spans[k + 1][0] == spans[k][1] + 1 \
                and text[spans[k + 1][1]:spans[k + 1][1] + 1] != "-":
            middle = lowered[k + 1]
            head = _head(lowered[k + 2], heads)
            if head is None or len(middle) < 4 or not middle.isalpha() or middle.endswith(("ed", "ing")) \
                    or middle in _EVERYDAY_TIMES:
                continue
            found[k] = (3, f"{head[0].replace('{s}', 's' if head[1] else '')} {_WHEN[word]} the {middle}")
    return found


# 'pre-' and 'post-' before the step of a process they name, and what they say of it
_WHEN = {"pre": "before", "post": "after"}
# Times of everyday life after 'pre-' or 'post-': 'pre-school', 'post-match', 'pre-Christmas'
_EVERYDAY_TIMES = frozenset("""
    school teen teens match christmas holiday holidays season lunch dinner breakfast bedtime exam exams work
    covid lockdown pandemic party game race
""".split())


# A prefix makes jargon of a learned word ('non-engagement', 'multi-disciplinary', 'inter-agency'), not of
# an everyday one ('non-stop', 'multi-storey', 'non-smoking')
_LEARNED_ENDINGS = ("ment", "ance", "ence", "ion", "ity", "al", "ive", "ary", "ic", "cy")
# Learned words that make an everyday word after a prefix: 'co-operation', 'co-ordination', 'non-fiction'
_EVERYDAY_AFTER_A_PREFIX = frozenset("""
    operation operations operative ordination existence education fiction
""".split())
# Before a suffix, words that say how well, not what on: 'well-informed', 'ill-informed' are plain
_HOW_WELL = frozenset("well ill better best badly poorly fully properly wrongly rightly".split())
