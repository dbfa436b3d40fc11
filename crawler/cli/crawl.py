"""``newscrawl crawl`` and ``newscrawl demo``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from contextlib import ExitStack
from typing import Any

from crawler.cli.common import UsageError, db_session
from crawler.config import Config
from crawler.db.migrate import upgrade
from crawler.sites import all_profiles


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("crawl", help="crawl sites (all, the named ones, or only those due)")
    p.add_argument("sites", nargs="*", metavar="SITE", help="site profile names (default: every site)")
    p.add_argument(
        "--due", action="store_true", help="only sites whose cadence has elapsed since their last run"
    )
    p.add_argument(
        "--replay", action="store_true", help="serve the bundled replay web and crawl it (offline)"
    )
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    p.set_defaults(handler=cmd_crawl)

    d = sub.add_parser("demo", help="offline demo: crawl the bundled replay web into the database and report")
    d.set_defaults(handler=cmd_demo)


def _overrides(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--set {pair!r}: expected NAME=VALUE")
        out[name] = value
    return out


def replay_overrides(proxy: str) -> dict[str, Any]:
    """Settings that route the replay web's ``.test`` hosts (HTTP and Chromium) through the replay server."""
    from crawler import settings as base

    launch = dict(base.PLAYWRIGHT_LAUNCH_OPTIONS)
    launch["proxy"] = {"server": proxy}
    return {"NEWSCRAWL_REPLAY_PROXY": proxy, "PLAYWRIGHT_LAUNCH_OPTIONS": launch}


def browser_available(config: Config) -> bool:
    return os.access(config.chromium_path, os.X_OK) or shutil.which(config.chromium_path) is not None


def run_crawl(
    names: list[str], *, due: bool, replay: bool, overrides: dict[str, Any], config: Config, trigger: str
) -> int:
    from crawler.runner import crawl, due_sites

    with db_session(config):  # says "run newscrawl db upgrade" when the schema is missing
        pass
    if due:
        names = due_sites(config.database_url, names)
        if not names:
            print("nothing due")
            return 0
    with ExitStack() as stack:
        if replay:
            from newscrawl_kit.replay.server import ReplayServer
            from newscrawl_kit.replay.web import build_demo_web

            server = stack.enter_context(ReplayServer(build_demo_web()))
            overrides = {**replay_overrides(server.proxy_url), **overrides}
        overrides.setdefault("NEWSCRAWL_RUN_TRIGGER", trigger)
        outcomes = crawl(names, overrides)
    code = 0
    for o in outcomes:
        if o.status == "skipped":
            print(f"{o.site}: skipped: already running")
        elif o.status == "failed":
            message = o.stats.get("newscrawl/error_message") or o.reason
            print(f"{o.site}: run {o.run_id} FAILED: {message}", file=sys.stderr)
            code = 1
        else:
            s = o.stats
            print(
                f"{o.site}: run {o.run_id} ok: {s.get('downloader/request_count', 0)} requests, "
                f"{s.get('newscrawl/articles/new', 0)} new, {s.get('newscrawl/articles/updated', 0)} updated, "
                f"{s.get('newscrawl/articles/unchanged', 0)} unchanged"
            )
    return code


def cmd_crawl(args: argparse.Namespace) -> int:
    if args.replay:
        from newscrawl_kit import use_replay_web

        use_replay_web()
    config = Config.from_env()
    profiles = all_profiles()
    if not profiles:
        raise UsageError("no site profiles to crawl")
    unknown = [n for n in args.sites if n not in profiles]
    if unknown:
        raise UsageError(f"unknown site(s) {', '.join(unknown)} (known: {', '.join(sorted(profiles))})")
    names = args.sites or sorted(profiles)
    if not args.sites and not browser_available(config):
        names = [n for n in names if not profiles[n].needs_browser]
    return run_crawl(
        names,
        due=args.due,
        replay=args.replay,
        overrides=_overrides(args.set),
        config=config,
        trigger="due" if args.due else "manual",
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.cli.admin import sync_registry
    from crawler.cli.report import print_demo_report
    from newscrawl_kit import use_replay_web

    use_replay_web()
    config = Config.from_env()
    print(f"database: {config.database_url}")
    upgrade(config.database_url)
    sync_registry(config)
    profiles = all_profiles()
    names = sorted(n for n, p in profiles.items() if all(h.endswith(".test") for h in p.hosts))
    if not browser_available(config):
        skipped = [n for n in names if profiles[n].needs_browser]
        names = [n for n in names if n not in skipped]
        if skipped:
            print(f"no Chromium at {config.chromium_path}: skipping {', '.join(skipped)}")
    code = run_crawl(names, due=False, replay=True, overrides={}, config=config, trigger="demo")
    with db_session(config) as session:
        print_demo_report(session)
    return code
