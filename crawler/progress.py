"""Progress: a line every few seconds while ``newscrawl crawl`` runs (pages, articles new/updated, rate), one
line for the whole process so a quiet crawl of many sites stays short; and ``Ticker`` for the commands that work
through saved pages."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

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


class Ticker:
    """Progress of a command working through many pages (ingest, reprocess, extract of a WARC).

    On a terminal, one line redrawn in place; otherwise (cron, a log file) one line every ``every`` seconds, so a
    long run is never silent. ``enabled=False`` (``-q``) says nothing.
    """

    def __init__(
        self,
        what: str,
        total: int | None = None,
        *,
        every: float = 10.0,
        stream: TextIO | None = None,
        enabled: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what, self.total, self.every = what, total, every
        self.stream = stream or sys.stderr
        self.enabled = enabled and every > 0
        self.tty = self.enabled and self.stream.isatty()
        self.clock = clock
        self.started = self.last = clock()
        self.done = 0
        self.counts: dict[str, int] = {}
        self.drawn = False

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-6)
        of = f"/{self.total}" if self.total is not None else ""
        share = f" ({100 * self.done // max(self.total, 1)}%)" if self.total is not None else ""
        counts = "".join(f", {v} {k}" for k, v in self.counts.items() if v)
        return f"{self.what}: {self.done}{of} pages{share}{counts}, {self.done / elapsed:.1f} pages/s"

    def step(self, n: int = 1, **counts: int) -> None:
        self.done += n
        for key, value in counts.items():
            self.counts[key] = value
        if not self.enabled:
            return
        now = self.clock()
        if self.tty:
            if now - self.last >= 0.2:
                self.stream.write("\r" + self.line() + "\x1b[K")
                self.stream.flush()
                self.last, self.drawn = now, True
        elif now - self.last >= self.every:
            self.stream.write(self.line() + "\n")
            self.stream.flush()
            self.last = now

    def close(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
