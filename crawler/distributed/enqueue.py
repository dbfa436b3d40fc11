"""``newscrawl crawl --due --distributed``: open a fleet run per site and queue its discovery requests.

Nothing is fetched here: the workers (``newscrawl worker``) take the requests from Redis.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.config import Config
from crawler.db.engine import make_engine, session_factory
from crawler.distributed import fleet_runs, serializer
from crawler.distributed.connection import REDIS_DOWN, connect, unreachable
from crawler.distributed.frontier import Frontier
from crawler.sites import all_profiles
from crawler.spiders import spider_for


class FleetUnavailable(RuntimeError):
    """Redis cannot be reached: one line, exit 1."""


@dataclass(frozen=True, slots=True)
class Opened:
    site: str
    status: str  # "queued" | "skipped" | "failed"
    run_id: int | None
    requests: int = 0
    reason: str = ""


def encode(request: Request, spider: Spider) -> bytes:
    """A request as the workers' queue stores it (crawler.distributed.scheduler.RequestQueue)."""
    obj = request.to_dict(spider=spider)
    obj["meta"] = {k: v for k, v in (obj.get("meta") or {}).items() if k not in serializer.LOCAL_META}
    return serializer.dumps(obj)


def discovery_requests(name: str, settings: Settings) -> tuple[Spider, list[Request]]:
    """The site spider's start requests, made as a crawl would make them (its settings and stats)."""
    cls = spider_for(name)
    crawler = Crawler(cls, settings)
    crawler.stats = MemoryStatsCollector(crawler)
    spider = cls.from_crawler(crawler)
    crawler.spider = spider
    return spider, list(spider.start_requests())


def open_runs(config: Config, names: list[str], trigger: str, settings: Settings) -> list[Opened]:
    if not config.redis_url:
        raise FleetUnavailable(
            "--distributed needs REDIS_URL (the fleet's Redis, e.g. redis://127.0.0.1:6379/0)"
        )
    server = connect(config.redis_url)
    try:
        server.ping()
    except REDIS_DOWN as exc:
        raise FleetUnavailable(unreachable(config.redis_url, exc)) from None
    frontier = Frontier(server, config.redis_prefix)
    dupefilter = RFPDupeFilter(server, key="")  # only its fingerprint function
    ttl = settings.getfloat("NEWSCRAWL_LEASE_SECONDS", 60.0)
    engine = make_engine(config.database_url)
    sessions = session_factory(engine)
    profiles = all_profiles()
    out: list[Opened] = []
    try:
        for name in names:
            owner = f"fleet-{uuid.uuid4().hex[:16]}"
            opened = fleet_runs.open_run(sessions, profiles[name], trigger, owner, ttl)
            if opened.run_id is None:
                out.append(Opened(name, "skipped", None, reason=str(opened.holder or "")))
                continue
            spider, requests = discovery_requests(name, settings)
            entries: list[tuple[str | None, float, bytes]] = [
                (
                    None if r.dont_filter else dupefilter.request_fingerprint(r),
                    float(-r.priority),
                    encode(r, spider),
                )
                for r in requests
            ]
            try:
                queued = frontier.start_run(name, opened.run_id, owner, entries)
            except REDIS_DOWN as exc:
                message = unreachable(config.redis_url, exc)
                fleet_runs.fail_run(sessions, opened.run_id, name, owner, message)
                out.append(Opened(name, "failed", opened.run_id, reason=message))
                continue
            out.append(Opened(name, "queued", opened.run_id, queued))
    finally:
        engine.dispose()
    return out


def overrides_for(config: Config) -> dict[str, Any]:
    """Scrapy settings every fleet process shares (scrapy-redis' names where it has them)."""
    from crawler.distributed.connection import REDIS_PARAMS
    from crawler.distributed.frontier import dupefilter_key_template, queue_key_template

    return {
        "REDIS_URL": config.redis_url,
        "REDIS_PARAMS": dict(REDIS_PARAMS),
        "NEWSCRAWL_REDIS_PREFIX": config.redis_prefix,
        "NEWSCRAWL_VISIBILITY_TIMEOUT": config.visibility_timeout,
        "NEWSCRAWL_REDIS_WAIT": config.redis_wait,
        "SCHEDULER": "crawler.distributed.scheduler.FleetScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.scheduler.RequestQueue",
        "SCHEDULER_QUEUE_KEY": queue_key_template(config.redis_prefix),
        "SCHEDULER_DUPEFILTER_KEY": dupefilter_key_template(config.redis_prefix),
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_SERIALIZER": "crawler.distributed.serializer",
        "SCHEDULER_PERSIST": True,  # a worker leaving never clears the fleet's queue
    }
