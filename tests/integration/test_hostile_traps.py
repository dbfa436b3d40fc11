"""Crawler traps and hostile feeds against a web on 127.0.0.1 (issue 11, items 6 and 10).

- a sitemap index that nests without end is followed NEWSCRAWL_MAX_SITEMAP_DEPTH levels deep, and a flat one
  with thousands of children stops at NEWSCRAWL_MAX_SITEMAPS;
- session IDs in article links (a new ``sid=`` per visit) do not make new articles on every crawl;
- a paginated listing that never ends stops at the profile's ``max_listing_pages``;
- URLs longer than URLLENGTH_LIMIT are not requested;
- a feed that also holds a billion-laughs entity keeps its legitimate links.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article
from newscrawl_kit.hostile.server import Exchange, HostileServer
from newscrawl_kit.hostile.web import (
    BILLION_LAUGHS,
    HOST,
    SITE,
    article_html,
    article_url,
    rss,
    serve_site,
    sitemap_index,
    urlset,
)
from tests.integration.conftest import Runner


def _count(db: str) -> int:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return int(session.scalar(select(func.count(Article.id))) or 0)
    finally:
        engine.dispose()


def _urls(db: str) -> set[str]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(Article.url)))
    finally:
        engine.dispose()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(url)
    return url


@pytest.fixture
def both(db_url: str) -> str:
    """SQLite and Postgres (tests/conftest.py ``db_url``), migrated: for tests whose outcome is in the database."""
    upgrade(db_url)
    return db_url


def test_endless_sitemap_index_chain_stops_at_the_depth_limit(db: str, newscrawl: Runner) -> None:
    def level(ex: Exchange) -> None:
        depth = int(ex.path.rsplit("-", 1)[1].split(".")[0])
        links = [f"http://{HOST}/sitemap-{depth + 1}.xml"]
        ex.send(sitemap_index(links), content_type="application/xml")

    with HostileServer() as web:
        serve_site(web, [1])
        web.add(
            f"http://{HOST}/sitemap-news.xml",
            lambda ex: ex.send(
                sitemap_index([f"http://{HOST}/sitemap-1.xml"]), content_type="application/xml"
            ),
        )
        web.fallback(HOST, level)
        out = newscrawl("crawl", SITE, db=db, proxy=web.url)
        levels = [h.path for h in web.hits_for(HOST, "/sitemap-")]
    assert out.returncode == 0, out.stderr[-3000:]
    # The profile's sitemap, then 3 nested levels (NEWSCRAWL_MAX_SITEMAP_DEPTH); the server would go on for ever.
    assert levels == ["/sitemap-news.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"], levels
    assert "sitemap indexes nested deeper than 3 levels" in out.stderr


def test_sitemap_count_is_capped_per_run(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, [1])
        children = [f"http://{HOST}/part-{i}.xml" for i in range(60)]
        web.add_page(
            f"http://{HOST}/sitemap-news.xml", sitemap_index(children), content_type="application/xml"
        )
        web.fallback(HOST, lambda ex: ex.send(urlset([]), content_type="application/xml"))
        out = newscrawl("crawl", SITE, "-s", "NEWSCRAWL_MAX_SITEMAPS=20", db=db, proxy=web.url)
        parts = web.hits_for(HOST, "/part-")
    assert len(parts) == 19, len(parts)  # the index itself is the first of the 20
    assert "more than 20 sitemaps in one run" in out.stderr


def test_session_ids_do_not_make_new_articles_on_every_crawl(both: str, newscrawl: Runner) -> None:
    visit = itertools.count(1)

    def feed(ex: Exchange) -> None:
        v = next(visit)
        links = [f"{article_url(n)}?sid=s{v}x{n}&PHPSESSID=p{v}" for n in range(1, 11)]
        links += [f"http://{HOST}/news/{n};jsessionid=J{v}" for n in range(11, 16)]
        ex.send(rss(links), content_type="application/rss+xml")

    def article(ex: Exchange) -> None:
        n = int(ex.path.split("?")[0].split(";")[0].rsplit("/", 1)[1])
        ex.send(article_html(n))

    with HostileServer() as web:
        serve_site(web, [])
        web.add(f"http://{HOST}/rss.xml", feed)
        web.fallback(HOST, article)
        assert newscrawl("crawl", SITE, db=both, proxy=web.url).returncode == 0
        first = _count(both)
        assert newscrawl("crawl", SITE, db=both, proxy=web.url).returncode == 0
        second = _count(both)
        article_fetches = len(web.hits_for(HOST, "/news/"))
    assert first == 15 and second == 15
    assert article_fetches == 15  # the second crawl knew them all: nothing fetched again
    assert all("sid" not in u.lower() for u in _urls(both))


def test_endless_pagination_stops_at_max_listing_pages(db: str, newscrawl: Runner) -> None:
    def listing(ex: Exchange) -> None:
        page = int(ex.path.split("page=")[1]) if "page=" in ex.path else 1
        ex.send(
            f'<html><body><a href="/news/{page}">x</a><a class="next-page" href="/section/news?page={page + 1}">next</a></body></html>'
        )

    with HostileServer() as web:
        serve_site(web, range(1, 40), feed=[])
        web.add(f"http://{HOST}/section/news", listing)
        out = newscrawl("crawl", SITE, db=db, proxy=web.url)
        pages = web.hits_for(HOST, "/section/news")
    assert out.returncode == 0, out.stderr[-3000:]
    assert len(pages) == 20  # the profile's max_listing_pages (default 20)


def test_overlong_urls_are_not_requested(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, [1])
        long_link = f"{article_url(2)}?q=" + "a" * 2030  # over 2000, under Scrapy's default 2083
        web.add_page(
            f"http://{HOST}/rss.xml", rss([article_url(1), long_link]), content_type="application/rss+xml"
        )
        web.fallback(HOST, lambda ex: ex.send(article_html(2)))
        newscrawl("crawl", SITE, db=db, proxy=web.url)
        long_requests = [h for h in web.hits_for(HOST) if len(h.url) > 2000]
    assert long_requests == []
    assert _urls(db) == {article_url(1)}


def test_billion_laughs_feed_keeps_its_links(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, [1, 2, 3])
        body = rss([article_url(n) for n in (1, 2, 3)], doctype=BILLION_LAUGHS).replace(
            "<title>موجز</title>", "<title>&lol9;</title>"
        )
        web.add_page(f"http://{HOST}/rss.xml", body, content_type="application/rss+xml")
        out = newscrawl("crawl", SITE, db=db, proxy=web.url)
    assert "no item links" not in out.stderr
    assert _urls(db) == {article_url(n) for n in (1, 2, 3)}, out.stderr[-3000:]
