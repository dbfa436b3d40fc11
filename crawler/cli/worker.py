"""``newscrawl worker``: one member of the fleet (crawler.distributed)."""

from __future__ import annotations

import argparse
from typing import Any

from crawler.cli.common import UsageError, db_session
from crawler.config import Config


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "worker",
        help="a long-lived fleet worker: crawls its share of every run queued with crawl --distributed",
    )
    p.add_argument("--site", action="append", default=[], metavar="NAME", help="only these sites' runs")
    p.add_argument(
        "--idle-exit",
        type=float,
        metavar="SECONDS",
        help="exit 0 after this long with no run to work on (default: run until stopped)",
    )
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    p.set_defaults(handler=cmd_worker)


def worker_settings(config: Config, overrides: dict[str, Any], verbosity: int) -> Any:
    """The project's settings for a fleet worker's crawlers."""
    from crawler.distributed.enqueue import overrides_for
    from crawler.runner import project_settings

    settings = project_settings()
    for key, value in overrides_for(config).items():
        settings.set(key, value, priority="cmdline")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["crawler.extensions.RunLedger"] = None
    extensions["crawler.distributed.ledger.FleetRunLedger"] = 100
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    downloader = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
    downloader["crawler.middlewares.RobotsTxtMiddleware"] = None
    downloader["crawler.distributed.politeness.FleetRobotsTxtMiddleware"] = 100
    downloader["crawler.distributed.politeness.FleetSlotsMiddleware"] = 960
    settings.set("DOWNLOADER_MIDDLEWARES", downloader, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    if verbosity > 0:
        settings.set("LOG_LEVEL", "DEBUG", priority="cmdline")
    return settings


def cmd_worker(args: argparse.Namespace) -> int:
    from scrapy.utils.reactor import install_reactor

    from crawler import settings as project

    # Before anything imports twisted.internet.reactor (the persist pipeline does), which would install
    # Twisted's default reactor instead of the one Scrapy is configured for.
    install_reactor(project.TWISTED_REACTOR)
    from crawler.cli.crawl import _overrides
    from crawler.distributed.worker import Worker
    from crawler.sites import all_profiles

    config = Config.from_env()
    if not config.redis_url:
        raise UsageError("the worker needs REDIS_URL (the fleet's Redis, e.g. redis://127.0.0.1:6379/0)")
    unknown = [s for s in args.site if s not in all_profiles()]
    if unknown:
        raise UsageError(f"unknown site(s) {', '.join(unknown)}")
    with db_session(config):  # says "run newscrawl db upgrade" when the schema is missing
        pass
    settings = worker_settings(config, _overrides(args.set), args.verbosity)
    worker = Worker(
        config, settings, sites=args.site or None, idle_exit=args.idle_exit, verbosity=args.verbosity
    )
    return worker.run()
