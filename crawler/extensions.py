"""The run ledger and the no-overlap lock, as a Scrapy extension, so ``scrapy crawl`` and ``newscrawl crawl``
record runs the same way."""

from __future__ import annotations

import logging
import time
import uuid
from contextlib import ExitStack, suppress
from datetime import UTC, datetime
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from sqlalchemy.exc import SQLAlchemyError
from twisted.internet import threads
from twisted.internet.defer import Deferred
from twisted.internet.task import LoopingCall

from crawler.database import database_of
from crawler.db.engine import Database, transaction
from crawler.db.migrate import NotMigrated, ensure_migrated
from crawler.db.models import CrawlRun
from crawler.db.repository import ensure_site, site_identity
from crawler.db.runs import end_run, open_run, record_counts, site_ran
from crawler.middlewares import ROBOTS_ERROR, stop_fetching
from crawler.scheduling.lease import acquire_lease, release_lease, renew_lease
from crawler.scheduling.locks import HeldLock, watched_run_lock
from crawler.sites.profile import SiteProfile

logger = logging.getLogger(__name__)
SKIPPED = "skipped_already_running"
LOST_LOCK = "lost_lock"
STALE_RUN = "the process ended without recording an end (killed?)"
LOG_ERRORS = "newscrawl/log_errors"  # ERROR lines logged for this site's run (see SpiderErrorCounter)


def _status_counts(stats: dict[str, Any]) -> dict[str, int]:
    counts = {"2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0}
    prefix = "downloader/response_status_count/"
    for key, value in stats.items():
        if key.startswith(prefix):
            code = key[len(prefix) :]
            bucket = f"{code[:1]}xx"
            if bucket in counts:
                counts[bucket] += int(value)
    return counts


def _errors(stats: dict[str, Any]) -> dict[str, int]:
    errors: dict[str, int] = {}
    for key, value in stats.items():
        if key.startswith("downloader/exception_type_count/"):
            name = key.rsplit("/", 1)[-1].rsplit(".", 1)[-1]
            if name != "IgnoreRequest":  # a request we chose not to send (robots.txt, the SSRF guard)
                errors[name] = int(value)
        elif key.startswith("spider_exceptions/"):
            errors["spider:" + key.split("/", 1)[1]] = int(value)
        elif key.startswith("newscrawl/errors/"):
            errors[key.split("/", 2)[2]] = int(value)
    if stats.get(LOG_ERRORS):
        errors["log_errors"] = int(stats[LOG_ERRORS])
    return errors


class SpiderErrorCounter(logging.Handler):
    """Counts the ERROR lines logged for one spider into ``newscrawl/log_errors``.

    Scrapy's ``log_count/ERROR`` counts every line of the process, so with several sites crawling together
    one site's errors would show in every site's ledger row.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(level=logging.ERROR)
        self.crawler = crawler

    def emit(self, record: logging.LogRecord) -> None:
        spider = getattr(record, "spider", None)
        if spider is not None and spider is self.crawler.spider:
            self.crawler.stats.inc_value(LOG_ERRORS)


class RunContextFilter(logging.Filter):
    """Prefix log lines that carry a spider with its site and run id: ``[mogaz run=12] ...``.

    Scrapy passes ``extra={"spider": ...}`` on its per-spider lines (periodic stats, drops, errors), so with several
    sites crawling in one process every such line still says which run it belongs to.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        spider = getattr(record, "spider", None)
        name = getattr(spider, "name", None)
        if name and not getattr(record, "newscrawl_prefixed", False):
            run_id = getattr(spider, "newscrawl_run_id", None)
            # A line logged before the run has its ledger row (another site's run put the filter in place) can
            # still name its site.
            record.msg = (
                f"[{name} run={run_id}] {record.msg}" if run_id is not None else f"[{name}] {record.msg}"
            )
            record.newscrawl_prefixed = True
        return True


def install_log_filter() -> None:
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RunContextFilter) for f in handler.filters):
            handler.addFilter(RunContextFilter())


class RunLedger:
    """Takes the site's run lock and lease, opens a ``crawl_runs`` row, and closes it with the run's numbers.

    While the run lives, a heartbeat (every NEWSCRAWL_HEARTBEAT_SECONDS, off the reactor) checks that the run
    still holds its lock and renews its lease (NEWSCRAWL_LEASE_SECONDS). A run that lost either stops
    fetching at once and ends failed, "lost lock"; meanwhile the lease keeps a second run from starting.
    """

    def __init__(self, crawler: Crawler, database: Database) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.database_url: str = database.url
        self.lock_dir: str = settings.get("NEWSCRAWL_LOCK_DIR", "var/locks")
        self.trigger: str = settings.get("NEWSCRAWL_RUN_TRIGGER", "manual")
        self.log_summary: bool = settings.getbool("NEWSCRAWL_LOG_RUN_SUMMARY", True)
        self.engine = database.engine
        self.sessions = database.sessions
        self.locks = ExitStack()
        self.run_id: int | None = None
        self.skipped = False
        self.error_counter = SpiderErrorCounter(crawler)
        self.lease_ttl = settings.getfloat("NEWSCRAWL_LEASE_SECONDS", 60.0)
        self.heartbeat_every = settings.getfloat("NEWSCRAWL_HEARTBEAT_SECONDS", 10.0)
        self.owner = uuid.uuid4().hex
        self.lock_key = ""
        self.held: HeldLock | None = None
        self.leased = False
        self.renewed_at = 0.0
        self.lost: str | None = None
        self.closing = False
        self.heartbeat: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunLedger:
        ext = cls(crawler, database_of(crawler))  # the process's one, shared with the pipelines
        logging.getLogger().addHandler(ext.error_counter)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        try:
            ensure_migrated(self.engine)
        except NotMigrated as exc:
            logger.error("%s", exc)
            self.crawler.stats.set_value("newscrawl/error_message", str(exc))
            self._close("not_migrated")
            return
        self.lock_key = f"site:{spider.name}"
        self.held = self.locks.enter_context(
            watched_run_lock(self.database_url, self.lock_key, self.lock_dir)
        )
        holder = (
            acquire_lease(self.sessions, self.lock_key, self.owner, self.lease_ttl)
            if self.held is not None
            else None
        )
        if self.held is None or holder is not None:
            # The lock is free but the lease is not: the holder lost its lock and crawls on, for now.
            self.locks.close()
            self.skipped = True
            more = f" (lease held by {holder})" if holder is not None else ""
            logger.warning("%s skipped: already running%s", spider.name, more)
            self.crawler.stats.set_value("newscrawl/skipped", 1)
            self._close(SKIPPED)
            return
        self.leased = True
        self.renewed_at = time.monotonic()
        self.heartbeat = LoopingCall(self._beat)
        self.heartbeat.start(self.heartbeat_every, now=False)
        profile: SiteProfile | None = getattr(spider, "profile", None)
        with transaction(self.sessions) as session:
            _name, host, kind, cadence = site_identity(profile, spider.name)
            site = ensure_site(session, spider.name, host, kind, cadence)
            # We hold the site's lock, so any run still marked running died without closing its row.
            run = open_run(session, self.trigger, site.id, stale=STALE_RUN)
            self.run_id = run.id
        self.crawler.stats.set_value("newscrawl/run_id", self.run_id)
        spider.newscrawl_run_id = self.run_id
        install_log_filter()
        logger.info("run started (trigger %s)", self.trigger, extra={"spider": spider})

    # -- the watched lock ---------------------------------------------------------------------------------
    def _beat(self) -> Deferred[None]:
        return threads.deferToThread(self._check).addCallback(self._checked)

    def _check(self) -> str | None:
        """In a thread: why the run no longer holds its lock or lease, or None (never raises)."""
        if self.closing:
            return None
        try:
            assert self.held is not None
            lost = self.held.lost()
            if lost:
                return lost
            if renew_lease(self.sessions, self.lock_key, self.owner, self.lease_ttl):
                self.renewed_at = time.monotonic()
                return None
            return "another run took over the lease"
        except SQLAlchemyError as exc:
            # The database may come back; the lease is ours until it expires, and we stop before that.
            if time.monotonic() - self.renewed_at < self.lease_ttl - 2 * self.heartbeat_every:
                return None
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            return f"could not renew the run's lease ({reason[0] if reason else type(exc).__name__})"
        except Exception as exc:  # a bug here must not leave the run unwatched silently
            return f"the lock check failed: {exc!r}"

    def _checked(self, lost: str | None) -> None:
        # A check still running in its thread when the run ended finds the lease released: not a loss.
        if not lost or self.lost or self.closing:
            return
        self.lost = lost
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        spider = self.crawler.spider
        logger.error("lost lock: %s; stopping the run", lost, extra={"spider": spider})
        self.crawler.stats.set_value("newscrawl/error_message", f"lost lock: {lost}")
        stop_fetching(self.crawler, LOST_LOCK)

    def _close(self, reason: str) -> None:
        # What the deprecated ExecutionEngine.close_spider() did, without its warning in every skipped run's log.
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.closing = True
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        try:
            if self.run_id is not None:
                try:
                    self._finish(spider, reason)
                except SQLAlchemyError as exc:
                    self._unrecorded(spider, exc)
        finally:
            if self.leased:
                with suppress(SQLAlchemyError):
                    release_lease(self.sessions, self.lock_key, self.owner)
            # A lock whose connection is gone was dropped by the server with it: nothing left to release.
            with suppress(SQLAlchemyError):
                self.locks.close()
            self.engine.dispose()  # idle connections only: others' checked-out ones close when returned
            logging.getLogger().removeHandler(self.error_counter)

    def _unrecorded(self, spider: Spider, exc: SQLAlchemyError) -> None:
        """The database went away before the run's end could be recorded: the run failed (exit code 1).

        Its row stays "running" until the next run of the site, holding the lock, marks it failed.
        """
        stats = self.crawler.stats
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        message = stats.get_value("newscrawl/error_message") or f"database error: {reason}"
        stats.set_value("newscrawl/error_message", message)
        stats.set_value("newscrawl/run_status", "failed")
        logger.error("run FAILED: %s (its end could not be recorded)", message, extra={"spider": spider})

    def _finish(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        counts = _status_counts(stats)
        errors = _errors(stats)
        requests = int(stats.get("downloader/request_count", 0))
        reachable = counts["2xx"] + counts["3xx"] + counts["4xx"]
        message = stats.get("newscrawl/error_message")
        # Pages that could not be stored were spooled for `newscrawl ingest`: the run did not do its job.
        spooled = int(stats.get("newscrawl/articles/spooled", 0))
        # Ctrl-C or SIGTERM (systemd stop, a Kubernetes eviction): Scrapy closes the spider with "shutdown"
        # after storing what was fetched. Not a failure of the site; the run just did not finish.
        interrupted = reason == "shutdown"
        # Poison pages are recorded and skipped, not a failed run; but a run that stored none of its pages did
        # not do its job.
        rejected = int(stats.get("newscrawl/articles/rejected", 0))
        stored = sum(int(stats.get(f"newscrawl/articles/{k}", 0)) for k in ("new", "updated", "unchanged"))
        if rejected and not stored and not message:
            message = f"all {rejected} pages were rejected (see the rejected_pages table)"
        failed = (
            (reason != "finished" and not interrupted)
            or bool(errors.get("database"))
            or spooled > 0
            or (rejected > 0 and stored == 0)
            or (requests > 0 and reachable == 0 and not interrupted)
        )
        if failed and not message:
            message = f"finish reason {reason}" if reason != "finished" else "no response from the site"
            if robots := stats.get(ROBOTS_ERROR):  # the site answered nothing but its robots.txt failure
                message = f"{message}: {robots}"
        status = "failed" if failed else "interrupted" if interrupted else "ok"
        if status == "interrupted" and not message:
            message = "interrupted (Ctrl-C or SIGTERM) before the crawl finished"
        now = datetime.now(UTC)
        new = int(stats.get("newscrawl/articles/new", 0))
        # Every distinct article link discovery offered, stored or not: the share that was new drives the
        # cadence (the per-source counters count a link once per feed, sitemap and listing it appears in).
        seen = int(stats.get("newscrawl/discovered_articles", 0))
        with transaction(self.sessions) as session:
            run = session.get(CrawlRun, self.run_id)
            assert run is not None
            end_run(run, status, message, now)
            record_counts(
                run,
                {
                    "requests": requests,
                    **{f"responses_{k}": v for k, v in counts.items()},
                    "bytes": int(stats.get("downloader/response_bytes", 0)),
                    "articles_new": new,
                    **{
                        f"articles_{k}": int(stats.get(f"newscrawl/articles/{k}", 0))
                        for k in ("updated", "duplicate", "unchanged")
                    },
                },
                errors,
            )
            site_ran(session, run, status == "ok", getattr(spider, "profile", None), new, seen, now)
        self.crawler.stats.set_value("newscrawl/run_status", status)
        if message:  # what `newscrawl crawl` prints for a failed run (else it could only say "finished")
            self.crawler.stats.set_value("newscrawl/error_message", message)
        # `newscrawl crawl` prints each site's outcome itself: its log keeps the line for -v.
        level = logging.WARNING if failed else logging.INFO if self.log_summary else logging.DEBUG
        logger.log(
            level,
            "run %s: %s requests, %s new, %s updated, %s duplicate, %s unchanged%s",
            {"failed": "FAILED"}.get(status, status),
            requests,
            new,
            run.articles_updated,
            run.articles_duplicate,
            run.articles_unchanged,
            f" ({message})" if message else "",
            extra={"spider": spider},
        )
