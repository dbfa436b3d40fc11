"""Size limits on every path a page comes in by, against a hostile web on 127.0.0.1 (issue 11, items 1 and 2).

- a crawl meets gzip, deflate and brotli bombs (~1 MiB or less that expand to 300 MiB), two 40 MiB pages (one
  with a Content-Length, one streamed without) and a 600 KiB ``.xml.gz`` sitemap that expands to 200 MiB: the
  good articles are stored, the rest refused, and the crawl's peak RSS stays under 300 MiB (measured with
  ``wait4`` and printed; a ceiling kills a crawl that runs away instead of letting it take the machine);
- ``newscrawl extract URL`` of a gzip bomb, ``extract``/``ingest`` of a ``.html.gz`` bomb and a WARC whose
  gzip-encoded record is a bomb: refused in one line, the good records still read;
- an article whose fields overflow their columns (a 300-character section, a 3,000-character canonical URL,
  a 2-million-character body) is stored with the text cut at a word boundary and the cut fields flagged.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article, CrawlRun
from newscrawl_kit.hostile.measure import run_measured
from newscrawl_kit.hostile.server import HostileServer, page
from newscrawl_kit.hostile.web import (
    HOST,
    SITE,
    MiB,
    article_html,
    article_url,
    gzip_bomb,
    serve_hostile_site,
    serve_site,
)
from tests.integration.conftest import REPO, Runner, cli_command, cli_env

PEAK_RSS_LIMIT_MIB = 300
GOOD = range(1, 6)


def _articles(db: str) -> dict[str, Article]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return {a.url: a for a in session.scalars(select(Article))}
    finally:
        engine.dispose()


def _runs(db: str) -> list[CrawlRun]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.alone  # a test beside it slows the crawl and more giant bodies are in flight at once (453 MiB seen)
def test_bombs_and_giants_are_refused_and_memory_stays_bounded(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(db)
    with HostileServer() as web:
        bombs = serve_hostile_site(web, GOOD)
        measured = run_measured(
            cli_command("crawl", SITE), env=cli_env(db, tmp_path, web.url), cwd=REPO, ceiling_mib=1500
        )
    print(
        f"\ncrawl of {len(bombs)} bombs/giants + a 200 MiB sitemap.gz: peak RSS {measured.peak_mib:.0f} MiB"
    )
    assert not measured.killed_at_ceiling, f"the crawl passed 1500 MiB RSS ({measured.peak_mib:.0f} MiB)"
    assert measured.peak_mib < PEAK_RSS_LIMIT_MIB
    assert measured.returncode == 0, measured.stderr[-3000:]
    stored = _articles(db)
    assert set(stored) == {article_url(n) for n in GOOD}  # the good ones, none of the bombs
    assert max(len(a.body) for a in stored.values()) < 10_000
    assert "sitemap" in measured.stderr and "larger than" in measured.stderr  # said in one line
    [run] = _runs(db)
    assert run.status == "ok" and run.articles_new == len(GOOD)


def _warc_with_bomb(path: Path) -> None:
    """Two records: a gzip-encoded bomb, then a good page."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, headers in (
            (article_url(200), gzip_bomb(), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
            (article_url(201), article_html(201).encode(), [("Content-Type", "text/html; charset=utf-8")]),
        ):
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            )


def test_extract_and_ingest_refuse_bombs_in_one_line(tmp_path: Path, newscrawl: Runner) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    bomb_file = tmp_path / "pages" / "bomb.html.gz"
    bomb_file.parent.mkdir()
    bomb_file.write_bytes(gzip_bomb())
    (tmp_path / "pages" / "good.html.gz").write_bytes(
        gzip.compress(article_html(7, canonical=article_url(7)).encode())
    )
    warc = tmp_path / "bomb.warc.gz"
    _warc_with_bomb(warc)
    limit = {"NEWSCRAWL_MAX_PAGE_BYTES": str(8 * MiB)}

    out = newscrawl("extract", str(bomb_file), "--json", db=db, timeout=60, **limit)
    assert out.returncode == 2 and "larger than" in out.stderr and out.stderr.count("\n") == 1, out.stderr

    out = newscrawl("extract", str(warc), "--json", db=db, timeout=60, **limit)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["url"] for line in out.stdout.splitlines()] == [article_url(201)]
    assert "larger than" in out.stderr

    assert newscrawl("db", "upgrade", db=db).returncode == 0
    out = newscrawl("ingest", str(tmp_path / "pages"), str(warc), db=db, timeout=120, **limit)
    assert out.returncode == 2, out.stderr  # some input was bad: said, and the rest stored
    assert "bomb.html.gz" in out.stderr and "larger than" in out.stderr
    assert set(_articles(db)) == {article_url(7), article_url(201)}

    with HostileServer() as web:
        web.add(f"{web.url}/bomb", page(gzip_bomb(), headers={"Content-Encoding": "gzip"}))
        out = newscrawl(
            "extract",
            f"{web.url}/bomb",
            "--json",
            db=db,
            timeout=60,
            NEWSCRAWL_ALLOWED_NETWORKS="127.0.0.1/32",
            **limit,
        )
    assert out.returncode == 2 and "larger than" in out.stderr and out.stderr.count("\n") == 1, out.stderr


def test_overlong_fields_are_cut_at_a_word_and_flagged(
    db_url: str, tmp_path: Path, newscrawl: Runner
) -> None:
    upgrade(db_url)
    long_canonical = f"http://{HOST}/news/300?" + "&".join(f"k{i}=v{i}" for i in range(400))
    section = " ".join(["قسم"] * 100)  # ~400 characters, the column holds 200
    body = [" ".join(["كلمة"] * 400)] * 1200  # ~2.4 million characters
    with HostileServer() as web:
        serve_site(web, [300, 301])
        web.add_page(
            article_url(300),
            article_html(
                300,
                canonical=long_canonical,
                extra_head=f'<meta property="article:section" content="{section}">',
            ),
        )
        web.add_page(article_url(301), article_html(301, paragraphs=body))
        out = newscrawl("crawl", SITE, db=db_url, proxy=web.url)
    assert out.returncode == 0, out.stderr[-3000:]
    stored = _articles(db_url)
    first, second = stored[article_url(300)], stored[article_url(301)]
    assert first.canonical_url == article_url(300)  # the overlong canonical link gave way to the fetch URL
    assert first.section and len(first.section) <= 200  # the column holds 200
    assert "canonical_url" in (first.truncated or [])
    assert len(second.body) <= 500_000 and second.body.endswith("كلمة")  # cut between words
    assert "body" in (second.truncated or [])
    assert [r.status for r in _runs(db_url)] == ["ok"]
