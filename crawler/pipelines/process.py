"""Thin adapter: a fetched Page becomes a cleaned, attributed Article (or is dropped with a reason)."""

from __future__ import annotations

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.attribution.registry import OutletRegistry
from crawler.items import Article, Page
from crawler.processing import process_page
from crawler.sites import get_profile


class ProcessPipeline:
    def __init__(self, crawler: Crawler, registry: OutletRegistry) -> None:
        self.crawler = crawler
        self.registry = registry

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPipeline:
        return cls(crawler, OutletRegistry.load_default())

    def process_item(self, item: Page, spider: Spider | None = None) -> Article:
        if not isinstance(item, Page):
            return item
        profile = get_profile(item.profile) if item.profile else None
        result = process_page(item, profile, self.registry)
        stats = self.crawler.stats
        if result.article is None:
            stats.inc_value(f"newscrawl/skipped/{result.skip_reason}")
            raise DropItem(f"{item.url} not stored: {result.skip_reason}", log_level="DEBUG")
        stats.inc_value(f"newscrawl/attribution/{result.article.attribution.method}")
        return result.article
