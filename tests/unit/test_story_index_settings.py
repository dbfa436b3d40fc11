"""The story index takes its threshold from the crawler's settings, and the configured default without one."""

from __future__ import annotations

from scrapy.settings import Settings

from crawler.config import Config
from crawler.db.story_index import StoryIndex


def test_threshold_from_the_settings_or_the_default() -> None:
    assert (
        StoryIndex.from_settings(Settings({"NEWSCRAWL_DEDUP_THRESHOLD": 0.55})).settings.dedup_threshold
        == 0.55
    )
    # A crawler built without the project's settings (a bare Settings) gets the configured default.
    assert StoryIndex.from_settings(Settings()).settings.dedup_threshold == Config().dedup_threshold == 0.7
