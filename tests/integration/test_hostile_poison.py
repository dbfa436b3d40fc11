"""Poison pages and pages that fight over one canonical URL, on SQLite and Postgres (issue 11, items 7 and
10).

A page whose data the database refuses (here a lone UTF-16 surrogate from its JSON-LD, which neither SQLite
nor Postgres can encode) used to fail its whole batch: spooled, the run failed, and the next run failed the
same way, for ever. Now the batch is stored article by article, the bad page goes to ``rejected_pages`` with
its reason, the run is ok, and the next run does not fetch it again. Ingest (of a spool, say) does the same.

Two different articles whose pages name the same ``<link rel=canonical>`` (a template bug) are both kept,
and a second crawl changes nothing (they used to replace each other's text at every run).
"""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article, ArticleVersion, CrawlRun, RejectedPage
from newscrawl_kit.hostile.server import HostileServer
from newscrawl_kit.hostile.web import HOST, SITE, article_html, article_title, article_url, serve_site
from tests.integration.conftest import Runner

# JSON escapes decode to a lone surrogate: valid JSON, valid Python str, not encodable as UTF-8.
POISON = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "\\ud800 أخبار",'
    ' "author": {"@type": "Person", "name": "\\udfff"}}</script>'
)
GOOD = [1, 2, 3, 4, 5, 6]
BAD = 4


def _rows(db: str, model: type) -> list:  # type: ignore[type-arg]
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(session.scalars(select(model)))
    finally:
        engine.dispose()


def _serve(web: HostileServer) -> None:
    serve_site(web, GOOD)
    web.add_page(article_url(BAD), article_html(BAD, extra_head=POISON))


def test_a_poison_page_is_rejected_and_the_rest_stored_run_after_run(
    db_url: str, tmp_path: Path, newscrawl: Runner
) -> None:
    upgrade(db_url)
    with HostileServer() as web:
        _serve(web)
        first = newscrawl("crawl", SITE, db=db_url, proxy=web.url)
        second = newscrawl("crawl", SITE, db=db_url, proxy=web.url)
        fetches_of_bad = len(web.hits_for(HOST, f"/news/{BAD}"))
    assert first.returncode == 0, first.stderr[-3000:]
    assert second.returncode == 0, second.stderr[-3000:]
    stored = {a.url for a in _rows(db_url, Article)}
    assert stored == {article_url(n) for n in GOOD if n != BAD}
    [rejected] = _rows(db_url, RejectedPage)
    assert rejected.url == article_url(BAD)
    assert "surrogate" in rejected.reason or "encode" in rejected.reason, rejected.reason
    assert fetches_of_bad == 1  # the second run skipped it
    runs = _rows(db_url, CrawlRun)
    assert [r.status for r in runs] == ["ok", "ok"]
    assert runs[0].errors.get("rejected_pages") == 1
    assert not list(tmp_path.glob("spool/*"))  # nothing spooled


def test_ingest_rejects_the_poison_page_and_stores_the_rest(
    db_url: str, tmp_path: Path, newscrawl: Runner
) -> None:
    upgrade(db_url)
    warc = tmp_path / "spool.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in (1, BAD, 2):
            html = article_html(n, extra_head=POISON if n == BAD else "")
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                article_url(n), "response", payload=io.BytesIO(html.encode()), http_headers=http
            )
            writer.write_record(record)
    out = newscrawl("ingest", str(warc), db=db_url)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "1 rejected" in out.stdout
    assert {a.url for a in _rows(db_url, Article)} == {article_url(1), article_url(2)}
    assert [r.url for r in _rows(db_url, RejectedPage)] == [article_url(BAD)]


def test_two_texts_with_one_canonical_url_are_both_kept(db_url: str, newscrawl: Runner) -> None:
    upgrade(db_url)
    shared = f"http://{HOST}/news/999"
    with HostileServer() as web:
        serve_site(web, [11, 12])
        for n in (11, 12):
            web.add_page(article_url(n), article_html(n, canonical=shared))
        # Not incremental: both pages are fetched again by every run.
        runs = [
            newscrawl("crawl", SITE, "-s", "NEWSCRAWL_INCREMENTAL=false", db=db_url, proxy=web.url)
            for _ in range(3)
        ]
    for out in runs:
        assert out.returncode == 0, out.stderr[-3000:]
    articles = _rows(db_url, Article)
    assert len(articles) == 2
    assert {a.title for a in articles} == {article_title(11), article_title(12)}
    assert _rows(db_url, ArticleVersion) == []  # no flip-flop: neither text replaced the other
    ledger = _rows(db_url, CrawlRun)
    assert [r.articles_updated for r in ledger] == [0, 0, 0]
