"""Thin adapter: a fetched Page becomes a cleaned, attributed Article (or is dropped with a reason)."""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import SQLAlchemyError

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.template import SiteTemplate
from crawler.db.engine import make_engine, session_factory
from crawler.db.outlets import load_registry
from crawler.db.templates import load_templates, save_templates
from crawler.items import Article, Page
from crawler.processing import process_page, site_host
from crawler.sites import get_profile
from crawler.sites.profile import SiteProfile

logger = logging.getLogger(__name__)


class ProcessPipeline:
    def __init__(self, crawler: Crawler, registry: OutletRegistry) -> None:
        self.crawler = crawler
        self.registry = registry
        self.templates: dict[str, SiteTemplate] = {}  # by site host, learned as pages come in

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPipeline:
        return cls(crawler, OutletRegistry.load_default())

    def open_spider(self, spider: Spider | None = None) -> None:
        """Operators' outlets and spellings (``newscrawl outlets add/alias``) count from the next run on."""
        engine = make_engine(self.crawler.settings["NEWSCRAWL_DATABASE_URL"])
        own = getattr(self.crawler.spider, "profile", None)
        hosts = list(own.hosts[:1]) if own is not None else []
        try:
            with session_factory(engine)() as session:
                self.registry = load_registry(session, self.registry)
                self.templates.update(load_templates(session, hosts))
        except SQLAlchemyError as exc:  # the persist stage reports a missing or unreachable database
            logger.warning("operator outlets and site template not loaded: %s", str(exc).splitlines()[0])
        finally:
            engine.dispose()

    def close_spider(self, spider: Spider | None = None) -> None:
        """The site's template as learned in this run, for the next run (a killed run loses only this)."""
        if not self.templates:
            return
        engine = make_engine(self.crawler.settings["NEWSCRAWL_DATABASE_URL"])
        try:
            with session_factory(engine)() as session, session.begin():
                save_templates(session, self.templates)
        except SQLAlchemyError as exc:
            logger.warning("site template not saved: %s", str(exc).splitlines()[0])
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
        host = site_host(item, profile)
        template = self.templates.setdefault(host, SiteTemplate())
        result = process_page(item, profile, self.registry, template=template)
        stats = self.crawler.stats
        if result.article is None:
            stats.inc_value(f"newscrawl/skipped/{result.skip_reason}")
            raise DropItem(f"{item.url} not stored: {result.skip_reason}", log_level="DEBUG")
        stats.inc_value(f"newscrawl/attribution/{result.article.attribution.method}")
        return result.article
