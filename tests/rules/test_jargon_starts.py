"""find_jargon looks only at the words a phrase may start at (Lexicon.starts), and _match_at compares a
phrase's last and second words before the rest: the same findings as looking at every word and comparing
every phrase whole, which is what these tests hold them to, on the shipped lexicon and on a team's
additions and removals."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coreplan.rules import english_compounds, english_names, language, welsh_text
from coreplan.rules.language import PHRASE_WORD, _IRREGULAR, find_jargon, lexicon_word, listed_uses, load_lexicon
from coreplan.text import welsh_radicals, words_with_radical

LEXICON = load_lexicon({}, {}, {})
TEAM = load_lexicon({}, {"extra_terms": {"wraparound meeting": "a meeting about the whole family",
                                         "gofal seibiant": "amser i ffwrdd"},
                         "ignore_terms": ["contact", "lleoliad"]}, {})


def every_phrase_compared_whole(lowered, i, lexicon, written_words):
    """language._match_at as it was first written: each phrase filed under the word compared whole."""
    word = lowered[i]
    for key, mutated in ((word, False), *((radical, True) for radical in welsh_radicals(word))):
        for head, lasts, phrase, welsh in lexicon.by_first_word.get(key, ()):
            if mutated and not welsh:
                continue
            n = len(head) + 1 if head else 1
            if head and not (tuple(lowered[i + 1:i + len(head)]) == head[1:] and i + len(head) < len(lowered)
                             and lowered[i + len(head)] in lasts):
                continue
            if phrase in lexicon.as_noun and language._used_as_verb(written_words, lowered, i, n):
                continue
            if key in language._PAST_FORM_STARTS and language._after_a_doer(written_words, lowered, i):
                continue
            return phrase, n
    return None


def find_listed(text: str, lexicon, explained=frozenset()) -> list[tuple[str, str]]:
    """find_jargon without its rare words (coreplan.rules.english_rarity), which no lexicon look-up finds."""
    return [(use.written, use.plain) for use in listed_uses(text, lexicon, explained)]


def every_word_looked_at(text: str, lexicon, explained=frozenset()) -> list[tuple[str, str]]:
    """find_jargon as it was before Lexicon.starts: every word of the text tried in turn."""
    tokens = list(PHRASE_WORD.finditer(text))
    written_words = [t.group(0) for t in tokens]
    lowered = [t.group(0).lower() for t in tokens]
    lowered = [language._SLASH_PLURAL.sub("", w) for w in lowered]  # 'carer/s'
    lowered = [lexicon_word(w) if "'" in w or "’" in w or w in _IRREGULAR else w for w in lowered]
    heads = lexicon.after_a_modifier
    head_near = set()
    for k, word in enumerate(lowered):
        if word in heads or (word[-1:] == "s" and word[:-1] in heads):
            head_near.update(range(max(0, k - language._MODIFIERS), k))
    in_compound = language.hyphenated(text, [t.span() for t in tokens])
    affixed = english_compounds.affixed(text, lowered, [t.span() for t in tokens], lexicon.compounds)
    # listed initials before a head word ('CIN plan'), looked for at every word
    initialled = english_compounds.initials_headed(written_words, lowered, lexicon.initials, lexicon.allowed,
                                                   lexicon.compounds, explained)
    # 'pre-' or 'post-' and a word before a head ('pre-sentence report'), looked for at every word
    prefixed = english_compounds.time_prefixed(text, lowered, [t.span() for t in tokens], lexicon.compounds)
    found, i = [], 0
    while i < len(tokens):
        n = language._longer(every_phrase_compared_whole(lowered, i, lexicon, written_words),
                             language._welsh_match_at(lowered, i, lexicon))
        # a Welsh body's name opened by its head and a small word ('Panel y Biwro'), tried at every word
        name = language._welsh_name_at(written_words, lowered, i, lexicon, text, [t.span() for t in tokens]) \
            if language.may_open_a_welsh_name(written_words, lowered, i) else None
        if name and (not n or name[1] > n[1]):
            n = name
        spans = [t.span() for t in tokens]
        if n and n[1] > 1 and language._across_a_stop(text, spans, i, n[1]):
            n = None  # no listed phrase across the end of a sentence or a clause
        phrase = None
        # a compound is tried at every word, not only where Lexicon.starts says one may start
        compound = language._compound_at(written_words, lowered, i, lexicon, n, head_near, in_compound)
        if compound and not language._unbroken(text, [t.span() for t in tokens], i, compound[0]):
            compound = None  # never read across a stop or a comma
        longer = language._headed_phrase_at(written_words, lowered, i, lexicon, explained, in_compound) \
            if n and i in head_near else (0, None)
        if compound:
            n = compound[0]
            plain = None if " ".join(lowered[i:i + n]) in explained else compound[1]
        elif n and not isinstance(n, language._WelshHeaded) and n[0] not in lexicon.to_explain \
                and language.headed_is_longer(text, spans, written_words, lowered, i, n[1], lexicon, longer):
            # a head word right after a listed phrase, or a word or two after it: one longer order or condition
            n, plain = longer
        elif n:
            headed = isinstance(n, language._WelshHeaded)  # a Welsh head's own plain words, never an English entry's
            phrase, n = n
            plain = None if headed else lexicon.phrases.get(phrase)
            if plain is None:  # a Welsh head word named by the word after it
                phrase, plain = None, None if " ".join(lowered[i:i + n]) in explained else lexicon.welsh_heads[phrase]
        elif i in head_near:
            n, plain = language._headed_phrase_at(written_words, lowered, i, lexicon, explained,
                                                  language.hyphenated(text, [t.span() for t in tokens]))
            if n > 1 and language._across_a_stop(text, spans, i, n):
                n = 0  # nor a head word opening the next sentence
        else:
            n = 0
        if not n and i in affixed:  # a word made with a professional prefix or suffix
            n = 2
            plain = None if " ".join(lowered[i:i + 2]) in explained else affixed[i]
        elif not n and i in prefixed:
            n = prefixed[i][0]
            plain = None if " ".join(lowered[i:i + n]) in explained else prefixed[i][1]
        elif not n and i in initialled:
            n = initialled[i][0]
            plain = None if " ".join(lowered[i:i + n]) in explained else initialled[i][1]
        if n and (plain is None or phrase in explained):
            i += n  # explained, and so are the words inside it
        elif n:
            found.append((" ".join(text[tokens[i].start():tokens[i + n - 1].end()].split()), plain,
                          tokens[i].start(), tokens[i + n - 1].end()))
            i += n
        else:
            i += 1
    # names of orders, services and bodies (english_names) do not depend on where a phrase may start: each
    # that no finding overlaps is added, in text order
    spans = [t.span() for t in tokens]
    named = english_names.names_in(text, written_words, spans, lexicon.compounds.get("plain", ()))
    if lexicon.welsh_service_words and language._TWO_TITLE_WORDS.search(text):  # and Welsh names in capitals
        named = language._with_welsh_names(named, written_words, lowered, lexicon, text, spans)
    for first, last in named:
        start, end = spans[first][0], spans[last - 1][1]
        if " ".join(lowered[first:last]) not in explained and not any(s < end and start < e for _, _, s, e in found):
            found.append((" ".join(text[start:end].split()), "", start, end))
    return [(written, plain) for written, plain, _, _ in sorted(found, key=lambda item: item[2])]


# Words a text may hold: the lexicon's own, mutated, with endings put on, as possessives and in capitals,
# between everyday words and the words that tell a noun from a verb
_LEXICON_WORDS = sorted({w for phrase in LEXICON.phrases for w in phrase.split()} | set(LEXICON.after_a_modifier))
_EVERYDAY = ["the", "will", "to", "Mum", "and", "a", "school", "in", "her", "y", "yn", "ei", "fy", "i'r", "o",
             "hi", "children", "children's", "child's", "people", "order", "orders", "hearing", "care", "court",
             "interim", "final", "family", "gofal", "seibiant", "wraparound", "meeting", "contact", "plan",
             "plans", "kinship", "pathway", "strategy", "safety", "case", "section", "sections", "20", "47", "of",
             "this", "above", "multi", "agency", "early", "help", "panel", "placement", "support"]
_ENDINGS = ["", "", "", "s", "es", "ed", "ing", "au", "iau", "ion", "iad", "iadau", "wyr", "odd", "'s", "’", "'"]
_PREFIXES = ["", "", "", "h", "g", "ngh", "mh", "nh", "ng", "ch", "ph", "th", "dd", "f", "m", "n", "l", "r"]


def _mutate(word: str, prefix: str) -> str:
    return prefix + word[1:] if prefix and word[:1] in "bcdgklmnpt" else prefix + word


_WORD = st.one_of(
    st.sampled_from(_LEXICON_WORDS),
    st.sampled_from(_EVERYDAY),
    st.builds(lambda w, p, e: _mutate(w, p) + e, st.sampled_from(_LEXICON_WORDS), st.sampled_from(_PREFIXES),
              st.sampled_from(_ENDINGS)),
    st.builds(str.upper, st.sampled_from(_LEXICON_WORDS)),
    st.builds(str.capitalize, st.sampled_from(_LEXICON_WORDS)),
    st.text(alphabet="abcdefghlmnoprstuwyâ'’-", min_size=1, max_size=8),
)
_TEXT = st.lists(st.tuples(_WORD, st.sampled_from([" ", " ", " ", ", ", ". ", "\n", " (", ") ", "-"])),
                 max_size=40).map(lambda parts: "".join(w + gap for w, gap in parts))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from([LEXICON, TEAM]), st.sampled_from([frozenset(), frozenset({"care order", "lleoliad"})]))
@example("contacts’ contact ", LEXICON, frozenset())  # a plural possessive, then the same word: no compound
@example("contacts' contact ", LEXICON, frozenset())
@example("remándiad ", LEXICON, frozenset())  # a Welsh word typed with an accent its listed form has not
def test_the_findings_are_those_of_looking_at_every_word(text, lexicon, explained):
    assert find_listed(text, lexicon, explained) == every_word_looked_at(text, lexicon, explained)


def test_every_phrase_of_the_lexicon_is_found_where_it_starts():
    """Each phrase alone, after a word, and mutated after 'ei': as many findings as looking at every word."""
    for phrase in LEXICON.phrases:
        for text in (phrase, f"Mae {phrase} yma", f"ei {_mutate(phrase, 'h')}", f"fy {_mutate(phrase, 'ngh')}",
                     f"the {phrase}s were"):
            assert find_listed(text, LEXICON) == every_word_looked_at(text, LEXICON), text


def test_a_phrase_with_any_one_word_changed_is_found_as_comparing_every_phrase_whole_finds_it():
    for phrase in LEXICON.phrases:
        written = phrase.split()
        for k in range(len(written)):
            text = " ".join(written[:k] + ["zz"] + written[k + 1:])
            assert find_listed(text, LEXICON) == every_word_looked_at(text, LEXICON), text


def test_the_starts_are_exactly_the_words_whose_bases_meet_the_welsh_index():
    index = LEXICON.welsh_index
    starts = welsh_text.words_at_a_start(index)
    assert all(welsh_text._bases(word) & index.keys() for word in starts)
    for key in itertools.islice(index, 200):  # every way a text word can come back to a key
        for ending in ("", "au", "iau", "on", "ion", "ydd", "oedd", "iad", "iadau", "io", "iwyd", "wyr", "odd"):
            if ending and not key.isascii():
                continue  # an accent goes when an ending comes ('tâl', 'taliad'): 'tâliad' is nobody's word
            for word in {key + ending, *(p + key[1:] + ending for p in ("h", "g", "ngh", "mh", "nh", "ch", "dd"))}:
                if welsh_text._bases(word) & index.keys():
                    assert word in starts, word


def test_words_with_radical_undoes_welsh_radicals_exactly():
    alphabet = "abcdfghlmnprtuwyâ"
    for size in range(1, 5):
        for letters in itertools.product(alphabet, repeat=size):
            word = "".join(letters)
            for radical in welsh_radicals(word):
                assert word in words_with_radical(radical), (word, radical)
    assert words_with_radical("lleoliad") == {"leoliad"}
    assert words_with_radical("cynllun") >= {"gynllun", "nghynllun", "chynllun"}


def test_a_team_term_is_a_start_and_an_ignored_one_is_not_found():
    assert "wraparound" in TEAM.starts
    assert find_jargon("We held a wraparound meeting.", TEAM) == [("wraparound meeting",
                                                                   "a meeting about the whole family")]
    assert find_jargon("Mae ei leoliad yn newydd.", TEAM) == []


def test_a_word_written_twice_is_no_compound_of_itself():
    """'contact contact' (a slip) is the listed word twice, not a modifier and its head offering 'family time
    for family time'."""
    for text in ("contact contact", "the contacts’ contact", "the contacts' contact"):
        uses = find_listed(text, LEXICON)
        assert [written.lower().rstrip("'’s") for written, _ in uses] == ["contact", "contact"], (text, uses)
        assert all(plain.count("family time") == 1 for _, plain in uses), (text, uses)
