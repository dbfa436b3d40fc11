"""robots.txt per RFC 9309 and politeness by default, against a hostile web on 127.0.0.1 (issue 11 item 4,
issue 10 item 6).

One rule per test: 2xx is obeyed; 4xx allows everything; 5xx, a timeout and a refused answer disallow
everything for the run (and say so in the ledger); redirects are followed for 5 hops and no more; the file is
fetched once per host and run; ``Crawl-delay`` spaces the requests; at most 2 requests per host are in flight;
the User-Agent names the project and the operator's contact URL; a profile's settings override all of it.
"""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article, CrawlRun
from newscrawl_kit.hostile.server import Exchange, HostileServer
from newscrawl_kit.hostile.web import HOST, SITE, article_url, serve_site
from tests.integration.conftest import Runner

ARTICLES = range(1, 5)
ROBOTS = f"http://{HOST}/robots.txt"


def _stored(db: str) -> set[str]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(Article.url)))
    finally:
        engine.dispose()


def _last_run(db: str) -> CrawlRun:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()  # type: ignore[return-value]
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


def _crawl(newscrawl: Runner, db: str, web: HostileServer, *args: str, **env: str) -> str:
    out = newscrawl("crawl", SITE, *args, db=db, proxy=web.url, timeout=180, **env)
    return out.stderr + out.stdout


def _article_hits(web: HostileServer) -> list[str]:
    return [h.path for h in web.hits_for(HOST, "/news/")]


def test_2xx_rules_are_obeyed(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(
            web,
            ARTICLES,
            robots="User-agent: *\nDisallow: /news/2\n\nUser-agent: newscrawl\nDisallow: /news/3\n",
        )
        _crawl(newscrawl, db, web)
        fetched = _article_hits(web)
    # The group naming the crawler's product token is the one that applies (RFC 9309 2.2.1).
    assert "/news/3" not in fetched and "/news/2" in fetched
    assert _stored(db) == {article_url(n) for n in (1, 2, 4)}


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_4xx_allows_everything(db: str, newscrawl: Runner, status: int) -> None:
    with HostileServer() as web:
        serve_site(web, ARTICLES, robots=None)
        web.add_page(ROBOTS, "User-agent: *\nDisallow: /\n", status=status, content_type="text/plain")
        _crawl(newscrawl, db, web)
    assert _stored(db) == {article_url(n) for n in ARTICLES}


@pytest.mark.parametrize("status", [500, 503])
def test_5xx_disallows_everything_and_the_run_says_why(both: str, newscrawl: Runner, status: int) -> None:
    with HostileServer() as web:
        serve_site(web, ARTICLES, robots=None)
        web.add_page(ROBOTS, "oops", status=status, content_type="text/plain")
        out = _crawl(newscrawl, both, web)
        fetched, robots = _article_hits(web), web.hits_for(HOST, "/robots.txt")
        everything = [h.path for h in web.hits_for(HOST)]
    assert fetched == [] and _stored(both) == set(), out[-3000:]
    assert set(everything) == {"/robots.txt"}  # not even the feed
    assert 1 <= len(robots) <= 2  # one retry at most, once per run
    run = _last_run(both)
    assert run.status == "failed" and f"answered {status}" in (run.error_message or "")


def test_unreachable_robots_disallows_and_does_not_hang_the_run(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, ARTICLES, robots=None)
        web.add(ROBOTS, lambda ex: ex.hang(60))
        started = time.monotonic()
        out = _crawl(newscrawl, db, web, "-s", "NEWSCRAWL_ROBOTS_TIMEOUT=2")
        took = time.monotonic() - started
        fetched = _article_hits(web)
    assert fetched == [] and _stored(db) == set(), out[-3000:]
    assert "robots.txt of mogaz.test is unreachable" in out  # said, and the ledger says why the run failed:
    assert (_last_run(db).error_message or "") == "no response from the site"
    assert took < 60  # two attempts of 2 s, not 3 x 30 s
    print(f"\nhanging robots.txt: the run ended after {took:.1f} s")


def _redirects(web: HostileServer, hops: int) -> None:
    """robots.txt reached after ``hops`` redirects; the rules at the end disallow /news/1."""

    def hop(n: int):  # type: ignore[no-untyped-def]
        def route(ex: Exchange) -> None:
            ex.redirect(f"http://{HOST}/robots-{n + 1}.txt" if n < hops else f"http://{HOST}/rules.txt")

        return route

    web.add(ROBOTS, hop(1))
    for n in range(2, hops + 1):
        web.add(f"http://{HOST}/robots-{n}.txt", hop(n))
    web.add_page(f"http://{HOST}/rules.txt", "User-agent: *\nDisallow: /news/1\n", content_type="text/plain")


def test_five_redirects_are_followed(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, ARTICLES, robots=None)
        _redirects(web, 5)
        _crawl(newscrawl, db, web)
        rules_read = bool(web.hits_for(HOST, "/rules.txt"))
    assert rules_read
    assert _stored(db) == {article_url(n) for n in (2, 3, 4)}


def test_a_sixth_redirect_is_unavailable_so_everything_is_allowed(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, ARTICLES, robots=None)
        _redirects(web, 6)
        _crawl(newscrawl, db, web)
        rules_read = bool(web.hits_for(HOST, "/rules.txt"))
    assert not rules_read
    assert _stored(db) == {article_url(n) for n in ARTICLES}


def test_crawl_delay_is_honoured_and_robots_fetched_once(db: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, ARTICLES, robots="User-agent: *\nCrawl-delay: 1\n")
        _crawl(newscrawl, db, web)
        times = sorted(h.at for h in web.hits_for(HOST) if h.path != "/robots.txt")
        robots = web.hits_for(HOST, "/robots.txt")
    assert len(robots) == 1
    gaps = [b - a for a, b in pairwise(times)]
    assert len(times) >= 6 and min(gaps) >= 0.9, gaps
    assert _stored(db) == {article_url(n) for n in ARTICLES}


def test_polite_defaults_two_per_host_and_a_user_agent_with_a_contact(db: str, newscrawl: Runner) -> None:
    many = range(1, 41)

    def slow(ex: Exchange) -> None:
        time.sleep(0.2)  # long enough for requests to pile up if the crawler allowed it
        ex.send(f"<html><body><p>{ex.path}</p></body></html>")

    with HostileServer() as web:
        serve_site(web, many)
        for n in many:
            web.add(article_url(n), slow)
        _crawl(newscrawl, db, web, NEWSCRAWL_CONTACT_URL="https://ops.example.org/crawler")
        peak = web.max_in_flight(HOST)
        agents = {h.headers.get("User-Agent") for h in web.hits_for(HOST)}
    assert peak == 2
    assert agents == {"newscrawl/0.1 (+https://ops.example.org/crawler)"}


def test_a_profile_setting_overrides_the_politeness_defaults(db: str, newscrawl: Runner) -> None:
    """``-s`` stands in for a profile's ``settings`` table here (both are per-crawl Scrapy settings)."""
    many = range(1, 41)

    def slow(ex: Exchange) -> None:
        time.sleep(0.2)
        ex.send("<html><body><p>x</p></body></html>")

    with HostileServer() as web:
        serve_site(web, many)
        for n in many:
            web.add(article_url(n), slow)
        _crawl(
            newscrawl, db, web, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=6", "-s", "AUTOTHROTTLE_ENABLED=false"
        )
        peak = web.max_in_flight(HOST)
    assert peak > 2
