"""What else in a case identifies a family, beyond the names in its `name` fields (used by coreplan.redact).

A practitioner writes a child's nickname, the grandmother's town, the school and the GP surgery into the
free text, and the name fields never hold them. This module finds what the case itself reveals:

- the other forms of each name: the case's `known_as`, "Ella (known as Elly)", "calls himself Jay";
  short forms written anywhere in the case ("Geth" for Gethin, "Ellie" for Ella, "Liz" for Elizabeth);
  and the Welsh mutations of every name and nickname ("i Fari", "fy Ngharys", "ei Hella"), since a
  name in a Welsh sentence changes its first letter;
- places: a capitalised name after "in", "at", "from", "near" (Welsh "yn", "ym", "yng", "o", "ger"...),
  the name of a school, surgery, nursery or hospital ("Ysgol Glan Morfa", "Prestatyn Medical Centre"),
  and a street without its number ("on Marine Road", "Heol y Parc").

It is deliberately greedy: a word too many in an anonymised copy costs a reader a moment; a town left
in it can name a child. What no cue points at (a town mentioned once, bare, mid-sentence) is not found,
which is why the README still asks for a redacted copy to be read before it leaves the team.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Capitalised words that are never a place or a short form of a name, however they are written: words
# that start sentences, the calendar, languages, family words ("Nain" names a relationship, which every
# copy keeps), coreplan's own pseudonym labels, and the words of services every plan names.
COMMON = frozenset("""
a an and as at be but by can could did do does for from go had has have he her here him his how i if in
into is it its let may me might must my no not now of on once one or our out she should so some than that
the their them then there these they this those to too two up us was we were what when where which while
who why will with would yes yet you your after again all also any before both each every first if last
next once only other over same since still such under until very well just more most much many never
always often sometimes today tomorrow yesterday
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
saturdays sundays christmas easter halloween diwali eid
ramadan new year years term half spring summer autumn winter weekend weekends bank holiday holidays
wales cymru england lloegr britain prydain uk flying start early help families first caring drug
alcohol employment video brownies cubs scouts guides beavers rainbows urdd english welsh cymraeg saesneg british polish arabic urdu
mum mummy mam mam-gu dad daddy tad tad-cu nan nana nanna nain nanny gran granny grandma grandad grandpa
taid bampi mamgu dadcu auntie aunty aunt uncle modryb ewythr anti yncl brother sister baby
child worker adult family case venue agency place name phone email address postcode
school home house court police council social services service health hospital doctor gp nurse
centre center team group plan core conference review meeting meetings steps change ladder goal goals
year reception nursery class form
beth mae bydd roedd mi dw rwy rydw rydyn maen ond ac a ar at i o yn ym yng y yr gyda heb am wedi
pan os er ers fel hefyd nid na nad ni chi nhw fe hi fo e ei eu ein eich fy dy hon hwn hyn yna yma
dydd mis wythnos blwyddyn bore nos ysgol cartref teulu plentyn plant mam dad cyfarfod cynllun grŵp
ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr
llun mawrth mercher iau gwener sadwrn sul nadolig pasg
""".split())

# Short forms that do not start like the name (a prefix finds "Geth", "Ellie" and "Cath" by itself).
IRREGULAR = {
    "william": ("bill", "billy", "will", "willy", "liam"), "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("dick", "rich", "rick", "ricky", "richie"), "edward": ("ed", "eddie", "ted", "teddy", "ned"),
    "james": ("jim", "jimmy", "jamie", "jay"), "john": ("jack", "johnny", "jonny"), "thomas": ("tom", "tommy"),
    "alexander": ("alex", "sandy", "xander"), "alexandra": ("alex", "lexi", "sandra"), "anthony": ("tony",),
    "michael": ("mike", "mikey", "mick", "micky"), "nicholas": ("nick", "nicky"), "christopher": ("chris", "kit"),
    "stephen": ("steve", "stevie"), "steven": ("steve", "stevie"), "joseph": ("joe", "joey"),
    "margaret": ("maggie", "meg", "peggy", "mags", "madge"), "elizabeth": ("liz", "lizzie", "beth", "betty",
                                                                         "libby", "eliza", "bess"),
    "catherine": ("kate", "katie", "kath", "kitty"), "katherine": ("kate", "katie", "cath", "kitty"),
    "rebecca": ("becky", "becca", "bex"), "charlotte": ("lottie", "charlie"), "jennifer": ("jen", "jenny"),
    "susan": ("sue", "suzy", "susie"), "patricia": ("pat", "trish", "patsy"), "victoria": ("vicky", "tori"),
    "abigail": ("abby", "abbie", "abi"), "olivia": ("liv", "livvy", "livvie"), "isabella": ("bella", "izzy"),
    "isabelle": ("bella", "izzy"), "amelia": ("millie", "milly"), "eleanor": ("ellie", "nell", "nelly"),
    "dafydd": ("dai", "dave", "dewi", "dafi"), "david": ("dave", "davy", "dai"), "gwilym": ("gwil", "wil"),
    "llywelyn": ("llew", "lyn"), "gwenllian": ("gwen", "gwenno"), "angharad": ("hari", "ang"),
    "elinor": ("nel", "eli"), "iorwerth": ("iolo", "yorath"), "ifan": ("ianto",), "ieuan": ("ianto", "iwan"),
    "siân": ("sianny",), "henry": ("harry", "hal"), "harold": ("harry", "hal"), "mary": ("molly", "polly"),
    "sarah": ("sally", "sal"), "ann": ("annie", "nan"), "anne": ("annie", "nan"), "helen": ("nell",),
    "francesca": ("fran", "frankie"), "francis": ("frank", "frankie"), "frances": ("fran", "frankie"),
    "charles": ("charlie", "chuck", "chas"), "matthew": ("matt", "matty"), "daniel": ("dan", "danny"),
    "samuel": ("sam", "sammy"), "samantha": ("sam", "sammy"), "benjamin": ("ben", "benny"),
    "jacob": ("jake",), "joshua": ("josh",), "nathaniel": ("nat", "nate"), "theodore": ("theo", "ted"),
}

# A name that says where the family lives, learns or is treated: the kind of place, before its name (Welsh)
# or after it (English).
_CAP = r"[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*"
_LINK = r"(?:\s+(?:y|yr|on|upon|de|le|la|of|the|and)\b)?"
BEFORE = (r"Ysgol|Meddygfa|Feddygfa|Canolfan|Ganolfan|Ysbyty|Cylch\s+Meithrin|Meithrinfa|Coleg|Heol|Stryd|"
          r"Ffordd|Lôn|Rhodfa|Clos|Teras|Stad")
AFTER = (r"(?:Primary|Junior|Infants?|High|Comprehensive|Secondary|Community|Catholic|Church|C\.?\s?W\.?|V\.?A\.?|"
         r"Special)\s+School|School|Academy|College|Nursery|Pre-?school|Playgroup|Surgery|Medical\s+(?:Centre|"
         r"Practice)|Health\s+(?:Centre|Clinic)|Practice|Hospital|Family\s+Centre|Children'?s\s+Centre|"
         r"Leisure\s+Centre|Library|Estate|Street|Road|Lane|Avenue|Close|Drive|Way|Terrace|Crescent|Court|"
         r"Gardens|Grove|Row|Square|Park|Flats|House|Hall|Farm|Caravan\s+Park")
# where a place name follows a word: "in Rhyl", "moved to Colwyn Bay", "yn Rhuthun", "ym Mhrestatyn"
CUE = r"(?:in|at|from|near|to|into|outside|around|towards|via|yn|ym|yng|o|ger|i|tu\s+allan\s+i)"
_NAME = rf"{_CAP}(?:{_LINK}\s+{_CAP}){{0,3}}"
PLACE_AFTER_CUE = re.compile(rf"(?<!\w)(?:{CUE})\s+(?:(?:y|yr|the)\s+)?(?P<place>{_NAME})")
PLACE_BEFORE_KIND = re.compile(rf"(?<!\w)(?P<place>{_NAME})\s+(?:{AFTER})(?!\w)")
KIND_BEFORE_PLACE = re.compile(rf"(?<!\w)(?:{BEFORE})\s+(?P<place>(?:(?:y|yr)\s+)?{_NAME})")
# "Ella (known as Elly)", "known as 'Bug'", "calls himself Jay", "a elwir yn Bobi"
NICKNAME = re.compile(r"(?i:known\s+as|called|calls\s+(?:him|her|them)sel(?:f|ves)|nicknamed|goes\s+by|"
                      r"prefers\s+to\s+be\s+called|likes\s+to\s+be\s+called|a\s+elwir\s+yn|galw'?n|"
                      r"enw\s+anwes)\s+['‘\"“]?(?P<nick>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)")
BRACKETED = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)\s+\(\s*['‘\"“]?(?P<nick>[A-ZÀ-ÖØ-ÞŴŶ][\w'’-]*)['’\"”]?\s*\)")
WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞŴŶ][\w’'-]*")
DIMINUTIVE = ("ie", "ey", "y", "i", "o", "s", "a", "ee", "sy", "za")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _bare(word: str) -> str:
    """A word without a possessive or an article joined to it: "Rhyl's" -> "Rhyl", "Deulu'r" -> "Deulu"."""
    return re.sub(r"['’][sr]?$", "", word)


def is_common(word: str) -> bool:
    """A word every plan uses (or its Welsh mutation: "Mlwyddyn" is "blwyddyn"), or initials ("CAMHS")."""
    bare = _bare(word)
    return (bare.isupper() and len(bare) > 1) or any(fold(form) in COMMON for form in radicals(bare))


# Welsh mutations, as (radical start, mutated start): soft, nasal, aspirate. A name after "i", "o", "fy", "ei"
# and many more words is written with the mutated start: Mari -> Fari, Carys -> Ngharys, Ella -> Hella.
MUTATIONS = (("P", "B"), ("T", "D"), ("C", "G"), ("B", "F"), ("D", "Dd"), ("G", ""), ("Ll", "L"), ("Rh", "R"),
             ("M", "F"), ("P", "Mh"), ("T", "Nh"), ("C", "Ngh"), ("B", "M"), ("D", "N"), ("G", "Ng"),
             ("P", "Ph"), ("T", "Th"), ("C", "Ch"))
VOWELS = "AEIOUWYÂÊÎÔÛŴŶ"


def mutated(word: str) -> set[str]:
    """The forms a Welsh sentence may give a capitalised word (a name or a place), the word itself not among them."""
    forms: set[str] = set()
    if len(word) < 2 or not word[1:].islower():  # "PC", "McArthur": no Welsh word is written so
        return forms
    for radical, start in MUTATIONS:
        if word.startswith(radical) and not (radical in "LR" and word[:2] in ("Ll", "Rh") and len(radical) == 1):
            rest = word[len(radical):]
            if radical in ("C", "T", "P") and rest[:1] == "h":  # "Ch", "Th", "Ph" are their own letters
                continue
            if radical == "D" and rest[:1] == "d":
                continue
            form = start + rest
            if not start:  # G dropped: the next letter becomes the capital (Gwen -> Wen)
                form = rest[:1].upper() + rest[1:]
            elif form[:1].islower():
                form = form[:1].upper() + form[1:]
            if len(form) > 2:
                forms.add(form)
    if word[:1] in VOWELS:
        forms.add("H" + word[:1].lower() + word[1:])
    return forms


def radicals(word: str) -> set[str]:
    """The forms a mutated word may have come from ("Mhrestatyn" -> "Prestatyn"), the word itself among them."""
    found = {word}
    for radical, start in MUTATIONS:
        if start and word.startswith(start):
            rest = word[len(start):]
            found.add(radical + rest)
    if len(word) > 2 and word[0] == "H" and word[1].lower() in VOWELS.lower():
        found.add(word[1].upper() + word[2:])
    if word[:1] in VOWELS or word[:1] in "LRW":  # G dropped by a soft mutation: Wen -> Gwen, Lan -> Glan
        found.add("G" + word[:1].lower() + word[1:])
    return found


def words_of(texts: Iterable[str]) -> set[str]:
    """Every capitalised word in these texts, possessives taken off."""
    return {_bare(w) for text in texts for w in WORD.findall(text)}


def _stems(w: str) -> set[str]:
    """A folded word and the stems it may be a pet form of: "ellie" -> ell, "sammy" -> samm, sam."""
    stems = {w}
    for ending in DIMINUTIVE:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stem = w[: -len(ending)]
            stems.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:  # "Sammy": Sam + my
                stems.add(stem[:-1])
    return stems


def short_form_of(word: str, name: str) -> bool:
    """Whether `word` is a short or pet form of the name `name` ("Geth" of "Gethin", "Ellie" of "Ella")."""
    return bool(short_forms([word], {name: True}))


def short_forms(words: Iterable[str], names: dict[str, object]) -> dict[str, object]:
    """Each of `words` that is a short or pet form of one of `names`, with that name's value (the first
    name that fits, in the order given). Names are looked up by their first three letters, so a long
    text with many people costs one look per word, not one per word and person."""
    by_start: dict[str, list[tuple[str, object]]] = {}
    irregular: dict[str, object] = {}
    for name, value in names.items():
        folded = fold(name)
        if len(folded) >= 3:
            by_start.setdefault(folded[:3], []).append((folded, value))
        for form in IRREGULAR.get(folded, ()):
            irregular.setdefault(form, value)
    found = {}
    for word in words:
        w = fold(word)
        if len(w) < 3 or is_common(word):
            continue
        if w in irregular:
            found[word] = irregular[w]
            continue
        stems = _stems(w)
        for folded, value in by_start.get(w[:3], ()):
            if w != folded and any(folded.startswith(stem) for stem in stems):
                found[word] = value
                break
    return found


def nicknames(texts: Iterable[str], names: Iterable[str]) -> list[tuple[str, str | None]]:
    """(nickname, the name written just before it or None) for each nickname the texts give: after words
    that say so ("known as"), or in brackets after one of `names` ("Ella (Elly)"; "Beacon (Leicestershire)"
    is not a nickname)."""
    names = set(names)
    found = []
    for text in texts:
        for match in NICKNAME.finditer(text):
            before = WORD.findall(text[: match.start()])
            nick = _bare(match.group("nick"))
            if not is_common(nick):
                found.append((nick, _bare(before[-1]) if before else None))
        for match in BRACKETED.finditer(text):
            nick, name = _bare(match.group("nick")), _bare(match.group("name"))
            if name in names and not is_common(nick):
                found.append((nick, name))
    return found


def places(texts: Iterable[str]) -> set[str]:
    """The names of places these texts give: towns, schools, surgeries, streets (as written, without cue)."""
    found = set()
    for text in texts:
        for pattern in (KIND_BEFORE_PLACE, PLACE_BEFORE_KIND, PLACE_AFTER_CUE):
            for match in pattern.finditer(text):
                place = _trim(match.group("place"))
                if place:
                    found.add(place)
    return found


def _trim(place: str) -> str | None:
    """A found place without the words around it that are not part of it: common words, a kind of place."""
    words = place.split()
    while words and (is_common(words[0]) or re.fullmatch(BEFORE, words[0]) or fold(words[0]) in ("y", "yr")):
        words.pop(0)
    while words and (is_common(words[-1]) or fold(words[-1]) in ("y", "yr", "on", "upon", "de", "le", "la",
                                                                "of", "the", "and")):
        words.pop()
    if not words:
        return None
    words[-1] = _bare(words[-1])
    return " ".join(words) or None
