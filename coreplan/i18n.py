"""Languages: gettext catalogs for every fixed word coreplan prints, Welsh dates, Welsh bank-holiday names.

The catalogs live in coreplan/locale/ (coreplan.pot, cy/LC_MESSAGES/coreplan.po); the build compiles the .po
to .mo (hatch_build.py), and a checkout without a compiled catalog reads the .po directly, so a translator
can correct the Welsh and see it at once. Practitioners' own text is never translated: only coreplan's.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "coreplan"
LANGUAGES = ("en", "cy")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The official Welsh names (as the UK government publishes them); the holidays package has none.
WELSH_BANK_HOLIDAYS = {
    "New Year's Day": "Dydd Calan",
    "Good Friday": "Dydd Gwener y Groglith",
    "Easter Monday": "Dydd Llun y Pasg",
    "May Day": "Gŵyl Banc Cyntaf Mai",
    "Spring Bank Holiday": "Gŵyl Banc y Gwanwyn",
    "Late Summer Bank Holiday": "Gŵyl Banc yr Haf",
    "Christmas Day": "Dydd Nadolig",
    "Boxing Day": "Gŵyl San Steffan",
    "Platinum Jubilee of Elizabeth II": "Jiwbilî Platinwm y Frenhines Elizabeth II",
    "State Funeral of Queen Elizabeth II": "Angladd Gwladol y Frenhines Elizabeth II",
    "Coronation of Charles III": "Coroni'r Brenin Charles III",
    "Diamond Jubilee of Elizabeth II": "Jiwbilî Diemwnt y Frenhines Elizabeth II",
    "Golden Jubilee of Elizabeth II": "Jiwbilî Aur y Frenhines Elizabeth II",
    "Wedding of William and Catherine": "Priodas William a Catherine",
    "Millennium Celebrations": "Dathliadau'r Mileniwm",
    "75th Anniversary of VE Day": "75 mlynedd ers Diwrnod VE",
    "50th Anniversary of VE Day": "50 mlynedd ers Diwrnod VE",
}
WELSH_DAYS_OFF = {"weekend": "penwythnos", "closure day": "diwrnod cau"}


def N_(message: str) -> str:
    """Mark a message for the catalog without translating it here (it is translated where it is shown)."""
    return message


class English:
    """English, the source language: every message is itself. What gettext.NullTranslations does, without
    importing gettext (with its locale module, about a millisecond of every English check's start-up)."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def pgettext(self, context: str, message: str) -> str:
        return message

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural


@lru_cache(maxsize=None)
def translations(language: str) -> English | gettext.GNUTranslations:  # gettext: imported for Welsh only
    """The catalog for a language; English is the source language and needs none."""
    if language == "en":
        return English()
    import gettext

    compiled = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if compiled.is_file():
        with compiled.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    source = compiled.with_suffix(".po")
    if source.is_file():  # a checkout that has not been built: read the translator's file directly
        import io

        from coreplan import derived

        po = source.read_bytes()
        # compiled once per change of the .po and kept (coreplan.derived): babel's import and the reading of
        # the catalog would otherwise cost more than the rest of a Welsh check or of any render
        mo = derived.cached(f"catalog-{language}", derived.digest([po, language]), lambda: _compile_po(po, language))
        return gettext.GNUTranslations(io.BytesIO(mo))
    raise FileNotFoundError(f"no catalog for language {language!r}")


def _compile_po(po: bytes, language: str) -> bytes:
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po), locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def long_date(day: date | None, language: str = "en") -> str:
    """'2 November 2026' / '2 Tachwedd 2026'."""
    if day is None:
        return ""
    if language == "en":
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale=language)


def month_year(day: date, language: str = "en") -> str:
    """'March 2027' / 'Mawrth 2027' (Welsh month names take no mutation after 'ym mis')."""
    if language == "en":
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return format_date(day, "LLLL y", locale=language)


def weekday_date(day: date | None, language: str = "en") -> str:
    """'Thursday 3 December 2026' / 'dydd Iau 3 Rhagfyr 2026': a meeting a family has to get to.

    Welsh writes 'dydd' in lower case inside a sentence ('erbyn dydd Iau'); babel gives the form that heads a
    line ('Dydd Iau')."""
    if day is None:
        return ""
    if language == "en":
        # not strftime's %A, which follows the machine's locale
        return f"{ENGLISH_WEEKDAYS[day.weekday()]} {long_date(day)}"
    from babel.dates import format_date

    text = format_date(day, "EEEE d MMMM y", locale=language)
    return text[:1].lower() + text[1:] if language == "cy" else text


def short_date(day: date | None, language: str = "en") -> str:
    """'2 Nov 2026' in English (tables are narrow); the full month in Welsh, whose short forms are less known."""
    if day is None:
        return ""
    if language == "en":
        return f"{day.day} {day:%b %Y}"
    return long_date(day, language)


def day_off_name(name: str, language: str = "en") -> str:
    """A bank holiday's (or weekend's) name in the language.

    A substitute day ("Boxing Day (observed)" in the holidays package) is named without brackets of its own,
    because the name is shown inside brackets: "substitute day for Boxing Day", "diwrnod yn lle Gŵyl San
    Steffan" (the UK government calls such a day "Diwrnod yn lle gŵyl banc sy'n disgyn ar benwythnos")."""
    substitute = name.endswith(" (observed)")
    original = name[: -len(" (observed)")] if substitute else name
    if language != "cy":
        return f"substitute day for {original}" if substitute else name
    if name in WELSH_DAYS_OFF:
        return WELSH_DAYS_OFF[name]
    welsh = WELSH_BANK_HOLIDAYS.get(original, original)
    return f"diwrnod yn lle {welsh}" if substitute else welsh


def and_list(items, language: str = "en", shown=str) -> str:
    """'Ella, Osian and Mali' / 'Ella, Osian a Mali' ('ac' before a vowel, as Welsh writes it).

    shown: how each item is written (a document isolates a name written right to left, coreplan.bidi)."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(shown(item) for item in items)
    last = items[-1]
    if language == "cy":
        conjunction = "ac" if last[:1].lower() in "aeiouwyâêîôûŵŷ" else "a"
    else:
        conjunction = "and"
    return f"{', '.join(shown(item) for item in items[:-1])} {conjunction} {shown(last)}"
