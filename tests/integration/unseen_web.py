"""Two small news sites this repository has no profile for, served on 127.0.0.1 (written for these tests).

* ``blog``: an English site in a WordPress-like layout: ``/2026/11/05/<slug>/`` articles, a feed declared in
  ``<head>`` (latest 15), robots.txt naming a sitemap index whose post sitemap lists every article, category
  pages with ``/page/N/`` pagination, author and tag pages, furniture everywhere.
* ``akhbar``: an Arabic site with no feed and no sitemap: ``/akhbar/<id>`` articles reachable only from the
  home page and from section pages paginated with ``?page=N`` (``li.next a``), a ticker, a "most read" box.

Texts come from word lists below, assembled deterministically; nothing is copied from a real site.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EN_SUBJECTS = [
    "The city council",
    "A regional utility",
    "Harbour officials",
    "The farmers' union",
    "A university team",
    "The transport ministry",
    "Local bakers",
    "A coastal village",
    "The football club",
    "Museum curators",
]
EN_VERBS = [
    "approved",
    "postponed",
    "announced",
    "questioned",
    "celebrated",
    "expanded",
    "tested",
    "redesigned",
]
EN_OBJECTS = [
    "a plan for new cycle lanes",
    "the winter ferry timetable",
    "a rooftop solar scheme",
    "the annual lantern festival",
    "a study of river otters",
    "repairs to the old stone bridge",
    "a night market on the quay",
    "free evening classes",
    "a public archive of old maps",
    "a trial of electric buses",
]
EN_TAILS = [
    "after months of debate",
    "despite a wet autumn",
    "with help from volunteers",
    "ahead of the holidays",
    "following complaints from residents",
    "on a tight budget",
    "for the first time in a decade",
]
AR_SUBJECTS = [
    "مجلس المدينة",
    "وزارة النقل",
    "نقابة المزارعين",
    "فريق من الباحثين",
    "إدارة الميناء",
    "جمعية الصيادين",
    "مديرية التعليم",
    "هيئة الآثار",
    "نادي الشباب",
    "غرفة التجارة",
]
AR_VERBS = ["أعلن", "أقر", "أجل", "افتتح", "ناقش", "وسع", "جرب", "أطلق"]
AR_OBJECTS = [
    "خطة لتوسيع الحدائق العامة",
    "جدولا جديدا للعبارات",
    "مشروعا للطاقة الشمسية فوق المدارس",
    "مهرجان الفوانيس السنوي",
    "دراسة عن الطيور المهاجرة",
    "ترميم الجسر الحجري القديم",
    "سوقا ليلية على الكورنيش",
    "دروسا مسائية مجانية",
    "أرشيفا للخرائط القديمة",
    "تجربة للحافلات الكهربائية",
]
AR_TAILS = [
    "بعد أشهر من النقاش",
    "رغم الأمطار الغزيرة",
    "بمساعدة متطوعين",
    "قبل بدء العطلة",
    "بميزانية محدودة",
    "للمرة الأولى منذ عشر سنوات",
    "استجابة لمطالب السكان",
]


@dataclass(frozen=True, slots=True)
class Story:
    path: str
    title: str
    paragraphs: tuple[str, ...]
    published: datetime
    author: str
    section: str


@dataclass
class Site:
    """Pages by path; ``{origin}`` in a page is replaced by the origin it is served from."""

    name: str
    stories: list[Story]
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (content type, text)

    @property
    def article_paths(self) -> list[str]:
        return [s.path for s in self.stories]


def _sentence(rng: random.Random, lang: str, i: int) -> str:
    if lang == "en":
        return (
            f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)} "
            f"{rng.choice(EN_TAILS)}, according to a statement issued on day {i}."
        )
    return f"{rng.choice(AR_SUBJECTS)} {rng.choice(AR_VERBS)} {rng.choice(AR_OBJECTS)} {rng.choice(AR_TAILS)}، وفق بيان صدر في اليوم {i}."


def _paragraphs(rng: random.Random, lang: str, n: int) -> tuple[str, ...]:
    out = []
    for p in range(5):
        out.append(" ".join(_sentence(rng, lang, n * 10 + p * 3 + k) for k in range(3)))
    return tuple(out)


def _slug(words: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in words.split()[:7])


def build_blog(count: int = 60) -> Site:
    rng = random.Random(10)
    sections = ["city", "harbour", "culture", "sport"]
    start = datetime(2026, 10, 1, 7, 30, tzinfo=UTC)
    stories = []
    for n in range(count):
        title = f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)} (report {n + 1})"
        when = start + timedelta(hours=9 * n)
        path = f"/{when:%Y/%m/%d}/{_slug(title)}-{n + 1}/"
        author = ["Mira Castell", "Tom Okafor", "Ines Lund"][n % 3]
        stories.append(Story(path, title, _paragraphs(rng, "en", n), when, author, sections[n % 4]))
    stories.reverse()  # newest first
    site = Site("blog", stories)
    nav = "".join(f'<li><a href="/category/{s}/">{s.title()}</a></li>' for s in sections)
    head = (
        '<link rel="alternate" type="application/rss+xml" title="Feed" href="{origin}/feed/">'
        '<meta property="og:site_name" content="Quayside Chronicle">'
    )

    def page(title: str, main: str) -> str:
        side = "".join(f'<li><a href="{s.path}">{escape(s.title)}</a></li>' for s in stories[:5])
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Quayside '
            f'Chronicle</title>{head}</head><body><header class="site-header"><a href="/">Quayside Chronicle</a>'
            f'<nav class="main-nav"><ul>{nav}<li><a href="/about/">About</a></li></ul></nav></header>'
            f'<div class="wrap"><main>{main}</main><aside class="widget"><h3>Recent posts</h3><ul>{side}</ul>'
            "<h3>Newsletter</h3><p>Sign up for our weekly letter.</p></aside></div><footer><p>© 2026 Quayside "
            'Chronicle. All rights reserved.</p><a href="/privacy/">Privacy</a></footer></body></html>'
        )

    def teaser_list(items: list[Story]) -> str:
        return "".join(
            f'<article class="post"><h2><a href="{s.path}">{escape(s.title)}</a></h2>'
            f"<p>{escape(s.paragraphs[0][:120])}…</p></article>"
            for s in items
        )

    for s in stories:
        body = "".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
        main = (
            f'<article class="post"><h1 class="entry-title">{escape(s.title)}</h1><div class="entry-meta">'
            f'<time class="entry-date published" datetime="{s.published.isoformat()}">'
            f'{s.published:%B %d, %Y}</time> by <span class="author vcard"><a href="/author/'
            f'{_slug(s.author)}/">{escape(s.author)}</a></span></div><div class="entry-content">{body}</div>'
            f'<div class="share">Share this: <a href="/share?u={s.path}">Share</a></div>'
            f'<div class="tags"><a href="/tag/{s.section}/">{s.section}</a></div></article>'
        )
        site.pages[s.path] = ("text/html; charset=utf-8", page(s.title, main))
    site.pages["/"] = ("text/html; charset=utf-8", page("Home", teaser_list(stories[:10])))
    for sec in sections:
        items = [s for s in stories if s.section == sec]
        for i in range(0, len(items), 5):
            n = i // 5 + 1
            nxt = (
                f'<a class="next page-numbers" href="/category/{sec}/page/{n + 1}/">Older posts</a>'
                if i + 5 < len(items)
                else ""
            )
            path = f"/category/{sec}/" if n == 1 else f"/category/{sec}/page/{n}/"
            site.pages[path] = (
                "text/html; charset=utf-8",
                page(sec.title(), teaser_list(items[i : i + 5]) + nxt),
            )
    for extra in ("/about/", "/privacy/"):
        site.pages[extra] = (
            "text/html; charset=utf-8",
            page("About", "<p>We are a small local newsroom.</p>"),
        )
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{{origin}}{s.path}</link>"
        f"<pubDate>{s.published:%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"
        for s in stories[:15]
    )
    site.pages["/feed/"] = (
        "application/rss+xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Quayside'
        f"</title><link>{{origin}}/</link>{items}</channel></rss>",
    )
    site.pages["/robots.txt"] = (
        "text/plain",
        "User-agent: *\nDisallow: /wp-admin/\nSitemap: {origin}/sitemap_index.xml\n",
    )
    site.pages["/sitemap_index.xml"] = (
        "application/xml",
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>{origin}/page-sitemap.xml</loc></sitemap>"
        "<sitemap><loc>{origin}/post-sitemap.xml</loc></sitemap></sitemapindex>",
    )
    locs = "".join(
        f"<url><loc>{{origin}}{s.path}</loc><lastmod>{s.published.isoformat()}</lastmod></url>"
        for s in stories
    )
    site.pages["/post-sitemap.xml"] = (
        "application/xml",
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
    )
    site.pages["/page-sitemap.xml"] = (
        "application/xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>{origin}/about/</loc></url><url><loc>{origin}/privacy/</loc></url></urlset>",
    )
    return site


def build_akhbar(count: int = 45) -> Site:
    rng = random.Random(20)
    sections = [("local", "محليات"), ("economy", "اقتصاد"), ("sport", "رياضة")]
    start = datetime(2026, 9, 20, 6, 0, tzinfo=UTC)
    stories = []
    for n in range(count):
        title = f"{rng.choice(AR_SUBJECTS)} {rng.choice(AR_VERBS)} {rng.choice(AR_OBJECTS)} ({n + 1})"
        when = start + timedelta(hours=7 * n)
        stories.append(
            Story(
                f"/akhbar/{30_000 + n * 7}",
                title,
                _paragraphs(rng, "ar", n),
                when,
                ["سارة منصور", "خالد يوسف"][n % 2],
                sections[n % 3][0],
            )
        )
    stories.reverse()
    site = Site("akhbar", stories)
    nav = "".join(f'<a href="/qism/{key}">{label}</a>' for key, label in sections)
    ticker = "".join(f"<li>{escape(s.title)}</li>" for s in stories[:6])

    def page(title: str, main: str) -> str:
        most = "".join(f'<li><a href="{s.path}">{escape(s.title)}</a></li>' for s in stories[10:15])
        return (
            f'<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>{escape(title)} - أخبار '
            f'الساحل</title></head><body><div class="top"><nav class="menu"><a href="/">الرئيسية</a>{nav}'
            f'<a href="/contact">اتصل بنا</a></nav><ul class="ticker">{ticker}</ul></div><div class="content">'
            f'{main}</div><div class="most-read"><h4>الأكثر قراءة</h4><ol>{most}</ol></div>'
            '<div class="foot">جميع الحقوق محفوظة لأخبار الساحل ٢٠٢٦</div></body></html>'
        )

    def cards(items: list[Story]) -> str:
        return "".join(
            f'<div class="card"><a href="{s.path}"><h3>{escape(s.title)}</h3></a></div>' for s in items
        )

    for s in stories:
        body = "".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
        main = (
            f'<div class="news-item"><h1 class="news-title">{escape(s.title)}</h1><div class="info"><span '
            f'class="writer">كتب: {escape(s.author)}</span> <span class="date" data-time="{s.published.isoformat()}">'
            f'{s.published:%Y/%m/%d %H:%M}</span></div><div class="news-text">{body}</div>'
            f'<div class="related"><h4>اقرأ أيضا</h4>{cards(stories[:3])}</div></div>'
        )
        site.pages[s.path] = ("text/html; charset=utf-8", page(s.title, main))
    site.pages["/"] = ("text/html; charset=utf-8", page("الرئيسية", cards(stories[:12])))
    for key, label in sections:
        items = [s for s in stories if s.section == key]
        for i in range(0, len(items), 6):
            n = i // 6 + 1
            more = (
                f'<ul class="pages"><li class="next"><a href="/qism/{key}?page={n + 1}">التالي</a></li></ul>'
                if i + 6 < len(items)
                else ""
            )
            path = f"/qism/{key}" if n == 1 else f"/qism/{key}?page={n}"
            site.pages[path] = ("text/html; charset=utf-8", page(label, cards(items[i : i + 6]) + more))
    site.pages["/contact"] = ("text/html; charset=utf-8", page("اتصل بنا", "<p>راسلونا على البريد.</p>"))
    site.pages["/robots.txt"] = ("text/plain", "User-agent: *\nDisallow: /search\n")
    return site


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        found = self.site.pages.get(self.path)
        if found is None:
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>not found</body></html>")
            return
        ctype, text = found
        body = text.replace("{origin}", f"http://{self.headers.get('Host')}").encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(site: Site) -> Iterator[str]:
    """``site`` on 127.0.0.1 (an ephemeral port); yields its origin, ``http://127.0.0.1:PORT``."""
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
