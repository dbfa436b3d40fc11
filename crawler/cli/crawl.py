"""``newscrawl crawl`` and ``newscrawl demo``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from crawler.cli.common import UsageError, db_session
from crawler.config import Config, mask_password, sites_dir

if TYPE_CHECKING:  # the profiles and the database are imported by the handlers, not at start
    from crawler.sites.profile import SiteProfile

INTERRUPTED = 130  # 128 + SIGINT, as shells report a command ended by Ctrl-C


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("crawl", help="crawl sites (yours, the named ones, only those due, or a URL ad hoc)")
    p.add_argument(
        "sites",
        nargs="*",
        metavar="SITE_OR_URL",
        help="site names (default: every profile in NEWSCRAWL_SITES_DIR), or the URL of a feed, sitemap or "
        "home page to crawl ad hoc without a profile",
    )
    p.add_argument(
        "--due", action="store_true", help="only sites whose cadence has elapsed since their last run"
    )
    p.add_argument(
        "--replay", action="store_true", help="serve the bundled replay web and crawl it (offline)"
    )
    p.add_argument(
        "--distributed",
        action="store_true",
        help="queue the sites' discovery requests for the fleet (newscrawl worker) instead of crawling here",
    )
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    p.set_defaults(handler=cmd_crawl)

    d = sub.add_parser("demo", help="offline demo: crawl the bundled replay web into the database and report")
    d.set_defaults(handler=cmd_demo)


def _overrides(pairs: list[str]) -> dict[str, Any]:
    from crawler.settings_check import coerce_setting

    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"-s {pair!r}: expected NAME=VALUE")
        try:
            out[name] = coerce_setting(name, value)
        except ValueError as exc:
            raise UsageError(f"-s {exc}") from None
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
    targets: list[str | SiteProfile],
    *,
    due: bool,
    replay: bool,
    overrides: dict[str, Any],
    config: Config,
    trigger: str,
    verbosity: int = 0,
) -> int:
    from crawler.runner import crawl, due_sites

    with db_session(config):  # says "run newscrawl db upgrade" when the schema is missing
        pass
    if due:
        targets = list(due_sites(config.database_url, [t for t in targets if isinstance(t, str)]))
        if not targets:
            if verbosity >= 0:
                print("nothing due")
            return 0
    with ExitStack() as stack:
        if replay:
            from newscrawl_kit.replay.server import ReplayServer
            from newscrawl_kit.replay.web import build_demo_web

            server = stack.enter_context(ReplayServer(build_demo_web()))
            overrides = {**replay_overrides(server.proxy_url), **overrides}
        overrides.setdefault("NEWSCRAWL_RUN_TRIGGER", trigger)
        outcomes = crawl(targets, overrides, verbosity)
    code = 0
    for o in outcomes:
        s = o.stats
        counts = (
            f"{s.get('downloader/request_count', 0)} requests, {s.get('newscrawl/articles/new', 0)} new, "
            f"{s.get('newscrawl/articles/updated', 0)} updated, {s.get('newscrawl/articles/unchanged', 0)} unchanged"
        )
        if o.status == "skipped":
            if verbosity >= 0:
                print(f"{o.site}: skipped: already running")
        elif o.status == "failed":
            message = s.get("newscrawl/error_message") or o.reason
            print(f"{o.site}: run {o.run_id} FAILED: {message}", file=sys.stderr)
            code = max(code, 1)
        elif o.status == "interrupted":
            print(
                f"{o.site}: run {o.run_id} interrupted: {counts} (what was fetched is stored)",
                file=sys.stderr,
            )
            code = INTERRUPTED if code == 0 else code
        elif verbosity >= 0:
            print(f"{o.site}: run {o.run_id} ok: {counts}")
    return code


def crawl_targets_for(args: argparse.Namespace, config: Config) -> list[str | SiteProfile]:
    """The sites ``newscrawl crawl`` was asked for: names, URLs (ad hoc), or every operator's profile."""
    from crawler.sites import all_profiles, crawl_targets
    from crawler.sites.adhoc import adhoc_profile, is_url

    profiles = all_profiles()
    urls = [a for a in args.sites if is_url(a)]
    names = [a for a in args.sites if not is_url(a)]
    unknown = [n for n in names if n not in profiles]
    if unknown:
        known = ", ".join(sorted(profiles)) or "none"
        raise UsageError(f"unknown site(s) {', '.join(unknown)} (known: {known}; or give a URL)")
    if urls and args.due:
        raise UsageError("--due is for named sites: a URL crawled ad hoc has no cadence")
    if args.sites:
        from crawler.attribution.registry import OutletRegistry

        registry = OutletRegistry.load_default() if urls else None
        return [*names, *(adhoc_profile(u, registry) for u in urls)]
    targets = [n for n in crawl_targets() if not args.replay or profiles[n].origin == "replay"]
    if not targets:
        raise UsageError(
            f"no sites to crawl: {sites_dir()} (NEWSCRAWL_SITES_DIR) has no profiles; add one with "
            "'newscrawl sites add URL', name a bundled site ('newscrawl sites list') or give a URL"
        )
    if not browser_available(config):
        targets = [n for n in targets if not profiles[n].needs_browser]
    return list(targets)


def cmd_crawl(args: argparse.Namespace) -> int:
    if args.replay:
        from newscrawl_kit import use_replay_web

        use_replay_web()
    config = Config.from_env()
    overrides = _overrides(args.set)
    if args.distributed:
        return queue_for_fleet(args, config, overrides)
    return run_crawl(
        crawl_targets_for(args, config),
        due=args.due,
        replay=args.replay,
        overrides=overrides,
        config=config,
        trigger="due" if args.due else "manual",
        verbosity=args.verbosity,
    )


def queue_for_fleet(args: argparse.Namespace, config: Config, overrides: dict[str, Any]) -> int:
    """``crawl --distributed``: open a fleet run per site and queue its discovery; the workers crawl."""
    from crawler.distributed.enqueue import FleetUnavailable, open_runs
    from crawler.runner import due_sites, project_settings

    if args.replay:
        raise UsageError("--replay serves the replay web in this process: not with --distributed")
    if not config.redis_url:
        raise UsageError("--distributed needs REDIS_URL (the fleet's Redis, e.g. redis://127.0.0.1:6379/0)")
    targets = crawl_targets_for(args, config)
    if any(not isinstance(t, str) for t in targets):
        raise UsageError("--distributed is for named sites: crawl a URL ad hoc in one process")
    names = [t for t in targets if isinstance(t, str)]
    with db_session(config):  # says "run newscrawl db upgrade" when the schema is missing
        pass
    if args.due:
        names = due_sites(config.database_url, names)
        if not names:
            if args.verbosity >= 0:
                print("nothing due")
            return 0
    settings = project_settings()
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    try:
        opened = open_runs(config, names, "due" if args.due else "manual", settings)
    except FleetUnavailable as exc:
        print(f"newscrawl: {exc}", file=sys.stderr)
        return 1
    code = 0
    for o in opened:
        if o.status == "skipped":
            if args.verbosity >= 0:
                print(f"{o.site}: skipped: already running")
        elif o.status == "failed":
            print(f"{o.site}: run {o.run_id} FAILED: {o.reason}", file=sys.stderr)
            code = 1
        elif args.verbosity >= 0:
            print(f"{o.site}: run {o.run_id} queued for the fleet: {o.requests} discovery requests")
    return code


def cmd_demo(args: argparse.Namespace) -> int:
    from crawler.cli.admin import sync_registry
    from crawler.cli.report import print_demo_report
    from crawler.db.migrate import upgrade
    from crawler.sites import all_profiles
    from newscrawl_kit import use_replay_web

    use_replay_web()
    config = Config.from_env()
    print(f"database: {mask_password(config.database_url)}")
    upgrade(config.database_url)
    sync_registry(config)
    profiles = all_profiles()
    names: list[str | SiteProfile] = sorted(n for n, p in profiles.items() if p.origin == "replay")
    if not browser_available(config):
        skipped = [n for n in names if profiles[n].needs_browser]
        names = [n for n in names if n not in skipped]
        if skipped:
            print(f"no Chromium at {config.chromium_path}: skipping {', '.join(skipped)}")
    code = run_crawl(
        names, due=False, replay=True, overrides={}, config=config, trigger="demo", verbosity=args.verbosity
    )
    with db_session(config) as session:
        print_demo_report(session)
    return code
