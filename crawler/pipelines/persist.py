"""Thin adapter: Articles are written to the database in transactional batches.

A batch either lands whole or not at all. An article the database refuses (a poison page) is recorded in
``rejected_pages`` and the rest of its batch is stored (``ArticleWriter``). When the database stays unreachable
after a few retries the run is stopped and marked failed; pages of the batches that could not be stored are
spooled to a WARC file that ``newscrawl ingest`` takes back, so nothing fetched is lost.

Back-pressure: pages fetched but not yet stored are bounded by ``NEWSCRAWL_MAX_UNSTORED`` (default two
batches) per site, and by twice that over all the sites crawled in one process (they share one writer). At the
bound the engine stops handing requests to the downloader until the writer catches up, so
the backlog held in memory (and lost by a crash) stays within the bound plus what was already under way when
fetching paused: the requests the downloader held (at most ``CONCURRENT_REQUESTS``) and the responses being
parsed.
"""

from __future__ import annotations

import logging
import time
from functools import cache
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from sqlalchemy.exc import DBAPIError, OperationalError
from twisted.internet import reactor, threads
from twisted.internet.defer import Deferred, DeferredList
from twisted.python.threadpool import ThreadPool

from crawler.database import database_of
from crawler.db.engine import Database
from crawler.db.migrate import NotMigrated, ensure_migrated
from crawler.db.story_index import StoryIndex
from crawler.db.writer import ArticleWriter
from crawler.items import Article
from crawler.pipelines.backpressure import gate_for
from crawler.sites.profile import SiteProfile
from crawler.spool import spool_articles

logger = logging.getLogger(__name__)
# Signal, sent with ``articles=`` (the batch) once a batch left the writer: stored, rejected or spooled.
# The fleet's scheduler releases a request only then (crawler.distributed.scheduler).
ARTICLES_SETTLED = object()


def _settled(d: Deferred[None]) -> Deferred[None]:
    """A new Deferred that fires when ``d`` does, leaving ``d``'s own result to its other callbacks."""
    out: Deferred[None] = Deferred()

    def relay(result: object) -> object:
        out.callback(None)
        return result

    d.addBoth(relay)
    return out


@cache
def writer_pool() -> ThreadPool:
    """One writer thread per process, shared by every site crawled in it.

    Batches are stored one after another while the reactor goes on fetching and parsing; sites crawled
    together never hold database locks against each other (separate processes may, and retry).
    """
    pool = ThreadPool(minthreads=1, maxthreads=1, name="newscrawl-persist")
    pool.start()
    reactor.addSystemEventTrigger("during", "shutdown", pool.stop)
    return pool


class Backlog:
    """Pages fetched and not yet stored over every site crawled in this process (they share the writer):
    at ``limit`` every pipeline pauses its engine; when the writer brings it back under, they resume."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.unstored = 0
        self.paused: list[PersistPipeline] = []

    @property
    def full(self) -> bool:
        return self.unstored >= self.limit

    def released(self) -> None:
        if self.full:
            return
        paused, self.paused = self.paused, []
        for pipeline in paused:
            pipeline.maybe_resume()


@cache
def process_backlog(limit: int) -> Backlog:
    return Backlog(limit)


class PersistPipeline:
    retries = 3

    def __init__(self, crawler: Crawler, database: Database) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.database_url: str = database.url
        self.batch_size: int = settings.getint("NEWSCRAWL_PERSIST_BATCH", 50)
        self.keep_raw: bool = settings.getbool("NEWSCRAWL_KEEP_RAW_HTML", True)
        self.spool_dir = Path(settings.get("NEWSCRAWL_SPOOL_DIR", "var/spool"))
        self.database = database
        self.engine = self.database.engine
        self.writer = ArticleWriter(
            self.database.sessions, StoryIndex.from_settings(settings), keep_raw=self.keep_raw
        )
        self.batch: list[Article] = []
        self.pending: list[Deferred[None]] = []
        self.max_pending = 2
        # At least one batch: a pause must always leave a full batch in the writer to end it.
        self.max_unstored = max(
            settings.getint("NEWSCRAWL_MAX_UNSTORED", 2 * self.batch_size), self.batch_size
        )
        self.unstored = 0  # articles handed to this pipeline and not yet stored, spooled or rejected
        self.backlog = process_backlog(2 * self.max_unstored)
        self.paused = False  # whether this pipeline paused the engine
        self.failed = False
        self.profile: SiteProfile | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PersistPipeline:
        pipeline = cls(crawler, database_of(crawler))  # the process's one, shared by every site
        crawler.signals.connect(pipeline._idle, signal=signals.spider_idle)
        return pipeline

    def _idle(self) -> None:
        """Nothing else to do: store the partial batch now (a fleet worker stays open, idle, for long)."""
        if self.batch and not self.failed:
            batch, self.batch = self.batch, []
            self.pending = [d for d in self.pending if not d.called]
            self.pending.append(self._submit(batch))

    def open_spider(self, spider: Spider | None = None) -> None:
        self.profile = getattr(self.crawler.spider, "profile", None)
        self.pool = writer_pool()
        try:
            ensure_migrated(self.engine)
        except NotMigrated:
            # The run ledger says so in one line and closes the spider; nothing is written meanwhile.
            self.failed = True

    async def process_item(self, item: Article, spider: Spider | None = None) -> Article:
        if not isinstance(item, Article):
            return item
        self.batch.append(item)
        self._count(1)
        stats = self.crawler.stats
        stats.max_value("newscrawl/backlog/max_unstored", self.unstored)
        if self.unstored >= self.max_unstored:
            self._pause()
        elif self.backlog.full and not self.paused:
            # Paused for the other sites' pages: this site's partial batch goes now, or nothing would end it.
            self._pause()
            self.backlog.paused.append(self)
            if len(self.batch) < self.batch_size:
                batch, self.batch = self.batch, []
                self.pending = [d for d in self.pending if not d.called]
                self.pending.append(self._submit(batch))
                return item
        if len(self.batch) < self.batch_size:
            return item
        batch, self.batch = self.batch, []
        self.pending = [d for d in self.pending if not d.called]
        self.pending.append(self._submit(batch))
        while len(self.pending) > self.max_pending:
            # The database is behind: hold this item (and with it the scraper) until the oldest batch is stored.
            await maybe_deferred_to_future(_settled(self.pending[0]))
            self.pending = [d for d in self.pending if not d.called]
        return item

    def _submit(self, batch: list[Article]) -> Deferred[None]:
        d = threads.deferToThreadPool(reactor, self.pool, self.flush, batch)
        d.addBoth(self._stored, batch)
        return d

    def _stored(self, result: object, batch: list[Article]) -> object:
        """Back on the reactor after a batch left the writer (stored, rejected or spooled)."""
        self._count(-len(batch))
        self.maybe_resume()
        self.backlog.released()
        if batch:
            self.crawler.signals.send_catch_log(ARTICLES_SETTLED, articles=batch)
        return result

    def maybe_resume(self) -> None:
        if self.paused and self.unstored < self.max_unstored and not self.backlog.full:
            self._resume()
        elif self.paused and self not in self.backlog.paused:
            self.backlog.paused.append(self)

    def _pause(self) -> None:
        if self.paused or self.crawler.engine is None:
            return
        self.paused = True
        gate_for(self.crawler).hold("writer")
        self.crawler.stats.inc_value("newscrawl/backlog/pauses")

    def _resume(self) -> None:
        self.paused = False
        gate_for(self.crawler).release("writer")

    def _count(self, change: int) -> None:
        """Articles in this stage: for the writer's own bound, the sites' shared one and the crawler's gate."""
        self.unstored += change
        self.backlog.unstored += change
        gate = gate_for(self.crawler)
        gate.unstored = self.unstored
        gate.update()

    async def close_spider(self, spider: Spider | None = None) -> None:
        batch, self.batch = self.batch, []
        self.pending.append(self._submit(batch))
        await maybe_deferred_to_future(DeferredList(self.pending, consumeErrors=True))

    def flush(self, batch: list[Article]) -> None:
        """Store one batch (runs in the writer thread); retried while the database comes back."""
        if not batch:
            return
        if self.failed:  # the database already went away in this run: keep the pages, don't hammer it
            self._spool(batch)
            return
        for attempt in range(1, self.retries + 1):
            try:
                self._write(batch)
                return
            except (OperationalError, DBAPIError) as exc:
                if attempt == self.retries or not getattr(exc, "connection_invalidated", True):
                    reason = str(exc.orig or exc).strip().splitlines()[0]
                    logger.error("database error, %d articles not stored: %s", len(batch), reason)
                    self._fail(batch, reason)
                    return
                time.sleep(0.5 * 2**attempt)
            except Exception as exc:
                # A bug, not the database: say so, keep the pages, and let the rest of the run go on.
                logger.exception("could not store a batch of %d articles: %r", len(batch), exc)
                stats = self.crawler.stats
                stats.inc_value(f"newscrawl/errors/{type(exc).__name__}")
                if not stats.get_value("newscrawl/error_message"):
                    stats.set_value("newscrawl/error_message", f"could not store articles: {exc!r}")
                self._spool(batch)
                return

    def _write(self, batch: list[Article]) -> None:
        stats = self.crawler.stats
        counts = self.writer.write(batch, run_id=stats.get_value("newscrawl/run_id"), profile=self.profile)
        for status, n in counts.items():
            stats.inc_value(f"newscrawl/articles/{status}", n)
        if counts["rejected"]:
            stats.inc_value("newscrawl/errors/rejected_pages", counts["rejected"])

    def _fail(self, batch: list[Article], reason: str) -> None:
        self.failed = True
        stats = self.crawler.stats
        stats.inc_value("newscrawl/errors/database")
        stats.set_value("newscrawl/error_message", f"database error: {reason}")
        self._spool(batch)
        if self.crawler.engine is not None and self.crawler.spider is not None:
            engine = self.crawler.engine
            reactor.callFromThread(
                lambda: deferred_from_coro(engine.close_spider_async(reason="database_error"))
            )

    def _spool(self, batch: list[Article]) -> None:
        run_id = self.crawler.stats.get_value("newscrawl/run_id") or "norun"
        path = spool_articles(batch, self.spool_dir / f"run-{run_id}.warc.gz")
        self.crawler.stats.inc_value("newscrawl/articles/spooled", len(batch))
        logger.error("%d unstored pages saved to %s (re-ingest: newscrawl ingest %s)", len(batch), path, path)
