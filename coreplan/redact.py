"""Anonymised copies of cases, for supervision, case audit and training (`--redact`).

A Redactor turns a case into a copy in which every person is a pseudonym
(children `Child-A`, family `Adult-A`, practitioners `Worker-A`; surnames on
their own `Family-A`), and references, venues, agencies, phone numbers, emails,
postcodes, NHS numbers, street addresses and dates of birth are replaced. The
names are replaced inside free text too ("Ella's" becomes "Child-A's"; "Sian"
typed without its accent is found as well), with the nicknames, short forms,
Welsh mutations and places the case itself reveals (coreplan.identifying), and
ids that carry a name ("mali-safe-sleep") are rewritten. One Redactor serves one run, so the same person (by full
name) keeps the same pseudonym in every case and document of that run; the
letters follow the order of the case file, so the same case always gets the
same pseudonyms. Dates of meetings and visits stay: they are what timeliness is
measured on. A date of birth becomes one that gives the same age on the day
of the run, so a reader still knows a baby from a teenager.

Redaction works on the case before anything is worked out or rendered, so
every output (documents, schedules, figures) is built only from the copy.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date

from coreplan import identifying
from coreplan.calendar import add_months
from coreplan.model import Case, Child, Member, Record

ROLES = (("children", "Child"), ("family", "Adult"), ("members", "Worker"))
KEEP = frozenset({"pos", "spots", "file", "texts", "lines"})  # where things were, not what they say
SLUG = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "sgt", "cllr", "prof", "nurse"})
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# an NHS number: ten digits, usually written 3 3 4 (a phone number, which starts with 0, is taken first)
NHS_NUMBER = re.compile(r"(?<![\w+])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\w)")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# UK numbers: 0 or +44 then 9-10 more digits, spaces, dots or dashes allowed between them
PHONE = re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s.)-]{0,2}\d){8,9}(?!\w)")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
STREET = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|"
                    r"Drive|Way|Terrace|Crescent|Place|Court|Gardens|Grove|Row|Square)\b"
                    # Welsh street names put the kind of street first: 12 Heol Glan Morfa
                    r"|\b\d{1,4}[A-Za-z]?,?\s+(?:Heol|Stryd|Ffordd|Lôn|Rhodfa|Maes|Cae|Clos|Parc|Teras)"
                    r"(?:\s+(?:y\s+|yr\s+)?[A-Z][\w'’-]*){1,3}")


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: as many pseudonyms as a team needs."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _loose(text: str) -> str:
    """A pattern for text written with or without its accents (Siân, Sian)."""
    out = []
    for char in text:
        base = _fold(char)
        out.append(f"(?:{re.escape(char)}|{re.escape(base)})" if base and base != char else re.escape(char))
    return "".join(out)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _fold(text).lower()).strip("-")


class Redactor:
    def __init__(self) -> None:
        self.people: dict[str, str] = {}  # folded full name -> pseudonym, across the run
        self.surnames: dict[str, str] = {}
        self.things: dict[str, str] = {}  # folded reference, venue or agency -> pseudonym
        self.counts: dict[str, int] = {}
        self._last: _CaseRedaction | None = None  # one case at a time: a run may cover thousands

    def _next(self, label: str) -> str:
        count = self.counts.get(label, 0)
        self.counts[label] = count + 1
        return f"{label}-{_letters(count)}"

    def _pseudonym(self, table: dict[str, str], original: str, label: str) -> str:
        # accents count here: "Aled" and "Alèd" written in two cases may be two people, and merging them
        # would mislead an auditor; in the text, a name typed without its accent is still found
        key = " ".join(original.split()).casefold()
        if key not in table:
            table[key] = self._next(label)
        return table[key]

    def _for(self, case: Case) -> "_CaseRedaction":
        if self._last is None or self._last.case is not case:
            self._last = _CaseRedaction(self, case)
        return self._last

    def case(self, case: Case, today: date) -> Case:
        """The anonymised copy of a case."""
        return self._for(case).copy(today)

    def text(self, case: Case, text: str) -> str:
        """Free text (a finding, a message) with this case's names and details replaced."""
        return self._for(case).text(text)

    def name(self, full_name: str, label: str = "Worker") -> str:
        """The pseudonym of someone named outside a case (a commit's author): the same as in the cases."""
        return self._pseudonym(self.people, full_name, label)

    def person_id(self, case: Case, wanted: str) -> str | None:
        """The pseudonymous id of the person `--who` names in the original case, or None."""
        from coreplan.schedule import _fold as fold_name
        from coreplan.text import first_name

        target = fold_name(wanted)
        redaction = self._for(case)
        for group, _ in ROLES:
            for person in getattr(case, group):
                if target in (fold_name(person.id), fold_name(person.name), fold_name(first_name(person.name))):
                    return redaction.ids[person.id]
        return None


class _CaseRedaction:
    """The replacements for one case: ids, names, and the literal things it mentions."""

    def __init__(self, redactor: Redactor, case: Case) -> None:
        self.case = case
        self._today = date.today()
        self.ids: dict[str, str] = {}
        names: dict[str, str] = {}  # a name as written (full, first or surname) -> its replacement
        given: dict[str, str] = {}  # first names and the names people are known by, whose short forms go too
        for group, label in ROLES:
            for person in getattr(case, group):
                pseudonym = redactor._pseudonym(redactor.people, person.name, label)
                self.ids[person.id] = pseudonym.lower()
                words = [w for w in re.split(r"[\s]+", person.name.strip()) if w.lower().rstrip(".") not in TITLES]
                names[" ".join(person.name.split())] = pseudonym
                for other in person.known_as:
                    if other.strip():
                        names.setdefault(" ".join(other.split()), pseudonym)
                        given.setdefault(other.split()[0], pseudonym)
                if words:
                    names.setdefault(words[0], pseudonym)
                    given.setdefault(words[0], pseudonym)
                    for surname in words[1:]:
                        if len(_fold(surname).strip("'’-.")) > 1:
                            names.setdefault(surname, redactor._pseudonym(redactor.surnames, surname, "Family"))
        places = self._reveals(redactor, case, names, given)
        # name parts inside ids ("mali-safe-sleep"): every slug word that is a name word
        self.slug_words = {}
        for written, pseudonym in sorted(names.items(), key=lambda pair: len(pair[0])):
            for part in _slug(written).split("-"):
                if part and part not in self.slug_words:
                    self.slug_words[part] = _slug(pseudonym)
        for goal in case.goals:
            self.ids.setdefault(goal.id, self._slug_id(goal.id))

        things: dict[str, str] = {case.reference: redactor._pseudonym(redactor.things, case.reference, "Case")}
        for meeting in case.meetings:
            if meeting.venue:
                things[meeting.venue] = redactor._pseudonym(redactor.things, meeting.venue, "Venue")
        for member in case.members:
            if member.agency:
                things[member.agency] = redactor._pseudonym(redactor.things, member.agency, "Agency")
        self.things_pattern = _alternation(things, flags=re.IGNORECASE)
        self.things = {_fold(k).casefold(): v for k, v in things.items()}
        # names as written, and in capitals; never lower case, so "will" and "may" stay words
        variants = {**places, **names}
        variants.update({k.upper(): v for k, v in variants.items()})
        self.names_pattern = _alternation(variants)
        self.exact = variants
        self.names = {_fold(k): v for k, v in variants.items()}
        self.births = [_birth_patterns(child.born) for child in case.children if child.born]

    @staticmethod
    def _reveals(redactor: Redactor, case: Case, names: dict[str, str], given: dict[str, str]) -> dict[str, str]:
        """Add to `names` the other forms the case gives its people's names (coreplan.identifying), and
        return the places it names, in every form, with their pseudonyms (`Place-A`)."""
        # an email address is replaced whole: its parts ("ella@rhyl.example") are not words of the text
        texts = [EMAIL.sub(" ", text) for text in _strings(case)]
        # a word the case also writes in lower case is a word, not a short name ("Car" of Carys) or a place
        lower = {w.casefold() for text in texts for w in re.findall(r"(?<![\w'’-])[^\W\d_A-Z][\w'’-]*", text)
                 if w[:1].islower()}
        for nick, before in identifying.nicknames(texts, names):
            pseudonym = names.get(before) if before else None
            if nick not in names:
                names[nick] = pseudonym or "[name]"
                given.setdefault(nick, names[nick])
        unknown = sorted(w for w in identifying.words_of(texts) if w not in names and w.casefold() not in lower)
        names.update(identifying.short_forms(unknown, given))
        for written, pseudonym in list(names.items()):
            first, _, rest = written.partition(" ")
            for form in identifying.mutated(first):
                names.setdefault(f"{form} {rest}".strip(), pseudonym)
        found: dict[str, str] = {}
        for place in sorted(identifying.places(texts)):
            first, _, rest = place.partition(" ")
            if first in names or place in names or (not rest and place.casefold() in lower):
                continue
            starts = identifying.radicals(first)
            starts |= {form for radical in list(starts) for form in identifying.mutated(radical)}
            forms = {f"{start} {rest}".strip() for start in starts}
            known = next((found[form] for form in sorted(forms) if form in found), None)
            pseudonym = known or redactor._pseudonym(redactor.things, place, "Place")
            for form in forms:
                found.setdefault(form, pseudonym)
        return found

    def _slug_id(self, slug: str) -> str:
        return "-".join(self.slug_words.get(part, part) for part in slug.split("-"))

    def text(self, text: str) -> str:
        text = EMAIL.sub("[email]", text)
        for pattern in self.births:
            text = pattern.sub("[date of birth]", text)
        text = STREET.sub("[address]", text)
        text = POSTCODE.sub("[postcode]", text)
        text = PHONE.sub("[phone]", text)
        text = NHS_NUMBER.sub("[NHS number]", text)
        if self.things_pattern is not None:
            text = self.things_pattern.sub(lambda m: self.things.get(_fold(m.group(0)).casefold(), "[redacted]"),
                                           text)
        if self.names_pattern is not None:
            # a match the table cannot name (a letter whose capital folds differently) is still taken out
            text = self.names_pattern.sub(
                lambda m: self.exact.get(m.group(0)) or self.names.get(_fold(m.group(0)), "[name]"), text)
        return text

    def copy(self, today: date) -> Case:
        self._today = today
        copied = self._record(self.case)
        # the file's own lines and texts hold the original words: the copy must not carry them
        return dataclasses.replace(copied, lines=[], texts=[])

    def _record(self, record: Record) -> Record:
        changes = {}
        for f in dataclasses.fields(record):
            if f.name in KEEP or not f.init:
                continue
            changes[f.name] = self._value(getattr(record, f.name))
        if isinstance(record, Child) and record.born is not None:
            changes["born"] = _same_age(record, self._today)
        if isinstance(record, Member):
            if record.email:
                changes["email"] = f"{self.ids[record.id]}@example.invalid"
            if record.phone:
                changes["phone"] = "[phone]"
        if getattr(record, "phone", None) and not isinstance(record, Member):
            changes["phone"] = "[phone]"
        return dataclasses.replace(record, **changes)

    def _value(self, value):
        if isinstance(value, Record):
            return self._record(value)
        if isinstance(value, list):
            return [self._value(v) for v in value]
        if isinstance(value, dict):
            return {self._key(k): self._value(v) for k, v in value.items()}
        if isinstance(value, str):
            return self._key(value) if SLUG.match(value) and value in self.ids else self.text(value)
        return value

    def _key(self, key):
        if isinstance(key, str) and key in self.ids:
            return self.ids[key]
        return self.text(key) if isinstance(key, str) else key


def _strings(value):
    """Every piece of text a case holds, in its records, lists and maps (keys too)."""
    if isinstance(value, Record):
        for f in dataclasses.fields(value):
            if f.name not in KEEP and f.init:
                yield from _strings(getattr(value, f.name))
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _alternation(table: dict[str, str], flags: int = 0):
    """One pattern for every text in the table, longest first, as whole words; None if there is none."""
    alternatives = sorted((a for a in table if a.strip()), key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(_loose(a) for a in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _birth_patterns(born: date):
    day, month, year = born.day, born.month, born.year
    forms = [born.isoformat(), rf"0?{day}[/.-]0?{month}[/.-](?:{year}|{year % 100:02d})",
             rf"{day}(?:st|nd|rd|th)?\s+{MONTHS[month - 1]}\s+{year}", rf"{MONTHS[month - 1]}\s+{day}(?:st|nd|rd|th)?,?\s+{year}"]
    return re.compile(r"(?<!\d)(?:" + "|".join(forms) + r")(?!\d)", re.IGNORECASE)


def _same_age(child: Child, today: date) -> date:
    """A date of birth half a year away from the real birthday that gives the same age in years today."""
    age = max(0, child.age_on(today) or 0)
    return add_months(today, -(12 * age + 6))
