"""One generic spider for every site profile: it discovers article URLs and hands pages on.

Discovery comes from the profile's feeds, sitemaps (sitemap indexes and Google News sitemaps included) and
listing pages with pagination. A profile that declares none of them (a bundled publisher, ``newscrawl crawl
URL``) is discovered at runtime from its home page: the page is a feed, a sitemap or HTML (whose declared
feeds are read and whose links are followed), and robots.txt names the sitemaps. When such a profile has no
article URL pattern, one is inferred from the links found, as ``newscrawl sites add`` does.
The spider follows links only; extraction happens in the item pipelines.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from crawler.cleaning.encoding import decode_html
from crawler.dedup.urls import canonicalize_url, fetch_url
from crawler.items import Page
from crawler.limits import CORRUPT_GZIP, MAX_PAGE_BYTES, TooLarge, gunzip_capped
from crawler.sites.discovery import NotAFeed, declared_feeds, feed_item_links, sniff
from crawler.sites.patterns import infer_article_pattern, path_and_query
from crawler.sites.profile import SiteProfile

# Runtime discovery reads at most this many sitemaps named by robots.txt (news sitemaps first), and of a
# sitemap index only its last (newest) children: enough for what is new, without walking a site's archive.
RUNTIME_SITEMAPS = 3
RUNTIME_INDEX_CHILDREN = 2


class SiteSpider(Spider):
    """Base class; ``crawler.spiders`` makes one subclass per profile so ``scrapy list`` shows each site."""

    profile: ClassVar[SiteProfile]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_domains = list(self.profile.hosts) + [f"www.{h}" for h in self.profile.hosts]
        self._sitemaps_requested = 0
        self._trap_warned: set[str] = set()
        # Article links found this run, across feeds, sitemaps and listings (one link is often in all three):
        # the share of them that was new drives the site's cadence.
        self._discovered: set[str] = set()
        # Runtime discovery without a declared pattern: inferred from the first links found.
        self.infer_pattern = self.profile.article_url in ("", ".*") and not self.profile.start_urls
        self.article_re: re.Pattern[str] | None = None if self.infer_pattern else self.profile.article_re

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        if cls.profile.needs_browser:
            cls._browser_settings(settings)
        if cls.profile.settings:
            settings.setdict(cls.profile.settings, priority="spider")

    @staticmethod
    def _browser_settings(settings: Any) -> None:
        """Chromium for this crawl: the playwright download handler, and the SSRF guard twice (page request
        interception, and a local proxy every connection of the browser goes through). The proxy's port is
        bound here, the last moment the browser's launch options can still change."""
        from crawler.browser import RequestGuard  # lazily, as every browser piece
        from crawler.browser_proxy import BrowserProxy
        from crawler.netpolicy import AddressPolicy

        settings.set("DOWNLOAD_HANDLERS", settings.getdict("PLAYWRIGHT_DOWNLOAD_HANDLERS"), priority="spider")
        policy = AddressPolicy.from_spec(settings.get("NEWSCRAWL_ALLOWED_NETWORKS", ""))
        replay = settings.get("NEWSCRAWL_REPLAY_PROXY") or None
        proxy = BrowserProxy(policy, replay)
        launch = dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))
        launch["proxy"] = {"server": proxy.url}
        settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch, priority="spider")
        settings.set("PLAYWRIGHT_ABORT_REQUEST", RequestGuard(policy, replay, proxy), priority="spider")

    # -- discovery ---------------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[Request]:
        p = self.profile
        if not p.start_urls and p.home:
            yield from self._runtime_discovery(p.home)
            return
        for url in p.feeds:
            yield Request(url, callback=self.parse_feed, meta={"source": "feed"}, dont_filter=True)
        for url in p.sitemaps:
            if (request := self._sitemap_request(url, depth=0, dont_filter=True)) is not None:
                yield request
        for url in p.listings:
            meta = {"source": "listing", "depth_page": 1, **self._render_meta()}
            yield Request(url, callback=self.parse_listing, meta=meta)

    # -- runtime discovery (no feeds, sitemaps or listings declared) ---------------------------------------------
    def _runtime_discovery(self, home: str) -> Iterator[Request]:
        meta = {"source": "home", **self._render_meta()}
        yield Request(home, callback=self.parse_start, meta=meta, dont_filter=True)

    def parse_start(self, response: Response) -> Iterator[Request]:
        """The start page of runtime discovery: a feed, a sitemap or a home page."""
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        kind = sniff(response.body, ctype, self._max_page_bytes())
        if kind == "feed":
            yield from self.parse_feed(response)
        elif kind == "sitemap":
            yield from self.parse_sitemap(response)
        elif kind == "html":
            html = response.text
            for feed in declared_feeds(html, response.url):
                yield Request(feed, callback=self.parse_feed, meta={"source": "feed"}, dont_filter=True)
            parts = urlsplit(response.url)
            if parts.path in ("", "/") and not parts.query:  # a home page: its robots.txt names the sitemaps
                robots = f"{parts.scheme}://{parts.netloc}/robots.txt"
                yield Request(robots, callback=self.parse_robots, meta={"source": "robots"}, dont_filter=True)
            yield from self.parse_listing(response)
        else:
            self._bad_source("start page", response.url, "neither a feed, a sitemap nor HTML")

    def parse_robots(self, response: Response) -> Iterator[Request]:
        if response.status != 200:
            return
        sitemaps = [u for u in Protego.parse(response.text).sitemaps if self.profile.owns(u)]
        sitemaps.sort(key=lambda u: "news" not in u.lower())
        for url in sitemaps[:RUNTIME_SITEMAPS]:
            if (request := self._sitemap_request(url, depth=0, runtime=True)) is not None:
                yield request

    def _pattern_from(self, urls: list[str], evidence: bool) -> None:
        """With no declared pattern, the first links found set it (feed and sitemap entries are evidence)."""
        if self.article_re is not None:
            return
        own = [u for u in urls if self.profile.owns(u)]
        inferred = infer_article_pattern(own, []) if evidence else infer_article_pattern([], own)
        if inferred is not None:
            self.article_re = re.compile(inferred.regex)
            self.logger.info("article URL pattern inferred: %s", inferred.regex)

    def is_article_url(self, url: str) -> bool:
        if self.article_re is None or not self.profile.owns(url):
            return False
        if self.profile.deny_re and self.profile.deny_re.search(path_and_query(url)):
            return False
        return bool(self.article_re.search(path_and_query(url)))

    def parse_feed(self, response: Response) -> Iterator[Request]:
        try:
            links = feed_item_links(response.body, self._max_page_bytes())
        except NotAFeed as exc:
            self._bad_source("feed", response.url, str(exc))
            return
        yield from self._article_requests(response, links, "feed")

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":  # a .xml.gz served as is: its own gzip layer, capped like any body
            try:
                body = gunzip_capped(body, self._max_page_bytes(), "the sitemap, decompressed,")
            except TooLarge as exc:
                self._bad_source("sitemap", response.url, str(exc))
                return
            except CORRUPT_GZIP as exc:
                self._bad_source("sitemap", response.url, f"bad gzip: {exc}")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several types on garbage
            self._bad_source("sitemap", response.url, str(exc) or type(exc).__name__)
            return
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            children = [loc for loc in locs if self.profile.owns(loc)]
            meta = response.meta if response.request is not None else {}
            runtime = bool(meta.get("runtime"))
            if runtime:
                children = children[-RUNTIME_INDEX_CHILDREN:]
            depth = int(meta.get("sitemap_depth", 0)) + 1
            for loc in children:
                if (request := self._sitemap_request(loc, depth, runtime=runtime)) is not None:
                    yield request
            return
        yield from self._article_requests(response, locs, "sitemap")

    def _sitemap_request(
        self, url: str, depth: int, *, dont_filter: bool = False, runtime: bool = False
    ) -> Request | None:
        """A sitemap request within the trap limits: index nesting depth and sitemaps per run."""
        max_depth = self.settings.getint("NEWSCRAWL_MAX_SITEMAP_DEPTH", 3)
        max_count = self.settings.getint("NEWSCRAWL_MAX_SITEMAPS", 500)
        if depth > max_depth:
            self._trap("sitemap_depth", f"sitemap indexes nested deeper than {max_depth} levels ({url})")
            return None
        if self._sitemaps_requested >= max_count:
            self._trap("sitemap_count", f"more than {max_count} sitemaps in one run ({url})")
            return None
        self._sitemaps_requested += 1
        meta: dict[str, Any] = {"source": "sitemap", "sitemap_depth": depth}
        if runtime:
            meta["runtime"] = True
        return Request(url, callback=self.parse_sitemap, meta=meta, dont_filter=dont_filter)

    def _trap(self, kind: str, what: str) -> None:
        """Counted every time, said once per run and kind (NEWSCRAWL_MAX_SITEMAP_DEPTH, NEWSCRAWL_MAX_SITEMAPS)."""
        self.crawler.stats.inc_value(f"newscrawl/trap/{kind}")
        if kind not in self._trap_warned:
            self._trap_warned.add(kind)
            self.logger.warning("not followed (a crawler trap?): %s", what)

    def _max_page_bytes(self) -> int:
        return self.settings.getint("DOWNLOAD_MAXSIZE", MAX_PAGE_BYTES) or MAX_PAGE_BYTES

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
        absolute = [fetch_url(response.urljoin(raw.strip())) for raw in urls]
        if self.infer_pattern:
            self._pattern_from(absolute, evidence=source != "listing")
        for url in absolute:
            identity = canonicalize_url(url)
            if identity in seen or not self.is_article_url(url):
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
            profile=self.profile,
            fetched_at=datetime.now(UTC),
            status=response.status,
            raw=response.body,
            encoding=encoding,
        )

    def _bad_source(self, kind: str, url: str, reason: str) -> None:
        self.logger.warning("%s %s unusable: %s", kind, url, reason)
        self.crawler.stats.inc_value(f"newscrawl/errors/{kind}_parse")
