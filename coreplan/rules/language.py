"""Plain language (seeds 000 and 002): no jargon, no unexplained initials, no shorthand, sentences a parent can follow."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

from coreplan import patterns
from coreplan.messages import msg, msg_n
from coreplan.packed import PackedMapping, SortedTable, WordFlags, pack, pack_table
from coreplan.i18n import N_
from coreplan.rules.base import Hit, Rule, options
from coreplan.rules import english_compounds, english_forms, english_names, english_rarity, jargon_senses
from coreplan.rules.actions import READ_LIMIT, shorthand_reason
from coreplan.rules.team_phrases import team_phrases
from coreplan.text import WORD, most_words, sentences, welsh_radicals, words
from coreplan.yamlread import Pos

FAMILY = N_("plain language")

# Two to six capitals (digits and & allowed inside), optionally a plural s: ICPC, CAMHS, A&E, S47, ACEs
# (a Welsh digraph may end them: ALl, GCaCh, ABICh, BDRh; so may 'Co', co-ordinator, as schools write their
# SENCo, SENDCo and ALNCo; so may a capital and one or two small letters, as a system's name writes them:
# OASys, MSc), or the Welsh plural -au (ALlau, CDUau)
# (the capital first, then a look behind it: a search then skips to the next capital in C, where a pattern that
# starts with a look-behind is tried at every character; tests/test_initials_pattern.py holds the two the same)
INITIALS = patterns.compile(
    r"([A-Z](?<![\w&][A-Z])[A-Za-z0-9&]{0,5}(?:[A-Z0-9]|Ll|Ch|Dd|Ff|Ng|Rh|Th|Co|[A-Z][a-z]{1,2}))(au|s?)(?![\w&])")
# Capitals that are ordinary words written in capitals for emphasis, or Roman numerals
_CAPITAL_WORDS = frozenset("""
    A I AN AND ARE AS AT BE BUT BY DO FOR GO HAS HE HER HIM HIS IF IN IS IT ME MY NO NOT OF ON OR OUR SHE SO THE
    TO UP US WE YES YOU ALL ANY CAN DID GET HAD HAS HOW ITS LET MAY NOW OFF OLD ONE OUT OWN SAY SEE SHE TOO TWO
    WAS WAY WHO WHY WILL WITH MUST NEVER ALWAYS ONLY VERY NEW STOP HELP SAFE MUM DAD NAN NAIN TAID MAM TAD
    II III IV VI VII VIII IX XI XII
""".split())

def word_forms(word: str) -> set[str]:
    """The forms of a lexicon phrase's last word that mean the same thing to a reader.

    Plural, past and -ing forms, and the -ation/-ated pairs practitioners swap
    (accommodation / accommodated). Deliberately not a general stemmer: a
    stemmer would make 'placement' match 'placed', which is plain English.
    """
    forms = {word, word + "s", word + "es"}
    base = word[:-1] if word.endswith("e") else word
    forms.update({base + "ed", base + "ing", word + "d"})
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    for pair in (("ation", "ated"), ("ation", "ate"), ("ation", "ating"), ("ise", "isation"), ("ize", "ization")):
        for here, there in (pair, pair[::-1]):
            if word.endswith(here):
                forms.add(word[: -len(here)] + there)
    for here, there in _DERIVED:
        if word.endswith(here) and len(word) > len(here) + 2 and word[: -len(here)] + there not in _NOT_DERIVED:
            forms.add(word[: -len(here)] + there)
    return forms


# The nouns and adverbs made from a listed word that keep its meaning and its jargon: 'advocate' ->
# 'advocacy', 'co-productive' -> 'co-productively', 'resilient' -> 'resilience', 'therapeutic' ->
# 'therapeutically', 'confidential' -> 'confidentiality'. One way only, from the listed word to the longer
# one: a derived noun is as much jargon as its word, but the word a noun comes from is often plain
# ('placement' is jargon, 'placed' is not).
_DERIVED = (("ate", "acy"), ("al", "ality"), ("ive", "ively"), ("ic", "ically"), ("ent", "ence"),
            ("ent", "ency"), ("ant", "ance"), ("ant", "ancy"), ("ence", "ency"), ("ency", "ence"), ("ance", "ancy"),
            ("ancy", "ance"), ("ion", "ive"), ("ion", "ively"),
            ("ised", "isation"), ("ized", "ization"))
# Words _DERIVED would make that are everyday words with a meaning of their own: 'ambulant' (able to walk)
# is jargon, 'Mum called an ambulance' is not
_NOT_DERIVED = frozenset({"ambulance", "distance", "instance", "substance", "importance", "ordinance"})


# Plurals that no suffix rule makes: a lexicon phrase and a text meet at the singular
_IRREGULAR = MappingProxyType({"children": "child", "people": "person", "men": "man", "women": "woman"})


_WELSH_PRONOUNS_JOINED = frozenset(("'i", "’i", "'u", "’u", "'w", "’w"))


def lexicon_word(token: str) -> str:
    """A lower-case word as the lexicon files it: without a possessive ('care leaver's', 'parents'') and
    with an irregular plural made singular ('looked after children' meets 'looked after child'), so that
    these forms count in any word of a phrase, not only its last.

    A possessive keeps its number: 'a child's home' (where a child lives) is not 'a children's home' (a
    home run by staff), so the two must not meet.
    """
    lowered = token.lower()
    word = lowered.strip("'’")
    if len(word) > 3 and word[-2:] in ("'s", "’s"):
        return word[:-2]
    if lowered[-2:] in ("s'", "s’") and len(word) > 3:  # a plural possessive: 'the parents' evening' is a
        return english_forms.singular(word) or word  # parent evening, as 'the parent's evening' is
    if len(word) > 2 and word[-2:] in ("'r", "’r"):  # the Welsh article on a word ('i'r', 'o'r', 'diogelu'r')
        return word[:-2]
    # a Welsh pronoun shortened onto the word before it ('diwallu'i anghenion', 'asesu'u hanghenion', 'i'w
    # gartref'), which a text may as well write apart ('diwallu ei anghenion'): the word without it, as the
    # lexicon files a phrase the pronoun comes inside
    if len(word) > 2 and word[-2:] in _WELSH_PRONOUNS_JOINED:
        return word[:-2]
    # a curly apostrophe inside a word is the straight one: 'When I’m Ready' meets 'When I'm Ready'
    return _IRREGULAR.get(word, word).replace("’", "'")


@dataclass(frozen=True)
class Lexicon:
    """The jargon lexicon in force: the shipped phrases and initials with a team's changes, indexed."""

    phrases: Mapping[str, str]  # (a dict, or as read from the kept copy a SortedTable)
    initials: dict[str, str]
    allowed: frozenset[str]
    # first word -> [(the phrase's words but the last, the forms of the last, the phrase, Welsh?)], longest
    # first; a one-word phrase is filed under each of its forms, with no words before and no forms after
    # (a dict, or as read from the kept copy a PackedMapping: the same entries, made as texts look them up)
    by_first_word: Mapping[str, list[tuple[tuple[str, ...], frozenset[str], str, bool]]]
    as_noun: frozenset[str] = frozenset()  # phrases that are jargon only as nouns ('contact')
    # words that are jargon at the head of a noun phrase ('school attendance order') -> the plain alternative
    after_a_modifier: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    # the Welsh phrases, matched in their mutated, plural and verb-noun forms (coreplan.rules.welsh_text)
    welsh_index: Mapping = field(default_factory=dict)  # (a dict, or a PackedMapping, as by_first_word)
    welsh_initials: dict = field(default_factory=dict)  # their Welsh spelling-out, for plans written in Welsh
    # every lower-case word a phrase may start at -> where to look: ENGLISH_INDEX (by_first_word, as
    # written or mutated), WELSH_INDEX (welsh_index) or both. find_jargon looks only there, so a text's other
    # words cost one look-up however large the lexicon grows; None: every word is looked at in both
    # (a dict, or as read from the kept copy a WordFlags: the same words and flags, each looked up once)
    starts: Mapping[str, int] | None = None
    # names the family must learn ('core group', 'foster carer'): each phrase that writes one -> the name.
    # Reported once per case, to be explained, not replaced; their entry in phrases is the explanation.
    to_explain: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    # Welsh words that are jargon at the head of a noun phrase, named by the word after them ('gorchymyn gofal')
    welsh_heads: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    # those of welsh_heads that a word of a service must name ('cynllun gweithredu', not 'cynllun bwyd'), and
    # the service words (each in the forms a text writes it, lower case, without mutation)
    welsh_service_heads: frozenset[str] = frozenset()
    welsh_service_words: frozenset[str] = frozenset()
    # English compounds of a listed modifier and a listed head ('pathway plan'): english_compounds.read's tables
    compounds: dict = field(default_factory=dict)
    # phrases both lexicons list -> the Welsh plain words, for a plan written in Welsh (phrases has the English)
    welsh_plain: Mapping[str, str] = field(default_factory=dict)
    # the Welsh lexicon's phrases: any other phrase found in a plan written in Welsh is English, whose plain
    # words are English too (a tuple as kept; the jargon rule makes a set of it for a Welsh plan only)
    welsh_phrases: tuple[str, ...] = ()
    head_words: frozenset[str] = field(init=False)  # after_a_modifier's words and their plurals
    # listed initials of four letters or more as services also write them, as a word ('Marac', 'Idva')
    initials_as_words: frozenset[str] = field(init=False)
    # lower-case words a team's ignore_terms names: never reported as rare words (english_rarity)
    ignored_words: frozenset[str] = frozenset()
    # every lower-case word of the Welsh lexicon's phrases and plain alternatives: Welsh, never rare English
    welsh_words: frozenset[str] = frozenset()
    # every lower-case word of the English lexicon's plain alternatives: plain, never a rare word
    plain_words: frozenset[str] = frozenset()
    # those of welsh_heads that a learned adjective must name, a kind of harm or behaviour ('cam-drin ysbrydol',
    # 'esgeulustod emosiynol'), or a word of birth a family ('teuluoedd biolegol'): welsh_text.welsh_kind_at
    welsh_kind_heads: frozenset[str] = frozenset()
    # first word of by_first_word -> the words that may follow it (_words_after), worked out as texts need
    # them and kept with the lexicon they describe, so they go when it goes (a module-level cache kept every
    # lexicon a process ever built alive: 8 MB each, gigabytes over a test run)
    words_after: dict = field(init=False, compare=False, repr=False)
    # a text word -> what must follow it for a phrase of by_first_word / welsh_index to start there
    # (_english_next, _welsh_next); kept like words_after
    english_next: dict = field(init=False, compare=False, repr=False)
    welsh_next: dict = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for cache in ("words_after", "english_next", "welsh_next"):
            object.__setattr__(self, cache, {})
        heads = self.after_a_modifier
        object.__setattr__(self, "head_words", frozenset(heads) | frozenset(word + "s" for word in heads))
        object.__setattr__(self, "initials_as_words", frozenset(
            word for word in (key.capitalize() for key in self.initials if 4 <= len(key) <= 7 and key.isupper()
                              and key.isalpha()) if word not in _TITLE_CASE_WORDS))


def load_lexicon(shared: dict, jargon_options, initials_options) -> Lexicon:
    """The shipped lexicon plus the team's additions, built once per run.

    The shipped lexicon's index is kept between runs (coreplan.derived): reading its YAML and working out
    every phrase's forms would otherwise cost more than the rest of a check, and more as the lexicon grows.
    A team's additions and removals are applied to it here, on every run.
    """
    key = ("lexicon", tuple(sorted(jargon_options.get("extra_terms", {}).items())),
           tuple(jargon_options.get("ignore_terms", ())),
           tuple(sorted(initials_options.get("extra_initials", {}).items())),
           tuple(initials_options.get("allowed", ())))
    if key not in shared:
        shipped = _shipped_lexicon()
        extra_terms = jargon_options.get("extra_terms", {})
        ignore = {term.lower() for term in jargon_options.get("ignore_terms", ())}
        initials = dict(shipped["initials"])
        initials.update(initials_options.get("extra_initials", {}))
        allowed = frozenset(shipped["allowed"]) | frozenset(initials_options.get("allowed", ()))
        as_noun = frozenset(k for k in shipped["as_noun"] if k not in ignore)
        heads = MappingProxyType({k: v for k, v in shipped["after_a_modifier"].items() if k not in ignore})
        welsh_initials = shipped["welsh_initials"]
        welsh_heads = MappingProxyType({k: v for k, v in shipped["welsh_heads"].items() if k not in ignore})
        service_heads, service_words = shipped["welsh_service_heads"], shipped["welsh_service_words"]
        # a name the team lists in extra_terms is one it wants replaced, not explained
        to_explain = MappingProxyType({k: v for k, v in shipped["to_explain"].items()
                                       if k not in ignore and v not in ignore and k not in extra_terms})
        compounds = english_compounds.without(shipped["compounds"], frozenset(ignore))
        if not extra_terms and not ignore:  # the shipped lexicon as it is: its index is ready
            shared[key] = Lexicon(shipped["phrases"], initials, allowed, shipped["index"], as_noun, heads,
                                  shipped["welsh_index"], welsh_initials, shipped["starts"], to_explain,
                                  welsh_heads, service_heads, service_words, compounds,
                                  welsh_words=shipped["welsh_words"], plain_words=shipped["plain_words"],
                                  welsh_plain=shipped["welsh_plain"], welsh_kind_heads=shipped["welsh_kind_heads"],
                                  welsh_phrases=shipped["welsh"])
        else:
            # in the lexicon's order (dicts, not sets; the kept phrases are in sorted order, their forms in
            # the lexicon's): which of two equally long phrases is found first must not depend on the order a
            # set happens to give, and is the shipped index's
            forms = _shipped_lexicon(forms=True)
            shipped_phrases = shipped["phrases"]
            phrases = {k: shipped_phrases[k] for k in forms if k not in ignore}
            phrases.update({k.lower(): v for k, v in extra_terms.items()})
            welsh = {k: None for k in shipped["welsh"] if k not in ignore}
            index = _index(phrases, welsh, forms)
            # a team's terms add starts; an ignored term leaves the shipped ones a word or two too many, which
            # costs a look-up, not a finding
            known = shipped["index"]
            starts = _starts({k: v for k, v in index.items() if k not in known}, {}, shipped["starts"])
            shared[key] = Lexicon(phrases, initials, allowed, index, as_noun, heads, _welsh_index(welsh),
                                  welsh_initials, starts, to_explain, welsh_heads, service_heads, service_words,
                                  compounds, ignored_words=frozenset(ignore), welsh_words=shipped["welsh_words"],
                                  plain_words=shipped["plain_words"], welsh_kind_heads=shipped["welsh_kind_heads"],
                                  welsh_plain={k: v for k, v in shipped["welsh_plain"].items()
                                               if k not in phrases or phrases[k] == shipped_phrases.get(k)},
                                  welsh_phrases=tuple(welsh))
    return shared[key]


def _shipped_lexicon(forms: bool = False) -> dict:
    """The shipped lexicon and its index, as plain data (see load_lexicon); with forms=True, every phrase's
    forms instead, which only a team's additions or removals need (kept apart: reading them would cost
    every other check a few milliseconds)."""
    from coreplan import derived

    key = _lexicon_key()
    name = "lexicon-forms" if forms else "lexicon"
    kept = derived.load(name, key) if key else None
    if kept is None:
        built = _build_shipped_lexicon()
        every_form = built.pop("forms")
        if key:
            derived.save("lexicon", key, _packed(built))
            derived.save("lexicon-forms", key, every_form)
        kept = every_form if forms else built
    elif not forms:
        kept = read_kept(kept)
    return kept


def read_kept(kept: dict) -> dict:
    """The shipped lexicon from its kept copy (see _packed), as load_lexicon uses it."""
    if "index" not in kept:
        return kept
    return {**kept, "phrases": SortedTable(*kept["phrases"]), "starts": WordFlags(*kept["starts"]),
            **{name: PackedMapping(SortedTable(*kept[name])) for name in _EACH_VALUE_PACKED}}


# The indexes, whose entries are large (each a list of phrases with their forms) and of which a text needs a
# few: each entry is kept packed on its own inside its block
_EACH_VALUE_PACKED = ("index", "welsh_index")


def _packed(built: dict) -> dict:
    """The shipped lexicon as kept (coreplan.packed): its phrases, index and Welsh index as SortedTables, each
    block made only when a text looks up a key in it, and each index entry only when looked up; its starts as
    WordFlags. A case's texts look up a few hundred of their 90,000 keys, and a text without jargon none of
    the phrases' plain alternatives."""
    if "index" not in built:
        return built
    return {**built, "phrases": pack_table(built["phrases"]), "starts": pack_table(built["starts"]),
            **{name: pack_table(pack(built[name])) for name in _EACH_VALUE_PACKED}}


def _lexicon_key() -> bytes | None:
    """The digest of what the shipped lexicon's index is worked out from. It is plain data that any Python
    works out the same way, so the digest leaves the Python version out and a copy made when the wheel was
    built serves every install (coreplan.shipped)."""
    from coreplan import derived, packed
    from coreplan import text
    from coreplan.paths import data_dir

    from coreplan.rules import welsh_text

    sources = [data_dir() / "jargon.yaml", data_dir() / "jargon_cy.yaml", data_dir() / "english_compounds.yaml",
               Path(__file__), Path(text.__file__), Path(welsh_text.__file__),
               Path(__file__).with_name("english_forms.py"), Path(english_compounds.__file__),
               Path(english_rarity.__file__), data_dir() / "common_words.txt",  # other_writings reads them
               Path(packed.__file__)]  # how the copy is kept
    try:
        return derived.files_digest("lexicon-sources", sources, python=False)
    except OSError:  # no source beside the bytecode: nothing to tell a stale copy by
        return None


def copies_to_ship() -> list[tuple[str, bytes, dict]]:
    """(name, digest, copy) of the lexicon's index and of its phrases' forms, as the wheel ships them."""
    key = _lexicon_key()
    if key is None:
        raise RuntimeError("the lexicon's sources are not beside the code: nothing to make a copy from")
    built = _build_shipped_lexicon()
    every_form = built.pop("forms")
    return [("lexicon", key, _packed(built)), ("lexicon-forms", key, every_form)]


def _build_shipped_lexicon() -> dict:
    from coreplan.paths import data_dir

    data = _read_lexicon(data_dir() / "jargon.yaml")
    welsh = _read_lexicon(data_dir() / "jargon_cy.yaml")
    phrases = {k.lower(): v for k, v in data["phrases"].items()}
    welsh_phrases = {k.lower(): v for k, v in welsh["phrases"].items()}
    english_names, english_explained = _names_to_explain(data.get("to_explain"))
    welsh_names, welsh_explained = _names_to_explain(welsh.get("to_explain"))
    phrases.update(english_explained)
    welsh_phrases.update(welsh_explained)
    # a word both lexicons list ('genogram') is offered in the plan's own language: the English plain words
    # here, the Welsh in welsh_plain for a plan written in Welsh (the jargon rule chooses)
    welsh_plain = {k: v for k, v in welsh_phrases.items() if k in phrases}
    phrases.update({k: v for k, v in welsh_phrases.items() if k not in welsh_plain})
    as_noun = {k.lower(): v for k, v in data.get("as_noun", {}).items()}
    phrases.update(as_noun)
    no_singular = {k.lower() for k in data.get("no_singular", ())}
    named = {k.lower() for k in data["phrases"] if _is_a_name(k)}
    forms = {phrase: _forms(phrase, phrase in welsh_phrases, phrase in no_singular, phrase in named)
             for phrase in phrases}
    index, welsh_index = _index(phrases, welsh_phrases, forms), _welsh_index(welsh_phrases)
    welsh_heads = {k.lower(): v for k, v in welsh.get("before_a_modifier", {}).items()}
    service_heads = {k.lower(): v for k, v in welsh.get("before_a_service_word", {}).items()}
    welsh_heads.update(service_heads)
    kind_heads = {k.lower(): v for k, v in welsh.get("before_a_kind", {}).items()}
    welsh_heads.update(kind_heads)
    service_words = frozenset(w.lower() for w in welsh.get("service_words", ()))
    compounds = english_compounds.read(_read_lexicon(data_dir() / "english_compounds.yaml"))
    return {"phrases": phrases, "welsh": tuple(welsh_phrases), "as_noun": frozenset(as_noun),
            # English first where both list one
            "initials": {**welsh["initials"], **_with_other_meanings(data["initials"], data["phrases"])},
            "allowed": frozenset(data["allowed_initials"]) | frozenset(welsh["allowed_initials"]),
            "after_a_modifier": {k.lower(): v for k, v in data.get("after_a_modifier", {}).items()},
            "forms": forms, "index": index, "welsh_index": welsh_index,
            "welsh_initials": dict(welsh["initials"]), "welsh_plain": welsh_plain,
            "starts": _starts(index, welsh_index, heads=welsh_heads, compounds=compounds),
            "to_explain": {**english_names, **welsh_names}, "welsh_heads": welsh_heads,
            "welsh_service_heads": frozenset(service_heads), "welsh_service_words": service_words,
            "welsh_kind_heads": frozenset(kind_heads), "compounds": compounds,
            # every word of the English lexicon's plain alternatives: plain by the lexicon's own choice
            "plain_words": frozenset(
                word.lower() for plain in itertools.chain(data["phrases"].values(), as_noun.values(),
                                                          english_explained.values(),
                                                          data.get("after_a_modifier", {}).values())
                for word in PHRASE_WORD.findall(str(plain))),
            # every word the Welsh lexicon writes, in its phrases and its plain Welsh: never a rare English word
            "welsh_words": frozenset(
                word.lower() for text in itertools.chain(welsh_phrases.items(), welsh_heads.items(),
                                                         welsh["initials"].items(), [(service_words, "")])
                for part in text for word in PHRASE_WORD.findall(" ".join(part) if isinstance(part, frozenset)
                                                                  else str(part)))}


# Words that end the name of a role: initials of one may stand for another role with the same letters
_ROLE_WORDS = frozenset("worker officer adviser manager nurse teacher practitioner coordinator therapist visitor".split())
_NOT_INITIALLED = frozenset("of and the for in to a an on at by with or".split())


def _role_words(phrase: str) -> tuple[str, ...] | None:
    """A role's name as its initials spell it ('family support worker'), or None for no role's name."""
    words = tuple(word.replace("advisor", "adviser") for word in re.split(r"[^a-z']+", phrase.lower().replace(
        "co-ordinator", "coordinator")) if word and word not in _NOT_INITIALLED)
    return words if 2 <= len(words) <= 5 and words[-1] in _ROLE_WORDS else None


def _with_other_meanings(initials: dict, phrases: dict) -> dict:
    """The English initials, where the lexicon lists another role with the same letters, with both meanings:
    'FSW' is a family support worker or a fostering social worker, 'SSW' a senior or a supervising social
    worker, and a family should be asked which, not told one."""
    by_letters: dict[str, dict[tuple[str, ...], str]] = {}
    for phrase in phrases:
        words = _role_words(phrase)
        if words:
            by_letters.setdefault("".join(word[0] for word in words), {}).setdefault(words, phrase.lower())
    found = dict(initials)
    for key, expansion in initials.items():
        if not (isinstance(expansion, str) and key.isalpha() and key.isupper()):
            continue
        own = _role_words(expansion.split(" (")[0])
        others = [phrase for words, phrase in by_letters.get(key.lower(), {}).items()
                  if own and words != own and phrase not in expansion]
        if others:
            found[key] = f"{expansion}, or {', or '.join(others)}"
    return found


def _names_to_explain(section) -> tuple[dict[str, str], dict[str, str]]:
    """(each phrase -> the name it writes, each phrase -> the name's explanation) of a lexicon's to_explain
    section: 'name: explanation', or 'name: {explanation: ..., also: [other ways of writing the name]}'."""
    names, explanations = {}, {}
    for name, entry in (section or {}).items():
        explanation, also = (entry, ()) if isinstance(entry, str) else (entry["explanation"], entry.get("also", ()))
        for phrase in (name, *also):
            names[phrase.lower()] = name.lower()
            explanations[phrase.lower()] = explanation
    return names, explanations


# Where find_jargon looks for a phrase starting at a word (Lexicon.starts)
ENGLISH_INDEX, WELSH_INDEX, COMPOUND_START = 1, 2, 4


def _starts(index, welsh_index, known: dict[str, int] | None = None, heads=(), compounds=None) -> dict[str, int]:
    """Lexicon.starts (added to known): the words _match_at may find a phrase of index at (a key as written,
    or a Welsh phrase's key mutated: _match_at looks a mutated word's radicals up for Welsh phrases only),
    those welsh_match_at may find one of welsh_index at, and those a compound may start at (the first
    words of its modifiers)."""
    from coreplan.rules.welsh_text import words_at_a_start
    from coreplan.text import words_with_radical

    starts = known.as_dict() if isinstance(known, WordFlags) else dict(known or {})
    for key, entries in index.items():
        for word in (key, *(words_with_radical(key) if any(welsh for *_, welsh in entries) else ())):
            starts[word] = starts.get(word, 0) | ENGLISH_INDEX
    for word in words_at_a_start(welsh_index) | words_at_a_start(heads):  # heads: welsh_headed_phrase_at
        starts[word] = starts.get(word, 0) | WELSH_INDEX
    for word in (compounds or {}).get("modifiers", ()):
        starts[word] = starts.get(word, 0) | COMPOUND_START
    return starts


# A word as the lexicon matches it: as coreplan.text.WORD, but a hyphen separates words, so that
# 'looked-after child', 'looked after child', 'pre-birth' and 'pre birth' meet ('prebirth' is indexed too)
PHRASE_WORD = re.compile(r"[A-Za-zÀ-ÿŵŷŴŶ0-9][A-Za-zÀ-ÿŵŷŴŶ0-9'’&/]*")


def _welsh_index(welsh_phrases) -> dict:
    from coreplan.rules.welsh_text import index_phrases

    return index_phrases({phrase: tuple(lexicon_word(w) for w in PHRASE_WORD.findall(phrase))
                          for phrase in welsh_phrases if PHRASE_WORD.search(phrase)})


# How many ways of writing its other words one phrase is filed under, at most (the product of each word's
# forms: 'All Wales Child Protection Procedures' would otherwise be filed under 48)
_MOST_HEADS = 16
# Forms of an English phrase: each (the words but the last, the forms of the last), and Welsh?
Forms = tuple[tuple[tuple[tuple[str, ...], frozenset[str]], ...], bool]


def _is_a_name(key: str) -> bool:
    """Whether the lexicon writes a phrase as a name, its last word with a capital ('Signs of Success', 'When
    I'm Ready', 'Agenda for Change', 'ALN Code'): a name's last word takes no ending ('an agenda for changes'
    is no pay system). One word alone is a name's word or a capital's ('Lundy model' ends in a small letter)."""
    words = PHRASE_WORD.findall(key)
    return len(words) > 1 and words[-1][:1].isupper()


def _forms(phrase: str, welsh: bool, keep_number: bool = False, named: bool = False) -> Forms | None:
    """((the phrase's words but the last, the forms of the last) for each way of writing it, Welsh?), or None:
    no word coreplan can match. An English phrase is written with any of its words in either number and
    spelling, and a verb phrase with its first word inflected (coreplan.rules.english_forms), unless
    keep_number (the lexicon's no_singular) keeps its last word's -s, and named (a name: _is_a_name) its
    last word as written; a hyphenated phrase also as
    one word ('prebirth'), a word in 'coo-' also with a hyphen ('co-ordinator'), and a phrase of four words or
    more with 'and' also with '&' ('education, health & care plan'). A Welsh one is matched by
    coreplan.rules.welsh_text, and here as written."""
    ways = []
    writings = [phrase, phrase.replace("-", "")] if "-" in phrase else [phrase]
    if not welsh:  # 'preterm' as 'pre term' (and so 'pre-term'), 'hind milk' as 'hindmilk'
        writings += english_forms.other_writings(phrase, english_rarity.common_words())
        if "coo" in phrase:  # 'coordinator' as British English often writes it, 'co-ordinator' (read as two words)
            writings += [_CO_BEFORE_O.sub("co ", written) for written in writings if _CO_BEFORE_O.search(written)]
    if not welsh and " and " in phrase and len(phrase.split()) >= 4:
        # 'education, health & care plan': an ampersand is no word, so the phrase is also filed without 'and'
        # (not a short one: 'wishes and feelings' without it is two everyday words)
        writings += [written.replace(" and ", " ") for written in writings]
    for written in writings:
        raw = PHRASE_WORD.findall(written)
        tokens = tuple(lexicon_word(w) for w in raw)
        if not tokens:  # config refuses empty terms; this is belt and braces
            continue
        *head, last = tokens
        if welsh:
            ways.append((tuple(head), frozenset(word_forms(last) | {last + "au"})))
            continue
        lasts = frozenset({last}) if named else frozenset(
            form for base in english_forms.last_bases(last, keep_number) for form in word_forms(base))
        if last.endswith("ations") and not named:
            lasts = lasts - _VERB_OF_A_PLURAL(last)
        heads = [()]
        if head:  # each word as written first, so the first way is the phrase as written
            # a possessive, or a noun before a preposition ('house in multiple occupation'), may take either
            # number: neither can be read as a subject and its verb ('priorities need')
            possessive = [w.lower().endswith(("'s", "’s", "s'", "s’")) or nxt in english_forms.PREPOSITIONS
                          for w, nxt in zip(raw, (*tokens[1:], ""))]
            choices = [english_forms.first_forms(tokens, possessive[0])] + [
                english_forms.inner_forms(word, mark) for word, mark in zip(head[1:], possessive[1:])]
            choices = [[word, *sorted(forms - {word})] for word, forms in zip(head, choices)]
            heads = list(itertools.islice(itertools.product(*choices), _MOST_HEADS))
        ways.extend((other, lasts) for other in dict.fromkeys(heads))
    return (tuple(dict.fromkeys(ways)), welsh) if ways else None


_CO_BEFORE_O = re.compile(r"\bco(?=o[a-z]{4})")


def _VERB_OF_A_PLURAL(last: str) -> frozenset[str]:  # noqa: N802 - read as the set it gives
    """The verb forms (-ate, -ated, -ates, -ating) of a last word a glossary lists as a plural in -ations: the name
    of a process or of a set of things ('allocations', the council's rules for who is offered a home;
    'dilapidations', what a tenant owes for damage). The verb is everyday English in its own sense ('the lesson
    they have been allocated', 'a dilapidated shed'), as 'placed' is beside 'placement' (session 30, fb: found by
    fresh plain controls; the singular noun, 'an allocation', is still found)."""
    stem = last[: -len("ations")]
    return frozenset(stem + ending for ending in ("ate", "ated", "ates", "ating"))


def _index(phrases, welsh, known) -> dict[str, list[tuple[tuple[str, ...], frozenset[str], str, bool]]]:
    """Lexicon.by_first_word for these phrases; known: the forms already worked out for some phrases."""
    by_first_word: dict[str, list[tuple[tuple[str, ...], frozenset[str], str, bool]]] = {}
    for phrase in phrases:
        welsh_phrase = phrase in welsh
        forms = known.get(phrase)
        if forms is None or forms[1] != welsh_phrase:
            forms = _forms(phrase, welsh_phrase)
            if forms is None:
                continue
        for head, lasts in forms[0]:
            if head:
                by_first_word.setdefault(head[0], []).append((head, lasts, phrase, welsh_phrase))
            else:
                for form in lasts:
                    by_first_word.setdefault(form, []).append(((), frozenset(), phrase, welsh_phrase))
    # Longest first; among one-word entries, the one written exactly so before one whose form it is
    # ('accommodation' is its own entry, not a form of 'accommodated'), so the plain words fit the word used.
    # Likewise a longer phrase does not take the last word another phrase with the same words before it is
    # written with: 'protective factor' is its own entry, not a form of 'protective factors'.
    for form, entries in by_first_word.items():
        entries.sort(key=lambda item: (-len(item[0]), bool(item[0]) or item[2] != form))
        own_last: dict[tuple[str, ...], set[str]] = {}
        for head, _, phrase, _ in entries:
            if head:
                own_last.setdefault(head, set()).add(_last_word(phrase))
        for k, (head, lasts, phrase, welsh_phrase) in enumerate(entries):
            others = own_last.get(head, set()) - {_last_word(phrase)} if head else ()
            if others and not lasts.isdisjoint(others):
                entries[k] = (head, lasts - others, phrase, welsh_phrase)
    return by_first_word


def _last_word(phrase: str) -> str:
    return lexicon_word(PHRASE_WORD.findall(phrase)[-1])


# Before a word: it is a verb ('will contact', 'to contact') or an idiom ('in contact'). After it: it has an object ('contact the school').
_VERB_BEFORE = frozenset("in into to will would can could should must may might please and or not we i you they "
                         "i'll we'll you'll they'll she'll he'll".split())
_OBJECT_AFTER = frozenset("the a an your you his her their our my me us him them someone anyone school police "
                          "social services".split())


def _read_lexicon(path) -> dict:
    import yaml

    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def find_jargon(text: str, lexicon: Lexicon, explained: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(the words as written, the plain alternative) for each jargon phrase in text, longest match first.

    explained: phrases (lower case) the plan's glossary explains, so they are not jargon here.
    """
    return [(use.written, use.plain) for use in jargon_uses(text, lexicon, explained)]


class JargonUse(NamedTuple):
    """One jargon phrase in a text."""

    written: str  # the words as written, on one line
    plain: str  # the plain alternative, or for a name the family must learn its explanation
    phrase: str | None  # the lexicon phrase it is a form of; None for a head word after a modifier
    start: int  # where it is in the text
    end: int
    # a name of an order, service or body nobody listed ('Housing Ombudsman', coreplan.rules.english_names):
    # there are no plain words to offer, so the finding asks for it to be said in plain words
    unlisted_name: bool = False
    # a word no list of everyday English holds ('erythema', coreplan.rules.english_rarity): likewise
    rare_word: bool = False


def jargon_uses(text: str, lexicon: Lexicon, explained: frozenset[str] = frozenset(),
                known_words: frozenset[str] | None = frozenset()) -> list[JargonUse]:
    """Each jargon phrase in text, longest match first (see find_jargon), and in text order among them each
    word a family may not know that no phrase holds (coreplan.rules.english_rarity).

    known_words: lower-case words the case gives as names of people, places and services, or its glossary
    explains, so they are not rare words here; None: no rare words (a plan written in Welsh, where the
    Welsh lexicon finds the jargon and an English word list says nothing).
    """
    words = text_words(text)
    found = listed_uses(text, lexicon, explained, words)
    if found:  # a listed word the sentence shows is in its everyday sense ('a machine hearing test')
        found = jargon_senses.everyday_dropped(found, text, *words, None, lexicon)
    if known_words is None or not words[0]:
        return found
    return _with_rare_words(found, text, lexicon, explained, known_words, *words)


def _with_rare_words(found: list[JargonUse], text: str, lexicon: Lexicon, explained: frozenset[str],
                     known_words: frozenset[str], written: list[str], lowered: list[str]) -> list[JargonUse]:
    candidates = english_rarity.candidates(written, lowered)
    if not candidates:  # most texts: one cached look-up a long word
        return found
    spans = _spans(text)
    skip = known_words | lexicon.ignored_words | explained
    taken = [(use.start, use.end) for use in found]
    welsh = _WelshWords(lexicon.starts, lexicon.welsh_words)
    candidates = [k for k in candidates if lowered[k] not in lexicon.plain_words]
    rare = english_rarity.rare_word_spans(text, written, spans, lowered, taken, skip, welsh, candidates)
    if not rare:
        return found
    added: list[JargonUse] = []
    last = -2
    for k in rare:  # rare words side by side are one term, one finding ('prima facie', 'locus standi')
        start, end = spans[k]
        if k == last + 1 and text[added[-1].end:start] == " ":
            added[-1] = added[-1]._replace(written=text[added[-1].start:end], end=end)
        else:
            added.append(JargonUse(written[k], "", None, start, end, rare_word=True))
        last = k
    return sorted(found + added, key=lambda use: use.start)


class _WelshWords:
    """Whether a lower-case word is one the Welsh lexicon writes: it starts a Welsh phrase (Lexicon.starts),
    or it or its radical ('ganslo', 'canslo') is a word of a Welsh phrase or plain alternative."""

    __slots__ = ("_starts", "_words")

    def __init__(self, starts, words: frozenset[str]) -> None:
        self._starts, self._words = starts, words

    def get(self, word: str) -> bool:
        if word in self._words or (self._starts is not None and self._starts.get(word, 0) & WELSH_INDEX):
            return True
        return any(radical in self._words for radical in welsh_radicals(word))


def text_words(text: str) -> tuple[list[str], list[str]]:
    """A text's words as PHRASE_WORD splits it, as written and as the lexicon files them."""
    written_words = PHRASE_WORD.findall(text)
    # each word lower case (every letter WORD takes lowers to one letter, so the join splits back word for
    # word), without a possessive or an irregular plural (lexicon_word), without a call per word
    lowered = " ".join(written_words).lower().split(" ")
    if "/" in text and _SLASH_PLURAL_IN.search(text):  # a plural written short ('carer/s', 'child/ren'): the word
        lowered = [_SLASH_PLURAL.sub("", word) if "/" in word else word for word in lowered]
    if "'" in text or "’" in text or not _IRREGULAR.keys().isdisjoint(lowered):
        lowered = [lexicon_word(word) if "'" in word or "’" in word or word in _IRREGULAR else word
                   for word in lowered]
    return written_words, lowered


# The ending of a plural written short after a slash ('parent/s', 'child/ren', 'family/ies'); not words on
# either side of a slash ('and/or', 'a/neu', 'mum/dad')
_SLASH_PLURAL = re.compile(r"(?<=[a-z])/(?:s|es|ren|ies)$")
_INITIALS_START = re.compile(r"[A-Z][A-Z0-9&]")  # a text that may hold initials ('CIN', 'S47', 'A&E')
_SLASH_PLURAL_IN = re.compile(r"[A-Za-z]/(?:s|es|ren|ies)\b", re.IGNORECASE)  # a text with one: most have none


def listed_uses(text: str, lexicon: Lexicon, explained: frozenset[str] = frozenset(),
                words: tuple[list[str], list[str]] | None = None) -> list[JargonUse]:
    """Each jargon phrase of the lexicon, its compounds and unlisted names in text, longest match first;
    words: text_words(text), if worked out already.

    It runs on every text of every case. Only the words a phrase may start at (Lexicon.starts) and the few
    before a head word are looked at; the rest cost a set look-up each, so a text's cost does not grow
    with the lexicon, and a text with none of them costs a split and two set operations.
    """
    written_words, lowered = words or text_words(text)
    if not written_words:
        return []
    starts = lexicon.starts
    if starts is None:
        at = range(len(lowered))
        where_at = dict.fromkeys(at, ENGLISH_INDEX | WELSH_INDEX | COMPOUND_START)
    else:  # a word met before costs two dict look-ups; a new one a bisection of the kept starts (WordFlags)
        seen = getattr(starts, "seen", None)  # (not isinstance: an ABC's check costs more than the look-ups)
        seen, flags = (starts, _NO_FLAGS) if seen is None else (seen, starts.flags)
        known = seen.get  # one look-up a word met before; flags() for a word met first (None from get)
        where_at = {i: where for i, word in enumerate(lowered)
                    if (where := known(word)) or (where is None and (where := flags(word)))}
        if not text.isascii():
            where_at = _with_accents_taken_off(lowered, where_at, known, flags)
        # most words a phrase may start at ('at', 'in', 'is', 'her') are followed by none of the words its
        # phrases need next: a set look-up each leaves them out before any phrase is compared word by word
        size, english_next, welsh_next = len(lowered), lexicon.english_next, lexicon.welsh_next
        for i, where in where_at.items():
            word = lowered[i]
            if where & ENGLISH_INDEX:
                needed = english_next[word] if word in english_next else _english_next(lexicon, word)
                if needed is not None and (i + 1 == size or lowered[i + 1] not in needed):
                    where &= ~ENGLISH_INDEX
            if where & WELSH_INDEX:
                needed, head = welsh_next[word] if word in welsh_next else _welsh_next(lexicon, word)
                if not head and needed is not None and not _welsh_could_follow(needed, lowered, i):
                    where &= ~WELSH_INDEX
            where_at[i] = where
        at = [i for i, where in where_at.items() if where]
    # where a head word ('order', 'hearing') could end a phrase that starts at word i: most texts have none
    heads = lexicon.after_a_modifier
    head_near = set()
    if heads and not lexicon.head_words.isdisjoint(lowered):
        for k, word in enumerate(lowered):
            if word in lexicon.head_words:
                head_near.update(range(max(0, k - _MODIFIERS), k))
        at = sorted(head_near.union(at))
    spans = None
    # words joined by a hyphen to a professional prefix or suffix ('non-engagement', 'strengths-based')
    affixed = {}
    if "-" in text and lexicon.compounds and not lexicon.compounds["affix_words"].isdisjoint(lowered):
        spans = _spans(text)
        affixed = english_compounds.affixed(text, lowered, spans, lexicon.compounds)
        at = sorted(set(at).union(affixed))
    # 'pre-' or 'post-' and a word before a head word ('pre-sentence report'): only in a text that writes one
    prefixed = {}
    if "-" in text and lexicon.compounds and ("pre" in lowered or "post" in lowered):
        spans = spans or _spans(text)
        prefixed = english_compounds.time_prefixed(text, lowered, spans, lexicon.compounds)
        at = sorted(set(at).union(prefixed))
    # listed initials before a head word ('CIN plan', 'PEP meeting'): looked for only where a head word is
    initialled = {}
    if lexicon.compounds and _INITIALS_START.search(text) \
            and not lexicon.compounds.get("head_forms", frozenset()).isdisjoint(lowered):
        initialled = english_compounds.initials_headed(written_words, lowered, lexicon.initials, lexicon.allowed,
                                                       lexicon.compounds, explained)
        if initialled:
            at = sorted(set(at).union(initialled))
    # names of orders, services and bodies written in capitals, listed or not ('Housing Ombudsman'): looked
    # for only where a word that can end or open one is written in the text
    named = []
    if not english_names.WORDS.isdisjoint(written_words) or not english_names.SERVICE_WORDS.isdisjoint(written_words):
        spans = spans or _spans(text)
        named = english_names.names_in(text, written_words, spans, lexicon.compounds.get("plain", frozenset()))
    if lexicon.welsh_service_words and _TWO_TITLE_WORDS.search(text):  # a Welsh name in capitals, no head known
        spans = spans or _spans(text)
        named = _with_welsh_names(named, written_words, lowered, lexicon, text, spans)
    if not at:
        return _with_names([], named, text, lowered, spans, explained)
    found = []
    in_compound = frozenset()
    if head_near and "-" in text:
        spans = spans or _spans(text)
        in_compound = hyphenated(text, spans)
    i = 0  # the first word not yet in a finding
    for k in at:
        if k < i:
            continue  # inside the phrase found last
        where = where_at.get(k, 0)
        n = _longer(_match_at(lowered, k, lexicon, written_words) if where & ENGLISH_INDEX else None,
                    _welsh_match_at(lowered, k, lexicon) if where & WELSH_INDEX else None)
        if where & WELSH_INDEX and may_open_a_welsh_name(written_words, lowered, k):  # 'Panel y Biwro'
            spans = spans or _spans(text)
            name = _welsh_name_at(written_words, lowered, k, lexicon, text, spans)
            if name and (not n or name[1] > n[1]):
                n = name
        if n and n[1] > 1 and (spans := spans or _spans(text)) \
                and _across_a_stop(text, spans, k, n[1]):
            n = None  # a phrase's words in two sentences: 'Finish the sentence. Plan the day.'
        compound = _compound_at(written_words, lowered, k, lexicon, n, head_near, in_compound) \
            if where & COMPOUND_START and lexicon.compounds else None
        if compound and (spans := spans or _spans(text)) \
                and not _unbroken(text, spans, k, compound[0]):
            compound = None  # a stop or a comma between: 'the front door. Support came later.'
        if compound:
            phrase, n = None, compound[0]
            plain = None if " ".join(lowered[k:k + n]) in explained else compound[1]
        elif n and k in head_near and not isinstance(n, _WelshHeaded) and n[0] not in lexicon.to_explain \
                and headed_is_longer(text, (spans := spans or _spans(text)), written_words, lowered, k, n[1], lexicon,
                                     longer := _headed_phrase_at(written_words, lowered, k, lexicon, explained,
                                                                 in_compound)):
            # a head word right after a listed phrase, or a word or two after it, makes a longer name of an order,
            # a hearing or a condition: 'a suspended possession order' is one order, not 'suspended possession'
            # and a word left over, and 'neonatal abstinence syndrome' one condition, not 'neonatal' and a second
            # finding for 'abstinence syndrome'
            phrase, (n, plain) = None, longer
        elif n:
            headed = isinstance(n, _WelshHeaded)
            phrase, n = n
            plain = None if headed else lexicon.phrases.get(phrase)
            if plain is None:  # a Welsh head word named by the word after it ('gorchymyn gofal')
                explained_here = " ".join(lowered[k:k + n]) in explained
                phrase, plain = None, None if explained_here else lexicon.welsh_heads[phrase]
        elif k in head_near:
            phrase, (n, plain) = None, _headed_phrase_at(written_words, lowered, k, lexicon, explained, in_compound)
            if n > 1 and _across_a_stop(text, (spans := spans or _spans(text)), k, n):
                n = 0  # a head word opening the next sentence: 'Walk to school. Order the taxi.'
        else:
            n = 0
        if not n and k in affixed:
            phrase, n = None, 2
            plain = None if " ".join(lowered[k:k + 2]) in explained else affixed[k]
        elif not n and k in prefixed:
            phrase, n = None, prefixed[k][0]
            plain = None if " ".join(lowered[k:k + n]) in explained else prefixed[k][1]
        elif not n and k in initialled:
            phrase, n = None, initialled[k][0]
            plain = None if " ".join(lowered[k:k + n]) in explained else initialled[k][1]
        if n and (plain is None or phrase in explained):
            i = k + n  # explained in the glossary: so are the words inside it ('care order' of 'interim care order')
        elif n:
            if spans is None:
                spans = _spans(text)
            start, end = spans[k][0], spans[k + n - 1][1]
            found.append(JargonUse(" ".join(text[start:end].split()), plain, phrase, start, end))
            i = k + n
    return _with_names(found, named, text, lowered, spans, explained)


# Two capitalised words in a row: only a text with them may hold a Welsh name in capitals
_TWO_TITLE_WORDS = re.compile(r"[A-ZÀ-ÝŴŶ][a-zà-ÿŵŷ'’-]+[ -][A-ZÀ-ÝŴŶ][a-zà-ÿŵŷ]")


def _with_welsh_names(named, written_words, lowered, lexicon, text, spans):
    """named (english_names.names_in) and each Welsh name in capitals (welsh_text.title_names_in) that none
    of them overlaps, in text order."""
    from coreplan.rules.english_names import joined_in_a_name
    from coreplan.rules.welsh_text import title_names_in

    welsh = title_names_in(written_words, lowered, lambda j: joined_in_a_name(text, spans, j),
                           _WelshWords(lexicon.starts, lexicon.welsh_words).get, lexicon.welsh_service_words)
    added = [(s, e) for s, e in welsh if not any(s < e2 and s2 < e for s2, e2 in named)]
    return sorted(named + added) if added else named


def _with_names(found: list[JargonUse], named: list[tuple[int, int]], text: str, lowered: list[str], spans,
                explained: frozenset[str]) -> list[JargonUse]:
    """found and, in text order, each unlisted name (english_names.names_in: first word, one past the last)
    that no finding overlaps: a listed phrase inside a name keeps its own plain words ('Child Arrangements
    Order')."""
    if not named:
        return found
    taken = [(use.start, use.end) for use in found]
    added = False
    for first, last in named:
        start, end = spans[first][0], spans[last - 1][1]
        if " ".join(lowered[first:last]) in explained or any(s < end and start < e for s, e in taken):
            continue
        found.append(JargonUse(" ".join(text[start:end].split()), "", None, start, end, unlisted_name=True))
        added = True
    return sorted(found, key=lambda use: use.start) if added else found


def _NO_FLAGS(word: str) -> int:  # a word not in a starts dict
    return 0


# Words that never make a noun phrase a court's or a service's: determiners, pronouns, prepositions,
# auxiliaries, the people of a family, and the everyday modifiers of the head words ('in good order', 'the
# running order', 'her poor hearing', 'a court hearing', 'a housing application'), and verbs and words of
# everyday orders ('we will take orders for the bake sale', 'a written order for the shop').
_NOT_A_MODIFIER = frozenset("""
    a an the this that these those my your his her its our their whose which what some any no each every all
    both either neither one two three first last next same other another own such in on at by for from of to
    into onto with without about after before over under and or but nor so if than then as is are was were be
    been being am will would can could should must may might shall do does did has have had not never i we you
    he she they it me us him them mum dad mam mother father nain taid gran grandma grandad parent carer family
    good bad poor normal impaired partial right wrong working running reverse alphabetical short tall pecking
    standing postal money shopping online food birth new following further court trouble difficulty
    difficulties problem problems hard
    housing job passport benefit benefits mortgage loan visa
    take takes took taking make makes made making place places placed placing give gave send sent put cancel
    change collect written verbal big small large quick special takeaway pizza shop
    summer spring autumn winter termly weekly yearly reading spelling spellings phonics maths math writing science
    swimming homework class classroom teacher
    please kindly
    often usually always sometimes also just still ever rarely seldom normally generally already soon easily quickly
    simply even really regularly occasionally then now later today tomorrow tonight
""".split())
# (session 30, fb: the last two lines, the terms, subjects and classes of a child's school work and lessons: 'the
# summer assessments', 'a reading assessment', 'a swimming assessment', 'the teacher assessment' are the school's
# tests of what a child has learned, which a letter to a family names; found by fresh plain controls)
# (session 32: 'please' and 'kindly', which ask for something, as in 'Please order the uniform by Friday': never the
# name of a court's order; found on a school letter in the plain controls of session 30)
# (session 34, pc4: adverbs of how often and when, which stand before a head word used as a verb, as in 'the library
# can often order it in for you', 'we usually order the uniform online', 'they sometimes hear applications in
# July': never part of the name of an order, a hearing or an assessment; found on a library page in the fourth
# round of fresh plain controls; and 'quick', of the same kind as 'short' and 'small': 'the swimming teacher does a
# quick assessment in the first lesson', found by a probe sentence of our own written after them)
# How many words before the head word may name it ('school attendance order')
_MODIFIERS = 3


def hyphenated(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The words (their indices in spans) joined to another by a hyphen: 'short' and 'term' of 'short-term'."""
    return frozenset(k for k, (start, end) in enumerate(spans)
                     if (start and text[start - 1] == "-") or text[end:end + 1] == "-")


def _headed_phrase_at(written_words, lowered, i, lexicon, explained,
                      in_compound: frozenset[int] = frozenset()) -> tuple[int, str | None]:
    """(length, plain alternative) of 'modifier(s) + head word' starting at word i ('care order',
    'school attendance order', 'final hearing'), or (0, '') if there is none.

    The head word alone is plain ('in order to', 'her hearing'); so is one used as a verb after a name or
    a family word ('Mum and Dad order a takeaway'). A word of a hyphenated compound (in_compound) is
    neither a modifier nor a head: 'a short-term order' is not 'term order'. The plain alternative is None
    where the glossary explains the phrase.
    """
    heads = lexicon.after_a_modifier
    if not heads:
        return 0, ""
    for j in range(i + 1, min(i + 1 + _MODIFIERS, len(lowered))):
        modifier = lowered[j - 1]
        if (modifier in _NOT_A_MODIFIER or len(modifier) < 2 or not modifier.isalpha() or modifier in heads
                or written_words[j - 1].lower()[-2:] in ("'s", "’s") or j - 1 in in_compound or j in in_compound):
            return 0, ""
        head = lowered[j]
        plain = heads.get(head) or heads.get(head[:-1] if head.endswith("s") else "")
        if plain:
            written = " ".join(lowered[i:j + 1])
            if written in lexicon.compounds.get("plain", ()) or written[:-1] in lexicon.compounds.get("plain", ()):
                return 0, ""  # a family's own words for it ('Down syndrome')
            return j + 1 - i, (None if written in explained else plain)
    return 0, ""


def headed_is_longer(text: str, spans, written_words, lowered, k: int, size: int, lexicon, longer) -> bool:
    """Whether the head word's reading at word k (longer: _headed_phrase_at's) is one term that holds the listed
    phrase of size words there: the head right after it ('suspended possession order'), or a word or two after it
    standing together with it ('neonatal abstinence syndrome'), unless a listed phrase between takes the head ('a
    statutory child assessment order' is 'statutory' and the listed 'child assessment order'); never across a
    stop, nor across a bracket or a comma when a word stands between ('acquittal (Wales) order')."""
    if longer[0] <= size or _across_a_stop(text, spans, k, longer[0]):
        return False
    if longer[0] == size + 1:
        return True
    if not _unbroken(text, spans, k, longer[0]):
        return False
    for m in range(k + size, k + longer[0] - 1):
        here = _match_at(lowered, m, lexicon, written_words)
        if here and m + here[1] >= k + longer[0]:
            return False
    return True


def _unbroken(text: str, spans, k: int, n: int) -> bool:
    """Whether words k to k + n - 1 stand together: only spaces, hyphens or an ampersand between them, no
    stop, comma, colon or bracket (a compound is never read across one)."""
    return all(not text[spans[m][1]:spans[m + 1][0]].strip(" \t\n-&") for m in range(k, k + n - 1))


# A full stop, a question or exclamation mark or a semicolon before a space: the end of a sentence or a clause
# ('rule 16.4 guardian' has none)
_STOP_BETWEEN = re.compile(r"[.!?;]\s")


def _spans(text: str) -> list[tuple[int, int]]:
    """The character span of each word of text, as PHRASE_WORD splits it."""
    return [match.span() for match in PHRASE_WORD.finditer(text)]


def _with_accents_taken_off(lowered: list[str], where_at: dict[int, int], known, flags) -> dict[int, int]:
    """where_at with the words a Welsh phrase may start at once their accents are off: welsh_match_at compares
    a word with and without its accents ('remándio' is the listed 'remandio'), and the kept starts hold the
    lexicon's words as listed."""
    from coreplan.rules.welsh_text import unaccented

    more = {}
    for i, word in enumerate(lowered):
        if i not in where_at and not word.isascii() and (plain := unaccented(word)) != word:
            where = known(plain)
            where = flags(plain) if where is None else where
            if where & WELSH_INDEX:
                more[i] = WELSH_INDEX
    return dict(sorted({**where_at, **more}.items())) if more else where_at


def _across_a_stop(text: str, spans, k: int, n: int) -> bool:
    """Whether a stop stands between words k to k + n - 1: a listed phrase is never read across one. A full stop
    after a single capital letter, with a word in small letters next, is an abbreviation's, not a sentence's
    end ('C. diff'): a sentence opens with a capital."""
    return any(_STOP_BETWEEN.search(text, spans[m][1], spans[m + 1][0]) and not _an_initials_stop(text, spans, m)
               for m in range(k, k + n - 1))


def _an_initials_stop(text: str, spans, m: int) -> bool:
    start, end = spans[m]
    return end - start == 1 and text[start].isupper() and text[end:spans[m + 1][0]].rstrip() == "." \
        and text[spans[m + 1][0]].islower()


def _longer(a, b):
    return b if b and (not a or b[1] > a[1]) else a


def _compound_at(written_words, lowered, k, lexicon, found, head_near, in_compound):
    """english_compounds.compound_at at word k, where it is the better reading: longer than what the
    lexicon finds there (found, or a head word after its modifiers), and with its head word in no phrase the
    lexicon finds starting inside it: 'interim care order' is a court order, not 'interim care', and 'a
    multi-agency strategy meeting' is 'multi-agency' and the listed 'strategy meeting', with their own words."""
    def verb(j, size):  # 'Mum will contact support services', 'to foster contact': a verb, not a modifier
        return (lowered[j] in lexicon.as_noun and _used_as_verb(written_words, lowered, j, size)) \
            or (lowered[j] in _VERB_MODIFIERS and j > 0 and lowered[j - 1] in _BEFORE_A_VERB)

    compound = english_compounds.compound_at(lowered, k, lexicon.compounds, verb)
    if compound is None:
        return None
    size, end = compound[0], k + compound[0]
    if found and (found[1] >= size or found[0] in lexicon.to_explain):
        return None  # a name the family must learn is explained, not replaced ('child in need plan')
    for m in range(k, end):
        here = _match_at(lowered, m, lexicon, written_words) if m > k else None
        if here and m + here[1] >= end and (m + here[1] > end or m < end - 1):
            return None  # (the head word alone listed is no phrase of its own here: 'sibling placement')
        if m in head_near and _headed_phrase_at(written_words, lowered, m, lexicon, frozenset(), in_compound)[0] \
                + m >= end:
            return None
    return compound


# Modifiers of english_compounds that are everyday verbs too: after 'to', a modal or a person they are the verb
# ('We will foster contact between the sisters', 'They care for support workers'), not a service's name
_VERB_MODIFIERS = frozenset("care foster".split())
_BEFORE_A_VERB = frozenset("to will would can could should must may might please we i you they "
                           "i'll we'll you'll they'll she'll he'll help helps helped".split())


def _english_next(lexicon: Lexicon, word: str) -> frozenset[str] | None:
    """The words of which one must follow word for _match_at to find a phrase there (empty: none can), or
    None if a phrase of one word may start there. Worked out once per lexicon and word."""
    kept = lexicon.english_next
    if word not in kept:
        needed: set[str] = set()
        for number, key in enumerate((word, *welsh_radicals(word))):
            entries = lexicon.by_first_word.get(key)
            if not entries:
                continue
            if number:  # a radical is looked up for a Welsh phrase only (_match_at)
                entries = [entry for entry in entries if entry[3]]
                if not entries:
                    continue
            after = _words_after(lexicon, key, entries) if not number else \
                _words_after_of(entries)
            if after is None:
                kept[word] = None
                return None
            needed |= after
        kept[word] = frozenset(needed)
    return kept[word]


def _welsh_next(lexicon: Lexicon, word: str) -> tuple[frozenset[str] | None, bool]:
    """(the forms of which the next word must take one for welsh_match_at to find a phrase at word, or None if
    a one-word phrase may start there; whether word may be a head word welsh_headed_phrase_at reads), worked
    out once per lexicon and word."""
    from coreplan.rules.welsh_text import welsh_bases, welsh_next_keys

    heads = lexicon.welsh_heads
    found = lexicon.welsh_next[word] = (welsh_next_keys(word, lexicon.welsh_index),
                                        any(base in heads for base in welsh_bases(word)))
    return found


def _welsh_match_at(lowered, i, lexicon):
    from coreplan.rules.welsh_text import welsh_headed_phrase_at, welsh_kind_at, welsh_match_at

    found = None
    needed = (lexicon.welsh_next.get(lowered[i]) or _welsh_next(lexicon, lowered[i]))[0]
    if needed is None or _welsh_could_follow(needed, lowered, i):
        found = welsh_match_at(lowered, i, lexicon.welsh_index)
    if found is not None and found[1] == 1 and lexicon.welsh_kind_heads:
        # a listed word named by a kind after it is that kind ('esgeulustod emosiynol', not 'esgeulustod')
        kind = welsh_kind_at(lowered, i, lexicon.welsh_heads, lexicon.welsh_kind_heads)
        found = _WelshHeaded(kind) if kind else found
    if found is None:  # a head word named by the word after it, listed or not ('gorchmynion goruchwylio')
        found = welsh_headed_phrase_at(lowered, i, lexicon.welsh_heads, lexicon.welsh_service_heads,
                                       lexicon.welsh_service_words, lexicon.welsh_kind_heads)
        found = found and _WelshHeaded(found)
    return found


def _welsh_name_at(written_words, lowered, k, lexicon, text, spans):
    """welsh_text.welsh_name_at at word k, as a Welsh head word named by the words after it (_WelshHeaded)."""
    from coreplan.rules.welsh_text import welsh_name_at
    from coreplan.rules.english_names import joined_in_a_name

    found = welsh_name_at(written_words, lowered, k, lambda j: joined_in_a_name(text, spans, j), lexicon.welsh_heads,
                          _WelshWords(lexicon.starts, lexicon.welsh_words).get)
    return found and _WelshHeaded(found)


# The small words after the head of a Welsh name (welsh_text._NAME_LINKS_CY): a name is looked for only before
# one, or before a capitalised word (welsh_text.NAME_FIRST_HEADS_CY: 'Adolygiad Blynyddol')
_WELSH_NAME_LINKS = frozenset("o y yr i ar am dros".split())


def may_open_a_welsh_name(written_words: list[str], lowered: list[str], k: int) -> bool:
    """Whether word k may open a Welsh name (welsh_text.welsh_name_at): a capitalised word before a small word
    of one and another word, or before a capitalised word."""
    return written_words[k][:1].isupper() and k + 1 < len(lowered) and (
        (k + 2 < len(lowered) and lowered[k + 1] in _WELSH_NAME_LINKS) or written_words[k + 1][:1].isupper())


class _WelshHeaded(tuple):
    """(a Welsh head word, the length in words) of a head word named by the word after it ('panelau apelio'):
    its plain words are the Welsh lexicon's for the head, never an English phrase's of the same spelling
    ('panel')."""


def _match_at(lowered, i, lexicon, written_words):
    """(the phrase, its length in words) of the longest lexicon phrase starting at word i, or None.

    A Welsh phrase may start with a mutated word ('ei leoliad', 'i ymarferwyr'): its radical is looked up.
    """
    size = len(lowered)
    following = lowered[i + 1] if i + 1 < size else None
    for number, key in enumerate((lowered[i], *welsh_radicals(lowered[i]))):
        entries = lexicon.by_first_word.get(key)
        if not entries:
            continue
        needed = _words_after(lexicon, key, entries)
        if needed is not None and following not in needed:
            continue  # every phrase starting here needs another word next: most words of a text fail here
        for head, lasts, phrase, welsh in entries:
            if number and not welsh:
                continue  # a radical (number > 0) is looked up for a Welsh phrase only
            if head:  # the last word first, then the second: most phrases fail there, before any slice
                n = len(head)
                if (i + n >= size or lowered[i + n] not in lasts
                        or (n > 1 and (lowered[i + 1] != head[1] or tuple(lowered[i + 2:i + n]) != head[2:]))):
                    continue
                n += 1
            else:
                n = 1
            if phrase in lexicon.as_noun and _used_as_verb(written_words, lowered, i, n):
                continue
            if key in _PAST_FORM_STARTS and _after_a_doer(written_words, lowered, i):
                continue
            return phrase, n
    return None


def _words_after(lexicon: Lexicon, key: str, entries: list) -> frozenset[str] | None:
    """The words that can follow key in a phrase of by_first_word[key] (entries), or None if one of them is
    key alone. Worked out once per lexicon and word, as texts need them (a lexicon has thousands of first
    words, a run meets a few hundred)."""
    after = lexicon.words_after
    if key not in after:
        after[key] = _words_after_of(entries)
    return after[key]


def _words_after_of(entries: list) -> frozenset[str] | None:
    if any(not head for head, *_ in entries):
        return None
    # a two-word phrase: any form of its last word; a longer one: its second word
    return frozenset().union(*(lasts if len(head) == 1 else (head[1],) for head, lasts, *_ in entries))


def _welsh_could_follow(needed: frozenset[str], lowered: list[str], i: int) -> bool:
    """Whether the word after word i (or after the article there: welsh_text._matched_length skips one) may
    be the second word of a Welsh phrase whose second words take the forms needed."""
    from coreplan.rules.welsh_text import ARTICLES, POSSESSIVES, text_keys

    j = i + 1
    if j < len(lowered) and lowered[j] in ARTICLES:
        j += 1
    if j < len(lowered) and lowered[j] in POSSESSIVES and needed.isdisjoint(POSSESSIVES):
        j += 1  # a pronoun the phrase does not write is read past ('diwallu ei anghenion')
    return j < len(lowered) and not text_keys(lowered[j]).isdisjoint(needed)


# First words of phrases that are the past form of a plain verb: after its doer or a tense the phrase is that
# verb ('Nain has looked after children every weekend', 'she looked after children for years', 'Siân looked
# after children'); after a determiner or a preposition, or opening a sentence, it is the name ('a looked after
# child', 'support for looked after children', 'Looked after children have a nurse')
_PAST_FORM_STARTS = frozenset({"looked"})
_DOER_OR_TENSE = frozenset("""
    has have had having 've was were is are be been being who he she they i we you
    always never already mum dad mam tad nain taid gran granny grandma grandad nan aunt
    auntie uncle sister brother parents carer carers
""".split())


def _after_a_doer(written_words: list[str], lowered: list[str], i: int) -> bool:
    if not i:
        return False
    before = written_words[i - 1]
    return lowered[i - 1] in _DOER_OR_TENSE or (before.istitle() and lowered[i - 1] not in _NOT_A_MODIFIER)


def _used_as_verb(written_words: list[str], lowered: list[str], i: int, n: int) -> bool:
    before = lowered[i - 1] if i else ""
    after = written_words[i + n] if i + n < len(written_words) else ""
    return before in _VERB_BEFORE or after.lower() in _OBJECT_AFTER or after[:1].isupper()


# How many uses of the same initials are looked at for a spelling-out
_TRIES = 50


def find_initials(text: str, lexicon: Lexicon, glossary: dict[str, str]) -> list[tuple[str, str | None]]:
    """(initials, their expansion if known) for initials that nobody spelled out.

    Initials spelled out anywhere in the text ('initial child protection
    conference (ICPC) ... the ICPC') count as explained everywhere in it. One
    pass over the words, so text of repeated initials costs its length.
    """
    return [(written, expansion) for written, expansion, _ in initials_found(text, lexicon, glossary)]


def initials_found(text: str, lexicon: Lexicon, glossary: dict[str, str]) -> list[tuple[str, str | None, int]]:
    """find_initials, with where in the text each is first written."""
    tokens: list[re.Match] | None = None  # the words, once some initials are to be looked up among them
    starts: list[int] = []
    first_seen: dict[str, tuple[str, re.Match]] = {}
    explained: set[str] = set()
    tries: dict[str, int] = {}
    for match in INITIALS.finditer(text):
        token, plural = match.group(1), match.group(2)
        if token in explained or not _looks_like_initials(token, lexicon):
            continue
        tries[token] = tries.get(token, 0) + 1
        if tries[token] > _TRIES:
            continue  # spelled out, if anywhere, at one of its first uses: stop looking (keeps it linear)
        if token + plural in lexicon.allowed or token in lexicon.allowed:
            continue
        if token in _SCOTTISH_YEARS and _is_a_school_year(text):
            continue  # 'Mali starts S1 at the high school': a year of a Scottish secondary school, not a section
        if tokens is None and token not in glossary and token + plural not in glossary:
            tokens = list(WORD.finditer(text))
            starts = [t.start() for t in tokens]
        if token in glossary or token + plural in glossary or _spelled_out(text, tokens, starts, token, match):
            explained.add(token)
            continue
        first_seen.setdefault(token, (token + plural, match))
    for match in _TITLE_WORD.finditer(text):  # 'Marac', 'Idva': listed initials written as a word
        token = match.group(0)
        if token not in lexicon.initials_as_words or (match.start() and text[match.start() - 1].isalnum()):
            continue
        capitals = token.upper()
        if not any(word in glossary or word in explained or word in first_seen or word in lexicon.allowed
                   for word in (token, capitals)):
            if tokens is None:
                tokens = list(WORD.finditer(text))
                starts = [t.start() for t in tokens]
            if _spelled_out(text, tokens, starts, capitals, match):
                explained.add(token)
            else:
                first_seen.setdefault(token, (token, match))
    if "e" in text:  # 'eCAF', 'ePEP': listed initials with the e of a form kept online
        for match in _E_INITIALS.finditer(text):
            written, token = match.group(0), match.group(1)
            if (token not in lexicon.initials or (match.start() and not text[match.start() - 1].isspace()
                                                  and text[match.start() - 1] not in "(\"'‘“")
                    or any(word in glossary or word in explained or word in first_seen or word in lexicon.allowed
                           for word in (written, token))):
                continue
            if tokens is None:
                tokens = list(WORD.finditer(text))
                starts = [t.start() for t in tokens]
            if _spelled_out(text, tokens, starts, token, match):
                explained.add(written)
            else:
                first_seen.setdefault(written, (written, match))
    found = [(written, lexicon.initials.get(written) or lexicon.initials.get(token)
              or lexicon.initials.get(written.upper()) or _e_initials(written, lexicon), match.start())
             for token, (written, match) in first_seen.items() if token not in explained]
    return found + _section_references(text, lexicon, glossary, {token for token, _, _ in found})


# Listed initials after a small e, as services name a form kept online: 'eCAF', 'ePEP' (not 'eBay': the
# capitals must be listed initials)
_E_INITIALS = re.compile(r"e([A-Z]{2,6})(?![\w&])")


def _e_initials(written: str, lexicon: Lexicon) -> str | None:
    match = _E_INITIALS.fullmatch(written)
    return lexicon.initials.get(match.group(1)) if match else None


# A section of an Act written with a full stop or in lower case: s.47, S.31, s47 (S47 is found as initials)
# and in Welsh 'adran': a.47, a126 (lower case: A55 is a road)
_SECTION_REF = patterns.compile(r"(?<![\w.])(?:([sS])\.\s?|(s)|(a)\.?)(\d{1,3})(?![\w.]\w)")
_DIGIT = re.compile(r"\d")
# A section written in words, its number as the text writes it: one search a text, not a pattern made for
# each reference (a new pattern each time cost more than the rest of the initials rule)
_SECTION_IN_WORDS = patterns.compile(r"\b(?:section|adran)\s+(\d+)\b", re.I)


def _section_references(text: str, lexicon: Lexicon, glossary: dict[str, str], seen: set[str]):
    found = []
    if _DIGIT.search(text) is None:  # every reference has digits, and most texts none: a quicker search
        return found
    spelled_out = None  # the numbers of the sections the text writes in words ('section 47'), read once
    for match in _SECTION_REF.finditer(text):
        letter = (match.group(1) or match.group(2) or match.group(3)).upper()
        digits = match.group(4)
        written, key = match.group(0), letter + digits
        if key in seen:
            continue
        seen.add(key)  # each section once, so repeated text costs its length
        if written in glossary or key in glossary:
            continue  # explained in the glossary
        if spelled_out is None:
            spelled_out = frozenset(_SECTION_IN_WORDS.findall(text))
        if digits in spelled_out:
            continue  # spelled out somewhere in the text
        found.append((written, lexicon.initials.get(key), match.start()))
    return found


# A section of an Act written short: S47, S17, S20, S31 (one capital and digits)
_SECTION = patterns.compile(r"S\d{1,3}")
# The years of a Scottish secondary school, S1 to S6, as a family's letter names them beside P1 to P7 ('she goes
# into S1 in August', 'S4 pupils sit their exams in May'): read as a school year when the text names a school or
# its people, and never when it names a detention, a court or an Act ('detained under S2 of the Mental Health Act',
# 'held on an S3 in hospital', 'under S1 the court must' stay found) (session 36, pc6)
_SCOTTISH_YEARS = frozenset({"S1", "S2", "S3", "S4", "S5", "S6"})
_SCHOOL_WORDS = patterns.compile(
    r"\b(?:school|schools|pupil|pupils|class|classes|teacher|teachers|secondary|academy|exams?|timetable|uniform|"
    r"nursery|primary|ysgol|P[1-7])\b", re.I)
_DETENTION_WORDS = patterns.compile(
    r"\b(?:detain\w*|held|section\w*|mental|psychiatric|Act|court|police|hospital|ward)\b", re.I)


def _is_a_school_year(text: str) -> bool:
    return _SCHOOL_WORDS.search(text) is not None and _DETENTION_WORDS.search(text) is None


# A word of four to seven letters written with a capital first ('Marac'): where initials_found looks for listed
# initials that services also write as a word
_TITLE_WORD = patterns.compile(r"[A-Z][a-z]{3,6}\b")  # no look-behind: half the cost; checked after a hit
# Listed initials whose form as a word is an everyday word or a name ('Dash', 'Pace', 'Adda'; 'Send' and
# 'Arms' opening a sentence, 'Elsa' a girl's name): never read as initials when written so
_TITLE_CASE_WORDS = frozenset("Adda Arms Campus Dash Elsa Inset Mash Pace Pams Salt Send".split())


def _looks_like_initials(token: str, lexicon: Lexicon) -> bool:
    capitals = sum(1 for ch in token if ch.isupper())
    if token.upper() in _CAPITAL_WORDS and token.isupper():
        return False
    if capitals == 1 and token[1:].isdigit():
        return _SECTION.fullmatch(token) is not None or token in lexicon.initials
    # "ALNCo", "SaLT": mostly capitals; "Ysgol" or "McDonald": not initials
    if token[-1].islower() and token[-2:] not in _DIGRAPH_ENDS and not _TWO_CAPITALS.search(token):
        return False  # small letters after capitals that never stand together: a name ('JoJo'), not 'OASys'
    return capitals >= 2 and capitals >= len(token) - 2 and not token[1:].islower()


# The endings of initials INITIALS reads as one letter (a Welsh digraph, 'Co' of co-ordinator)
_DIGRAPH_ENDS = frozenset("Ll Ch Dd Ff Ng Rh Th Co".split())
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")


def _spelled_out(text: str, tokens: list[re.Match], starts: list[int], token: str, match: re.Match) -> bool:
    """'initial child protection conference (ICPC)' or 'ICPC (initial child protection conference)'."""
    letters = [ch.lower() for ch in token if ch.isalpha() and ch.isupper()]
    if len(letters) < 2:  # S47: spelled out as 'section 47' in the words around it
        digits = token[1:]
        here = bisect_left(starts, match.start())
        near = [t.group(0).lower() for t in tokens[max(0, here - 3): here + 4]]
        return any(a == "section" and b == digits for a, b in zip(near, near[1:]))
    here = bisect_left(starts, match.start())  # the index of the initials among the words
    before = [t.group(0) for t in tokens[max(0, here - len(letters) - 3): here]]
    after: list[str] = []
    if text[match.end():match.end() + 3].lstrip().startswith("("):
        close = text.find(")", match.end(), match.end() + 200)  # a bounded look: never the rest of the text
        end = close if close != -1 else match.end() + 200
        last = min(bisect_left(starts, end, here + 1), here + 1 + len(letters) + 4)
        after = [t.group(0) for t in tokens[here + 1: last]]
    return _initials_of(before, letters) or _initials_of(after, letters)


def _initials_of(candidate: list[str], letters: list[str]) -> bool:
    firsts = [w[0].lower() for w in candidate if w.lower() not in ("of", "and", "the", "for", "in", "to", "a")]
    n = len(letters)
    return any(firsts[i:i + n] == letters for i in range(len(firsts) - n + 1)) if n else False


def jargon(case, ctx):
    lexicon = load_lexicon(ctx.shared, ctx.options, {})
    explained = explained_by_glossary(case.glossary, lexicon)
    known = case_words(case) if case.written_in != "cy" else None  # English rare words in English plans
    welsh_plan = case.written_in == "cy"
    welsh_plain = lexicon.welsh_plain if welsh_plan else {}
    # in a plan written in Welsh, a phrase only the English lexicon lists is English among Welsh words: its
    # plain words are English, so they are offered as a hint, not as the words to write
    welsh_listed = frozenset(lexicon.welsh_phrases) if welsh_plan else frozenset()
    first: dict[str, tuple[Pos, JargonUse]] = {}  # a name the family must learn -> its first use in the case
    beside: set[str] = set()  # names a text explains where it uses them
    rare_seen: set[str] = set()  # rare words reported: each once per case, at its first use
    for spot in case.texts:
        first_here: dict[str, JargonUse] = {}
        for use in jargon_uses(spot.text, lexicon, explained, known):
            if use.phrase in welsh_plain:  # listed in both lexicons: the Welsh plain words for a Welsh plan
                use = use._replace(plain=welsh_plain[use.phrase])
            name = lexicon.to_explain.get(use.phrase)
            if use.rare_word:
                if use.written.lower() not in rare_seen:
                    rare_seen.add(use.written.lower())
                    yield Hit(case.locate(spot.pos, use.written, _before(spot.text, use)),
                              msg("'%(written)s' is not an everyday word: a family may not know it; say it in "
                                  "plain words or explain it in glossary", written=use.written))
            elif use.unlisted_name:
                yield Hit(case.locate(spot.pos, use.written, _before(spot.text, use)),
                          msg("'%(written)s' names something a family may not know: say in plain words what it "
                              "is and does, or explain it once in glossary", written=use.written))
            elif name is None and welsh_plan and use.phrase is not None and use.phrase not in welsh_listed \
                    and use.phrase not in welsh_plain:
                yield Hit(case.locate(spot.pos, use.written, _before(spot.text, use)),
                          msg("'%(written)s' is English professional jargon in a plan written in Welsh: say it in "
                              "plain Welsh (in plain English, '%(plain)s')", written=use.written, plain=use.plain))
            elif name is None:
                yield Hit(case.locate(spot.pos, use.written, _before(spot.text, use)),
                          msg("'%(written)s' is professional jargon a family may not follow: write '%(plain)s'",
                              written=use.written, plain=use.plain))
            elif explained_beside(spot.text, use):
                beside.add(name)
            else:
                first_here.setdefault(name, use)
        for name, use in first_here.items():  # one place to find per name and text, however often it is used
            where = case.locate(spot.pos, use.written, _before(spot.text, use))
            if name not in first or (where.line, where.column) < (first[name][0].line, first[name][0].column):
                first[name] = (where, use)
    for name, (where, use) in first.items():
        if name not in beside:
            yield Hit(where, msg("'%(written)s' is a name the family will hear often: explain it once in "
                                 "glossary, e.g. '%(name)s: %(explanation)s'", written=use.written, name=name,
                                 explanation=use.plain))


def case_words(case) -> frozenset[str]:
    """The lower-case words of the names a case gives people, places, services and roles, and of its
    glossary's keys: none of them is a rare word in that case (coreplan.rules.english_rarity)."""
    named: list[str] = [case.local_authority or "", *case.glossary]
    for person in (*case.children, *case.family, *case.members):
        named.append(person.name)
        named.extend(getattr(person, "known_as", None) or ())
        for attribute in ("relationship", "role", "agency"):
            named.append(getattr(person, attribute, None) or "")
    return frozenset(word.lower() for text in named for word in PHRASE_WORD.findall(text))


def _before(text: str, use: JargonUse) -> str:
    return text_before(text, use.start)


def text_before(text: str, offset: int) -> str:
    """The text before offset, for Case.locate to find the words there rather than their first use; within
    READ_LIMIT only, so that a pasted document full of findings costs its length, not its length squared (a
    later one is placed at the first word written the same way)."""
    return text[:offset] if offset <= READ_LIMIT else ""


def explained_by_glossary(glossary: dict[str, str], lexicon: Lexicon) -> frozenset[str]:
    """The lexicon phrases (lower case) a case's glossary explains.

    A key is read the way a text is: 'Core groups' explains 'core group', 'Foster carer' explains
    'foster carers', and a name explains every way the lexicon writes it ('review conference' and 'child
    protection review conference'). A key that is no lexicon phrase still explains itself, word for word.
    """
    explained = set()
    for key in glossary:
        explained.add(" ".join(key.lower().split()))
        uses = listed_uses(key, lexicon)
        if len(uses) != 1 or words(key[:uses[0].start]) or words(key[uses[0].end:]):
            continue  # not one phrase, or more words than the phrase
        phrase = uses[0].phrase
        if phrase is None:  # a head word after its modifier: its singular and plural
            written = uses[0].written.lower()
            explained.update({written, written + "s", written[:-1] if written.endswith("s") else written})
            continue
        explained.add(phrase)
        name = lexicon.to_explain.get(phrase)
        if name is not None:
            explained.update(other for other, its_name in lexicon.to_explain.items() if its_name == name)
    return frozenset(explained)


# 'core group (the family and the workers who meet every few weeks)', or '... who meet (the core group)'
_BRACKET_AFTER = patterns.compile(r"\s{0,2}\(([^()]{1,300})\)")
_BRACKET_BEFORE = patterns.compile(r"\(\s*(?:(?:the|a|an|y|yr|'r|’r)\s+)?$", re.I)


def explained_beside(text: str, use: JargonUse) -> bool:
    """Whether the text explains a name where it uses it, in brackets: after it, in two words or more (not
    initials: 'core group (CG)'), or around it, after the words that explain it."""
    after = _BRACKET_AFTER.match(text, use.end)
    if after and len(words(after.group(1))) >= 2:
        return True
    return bool(_BRACKET_BEFORE.search(text[max(0, use.start - 8):use.start])) and \
        text[use.end:use.end + 3].lstrip().startswith(")") and len(words(text[:use.start])) >= 3


def unexplained_initials(case, ctx):
    lexicon = load_lexicon(ctx.shared, {}, ctx.options)
    for spot in case.texts:
        for token, expansion, start in initials_found(spot.text, lexicon, case.glossary):
            if case.written_in == "cy":  # a plan written in Welsh is told the Welsh words, where there are some
                expansion = lexicon.welsh_initials.get(token) or lexicon.welsh_initials.get(token[:-1]) or expansion
            where = case.locate(spot.pos, token, text_before(spot.text, start))
            if expansion:
                yield Hit(where, msg("'%(initials)s' is not spelled out: write '%(words)s', or add it to glossary",
                                     initials=token, words=expansion))
            else:
                yield Hit(where, msg("'%(initials)s' is not spelled out: write what it stands for in words, or "
                                     "add it to glossary", initials=token))


def shorthand_action(case, ctx):
    team = team_phrases(ctx.shared, ctx.options["shorthand_phrases"], ctx.options["accepted_phrases"])
    for goal in case.goals:
        for action in goal.actions:
            reason = shorthand_reason(action.what, team)
            if reason:
                yield Hit(action.at("what"), msg("'%(action)s' is shorthand (%(reason)s): say what will be done, "
                                                 "which behaviour it should change, and how the child's day will be "
                                                 "different", action=_clip(action.what), reason=reason))


def long_sentence(case, ctx):
    limit = ctx.options["max_words"]
    for spot in case.texts:
        # no sentence has more words than its whole text: most texts need no splitting (and a text of n
        # characters has at most (n + 1) // 2 words, each a character or more and one after it)
        if (len(spot.text) + 1) // 2 <= limit or most_words(spot.text) <= limit:
            continue
        # sentences() splits the text with its spaces made single: each sentence is a part of that, in order;
        # its words are those of that text that start inside it (no word runs over a sentence's end). Most
        # sentences are too short to hold more than limit words, and are not counted at all.
        flat, cursor = " ".join(spot.text.split()), 0
        for sentence in sentences(spot.text):
            start = flat.find(sentence, cursor)
            cursor = start + len(sentence)
            if (len(sentence) + 1) // 2 <= limit or most_words(sentence) <= limit:
                continue
            count = len(WORD.findall(flat, start, cursor))
            if count > limit:
                yield Hit(case.locate(spot.pos, sentence, text_before(flat, start)), msg_n(
                    "a sentence of %(n)s word is hard to follow (more than %(limit)s): '%(sentence)s': split it "
                    "into shorter sentences",
                    "a sentence of %(n)s words is hard to follow (more than %(limit)s): '%(sentence)s': split it "
                    "into shorter sentences", count, limit=limit, sentence=_clip(sentence)))


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


RULES = (
    Rule("jargon", "warning", N_("a text uses professional jargon from the lexicon"), FAMILY, jargon,
         options(extra_terms=MappingProxyType({}), ignore_terms=())),
    Rule("unexplained-initials", "warning", N_("a text uses initials that are not spelled out or in the glossary"),
         FAMILY, unexplained_initials, options(extra_initials=MappingProxyType({}), allowed=())),
    Rule("shorthand-action", "warning", N_("an action is shorthand that does not say which behaviour must change"),
         FAMILY, shorthand_action, options(shorthand_phrases=(), accepted_phrases=())),
    Rule("long-sentence", "info", N_("a sentence too long for a family to follow"), FAMILY, long_sentence,
         options(max_words=30)),
)
