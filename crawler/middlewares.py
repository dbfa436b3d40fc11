"""Downloader middlewares."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class ReplayProxyMiddleware:
    """Send requests for replay-web hosts (``*.test``) through the local replay server.

    Only active when NEWSCRAWL_REPLAY_PROXY is set, so a production crawl never resolves ``.test`` hosts.
    Stored URLs stay ``http://<host>/...`` whatever port the replay server listens on.
    """

    def __init__(self, proxy: str) -> None:
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayProxyMiddleware:
        proxy = crawler.settings.get("NEWSCRAWL_REPLAY_PROXY")
        if not proxy:
            raise NotConfigured  # no message: Scrapy would log a WARNING on every production run
        return cls(proxy)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        host = urlsplit(request.url).hostname or ""
        if host.endswith(".test") and "proxy" not in request.meta:
            request.meta["proxy"] = self.proxy
