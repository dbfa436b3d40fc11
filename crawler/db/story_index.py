"""The story index as the writers see it: settings bound once, one call per stored article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from crawler import items
from crawler.config import Config
from crawler.db import models
from crawler.db.stories import Settings, assign_story


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: int
    joined_existing: bool  # the story already had other copies


class StoryIndex:
    def __init__(self, threshold: float) -> None:
        self.settings = Settings(dedup_threshold=threshold)

    @classmethod
    def from_settings(cls, settings: Any) -> StoryIndex:
        return cls(settings.getfloat("NEWSCRAWL_DEDUP_THRESHOLD", Config.dedup_threshold))

    @classmethod
    def from_config(cls, config: Config) -> StoryIndex:
        return cls(config.dedup_threshold)

    def assign(self, session: Session, row: models.Article, article: items.Article) -> Assignment:
        story = assign_story(session, row, settings=self.settings)
        return Assignment(story.id, story.article_count > 1)
