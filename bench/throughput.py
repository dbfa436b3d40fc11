"""Throughput: a bare fetch-and-follow crawl vs. the full pipeline into Postgres, on one generated replay web.

    .venv/bin/python bench/throughput.py [--stories 1000] [--aggregators 4] [--database-url URL]

The replay web is generated once (at least 5,000 article pages by default) and served from a separate process.
Each crawl runs in its own child process (the Twisted reactor runs once per process), so peak RSS is per mode.
Prints pages/s of both modes, their ratio (pipeline / bare), the peak RSS of each crawl's whole process tree
(sampled every 0.2 s: the crawler and any worker processes it starts; RSS summed, and PSS, which counts the
pages processes share once) and the CPU milliseconds per stored
article: user+sys of the crawler and its children, plus the Postgres backends serving the benchmark database
(read from /proc while they live; the replay server's own CPU is not counted).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _serve(stories: int, aggregators: int, seed: int, ready: Any) -> None:
    from newscrawl_kit.replay.generator import build_large_web
    from newscrawl_kit.replay.server import ReplayServer

    web = build_large_web(stories=stories, aggregators=aggregators, seed=seed)
    with ReplayServer(web) as server:
        ready.put((server.proxy_url, web.hosts, len(web.truth)))
        while True:
            time.sleep(3600)


def _child(mode: str, proxy: str, sites: list[str], database_url: str | None) -> None:
    """Run one crawl in this process and print its numbers as JSON on the last line."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.cli.crawl import replay_overrides
    from crawler.spiders import spider_for

    os.chdir(REPO)
    settings = get_project_settings()
    for key, value in replay_overrides(proxy).items():
        settings.set(key, value, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
    if mode == "bare":
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")
        settings.set("EXTENSIONS", {}, priority="cmdline")
        settings.set("SPIDER_MIDDLEWARES", {}, priority="cmdline")
        settings.set("NEWSCRAWL_INCREMENTAL", False, priority="cmdline")
        settings.set(
            "DOWNLOADER_MIDDLEWARES", {"crawler.middlewares.ReplayProxyMiddleware": 700}, priority="cmdline"
        )
    else:
        settings.set("NEWSCRAWL_DATABASE_URL", database_url, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for name in sites:
        cls = spider_for(name)
        if mode == "bare":  # fetch article pages, follow links, produce nothing
            cls = type(cls.__name__, (cls,), {"parse_article": lambda self, response: iter(())})
        crawler = process.create_crawler(cls)
        crawlers.append(crawler)
        process.crawl(crawler)
    started = time.perf_counter()
    process.start()
    elapsed = time.perf_counter() - started
    responses = sum(int(c.stats.get_value("downloader/response_count", 0)) for c in crawlers)
    articles = sum(int(c.stats.get_value("response_received_count", 0)) for c in crawlers)
    stored = sum(int(c.stats.get_value("newscrawl/articles/new", 0)) for c in crawlers)
    counters: dict[str, int] = {}
    for c in crawlers:
        for key, value in c.stats.get_stats().items():
            if isinstance(value, int) and key.startswith(
                ("newscrawl/", "item_", "downloader/response_status")
            ):
                counters[key] = counters.get(key, 0) + value
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu_s = sum(u.ru_utime + u.ru_stime for u in usage)
    print(
        json.dumps(
            {
                "mode": mode,
                "elapsed": elapsed,
                "responses": responses,
                "received": articles,
                "stored": stored,
                "peak_rss_mib": rss_kib / 1024,
                "cpu_s": cpu_s,
                "cpu_children_s": usage[1].ru_utime + usage[1].ru_stime,
                "counters": counters,
            }
        )
    )


_TICKS = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, user+sys seconds) of a live process, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * _PAGE
    except OSError:
        return 0


def _pss(pid: int) -> int:
    """Proportional set size: pages shared between processes (libraries, forked memory) counted once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the process tree of ``root`` (peak summed RSS) and the CPU time of the Postgres backends
    serving ``database`` (their command line names it), until stopped."""

    def __init__(self, root: int, database: str | None) -> None:
        super().__init__(daemon=True)
        self.root, self.database = root, database
        self.peak_rss = 0
        self.peak_pss = 0
        self.backend_cpu: dict[int, float] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.2):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            pid = int(entry)
            st = _stat(pid)
            if st is None:
                continue
            parents[pid] = st[0]
            if self.database and (pid in self.backend_cpu or self._serves(pid)):
                self.backend_cpu[pid] = max(self.backend_cpu.get(pid, 0.0), st[1])
        tree, frontier = {self.root}, [self.root]
        while frontier:
            parent = frontier.pop()
            for pid, ppid in parents.items():
                if ppid == parent and pid not in tree:
                    tree.add(pid)
                    frontier.append(pid)
        self.peak_rss = max(self.peak_rss, sum(_rss(pid) for pid in tree))
        self.peak_pss = max(self.peak_pss, sum(_pss(pid) for pid in tree))

    def _serves(self, pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().decode(errors="replace")
        except OSError:
            return False
        return cmd.startswith("postgres: ") and f" {self.database} " in cmd


def _run_child(mode: str, proxy: str, sites: list[str], database_url: str | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", mode, "--proxy", proxy, "--sites", ",".join(sites)]
    if database_url:
        cmd += ["--database-url", database_url]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    sampler = TreeSampler(proc.pid, database_url.rsplit("/", 1)[1] if database_url else None)
    sampler.start()
    stdout, stderr = proc.communicate()
    sampler.stopped.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"{mode} crawl failed:\n{stderr[-4000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["stderr"] = stderr
    result["tree_rss_mib"] = sampler.peak_rss / 2**20
    result["tree_pss_mib"] = sampler.peak_pss / 2**20
    result["db_cpu_s"] = sum(sampler.backend_cpu.values())
    if not result["responses"]:
        sys.exit(f"{mode} crawl fetched nothing:\n{stderr[-4000:]}")
    return result


def _fresh_postgres(admin_url: str) -> str:
    import psycopg

    name = f"newscrawl_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _drop_postgres(url: str, admin_url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--aggregators", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--pg-admin-url",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        help="a Postgres URL whose server gets a throwaway benchmark database",
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the benchmark database afterwards")
    parser.add_argument("--child", choices=["bare", "full"], help=argparse.SUPPRESS)
    parser.add_argument("--proxy", help=argparse.SUPPRESS)
    parser.add_argument("--sites", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from newscrawl_kit import use_replay_web

    use_replay_web()  # the replay web's profiles load in this process and its children
    if args.child:
        _child(args.child, args.proxy, args.sites.split(","), args.database_url)
        return

    from crawler.cli.admin import sync_registry
    from crawler.config import Config
    from crawler.db.migrate import upgrade
    from newscrawl_kit import replay_profiles

    ctx = mp.get_context("fork")
    ready = ctx.Queue()
    t0 = time.perf_counter()
    server = ctx.Process(target=_serve, args=(args.stories, args.aggregators, args.seed, ready), daemon=True)
    server.start()
    proxy, hosts, pages = ready.get(timeout=600)
    print(
        f"replay web: {pages} article pages on {len(hosts)} hosts, built in {time.perf_counter() - t0:.1f}s"
    )
    sites = sorted(
        name
        for name, p in replay_profiles().items()
        if not p.needs_browser and any(h in hosts for h in p.hosts)
    )
    print(f"sites: {', '.join(sites)}")
    db = _fresh_postgres(args.pg_admin_url)
    try:
        upgrade(db)
        os.environ["DATABASE_URL"] = db
        sync_registry(Config.from_env())
        bare = _run_child("bare", proxy, sites, None)
        full = _run_child("full", proxy, sites, db)
    finally:
        server.terminate()
        if not args.keep_db:
            _drop_postgres(db, args.pg_admin_url)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for r in (bare, full):
        r["pages_per_s"] = r["responses"] / r["elapsed"]
        cpu = r["cpu_s"] + r["db_cpu_s"]
        per = r["stored"] or r["received"]
        print(
            f"{r['mode']:>5}: {r['responses']} responses in {r['elapsed']:.1f}s = {r['pages_per_s']:.1f} pages/s,"
            f" peak RSS {r['tree_rss_mib']:.0f} MiB (process tree, summed; PSS {r['tree_pss_mib']:.0f} MiB;"
            f" crawler alone {r['peak_rss_mib']:.0f} MiB),"
            f" CPU {cpu:.1f}s (crawler {r['cpu_s'] - r['cpu_children_s']:.1f}s, its workers"
            f" {r['cpu_children_s']:.1f}s, Postgres {r['db_cpu_s']:.1f}s)"
            f" = {1000 * cpu / max(per, 1):.1f} ms per {'stored' if r['stored'] else 'fetched'} article"
            + (f", {r['stored']} articles stored" if r["stored"] else "")
        )
    print(f"ratio pipeline/bare: {full['pages_per_s'] / bare['pages_per_s']:.2f}x")
    if full["stored"] != pages:
        print(f"WARNING: {full['stored']} of {pages} article pages stored; full crawl counters:")
        for key, value in sorted(full["counters"].items()):
            print(f"  {key}: {value}")
        print(full["stderr"][-3000:])


if __name__ == "__main__":
    main()
