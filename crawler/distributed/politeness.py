"""Politeness across the fleet: per-domain slots and delay in Redis, robots.txt once per site run.

``FleetSlotsMiddleware``: before a request goes out, its worker takes one of the domain's fleet-wide slots
(``CONCURRENT_REQUESTS_PER_DOMAIN`` for the whole fleet, not per worker) and waits for the domain's next
allowed start (``DOWNLOAD_DELAY``, or the robots.txt Crawl-delay when longer) in one Lua script; the slot is
given back when the response (or failure) comes back. A slot's lease (the download timeout plus a margin)
frees the slots of a worker that died holding them. Redis away: each worker falls back to its own limits.

``FleetRobotsTxtMiddleware``: the first worker of a run to need a host's robots.txt fetches it (a Redis
lock); the others wait for its answer in Redis and use it: one fetch per host and site run.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import time
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.distributed.connection import REDIS_DOWN, connect, reason
from crawler.middlewares import _DISALLOW_ALL, RobotsTxtMiddleware

logger = logging.getLogger(__name__)
SLOT = "newscrawl_fleet_slot"

# KEYS: holders zset, next-start key. ARGV: holder, limit, delay, lease.
# Returns "0" when the slot is taken, else how long to wait (seconds) before asking again.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return '-1' end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return tostring(nxt - now) end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[4])) + 60)
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], tostring(now + tonumber(ARGV[3])), 'EX', math.ceil(tonumber(ARGV[3])) + 60)
end
return '0'
"""
FULL_WAIT = 0.05  # seconds between asks while the domain's slots are all taken


class FleetSlotsMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.server = connect(settings["REDIS_URL"])
        self.prefix: str = settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl:")
        self.worker: str = settings.get("NEWSCRAWL_WORKER_ID", "worker")
        self.limit = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        self.delay = settings.getfloat("DOWNLOAD_DELAY", 0.0)
        self.lease = settings.getfloat("DOWNLOAD_TIMEOUT", 30.0) + 30.0
        self._acquire = self.server.register_script(_ACQUIRE)
        self.warned = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetSlotsMiddleware:
        return cls(crawler)

    def _keys(self, domain: str) -> list[str]:
        base = f"{self.prefix}domain:{domain}:"
        return [base + "slots", base + "next"]

    def _delay(self, domain: str) -> float:
        crawl_delay = self.crawler.stats.get_value(f"newscrawl/robots/crawl_delay/{domain}") or 0.0
        return max(self.delay, float(crawl_delay))

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        domain = (urlsplit(request.url).hostname or "").lower()
        if not domain:
            return
        holder = f"{self.worker}:{id(request)}:{time.monotonic_ns()}"
        keys = self._keys(domain)
        args = [holder, self.limit, self._delay(domain), self.lease]
        while True:
            try:
                wait = float(self._acquire(keys=keys, args=args))
            except REDIS_DOWN as exc:
                if not self.warned:
                    self.warned = True
                    logger.warning(
                        "fleet politeness off while Redis is away (%s): this worker's own limits hold",
                        reason(exc),
                    )
                return
            if wait == 0:
                request.meta[SLOT] = (keys[0], holder)
                self.crawler.stats.inc_value("newscrawl/fleet/slots_taken")
                return
            self.crawler.stats.inc_value("newscrawl/fleet/slot_waits")
            await asyncio.sleep(FULL_WAIT if wait < 0 else min(wait, 60.0))

    def _release(self, request: Request) -> None:
        taken = request.meta.pop(SLOT, None)
        if taken is None:
            return
        with contextlib.suppress(*REDIS_DOWN):  # else the slot's lease frees it
            self.server.zrem(taken[0], taken[1])

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        self._release(request)


class FleetRobotsTxtMiddleware(RobotsTxtMiddleware):
    """robots.txt fetched once per host and fleet run; every worker of the run gets the same answer."""

    WAIT_STEP = 0.1

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.server = connect(settings["REDIS_URL"])
        prefix = settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl:")
        self.base = f"{prefix}robots:{settings.getint('NEWSCRAWL_FLEET_RUN_ID')}:"
        self.publishing: set[str] = set()

    async def robot_parser(self, request: Request) -> Any:
        netloc = urlparse_cached(request).netloc
        if netloc in self._parsers:
            return await super().robot_parser(request)
        waiting: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._parsers[netloc] = waiting  # type: ignore[assignment]
        shared = await self._shared(netloc)
        if shared is not None:
            body = None if shared == "none" else _DISALLOW_ALL if shared == "disallow" else shared
            self.crawler.stats.inc_value("newscrawl/fleet/robots_shared")
            self._set(netloc, body, request)  # resolves ``waiting``
            if body not in (None, _DISALLOW_ALL):
                self._apply_crawl_delay(netloc)
            return self._parsers[netloc]
        del self._parsers[netloc]  # ours to fetch
        self.publishing.add(netloc)
        parser = await super().robot_parser(request)
        if not waiting.done():
            waiting.set_result(parser)
        return parser

    async def _shared(self, netloc: str) -> Any:
        """The run's answer for ``netloc`` (bytes, "none" or "disallow"); None when this worker fetches it."""
        key = self.base + netloc
        deadline = time.monotonic() + 2 * self.timeout + 5
        try:
            while True:
                value = self.server.get(key)
                if value is not None:
                    return _decode(value)
                if self.server.set(key + ":lock", "1", nx=True, ex=int(2 * self.timeout + 5)):
                    return None
                if time.monotonic() > deadline:
                    return None  # the fetching worker died: fetch it here
                await asyncio.sleep(self.WAIT_STEP)
        except REDIS_DOWN:
            return None

    def _set(self, netloc: str, body: bytes | None, request: Request) -> None:
        super()._set(netloc, body, request)
        if netloc not in self.publishing:
            return
        self.publishing.discard(netloc)
        value = (
            b"none"
            if body is None
            else b"disallow"
            if body is _DISALLOW_ALL
            else b"body:" + base64.b64encode(body)
        )
        with contextlib.suppress(*REDIS_DOWN):
            self.server.set(self.base + netloc, value, ex=86400)


def _decode(value: bytes) -> Any:
    if value.startswith(b"body:"):
        return base64.b64decode(value[5:])
    return value.decode("ascii")
