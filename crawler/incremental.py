"""Incremental crawling: conditional requests for discovery pages, and no refetch of stored articles.

* ``ConditionalRequestsMiddleware`` (downloader): feeds, sitemaps and listing pages carry ``If-None-Match`` /
  ``If-Modified-Since`` from the last fetch (kept per URL in ``url_states``); a 304 costs one small response
  and its callback is never called, so an unchanged listing is not paginated again.
* ``KnownArticlesMiddleware`` (spider): article requests whose canonical URL is already stored are dropped,
  one indexed query per discovery page, unless the profile's ``refresh_after`` has elapsed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from sqlalchemy import select

from crawler.db.engine import make_engine, session_factory, transaction
from crawler.db.models import Article, UrlState

DISCOVERY = {"feed", "sitemap", "listing"}


def _is_discovery(request: Request) -> bool:
    return request.meta.get("source") in DISCOVERY and request.meta.get("page_kind") != "article"


class ConditionalRequestsMiddleware:
    def __init__(self, crawler: Crawler, database_url: str) -> None:
        self.crawler = crawler
        self.engine = make_engine(database_url)
        self.sessions = session_factory(self.engine)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        if not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL", True):
            raise NotConfigured("incremental crawling is off")
        mw = cls(crawler, crawler.settings["NEWSCRAWL_DATABASE_URL"])
        crawler.signals.connect(mw.engine.dispose, signal=signals.spider_closed)
        return mw

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if not _is_discovery(request) or request.meta.get("newscrawl_conditional"):
            return
        request.meta["newscrawl_conditional"] = True
        with self.sessions() as session:
            state = session.get(UrlState, request.url)
        if state is None:
            return
        if state.etag:
            request.headers.setdefault(b"If-None-Match", state.etag.encode("latin-1"))
        if state.last_modified:
            request.headers.setdefault(b"If-Modified-Since", state.last_modified.encode("latin-1"))

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if not _is_discovery(request):
            return response
        if response.status == 304:
            self.crawler.stats.inc_value("newscrawl/incremental/not_modified")
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        if response.status in (200, 304):
            with transaction(self.sessions) as session:
                state = session.get(UrlState, request.url) or UrlState(url=request.url)
                if response.status == 200:
                    state.etag = etag.decode("latin-1") if etag else None
                    state.last_modified = modified.decode("latin-1") if modified else None
                state.last_status = response.status
                state.last_fetched_at = datetime.now(UTC)
                session.merge(state)
        return response


class KnownArticlesMiddleware:
    def __init__(self, crawler: Crawler, database_url: str) -> None:
        self.crawler = crawler
        self.engine = make_engine(database_url)
        self.sessions = session_factory(self.engine)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownArticlesMiddleware:
        if not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL", True):
            raise NotConfigured("incremental crawling is off")
        mw = cls(crawler, crawler.settings["NEWSCRAWL_DATABASE_URL"])
        crawler.signals.connect(mw.engine.dispose, signal=signals.spider_closed)
        return mw

    def _refresh_after(self) -> int:
        profile = getattr(self.crawler.spider, "profile", None)
        return int(getattr(profile, "refresh_after", 0) or 0)

    def _fresh(self, urls: list[str]) -> set[str]:
        """The URLs among ``urls`` that are stored and not yet due for a refresh."""
        if not urls:
            return set()
        refresh = self._refresh_after()
        with self.sessions() as session:
            rows = session.execute(
                select(Article.canonical_url, Article.fetched_at).where(Article.canonical_url.in_(urls))
            ).all()
        if not refresh:
            return {url for url, _ in rows}
        cutoff = datetime.now(UTC) - timedelta(seconds=refresh)
        return {url for url, fetched in rows if fetched >= cutoff}

    def _filter(self, batch: list[Any]) -> list[Any]:
        def key(r: Any) -> str | None:
            if isinstance(r, Request) and r.meta.get("page_kind") == "article":
                return str(r.meta.get("canonical_url") or r.url)
            return None

        known = self._fresh([k for r in batch if (k := key(r))])
        if known:
            self.crawler.stats.inc_value("newscrawl/incremental/known_articles", len(known))
        return [r for r in batch if key(r) not in known]

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Spider | None = None
    ) -> Iterable[Any]:
        batch: list[Any] = []
        for item in result:
            batch.append(item)
            if len(batch) >= 200:
                yield from self._filter(batch)
                batch = []
        yield from self._filter(batch)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        batch: list[Any] = []
        async for item in result:
            batch.append(item)
            if len(batch) >= 200:
                for out in self._filter(batch):
                    yield out
                batch = []
        for out in self._filter(batch):
            yield out
