"""Run spiders in one process (``newscrawl crawl``) and turn their outcome into an exit code."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from sqlalchemy import func, select

from crawler.config import Config
from crawler.db.engine import make_engine, session_factory
from crawler.db.models import CrawlRun, Site
from crawler.extensions import SKIPPED
from crawler.logs import quiet_libraries, set_library_level
from crawler.progress import Progress
from crawler.scheduling.cadence import is_due
from crawler.sites import all_profiles
from crawler.sites.profile import SiteProfile
from crawler.spiders import spider_class, spider_for

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class SiteOutcome:
    site: str
    status: str  # "ok" | "failed" | "skipped"
    run_id: int | None
    reason: str
    stats: dict[str, Any]


def due_sites(database_url: str, names: list[str], now: datetime | None = None) -> list[str]:
    """Sites whose (adaptive) cadence has elapsed since their last successful run.

    A site whose last run failed is retried no sooner than its profile's shortest interval after that
    attempt: a site that is down is not hit at every cron tick.
    """
    now = now or datetime.now(UTC)
    engine = make_engine(database_url)
    try:
        with session_factory(engine)() as session:
            rows = {s.name: s for s in session.scalars(select(Site).where(Site.name.in_(names)))}
            latest = (
                select(CrawlRun.site_id, func.max(CrawlRun.id).label("run_id"))
                .where(CrawlRun.site_id.in_([s.id for s in rows.values()]), CrawlRun.status != "skipped")
                .group_by(CrawlRun.site_id)
                .subquery()
            )
            last_runs = {
                site_id: (status, started)
                for site_id, status, started in session.execute(
                    select(CrawlRun.site_id, CrawlRun.status, CrawlRun.started_at).join(
                        latest, latest.c.run_id == CrawlRun.id
                    )
                )
            }
    finally:
        engine.dispose()
    profiles = all_profiles()
    due = []
    for name in names:
        site = rows.get(name)
        interval = site.cadence_seconds if site else profiles[name].cadence.default
        if not is_due(site.last_success_at if site else None, interval, now):
            continue
        status, started = last_runs.get(site.id, (None, None)) if site else (None, None)
        if status == "failed" and not is_due(started, profiles[name].cadence.min, now):
            continue
        due.append(name)
    return due


def project_settings() -> Settings:
    """The project's Scrapy settings, wherever the command runs (an installed wheel has no scrapy.cfg)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings


def crawl(
    targets: Sequence[str | SiteProfile],
    overrides: dict[str, Any] | None = None,
    verbosity: int = 0,
) -> list[SiteOutcome]:
    """Crawl the named sites (or ad hoc profiles) concurrently in this process (the Twisted reactor runs once
    per process), with the ``newscrawl`` command's logging (crawler.logs) and a progress line."""
    settings = project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    if verbosity > 0:
        settings.set("LOG_LEVEL", "DEBUG", priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # crawler.logs' handler stays
    settings.set("NEWSCRAWL_LOG_RUN_SUMMARY", False, priority="default")  # the command prints each outcome
    level = settings.get("LOG_LEVEL", "INFO")
    process = CrawlerProcess(settings)
    quiet_libraries(verbosity, level)  # Scrapy just set its own loggers to DEBUG
    if "LOG_LEVEL" in (overrides or {}) and verbosity == 0:  # `-s LOG_LEVEL=INFO`: Scrapy's lines asked for
        set_library_level(logging.getLevelName(str(overrides["LOG_LEVEL"]).upper()))
    crawlers = []
    for target in targets:
        cls = spider_for(target) if isinstance(target, str) else spider_class(target)
        crawler = process.create_crawler(cls)
        crawlers.append((cls.name, crawler))
        process.crawl(crawler)
    interval = settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL", Config.from_env().progress_interval)
    if interval > 0 and verbosity >= 0:
        from twisted.internet import reactor, task

        ticker = task.LoopingCall(Progress(crawlers).tick)
        reactor.callWhenRunning(ticker.start, interval, now=False)  # type: ignore[attr-defined]
    process.start()
    outcomes = []
    for name, crawler in crawlers:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        reason = str(stats.get("finish_reason", "unknown"))
        if reason == SKIPPED:
            status = "skipped"
        else:
            status = stats.get("newscrawl/run_status") or ("ok" if reason == "finished" else "failed")
        outcomes.append(SiteOutcome(name, status, stats.get("newscrawl/run_id"), reason, stats))
    return outcomes
