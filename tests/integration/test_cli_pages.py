"""``newscrawl extract``, ``ingest`` and ``reprocess`` on saved pages of the replay web (files and WARCs written
here), against SQLite and Postgres; extract needs no database at all."""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import subprocess
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.db.models import Article, CrawlRun, RawPage, Site, Story
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb
from tests.integration.conftest import Cli, Db, cli_runner, module_db
from tests.integration.test_cli_operator import ok, refused, session_on

# Every key DESIGN.md promises in ``newscrawl extract --json``.
EXTRACT_KEYS = {
    "url",
    "canonical_url",
    "title",
    "body",
    "published_at",
    "authors",
    "language",
    "site",
    "outlet",
    "original_url",
    "attribution",
    "lead_image",
    "description",
    "section",
    "tags",
    "is_article",
    "not_article_reason",
}
DEAD_PROXY = "http://127.0.0.1:9"  # nothing listens there: any fetch would fail


# -- saved pages -----------------------------------------------------------------------------------------------
def first_url(web: ReplayWeb, host: str, story_key: str | None = None) -> str:
    return next(u for u in web.article_urls(host) if story_key is None or web.truth[u].story_key == story_key)


def page_bytes(web: ReplayWeb, url: str) -> bytes:
    resource = web.get_url(url)
    assert resource is not None, url
    return resource.body


def without_url(html: bytes) -> bytes:
    """The page minus every statement of its own URL (canonical link, og:url), as a browser might save it."""
    return re.sub(rb'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>', b"", html)


def write_warc(path: Path, web: ReplayWeb, urls: Iterable[str]) -> None:
    """A gzipped WARC as crawlers write them: a request and a response record per URL, and a metadata record."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(
            writer.create_warc_record(
                "urn:test:metadata",
                "metadata",
                payload=io.BytesIO(b"software: test_cli_pages\n"),
                warc_content_type="text/plain",
            )
        )
        for url in urls:
            resource = web.get_url(url)
            assert resource is not None, url
            host = url.split("/")[2]
            request = StatusAndHeaders(
                f"GET {url.split(host, 1)[1]} HTTP/1.1", [("Host", host)], is_http_request=True
            )
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request)
            )
            response = StatusAndHeaders(
                "200 OK", [("Content-Type", resource.content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(resource.body), http_headers=response
                )
            )


def run_all(cli: Cli, db: str, *commands: tuple[str, ...]) -> list[subprocess.CompletedProcess[str]]:
    """Independent commands, two processes at a time."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda args: cli(*args, db=db), commands))


# -- extract -----------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str, Path]:
    """The CLI with a DATABASE_URL that does not exist: extract must not need (or create) a database."""
    tmp = tmp_path_factory.mktemp("extract")
    return cli_runner(tmp), f"sqlite:///{tmp / 'never-created.db'}", tmp


def _check_page(obj: dict[str, Any], web: ReplayWeb, url: str, *, check_original_url: bool = False) -> None:
    truth = web.truth[url]
    assert set(obj) >= EXTRACT_KEYS
    assert (obj["url"], obj["canonical_url"], obj["site"]) == (url, url.rstrip("/"), truth.site)
    assert (obj["title"], obj["body"], obj["language"]) == (truth.title, truth.body, truth.language)
    assert obj["published_at"] == truth.published_at.isoformat()
    assert obj["authors"] == list(truth.authors)
    assert obj["outlet"] == {"name": truth.outlet_name, "domain": truth.outlet_domain}
    if check_original_url:  # when the page names or links its original
        assert obj["original_url"] == truth.original_url
    att = obj["attribution"]
    assert set(att) >= {"method", "confidence", "evidence"} and att["method"] != "none"
    assert 0 < att["confidence"] <= 1 and att["evidence"]
    assert any(e["outlet"] == truth.outlet_name for e in att["evidence"])


def test_extract_html_html_gz_and_warc_print_the_designed_json(
    offline: tuple[Cli, str, Path], demo_web: ReplayWeb
) -> None:
    cli, db, tmp = offline
    aggregator = first_url(demo_web, "mogaz.test")
    (tmp / "mogaz.html").write_bytes(page_bytes(demo_web, aggregator))
    # shorouk's canonical URL has a query string: "&amp;" in the attribute must come out as "&".
    outlet_page = first_url(demo_web, "shorouk.test")
    (tmp / "shorouk.html.gz").write_bytes(gzip.compress(page_bytes(demo_web, outlet_page)))
    records = [
        first_url(demo_web, "masress.test"),
        "http://mogaz.test/rss.xml",  # not HTML: no output
        first_url(demo_web, "worldbrief.test", "en-museum-record"),
        first_url(demo_web, "oldnews.test", "ar-school-meals"),  # windows-1256, charset not in the headers
    ]
    write_warc(tmp / "pages.warc.gz", demo_web, records)

    html, html_gz, warc = run_all(
        cli,
        db,
        ("extract", str(tmp / "mogaz.html"), "--json"),
        ("extract", str(tmp / "shorouk.html.gz"), "--json"),
        ("extract", str(tmp / "pages.warc.gz"), "--json"),
    )
    page = json.loads(ok(html))
    _check_page(page, demo_web, aggregator)
    assert page["attribution"]["method"].startswith("text:") and page["extraction_method"] == "selectors"

    own = json.loads(ok(html_gz))
    _check_page(own, demo_web, outlet_page, check_original_url=True)
    assert own["attribution"]["method"] == "own_site" and own["original_url"] == outlet_page

    lines = ok(warc).splitlines()
    objects = [json.loads(line) for line in lines]
    assert [o["url"] for o in objects] == [u for u in records if u in demo_web.truth]  # file order
    for obj in objects:
        _check_page(obj, demo_web, obj["url"], check_original_url=obj["site"] != "oldnews.test")
    assert not Path(db.removeprefix("sqlite:///")).exists()


def test_extract_a_folder_prints_json_lines_with_progress_on_stderr(
    offline: tuple[Cli, str, Path], demo_web: ReplayWeb
) -> None:
    cli, db, tmp = offline
    folder = tmp / "saved"
    (folder / "deeper").mkdir(parents=True)
    urls = [first_url(demo_web, "mogaz.test"), first_url(demo_web, "shorouk.test")]
    (folder / "a.html").write_bytes(page_bytes(demo_web, urls[0]))
    (folder / "deeper" / "b.html.gz").write_bytes(gzip.compress(page_bytes(demo_web, urls[1])))
    records = [first_url(demo_web, "masress.test"), first_url(demo_web, "worldbrief.test")]
    write_warc(folder / "deeper" / "c.warc.gz", demo_web, records)
    (folder / "feed.html").write_bytes(page_bytes(demo_web, "http://mogaz.test/rss.xml"))  # a feed, misnamed
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # unreadable

    (result,) = run_all(cli, db, ("extract", str(folder)))
    assert result.returncode == 2, result.stderr  # an unreadable input was skipped: scripts can tell
    assert "Traceback" not in result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    by_url = {o["url"]: o for o in objects}
    assert (
        set(urls + records) <= set(by_url) and len(objects) == 5
    )  # sorted walk: a, deeper/b, deeper/c x2, feed
    for url in urls + records:
        assert set(by_url[url]) >= EXTRACT_KEYS and by_url[url]["is_article"]
    feed = next(o for o in objects if o["url"].endswith("feed.html"))
    assert (feed["is_article"], feed["not_article_reason"]) == (False, "feed")
    assert f"skipped {folder / 'image.html'}: not an HTML page (binary data)" in result.stderr
    assert "done, 5 pages, 4 articles, 1 not articles, 1 unreadable" in result.stderr


def test_extract_url_and_site_options_and_the_generic_path(
    offline: tuple[Cli, str, Path], demo_web: ReplayWeb
) -> None:
    cli, db, tmp = offline
    masress = first_url(demo_web, "masress.test", "ar-metro-trial")
    (tmp / "masress-saved.html").write_bytes(without_url(page_bytes(demo_web, masress)))
    mogaz = first_url(demo_web, "mogaz.test", "ar-metro-trial")
    (tmp / "mogaz-saved.html").write_bytes(without_url(page_bytes(demo_web, mogaz)))
    mirror = "http://mirror.example/news/1"

    with_url, with_site, generic, unknown_site = run_all(
        cli,
        db,
        # --url: the saved page's URL chooses the profile, and masress names its source in the URL path.
        ("extract", str(tmp / "masress-saved.html"), "--url", masress, "--json"),
        # --site: a copy found on an unknown host, read with the profile named.
        ("extract", str(tmp / "mogaz-saved.html"), "--url", mirror, "--site", "mogaz", "--json"),
        # An unknown host and no --site: the generic extractor, and the same questions answered.
        ("extract", str(tmp / "mogaz-saved.html"), "--url", mirror, "--json"),
        ("extract", str(tmp / "mogaz-saved.html"), "--site", "nosuch", "--json"),
    )
    truth = demo_web.truth[masress]
    page = json.loads(ok(with_url))
    assert set(page) >= EXTRACT_KEYS
    assert (page["url"], page["site"], page["extraction_method"]) == (masress, "masress.test", "selectors")
    assert (page["title"], page["body"]) == (truth.title, truth.body)
    assert page["outlet"] == {"name": truth.outlet_name, "domain": truth.outlet_domain}
    assert page["original_url"] == truth.original_url and page["attribution"]["method"] != "none"

    truth = demo_web.truth[mogaz]
    profiled = json.loads(ok(with_site))
    assert (profiled["url"], profiled["site"], profiled["extraction_method"]) == (
        mirror,
        "mirror.example",
        "selectors",
    )
    assert (profiled["title"], profiled["body"]) == (truth.title, truth.body)
    assert profiled["published_at"] == truth.published_at.isoformat()  # the profile's Cairo time zone
    assert profiled["outlet"] == {"name": truth.outlet_name, "domain": truth.outlet_domain}

    plain = json.loads(ok(generic))
    assert set(plain) >= EXTRACT_KEYS
    assert (plain["url"], plain["site"], plain["title"]) == (mirror, "mirror.example", truth.title)
    assert plain["extraction_method"] != "selectors"
    assert truth.paragraphs[0] in plain["body"]
    assert plain["outlet"] == profiled["outlet"] and plain["attribution"]["method"].startswith("text:")
    assert plain["original_url"] is None

    assert refused(unknown_site).startswith("unknown site 'nosuch'")


def test_extract_bad_input_is_refused_in_one_line(
    offline: tuple[Cli, str, Path], demo_web: ReplayWeb
) -> None:
    cli, db, tmp = offline
    noise = random.Random(6).randbytes(4000)
    (tmp / "image.html").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    )  # binary under an HTML name
    whole = gzip.compress(page_bytes(demo_web, first_url(demo_web, "mogaz.test")))
    (tmp / "cut.html.gz").write_bytes(whole[: len(whole) // 2])
    (tmp / "noise.warc.gz").write_bytes(noise)

    results = run_all(
        cli,
        db,
        ("extract", str(tmp / "missing.html"), "--json"),
        ("extract", str(tmp / "image.html"), "--json"),
        ("extract", str(tmp / "cut.html.gz"), "--json"),
        ("extract", str(tmp / "noise.warc.gz"), "--json"),
    )
    reasons = [refused(r) for r in results]
    assert all(r.stdout == "" for r in results)
    missing, image, cut, noise_warc = reasons
    assert missing == f"{tmp / 'missing.html'}: no such file"
    assert image == f"{tmp / 'image.html'}: not an HTML page (binary data)"
    assert cut.startswith(f"{tmp / 'cut.html.gz'}: cannot read: ")
    assert noise_warc.startswith(f"{tmp / 'noise.warc.gz'}: not a readable WARC file")


# -- ingest and reprocess ----------------------------------------------------------------------------------------
CRAWLED = ("mogaz", "masralarabia")
WITHOUT_RAW = "ahram"  # crawled with NEWSCRAWL_KEEP_RAW_HTML=0: nothing to reprocess there


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def crawled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, replay: ReplayServer
) -> Db:
    tmp = tmp_path_factory.mktemp(f"pages-{request.param}")
    db = module_db(request, tmp)
    ok(db("db", "upgrade"))
    ok(db("crawl", *CRAWLED, proxy=replay.proxy_url))
    ok(db("crawl", WITHOUT_RAW, proxy=replay.proxy_url, NEWSCRAWL_KEEP_RAW_HTML="0"))
    return db


def _stories_by_url(session: Session) -> dict[str, int | None]:
    return dict(session.execute(select(Article.url, Article.story_id)).all())


def _expected_joins(web: ReplayWeb, known: set[str], urls: list[str]) -> int:
    """How many of ``urls`` (ingested in this order) join a story that already exists."""
    joins = 0
    for url in urls:
        key = web.truth[url].story_key
        joins += key in known
        known.add(key)
    return joins


@pytest.mark.slow
def test_ingest_a_warc_and_a_folder_stores_rows_in_stories_once(crawled: Db, demo_web: ReplayWeb) -> None:
    # Pages of sites this database has never crawled, many of them copies of stories it already holds.
    in_warc = demo_web.article_urls("oldnews.test") + [
        first_url(demo_web, "masress.test", key)
        for key in ("ar-metro-trial", "ar-olive-harvest", "ar-kuwait-rain")
    ]
    warc = crawled.tmp / "capture.warc.gz"
    # Also a feed (not HTML: not read) and a listing page (HTML, but not an article: counted, not stored).
    write_warc(
        warc,
        demo_web,
        [*in_warc[:4], "http://oldnews.test/rss.php", "http://oldnews.test/index.php", *in_warc[4:]],
    )
    folder = crawled.tmp / "saved"
    (folder / "shorouk").mkdir(parents=True)
    in_folder = []
    for url in demo_web.article_urls("youm7.test") + demo_web.article_urls("vetogate.test"):
        (folder / f"{len(in_folder):02d}.html").write_bytes(page_bytes(demo_web, url))
        in_folder.append(url)
    for url in demo_web.article_urls("shorouk.test"):
        (folder / "shorouk" / f"{len(in_folder):02d}.html.gz").write_bytes(
            gzip.compress(page_bytes(demo_web, url))
        )
        in_folder.append(url)
    (folder / "README.txt").write_text("saved pages\n")  # not a page: left alone

    with session_on(crawled.url) as session:
        before = _stories_by_url(session)
    known = {demo_web.truth[u].story_key for u in before}
    joins_warc = _expected_joins(demo_web, known, in_warc)
    joins_folder = _expected_joins(demo_web, known, in_folder)  # folders are read in sorted order
    assert joins_warc and joins_folder and not set(in_warc + in_folder) & set(before)

    n = len(in_warc)
    assert ok(crawled("ingest", str(warc))) == (
        f"{n + 1} pages: {n} new, 0 updated, 0 unchanged, {joins_warc} joined an existing story, 1 not articles\n"
    )
    n = len(in_folder)
    assert ok(crawled("ingest", str(folder))) == (
        f"{n} pages: {n} new, 0 updated, 0 unchanged, {joins_folder} joined an existing story, 0 not articles\n"
    )
    with session_on(crawled.url) as session:
        after = _stories_by_url(session)
        rows = {a.url: a for a in session.scalars(select(Article))}
        raw = session.scalar(select(func.count()).select_from(RawPage))
        stories = session.scalar(select(func.count(Story.id)))
        runs = list(
            session.scalars(select(CrawlRun).where(CrawlRun.trigger == "ingest").order_by(CrawlRun.id))
        )

    # Every page stored once under its own URL ("&amp;" in shorouk's canonical link decoded), with its raw
    # HTML (all but the pages of the site crawled without).
    assert set(after) == set(before) | set(in_warc) | set(in_folder)
    without_raw = len(demo_web.article_urls(f"{WITHOUT_RAW}.test"))
    assert raw == len(after) - without_raw
    for url in in_warc + in_folder:
        truth = demo_web.truth[url]
        assert (rows[url].title, rows[url].body) == (truth.title, truth.body)
    # Stories: copies of one text share one story, old or new; different texts never do.
    by_key: dict[str, set[int | None]] = {}
    for url, story in after.items():
        by_key.setdefault(demo_web.truth[url].story_key, set()).add(story)
    assert all(len(ids) == 1 and None not in ids for ids in by_key.values())
    assert len({next(iter(ids)) for ids in by_key.values()}) == len(by_key)
    assert all(after[u] == before[u] for u in before)
    assert [(r.status, r.requests, r.articles_new) for r in runs] == [
        ("ok", len(in_warc) + 1, len(in_warc)),
        ("ok", len(in_folder), len(in_folder)),
    ]

    # The same input again adds nothing.
    n = len(in_warc) + len(in_folder)
    assert ok(crawled("ingest", str(warc), str(folder))) == (
        f"{n + 1} pages: 0 new, 0 updated, {n} unchanged, 0 joined an existing story, 1 not articles\n"
    )
    with session_on(crawled.url) as session:
        assert _stories_by_url(session) == after
        assert session.scalar(select(func.count(Story.id))) == stories


def _snapshot(session: Session) -> dict[str, Any]:
    """Everything extraction, attribution and dedup decide, by row id."""
    articles = {
        a.id: (
            a.canonical_url,
            a.url,
            a.title,
            a.body,
            a.published_at,
            a.outlet_id,
            a.agency_id,
            a.original_url,
            a.attribution_method,
            a.content_hash,
            a.story_id,
            a.is_original,
            a.lag_seconds,
        )
        for a in session.scalars(select(Article))
    }
    stories = {
        s.id: (s.origin_outlet_id, s.original_article_id, s.article_count, s.site_count, s.merged_into_id)
        for s in session.scalars(select(Story))
    }
    return {"articles": articles, "stories": stories}


def test_ingest_keeps_going_past_an_unreadable_file(tmp_path: Path, demo_web: ReplayWeb) -> None:
    """One bad file in a folder of saved pages: the others are stored, the bad one is named in one line,
    and the exit code (2) still tells a script that some input was bad."""
    cli, db = cli_runner(tmp_path), f"sqlite:///{tmp_path / 'news.db'}"
    ok(cli("db", "upgrade", db=db))
    folder = tmp_path / "saved"
    folder.mkdir()
    urls = demo_web.article_urls("youm7.test")[:2]
    (folder / "a.html").write_bytes(page_bytes(demo_web, urls[0]))
    (folder / "b.html.gz").write_bytes(gzip.compress(page_bytes(demo_web, urls[0]))[:40])  # truncated
    (folder / "c.html").write_bytes(page_bytes(demo_web, urls[1]))
    result = cli("ingest", str(folder), db=db)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("2 pages: 2 new")
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 2 and "b.html.gz" in skipped[0]
    with session_on(db) as session:
        assert set(session.scalars(select(Article.url))) == set(urls)


@pytest.mark.slow
def test_reprocess_reruns_extraction_on_stored_html_without_fetching(
    crawled: Db, replay: ReplayServer
) -> None:
    with session_on(crawled.url) as session:
        before = _snapshot(session)
        stored = session.scalar(select(func.count()).select_from(RawPage))
        per_site = dict(
            session.execute(
                select(Site.name, func.count(Article.id))
                .join(Article, Article.site_id == Site.id)
                .group_by(Site.name)
            ).all()
        )
    missing = per_site[WITHOUT_RAW]
    assert stored and stored == len(before["articles"]) - missing and missing > 0
    requests = replay.request_count

    # Only a site crawled with NEWSCRAWL_KEEP_RAW_HTML=0: refused, saying why.
    reason = refused(crawled("reprocess", "--site", WITHOUT_RAW))
    assert reason.startswith(
        f"no raw HTML stored for the {missing} articles (fetched with NEWSCRAWL_KEEP_RAW_HTML=0)"
    )
    assert refused(crawled("reprocess", "--site", "nosuch")).startswith("no site 'nosuch' in the database")
    # Everything: the pages kept are reprocessed, the others are named as left alone; then one site by name.
    everything = ok(crawled("reprocess", NEWSCRAWL_REPLAY_PROXY=DEAD_PROXY)).splitlines()
    one_site = ok(crawled("reprocess", "--site", "masralarabia", NEWSCRAWL_REPLAY_PROXY=DEAD_PROXY))
    assert everything == [
        f"{missing} articles have no raw HTML stored (NEWSCRAWL_KEEP_RAW_HTML=0) and stay as they are",
        f"reprocessed {stored} stored pages: {stored} pages: 0 new, 0 updated, {stored} unchanged, "
        "0 joined an existing story, 0 not articles",
    ]
    on_site = per_site["masralarabia"]
    assert one_site.startswith(f"reprocessed {on_site} stored pages: {on_site} pages: 0 new, 0 updated")

    assert replay.request_count == requests  # nothing was fetched
    with session_on(crawled.url) as session:
        assert _snapshot(session) == before  # same ids, same texts, same credits, same stories
        runs = list(
            session.scalars(select(CrawlRun).where(CrawlRun.trigger == "reprocess").order_by(CrawlRun.id))
        )
    # The two reprocess runs are in the ledger; the refused ones left nothing behind.
    assert [(r.status, r.requests, r.articles_unchanged) for r in runs] == [
        ("ok", stored, stored),
        ("ok", on_site, on_site),
    ]
