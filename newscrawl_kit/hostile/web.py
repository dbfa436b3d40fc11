"""Pages for the hostile web: a small site shaped like the replay web's ``mogaz.test`` (so the bundled
``mogaz`` profile crawls it), and the hostile things put into it (bombs, huge pages, traps).

The article texts are written here, for these tests.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterable, Iterator
from functools import cache
from html import escape

from newscrawl_kit.hostile.server import HostileServer, page

HOST = "mogaz.test"
SITE = "mogaz"
MiB = 1024 * 1024

_SENTENCES = (
    "قالت الهيئة العامة للأرصاد الجوية إن الطقس سيكون معتدلا خلال الأيام المقبلة على أغلب الأنحاء.",
    "وأضافت في بيان لها أن درجات الحرارة ستتراوح بين عشرين وخمسة وعشرين درجة مئوية في العاصمة.",
    "ونصحت المواطنين بمتابعة النشرات الجوية الصادرة عنها بشكل دوري خلال الفترة المقبلة.",
    "وأشار البيان إلى أن الرياح ستكون شمالية غربية خفيفة إلى معتدلة السرعة على السواحل.",
    "كما توقعت الهيئة تحسنا تدريجيا في الرؤية الأفقية مع ساعات النهار في المناطق الداخلية.",
    "وتابعت أن فرص سقوط الأمطار تبقى ضعيفة على المحافظات الجنوبية حتى نهاية الأسبوع الجاري.",
)
_TOPICS = (
    "الطقس",
    "الأسواق",
    "الزراعة",
    "النقل",
    "التعليم",
    "الصحة",
    "الرياضة",
    "الثقافة",
    "الطاقة",
    "المياه",
)


def article_url(n: int) -> str:
    return f"http://{HOST}/news/{n}"


def article_title(n: int) -> str:
    return f"تقرير رقم {n} عن {_TOPICS[n % len(_TOPICS)]} في محافظات البلاد"


_WORDS = [
    "الحكومة",
    "الوزارة",
    "المحافظة",
    "المواطنين",
    "المشروع",
    "الخطة",
    "الميزانية",
    "الأسعار",
    "الأسواق",
    "المدارس",
    "الطلاب",
    "المستشفيات",
    "الأطباء",
    "المزارعين",
    "المحاصيل",
    "المياه",
    "الكهرباء",
    "الطرق",
    "القطارات",
    "الموانئ",
    "الصادرات",
    "الواردات",
    "الشركات",
    "العمال",
    "الأجور",
    "الضرائب",
    "البنك",
    "القروض",
    "الاستثمار",
    "المصانع",
    "الطاقة",
    "الوقود",
    "الشتاء",
    "الصيف",
    "الأمطار",
    "الرياح",
    "الحرارة",
    "أعلنت",
    "أكدت",
    "أوضحت",
    "قررت",
    "بدأت",
    "أنهت",
    "رفعت",
    "خفضت",
    "افتتحت",
    "ناقشت",
    "وافقت",
    "رفضت",
    "طالبت",
    "توقعت",
    "سجلت",
    "اليوم",
    "أمس",
    "غدا",
    "خلال",
    "بعد",
    "قبل",
    "نحو",
    "أكثر",
    "أقل",
    "جديدة",
    "كبيرة",
    "صغيرة",
    "عامة",
    "خاصة",
    "محلية",
    "دولية",
]


def article_paragraphs(n: int) -> list[str]:
    """Three to five paragraphs of text that no other article shares (seeded by ``n``): a site's repeated
    lines are its chrome, which extraction learns and strips."""
    rng = random.Random(n)
    return [
        " ".join(rng.choice(_WORDS) for _ in range(rng.randint(14, 22))) + f" ({n}.{i})."
        for i in range(3 + n % 3)
    ]


def article_html(
    n: int,
    *,
    title: str | None = None,
    paragraphs: Iterable[str] | None = None,
    canonical: str | None = None,
    extra_head: str = "",
) -> str:
    """An article page the ``mogaz`` profile extracts: distinct text per ``n`` (no two are near-duplicates)."""
    title = title or article_title(n)
    if paragraphs is None:
        paragraphs = article_paragraphs(n)
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    canonical_link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return (
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>{canonical_link}{extra_head}</head><body>"
        f'<h1 class="news-title">{escape(title)}</h1>'
        '<div class="news-meta"><span class="news-date">2026-11-30T10:00:00+02:00</span></div>'
        f'<div id="NewsStory">{body}</div></body></html>'
    )


def rss(links: Iterable[str], doctype: str = "") -> str:
    items = "".join(f"<item><title>خبر</title><link>{escape(u)}</link></item>" for u in links)
    return f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel><title>موجز</title>{items}</channel></rss>'


def urlset(links: Iterable[str]) -> str:
    locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in links)
    return f'<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'


def sitemap_index(links: Iterable[str]) -> str:
    locs = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in links)
    return f'<?xml version="1.0" encoding="utf-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'


BILLION_LAUGHS = (
    '<!DOCTYPE rss [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + "]>"
)


def serve_site(
    server: HostileServer,
    articles: Iterable[int],
    *,
    feed: Iterable[int] | None = None,
    robots: str | None = "User-agent: *\nAllow: /\n",
) -> None:
    """A plain site: its feed links ``feed`` (default: every article), empty sitemap and listing."""
    numbers = list(articles)
    for n in numbers:
        server.add_page(article_url(n), article_html(n))
    links = [article_url(n) for n in (numbers if feed is None else feed)]
    server.add_page(f"http://{HOST}/rss.xml", rss(links), content_type="application/rss+xml")
    server.add_page(f"http://{HOST}/sitemap-news.xml", urlset([]), content_type="application/xml")
    server.add_page(f"http://{HOST}/section/news", "<html><body><p>لا جديد</p></body></html>")
    if robots is not None:
        server.add_page(f"http://{HOST}/robots.txt", robots, content_type="text/plain")


# -- bombs and giants -----------------------------------------------------------------------------------
def _zeros(total: int, chunk: int = MiB) -> Iterator[bytes]:
    block = b"<p>" + b"\0" * (chunk - 7) + b"</p>\n"
    for _ in range(total // chunk):
        yield block


@cache
def gzip_bomb(expanded: int = 300 * MiB) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    return b"".join(z.compress(c) for c in _zeros(expanded)) + z.flush()


@cache
def deflate_bomb(expanded: int = 300 * MiB) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 15)  # zlib container, as HTTP "deflate" means
    return b"".join(z.compress(c) for c in _zeros(expanded)) + z.flush()


@cache
def brotli_bomb(expanded: int = 300 * MiB) -> bytes:
    import brotli

    c = brotli.Compressor(quality=5)
    return b"".join(c.process(x) for x in _zeros(expanded)) + c.finish()


@cache
def sitemap_gz_bomb(expanded: int = 200 * MiB) -> bytes:
    """A ``.xml.gz`` sitemap (its own gzip layer, no Content-Encoding) that expands to ``expanded`` bytes."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = urlset([article_url(1)]).encode()[: -len("</urlset>")]
    filler = b"<!-- " + b"x" * (MiB - 9) + b" -->"
    return z.compress(head) + b"".join(z.compress(filler) for _ in range(expanded // MiB)) + z.flush()


def giant(total: int, chunk: int = MiB) -> Iterator[bytes]:
    """``total`` bytes of plausible HTML paragraphs, produced chunk by chunk (never held whole)."""
    line = ("<p>" + " ".join(_SENTENCES) + "</p>\n").encode("utf-8")
    block = line * max(1, chunk // len(line))
    sent = 0
    yield b"<html><body><h1 class='news-title'>giant</h1><div id='NewsStory'>"
    while sent < total:
        yield block
        sent += len(block)
    yield b"</div></body></html>"


def serve_hostile_site(server: HostileServer, good: Iterable[int], first_bomb: int = 100) -> dict[str, str]:
    """``serve_site`` plus every bomb and giant: linked from the feed, and a sitemap that is a bomb itself.
    Returns url -> what it is, for the bombs."""
    numbers = list(good)
    serve_site(server, numbers)
    bombs = bomb_routes(server, first_bomb)
    links = [article_url(n) for n in numbers] + list(bombs)
    server.add_page(f"http://{HOST}/rss.xml", rss(links), content_type="application/rss+xml")
    server.add(f"http://{HOST}/sitemap-news.xml", page(sitemap_gz_bomb(), content_type="application/x-gzip"))
    return bombs


def bomb_routes(server: HostileServer, first: int) -> dict[str, str]:
    """Bombs and giants as articles ``first`` .. ``first + 5``; returns url -> what it is."""
    kinds: dict[str, str] = {}

    def encoded(body: bytes, coding: str) -> None:
        url = article_url(first + len(kinds))
        server.add(url, page(body, headers={"Content-Encoding": coding}))
        kinds[url] = f"{coding} bomb"

    encoded(gzip_bomb(), "gzip")
    encoded(deflate_bomb(), "deflate")
    encoded(brotli_bomb(), "br")

    size = 40 * MiB
    url = article_url(first + len(kinds))
    server.add(url, lambda ex: ex.stream(giant(size), length=size + 64))
    kinds[url] = "40 MiB page (Content-Length)"
    url = article_url(first + len(kinds))
    server.add(url, lambda ex: ex.stream(giant(size)))
    kinds[url] = "40 MiB page (chunked, no length)"
    return kinds
