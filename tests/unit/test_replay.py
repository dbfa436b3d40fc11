"""The replay web: content, truth, and the server (proxy form and Host-header form) on 127.0.0.1."""

from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from html import escape, unescape
from urllib.parse import urlsplit

import pytest

from crawler.sites import profile_for_url
from newscrawl_kit import replay_profiles
from newscrawl_kit.replay.content import OUTLETS
from newscrawl_kit.replay.demo import STORIES
from newscrawl_kit.replay.generator import build_large_web
from newscrawl_kit.replay.headlines import TICKER_AR, TRENDING_EN
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb, build_demo_web

TODAY = date(2026, 11, 29)
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "atom": "http://www.w3.org/2005/Atom"}
BOILERPLATE = (
    "جميع الحقوق محفوظة",
    "اشترك فى النشرة البريدية",
    "تابعنا على مواقع التواصل",
    "التالى #",
    "نشر في",
    "ويمكنك قراءة ومتابعة",
    "أخبار عاجلة",
    "Source:",
    "Originally published",
    "first appeared in",
    "Sign up for our free daily newsletter",
    "Share:",
    "— AP",
)


@pytest.fixture(scope="module")
def web() -> ReplayWeb:
    return build_demo_web(TODAY)


@pytest.fixture(scope="module")
def server(web: ReplayWeb) -> Iterator[ReplayServer]:
    with ReplayServer(web) as srv:
        yield srv


def fetch(
    server: ReplayServer,
    url: str,
    headers: dict[str, str] | None = None,
    *,
    proxy: bool = True,
    method: str = "GET",
) -> tuple[int, dict[str, str], bytes]:
    """One request, either absolute-URI (as through a proxy) or origin-form with a Host header."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    parts = urlsplit(url)
    target = url if proxy else (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    hdrs = dict(headers or {})
    if not proxy:
        hdrs["Host"] = parts.netloc
    conn.request(method, target, headers=hdrs)
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body


# -- content ------------------------------------------------------------------------------------------------
def test_stories_are_enough_and_dated_in_the_window() -> None:
    ar = [s for s in STORIES if s.language == "ar"]
    en = [s for s in STORIES if s.language == "en"]
    assert len(STORIES) >= 30 and len(ar) >= 20 and len(en) >= 10
    assert len({s.key for s in STORIES}) == len(STORIES)
    lo, hi = datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 21, tzinfo=UTC)
    for s in STORIES:
        assert s.published.tzinfo is not None and lo <= s.published < hi, s.key
        assert 4 <= len(s.paragraphs) <= 8, s.key
        assert s.outlet is None or s.outlet in OUTLETS


def test_every_outlet_story_has_its_original_on_the_outlet_site(web: ReplayWeb) -> None:
    originals = {t.story_key: t for t in web.truth.values() if t.is_original}
    for s in STORIES:
        if s.outlet is None:
            assert s.key not in originals
            continue
        t = originals[s.key]
        assert t.site == OUTLETS[s.outlet].host and t.original_url == t.url
        assert t.paragraphs == s.paragraphs and t.outlet_name == OUTLETS[s.outlet].name
    for t in web.truth.values():
        if not t.is_original and t.outlet_name is not None:
            assert t.original_url in web.truth and web.truth[t.original_url].is_original


def test_hard_cases_are_present(web: ReplayWeb) -> None:
    by_key = {s.key: s for s in STORIES}
    # Two stories about the same event stay two stories (different text, no shared paragraph).
    a, b = by_key["ar-metro-trial"], by_key["ar-metro-riders"]
    assert not set(a.paragraphs) & set(b.paragraphs)
    # Follow-ups reuse exactly one paragraph of the earlier story.
    for first, follow in (
        ("ar-nile-level", "ar-nile-level-followup"),
        ("en-opec-output", "en-opec-followup"),
    ):
        assert len(set(by_key[first].paragraphs) & set(by_key[follow].paragraphs)) == 1
    variants = {t.variant for t in web.truth.values()}
    assert {"full", "truncated", "edited"} <= variants
    uncredited = [t for t in web.truth.values() if not t.credited]
    assert len(uncredited) >= 3
    assert all(t.outlet_name is None and t.original_url is None and not t.is_original for t in uncredited)
    assert len({t.site for t in uncredited}) >= 3


def test_truth_covers_every_article_page_and_nothing_else(web: ReplayWeb) -> None:
    for host in web.hosts:
        profile = profile_for_url(f"http://{host}/")
        assert profile is not None, host
        articles = {u for u in web.urls(host) if profile.is_article_url(u)}
        assert articles == set(web.article_urls(host)), host
    for url, t in web.truth.items():
        assert url in web and t.url == url


def test_truth_bodies_are_clean(web: ReplayWeb) -> None:
    headlines = set(TICKER_AR) | set(TRENDING_EN)
    for t in web.truth.values():
        assert t.paragraphs and all(p.strip() == p and p for p in t.paragraphs)
        for phrase in BOILERPLATE:
            assert phrase not in t.body, (t.url, phrase)
        for h in headlines:
            assert h not in t.body, (t.url, h)


def test_aggregator_pages_show_their_furniture_and_credit(web: ReplayWeb) -> None:
    mogaz = [t for t in web.truth.values() if t.site == "mogaz.test"]
    for t in mogaz:
        html = web.text(t.url)
        assert "أخبار عاجلة" in html and "اشترك فى النشرة البريدية" in html and "التالى #" in html
        assert "&nbsp;" in html
        if t.outlet_name:
            assert f"جميع الحقوق محفوظة لمصدر الخبر {t.outlet_name} وتحت مسؤليتة" in html
            # The "next" story is credited to a different outlet than the page's own.
            nxt = re.search(r"التالى #([^<]+?) - #", html)
            assert nxt and nxt.group(1) != t.outlet_name
    today_text = "الأحد 29 نوفمبر 2026"
    for t in (t for t in web.truth.values() if t.site == "masress.test"):
        html = web.text(t.url)
        assert today_text in html and f'نشر في <a href="/{urlsplit(t.url).path.split("/")[1]}">' in html
        ticker = re.search(r'<div id="topnews"[^>]*><div class="inner">(.*?)</div>', html)
        assert ticker and 15 <= ticker.group(1).count("    ") <= 20
        assert f'href="{escape(t.original_url or "")}"' in html


def test_oldnews_is_windows_1256_without_charset_header(web: ReplayWeb) -> None:
    pages = [t for t in web.truth.values() if t.site == "oldnews.test"]
    metas = set()
    for t in pages:
        res = web.get_url(t.url)
        assert res is not None and res.content_type == "text/html"
        with pytest.raises(UnicodeDecodeError):
            res.body.decode("utf-8")
        html = res.body.decode("windows-1256")
        assert t.title in html
        metas.add("charset=windows-1256" in html)
    assert metas == {True, False}  # some pages declare it in <meta>, some nowhere


def test_jsnews_is_empty_without_javascript(web: ReplayWeb) -> None:
    for t in (t for t in web.truth.values() if t.site == "jsnews.test"):
        shell = web.text(t.url)
        assert '<div id="app"></div>' in shell and t.paragraphs[0] not in shell
        num = int(t.url.rsplit("/", 1)[1])
        data = json.loads(web.text(f"http://jsnews.test/api/article/{num}.json"))
        assert data["title"] == t.title and data["paragraphs"] == list(t.paragraphs)
    listing = web.text("http://jsnews.test/")
    blob = re.search(r'<script id="__DATA__" type="application/json">(.*?)</script>', listing)
    assert blob and json.loads(blob.group(1))["items"]
    # The DOM the script builds (used by the fixtures) holds the whole text and the marker wait_for expects.
    for t in (t for t in web.truth.values() if t.site == "jsnews.test"):
        dom = web.rendered_dom[t.url]
        assert '<div id="app" class="loaded">' in dom and all(p in dom for p in t.paragraphs)


# -- the server ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("proxy", [True, False], ids=["proxy-form", "host-header"])
def test_every_site_serves_robots_feed_sitemap_listings_and_articles(
    web: ReplayWeb, server: ReplayServer, proxy: bool
) -> None:
    profiles = replay_profiles()
    assert {h for p in profiles.values() for h in p.hosts} == set(web.hosts)
    for profile in profiles.values():
        host = profile.hosts[0]
        status, _, body = fetch(server, f"http://{host}/robots.txt", proxy=proxy)
        assert status == 200 and b"Disallow: /search" in body
        sitemap_lines = [
            line.split(" ", 1)[1] for line in body.decode().splitlines() if line.startswith("Sitemap:")
        ]
        assert sitemap_lines == list(profile.sitemaps[:1])

        for feed in profile.feeds:
            status, headers, body = fetch(server, feed, proxy=proxy)
            assert status == 200 and ("rss" in headers["content-type"] or "atom" in headers["content-type"])
            root = ET.fromstring(body)
            links = [e.text for e in root.iter("link")] + [
                e.get("href") for e in root.iter("{http://www.w3.org/2005/Atom}link")
            ]
            assert any(u in web.truth for u in links), feed

        found: set[str] = set()
        pending = list(profile.sitemaps)
        while pending:
            status, _, body = fetch(server, pending.pop(), proxy=proxy)
            assert status == 200
            root = ET.fromstring(body)
            pending += [e.text for e in root.findall("sm:sitemap/sm:loc", NS) if e.text]
            found |= {e.text for e in root.findall("sm:url/sm:loc", NS) if e.text}
        assert set(web.article_urls(host)) <= found, host

        # Listing pages: follow "next" to the end; together they link every article.
        url: str | None = profile.listings[0]
        linked: set[str] = set()
        pages = 0
        while url:
            status, _, body = fetch(server, url, proxy=proxy)
            assert status == 200, url
            html = body.decode(profile_encoding(host))
            pages += 1
            linked |= {
                f"http://{host}{unescape(h)}" for h in re.findall(r'(?:href="|"url": ")(/[^"]+)"', html)
            }
            nxt = re.search(r'<a class="[^"]*" rel="next" href="([^"]+)"', html) or re.search(
                r'"next": "([^"]+)"', html
            )
            url = f"http://{host}{nxt.group(1).replace('&amp;', '&')}" if nxt else None
        assert pages >= 2, host
        assert {u for u in web.article_urls(host)} <= {normalize(u) for u in linked}, host

        for article in web.article_urls(host)[:3]:
            status, headers, body = fetch(server, article, proxy=proxy)
            assert status == 200 and headers["etag"] and headers["last-modified"]
            if host != "jsnews.test":
                assert escape(web.truth[article].title) in body.decode(profile_encoding(host))


def profile_encoding(host: str) -> str:
    return "windows-1256" if host == "oldnews.test" else "utf-8"


def normalize(url: str) -> str:
    from newscrawl_kit.replay.web import split_url

    host, path = split_url(url)
    return f"http://{host}{path}"


def test_conditional_requests_answer_304(web: ReplayWeb, server: ReplayServer) -> None:
    url = next(iter(web.truth))
    status, headers, _ = fetch(server, url)
    assert status == 200
    etag, modified = headers["etag"], headers["last-modified"]
    assert fetch(server, url, {"If-None-Match": etag})[0] == 304
    assert fetch(server, url, {"If-None-Match": '"other", ' + etag})[0] == 304
    assert fetch(server, url, {"If-None-Match": '"other"'})[0] == 200
    assert fetch(server, url, {"If-Modified-Since": modified}, proxy=False)[0] == 304
    assert fetch(server, url, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"})[0] == 200
    # ETag wins over the date when both are sent.
    assert fetch(server, url, {"If-None-Match": '"other"', "If-Modified-Since": modified})[0] == 200


def test_unknown_host_502_unknown_path_404_head_and_gzip(web: ReplayWeb, server: ReplayServer) -> None:
    assert fetch(server, "http://unknown.example/")[0] == 502
    assert fetch(server, "http://nothing.test/x", proxy=False)[0] == 502
    assert fetch(server, "http://mogaz.test/no/such/page")[0] == 404
    url = next(u for u in web.truth if u.startswith("http://mogaz.test/"))
    status, headers, body = fetch(server, url, method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0
    status, headers, body = fetch(server, url, {"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == web.get_url(url).body  # type: ignore[union-attr]
    assert "content-encoding" not in fetch(server, url)[1]


def test_www_prefix_and_raw_utf8_paths_are_found(web: ReplayWeb, server: ReplayServer) -> None:
    youm7 = next(u for u in web.article_urls("youm7.test"))
    assert "%D8" in youm7  # Arabic slug, percent-encoded
    assert fetch(server, youm7.replace("http://", "http://www."))[0] == 200
    assert fetch(server, youm7.lower())[0] == 200  # lower-case percent escapes name the same path


def test_requests_are_counted() -> None:
    with ReplayServer(build_demo_web(TODAY)) as srv:
        fetch(srv, "http://mogaz.test/robots.txt")
        fetch(srv, "http://mogaz.test/nope")
        fetch(srv, "http://masress.test/rss", proxy=False)
        fetch(srv, "http://elsewhere.example/")
        assert srv.request_count == 4
        assert srv.requests_by_host() == {"mogaz.test": 2, "masress.test": 1, "elsewhere.example": 1}
        assert srv.requests[1] == ("GET", "http://mogaz.test/nope", 404)
        srv.reset_counts()
        assert srv.request_count == 0


def test_put_and_remove_change_what_is_served() -> None:
    web = build_demo_web(TODAY)
    url = next(u for u in web.truth if u.startswith("http://mogaz.test/"))
    before = web.get_url(url)
    assert before is not None
    with ReplayServer(web) as srv:
        after = web.put(url, "<html><body><h1>edited</h1></body></html>")
        assert after.etag != before.etag and after.last_modified > before.last_modified
        status, headers, body = fetch(srv, url, {"If-None-Match": before.etag})
        assert status == 200 and b"edited" in body and headers["etag"] == after.etag
        # A late original: taken off, then put back.
        original = web.truth[url].original_url
        assert original is not None
        saved, truth = web.get_url(original), web.truth[original]
        assert web.remove(original) is saved and original not in web.truth
        assert fetch(srv, original)[0] == 404
        web.put(original, saved, truth=truth)  # type: ignore[arg-type]
        assert fetch(srv, original)[0] == 200 and original in web.truth
        web.put("http://newsite.test/a", "<p>new</p>")
        assert fetch(srv, "http://newsite.test/a", proxy=False)[0] == 200


def test_demo_web_is_deterministic_for_a_given_day() -> None:
    a, b = build_demo_web(TODAY), build_demo_web(TODAY)
    assert sorted(a.urls()) == sorted(b.urls())
    assert all(a.get_url(u).body == b.get_url(u).body for u in a.urls())  # type: ignore[union-attr]
    c = build_demo_web(TODAY + timedelta(days=1))
    masress = next(u for u in a.truth if "masress" in u)
    assert a.get_url(masress).body != c.get_url(masress).body  # type: ignore[union-attr]


# -- the large generator ------------------------------------------------------------------------------------
def _digest(web: ReplayWeb) -> str:
    h = hashlib.sha256()
    for url in sorted(web.urls()):
        h.update(url.encode())
        h.update(web.get_url(url).body)  # type: ignore[union-attr]
    return h.hexdigest()


def test_large_web_is_big_deterministic_and_fully_true() -> None:
    big = build_large_web(stories=1000, aggregators=4, seed=7)
    assert len(big.truth) >= 5000
    assert _digest(big) == _digest(build_large_web(stories=1000, aggregators=4, seed=7))
    for host in big.hosts:
        profile = profile_for_url(f"http://{host}/")
        assert profile is not None
        articles = {u for u in big.urls(host) if profile.is_article_url(u)}
        assert articles == set(big.article_urls(host)), host
    assert any(not t.credited for t in big.truth.values())
    assert {t.site for t in big.truth.values()} >= {
        "mogaz.test",
        "masress.test",
        "worldbrief.test",
        "oldnews.test",
    }


def test_large_web_seed_changes_content() -> None:
    a = build_large_web(stories=60, aggregators=2, seed=1)
    b = build_large_web(stories=60, aggregators=2, seed=2)
    assert _digest(a) != _digest(b)
    with pytest.raises(ValueError):
        build_large_web(stories=10, aggregators=9, seed=0)
