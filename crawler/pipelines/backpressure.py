"""Back-pressure for one crawler: fetching pauses while too many fetched pages are not stored yet.

Pages wait in two places after they are fetched: the processing pool and the writer. Both count here, so
``NEWSCRAWL_MAX_UNSTORED`` bounds what a crash can lose and what memory holds, however fast the downloader is
next to the pool. The engine is paused while any reason holds (this count, or the writer's own, across sites).
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class FetchGate:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        # Never below one batch, as the persist stage's own bound: a pause must leave a full batch in the
        # writer to end it (a paused engine never goes idle, so a partial batch would wait for ever).
        self.limit = max(
            settings.getint("NEWSCRAWL_MAX_UNSTORED", 100), settings.getint("NEWSCRAWL_PERSIST_BATCH", 50), 1
        )
        self.processing = 0  # pages in the processing pool
        self.unstored = 0  # articles in the persist stage, not yet stored, spooled or rejected
        self.reasons: set[str] = set()

    def update(self) -> None:
        """Hold or release the "backlog" reason after either count changed."""
        if self.processing + self.unstored >= self.limit:
            self.hold("backlog")
        else:
            self.release("backlog")

    def hold(self, reason: str) -> None:
        engine = self.crawler.engine
        if reason in self.reasons or engine is None:
            return
        if not self.reasons:
            engine.pause()
            logger.debug("%d pages fetched and not stored yet: fetching paused (%s)", self.total, reason)
        self.reasons.add(reason)

    def release(self, reason: str) -> None:
        if reason not in self.reasons:
            return
        self.reasons.discard(reason)
        engine = self.crawler.engine
        if self.reasons or engine is None:
            return
        engine.unpause()
        # unpause() only clears a flag: without a nudge the engine would wait for its 5 s heartbeat.
        slot = getattr(engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

    @property
    def total(self) -> int:
        return self.processing + self.unstored


def gate_for(crawler: Crawler) -> FetchGate:
    gate = getattr(crawler, "_newscrawl_gate", None)
    if gate is None:
        gate = FetchGate(crawler)
        crawler._newscrawl_gate = gate  # type: ignore[attr-defined]
    return gate
