"""jsnews.test crawled for real in headless Chromium (scrapy-playwright), through the newscrawl CLI.

Three crawls, each in a child process (the Twisted reactor runs once per process):
1. the demo web: every jsnews article stored with its true title and body, while a plain-HTTP fetch of the same
   pages holds none of that text (so the browser is what made it work);
2. a web where browser requests fail (a 404, a page whose script never finishes, an image to abort): every page
   is still closed, the 404 is a 404 (not a 15 s selector timeout), the timeout is reported;
3. a larger jsnews web where the Chromium processes are killed mid-crawl: the browser is relaunched and every
   article is still stored.
The crawl's scrapy-playwright stats are read from the stats dump the CLI logs at INFO level.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler import settings as project_settings
from crawler.config import Config
from crawler.db.engine import make_engine, session_factory
from crawler.db.models import Article, CrawlRun, Site
from newscrawl_kit.replay.generator import build_large_web
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb, build_demo_web
from tests.integration.conftest import REPO, Runner

pytestmark = pytest.mark.browser

HOST = "jsnews.test"
CHROMIUM = Config.from_env().chromium_path
MAX_CONTEXTS = project_settings.PLAYWRIGHT_MAX_CONTEXTS
MAX_PAGES = project_settings.PLAYWRIGHT_MAX_PAGES_PER_CONTEXT
# The crash test is slowed down so the kill lands mid-crawl: one browser page at a time, short delays.
SLOW = ("-s", "CONCURRENT_REQUESTS=2", "-s", "DOWNLOAD_DELAY=0.1", "-s", "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=1")
_STAT_LINE = re.compile(r"^[\s{]*'([^']+)': (\d+),?}?$", re.MULTILINE)


@pytest.fixture(autouse=True, scope="module")
def _chromium() -> None:
    if os.access(CHROMIUM, os.X_OK):
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"no Chromium at {CHROMIUM}, and CI=true requires the browser tests to run")
    pytest.skip(f"no Chromium at {CHROMIUM} (install Debian's chromium; .ci/run does)")


# -- helpers -----------------------------------------------------------------------------------------------
def crawl_stats(output: str) -> dict[str, int]:
    """The integer entries of the stats dump Scrapy logs when the spider closes."""
    return {key: int(value) for key, value in _STAT_LINE.findall(output)}


def stored(db: str) -> dict[str, Article]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            rows = session.scalars(
                select(Article).join(Site, Article.site_id == Site.id).where(Site.name == "jsnews")
            )
            return {row.canonical_url: row for row in rows}
    finally:
        engine.dispose()


def last_run(db: str) -> CrawlRun:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
    finally:
        engine.dispose()


def listing_pages(web: ReplayWeb) -> int:
    return sum(
        1 for url in web.urls(HOST) if url == f"http://{HOST}/" or url.startswith(f"http://{HOST}/?page=")
    )


def plain_http_get(proxy: str, url: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    with opener.open(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def crawl_env(tmp_path: Path, db: str, proxy: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": db,
        "NEWSCRAWL_REPLAY_PROXY": proxy,
        "NEWSCRAWL_LOCK_DIR": str(tmp_path / "locks"),
        "NEWSCRAWL_SPOOL_DIR": str(tmp_path / "spool"),
    }


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])  # the name in (...) may hold spaces
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def chromium_descendants(root: int) -> list[int]:
    """Chromium processes started (through the Playwright driver) by process ``root``, and by nothing else."""
    tree = _children()
    found: list[int] = []
    todo = list(tree.get(root, []))
    while todo:
        pid = todo.pop()
        todo.extend(tree.get(pid, []))
        try:
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        if name.startswith("chrom"):
            found.append(pid)
    return found


def running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def article_fetches(server: ReplayServer) -> int:
    """Article texts served to the browser (each rendered article page fetches its JSON once)."""
    return sum(1 for _, url, status in server.requests if "/api/article/" in url and status == 200)


# -- 1. the demo web ----------------------------------------------------------------------------------------
def test_browser_crawl_stores_every_script_built_article(
    replay: ReplayServer, demo_web: ReplayWeb, newscrawl: Runner, sqlite_url: str
) -> None:
    truth = {url: t for url, t in demo_web.truth.items() if t.site == HOST}
    assert len(truth) >= 5
    assert newscrawl("db", "upgrade", db=sqlite_url).returncode == 0
    run = newscrawl(
        "crawl", "jsnews", "-s", "LOG_LEVEL=INFO", db=sqlite_url, proxy=replay.proxy_url, timeout=90
    )
    assert run.returncode == 0, run.stderr[-3000:]

    rows = stored(sqlite_url)
    assert set(rows) == set(truth)
    for url, expected in truth.items():
        assert rows[url].title == expected.title, url
        assert rows[url].body == expected.body, url

    # Without a browser the same pages are an empty #app container: none of the text is in the HTML.
    for url, expected in truth.items():
        status, html = plain_http_get(replay.proxy_url, url)
        assert status == 200 and '<div id="app"></div>' in html
        assert expected.title not in html
        for paragraph in expected.paragraphs:
            assert paragraph not in html, url

    stats = crawl_stats(run.stderr + run.stdout)
    listings = listing_pages(demo_web)
    # Listing pages are script-built too: the browser renders them, and they lead to every article.
    assert stats["newscrawl/discovered/listing"] == len(truth)
    # Only listings and articles went through Chromium (feed, sitemap, robots.txt stayed on plain HTTP) ...
    assert stats["playwright/request_count/navigation"] == len(truth) + listings
    assert stats["downloader/request_count"] > len(truth) + listings
    # ... one page each, every page closed, within the caps.
    assert stats["playwright/page_count"] == stats["playwright/page_count/closed"] == len(truth) + listings
    assert stats["playwright/browser_count"] == 1
    assert stats["playwright/context_count/max_concurrent"] <= MAX_CONTEXTS
    assert stats["playwright/page_count/max_concurrent"] <= MAX_PAGES

    # A second run: feed and sitemap answer 304 over plain HTTP, the listings are rendered afresh (Chromium
    # cannot take a 304 for a navigation, so it never sends conditional headers), stored articles are skipped.
    again = newscrawl(
        "crawl", "jsnews", "-s", "LOG_LEVEL=INFO", db=sqlite_url, proxy=replay.proxy_url, timeout=90
    )
    assert again.returncode == 0, again.stderr[-3000:]
    stats = crawl_stats(again.stderr + again.stdout)
    assert "log_count/ERROR" not in stats, again.stderr[-3000:]
    assert stats["newscrawl/incremental/not_modified"] == 2
    assert stats["playwright/request_count/navigation"] == listings
    assert stats["playwright/page_count"] == stats["playwright/page_count/closed"] == listings
    assert last_run(sqlite_url).articles_new == 0 and len(stored(sqlite_url)) == len(truth)


# -- 2. failing browser requests ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def black_hole() -> Iterator[str]:
    """A loopback port that takes connections and never answers (Chromium goes to loopback without the proxy)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)  # never accepted: the kernel completes the handshake, the request waits forever
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(scope="module")
def failing_web(black_hole: str) -> tuple[ReplayWeb, dict[str, str]]:
    """The demo web with jsnews articles that fail in the browser, and one with an image to abort."""
    web = build_demo_web()
    urls = sorted(web.article_urls(HOST))
    special = {"gone": urls[0], "stuck": urls[1], "pictured": urls[2], "hung": urls[3]}
    web.remove(special["gone"])  # 404, but the feed and sitemap still list it
    stuck = web.text(special["stuck"]).replace("app.classList.add('loaded');", "")  # wait_for never matches
    web.put(special["stuck"], stuck)
    pictured = web.text(special["pictured"]).replace('<div id="app">', '<img src="/logo.png"><div id="app">')
    web.put(special["pictured"], pictured)
    # A parser-blocking script that never arrives: the load event never fires, navigation times out.
    hung = web.text(special["hung"]).replace(
        "</head>", f'<script src="{black_hole}/hang.js"></script></head>'
    )
    web.put(special["hung"], hung)
    return web, special


def test_failing_browser_requests_close_their_pages(
    failing_web: tuple[ReplayWeb, dict[str, str]], newscrawl: Runner, sqlite_url: str
) -> None:
    web, special = failing_web
    truth = {url: t for url, t in web.truth.items() if t.site == HOST}
    assert newscrawl("db", "upgrade", db=sqlite_url).returncode == 0
    timeouts = (
        "-s",
        "NEWSCRAWL_BROWSER_WAIT_TIMEOUT=3000",
        "-s",
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT=3000",
    )
    with ReplayServer(web) as server:
        run = newscrawl(
            "crawl",
            "jsnews",
            "-s",
            "LOG_LEVEL=INFO",
            *timeouts,
            db=sqlite_url,
            proxy=server.proxy_url,
            timeout=90,
            # Playwright sends loopback through the proxy unless told not to; the black hole must be direct.
            PLAYWRIGHT_DISABLE_FORCED_CHROMIUM_PROXIED_LOOPBACK="1",
            # The black hole is on loopback, which the SSRF guard refuses unless the operator allows it.
            NEWSCRAWL_ALLOWED_NETWORKS="127.0.0.0/8",
        )
        served = server.requests
    assert run.returncode == 0, run.stderr[-3000:]
    stats = crawl_stats(run.stderr + run.stdout)
    pages = (
        len(truth) + 1 + listing_pages(web)
    )  # the removed article is still listed: the browser opens it too

    # Every page opened was closed: after a 200, after a 404, after the selector and the navigation timeouts.
    assert stats["playwright/page_count"] == stats["playwright/page_count/closed"] == pages
    # The 404 reached Scrapy as a 404 (HttpError middleware dropped it) instead of waiting for the selector.
    assert stats["downloader/response_status_count/404"] == 1
    assert stats["httperror/response_ignored_status_count/404"] == 1
    assert ("GET", special["gone"], 404) in served
    # The never-finished script and the never-loaded page failed with playwright's TimeoutError, once each.
    assert stats["downloader/exception_type_count/playwright._impl._errors.TimeoutError"] == 2
    assert "Page.wait_for_selector: Timeout 3000ms exceeded" in run.stderr
    assert "Page.goto: Timeout 3000ms exceeded" in run.stderr
    # The image was aborted in the browser and never reached the server.
    assert stats["playwright/request_count/aborted"] == 1
    assert not [url for _, url, _ in served if url.endswith("/logo.png")]

    rows = stored(sqlite_url)
    assert set(rows) == set(truth) - {special["stuck"], special["hung"]}
    assert rows[special["pictured"]].body == truth[special["pictured"]].body
    # The run ledger tells the operator what went wrong, and the run itself still counts as done.
    ledger = last_run(sqlite_url)
    assert ledger.status == "ok" and ledger.responses_4xx == 1
    assert ledger.errors.get("TimeoutError") == 2
    print({k: v for k, v in stats.items() if k.startswith(("playwright/page", "downloader/", "httperror/"))})


# -- 3. a crashed browser -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def large_jsnews() -> Iterator[tuple[ReplayWeb, ReplayServer]]:
    web = build_large_web(stories=40, aggregators=5)  # 41 jsnews articles
    with ReplayServer(web) as server:
        yield web, server


def test_killed_browser_is_relaunched_and_the_crawl_goes_on(
    large_jsnews: tuple[ReplayWeb, ReplayServer], newscrawl: Runner, sqlite_url: str, tmp_path: Path
) -> None:
    web, server = large_jsnews
    truth = {url: t for url, t in web.truth.items() if t.site == HOST}
    assert len(truth) > 30
    assert newscrawl("db", "upgrade", db=sqlite_url).returncode == 0
    server.reset_counts()
    log = tmp_path / "crawl.log"  # a file, not a pipe: the test polls while the crawl writes
    with log.open("w") as sink:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", "jsnews", "-s", "LOG_LEVEL=INFO", *SLOW],
            cwd=REPO,
            env=crawl_env(tmp_path, sqlite_url, server.proxy_url),
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
        seen: set[int] = set()  # every Chromium process the crawl ever had
        try:
            deadline = time.monotonic() + 60
            while article_fetches(server) < 8 and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert child.poll() is None, "the crawl ended before the browser could be killed"
            fetched_before = article_fetches(server)
            killed = chromium_descendants(child.pid)
            assert killed, "no Chromium process under the crawl"
            for pid in killed:
                with contextlib.suppress(ProcessLookupError):  # already gone with its parent
                    os.kill(pid, signal.SIGKILL)
            seen.update(killed)
            deadline = time.monotonic() + 90
            while child.poll() is None and time.monotonic() < deadline:
                seen.update(chromium_descendants(child.pid))
                time.sleep(0.2)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
    output = log.read_text()
    assert child.returncode == 0, output[-3000:]
    stats = crawl_stats(output)

    assert fetched_before < len(truth) - 10  # the kill really landed mid-crawl
    assert stats["playwright/browser_count"] == 2  # relaunched once
    assert len(seen) > len(killed)  # the relaunched browser had processes of its own ...
    time.sleep(0.5)
    assert [pid for pid in seen if running(pid)] == []  # ... and none outlived the crawl
    rows = stored(sqlite_url)
    assert set(rows) == set(truth)  # every page fetched, also those in flight when the browser died
    for url, expected in truth.items():
        assert rows[url].title == expected.title, url
    # A page that died with the browser is not counted as closed by scrapy-playwright: at most one (the cap).
    lost = stats["playwright/page_count"] - stats["playwright/page_count/closed"]
    assert 0 <= lost <= 1
    print({k: v for k, v in stats.items() if k.startswith(("playwright/", "downloader/exception"))})
