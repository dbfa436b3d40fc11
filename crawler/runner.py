"""Run spiders in one process (``newscrawl crawl``) and turn their outcome into an exit code."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings
from sqlalchemy import func, select

from crawler.db.engine import make_engine, session_factory
from crawler.db.models import CrawlRun, Site
from crawler.extensions import SKIPPED
from crawler.scheduling.cadence import is_due
from crawler.sites import all_profiles
from crawler.spiders import spider_for

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


def crawl(
    names: list[str], overrides: dict[str, Any] | None = None, verbose: bool = False
) -> list[SiteOutcome]:
    """Crawl the named sites concurrently in this process (the Twisted reactor runs once per process)."""
    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    if verbose:
        settings.set("LOG_LEVEL", "DEBUG", priority="cmdline")
    root = logging.getLogger()
    for handler in list(root.handlers):  # Scrapy installs its own root handler, honouring LOG_LEVEL
        root.removeHandler(handler)
    process = CrawlerProcess(settings)
    crawlers = []
    for name in names:
        crawler = process.create_crawler(spider_for(name))
        crawlers.append((name, crawler))
        process.crawl(crawler)
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
