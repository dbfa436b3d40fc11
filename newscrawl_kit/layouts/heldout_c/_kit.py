"""Small helpers shared by the set-C layouts: dates in each language, teaser picking, slug guards, datelines.

Only presentation helpers live here; every layout writes its own template and its own credit wording.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

from newscrawl_kit.layouts.base import CopySpec, Teaser, esc

RTL = {"ar", "fa", "ur", "he"}

_AR_MONTHS_EG = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
_AR_MONTHS_LEV = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")  # fmt: skip
_AR_DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")  # fmt: skip
_TR_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")  # fmt: skip
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_date(dt: datetime, *, levant: bool = False, indic: bool = False, weekday: bool = True) -> str:
    months = _AR_MONTHS_LEV if levant else _AR_MONTHS_EG
    hour = dt.hour % 12 or 12
    marker = "ص" if dt.hour < 12 else "م"
    text = f"{dt.day} {months[dt.month - 1]} {dt.year} - {hour}:{dt.minute:02d} {marker}"
    if weekday:
        text = f"{_AR_DAYS[dt.weekday()]} {text}"
    return text.translate(_INDIC) if indic else text


def fr_date(dt: datetime) -> str:
    return f"{dt.day} {_FR_MONTHS[dt.month - 1]} {dt.year} à {dt.hour}h{dt.minute:02d}"


def es_date(dt: datetime) -> str:
    return f"{dt.day} de {_ES_MONTHS[dt.month - 1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d}"


def de_date(dt: datetime) -> str:
    return f"{dt.day}. {_DE_MONTHS[dt.month - 1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"


def tr_date(dt: datetime) -> str:
    return f"{dt.day:02d} {_TR_MONTHS[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}"


def en_date(dt: datetime, *, us: bool = False) -> str:
    month = dt.strftime("%B")
    hour = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    if us:
        return f"{month} {dt.day}, {dt.year}, {hour}:{dt.minute:02d} {ampm}"
    return f"{dt.day} {month} {dt.year} {dt.hour:02d}:{dt.minute:02d}"


def ago(spec: CopySpec, lang: str) -> str:
    """A relative time as apps show it ("3 hours ago"), from the seed: apps render it at view time."""
    h = 1 + spec.seed % 9
    return {
        "ar": f"منذ {h} ساعات" if h > 2 else ("منذ ساعتين" if h == 2 else "منذ ساعة"),
        "fr": f"il y a {h} h",
        "es": f"hace {h} h",
        "de": f"vor {h} Std.",
        "tr": f"{h} saat önce",
    }.get(lang, f"{h}h ago" if spec.seed % 2 else f"{h} hours ago")


def pick(spec: CopySpec, start: int, n: int) -> list[Teaser]:
    """``n`` teasers from ``start`` (wrapping), long enough to be checked as chrome."""
    items = [t for t in spec.teasers if len(t.title) >= 20]
    if not items:
        return []
    return [items[(start + i) % len(items)] for i in range(min(n, len(items)))]


def titles(items: list[Teaser]) -> list[str]:
    return [t.title for t in items]


def choose(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return options[rng.randrange(len(options))]


def slug_url_guard(spec: CopySpec) -> None:
    """A copy at a URL naming its source is credited by that URL: refuse to label it uncredited."""
    slug = spec.story.source.slug
    if spec.family is None and slug and f"/{slug}/" in spec.url:
        raise ValueError(f"uncredited copy at a URL carrying the source slug {slug!r}: {spec.url}")


def photo_credit(spec: CopySpec, options: tuple[str, ...]) -> str:
    """A photo credit naming a wire or photo agency that is not the story's source (captions credit pictures)."""
    src = spec.story.source
    names = {src.name, src.name_latin or "", src.domain, spec.story.agency or ""}
    allowed = [o for o in options if not any(n and (n in o or o in n) for n in names)]
    return choose(spec.rng, allowed or ["Archive"])


def add_dateline(spec: CopySpec, opener: str) -> tuple[str, ...]:
    """The body with ``opener`` in front of the first paragraph, unless the text already opens with a dateline
    (wire copy often does: then the page shows it as the text has it)."""
    ps = list(spec.paragraphs)
    if not ps:
        return tuple(ps)
    src = spec.story.source
    opens_with_dateline = re.search(r"\)\s*[-–—:]|\s[-–—]\s", ps[0][:60]) is not None
    if src.name in ps[0][:80] or (src.name_latin and src.name_latin in ps[0][:80]) or opens_with_dateline:
        return tuple(ps)
    ps[0] = f"{opener} {ps[0]}"
    return tuple(ps)


def host_link(host: str, path: str = "/") -> str:
    return f"https://{host}{path}"


def share_bar(url: str, labels: tuple[str, str, str, str]) -> str:
    """Share buttons pointing at the copy's own URL (as every aggregator has them)."""
    u = esc(url)
    return (
        '<div class="share">'
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={u}">{esc(labels[0])}</a>'
        f'<a class="x" href="https://twitter.com/intent/tweet?url={u}">{esc(labels[1])}</a>'
        f'<a class="wa" href="https://api.whatsapp.com/send?text={u}">{esc(labels[2])}</a>'
        f'<a class="tg" href="https://t.me/share/url?url={u}">{esc(labels[3])}</a>'
        "</div>"
    )
