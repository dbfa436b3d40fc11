"""Incremental re-crawl cost: crawl a replay web once, then again unchanged, and compare the request counts.

    .venv/bin/python bench/recrawl.py [--stories N] [--aggregators 4] [--database-url URL]

``--stories 0`` (the default) crawls the bundled demo web; ``--stories N`` a generated web of N stories
(newscrawl_kit/replay/generator.py: the same site kinds and hosts, every aggregator carrying every story). Every
plain-HTTP site of the web is crawled by the real crawl stack (project settings, spiders, middlewares, run
ledger, pipelines) into a fresh SQLite database, or into ``--database-url`` (it must hold no articles yet).
Each crawl runs in its own child process (the Twisted reactor runs once per process).

Prints the request count of both crawls and their ratio (target: the second at most 5% of the first), and
both crawls' requests by kind (robots, feed, sitemap, listing, article) and HTTP status, counted from the
crawl's own signals and cross-checked against the run ledger and against what the replay server answered.

An unchanged re-crawl costs a fixed few requests per site (robots.txt, then a 304 for each feed, sitemap
and listing start URL), so the ratio depends on how big the first crawl was: about a third on the small demo
web (~12 requests a site), 3% at 250 generated stories, under 1% at 1,000.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
# Run as a script, this file's folder comes first on sys.path, and this module's name would shadow the
# `incremental` package Twisted imports: look in the repository instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO))

KINDS = ("robots", "feed", "sitemap", "listing", "article", "other")
TARGET = 0.05


def request_kind(meta: dict[str, Any], url: str) -> str:
    """What a request was for, from the meta the spider gave it (robots.txt requests carry none)."""
    if meta.get("page_kind") == "article":
        return "article"
    source = meta.get("source")
    if source in ("feed", "sitemap", "listing"):
        return str(source)
    if urlsplit(url).path == "/robots.txt":
        return "robots"
    return "other"


def _child(proxy: str, sites: list[str], database_url: str) -> None:
    """One crawl of ``sites`` in this process; prints its numbers as JSON on the last line of stdout."""
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.http import Request, Response
    from scrapy.utils.project import get_project_settings

    from crawler.cli.crawl import replay_overrides
    from crawler.spiders import spider_for

    os.chdir(REPO)
    settings = get_project_settings()
    overrides = {
        **replay_overrides(proxy),
        "NEWSCRAWL_DATABASE_URL": database_url,
        "NEWSCRAWL_RUN_TRIGGER": "bench",
        "LOG_LEVEL": "WARNING",
    }
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    sent: Counter[str] = Counter()
    answered: Counter[str] = Counter()  # "kind status"

    def reached(request: Request, spider: Any) -> None:
        sent[request_kind(request.meta, request.url)] += 1

    def received(response: Response, request: Request, spider: Any) -> None:
        answered[f"{request_kind(request.meta, request.url)} {response.status}"] += 1

    process = CrawlerProcess(settings)
    crawlers = []
    for name in sites:
        crawler = process.create_crawler(spider_for(name))
        crawler.signals.connect(reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(received, signal=signals.response_received)
        crawlers.append(crawler)
        process.crawl(crawler)
    started = time.perf_counter()
    process.start()
    elapsed = time.perf_counter() - started
    stats = [c.stats.get_stats() for c in crawlers]
    exceptions: Counter[str] = Counter()
    for st in stats:
        for key, value in st.items():
            if key.startswith("downloader/exception_type_count/"):
                exceptions[key.rsplit(".", 1)[-1]] += int(value)
    print(
        json.dumps(
            {
                "elapsed": elapsed,
                "requests": sum(int(s.get("downloader/request_count", 0)) for s in stats),
                "run_ids": [s.get("newscrawl/run_id") for s in stats],
                "statuses": [s.get("newscrawl/run_status") for s in stats],
                "new": sum(int(s.get("newscrawl/articles/new", 0)) for s in stats),
                "known_skipped": sum(int(s.get("newscrawl/incremental/known_articles", 0)) for s in stats),
                "exceptions": dict(exceptions),  # download attempts that got no response (retried or not)
                "sent": dict(sent),
                "answered": dict(answered),
            }
        )
    )


def _crawl(proxy: str, sites: list[str], database_url: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", "--proxy", proxy, "--sites", ",".join(sites)]
    cmd += ["--database-url", database_url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=REPO)
    if out.returncode != 0 or not out.stdout.strip():
        sys.exit(f"crawl failed (exit {out.returncode}):\n{out.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if any(status != "ok" for status in result["statuses"]):
        sys.exit(f"a run failed ({result['statuses']}):\n{out.stderr[-4000:]}")
    return result


def _ledger_requests(database_url: str, run_ids: list[int]) -> int:
    from sqlalchemy import func, select

    from crawler.db.engine import make_engine
    from crawler.db.models import CrawlRun

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            query = select(func.sum(CrawlRun.requests)).where(CrawlRun.id.in_(run_ids))
            return int(conn.execute(query).scalar_one() or 0)
    finally:
        engine.dispose()


def _stored_articles(database_url: str) -> int:
    from sqlalchemy import func, select

    from crawler.db.engine import make_engine
    from crawler.db.migrate import upgrade
    from crawler.db.models import Article

    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count(Article.id))).scalar_one())
    finally:
        engine.dispose()


def _breakdown(result: dict[str, Any]) -> list[str]:
    lines = []
    for kind in KINDS:
        n = result["sent"].get(kind, 0)
        if not n:
            continue
        statuses = sorted(
            (int(key.split()[1]), count)
            for key, count in result["answered"].items()
            if key.split()[0] == kind
        )
        detail = ", ".join(f"{count}x {status}" for status, count in statuses)
        lines.append(f"    {kind:<8} {n:>6}   ({detail})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stories", type=int, default=0, help="0: the demo web; N: a generated web")
    parser.add_argument("--aggregators", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temporary folder")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--proxy", help=argparse.SUPPRESS)
    parser.add_argument("--sites", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from newscrawl_kit import use_replay_web

    use_replay_web()  # the replay web's profiles load in this process and its children
    if args.child:
        _child(args.proxy, args.sites.split(","), args.database_url)
        return

    from newscrawl_kit import replay_profiles
    from newscrawl_kit.replay.server import ReplayServer
    from newscrawl_kit.replay.web import ReplayWeb, build_demo_web

    t0 = time.perf_counter()
    web: ReplayWeb
    if args.stories:
        from newscrawl_kit.replay.generator import build_large_web

        web = build_large_web(stories=args.stories, aggregators=args.aggregators, seed=args.seed)
        label = f"generated web ({args.stories} stories, {args.aggregators} aggregators, seed {args.seed})"
    else:
        web = build_demo_web()
        label = "demo web"
    print(
        f"{label}: {len(web)} resources, {len(web.truth)} article pages on {len(web.hosts)} hosts,"
        f" built in {time.perf_counter() - t0:.1f}s"
    )
    sites = sorted(
        name
        for name, p in replay_profiles().items()
        if not p.needs_browser and any(h in web.hosts for h in p.hosts)
    )
    print(f"sites ({len(sites)}, plain HTTP): {', '.join(sites)}")

    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as tmp:
        database_url = args.database_url or f"sqlite:///{Path(tmp) / 'news.db'}"
        if _stored_articles(database_url):
            sys.exit(
                f"{database_url} already holds articles: the first crawl must start from an empty database"
            )
        os.environ["NEWSCRAWL_LOCK_DIR"] = str(Path(tmp) / "locks")
        with ReplayServer(web) as server:
            results = []
            for _crawl_number in (1, 2):
                server.reset_counts()
                result = _crawl(server.proxy_url, sites, database_url)
                result["served"] = server.request_count
                result["ledger"] = _ledger_requests(database_url, result["run_ids"])
                results.append(result)

    first, second = results
    for label, r in zip(("first", "second"), results, strict=True):
        checks = "agree" if r["requests"] == r["ledger"] == sum(r["sent"].values()) else "DISAGREE"
        print(
            f"\n{label} crawl: {r['requests']} requests in {r['elapsed']:.1f}s, {r['new']} new articles,"
            f" {r['known_skipped']} known article links not fetched"
            f" (crawl stats and run ledger: {checks})"
        )
        failed = sum(r["exceptions"].values())
        print(
            f"  the replay server answered {r['served']};"
            f" {failed} download attempts got no answer (Scrapy retries them): {r['exceptions'] or 'none'}"
        )
        print("\n".join(_breakdown(r)))
    ratio = second["requests"] / first["requests"]
    verdict = "within" if ratio <= TARGET else "above"
    print(
        f"\nsecond / first = {second['requests']} / {first['requests']} = {ratio:.1%}"
        f" ({verdict} the {TARGET:.0%} target)"
    )
    # What an unchanged re-crawl cannot go below: robots.txt, and one request per start URL (a 304 each).
    profiles = replay_profiles()
    floor = sum(
        1 + len(profiles[n].feeds) + len(profiles[n].sitemaps) + len(profiles[n].listings) for n in sites
    )
    print(
        f"unchanged re-crawl: {second['requests'] / len(sites):.1f} requests per site"
        f" (floor: robots.txt + one per feed, sitemap and listing start URL = {floor} for these sites)"
    )


if __name__ == "__main__":
    main()
