"""The run ledger of a worker's share in a fleet run (instead of ``crawler.extensions.RunLedger``).

The run was opened by the scheduler (``crawler.distributed.enqueue``); this extension joins it: a
``crawl_run_workers`` row upserted at every heartbeat (with the shared lease renewed), and at the end. The
worker that leaves the run last closes it (``fleet_runs.close_run``). A worker that cannot renew the lease
(another run took the site over) stops fetching, as a single-process run that lost its lock does.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from sqlalchemy.exc import SQLAlchemyError
from twisted.internet import threads
from twisted.internet.defer import Deferred
from twisted.internet.task import LoopingCall

from crawler.database import database_of
from crawler.db.engine import Database
from crawler.db.migrate import NotMigrated, ensure_migrated
from crawler.distributed import fleet_runs
from crawler.distributed.connection import REDIS_DOWN, connect, unreachable
from crawler.distributed.frontier import Frontier
from crawler.distributed.scheduler import REDIS_LOST
from crawler.extensions import LOST_LOCK, _errors, _status_counts, install_log_filter
from crawler.middlewares import stop_fetching

logger = logging.getLogger(__name__)
RUN_OVER = "run_over"
LEFT_OPEN = "newscrawl/fleet/left_open"  # stats: [run id, lease owner] of a finished run others still held


def worker_counts(stats: dict[str, Any]) -> dict[str, int]:
    http = _status_counts(stats)
    return {
        "requests": int(stats.get("downloader/request_count", 0)),
        "responses_2xx": http["2xx"],
        "responses_3xx": http["3xx"],
        "responses_4xx": http["4xx"],
        "responses_5xx": http["5xx"],
        "bytes": int(stats.get("downloader/response_bytes", 0)),
        "discovered": int(stats.get("newscrawl/discovered_articles", 0)),
        **{
            f"articles_{k}": int(stats.get(f"newscrawl/articles/{k}", 0))
            for k in ("new", "updated", "duplicate", "unchanged", "rejected", "spooled")
        },
    }


class FleetRunLedger:
    def __init__(self, crawler: Crawler, run_id: int, database: Database) -> None:
        settings = crawler.settings
        self.run_id = run_id
        self.crawler = crawler
        self.owner: str = settings.get("NEWSCRAWL_FLEET_OWNER", "")
        self.worker: str = settings.get("NEWSCRAWL_WORKER_ID", "")
        self.redis_url: str = settings.get("REDIS_URL", "")
        self.frontier = Frontier(
            connect(self.redis_url), settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl:")
        )
        # The worker process's one Database: a beat borrows a connection its sites' writer already keeps open
        # (none per site: a fleet's connections would add up, sites x workers).
        self.engine = database.engine
        self.sessions = database.sessions
        self.lease_ttl = settings.getfloat("NEWSCRAWL_LEASE_SECONDS", 60.0)
        self.heartbeat_every = settings.getfloat("NEWSCRAWL_HEARTBEAT_SECONDS", 10.0)
        self.renewed_at = time.monotonic()
        self.heartbeat: LoopingCall | None = None
        self.joined = False
        self.lost: str | None = None
        self.closing = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetRunLedger:
        run_id = crawler.settings.getint("NEWSCRAWL_FLEET_RUN_ID")
        if not run_id or not crawler.settings.get("NEWSCRAWL_DATABASE_URL"):
            raise NotConfigured("not a fleet worker's crawl")
        ext = cls(crawler, run_id, database_of(crawler))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def site(self) -> str:
        spider = self.crawler.spider
        return spider.name if spider is not None else ""

    def spider_opened(self, spider: Spider) -> None:
        stats = self.crawler.stats
        stats.set_value("newscrawl/run_id", self.run_id)
        spider.newscrawl_run_id = self.run_id
        try:
            ensure_migrated(self.engine)
            status = fleet_runs.run_status(self.sessions, self.run_id)
            if status != "running":  # failed or closed meanwhile: off the active runs, for every worker
                with contextlib.suppress(*REDIS_DOWN):
                    self.frontier.abandon_run(spider.name, self.run_id)
                self._close(RUN_OVER)
                return
            fleet_runs.record_worker(self.sessions, self.run_id, self.worker, {})
        except NotMigrated as exc:
            logger.error("%s", exc)
            stats.set_value("newscrawl/error_message", str(exc))
            self._close("not_migrated")
            return
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            stats.set_value("newscrawl/error_message", f"database error: {reason}")
            self._close("database_error")
            return
        self.frontier.join(spider.name, self.worker)
        self.joined = True
        install_log_filter()
        self.heartbeat = LoopingCall(self._beat)
        self.heartbeat.start(self.heartbeat_every, now=False)
        logger.info("joined fleet run %s as %s", self.run_id, self.worker, extra={"spider": spider})

    def _close(self, reason: str) -> None:
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    # -- heartbeat: lease and counts --------------------------------------------------------------------
    def _beat(self) -> Deferred[None]:
        counts = worker_counts(self.crawler.stats.get_stats())
        return threads.deferToThread(self._renew, counts).addCallback(self._checked)

    def _renew(self, counts: dict[str, int]) -> str | None:
        if self.closing:
            return None
        try:
            if not fleet_runs.renew(self.sessions, self.site, self.owner, self.lease_ttl):
                return "another run took over the site's lease"
            self.renewed_at = time.monotonic()
            fleet_runs.record_worker(self.sessions, self.run_id, self.worker, counts)
            return None
        except SQLAlchemyError as exc:
            if time.monotonic() - self.renewed_at < self.lease_ttl - 2 * self.heartbeat_every:
                return None
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            return f"could not renew the run's lease ({reason[0] if reason else type(exc).__name__})"

    def _checked(self, lost: str | None) -> None:
        if not lost or self.lost or self.closing:
            return
        self.lost = lost
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        logger.error("lost lock: %s; stopping", lost, extra={"spider": self.crawler.spider})
        self.crawler.stats.set_value("newscrawl/error_message", f"lost lock: {lost}")
        stop_fetching(self.crawler, LOST_LOCK)

    # -- leaving --------------------------------------------------------------------------------------
    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.closing = True
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        try:
            if self.joined:
                self._leave(spider, reason)
        finally:
            self.engine.dispose()

    def _leave(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        message = stats.get("newscrawl/error_message")
        finished = reason in ("finished", RUN_OVER)
        status = "done" if finished and not message else "left" if reason == "shutdown" else "failed"
        counts = worker_counts(stats)
        try:
            fleet_runs.record_worker(
                self.sessions, self.run_id, self.worker, counts, status, _errors(stats), message
            )
            if reason == REDIS_LOST:
                fleet_runs.fail_run(self.sessions, self.run_id, self.site, self.owner, str(message))
                self.crawler.stats.set_value("newscrawl/run_status", "failed")
                return
        except SQLAlchemyError as exc:
            logger.error("could not record this worker's share: %s", exc, extra={"spider": spider})
            self.crawler.stats.set_value("newscrawl/run_status", "failed")
            return
        try:
            members = self.frontier.leave(self.site, self.worker)
            active = self.frontier.run_of(self.site) == self.run_id
        except REDIS_DOWN as exc:
            logger.warning("%s: leaving the run unannounced", unreachable(self.redis_url, exc))
            return
        run_status = status
        if members and not active:
            # The others may be dead workers not reaped yet: the worker process closes the run once they are.
            self.crawler.stats.set_value(LEFT_OPEN, [self.run_id, self.owner])
        if members == 0 and not active:  # the last one out closes the run
            profile = getattr(spider, "profile", None)
            run_status = fleet_runs.close_run(self.sessions, self.run_id, self.site, self.owner, profile)
            logger.info("fleet run %s closed: %s", self.run_id, run_status, extra={"spider": spider})
        self.crawler.stats.set_value(
            "newscrawl/run_status", "failed" if status == "failed" else "ok" if finished else run_status
        )
