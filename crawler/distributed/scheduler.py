"""scrapy-redis' scheduler over the claiming frontier: a worker's requests come from and go to Redis.

A request taken from the queue is *claimed* (``crawler.distributed.frontier``). Its claim is released once
the request is finished: it left the engine (downloaded, its callback's links queued, its items through the
pipelines) and every article it produced left the batched writer (``ARTICLES_SETTLED``). Retries and
redirects are queued before their parent's claim goes, so a kill at any moment loses nothing: what is not
finished is still claimed, and comes back to the queue when the worker stops heart-beating.

Redis going away: pushes and releases wait in order in a local outbox, pops find nothing, the spider stays
open; past NEWSCRAWL_REDIS_WAIT seconds the spider closes with ``redis_lost`` (the ledger fails the run).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import load_object
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from crawler.distributed.connection import REDIS_DOWN, unreachable
from crawler.distributed.frontier import Frontier
from crawler.distributed.serializer import CLAIM, LOCAL_META
from crawler.items import Article
from crawler.pipelines.persist import ARTICLES_SETTLED

logger = logging.getLogger(__name__)
REDIS_LOST = "redis_lost"


class RequestQueue(PriorityQueue):
    """scrapy-redis' priority queue; requests travel as JSON (crawler.distributed.serializer)."""

    def _encode_request(self, request: Request) -> bytes:
        obj = request.to_dict(spider=self.spider)
        obj["meta"] = {k: v for k, v in (obj.get("meta") or {}).items() if k not in LOCAL_META}
        data: bytes = self.serializer.dumps(obj)
        return data

    def _decode_request(self, encoded_request: bytes) -> Request:
        request: Request = super()._decode_request(encoded_request)
        render = getattr(self.spider, "_render_meta", None)
        if request.meta.get("playwright") and render is not None:
            request.meta.update(render())
        return request


@dataclass(slots=True)
class _Claimed:
    request: Request
    waiting: int = 0  # articles of this request not yet out of the writer


class FleetScheduler(Scheduler):
    """The site's share of a fleet run: pops claim, finished requests release their claim."""

    crawler: Crawler
    frontier: Frontier

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FleetScheduler:
        instance: FleetScheduler = super().from_crawler(crawler)
        settings = crawler.settings
        instance.crawler = crawler
        instance.frontier = Frontier(instance.server, settings.get("NEWSCRAWL_REDIS_PREFIX", "newscrawl:"))
        instance.worker = settings.get("NEWSCRAWL_WORKER_ID") or "worker"
        instance.run_id = settings.getint("NEWSCRAWL_FLEET_RUN_ID")
        instance.redis_url = settings.get("REDIS_URL", "")
        instance.redis_wait = settings.getfloat("NEWSCRAWL_REDIS_WAIT", 300.0)
        instance.tick_every = settings.getfloat("NEWSCRAWL_FLEET_TICK", 0.5)
        crawler.signals.connect(instance._item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(instance._articles_settled, signal=ARTICLES_SETTLED)
        crawler.signals.connect(instance._spider_idle, signal=signals.spider_idle)
        return instance

    def __init__(self, server: Any, **kwargs: Any) -> None:
        super().__init__(server, **kwargs)
        self.worker = ""
        self.run_id = 0
        self.redis_url = ""
        self.redis_wait = 300.0
        self.tick_every = 0.5
        self.claims: dict[str, _Claimed] = {}
        self.awaiting: dict[int, tuple[Article, str]] = {}  # id(article) -> (article, claim)
        self.settled_early: dict[int, float] = {}  # id(article) -> when: left the writer before item_scraped
        self.outbox: deque[tuple[str, Any]] = deque()  # ("push", (fp, score, data)) | ("ack", [ids])
        self.down_since: float | None = None
        self.down_reason = ""
        self.ticker: LoopingCall | None = None
        self.site = ""

    # -- Scrapy's scheduler interface -------------------------------------------------------------------
    def open(self, spider: Spider) -> None:
        # scrapy-redis' open() without its "Resuming crawl" line: a fleet's queue is always shared.
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        self.site = spider.name
        self.ticker = LoopingCall(self._tick)
        self.ticker.start(self.tick_every, now=False)

    def close(self, reason: str) -> None:
        if self.ticker is not None and self.ticker.running:
            self.ticker.stop()
        # The pipelines are closed: every article is out of the writer. Release what is finished, give back
        # the rest (in flight when the spider was stopped) for another worker.
        self._release_finished()
        try:
            self._flush()
            if not self.outbox:
                returned = self.frontier.release_claims(self.site, self.worker)
                if returned:
                    logger.info("%d unfinished requests back to the queue", returned)
        except REDIS_DOWN as exc:
            logger.warning(
                "%s: unfinished requests return after the visibility timeout",
                unreachable(self.redis_url, exc),
            )

    def enqueue_request(self, request: Request) -> bool:
        request.meta.pop(CLAIM, None)  # a retry or redirect copies its parent's meta; it gets its own claim
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        entry = (fingerprint, -request.priority, self.queue._encode_request(request))
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        if self.outbox:
            self.outbox.append(("push", entry))
            return True
        try:
            added = self.frontier.push(self.site, *entry)
        except REDIS_DOWN as exc:
            self._down(exc)
            self.outbox.append(("push", entry))
            return True
        self._up()
        if not added:
            self.df.log(request, self.spider)
        return added

    def next_request(self) -> Request | None:
        if self.outbox and not self._flush():
            return None
        while True:
            try:
                claim = self.frontier.pop(self.site, self.worker)
            except REDIS_DOWN as exc:
                self._down(exc)
                return None
            self._up()
            if claim is None:
                return None
            try:
                request = self.queue._decode_request(claim.data)
            except Exception as exc:  # garbage in the queue: say so and drop it, never crash the worker
                logger.error("unreadable request in the queue dropped: %r", exc)
                self._ack([claim.id])
                continue
            request.meta[CLAIM] = claim.id
            self.claims[claim.id] = _Claimed(request)
            if self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            return request

    def has_pending_requests(self) -> bool:
        if self.outbox:
            return True
        try:
            queued, _ = self.frontier.pending(self.site)
        except REDIS_DOWN as exc:
            self._down(exc)
            return False
        return queued > 0

    def __len__(self) -> int:
        try:
            return len(self.queue)
        except REDIS_DOWN:
            return 0

    # -- finished requests ------------------------------------------------------------------------------
    def _item_scraped(self, item: Any, response: Any, spider: Spider) -> None:
        if not isinstance(item, Article):
            return
        if self.settled_early.pop(id(item), None) is not None:
            return
        claim_id = getattr(getattr(response, "request", None), "meta", {}).get(CLAIM)
        claimed = self.claims.get(claim_id) if claim_id else None
        if claimed is not None:
            claimed.waiting += 1
            self.awaiting[id(item)] = (item, claim_id)

    def _articles_settled(self, articles: list[Article]) -> None:
        now = time.monotonic()
        for article in articles:
            entry = self.awaiting.pop(id(article), None)
            if entry is None:
                self.settled_early[id(article)] = now
                continue
            claimed = self.claims.get(entry[1])
            if claimed is not None:
                claimed.waiting -= 1

    def _release_finished(self) -> None:
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None) if engine is not None else None
        in_progress = slot.inprogress if slot is not None else set()
        done = [cid for cid, c in self.claims.items() if c.waiting <= 0 and c.request not in in_progress]
        for cid in done:
            del self.claims[cid]
        self._ack(done)

    def _ack(self, claim_ids: list[str]) -> None:
        if not claim_ids:
            return
        if self.outbox:
            self.outbox.append(("ack", claim_ids))
            return
        try:
            self.frontier.ack(self.site, claim_ids)
            self._up()
        except REDIS_DOWN as exc:
            self._down(exc)
            self.outbox.append(("ack", claim_ids))

    def _flush(self) -> bool:
        """Send what waited for Redis, in order; False while it is still away."""
        while self.outbox:
            kind, payload = self.outbox[0]
            try:
                if kind == "push":
                    self.frontier.push(self.site, *payload)
                else:
                    self.frontier.ack(self.site, payload)
            except REDIS_DOWN as exc:
                self._down(exc)
                return False
            self.outbox.popleft()
        self._up()
        return True

    # -- the loop ---------------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.outbox:
            self._flush()
        self._release_finished()
        horizon = time.monotonic() - 60
        for key in [k for k, at in self.settled_early.items() if at < horizon]:
            del self.settled_early[key]
        if self.down_since is not None and time.monotonic() - self.down_since > self.redis_wait:
            self._lost()
            return
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None) if engine is not None else None
        if slot is not None:  # other workers queue requests: look for them now, not at the 5 s heartbeat
            slot.nextcall.schedule()

    def _spider_idle(self, spider: Spider) -> None:
        """Idle here is not the end: the run ends when no worker has anything queued or claimed."""
        if self.down_since is not None or self.outbox or self.claims:
            raise DontCloseSpider
        try:
            if self.frontier.run_of(self.site) != self.run_id:
                return  # finished (by another worker) or replaced: close
            if self.frontier.try_finish(self.site, self.run_id):
                logger.info("the fleet run is complete", extra={"spider": spider})
                return
        except REDIS_DOWN as exc:
            self._down(exc)
        raise DontCloseSpider

    def _down(self, exc: BaseException) -> None:
        if self.down_since is None:
            self.down_since = time.monotonic()
            logger.warning(
                "%s; waiting up to %.0f s for it to come back",
                unreachable(self.redis_url, exc),
                self.redis_wait,
                extra={"spider": self.spider},
            )
        self.down_reason = unreachable(self.redis_url, exc)

    def _up(self) -> None:
        if self.down_since is not None:
            logger.warning("Redis is back after %.0f s", time.monotonic() - self.down_since)
            self.down_since = None

    def _lost(self) -> None:
        if self.ticker is not None and self.ticker.running:
            self.ticker.stop()
        message = f"{self.down_reason} (for more than {self.redis_wait:.0f} s)"
        stats = self.crawler.stats
        if stats is not None:
            stats.set_value("newscrawl/error_message", message)
        logger.error("%s: the run fails", message, extra={"spider": self.spider})
        engine = self.crawler.engine
        if engine is not None:
            deferred_from_coro(engine.close_spider_async(reason=REDIS_LOST))
