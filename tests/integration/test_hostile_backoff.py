"""Backoff against a struggling site on 127.0.0.1 (issue 11, item 5).

``Retry-After`` on 429 and 503 is honoured, in seconds and as an HTTP date; without it each failure in a row
waits about twice as long (with jitter); a site that keeps failing ends its run early with the reason in
the ledger, and one that asks for more than the run will wait ends it at once.
"""

from __future__ import annotations

import time
from email.utils import formatdate
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article, CrawlRun
from newscrawl_kit.hostile.server import Exchange, HostileServer
from newscrawl_kit.hostile.web import HOST, SITE, article_html, article_url, serve_site
from tests.integration.conftest import Runner


def _stored(db: str) -> set[str]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(Article.url)))
    finally:
        engine.dispose()


def _runs(db: str) -> list[CrawlRun]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
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


def _busy_then_ok(n: int, status: int, retry_after: str) -> object:
    """Answer ``status`` with Retry-After the first time (``date``: an HTTP date 3 s ahead), the article after."""
    calls = {"n": 0}

    def route(ex: Exchange) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            value = formatdate(time.time() + 3, usegmt=True) if retry_after == "date" else retry_after
            headers = {"Retry-After": value}
            ex.send("busy", status=status, content_type="text/plain", headers=headers)
        else:
            ex.send(article_html(n))

    return route


@pytest.mark.parametrize(
    ("status", "retry_after", "wait"),
    [(429, "2", 2.0), (503, "3", 3.0), (429, "date", 2.0)],
)
def test_retry_after_is_honoured(
    db: str, newscrawl: Runner, status: int, retry_after: str, wait: float
) -> None:
    with HostileServer() as web:
        serve_site(web, [1, 2])
        web.add(article_url(1), _busy_then_ok(1, status, retry_after))  # type: ignore[arg-type]
        out = newscrawl("crawl", SITE, db=db, proxy=web.url)
        first, again = (h.at for h in web.hits_for(HOST, "/news/1"))
        others = [h.at for h in web.hits_for(HOST) if h.at > first and h.path != "/news/1"]
    assert again - first >= wait - 0.1, f"retried after {again - first:.2f} s, asked for {wait} s"
    # The whole host waits, not only the page that was refused.
    assert all(at - first >= wait - 0.1 for at in others), [round(at - first, 2) for at in others]
    assert _stored(db) == {article_url(1), article_url(2)}, out.stderr[-3000:]


def test_failures_in_a_row_back_off_exponentially_then_end_the_run(both: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, range(1, 30))
        for n in range(1, 30):
            web.add_page(article_url(n), "down", status=503, content_type="text/plain")
        started = time.monotonic()
        # A tenth of the default base (1 s), so the test takes seconds: pauses of 0.05-0.1, 0.1-0.2, ... 3.2-6.4 s.
        out = newscrawl(
            "crawl", SITE, "-s", "NEWSCRAWL_BACKOFF_BASE=0.1", db=both, proxy=web.url, timeout=120
        )
        took = time.monotonic() - started
        times = [h.at for h in web.hits_for(HOST, "/news/")]
    gaps = [b - a for a, b in pairwise(times)]
    assert len(times) <= 8 + 2, times  # ends after 8 failures in a row (and what was already in flight)
    assert max(gaps) >= 1.6 and times[-1] - times[0] >= 3.2, [round(g, 2) for g in gaps]  # it grew
    [run] = _runs(both)
    assert run.status == "failed"
    assert "mogaz.test kept failing: 8 requests in a row failed" in (run.error_message or ""), (
        run.error_message
    )
    assert out.returncode == 1
    print(
        f"\nfailing site: {len(times)} article requests, run ended after {took:.1f} s; gaps {[round(g, 1) for g in gaps]}"
    )


def test_a_retry_after_longer_than_the_run_waits_ends_it_at_once(both: str, newscrawl: Runner) -> None:
    with HostileServer() as web:
        serve_site(web, range(1, 10))
        for n in range(1, 10):
            web.add_page(
                article_url(n),
                "slow down",
                status=429,
                content_type="text/plain",
                headers={"Retry-After": "3600"},
            )
        started = time.monotonic()
        newscrawl("crawl", SITE, db=both, proxy=web.url, timeout=120)
        took = time.monotonic() - started
        article_requests = len(web.hits_for(HOST, "/news/"))
    [run] = _runs(both)
    assert run.status == "failed" and "asked to wait 3600 s" in (run.error_message or ""), run.error_message
    assert article_requests <= 3 and took < 60
