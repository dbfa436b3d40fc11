"""Text helpers shared by the held-out layouts: dates as each region writes them, outlet names by script, the
chrome list. Nothing here decides markup: every layout builds its own DOM."""

from __future__ import annotations

import re
import zlib
from datetime import date, datetime

from newscrawl_kit.layouts.base import Source, StoryText

MIN_CHROME = 20  # shorter texts are not listed as chrome (Rendered.chrome)

AR_MONTHS_EG = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
# Levant: Syriac month names.
AR_MONTHS_LEVANT = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
# Morocco writes French-derived month names.
AR_MONTHS_MA = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
)
AR_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ES_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
DE_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def keep(chrome: list[str], *texts: str) -> None:
    """Adds visible non-article texts to the chrome list (only those long enough to be checked)."""
    for text in texts:
        text = " ".join(text.split())
        if len(text) >= MIN_CHROME and text not in chrome:
            chrome.append(text)


def arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_INDIC)


def hijri(d: date) -> tuple[int, int, int]:
    """(year, month, day) in the tabular Islamic calendar, as sites print it next to the Gregorian date."""
    jdn = d.toordinal() + 1721425
    ll = jdn - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    day = ll - (709 * m) // 24
    return 30 * n + j - 30, m, day


def hijri_text(d: date) -> str:
    y, m, day = hijri(d)
    return f"{day} {HIJRI_MONTHS[m - 1]} {y} هـ"


def arabic_date(dt: datetime, months: tuple[str, ...] = AR_MONTHS_EG, weekday: bool = True) -> str:
    text = f"{dt.day} {months[dt.month - 1]} {dt.year}"
    return f"{AR_WEEKDAYS[dt.weekday()]} {text}" if weekday else text


def arabic_time(dt: datetime) -> str:
    """'10:26 ص' / '04:05 م' (12-hour clock with the Arabic am/pm letter)."""
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {'ص' if dt.hour < 12 else 'م'}"


def french_date(dt: datetime, weekday: bool = False) -> str:
    day = "1er" if dt.day == 1 else str(dt.day)
    text = f"{day} {FR_MONTHS[dt.month - 1]} {dt.year}"
    return f"{FR_WEEKDAYS[dt.weekday()]} {text}" if weekday else text


def latin_name(src: Source) -> str:
    """The outlet's name for a page in a Latin-script language."""
    if re.search(r"[\u0600-\u06ff]", src.name) and src.name_latin:
        return src.name_latin
    return src.name


def excerpt(paragraphs: tuple[str, ...], limit: int = 155) -> str:
    """A meta description as CMSs cut it: the first paragraph, shortened at a word boundary."""
    text = paragraphs[0] if paragraphs else ""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def stable_id(text: str, modulo: int = 99991) -> int:
    """A number derived from a text, the same in every process (image names, widget ids)."""
    return zlib.crc32(text.encode("utf-8")) % modulo


def photo_credit(story: StoryText, *fallbacks: str) -> str:
    """The wire a photo caption credits: the story's agency, else the first fallback; never the outlet itself
    (a caption naming the source would credit it on an uncredited copy)."""
    src = story.source
    names = {
        src.name.casefold(),
        (src.name_latin or src.name).casefold(),
        src.domain.split(".")[0].casefold(),
    }
    for wire in (story.agency, *fallbacks):
        if wire and not any(n in wire.casefold() or wire.casefold() in n for n in names):
            return wire
    return ""
