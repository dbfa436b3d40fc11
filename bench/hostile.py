"""Peak memory of a crawl of the hostile web: bombs and giants vs. the same site without them.

    .venv/bin/python bench/hostile.py [--articles 30]

The hostile web (newscrawl_kit.hostile) serves the ``mogaz`` profile's site on 127.0.0.1: ``--articles``
good articles, plus gzip, deflate and brotli bombs (each expanding to 300 MiB), a 40 MiB page with a
Content-Length, one streamed without, and a sitemap whose own gzip layer expands to 200 MiB. Each crawl is
``newscrawl crawl mogaz`` in its own child process; its peak RSS comes from ``wait4`` (its own rusage, not
the machine's). Prints both peaks, their ratio, what was stored, and the wall time of each run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("NEWSCRAWL_REPLAY", "1")  # the mogaz profile is one of the replay web's


def _crawl(database_url: str, hostile: bool, articles: int, workdir: Path) -> tuple[float, float, int, int]:
    from sqlalchemy import func, select

    from crawler.db.engine import make_engine
    from crawler.db.migrate import upgrade
    from crawler.db.models import Article
    from newscrawl_kit.hostile.measure import run_measured
    from newscrawl_kit.hostile.server import HostileServer
    from newscrawl_kit.hostile.web import SITE, serve_hostile_site, serve_site

    upgrade(database_url)
    env = {k: v for k, v in os.environ.items() if k != "NEWSCRAWL_REPLAY_PROXY"}
    with HostileServer() as web:
        if hostile:
            serve_hostile_site(web, range(1, articles + 1))
        else:
            serve_site(web, range(1, articles + 1))
        env |= {
            "DATABASE_URL": database_url,
            "NEWSCRAWL_REPLAY_PROXY": web.url,
            "NEWSCRAWL_LOCK_DIR": str(workdir / "locks"),
            "NEWSCRAWL_SPOOL_DIR": str(workdir / "spool"),
            "NEWSCRAWL_LOG_LEVEL": "WARNING",
        }
        started = time.monotonic()
        measured = run_measured(
            [sys.executable, "-m", "crawler.cli", "crawl", SITE], env=env, cwd=REPO, ceiling_mib=3000
        )
        took = time.monotonic() - started
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            stored = int(conn.execute(select(func.count(Article.id))).scalar_one())
    finally:
        engine.dispose()
    if measured.killed_at_ceiling:
        print("  killed: the crawl passed 3000 MiB RSS")
    return measured.peak_mib, took, stored, measured.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for mode in ("plain", "hostile"):
            workdir = Path(tmp) / mode
            workdir.mkdir()
            results[mode] = _crawl(
                f"sqlite:///{workdir / 'news.db'}", mode == "hostile", args.articles, workdir
            )
            peak, took, stored, code = results[mode]
            print(f"{mode:8} peak RSS {peak:6.0f} MiB  {took:5.1f} s  {stored} articles stored  exit {code}")
    ratio = results["hostile"][0] / results["plain"][0]
    print(f"hostile / plain peak RSS: {ratio:.2f}x (limit for the hostile crawl: 300 MiB)")


if __name__ == "__main__":
    main()
