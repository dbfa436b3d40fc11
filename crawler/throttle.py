"""AutoThrottle that keeps each host's minimum delay (robots.txt ``Crawl-delay``, ``DOWNLOAD_SLOTS``).

Scrapy's AutoThrottle moves a slot's delay towards the server's latency, down to ``DOWNLOAD_DELAY``: on a
fast server it would undo a robots.txt ``Crawl-delay`` after the first few responses. Here the floor is the
slot's own minimum (``crawler.middlewares.set_minimum_delay`` writes it where Scrapy reads per-slot
settings) when it is higher.
"""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response


class PoliteThrottle(AutoThrottle):
    def _response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        super()._response_downloaded(response, request, spider)
        key, slot = self._get_slot(request, spider)
        if key is None or slot is None:
            return
        assert self.crawler.engine is not None
        floor = self.crawler.engine.downloader.per_slot_settings.get(key, {}).get("delay")
        if floor is not None and slot.delay < float(floor):
            slot.delay = float(floor)
