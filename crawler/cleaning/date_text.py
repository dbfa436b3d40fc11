"""Parse one human- or machine-written date string (Arabic or English) into an aware datetime.

The vocabulary is data (month tables, markers); the parser tries every pattern, keeps the match that starts
first in the text (a date line usually leads with the Gregorian date, a Hijri date follows it), then looks for
a clock time and a zone next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.cleaning.text import normalize_text

# A date more than this far after `now` is a parsing error or a ticker/clock artefact, never a publication.
FUTURE_TOLERANCE = timedelta(minutes=10)
MIN_YEAR, MAX_YEAR = 1990, 2100

# Arabic-Indic (U+0660..) and Persian/Urdu (U+06F0..) digits to ASCII; Arabic comma and date separators too.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،٫٬", "01234567890123456789,.,")

# Longest names first inside each alternation, so "كانون الثاني" wins over a bare "كانون".
_MONTHS: dict[str, int] = {
    # Egyptian / Gulf (transliterated) series, with the spelling variants seen on real pages.
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونية": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "أغسطوس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Levantine / Iraqi (Syriac) series.
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "اب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
    # English, full and abbreviated (with optional dot handled by the pattern).
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# The other major news languages, in the forms their date lines print (genitive where the grammar wants it:
# "2 июля 2020", "15 lipca 2020", "19. helmikuuta 2019"). Longer names win, so "mart" never cuts "marts".
_WORLD_MONTHS = {
    1: "janvier enero gennaio janeiro januar januari janúar jänner ianuarie január januára ledna leden "
    "stycznia styczeń siječnja sausio tammikuuta tammikuu ocak ocağı января январь січня enero gener "
    "urtarrila enero ιανουαρίου ιανουάριος enerong enero ژانویه",
    2: "février fevrier febrero febbraio fevereiro februar februari február februarie februára února únor "
    "lutego luty veljače vasario helmikuuta helmikuu şubat şubatı февраля февраль лютого febrer otsaila "
    "φεβρουαρίου φεβρουάριος pebrero فوریه",
    3: "mars marzo março märz maart marts martie március marec března březen marca marzec ožujka kovo "
    "maaliskuuta maaliskuu mart martı марта март березня març martxoa μαρτίου μάρτιος marso maret mac",
    4: "avril abril aprile april aprilie április apríla dubna duben kwietnia kwiecień travnja balandžio "
    "huhtikuuta huhtikuu nisan nisanı апреля апрель квітня apirila απριλίου απρίλιος abril آوریل",
    5: "mai mayo maggio maio mei maj május mája května květen maja svibnja gegužės toukokuuta toukokuu "
    "mayıs mayısı мая май травня maig maiatza μαΐου μαΐου μάιος mayo",
    6: "juin junio giugno junho juni jun júní iunie június júna června červen czerwca czerwiec lipnja "
    "birželio kesäkuuta kesäkuu haziran haziranı июня июнь червня juny ekaina ιουνίου ιούνιος hunyo ژوئن",
    7: "juillet julio luglio julho juli jul júlí iulie július júla července červenec lipca lipiec srpnja "
    "liepos heinäkuuta heinäkuu temmuz temmuzu июля июль липня juliol uztaila ιουλίου ιούλιος hulyo ژوئیه",
    8: "août aout agosto augustus august augusti ágúst augusztus augusta srpna srpen sierpnia sierpień "
    "kolovoza rugpjūčio elokuuta elokuu ağustos ağustosu августа август серпня agost abuztua "
    "αυγούστου αύγουστος agustus ogos اوت",
    9: "septembre septiembre settembre setembro september septembrie szeptember septembra září "
    "września wrzesień rujna rugsėjo syyskuuta syyskuu eylül eylülü сентября сентябрь вересня setembre "
    "iraila σεπτεμβρίου σεπτέμβριος setyembre سپتامبر",
    10: "octobre octubre ottobre outubro oktober október octombrie októbra října říjen października "
    "październik spalio lokakuuta lokakuu ekim ekimi октября октябрь жовтня octubre urria οκτωβρίου "
    "οκτώβριος oktubre اکتبر",
    11: "novembre noviembre novembro november noiembrie nóvember novembra listopadu listopad listopada "
    "studenoga lapkričio marraskuuta marraskuu kasım kasımı ноября ноябрь листопада azaroa "
    "νοεμβρίου νοέμβριος nobyembre نوامبر",
    12: "décembre decembre diciembre dicembre dezembro dezember december desember decembrie desember "
    "decembra prosince prosinec grudnia grudzień prosinca gruodžio joulukuuta joulukuu aralık aralığı "
    "декабря декабрь грудня desembre abendua δεκεμβρίου δεκέμβριος disyembre disember دسامبر",
}
for _number, _names in _WORLD_MONTHS.items():
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)
# A month is any word (or two: "كانون الثاني") that the table knows, looked up after the match: an
# alternation of ~400 names costs a fifth of a second to compile in every process that reads a date.
_WORD = r"[^\W\d_]+"
# "أيار/مايو", "آذار (مارس)": Levantine pages often print both names; the first one is used.
_MONTH = rf"(?P<month>{_WORD}(?:\s{_WORD})?)\.?(?:\s*[/(]\s*{_WORD}\s*\)?)?"
_SEP = r"[\s,.\-/]*(?:(?<=\s)del?\s+)?"  # "15 de mayo de 2020"
# Word boundaries that also work for Arabic letters (\b treats them as word characters, which is what we want,
# but Arabic prefixes such as "في" are separate words so a plain \b is enough).
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{1,2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}(?!\d))?",
    re.IGNORECASE,
)
_COMPACT = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)T(?P<hour>\d\d)(?P<minute>\d\d)"
)
_NAMED = [
    # 20 مايو 2024 / 15 September 2020 / 15th Sep, 2020
    re.compile(rf"(?<!\d){_DAY}{_SEP}{_MONTH}{_SEP}{_YEAR}(?!\d)", re.IGNORECASE),
    # September 15, 2020 / Tue, Sep 15 2020
    re.compile(rf"(?<![^\W\d_]){_MONTH}{_SEP}{_DAY},?{_SEP}{_YEAR}(?!\d)", re.IGNORECASE),
    # 2020. július 2. (Hungarian) / 2020 m. liepos 2 d. (Lithuanian)
    re.compile(rf"(?<!\d){_YEAR}\.?\s*(?:m\.\s*)?{_MONTH}\s*{_DAY}\.?(?!\d)", re.IGNORECASE),
]
# 2020年7月2日 (Chinese, Japanese), 2020년 7월 2일 (Korean), ngày 2 tháng 7 năm 2020 (Vietnamese).
_CJK = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})(?!\d)"
    r"|(?<!\d)(?P<vday>\d{1,2})\s+tháng\s+(?P<vmonth>\d{1,2})(?:\s+năm\s+|[\s,/]+)(?P<vyear>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# The Solar Hijri calendar of Iranian and Afghan pages: "2 تير 1399" (Arabic or Persian yeh and kaf).
_JALALI_MONTHS = {
    "فروردین": 1, "فروردين": 1, "اردیبهشت": 2, "ارديبهشت": 2, "خرداد": 3, "تیر": 4, "تير": 4,
    "مرداد": 5, "شهریور": 6, "شهريور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "دي": 10,
    "بهمن": 11, "اسفند": 12,
}  # fmt: skip
_JALALI = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>"
    + "|".join(sorted(_JALALI_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])\s*(?:ماه\s*)?(?P<year>1[34]\d\d)(?!\d)"
)
_NUMERIC = [
    # 2024/05/20, 2024.05.20, 2020/12/25, 2020. 7. 2. (Korean)
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/.]\s?(?P<month>\d{1,2})[/.]\s?(?P<day>\d{1,2})(?!\d)"),
    # 20-05-2024, 20/05/2024, 20.05.2024 (day first, the Arabic and European order)
    re.compile(r"(?<!\d)(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d\d)(?!\d)"),
]

# "10:26 مـ", "1:59 صباحًا", "03:44 PM", "12:09:08 ب.ظ" (Persian), "9.30am" is rare enough to skip.
_PM = r"م|مـ|مساء|مساءً|مساءا|مساءاً|pm|p\.\s?m\.|ب\.ظ|بعد الظهر"
_AM = r"ص|صباحا|صباحًا|صباحاً|am|a\.\s?m\.|ق\.ظ|قبل الظهر"
_TIME = re.compile(
    rf"(?<![\d:])(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?![\d])"
    rf"(?:\s*(?:(?P<pm>{_PM})|(?P<am>{_AM}))(?![^\W\d_]))?",
    re.IGNORECASE,
)
_ABBREV_ZONES = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "bst": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "msk": 3,
    "ast": 3,  # Arabia Standard Time on Arabic sites (not Atlantic)
    "ist": 5.5,
}
_ZONE = re.compile(
    r"(?<![^\W\d_])(?P<abbr>UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|AST|IST)"
    r"(?:\s*(?P<sign>[+-])\s*(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?)?(?![^\W\d_])"
    r"|(?<![\d:])(?P<sign2>[+-])(?P<hh2>\d{2}):?(?P<mm2>\d{2})(?!\d)",
    re.IGNORECASE,
)

# Relative expressions. Arabic has a dual ("ساعتين" = two hours) and broken plurals.
_UNITS: dict[str, timedelta] = {
    "ثانية": timedelta(seconds=1),
    "ثوان": timedelta(seconds=1),
    "ثواني": timedelta(seconds=1),
    "دقيقة": timedelta(minutes=1),
    "دقائق": timedelta(minutes=1),
    "دقيقه": timedelta(minutes=1),
    "ساعة": timedelta(hours=1),
    "ساعات": timedelta(hours=1),
    "ساعه": timedelta(hours=1),
    "يوم": timedelta(days=1),
    "أيام": timedelta(days=1),
    "ايام": timedelta(days=1),
    "أسبوع": timedelta(weeks=1),
    "اسبوع": timedelta(weeks=1),
    "أسابيع": timedelta(weeks=1),
    "اسابيع": timedelta(weeks=1),
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
_DUALS: dict[str, timedelta] = {
    "ثانيتين": timedelta(seconds=2),
    "دقيقتين": timedelta(minutes=2),
    "دقيقتان": timedelta(minutes=2),
    "ساعتين": timedelta(hours=2),
    "ساعتان": timedelta(hours=2),
    "يومين": timedelta(days=2),
    "يومان": timedelta(days=2),
    "أسبوعين": timedelta(weeks=2),
    "اسبوعين": timedelta(weeks=2),
}
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_AR_AGO = re.compile(rf"(?:منذ|قبل)\s+(?:(?P<n>\d+)\s+)?(?P<unit>{_UNIT_ALT})(?![^\W\d_])")
_AR_DUAL = re.compile(rf"(?:منذ|قبل)\s+(?P<dual>{'|'.join(_DUALS)})")
_EN_AGO = re.compile(rf"(?P<n>\d+|an?|one)\s+(?P<unit>{_UNIT_ALT})s?\s+ago\b", re.IGNORECASE)
_JUST_NOW = re.compile(r"(?:منذ\s+)?(?:لحظات|قليل)|الآن|just now|moments? ago", re.IGNORECASE)
_YESTERDAY = re.compile(r"(?<![^\W\d_])(?:أمس|امس|البارحة|yesterday)(?![^\W\d_])", re.IGNORECASE)
_TODAY = re.compile(r"(?<![^\W\d_])(?:اليوم|today)(?![^\W\d_])", re.IGNORECASE)
# A Hijri date is marked by "هـ" (or "ه") after its year: blank it so its numbers are never read.
_HIJRI = re.compile(
    r"(?<!\d)(?:1[34]\d\d)\s*(?:هـ|ه|AH)(?![^\W\d_])|(?<!\d)\d{1,2}[/-]\d{1,2}[/-]1[34]\d\d(?!\d)"
)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    day: date
    clock: time | None
    offset: timedelta | None


def as_tzinfo(tz: str | tzinfo) -> tzinfo:
    """A tzinfo from a zone name ("Africa/Cairo", "UTC") or an existing tzinfo; unknown names mean UTC."""
    if isinstance(tz, tzinfo):
        return tz
    if tz.upper() in {"UTC", "Z", "GMT"}:
        return UTC
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def prepare(text: str) -> str:
    """Normalised text with ASCII digits, so one set of patterns serves Arabic, Persian and Latin digits."""
    return normalize_text(text).translate(_DIGITS)


def _make_date(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _offset_from(match: re.Match[str]) -> timedelta | None:
    if match.group("sign2"):
        sign = -1 if match.group("sign2") == "-" else 1
        return sign * timedelta(hours=int(match.group("hh2")), minutes=int(match.group("mm2")))
    hours = _ABBREV_ZONES[match.group("abbr").lower()]
    extra = timedelta()
    if match.group("sign"):
        sign = -1 if match.group("sign") == "-" else 1
        extra = sign * timedelta(hours=int(match.group("hh")), minutes=int(match.group("mm") or 0))
    return timedelta(hours=hours) + extra


def _iso_offset(zone: str | None) -> timedelta | None:
    if not zone:
        return None
    if zone.upper() == "Z":
        return timedelta()
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))


def _iso_match(text: str) -> _Match | None:
    for pattern in (_ISO, _COMPACT):
        for m in pattern.finditer(text):
            day = _make_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if day is None:
                continue
            clock = None
            if m.group("hour") is not None:
                second = m.groupdict().get("second")
                try:
                    clock = time(int(m.group("hour")), int(m.group("minute")), int(second or 0))
                except ValueError:
                    clock = None
            zone = m.groupdict().get("zone")
            return _Match(m.start(), m.end(), day, clock, _iso_offset(zone))
    return None


def _month_number(words: str) -> int | None:
    """The month a matched word pair names ("كانون الثاني"), else its first word ("mayo" of "mayo de")."""
    words = words.lower()
    return _MONTHS.get(words) or _MONTHS.get(words.split()[0])


def _calendar_matches(text: str) -> list[_Match]:
    found: list[_Match] = []
    for pattern in _NAMED:
        position = 0
        while (m := pattern.search(text, position)) is not None:
            month = _month_number(m.group("month"))
            if month is None:  # not a month ("Posted September 15"): look again one character on
                position = m.start() + 1
                continue
            position = m.end()
            day = _make_date(int(m.group("year")), month, int(m.group("day")))
            if day:
                found.append(_Match(m.start(), m.end(), day, None, None))
    for m in _CJK.finditer(text):
        y, mo, d = (m.group("year"), m.group("month"), m.group("day"))
        if y is None:
            y, mo, d = (m.group("vyear"), m.group("vmonth"), m.group("vday"))
        day = _make_date(int(y), int(mo), int(d))
        if day:
            found.append(_Match(m.start(), m.end(), day, None, None))
    for m in _JALALI.finditer(text):
        day = _from_jalali(int(m.group("year")), _JALALI_MONTHS[m.group("month")], int(m.group("day")))
        if day:
            found.append(_Match(m.start(), m.end(), day, None, None))
    for pattern in _NUMERIC:
        for m in pattern.finditer(text):
            d, mo, y = int(m.group("day")), int(m.group("month")), int(m.group("year"))
            if mo > 12 >= d:  # 05/20/2024: only month-first reading is possible
                d, mo = mo, d
            day = _make_date(y, mo, d)
            if day:
                found.append(_Match(m.start(), m.end(), day, None, None))
    return found


def _from_jalali(year: int, month: int, day: int) -> date | None:
    """A Solar Hijri date as a Gregorian one: the day count of the 33-year arithmetic cycle (the formula of
    the common jalaali converters), exact for the years news pages print."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    found = date.fromordinal(days - 365)  # the cycle's day 0 is 365 days before date.fromordinal's
    return _make_date(found.year, found.month, found.day)


def _find_clock(text: str, after: int) -> tuple[time | None, int]:
    """The clock time closest after the date (else the first one before it); returns (time, end offset)."""
    best: tuple[int, re.Match[str]] | None = None
    for m in _TIME.finditer(text):
        distance = m.start() - after if m.start() >= after else 10_000 + (after - m.start())
        if best is None or distance < best[0]:
            best = (distance, m)
    if best is None:
        return None, after
    m = best[1]
    hour, minute, second = int(m.group("hour")), int(m.group("minute")), int(m.group("second") or 0)
    if m.group("pm") and hour < 12:
        hour += 12
    elif m.group("am") and hour == 12:
        hour = 0
    if hour > 23:
        return None, after
    return time(hour, minute, second), m.end()


def _fixed(offset: timedelta) -> tzinfo:
    return UTC if not offset else timezone(offset)


def _find_offset(text: str, after: int) -> timedelta | None:
    for m in _ZONE.finditer(text, after):
        return _offset_from(m)
    return None


def _relative(text: str, now: datetime) -> datetime | None:
    m = _AR_DUAL.search(text)
    if m:
        return now - _DUALS[m.group("dual")]
    m = _AR_AGO.search(text)
    if m:
        return now - int(m.group("n") or 1) * _UNITS[m.group("unit")]
    m = _EN_AGO.search(text)
    if m:
        n = m.group("n").lower()
        count = 1 if n in {"a", "an", "one"} else int(n)
        return now - count * _UNITS[m.group("unit").lower()]
    if _JUST_NOW.search(text) and not re.search(r"\d", text):
        return now
    return None


def _day_word(text: str, now: datetime) -> datetime | None:
    """ "أمس 10:30 م" / "yesterday" / "اليوم 09:15": a day relative to `now` in `now`'s zone, with its clock."""
    if _YESTERDAY.search(text):
        day = (now - timedelta(days=1)).date()
    elif _TODAY.search(text) and _TIME.search(text):
        day = now.date()
    else:
        return None
    clock, _ = _find_clock(text, 0)
    return datetime.combine(day, clock or time(0), tzinfo=now.tzinfo)


def parse_date(text: str, tz: str | tzinfo = "UTC", now: datetime | None = None) -> datetime | None:
    """One date string to an aware datetime, or None.

    `tz` is the zone used when the text names none (the site's zone). A result more than a few minutes after
    `now` (default: the current time) is refused: no article is published in the future.
    """
    zone = as_tzinfo(tz)
    now = now or datetime.now(UTC)
    now = now.astimezone(zone) if now.tzinfo else now.replace(tzinfo=zone)
    text = _HIJRI.sub(" ", prepare(text))
    if not text:
        return None

    result: datetime | None
    iso = _iso_match(text)
    calendar = _calendar_matches(text)
    candidates = ([iso] if iso else []) + calendar
    if candidates:
        best = min(candidates, key=lambda c: c.start)
        clock, clock_end = (best.clock, best.end) if best.clock else _find_clock(text, best.end)
        offset = best.offset if best.offset is not None else _find_offset(text, min(clock_end, best.end))
        if offset is not None:
            result = datetime.combine(best.day, clock or time(0), tzinfo=_fixed(offset))
        else:
            result = datetime.combine(best.day, clock or time(0), tzinfo=zone)
    else:
        result = _relative(text, now) or _day_word(text, now)
    if result is None or result > now + FUTURE_TOLERANCE:
        return None
    return result
