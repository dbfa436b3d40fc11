"""One generic spider for every site profile: it discovers article URLs and hands pages on.

Discovery comes from the profile's feeds, sitemaps (sitemap indexes and Google News sitemaps included) and
listing pages with pagination. The spider follows links only; extraction happens in the item pipelines.
"""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar

from lxml import etree
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from crawler.cleaning.encoding import decode_html
from crawler.dedup.urls import canonicalize_url, fetch_url
from crawler.items import Page
from crawler.sites.profile import SiteProfile

ATOM = "{http://www.w3.org/2005/Atom}"


class SiteSpider(Spider):
    """Base class; ``crawler.spiders`` makes one subclass per profile so ``scrapy list`` shows each site."""

    profile: ClassVar[SiteProfile]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_domains = list(self.profile.hosts) + [f"www.{h}" for h in self.profile.hosts]
        self._listing_pages = 0
        # Article links found this run, across feeds, sitemaps and listings (one link is often in all three):
        # the share of them that was new drives the site's cadence.
        self._discovered: set[str] = set()

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        if cls.profile.needs_browser:
            settings.set(
                "DOWNLOAD_HANDLERS", settings.getdict("PLAYWRIGHT_DOWNLOAD_HANDLERS"), priority="spider"
            )
        if cls.profile.settings:
            settings.setdict(cls.profile.settings, priority="spider")

    # -- discovery ---------------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[Request]:
        p = self.profile
        for url in p.feeds:
            yield Request(url, callback=self.parse_feed, meta={"source": "feed"}, dont_filter=True)
        for url in p.sitemaps:
            yield Request(url, callback=self.parse_sitemap, meta={"source": "sitemap"}, dont_filter=True)
        for url in p.listings:
            meta = {"source": "listing", "depth_page": 1, **self._render_meta()}
            yield Request(url, callback=self.parse_listing, meta=meta)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        try:
            root = etree.fromstring(
                response.body, parser=etree.XMLParser(recover=True, resolve_entities=False)
            )
        except etree.XMLSyntaxError as exc:
            root = None
            reason = str(exc)
        else:
            reason = "empty document"
        if root is None:
            self._bad_source("feed", response.url, reason)
            return
        links = [el.text or "" for el in root.iter("link") if el.text]  # RSS 2.0
        links += [
            el.get("href", "") for el in root.iter(f"{ATOM}link") if el.get("rel", "alternate") == "alternate"
        ]
        links += [el.text or "" for el in root.iter("guid") if (el.text or "").startswith("http")]
        if not links:
            self._bad_source("feed", response.url, "no item links")
        yield from self._article_requests(response, links, "feed")

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError as exc:
                self._bad_source("sitemap", response.url, f"bad gzip: {exc}")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several types on garbage
            self._bad_source("sitemap", response.url, str(exc) or type(exc).__name__)
            return
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc in locs:
                if self.profile.owns(loc):
                    yield Request(loc, callback=self.parse_sitemap, meta={"source": "sitemap"})
            return
        yield from self._article_requests(response, locs, "sitemap")

    def parse_listing(self, response: Response) -> Iterator[Request]:
        hrefs = response.css("a::attr(href)").getall()
        yield from self._article_requests(response, [response.urljoin(h) for h in hrefs], "listing")
        page = response.meta.get("depth_page", 1)
        if self.profile.next_page and page < self.profile.max_listing_pages:
            nxt = response.css(f"{self.profile.next_page}::attr(href)").get()
            if nxt:
                meta = {"source": "listing", "depth_page": page + 1, **self._render_meta()}
                yield response.follow(nxt, callback=self.parse_listing, meta=meta)

    def _article_requests(self, response: Response, urls: list[str], source: str) -> Iterator[Request]:
        seen: set[str] = set()
        for raw in urls:
            url = fetch_url(response.urljoin(raw.strip()))
            identity = canonicalize_url(url)
            if identity in seen or not self.profile.is_article_url(url):
                continue
            seen.add(identity)
            self.crawler.stats.inc_value(f"newscrawl/discovered/{source}")
            self._discovered.add(identity)
            self.crawler.stats.set_value("newscrawl/discovered_articles", len(self._discovered))
            yield self.article_request(url, source)

    def article_request(self, url: str, source: str) -> Request:
        meta: dict[str, Any] = {"source": source, "page_kind": "article", **self._render_meta()}
        meta["canonical_url"] = canonicalize_url(url)  # what the store knows it by (incremental crawling)
        return Request(url, callback=self.parse_article, meta=meta)

    def _render_meta(self) -> dict[str, Any]:
        """Meta that sends a page of a ``render = "browser"`` profile (listing or article) through Chromium."""
        if not self.profile.needs_browser:
            return {}
        from crawler.browser import rendered_page_methods  # lazily: only browser profiles need playwright

        timeout = self.settings.getfloat("NEWSCRAWL_BROWSER_WAIT_TIMEOUT", 15_000)
        return {
            "playwright": True,
            "playwright_page_methods": rendered_page_methods(self.profile.wait_for, timeout),
        }

    # -- pages ---------------------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Page]:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        if content_type and "html" not in content_type and "xml" not in content_type:
            self.crawler.stats.inc_value("newscrawl/skipped/not_html")
            return
        html, encoding = decode_html(response.body, content_type)
        yield Page(
            url=response.url,
            html=html,
            site=self.profile.hosts[0],
            profile=self.profile.name,
            fetched_at=datetime.now(UTC),
            status=response.status,
            raw=response.body,
            encoding=encoding,
        )

    def _bad_source(self, kind: str, url: str, reason: str) -> None:
        self.logger.warning("%s %s unusable: %s", kind, url, reason)
        self.crawler.stats.inc_value(f"newscrawl/errors/{kind}_parse")
