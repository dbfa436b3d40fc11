"""Thin adapter: a fetched Page becomes a cleaned, attributed Article (or is dropped with a reason).

The work runs in the crawler process's processing pool (``crawler.pipelines.pool``), off the reactor;
``NEWSCRAWL_PROCESS_WORKERS = 0`` keeps it in this process (on the reactor, as a debugging aid).
"""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import SQLAlchemyError

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.template import SiteTemplate
from crawler.database import database_of
from crawler.db.engine import Database
from crawler.db.outlets import load_registry
from crawler.db.templates import load_templates, save_templates
from crawler.items import Article, Page
from crawler.pipelines.backpressure import gate_for
from crawler.pipelines.pool import ProcessingPool, default_workers, processing_pool
from crawler.pipelines.worker import Outcome, process
from crawler.processing import site_host

logger = logging.getLogger(__name__)


class ProcessPipeline:
    def __init__(self, crawler: Crawler, registry: OutletRegistry, database: Database) -> None:
        self.crawler = crawler
        self.registry = registry
        self.database = database
        # By site host, learned as pages come in: here when processing runs in this process, else in the
        # worker that processes the site's pages (fetched back when the spider closes).
        self.templates: dict[str, SiteTemplate] = {}
        self.hosts: set[str] = set()
        workers = crawler.settings.get("NEWSCRAWL_PROCESS_WORKERS")
        self.workers = default_workers() if workers in (None, "") else int(workers)
        self.pool: ProcessingPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPipeline:
        return cls(crawler, OutletRegistry.load_default(), database_of(crawler))

    async def open_spider(self, spider: Spider | None = None) -> None:
        """Operators' outlets and spellings (``newscrawl outlets add/alias``) count from the next run on."""
        own = getattr(self.crawler.spider, "profile", None)
        hosts = list(own.hosts[:1]) if own is not None else []
        # The pool's workers got their registry from the first site to open: the other sites crawled in this
        # process would load one (1,500+ rows and their keys) only to drop it.
        pool = processing_pool(self.workers) if self.workers > 0 else None
        try:
            with self.database.sessions() as session:
                if pool is None or not pool.executors:
                    self.registry = load_registry(session, self.registry)
                self.templates.update(load_templates(session, hosts))
        except SQLAlchemyError as exc:  # the persist stage reports a missing or unreachable database
            logger.warning("operator outlets and site template not loaded: %s", str(exc).splitlines()[0])
        if pool is not None:
            self.pool = pool
            self.pool.start(self.registry)
            await self.pool.give_templates(self.templates)
            self.templates = {}

    async def close_spider(self, spider: Spider | None = None) -> None:
        """The site's template as learned in this run, for the next run (a killed run loses only this)."""
        if self.pool is not None:
            self.templates = await self.pool.take_templates(sorted(self.hosts))
        if not self.templates:
            return
        try:
            with self.database.sessions() as session, session.begin():
                save_templates(session, self.templates)
        except SQLAlchemyError as exc:
            logger.warning("site template not saved: %s", str(exc).splitlines()[0])

    async def process_item(self, item: Page, spider: Spider | None = None) -> Article:
        if not isinstance(item, Page):
            return item
        profile = item.profile  # resolved by the spider that made the page (an ad hoc one is in no registry)
        host = site_host(item, profile)
        self.hosts.add(host)
        if self.pool is not None:
            gate = gate_for(self.crawler)  # pages in the pool count as fetched and not stored
            gate.processing += 1
            gate.update()
            try:
                outcome = await self.pool.process(item, profile, host)
            finally:
                gate.processing -= 1
                gate.update()
        else:
            outcome = process(item, profile, self.registry, self.templates.setdefault(host, SiteTemplate()))
        return self._result(item, outcome)

    def _result(self, item: Page, outcome: Outcome) -> Article:
        stats = self.crawler.stats
        if outcome.article is None:
            stats.inc_value(f"newscrawl/skipped/{outcome.skip_reason}")
            raise DropItem(f"{item.url} not stored: {outcome.skip_reason}", log_level="DEBUG")
        stats.inc_value(f"newscrawl/attribution/{outcome.attribution_method}")
        return outcome.article
