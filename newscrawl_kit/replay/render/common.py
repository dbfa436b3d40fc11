"""Shared pieces of the replay sites: the article copy, dates in Arabic, feeds, sitemaps and robots.txt."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from zoneinfo import ZoneInfo

from newscrawl_kit.replay.content import OUTLETS, Outlet, Story
from newscrawl_kit.replay.web import http_date, normalize_path


def esc(text: str) -> str:
    return escape(text, quote=True)


@dataclass(slots=True)
class Copy:
    """One article page: a story as it appears on one site (its original or an aggregator's copy)."""

    story: Story
    host: str
    path: str
    title: str
    paragraphs: list[str]
    published_at: datetime
    is_original: bool
    credit: str | None  # how the page credits its source (site-specific style), None: no credit at all
    num: int = 0  # the page's numeric id on its site
    variant: str = "full"
    original: Copy | None = None  # the outlet's own copy (None for originals and aggregator-only stories)
    next: Copy | None = None  # the "next story" link some aggregators show
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://{self.host}{normalize_path(self.path)}"

    @property
    def outlet(self) -> Outlet | None:
        return OUTLETS[self.story.outlet] if self.story.outlet else None

    @property
    def language(self) -> str:
        return self.story.language


# -- Arabic dates ----------------------------------------------------------------------------------------
MONTHS_EG = (
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
MONTHS_LEVANT = (
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
WEEKDAYS_AR = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
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
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def indic(text: str) -> str:
    """Latin digits -> Arabic-Indic digits."""
    return text.translate(_INDIC)


def ar_date(d: date, *, weekday: bool = True, levant: bool = False) -> str:
    """'الإثنين 5 أكتوبر 2026' (or with the Levantine month names)."""
    month = (MONTHS_LEVANT if levant else MONTHS_EG)[d.month - 1]
    text = f"{d.day} {month} {d.year}"
    return f"{WEEKDAYS_AR[d.weekday()]} {text}" if weekday else text


def ar_clock(dt: datetime, marker: str = "short") -> str:
    """'02:30 م' (12-hour clock with the Arabic am/pm marker; "long": صباحًا/مساءً)."""
    hour = dt.hour % 12 or 12
    pm = dt.hour >= 12
    long_form = ("مساءً", "صباحًا")
    suffix = (long_form if marker == "long" else ("م", "ص"))[0 if pm else 1]
    return f"{hour:02d}:{dt.minute:02d} {suffix}"


def _islamic_to_jd(y: int, m: int, d: int) -> float:
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + math.floor((3 + 11 * y) / 30) + 1948439.5 - 1


def hijri(d: date) -> tuple[int, int, int]:
    """Tabular (arithmetical) Islamic calendar: may differ by a day from the official one, as on real sites."""
    jd = math.floor(d.toordinal() + 1721424.5) + 0.5
    y = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    m = min(12, math.ceil((jd - (29 + _islamic_to_jd(y, 1, 1))) / 29.5) + 1)
    day = int(jd - _islamic_to_jd(y, m, 1) + 1)
    return y, m, day


def hijri_text(d: date) -> str:
    y, m, day = hijri(d)
    return f"{day} {HIJRI_MONTHS[m - 1]} {y} هـ"


def local(dt: datetime, zone: str) -> datetime:
    return dt.astimezone(ZoneInfo(zone))


# -- text helpers ----------------------------------------------------------------------------------------
_NON_WORD = re.compile(r"[^\w\s-]", re.UNICODE)


def slugify(text: str, words: int = 8) -> str:
    """Lower-case words joined by '-' (Arabic letters kept, punctuation dropped)."""
    parts = _NON_WORD.sub(" ", text.lower()).split()
    return "-".join(parts[:words])


def summary(paragraphs: list[str], limit: int = 160) -> str:
    first = paragraphs[0] if paragraphs else ""
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"


# -- feeds, sitemaps, robots -----------------------------------------------------------------------------
def rss(title: str, link: str, language: str, copies: list[Copy], *, encoding: str = "utf-8") -> str:
    items = []
    for c in copies:
        items.append(
            f"<item><title>{esc(c.title)}</title><link>{esc(c.url)}</link>"
            f'<guid isPermaLink="true">{esc(c.url)}</guid><pubDate>{http_date(c.published_at)}</pubDate>'
            f"<description>{esc(summary(c.paragraphs))}</description></item>"
        )
    built = http_date(max((c.published_at for c in copies), default=datetime(2026, 10, 1).astimezone()))
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>{esc(title)}</title><link>{esc(link)}</link><description>{esc(title)}</description>"
        f"<language>{language}</language><lastBuildDate>{built}</lastBuildDate>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def atom(title: str, link: str, feed_url: str, copies: list[Copy]) -> str:
    entries = []
    for c in copies:
        entries.append(
            f'<entry><title>{esc(c.title)}</title><link rel="alternate" href="{esc(c.url)}"/>'
            f"<id>{esc(c.url)}</id><published>{c.published_at.isoformat()}</published>"
            f"<updated>{c.published_at.isoformat()}</updated><summary>{esc(summary(c.paragraphs))}</summary>"
            "</entry>"
        )
    updated = max((c.published_at for c in copies), default=datetime(2026, 10, 1).astimezone()).isoformat()
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>{esc(title)}</title><link href="{esc(link)}"/><link rel="self" href="{esc(feed_url)}"/>'
        f"<id>{esc(link)}</id><updated>{updated}</updated>" + "".join(entries) + "</feed>\n"
    )


def urlset(copies: list[Copy], extra_urls: Sequence[str] = ()) -> str:
    rows = [f"<url><loc>{esc(u)}</loc></url>" for u in extra_urls]
    rows += [
        f"<url><loc>{esc(c.url)}</loc><lastmod>{c.published_at.isoformat()}</lastmod></url>" for c in copies
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(rows) + "</urlset>\n"
    )


def sitemap_index(entries: list[tuple[str, datetime]]) -> str:
    rows = [f"<sitemap><loc>{esc(u)}</loc><lastmod>{m.isoformat()}</lastmod></sitemap>" for u, m in entries]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(rows)
        + "</sitemapindex>\n"
    )


def news_sitemap(publication: str, language: str, copies: list[Copy]) -> str:
    rows = [
        f"<url><loc>{esc(c.url)}</loc><news:news><news:publication><news:name>{esc(publication)}</news:name>"
        f"<news:language>{language}</news:language></news:publication>"
        f"<news:publication_date>{c.published_at.isoformat()}</news:publication_date>"
        f"<news:title>{esc(c.title)}</news:title></news:news></url>"
        for c in copies
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(rows) + "</urlset>\n"
    )


def robots(host: str, sitemaps: list[str]) -> str:
    lines = ["User-agent: *", "Disallow: /search", "Disallow: /share", ""]
    lines += [f"Sitemap: http://{host}{p}" for p in sitemaps]
    return "\n".join(lines) + "\n"


def not_found_page(language: str) -> str:
    message = "الصفحة غير موجودة" if language == "ar" else "Page not found"
    return f"<!DOCTYPE html><html><head><title>404</title></head><body><h1>{message}</h1></body></html>"
