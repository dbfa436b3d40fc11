"""The crawler process's one Database, handed to its components.

Every component that talks to the database (the pipelines, the run ledgers, the incremental middlewares) takes
a ``Database`` in its ``__init__``; its ``from_crawler`` asks here for the process's one. No component builds
an engine or looks one up by URL itself, so sites crawled together in one process share one connection pool.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler.db.engine import Database, process_database


def database_of(crawler: Crawler) -> Database:
    """The Database of the crawler's process for its NEWSCRAWL_DATABASE_URL (the same object for every
    component and every crawler of the process); NotConfigured when no database is set."""
    url = crawler.settings.get("NEWSCRAWL_DATABASE_URL")
    if not url:
        raise NotConfigured("NEWSCRAWL_DATABASE_URL is not set")
    return process_database(url)
