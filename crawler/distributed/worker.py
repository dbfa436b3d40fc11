"""``newscrawl worker``: a long-lived process that crawls its share of every active fleet run.

Every second it beats its heartbeat in Redis, looks at the active runs and starts a crawler for each site it
is not crawling yet (a site's crawler stays open until the fleet run is complete). Every few seconds it moves
dead workers' claims back to the queue. SIGTERM/SIGINT: the crawlers stop, what they had not finished goes
back to the queue, the worker exits 0; a second signal stops at once (the claims come back anyway, after
the visibility timeout). Redis away longer than NEWSCRAWL_REDIS_WAIT: the runs fail, exit 1, one line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.ossignal import install_shutdown_handlers
from sqlalchemy.exc import SQLAlchemyError
from twisted.python.failure import Failure

from crawler.config import Config
from crawler.db.engine import process_database
from crawler.distributed import fleet_runs
from crawler.distributed.connection import REDIS_DOWN, connect, unreachable
from crawler.distributed.frontier import Frontier
from crawler.distributed.ledger import LEFT_OPEN
from crawler.distributed.scheduler import REDIS_LOST
from crawler.logs import quiet_libraries
from crawler.sites import all_profiles
from crawler.spiders import spider_for

logger = logging.getLogger(__name__)
REAP_EVERY = 5  # polls


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def fleet_spider(name: str) -> type:
    """The site's spider, without start requests: in a fleet the scheduler queued them once, for everyone."""
    cls = spider_for(name)

    async def start(self: Any) -> Any:
        return
        yield  # an async generator that yields nothing

    return type(cls.__name__, (cls,), {"start": start, "start_requests": lambda self: iter(())})


class Worker:
    def __init__(
        self,
        config: Config,
        settings: Settings,
        *,
        sites: list[str] | None = None,
        idle_exit: float | None = None,
        verbosity: int = 0,
    ) -> None:
        assert config.redis_url
        self.config = config
        self.settings = settings
        self.id = worker_id()
        self.frontier = Frontier(connect(config.redis_url), config.redis_prefix)
        self.sites = set(sites) if sites else None
        self.idle_exit = idle_exit
        self.verbosity = verbosity
        self.crawling: dict[str, Crawler] = {}
        self.process: CrawlerProcess | None = None
        self.polls = 0
        self.idle_since = time.monotonic()
        self.down_since: float | None = None
        self.stopping = False
        self.failure: str | None = None
        self.unknown_warned: set[str] = set()
        self.runs_done = 0
        # Finished runs whose other members have not left: closed here once they are reaped (dead).
        self.left_open: dict[str, tuple[int, str]] = {}
        self.joined: set[tuple[str, int]] = set()

    def run(self) -> int:
        try:
            self.frontier.heartbeat(self.id)
        except REDIS_DOWN as exc:
            print(f"newscrawl worker: {unreachable(self.config.redis_url, exc)}", file=sys.stderr)
            return 1
        self.process = CrawlerProcess(self.settings)  # installs the asyncio reactor: import it after
        from twisted.internet import reactor, task

        quiet_libraries(self.verbosity, self.settings.get("LOG_LEVEL", "INFO"))
        poller = task.LoopingCall(self.poll)
        reactor.callWhenRunning(poller.start, 1.0)  # type: ignore[attr-defined]
        reactor.callWhenRunning(install_shutdown_handlers, self._signal)  # type: ignore[attr-defined]
        if self.verbosity >= 0:
            print(f"worker {self.id}: waiting for runs (Redis {self.frontier.prefix}*)", flush=True)
        self.process.start(stop_after_crawl=False, install_signal_handlers=False)
        with contextlib.suppress(*REDIS_DOWN):
            self.frontier.retire(self.id)
        if self.failure:
            print(f"newscrawl worker: {self.failure}", file=sys.stderr)
            return 1
        return 0

    # -- the poll ---------------------------------------------------------------------------------------
    def poll(self) -> None:
        if self.stopping:
            return
        self.polls += 1
        if self.config.worker_health_file:  # the loop turns: what a liveness check wants to know
            with contextlib.suppress(OSError):
                Path(self.config.worker_health_file).touch()
        try:
            self.frontier.heartbeat(self.id)
            runs = self.frontier.active_runs()
            if self.polls % REAP_EVERY == 0:
                self._close_abandoned()
                for site in runs:
                    returned, _, gone = self.frontier.reap(site, self.config.visibility_timeout)
                    if returned or gone:
                        logger.warning(
                            "%s: %d requests of dead workers (%s) back to the queue",
                            site,
                            returned,
                            ", ".join(gone) or "gone",
                        )
        except REDIS_DOWN as exc:
            self._down(exc)
            return
        if self.down_since is not None:
            logger.warning("Redis is back")
            self.down_since = None
        for site, (run_id, owner) in sorted(runs.items()):
            if site in self.crawling or (self.sites is not None and site not in self.sites):
                continue
            if (site, run_id) in self.joined:  # once per run: a crawler that left does not come back
                continue
            self._start(site, run_id, owner)
        if self.crawling or runs:
            self.idle_since = time.monotonic()
        elif self.idle_exit is not None and time.monotonic() - self.idle_since > self.idle_exit:
            self._stop("idle")

    def _down(self, exc: BaseException) -> None:
        now = time.monotonic()
        if self.down_since is None:
            self.down_since = now
            logger.warning("%s; waiting for it", unreachable(self.config.redis_url, exc))
        # The crawlers give up on their own (their runs fail); with none left, the worker goes.
        if not self.crawling and now - self.down_since > self.config.redis_wait:
            self.failure = (
                f"{unreachable(self.config.redis_url, exc)} (for more than {self.config.redis_wait:.0f} s)"
            )
            self._stop("redis lost")

    def _start(self, site: str, run_id: int, owner: str) -> None:
        if site not in all_profiles():
            if site not in self.unknown_warned:
                self.unknown_warned.add(site)
                logger.warning("%s: no such site profile on this worker; not taking part", site)
            return
        assert self.process is not None
        settings = self.settings.copy()
        fleet = {
            "NEWSCRAWL_FLEET_RUN_ID": run_id,
            "NEWSCRAWL_FLEET_OWNER": owner,
            "NEWSCRAWL_WORKER_ID": self.id,
        }
        for key, value in fleet.items():
            settings.set(key, value, priority="cmdline")
        crawler = Crawler(fleet_spider(site), settings)
        self.crawling[site] = crawler
        self.joined.add((site, run_id))
        d = self.process.crawl(crawler)
        d.addBoth(self._finished, site, crawler)

    def _finished(self, result: object, site: str, crawler: Crawler) -> object:
        self.crawling.pop(site, None)
        if isinstance(result, Failure):
            logger.error(
                "%s: the crawl could not run: %s",
                site,
                result.getErrorMessage(),
                exc_info=(result.type, result.value, result.getTracebackObject()),
            )
        stats = crawler.stats.get_stats() if crawler.stats else {}
        reason = stats.get("finish_reason")
        status = stats.get("newscrawl/run_status", "?")
        self.runs_done += 1
        if left_open := stats.get(LEFT_OPEN):
            self.left_open[site] = (int(left_open[0]), str(left_open[1]))
        if reason == REDIS_LOST:
            self.failure = str(stats.get("newscrawl/error_message") or "Redis lost")
            if not self.crawling:
                self._stop("redis lost")
        if self.verbosity >= 0:
            print(
                f"{site}: run {stats.get('newscrawl/run_id')} {status} here: "
                f"{stats.get('downloader/request_count', 0)} requests, "
                f"{stats.get('newscrawl/articles/new', 0)} new ({reason})",
                flush=True,
            )
        return None

    def _close_abandoned(self) -> None:
        """A finished run is closed by its last member; when the others died, by whoever reaps them."""
        for site, (run_id, owner) in list(self.left_open.items()):
            _, members, _ = self.frontier.reap(site, self.config.visibility_timeout)
            if members:
                continue
            del self.left_open[site]
            database = process_database(self.config.database_url)  # the one its crawlers use
            try:
                status = fleet_runs.close_run(
                    database.sessions, run_id, site, owner, all_profiles().get(site)
                )
                logger.info("%s: fleet run %s closed (its other workers died): %s", site, run_id, status)
            except SQLAlchemyError as exc:
                logger.error("%s: fleet run %s could not be closed: %s", site, run_id, exc)
            finally:
                database.engine.dispose()  # idle connections only

    # -- stopping -----------------------------------------------------------------------------------------
    def _signal(self, signum: int, _: Any) -> None:
        from twisted.internet import reactor

        install_shutdown_handlers(self._signal_again)
        reactor.callFromThread(self._stop, signal.Signals(signum).name)  # type: ignore[attr-defined]

    def _signal_again(self, signum: int, _: Any) -> None:
        from twisted.internet import reactor

        install_shutdown_handlers(signal.SIG_IGN)
        reactor.callFromThread(reactor.stop)  # type: ignore[attr-defined]

    def _stop(self, why: str) -> None:
        from twisted.internet import reactor

        if self.stopping:
            return
        self.stopping = True
        logger.info("worker stopping (%s)", why)
        assert self.process is not None
        d = self.process.stop()
        d.addBoth(lambda _: reactor.stop())  # type: ignore[attr-defined]
