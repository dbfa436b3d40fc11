"""The watched run lock and back-pressure, with real processes, on SQLite and Postgres (issue 11, items 8
and 9).

Lock: a run is caught mid-crawl and its lock is taken from under it without killing it: on Postgres its
lock connection is terminated (``pg_terminate_backend``), on SQLite its lock file is deleted. A second run
started then must not run beside it (it used to, and then marked the first one "killed?"); the first notices
at its next heartbeat, stops fetching and ends failed, "lost lock"; a run after it works normally.

Back-pressure: the database stops taking writes for a while (a table lock on Postgres, a write transaction
on SQLite) while the site answers fast: the pages fetched and not stored stay within
NEWSCRAWL_MAX_UNSTORED plus the requests already under way, then everything is stored when writes resume.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from crawler.db.engine import make_engine, normalize_url, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article, CrawlRun
from crawler.scheduling.locks import lock_file_path
from newscrawl_kit.hostile.server import Exchange, HostileServer
from newscrawl_kit.hostile.web import HOST, SITE, article_html, article_url, serve_site
from tests.integration.conftest import REPO, cli_command, cli_env

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    url = (
        f"sqlite:///{tmp_path / 'news.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    upgrade(url)
    return url


class Crawl:
    """``newscrawl crawl mogaz`` in the background, its output in files (a full pipe would stall it)."""

    def __init__(self, db: str, proxy: str, workdir: Path, args: tuple[str, ...]) -> None:
        self.out_path = workdir / f"out-{id(self)}.txt"
        self.err_path = workdir / f"err-{id(self)}.txt"
        with self.out_path.open("wb") as out, self.err_path.open("wb") as err:
            self.proc = subprocess.Popen(
                cli_command("crawl", SITE, *args),
                cwd=REPO,
                env=cli_env(db, workdir, proxy),
                stdout=out,
                stderr=err,
            )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def finish(self, timeout: float = 240) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=timeout)
        return code, self.out_path.read_text(errors="replace"), self.err_path.read_text(errors="replace")


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[Callable[..., Crawl]]:
    children: list[Crawl] = []

    def start(db: str, proxy: str, *args: str) -> Crawl:
        children.append(Crawl(db, proxy, tmp_path, args))
        return children[-1]

    yield start
    for child in children:
        if child.proc.poll() is None:
            child.proc.kill()
        child.proc.wait(timeout=30)


def _runs(db: str) -> list[CrawlRun]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    finally:
        engine.dispose()


def _stored(db: str) -> int:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return int(session.scalar(select(func.count(Article.id))) or 0)
    finally:
        engine.dispose()


def _wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _libpq(db: str) -> str:
    return normalize_url(db).replace("postgresql+psycopg://", "postgresql://")


def _cut_lock(db: str, tmp_path: Path, pid: int) -> None:
    """Take the run's lock away without touching the run itself."""
    if db.startswith("sqlite"):
        lock_file_path(tmp_path / "locks", f"site:{SITE}").unlink()
        return
    with psycopg.connect(_libpq(db), autocommit=True) as conn:
        cut = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (f"newscrawl-lock site:{SITE} pid={pid}",),
        ).fetchall()
    assert cut == [(True,)], cut


def test_a_run_that_loses_its_lock_stops_and_no_second_run_starts_beside_it(
    db: str, tmp_path: Path, spawn: Callable[..., Crawl]
) -> None:
    slow_articles = range(1, 121)
    pace = {"seconds": 0.3}  # slow while the first run is caught mid-crawl, then fast for the last run

    def slow(ex: Exchange) -> None:
        time.sleep(pace["seconds"])
        ex.send(article_html(int(ex.path.rsplit("/", 1)[1])))

    with HostileServer() as web:
        serve_site(web, slow_articles)
        for n in slow_articles:
            web.add(article_url(n), slow)
        watch = ("-s", "NEWSCRAWL_HEARTBEAT_SECONDS=8", "-s", "NEWSCRAWL_LEASE_SECONDS=120")
        first = spawn(db, web.url, *watch)
        _wait_for(lambda: len(web.hits_for(HOST, "/news/")) >= 4, 60, "the first run to fetch articles")
        # Frozen, the first run cannot notice anything before the second has started, however slow the
        # machine is: the second meets a live run whose lock is gone (the case the lease is for).
        os.kill(first.pid, signal.SIGSTOP)
        try:
            _cut_lock(db, tmp_path, first.pid)
            code2, out2, err2 = spawn(db, web.url, *watch).finish(120)
        finally:
            os.kill(first.pid, signal.SIGCONT)
        resumed_at = time.monotonic()
        code1, _, err1 = first.finish(120)
        stopped_at = time.monotonic()
        fetched_by_first = len(web.hits_for(HOST, "/news/"))
        pace["seconds"] = 0.0
        code3, _, err3 = spawn(db, web.url, *watch).finish(240)

    assert code2 == 0 and "skipped: already running" in out2, err2[-3000:]
    assert "lease held by pid=" in err2
    assert code1 == 1 and "lost lock" in err1, err1[-3000:]
    assert stopped_at - resumed_at < 8 + 15  # noticed at its next heartbeat, then stopped promptly
    assert fetched_by_first < len(slow_articles)  # it stopped fetching
    runs = _runs(db)
    assert runs[0].status == "failed" and (runs[0].error_message or "").startswith("lost lock"), runs[
        0
    ].error_message
    # Never two runs at once: every run started after the one before it had ended (the second never opened a
    # ledger row, so it could not mark the first one "killed?").
    for before, after in pairwise(runs):
        assert before.finished_at is not None and after.started_at >= before.finished_at
    assert code3 == 0, err3[-3000:]
    assert runs[-1].status == "ok" and _stored(db) == len(slow_articles)


def _hold_writes(db: str) -> Callable[[], None]:
    """Stop every write to the articles while reads go on; returns the function that lets them resume."""
    if db.startswith("sqlite"):
        conn = sqlite3.connect(make_url(db).database, isolation_level=None, timeout=30)
        conn.execute("BEGIN IMMEDIATE")  # the database's one write lock; WAL readers go on
        return lambda: (conn.rollback(), conn.close())  # type: ignore[func-returns-value]
    pg = psycopg.connect(_libpq(db))
    pg.execute("LOCK TABLE articles IN SHARE MODE")  # blocks INSERT/UPDATE, not SELECT
    return lambda: (pg.rollback(), pg.close())  # type: ignore[func-returns-value]


def test_back_pressure_bounds_the_pages_fetched_and_not_stored(db: str, spawn: Callable[..., Crawl]) -> None:
    many = range(1, 401)
    # NEWSCRAWL_MAX_UNSTORED, NEWSCRAWL_PERSIST_BATCH, CONCURRENT_REQUESTS
    limit, batch, downloader = 30, 10, 8
    settings = {
        "NEWSCRAWL_MAX_UNSTORED": limit,
        "NEWSCRAWL_PERSIST_BATCH": batch,
        "CONCURRENT_REQUESTS": downloader,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "AUTOTHROTTLE_ENABLED": "false",
    }
    with HostileServer() as web:
        serve_site(web, many)
        child = spawn(db, web.url, *[arg for k, v in settings.items() for arg in ("-s", f"{k}={v}")])
        _wait_for(lambda: len(web.hits_for(HOST, "/news/")) >= 1, 60, "the run to fetch articles")
        resume = _hold_writes(db)
        try:
            stored_at_hold = _stored(db)
            time.sleep(8)
            fetched = len(web.hits_for(HOST, "/news/"))
            time.sleep(2)
            fetched_later = len(web.hits_for(HOST, "/news/"))
        finally:
            resume()
        code, _, err = child.finish(240)
    backlog = fetched_later - stored_at_hold
    print(f"\nwrites held 10 s: {backlog} pages fetched and not stored (NEWSCRAWL_MAX_UNSTORED={limit})")
    assert fetched_later == fetched  # paused, not merely slowed down
    # The bound, plus what the downloader already held when fetching paused (CONCURRENT_REQUESTS) and the
    # few responses still being parsed then.
    assert backlog <= limit + downloader + 10, backlog
    assert code == 0, err[-3000:]
    assert _stored(db) == len(many)
    [run] = _runs(db)
    assert run.status == "ok"
