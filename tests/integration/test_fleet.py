"""The fleet end to end: worker processes on one Redis frontier and one Postgres, over the generated web.

Every article page served is stored exactly once, whatever happens to a worker or to Redis; the stories are
those of a single-process crawl of the same web; the per-domain limit holds for the fleet, counted by the
replay server; robots.txt is fetched once per host and run.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newscrawl_kit import replay_profiles
from newscrawl_kit.replay.generator import build_large_web
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb
from tests.integration.conftest import cli_runner
from tests.integration.fleet import (
    Fleet,
    RedisServer,
    drop_prefix,
    need_redis,
    prepared_db,
    rows,
    stored,
    story_partition,
    wait_for,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(900)]


# Two aggregators and an outlet whose stories they copy: few enough sites that three workers' crawlers
# (one per site each, with their database connections) fit beside the other tests on one Postgres.
SITES = ("masress", "mogaz", "youm7")


@pytest.fixture(scope="module")
def web() -> ReplayWeb:
    return build_large_web(stories=80, aggregators=2, seed=13)


@pytest.fixture(scope="module")
def server(web: ReplayWeb) -> Iterator[ReplayServer]:
    with ReplayServer(web) as s:
        yield s


@pytest.fixture
def fleet(make_pg_database: Callable[[], str], tmp_path: Path, server: ReplayServer) -> Iterator[Fleet]:
    need_redis()
    server.reset_counts()
    server.set_latency(0.0)
    f = Fleet(prepared_db(make_pg_database, tmp_path), tmp_path, server.proxy_url)
    try:
        yield f
    finally:
        f.stop()
        drop_prefix(f.redis_url, f.prefix)


def _queue(fleet: Fleet, web: ReplayWeb) -> str:
    out = fleet.cli("crawl", *SITES, "--distributed")
    assert out.returncode == 0, out.stderr
    assert "queued for the fleet" in out.stdout, out.stdout
    return out.stdout


def _article_pages(web: ReplayWeb) -> int:
    """The article pages served on the crawled sites' hosts."""
    hosts = {h for name in SITES for h in replay_profiles()[name].hosts}
    return sum(1 for url in web.truth if url.split("/")[2] in hosts)


def _all_stored_once(fleet: Fleet, web: ReplayWeb) -> None:
    total = stored(fleet.db)
    distinct = stored(fleet.db, "SELECT COUNT(DISTINCT canonical_url) FROM articles")
    assert total == distinct, "an article stored twice"
    assert total == _article_pages(web), f"stored {total} of {_article_pages(web)}"


def _runs_ok(fleet: Fleet) -> list[tuple[object, ...]]:
    runs = rows(fleet.db, "SELECT run_id, site, status, workers, error_message FROM v_runs ORDER BY run_id")
    assert runs and all(r[2] == "ok" for r in runs), runs
    return runs


def test_three_workers_store_every_article_once_with_the_stories_of_one_process(
    fleet: Fleet, web: ReplayWeb, make_pg_database: Callable[[], str], tmp_path: Path, server: ReplayServer
) -> None:
    single = prepared_db(make_pg_database, tmp_path / "single")
    out = cli_runner(tmp_path / "single")("crawl", *SITES, db=single, proxy=server.proxy_url)
    assert out.returncode == 0, out.stderr
    server.reset_counts()

    _queue(fleet, web)
    for _ in range(3):
        fleet.start_worker()
    assert fleet.wait() == [0, 0, 0], [fleet.log(i)[-2000:] for i in range(3)]

    _all_stored_once(fleet, web)
    assert story_partition(fleet.db) == story_partition(single)
    runs = _runs_ok(fleet)
    assert max(r[3] for r in runs) == 3  # a run's workers are in the ledger
    shares = rows(fleet.db, "SELECT worker, SUM(requests) FROM crawl_run_workers GROUP BY worker")
    assert len(shares) == 3 and all(n > 0 for _, n in shares), shares  # every worker did its part
    listed = fleet.cli("runs")
    assert listed.returncode == 0 and "WORKERS" in listed.stdout, listed.stdout


def test_a_worker_killed_mid_crawl_loses_nothing(fleet: Fleet, web: ReplayWeb) -> None:
    _queue(fleet, web)
    for _ in range(3):
        fleet.start_worker()
    wait_for(lambda: stored(fleet.db) >= 20, 180, "the first articles")
    victim = fleet.workers[0]
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    codes = fleet.wait()
    assert codes[1:] == [0, 0], [fleet.log(i)[-2000:] for i in (1, 2)]
    _all_stored_once(fleet, web)
    _runs_ok(fleet)
    logs = fleet.log(1) + fleet.log(2)
    assert "back to the queue" in logs  # the dead worker's claims were taken back


def test_redis_restarted_mid_crawl_the_crawl_completes(fleet: Fleet, web: ReplayWeb, tmp_path: Path) -> None:
    redis = RedisServer(tmp_path / "redis")
    redis.start()
    fleet.redis_url = redis.url
    try:
        _queue(fleet, web)
        for _ in range(2):
            fleet.start_worker(NEWSCRAWL_REDIS_WAIT="60")
        wait_for(lambda: stored(fleet.db) >= 20, 180, "the first articles")
        redis.stop()
        time.sleep(3)
        redis.start()
        assert fleet.wait() == [0, 0], [fleet.log(i)[-2000:] for i in range(2)]
        _all_stored_once(fleet, web)
        _runs_ok(fleet)
        assert "Redis is back" in fleet.log(0) + fleet.log(1)
    finally:
        fleet.stop()
        redis.stop()


def test_redis_gone_for_good_fails_the_run_in_one_line(fleet: Fleet, web: ReplayWeb, tmp_path: Path) -> None:
    redis = RedisServer(tmp_path / "redis")
    redis.start()
    fleet.redis_url = redis.url
    lease = ("-s", "NEWSCRAWL_LEASE_SECONDS=6")  # a run whose end could not be recorded holds the site 6 s
    try:
        out = fleet.cli("crawl", *SITES, "--distributed", *lease)
        assert out.returncode == 0, out.stderr
        worker = fleet.start_worker(*lease, NEWSCRAWL_REDIS_WAIT="3")
        wait_for(lambda: stored(fleet.db) >= 5, 180, "the first articles")
        redis.stop()
        assert worker.wait(timeout=120) == 1
        last = fleet.log(0).strip().splitlines()[-1]
        assert last.startswith("newscrawl worker: Redis unreachable at redis://127.0.0.1:"), last
        failed = rows(fleet.db, "SELECT status, error_message FROM v_runs WHERE status = 'failed'")
        assert failed and all("Redis unreachable" in (m or "") for _, m in failed), failed
        # The scheduler says it in one line too, and the next run (Redis back) rediscovers the site.
        out = fleet.cli("crawl", *SITES, "--distributed")
        assert out.returncode == 1
        assert out.stderr.strip().count("\n") == 0 and "Redis unreachable" in out.stderr, out.stderr
        # Redis back (its queue as it was): the next run starts the sites from their discovery again. A site
        # whose run ended just as Redis went (its end unrecorded) is free once that run's lease expired.
        redis.start()
        time.sleep(7)
        again = fleet.cli("crawl", *SITES, "--distributed")
        assert again.returncode == 0 and again.stdout.count("queued for the fleet") == len(SITES), again
    finally:
        redis.stop()


def test_the_fleet_keeps_the_per_domain_limit_and_fetches_robots_once(
    fleet: Fleet, web: ReplayWeb, server: ReplayServer
) -> None:
    server.set_latency(0.15)  # answers overlap: the server sees how many requests each host gets at once
    _queue(fleet, web)
    for _ in range(3):
        fleet.start_worker("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
    assert fleet.wait() == [0, 0, 0], [fleet.log(i)[-2000:] for i in range(3)]
    _all_stored_once(fleet, web)
    peaks = server.max_in_flight()
    assert peaks and max(peaks.values()) <= 2, peaks
    assert max(peaks.values()) == 2  # the limit is used, not just kept
    robots: dict[str, int] = {}
    for _method, url, _status in server.requests:
        if url.endswith("/robots.txt"):
            host = url.split("/")[2]
            robots[host] = robots.get(host, 0) + 1
    assert robots and set(robots.values()) == {1}, robots


def test_a_queued_fleet_run_keeps_the_site_running(fleet: Fleet) -> None:
    """Cadence and "skipped: already running" keep their meaning: a fleet run holds the site until it ends,
    against a second scheduler and against a single-process run, even before any worker joined it."""
    first = fleet.cli("crawl", "mogaz", "--distributed")
    assert first.returncode == 0 and "queued for the fleet" in first.stdout, first.stderr
    again = fleet.cli("crawl", "mogaz", "--distributed")
    assert again.returncode == 0 and again.stdout.strip() == "mogaz: skipped: already running", again.stdout
    single = fleet.cli("crawl", "mogaz")
    assert single.returncode == 0 and "mogaz: skipped: already running" in single.stdout, single.stdout
    due = fleet.cli("crawl", "mogaz", "--due", "--distributed")  # never run to the end: still due
    assert due.returncode == 0 and "skipped: already running" in due.stdout, due.stdout


def test_distributed_needs_a_reachable_redis(fleet: Fleet, web: ReplayWeb) -> None:
    out = fleet.cli("crawl", SITES[0], "--distributed", REDIS_URL="")
    assert out.returncode == 2 and "REDIS_URL" in out.stderr, out.stderr
    closed = fleet.cli("crawl", SITES[0], "--distributed", REDIS_URL="redis://127.0.0.1:1/0")
    assert closed.returncode == 1, closed.stderr
    assert closed.stderr.strip().startswith("newscrawl: Redis unreachable at redis://127.0.0.1:1/0")
    assert "Traceback" not in closed.stderr
    worker = fleet.cli("worker", REDIS_URL="redis://127.0.0.1:1/0")
    assert worker.returncode == 1 and "Redis unreachable" in worker.stderr, worker.stderr
