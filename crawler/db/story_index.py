"""The story index as the writers see it: settings bound once, one call per stored article."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crawler import items
from crawler.config import Config
from crawler.db import models
from crawler.db.stories import Settings, assign_story
from crawler.dedup.fingerprint import Shingled


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: int
    joined_existing: bool  # the story already had other copies


class ShinglesCache(OrderedDict[tuple[int, str], Shingled]):
    """Least-recently-used shingle sets of recently stored articles (the usual near-duplicate candidates)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __getitem__(self, key: tuple[int, str]) -> Shingled:
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key: tuple[int, str], value: Shingled) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)


class StoryIndex:
    def __init__(self, threshold: float, cache_size: int = 2000) -> None:
        self.settings = Settings(dedup_threshold=threshold)
        # A few MB: about 25 KB of shingles per article. Keys carry the content hash, so an edit never hits.
        self.cache = ShinglesCache(cache_size)

    @classmethod
    def from_settings(cls, settings: Any) -> StoryIndex:
        return cls(settings.getfloat("NEWSCRAWL_DEDUP_THRESHOLD", Config.dedup_threshold))

    @classmethod
    def from_config(cls, config: Config) -> StoryIndex:
        return cls(config.dedup_threshold)

    def assign(self, session: Session, row: models.Article, article: items.Article) -> Assignment:
        story = assign_story(session, row, settings=self.settings, shingles_cache=self.cache)
        return Assignment(story.id, story.article_count > 1)
