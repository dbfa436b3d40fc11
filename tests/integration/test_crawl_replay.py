"""End to end: crawl the seed-shaped aggregator of the replay web into SQLite and Postgres, for real."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select, text

from crawler.db.engine import make_engine, session_factory
from crawler.db.models import Article, CrawlRun, Site
from newscrawl_kit import replay_profiles
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb
from tests.integration.conftest import Runner

BOILERPLATE = (
    "جميع الحقوق محفوظة",
    "النشرة البريدية",
    "تابعنا على",
    "التالى",
    "أخبار عاجلة",
    "موجز نيوز",
)


def _profile_name(host: str) -> str:
    return next(name for name, p in replay_profiles().items() if host in p.hosts)


def _rows(db: str, site: str) -> list[Article]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(
                session.scalars(
                    select(Article).join(Site, Article.site_id == Site.id).where(Site.name == site)
                )
            )
    finally:
        engine.dispose()


def _runs(db: str) -> list[CrawlRun]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    finally:
        engine.dispose()


def _count(db: str) -> int:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count(Article.id))).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.slow
def test_seed_shaped_aggregator_end_to_end(
    db_url: str, replay: ReplayServer, demo_web: ReplayWeb, newscrawl: Runner
) -> None:
    site = _profile_name("mogaz.test")
    assert newscrawl("db", "upgrade", db=db_url).returncode == 0
    first = newscrawl("crawl", site, db=db_url, proxy=replay.proxy_url)
    assert first.returncode == 0, first.stderr[-3000:]

    truth = {t.url: t for t in demo_web.truth.values() if t.site == "mogaz.test"}
    rows = _rows(db_url, site)
    assert truth and len(rows) == len(truth)
    assert Counter(r.canonical_url for r in rows).most_common(1)[0][1] == 1  # every article stored once
    by_url = {r.canonical_url: r for r in rows}
    other_titles = {t.title for t in demo_web.truth.values()}
    for url, expected in truth.items():
        row = by_url[url]
        assert row.title == expected.title
        assert row.body == expected.body, url
        for phrase in BOILERPLATE:
            assert phrase not in row.body, (url, phrase)
        for title in other_titles - {expected.title}:
            assert title not in row.body, (url, "ticker headline in body", title)
        assert row.published_at is not None and row.published_at.tzinfo is not None

    # Crawling the same pages again leaves the same rows, and asks for a fraction of the requests.
    second = newscrawl("crawl", site, db=db_url, proxy=replay.proxy_url)
    assert second.returncode == 0, second.stderr[-3000:]
    assert _count(db_url) == len(rows)
    assert {(r.id, r.content_hash) for r in _rows(db_url, site)} == {(r.id, r.content_hash) for r in rows}
    runs = _runs(db_url)
    assert [r.status for r in runs] == ["ok", "ok"]
    assert runs[0].articles_new == len(rows) and runs[1].articles_new == 0
    assert runs[1].requests < runs[0].requests

    # The operator views answer the same questions as the CLI, on this backend.
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            copies = conn.execute(
                text("SELECT COUNT(*) FROM v_story_copies WHERE site = :s"), {"s": site}
            ).scalar()
            health = conn.execute(
                text("SELECT last_status, articles FROM v_site_health WHERE site = :s"), {"s": site}
            )
            assert copies == len(rows)
            assert health.one() == ("ok", len(rows))
            assert conn.execute(text("SELECT COUNT(*) FROM v_stories")).scalar() >= 1
    finally:
        engine.dispose()
