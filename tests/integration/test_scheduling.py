"""Scheduled operation through the real ``newscrawl`` command: ``crawl --due`` and the adaptive cadence, no
overlapping runs, a SIGKILLed run, the database going away mid-run, the run ledger and the log lines.

Every crawl is a child process against the replay web served from this process; one mogaz article is taken
off that web while its feed, sitemap and listing still link it (a real 404). Runs are caught mid-way by
pausing the replay server (the overlapping run) or slowed by Scrapy's own ``DOWNLOAD_DELAY`` (one request per
delay and site) so that they can be killed, or lose their database, half-way. Each scenario runs once per
backend in a module-scoped fixture, and several tests read its outcome.
"""

from __future__ import annotations

import gzip
import os
import re
import signal
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url
from warcio.archiveiterator import ArchiveIterator

from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article, CrawlRun, Site
from crawler.scheduling.cadence import BACKOFF_FACTOR, SPEEDUP_FACTOR, clamp_interval
from crawler.scheduling.locks import run_lock
from crawler.sites import all_profiles, crawl_targets
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb, build_demo_web, split_url
from tests.conftest import PG_ADMIN_URL
from tests.integration.conftest import REPO, cli_command, cli_env, cli_runner

SITE = "mogaz"  # the seed-shaped aggregator: feed, news sitemap, paginated listing, 15 articles
HOST = "mogaz.test"
# About one request per 0.2 s to the site: mogaz's ~21 requests take ~4 s instead of about one.
SLOW = ("-s", "DOWNLOAD_DELAY=0.2")
RUN_LINE = re.compile(r"^(\w+): run (\d+) ok: ", re.M)
PROGRESS = re.compile(
    r"progress: (.+?): (\d+) pages, (\d+) new, (\d+) updated articles, ([\d.]+) pages/s$", re.M
)


# -- the web, the databases, the command ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def broken_web() -> tuple[ReplayWeb, str]:
    web = build_demo_web()
    dead = sorted(web.article_urls(HOST))[0]
    web.remove(dead)  # the feed, sitemap and listing still link it: it answers 404
    return web, dead


@pytest.fixture(scope="module")
def demo_web(broken_web: tuple[ReplayWeb, str]) -> ReplayWeb:
    """Overrides the conftest fixture, so ``replay`` serves the web with the dead link."""
    return broken_web[0]


@pytest.fixture(scope="module")
def dead_link(broken_web: tuple[ReplayWeb, str]) -> str:
    return broken_web[1]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def new_db(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[], str]:
    """Makes empty databases of the module's backend, migrated to the latest schema."""
    make_pg = request.getfixturevalue("make_pg_database") if backend == "postgres" else None

    def make() -> str:
        url = make_pg() if make_pg else f"sqlite:///{tmp_path_factory.mktemp('db') / 'news.db'}"
        upgrade(url)
        return url

    return make


class Child:
    """A ``newscrawl`` process running in the background; its output goes to files (no pipe to fill up)."""

    def __init__(self, args: list[str], env: dict[str, str], workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.out_path, self.err_path = workdir / f"out-{id(self)}.txt", workdir / f"err-{id(self)}.txt"
        with self.out_path.open("wb") as out, self.err_path.open("wb") as err:
            self.proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=out, stderr=err)

    @property
    def stdout(self) -> str:
        return self.out_path.read_text(encoding="utf-8", errors="replace")

    @property
    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")

    def wait(self, timeout: float = 180) -> int:
        return self.proc.wait(timeout=timeout)


NO_BROWSER = {"NEWSCRAWL_CHROMIUM": "/nonexistent/chromium"}  # plain-HTTP sites only in these runs


@dataclass
class Cli:
    """``newscrawl`` for one database: the same lock and spool folders for every process it starts."""

    db: str
    proxy: str
    workdir: Path
    children: list[Child] = field(default_factory=list)

    def env(self, **extra: str) -> dict[str, str]:
        return cli_env(self.db, self.workdir, self.proxy, **(NO_BROWSER | extra))

    def run(self, *args: str, timeout: float = 240, **extra: str) -> subprocess.CompletedProcess[str]:
        run = cli_runner(self.workdir)
        return run(*args, db=self.db, proxy=self.proxy, timeout=timeout, **(NO_BROWSER | extra))

    def spawn(self, *args: str, **extra: str) -> Child:
        child = Child(cli_command(*args), self.env(**extra), self.workdir)
        self.children.append(child)
        return child

    def kill_all(self) -> None:
        for child in self.children:
            if child.proc.poll() is None:
                child.proc.kill()
            child.proc.wait(timeout=30)


@pytest.fixture
def cli_for(tmp_path: Path, replay: ReplayServer) -> Iterator[Callable[[str], Cli]]:
    made: list[Cli] = []

    def make(db: str) -> Cli:
        cli = Cli(db, replay.proxy_url, tmp_path / f"cli{len(made)}")
        made.append(cli)
        return cli

    yield make
    for cli in made:
        cli.kill_all()


# -- reading the database -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Run:
    """A ledger row and its site's name, read by column name: ``run["status"]``, ``run["site"]``."""

    site: str | None
    row: CrawlRun

    def __getitem__(self, column: str) -> Any:
        return self.site if column == "site" else getattr(self.row, column)


def rows(db: str, sql: str, **params: Any) -> list[Any]:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params).mappings())
    finally:
        engine.dispose()


def _orm(db: str, query: Any) -> list[Any]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return list(session.execute(query).all())
    finally:
        engine.dispose()


def runs_of(db: str, site: str | None = None) -> list[Run]:
    query = select(CrawlRun, Site.name).outerjoin(Site, Site.id == CrawlRun.site_id).order_by(CrawlRun.id)
    if site is not None:
        query = query.where(Site.name == site)
    return [Run(name, run) for run, name in _orm(db, query)]


def site_row(db: str, name: str) -> Site:
    return _orm(db, select(Site).where(Site.name == name))[0][0]


def articles_of(db: str, site: str) -> list[Article]:
    query = (
        select(Article).join(Site, Site.id == Article.site_id).where(Site.name == site).order_by(Article.id)
    )
    return [a for (a,) in _orm(db, query)]


def utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment  # SQLite gives naive UTC


def wait_for(what: str, ready: Callable[[], bool], child: Child | None = None, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if child is not None and child.proc.poll() is not None:
            raise AssertionError(
                f"the crawl ended before {what} (exit {child.proc.returncode}):\n{child.stderr[-3000:]}"
            )
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def served_to(requests: list[tuple[str, str, int]], host: str) -> list[tuple[str, str, int]]:
    return [r for r in requests if split_url(r[1])[0] == host]


def lock_free(db: str, workdir: Path, site: str) -> bool:
    """Whether a new run of ``site`` could take its run lock (taken the way the crawler takes it)."""
    with run_lock(db, f"site:{site}", str(workdir / "locks")) as acquired:
        return acquired


def stats_value(stderr: str, key: str) -> int | None:
    found = re.search(rf"'{re.escape(key)}': (\d+)", stderr)
    return int(found.group(1)) if found else None


# -- 1. crawl --due, and the cadence it records ----------------------------------------------------------------
@dataclass
class DueWorld:
    db: str
    cli: Cli
    first: subprocess.CompletedProcess[str]
    served: list[tuple[str, str, int]]  # what the replay web answered during the first run


@pytest.fixture(scope="module")
def due_world(
    new_db: Callable[[], str], replay: ReplayServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DueWorld]:
    """One database per backend, crawled by a first ``newscrawl crawl --due`` (with progress lines on)."""
    db = new_db()
    cli = Cli(db, replay.proxy_url, tmp_path_factory.mktemp("due"))
    replay.reset_counts()
    first = cli.run("crawl", "--due", "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0.2")
    yield DueWorld(db, cli, first, replay.requests)
    cli.kill_all()


def plain_sites() -> list[str]:
    return sorted(name for name in crawl_targets() if not all_profiles()[name].needs_browser)


def test_due_crawls_every_site_once_then_only_the_due_one(due_world: DueWorld, replay: ReplayServer) -> None:
    db, cli, first = due_world.db, due_world.cli, due_world.first
    profiles = all_profiles()
    assert first.returncode == 0, first.stderr[-3000:]
    # Nothing had run yet: every plain-HTTP site is due and crawled, once, from its own hosts.
    assert sorted(m.group(1) for m in RUN_LINE.finditer(first.stdout)) == plain_sites()
    runs = runs_of(db)
    assert sorted(r["site"] for r in runs) == plain_sites()
    assert {(r["trigger"], r["status"]) for r in runs} == {("due", "ok")}
    served_hosts = {split_url(url)[0] for _, url, _ in due_world.served}
    assert served_hosts == {profiles[name].hosts[0] for name in plain_sites()}

    # The cadence each run recorded: a first run finds only new articles, so every site polls more often.
    sites = {name: site_row(db, name) for name in plain_sites()}
    for run in runs:
        site, bounds = sites[run["site"]], profiles[run["site"]].cadence
        assert run["articles_new"] > 0
        assert site.cadence_seconds == clamp_interval(bounds.default * SPEEDUP_FACTOR, bounds), run["site"]
        assert site.last_success_at is not None and utc(site.last_success_at) == utc(run["started_at"])

    # At once again: nothing is due, nothing is fetched, no run is recorded.
    replay.reset_counts()
    again = cli.run("crawl", "--due")
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout.strip() == "nothing due"
    assert replay.request_count == 0
    assert len(runs_of(db)) == len(runs)

    # mogaz's last run now one interval and a minute ago: it alone is due.
    cadence = sites[SITE].cadence_seconds
    assert sites[SITE].last_success_at is not None
    earlier = utc(sites[SITE].last_success_at) - timedelta(seconds=cadence + 60)
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            conn.execute(update(Site).where(Site.name == SITE).values(last_success_at=earlier))
    finally:
        engine.dispose()
    replay.reset_counts()
    third = cli.run("crawl", "--due")
    assert third.returncode == 0, third.stderr[-3000:]
    assert [m.group(1) for m in RUN_LINE.finditer(third.stdout)] == [SITE]
    assert {split_url(url)[0] for _, url, _ in replay.requests} == {HOST}
    new_runs = runs_of(db)[len(runs) :]
    assert [(r["site"], r["trigger"], r["status"], r["articles_new"]) for r in new_runs] == [
        (SITE, "due", "ok", 0)
    ]
    # Nothing new this time: the interval backs off, counted from this run's start.
    site = site_row(db, SITE)
    assert site.cadence_seconds == clamp_interval(cadence * BACKOFF_FACTOR, profiles[SITE].cadence)
    assert site.cadence_seconds > cadence
    assert site.last_success_at is not None and utc(site.last_success_at) == utc(new_runs[0]["started_at"])


# -- 5. the run ledger ----------------------------------------------------------------------------------------
def test_ledger_columns_of_a_run_with_a_404(due_world: DueWorld, demo_web: ReplayWeb, dead_link: str) -> None:
    db = due_world.db
    run = next(r for r in runs_of(db, SITE) if r["trigger"] == "due")  # mogaz's first --due run
    served = served_to(due_world.served, HOST)
    statuses = Counter(status for _, _, status in served)
    assert ("GET", dead_link, 404) in served

    assert run["status"] == "ok" and run["error_message"] is None
    assert utc(run["started_at"]) <= utc(run["finished_at"]) <= datetime.now(UTC)
    assert run["host"] == socket.gethostname() and run["pid"] not in (None, os.getpid())
    assert run["requests"] == len(served)
    assert (run["responses_2xx"], run["responses_3xx"], run["responses_4xx"], run["responses_5xx"]) == (
        statuses[200],
        sum(n for s, n in statuses.items() if 300 <= s < 400),
        statuses[404],
        0,
    )
    assert statuses[404] == 1  # the dead link, nothing else
    # Bytes received: at least every body the server sent (gzip-encoded when bigger than 256 bytes).
    bodies = 0
    for _, url, status in served:
        resource = demo_web.get_url(url)
        if status == 200 and resource is not None:
            bodies += len(resource.gzipped()) if len(resource.body) > 256 else len(resource.body)
    assert bodies <= run["bytes"] <= bodies + 1024 * len(served)

    stored = articles_of(db, SITE)
    assert sorted(a.canonical_url for a in stored) == sorted(demo_web.article_urls(HOST))
    assert {a.crawl_run_id for a in stored} == {run["id"]}
    assert run["articles_new"] == len(stored)
    assert run["articles_updated"] == 0 and run["articles_unchanged"] == 0
    # "duplicate": new copies that joined a story some earlier-stored copy had started.
    joined = rows(
        db,
        "SELECT COUNT(*) AS n FROM articles a WHERE a.crawl_run_id = :run AND EXISTS "
        "(SELECT 1 FROM articles b WHERE b.story_id = a.story_id AND b.id < a.id)",
        run=run["id"],
    )[0]["n"]
    assert run["articles_duplicate"] == joined
    assert dict(run["errors"]) == {}  # a 404 is a response, counted above, not an error


def test_one_failed_run_makes_exit_code_1_and_its_errors_stay_in_its_row(
    sqlite_url: str, cli_for: Callable[[str], Cli]
) -> None:
    """Two sites in one process, one of them gone from the web (its host answers 502): that run is failed,
    the other is not, the command exits 1, and each ledger row holds only its own site's errors.

    SQLite only: the ledger is written by the same code on both backends, whose columns the test above
    checks on both.
    """
    web = build_demo_web()
    for url in list(web.urls("ahram.test")):
        web.remove(url)
    upgrade(sqlite_url)
    cli = cli_for(sqlite_url)
    with ReplayServer(web) as gone:
        result = cli.run("crawl", "ahram", SITE, NEWSCRAWL_REPLAY_PROXY=gone.proxy_url)
        served = gone.requests
    assert result.returncode == 1, result.stdout + result.stderr[-3000:]
    [failed] = runs_of(sqlite_url, "ahram")
    [fine] = runs_of(sqlite_url, SITE)
    # The site answered nothing, not even its robots.txt (5xx: RFC 9309 says crawl nothing): both are said.
    reason = "no response from the site: robots.txt of ahram.test answered 502"
    assert any(
        line.startswith(f"ahram: run {failed['id']} FAILED: {reason}") for line in result.stderr.splitlines()
    )
    assert re.search(rf"^{SITE}: run {fine['id']} ok: ", result.stdout, re.M)

    assert failed["status"] == "failed" and failed["error_message"].startswith(reason)
    assert failed["finished_at"] is not None and utc(failed["finished_at"]) >= utc(failed["started_at"])
    ahram = served_to(served, "ahram.test")
    assert failed["requests"] == len(ahram) > 0 and {status for _, _, status in ahram} == {502}
    counts = [failed[f"responses_{c}xx"] for c in "2345"]
    assert counts == [0, 0, 0, len(ahram)] and failed["articles_new"] == 0
    # Its errors: the ERROR lines logged for this run (retries given up), and nothing from the other site.
    gave_up = re.findall(rf"ERROR: \[ahram run={failed['id']}\] Gave up retrying", result.stderr)
    assert gave_up and dict(failed["errors"]) == {"log_errors": len(gave_up)}
    assert fine["status"] == "ok" and dict(fine["errors"]) == {} and fine["error_message"] is None
    # A failed run does not count for the cadence: the site stays due, at its default interval.
    site = site_row(sqlite_url, "ahram")
    assert site.last_success_at is None and site.last_run_at is not None
    assert site.cadence_seconds == all_profiles()["ahram"].cadence.default


# -- 6. log lines ---------------------------------------------------------------------------------------------
def test_log_lines_carry_site_and_run_with_progress_and_summary(due_world: DueWorld) -> None:
    """Quiet by default: a line when a site's run starts (with its id), its outcome on stdout, a progress line
    for the whole process every few seconds, and nothing of Scrapy's own INFO chatter."""
    first = due_world.first
    assert first.returncode == 0
    first_ids = {int(m.group(2)) for m in RUN_LINE.finditer(first.stdout)}
    runs = [r for r in runs_of(due_world.db) if r["id"] in first_ids]
    assert sorted(r["site"] for r in runs) == plain_sites()
    err = first.stderr
    for r in runs:
        prefix = f"[{r['site']} run={r['id']}]"
        assert f"{prefix} run started (trigger due)" in err
        assert re.search(
            rf"^{r['site']}: run {r['id']} ok: {r['requests']} requests, {r['articles_new']} new, "
            rf"{r['articles_updated']} updated, {r['articles_unchanged']} unchanged$",
            first.stdout,
            re.M,
        )
    # Periodic progress (NEWSCRAWL_PROGRESS_INTERVAL=0.2): pages, articles, rate, for all sites together.
    progress = PROGRESS.findall(err)
    assert progress and any(int(pages) > 0 and float(rate) > 0 for _, pages, _, _, rate in progress)
    assert int(progress[-1][1]) <= sum(r["requests"] for r in runs)
    others = [line for line in err.splitlines() if not PROGRESS.search(line) and "run started" not in line]
    assert others == [], others[:10]


# -- 2. and 3. an overlapping run, then the running one killed ------------------------------------------------
@dataclass
class OverlapWorld:
    """What cron meets: a tick while a run of the site is in progress, then that run dies by SIGKILL."""

    db: str
    first_run_id: int
    skipped: subprocess.CompletedProcess[str]  # the run started while the first one was running
    statuses_meanwhile: list[str]  # the site's ledger rows right after the skipped run
    first_alive: bool  # the first run still crawling then
    killed_code: int
    kept: list[Article]  # what the killed run had stored
    killed: Run  # its ledger row, right after the kill
    after: subprocess.CompletedProcess[str]  # the next run


@pytest.fixture(scope="module")
def overlap_world(
    new_db: Callable[[], str],
    replay: ReplayServer,
    demo_web: ReplayWeb,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[OverlapWorld]:
    db = new_db()
    cli = Cli(db, replay.proxy_url, tmp_path_factory.mktemp("overlap"))
    articles = set(demo_web.article_urls(HOST))
    replay.reset_counts()
    replay.pause()  # the first run gets no answer until the second one has come and gone
    try:
        first = cli.spawn("crawl", SITE, *SLOW, "-s", "NEWSCRAWL_PERSIST_BATCH=2")
        wait_for(
            "the first run's row", lambda: [r["status"] for r in runs_of(db, SITE)] == ["running"], first
        )
        skipped = cli.run("crawl", SITE)
        first_alive = first.proc.poll() is None
        statuses = [r["status"] for r in runs_of(db, SITE)]
    finally:
        replay.resume()

    def mid_run() -> bool:
        fetched = [u for _, u, s in served_to(replay.requests, HOST) if u in articles and s == 200]
        return len(fetched) >= 4 and len(articles_of(db, SITE)) >= 2

    wait_for("the first run to fetch and store some articles", mid_run, first)
    first.proc.send_signal(signal.SIGKILL)
    killed_code = first.wait(timeout=30)
    kept, [killed] = articles_of(db, SITE), runs_of(db, SITE)
    # The lock died with the process (Postgres notices the closed socket within moments).
    wait_for("the run lock to be free", lambda: lock_free(db, cli.workdir, SITE), timeout=15)
    after = cli.run("crawl", SITE)
    yield OverlapWorld(db, killed["id"], skipped, statuses, first_alive, killed_code, kept, killed, after)
    cli.kill_all()


def test_second_run_is_skipped_while_one_is_running(overlap_world: OverlapWorld) -> None:
    world = overlap_world
    second = world.skipped
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.stdout.strip() == f"{SITE}: skipped: already running"
    assert f"{SITE} skipped: already running" in second.stderr
    assert stats_value(second.stderr, "downloader/request_count") is None  # it fetched nothing
    assert world.statuses_meanwhile == ["running"]  # recorded no run, and did not close the first one's
    # The first run was not disturbed: it went on crawling and storing under its own run id.
    assert world.first_alive
    assert world.kept and {a.crawl_run_id for a in world.kept} == {world.first_run_id}


def test_sigkilled_run_is_marked_failed_and_the_next_run_completes(
    overlap_world: OverlapWorld, demo_web: ReplayWeb
) -> None:
    world, db = overlap_world, overlap_world.db
    articles = set(demo_web.article_urls(HOST))
    assert world.killed_code == -signal.SIGKILL
    assert 2 <= len(world.kept) < len(articles)
    assert world.killed["status"] == "running" and world.killed["finished_at"] is None  # nobody closed it

    after = world.after
    assert after.returncode == 0, after.stderr[-3000:]
    killed_now, latest = runs_of(db, SITE)
    assert killed_now["id"] == world.first_run_id and killed_now["status"] == "failed"
    assert "killed" in (killed_now["error_message"] or "")
    assert latest["status"] == "ok"
    # Articles the killed run stored stay; the next run adds the rest (its feed, sitemap and listing were
    # read again, not answered 304); each URL is stored once.
    stored = articles_of(db, SITE)
    assert sorted(a.canonical_url for a in stored) == sorted(articles)
    assert Counter(a.canonical_url for a in stored).most_common(1)[0][1] == 1
    assert {a.id for a in world.kept} <= {a.id for a in stored}
    assert latest["articles_new"] == len(articles) - len(world.kept)


# -- 4. the database going away (Postgres) ----------------------------------------------------------------------
def _admin() -> psycopg.Connection[Any]:
    return psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), autocommit=True)


@pytest.mark.postgres
def test_database_going_away_mid_run_fails_the_run_and_spools_the_pages(
    make_pg_database: Callable[[], str], cli_for: Callable[[str], Cli], demo_web: ReplayWeb
) -> None:
    db = make_pg_database()
    upgrade(db)
    name = make_url(db).database
    cli = cli_for(db)
    articles = set(demo_web.article_urls(HOST))
    crawl = cli.spawn("crawl", SITE, *SLOW, "-s", "NEWSCRAWL_PERSIST_BATCH=2")
    wait_for("some stored articles", lambda: len(articles_of(db, SITE)) >= 2, crawl)
    [run] = runs_of(db, SITE)

    # The database goes away: no new connections, and every open one (the crawl's lock included) is cut.
    with _admin() as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    try:
        code = crawl.wait()
    finally:
        with _admin() as admin:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    err = crawl.stderr
    assert code == 1, crawl.stdout + err[-3000:]
    assert "Traceback" not in err, err[-5000:]
    # One line says why, in the log and as the command's last word.
    summary = err.strip().splitlines()[-1]
    assert summary.startswith(f"{SITE}: run {run['id']} FAILED: database error: ")
    assert "not currently accepting connections" in summary
    logged = [line for line in err.splitlines() if f"ERROR: [{SITE} run={run['id']}] run FAILED" in line]
    assert len(logged) == 1 and "database error" in logged[0]

    # What was fetched but not stored is in the spool, as a WARC that `newscrawl ingest` takes back.
    spool = cli.workdir / "spool" / f"run-{run['id']}.warc.gz"
    assert spool.is_file(), sorted(p.name for p in (cli.workdir / "spool").glob("*"))
    with gzip.open(spool, "rb") as fh:
        spooled = [
            r.rec_headers.get_header("WARC-Target-URI")
            for r in ArchiveIterator(fh)
            if r.rec_type == "response"
        ]
    assert spooled and set(spooled) <= articles and len(set(spooled)) == len(spooled)
    kept = {a.canonical_url for a in articles_of(db, SITE)}  # what was stored before the database went
    assert len(kept) >= 2 and not kept & set(spooled)
    # The run could not record its end: its row stays open until the next run of the site closes it.
    assert [r["status"] for r in runs_of(db, SITE)] == ["running"]

    ingest = cli.run("ingest", str(spool))
    assert ingest.returncode == 0, ingest.stderr[-3000:]
    assert ingest.stdout.startswith(f"{len(spooled)} pages: {len(spooled)} new,"), ingest.stdout
    stored = articles_of(db, SITE)
    assert set(spooled) <= {a.canonical_url for a in stored}
    assert len(stored) == len({a.canonical_url for a in stored}) == len(kept) + len(spooled)


def test_unreachable_database_at_start_is_one_line(cli_for: Callable[[str], Cli]) -> None:
    cli = cli_for("postgresql+psycopg://postgres@127.0.0.1:1/x")
    result = cli.run("crawl", "--due", timeout=60)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newscrawl: database unreachable: "), result.stderr
    assert "127.0.0.1" in lines[0] and "port 1 " in lines[0] and result.stdout == ""


def test_a_failed_site_is_retried_at_its_shortest_interval_not_every_tick(db_url: str) -> None:
    """Due-ness counts from the last success, but a site that is down is not hit at every cron tick: after a
    failed attempt it waits the profile's shortest interval (cadence.min) before the next one."""
    from datetime import UTC, datetime, timedelta

    from crawler.db.engine import make_engine, session_factory, transaction
    from crawler.db.migrate import upgrade
    from crawler.db.models import CrawlRun, Site
    from crawler.runner import due_sites
    from crawler.sites import get_profile

    upgrade(db_url)
    shortest = get_profile("mogaz").cadence.min
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    engine = make_engine(db_url)
    try:
        with transaction(session_factory(engine)) as session:
            for name in ("mogaz", "masress"):
                site = Site(
                    name=name,
                    host=f"{name}.test",
                    cadence_seconds=900,
                    last_success_at=now - timedelta(hours=2),
                    last_run_at=now - timedelta(seconds=shortest // 2),
                )
                session.add(site)
                session.flush()
                session.add(CrawlRun(site_id=site.id, started_at=now - timedelta(hours=2), status="ok"))
                # mogaz's latest attempt failed a moment ago; masress's succeeded two hours ago.
                if name == "mogaz":
                    started = now - timedelta(seconds=shortest // 2)
                    session.add(CrawlRun(site_id=site.id, started_at=started, status="failed"))
    finally:
        engine.dispose()
    assert due_sites(db_url, ["mogaz", "masress"], now=now) == ["masress"]
    assert due_sites(db_url, ["mogaz", "masress"], now=now + timedelta(seconds=shortest)) == [
        "mogaz",
        "masress",
    ]
