"""Thin adapter: a fetched Page becomes a cleaned, attributed Article (or is dropped with a reason)."""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import SQLAlchemyError

from crawler.attribution.registry import OutletRegistry
from crawler.db.engine import make_engine, session_factory
from crawler.db.outlets import load_registry
from crawler.items import Article, Page
from crawler.processing import process_page
from crawler.sites import get_profile
from crawler.sites.profile import SiteProfile

logger = logging.getLogger(__name__)


class ProcessPipeline:
    def __init__(self, crawler: Crawler, registry: OutletRegistry) -> None:
        self.crawler = crawler
        self.registry = registry

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPipeline:
        return cls(crawler, OutletRegistry.load_default())

    def open_spider(self, spider: Spider | None = None) -> None:
        """Operators' outlets and spellings (``newscrawl outlets add/alias``) count from the next run on."""
        engine = make_engine(self.crawler.settings["NEWSCRAWL_DATABASE_URL"])
        try:
            with session_factory(engine)() as session:
                self.registry = load_registry(session, self.registry)
        except SQLAlchemyError as exc:  # the persist stage reports a missing or unreachable database
            logger.warning("operator outlets not loaded: %s", str(exc).splitlines()[0])
        finally:
            engine.dispose()

    def _profile(self, item: Page) -> SiteProfile | None:
        """The crawling spider's own profile (an ad hoc one is in no registry), else the one named."""
        own = getattr(self.crawler.spider, "profile", None)
        if own is not None and own.name == item.profile:
            return own
        return get_profile(item.profile) if item.profile else None

    def process_item(self, item: Page, spider: Spider | None = None) -> Article:
        if not isinstance(item, Page):
            return item
        profile = self._profile(item)
        result = process_page(item, profile, self.registry)
        stats = self.crawler.stats
        if result.article is None:
            stats.inc_value(f"newscrawl/skipped/{result.skip_reason}")
            raise DropItem(f"{item.url} not stored: {result.skip_reason}", log_level="DEBUG")
        stats.inc_value(f"newscrawl/attribution/{result.article.attribution.method}")
        return result.article
