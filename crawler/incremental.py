"""Incremental crawling: conditional requests for discovery pages, and no refetch of stored articles.

* ``ConditionalRequestsMiddleware`` (downloader): feeds, sitemaps and listing pages carry ``If-None-Match`` /
  ``If-Modified-Since`` from the last fetch (kept per URL in ``url_states``); a 304 costs one small response
  and its callback is never called, so an unchanged listing is not paginated again. The validators are stored
  only when the run ends cleanly: a run killed or failed half-way leaves linked articles unfetched, and a 304
  next time would hide them for as long as the page does not change.
* ``KnownArticlesMiddleware`` (spider): article requests whose canonical URL is already stored are dropped,
  one indexed query per discovery page, unless the profile's ``refresh_after`` has elapsed; so are pages the
  writer rejected less than a day ago (``rejected_pages``): a poison page is not fetched again every run.

Both only save requests. When the database fails one, it switches off for the rest of the run (one warning):
requests go out unconditional and unfiltered, nothing fetched is lost, and storing the pages, or recording
the run's end, is what fails the run.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from crawler.database import database_of
from crawler.db.engine import Database, transaction
from crawler.db.models import Article, UrlState
from crawler.db.rejected import recently_rejected
from crawler.extensions import LOG_ERRORS

logger = logging.getLogger(__name__)
DISCOVERY = {"feed", "sitemap", "listing"}


def _is_discovery(request: Request) -> bool:
    return request.meta.get("source") in DISCOVERY and request.meta.get("page_kind") != "article"


def _switched_off(crawler: Crawler, what: str, exc: SQLAlchemyError) -> None:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    crawler.stats.inc_value(f"newscrawl/errors/incremental_{what}")
    logger.warning(
        "database error, %s off for the rest of the run: %s",
        what.replace("_", " "),
        reason,
        extra={"spider": crawler.spider},
    )


@dataclass(frozen=True, slots=True)
class _Fetched:
    status: int  # 200 or 304
    etag: str | None
    last_modified: str | None
    at: datetime


class ConditionalRequestsMiddleware:
    def __init__(self, crawler: Crawler, database: Database) -> None:
        self.crawler = crawler
        self.engine = database.engine
        self.sessions = database.sessions
        self.off = False
        self.fetched: dict[str, _Fetched] = {}  # discovery pages of this run, stored when it ends cleanly

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        if not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL", True):
            raise NotConfigured("incremental crawling is off")
        mw = cls(crawler, database_of(crawler))  # the process's one, shared with the pipelines
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_closed(self, spider: Spider, reason: str) -> None:
        try:
            if self.fetched and not self.off and self._clean(reason):
                self._store()
        finally:
            self.engine.dispose()

    def _clean(self, reason: str) -> bool:
        """Whether every article the discovery pages linked was fetched and stored, as far as the run knows.

        Downloads that failed for good (retries used up), pages the spider or the pipelines failed on: all log
        an ERROR for the site (counted by the run ledger). Pages the database did not take went to the spool.
        """
        stats = self.crawler.stats.get_stats()
        if reason != "finished" or stats.get("newscrawl/run_status", "ok") != "ok":
            return False
        troubles = (LOG_ERRORS, "newscrawl/errors/database", "newscrawl/articles/spooled")
        return not any(stats.get(key) for key in troubles)

    def _store(self) -> None:
        try:
            with transaction(self.sessions) as session:
                for url, seen in self.fetched.items():
                    state = session.get(UrlState, url) or UrlState(url=url)
                    if seen.status == 200:
                        state.etag, state.last_modified = seen.etag, seen.last_modified
                    state.last_status = seen.status
                    state.last_fetched_at = seen.at
                    session.merge(state)
        except SQLAlchemyError as exc:
            _switched_off(self.crawler, "conditional_requests", exc)  # next run: unconditional requests

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if self.off or not _is_discovery(request) or request.meta.get("newscrawl_conditional"):
            return
        request.meta["newscrawl_conditional"] = True
        try:
            with self.sessions() as session:
                state = session.get(UrlState, request.url)
        except SQLAlchemyError as exc:
            self._off(exc)
            return
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
            self.fetched[request.url] = _Fetched(
                response.status,
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
                datetime.now(UTC),
            )
        return response

    def _off(self, exc: SQLAlchemyError) -> None:
        self.off = True
        _switched_off(self.crawler, "conditional_requests", exc)


class KnownArticlesMiddleware:
    def __init__(self, crawler: Crawler, database: Database) -> None:
        self.crawler = crawler
        self.engine = database.engine
        self.sessions = database.sessions
        self.off = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownArticlesMiddleware:
        if not crawler.settings.getbool("NEWSCRAWL_INCREMENTAL", True):
            raise NotConfigured("incremental crawling is off")
        mw = cls(crawler, database_of(crawler))  # the process's one, shared with the pipelines
        crawler.signals.connect(mw.engine.dispose, signal=signals.spider_closed)
        return mw

    def _refresh_after(self) -> int:
        profile = getattr(self.crawler.spider, "profile", None)
        return int(getattr(profile, "refresh_after", 0) or 0)

    def _fresh(self, urls: list[str]) -> set[str]:
        """The URLs among ``urls`` that are stored and not yet due for a refresh."""
        if not urls or self.off:
            return set()
        refresh = self._refresh_after()
        try:
            with self.sessions() as session:
                rows = session.execute(
                    select(Article.canonical_url, Article.fetched_at).where(Article.canonical_url.in_(urls))
                ).all()
                rejected = recently_rejected(session, urls)
        except SQLAlchemyError as exc:
            self.off = True  # fetch them all: storing them will tell whether the database is really gone
            _switched_off(self.crawler, "known_articles", exc)
            return set()
        if rejected:
            self.crawler.stats.inc_value("newscrawl/incremental/rejected_skipped", len(rejected))
        if not refresh:
            return {url for url, _ in rows} | rejected
        cutoff = datetime.now(UTC) - timedelta(seconds=refresh)
        return {url for url, fetched in rows if fetched >= cutoff} | rejected

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
