"""The story index as the writers see it: settings and the shingles cache bound once, one call per batch."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from crawler.config import Config
from crawler.db.stories import Placed, Settings, ToAssign, assign_stories
from crawler.dedup.fingerprint import Shingled


class ShinglesCache:
    """Least-recently-used shingle sets of recently stored articles (the usual near-duplicate candidates).

    One per process, shared by every site crawled in it (1-3 KB an article: the shingles are arrays of 32-bit
    hashes; one cache per site of Python sets made a twelve-site crawl hold 600 MB). Each miss re-reads a stored
    text and shingles it again inside the writer's transaction. Locked: being process-wide, it must stay whole
    whichever thread writes.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[int, str], Shingled] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str]) -> Shingled | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[int, str], value: Shingled) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


@cache
def process_cache() -> ShinglesCache:
    return ShinglesCache(10_000)


class StoryIndex:
    def __init__(self, threshold: float) -> None:
        self.settings = Settings(dedup_threshold=threshold)
        # Keys carry the content hash, so an edited article never hits a stale entry.
        self.cache = process_cache()

    @classmethod
    def from_settings(cls, settings: Any) -> StoryIndex:
        return cls(settings.getfloat("NEWSCRAWL_DEDUP_THRESHOLD", Config().dedup_threshold))

    @classmethod
    def from_config(cls, config: Config) -> StoryIndex:
        return cls(config.dedup_threshold)

    def assign(self, session: Session, batch: Sequence[ToAssign]) -> dict[int, Placed]:
        """Place stored articles in their stories (one set of statements for the whole batch)."""
        return assign_stories(session, batch, self.settings, self.cache)
