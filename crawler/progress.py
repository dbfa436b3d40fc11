"""A progress line every few seconds while ``newscrawl crawl`` runs: pages, articles new/updated, rate.

One line for the whole process (every site crawled in it), so a quiet crawl of many sites stays short.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

logger = logging.getLogger("crawler.progress")


def _stat(crawler: Any, key: str) -> int:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return int(stats.get(key, 0) or 0)


class Progress:
    def __init__(
        self, crawlers: Sequence[tuple[str, Any]], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.crawlers = crawlers
        self.clock = clock
        self.started = clock()
        self.last_pages = 0
        self.last_time = self.started

    def line(self) -> str:
        now = self.clock()
        pages = sum(_stat(c, "response_received_count") for _, c in self.crawlers)
        new = sum(_stat(c, "newscrawl/articles/new") for _, c in self.crawlers)
        updated = sum(_stat(c, "newscrawl/articles/updated") for _, c in self.crawlers)
        running = [name for name, c in self.crawlers if c.crawling]
        rate = (pages - self.last_pages) / max(now - self.last_time, 1e-6)
        self.last_pages, self.last_time = pages, now
        who = (
            self.crawlers[0][0]
            if len(self.crawlers) == 1
            else f"{len(running)}/{len(self.crawlers)} sites running"
        )
        return f"progress: {who}: {pages} pages, {new} new, {updated} updated articles, {rate:.1f} pages/s"

    def tick(self) -> None:
        if any(c.crawling for _, c in self.crawlers):
            logger.info("%s", self.line())
