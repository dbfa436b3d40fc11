"""Scale-out: 1, 2, 4 fleet workers on one Redis frontier and one Postgres, crawling the same generated web.

    .venv/bin/python bench/scale.py [--workers 1,2,4] [--kill-one] [--stories 300] [--redis-url URL]

One replay web is generated and served (in this process) for the whole run; each worker count gets a fresh
Postgres database and a fresh Redis key prefix, `newscrawl crawl --distributed` queues the sites' discovery,
and N `newscrawl worker` processes crawl it. One line per worker count: pages/s (requests the replay server
answered, over the time from the first worker start to the last run closed), CPU ms per stored article (the
workers' user+system CPU; Postgres' own CPU is not counted), the ratio to one worker, and `stored N of N`
(articles in the database vs. article pages of the crawled sites). With --kill-one, one worker is SIGKILLed
once a third of the articles are stored, and the line must still read `stored N of N`.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Two aggregators and the outlets they copy most: every worker opens one crawler (with its database
# connections) per site, so sites x workers is bounded by Postgres' max_connections on a small machine.
SITES = ("masress", "mogaz", "theguardian", "youm7")


def _fresh_postgres(admin_url: str) -> str:
    import psycopg

    name = f"newscrawl_scale_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _drop_postgres(url: str, admin_url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _env(db: str, proxy: str, redis_url: str, prefix: str, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSCRAWL_")}
    return env | {
        "DATABASE_URL": db,
        "REDIS_URL": redis_url,
        "NEWSCRAWL_REDIS_PREFIX": prefix,
        "NEWSCRAWL_REPLAY_PROXY": proxy,
        "NEWSCRAWL_REPLAY": "1",
        "NEWSCRAWL_LOCK_DIR": str(tmp / "locks"),
        "NEWSCRAWL_SPOOL_DIR": str(tmp / "spool"),
        "NEWSCRAWL_VISIBILITY_TIMEOUT": "10",
        "NEWSCRAWL_HEARTBEAT_SECONDS": "2",
        "NEWSCRAWL_PROGRESS_INTERVAL": "0",
    }


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], cwd=REPO, env=env, capture_output=True, text=True
    )


def _scalar(db: str, sql: str) -> Any:
    import psycopg

    with psycopg.connect(db) as conn:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_round(n: int, args: argparse.Namespace, server: Any, expected: int, tmp: Path) -> dict[str, Any]:
    db = _fresh_postgres(args.pg_admin_url)
    prefix = f"ncbench-{uuid.uuid4().hex[:8]}:"
    env = _env(db, server.proxy_url, args.redis_url, prefix, tmp)
    try:
        for setup in (("db", "upgrade"), ("outlets", "sync")):
            out = _cli(*setup, env=env)
            if out.returncode:
                sys.exit(f"{' '.join(setup)} failed: {out.stderr[-2000:]}")
        server.reset_counts()
        out = _cli("crawl", *SITES, "--distributed", env=env)
        if out.returncode:
            sys.exit(f"crawl --distributed failed: {out.stderr[-2000:]}")
        cpu0 = _children_cpu()
        started = time.perf_counter()
        logs = [open(tmp / f"w{n}-{i}.log", "w") for i in range(n)]  # noqa: SIM115
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "crawler.cli", "worker", "--idle-exit", "3"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            for log in logs
        ]
        killed = False
        elapsed = None
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            if (
                args.kill_one
                and n > 1
                and not killed
                and _scalar(db, "SELECT COUNT(*) FROM articles") >= expected / 3
            ):
                workers[0].send_signal(signal.SIGKILL)
                killed = True
            running = _scalar(db, "SELECT COUNT(*) FROM crawl_runs WHERE status = 'running'")
            closed = _scalar(db, "SELECT COUNT(*) FROM crawl_runs WHERE status <> 'running'")
            if running == 0 and closed >= len(SITES) and elapsed is None:
                elapsed = time.perf_counter() - started
                break
            if all(w.poll() is not None for w in workers):
                break
            time.sleep(0.25)
        for w in workers:
            try:
                w.wait(timeout=60)
            except subprocess.TimeoutExpired:
                w.kill()
                w.wait()
        for log in logs:
            log.close()
        if elapsed is None:
            print(f"workers={n}: the runs did not close; see {tmp}/w{n}-*.log")
            elapsed = time.perf_counter() - started
        cpu = _children_cpu() - cpu0
        stored = _scalar(db, "SELECT COUNT(*) FROM articles")
        twice = stored - _scalar(db, "SELECT COUNT(DISTINCT canonical_url) FROM articles")
        statuses = _scalar(db, "SELECT string_agg(status, ',' ORDER BY id) FROM crawl_runs")
        return {
            "workers": n,
            "pages": server.request_count,
            "elapsed": elapsed,
            "cpu": cpu,
            "stored": stored,
            "twice": twice,
            "killed": killed,
            "statuses": statuses,
        }
    finally:
        if not args.keep_db:
            _drop_postgres(db, args.pg_admin_url)
        from redis import Redis

        redis = Redis.from_url(args.redis_url)
        keys = list(redis.scan_iter(match=prefix + "*", count=1000))
        if keys:
            redis.delete(*keys)


def redis_footprint(web: Any, redis_url: str) -> str:
    """Bytes Redis holds per queued article request (queue entry + dupefilter fingerprint + claim when
    taken), measured with MEMORY USAGE on the generated web's article URLs encoded as the workers queue them."""
    from redis import Redis
    from scrapy.settings import Settings
    from scrapy_redis.dupefilter import RFPDupeFilter

    from crawler.distributed.enqueue import discovery_requests, encode
    from crawler.distributed.frontier import Frontier
    from crawler.runner import project_settings

    settings: Settings = project_settings()
    spider, _ = discovery_requests("mogaz", settings)
    urls = [u for u in web.truth if u.split("/")[2] == "mogaz.test"]
    server = Redis.from_url(redis_url)
    prefix = f"ncbench-{uuid.uuid4().hex[:8]}:"
    frontier = Frontier(server, prefix)
    fps = RFPDupeFilter(server, key="")
    try:
        frontier.start_run("mogaz", 1, "bench", [])
        for url in urls:
            request = spider.article_request(url, "sitemap")
            frontier.push("mogaz", fps.request_fingerprint(request), 0.0, encode(request, spider))
        keys = frontier.site("mogaz")
        queued = server.memory_usage(keys.requests, samples=0) or 0
        seen = server.memory_usage(keys.dupefilter, samples=0) or 0
        frontier.heartbeat("w")
        while frontier.pop("mogaz", "w") is not None:
            pass
        claimed = server.memory_usage(keys.claims, samples=0) or 0
        n = len(urls)
        return (
            f"Redis per article request ({n} queued): {queued / n:.0f} B in the queue, {seen / n:.0f} B of "
            f"fingerprint (kept for the run), {claimed / n:.0f} B while claimed"
        )
    finally:
        keys_left = list(server.scan_iter(match=prefix + "*", count=1000))
        if keys_left:
            server.delete(*keys_left)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated (default 1,2,4)")
    parser.add_argument("--kill-one", action="store_true", help="SIGKILL one worker mid-crawl (2+ workers)")
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--pg-admin-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per worker count")
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    counts = [int(x) for x in args.workers.split(",") if x.strip()]

    from newscrawl_kit import replay_profiles, use_replay_web
    from newscrawl_kit.replay.generator import build_large_web
    from newscrawl_kit.replay.server import ReplayServer

    use_replay_web()
    web = build_large_web(stories=args.stories, aggregators=2, seed=args.seed)
    hosts = {h for name in SITES for h in replay_profiles()[name].hosts}
    expected = sum(1 for url in web.truth if url.split("/")[2] in hosts)
    tmp = REPO / "var" / "bench-scale"
    tmp.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    print(
        f"generated web: {expected} article pages on {', '.join(SITES)}; {os.cpu_count()} cores, load {load:.1f}"
    )
    print(redis_footprint(web, args.redis_url), flush=True)
    results = []
    with ReplayServer(web) as server:
        for n in counts:
            r = one_round(n, args, server, expected, tmp)
            results.append(r)
            base = results[0]["pages"] / results[0]["elapsed"]
            rate = r["pages"] / r["elapsed"]
            cpu_ms = 1000 * r["cpu"] / max(1, r["stored"])
            extra = " (one worker SIGKILLed mid-crawl)" if r["killed"] else ""
            dup = f", {r['twice']} stored twice" if r["twice"] else ""
            print(
                f"workers={n}: {r['pages']} pages in {r['elapsed']:.1f}s = {rate:.1f} pages/s, "
                f"{cpu_ms:.1f} CPU ms per stored article, {rate / base:.2f}x one worker, "
                f"stored {r['stored']} of {expected}{dup}{extra}; runs {r['statuses']}",
                flush=True,
            )
    print(
        f"load average after: {os.getloadavg()[0]:.1f} (2 cores shared by every worker, Postgres and the replay server)"
    )


if __name__ == "__main__":
    main()
