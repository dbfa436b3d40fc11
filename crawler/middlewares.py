"""Downloader middlewares: the SSRF guard, robots.txt per RFC 9309, backoff, and the replay web's proxy.

Each redirect hop comes back through the whole chain as a new request, so the guard, robots.txt and the
backoff see every hop, not only the first URL (a feed or sitemap request is ``dont_filter``, and its redirect
copies that, so Scrapy's offsite filter never looks at it).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.python.failure import Failure

from crawler.backoff import RETRY_AFTER_STATUSES, TROUBLE_STATUSES, Backoff, parse_retry_after
from crawler.netpolicy import AddressPolicy

logger = logging.getLogger(__name__)
ROBOTS_ERROR = "newscrawl/robots/error"


def is_replay_request(host: str, replay_proxy: str | None) -> bool:
    """A replay-web host (``*.test``) while the replay server is in use: sent to its proxy, never resolved."""
    return bool(replay_proxy) and host.endswith(".test")


# -- SSRF guard ----------------------------------------------------------------------------------------------
class SsrfGuardMiddleware:
    """Refuse requests whose host is, or resolves to, a non-public address (loopback, private, link-local,
    multicast, reserved), unless ``NEWSCRAWL_ALLOWED_NETWORKS`` allows its network.

    Every address a name resolves to is checked (a name with one public and one private answer is refused).
    The connection itself resolves again: ``crawler.resolver.GuardedResolver`` checks that answer too, so a
    name that changes its answer between the two (DNS rebinding) is still refused.
    """

    ttl = 60.0  # seconds a resolution is reused within a run

    def __init__(self, crawler: Crawler, policy: AddressPolicy, replay_proxy: str | None) -> None:
        self.crawler = crawler
        self.policy = policy
        self.replay_proxy = replay_proxy
        self._answers: dict[tuple[str, int], tuple[float, list[str]]] = {}
        self._warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SsrfGuardMiddleware:
        settings = crawler.settings
        policy = AddressPolicy.from_spec(settings.get("NEWSCRAWL_ALLOWED_NETWORKS", ""))
        return cls(crawler, policy, settings.get("NEWSCRAWL_REPLAY_PROXY") or None)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https"):
            return  # data: and file: URLs never reach the network
        host = (parts.hostname or "").lower()
        if is_replay_request(host, self.replay_proxy):
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = await self._resolve(host, port)
        reason = self.policy.first_refusal(addresses)
        if reason is None:
            return  # public, allowed, or unresolvable (the download then fails as it would anyway)
        self.crawler.stats.inc_value("newscrawl/errors/ssrf_blocked")  # in the run's ledger row
        if host not in self._warned:
            self._warned.add(host)
            logger.warning(
                "blocked %s (%s: %s; NEWSCRAWL_ALLOWED_NETWORKS can allow a network)",
                request.url[:200],
                host,
                reason,
                extra={"spider": self.crawler.spider},
            )
        raise IgnoreRequest(f"blocked: {host}: {reason}")

    async def _resolve(self, host: str, port: int) -> list[str]:
        now = time.monotonic()
        cached = self._answers.get((host, port))
        if cached and cached[0] > now:
            return cached[1]
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            addresses: list[str] = []
        else:
            addresses = sorted({str(info[4][0]) for info in infos})
        self._answers[(host, port)] = (now + self.ttl, addresses)
        return addresses


# -- robots.txt -------------------------------------------------------------------------------------------
_DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with the rules of RFC 9309 section 2.3.1:

    - 2xx: the file is parsed; its ``Crawl-delay`` (capped by NEWSCRAWL_MAX_CRAWL_DELAY) becomes the host's
      minimum delay between requests.
    - redirects: followed up to 5 hops; more is "unavailable".
    - 4xx (and "unavailable"): no rules, everything allowed.
    - 5xx, a timeout, a refused connection ("unreachable"): everything disallowed for this run; the next run
      asks again. (Scrapy's own middleware allows everything in all these cases, after retrying a hanging
      server 3 x 30 s.) One retry, and NEWSCRAWL_ROBOTS_TIMEOUT per attempt.

    One answer per host and run: the parser is kept per netloc for the crawler's lifetime.
    """

    MAX_REDIRECTS = 5

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.timeout = settings.getfloat("NEWSCRAWL_ROBOTS_TIMEOUT", 15.0)
        self.obey_crawl_delay = settings.getbool("NEWSCRAWL_OBEY_CRAWL_DELAY", True)
        self.max_crawl_delay = settings.getfloat("NEWSCRAWL_MAX_CRAWL_DELAY", 60.0)

    async def robot_parser(self, request: Request) -> Any:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            # A future, not Scrapy's Deferred: every request waiting for the file must get the parser, while
            # a Deferred turned into a future hands its result to the first waiter only (the others got
            # None, "no rules", and went out whatever robots.txt said).
            self._parsers[netloc] = asyncio.get_running_loop().create_future()  # type: ignore[assignment]
            robots = Request(
                f"{url.scheme}://{netloc}/robots.txt",
                priority=self.DOWNLOAD_PRIORITY,
                meta={
                    "dont_obey_robotstxt": True,
                    "redirect_ttl": self.MAX_REDIRECTS,
                    "max_retry_times": 1,
                    "download_timeout": self.timeout,
                },
                callback=NO_CALLBACK,
            )
            assert self.crawler.engine is not None
            try:
                response = await self.crawler.engine.download_async(robots)
            except IgnoreRequest:
                # More than 5 redirects ("unavailable"), or the SSRF guard refused the host (and so refuses
                # its pages): no rules.
                self._set(netloc, None, request)
            except Exception as exc:
                self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
                self._unreachable(netloc, f"is unreachable ({type(exc).__name__})", answered=False)
                self._set(netloc, _DISALLOW_ALL, request)
            else:
                self._stats.inc_value("robotstxt/response_count")
                self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
                if 200 <= response.status < 300:
                    self._set(netloc, response.body, request)
                    self._apply_crawl_delay(netloc)
                elif response.status >= 500:
                    self._unreachable(netloc, f"answered {response.status}", answered=True)
                    self._set(netloc, _DISALLOW_ALL, request)
                else:  # 4xx, or a 3xx left unfollowed: "unavailable"
                    self._set(netloc, None, request)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, asyncio.Future):
            return await parser
        return parser

    def _set(self, netloc: str, body: bytes | None, request: Request) -> None:
        parser = None if body is None else build_from_crawler(self._parserimpl, self.crawler, body)
        if parser is not None:
            self.crawler.signals.send_catch_log(
                signal=signals.robots_parsed, robotparser=parser, request=request
            )
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, asyncio.Future) and not waiting.done():
            waiting.set_result(parser)

    def _unreachable(self, netloc: str, what: str, answered: bool) -> None:
        self._stats.inc_value("newscrawl/robots/unreachable")
        message = f"robots.txt of {netloc} {what}: nothing fetched from it this run (RFC 9309)"
        logger.warning("%s", message, extra={"spider": self.crawler.spider})
        # A site that answered its robots.txt with an error is up and said no: the run ledger gives that as the
        # reason when the run got nothing else (crawler.extensions). One that did not answer is just down.
        if answered and not self._stats.get_value(ROBOTS_ERROR):
            self._stats.set_value(ROBOTS_ERROR, message)

    def _apply_crawl_delay(self, netloc: str) -> None:
        parser = self._parsers.get(netloc)
        if not self.obey_crawl_delay or parser is None or not hasattr(parser, "crawl_delay"):
            return
        delay = parser.crawl_delay(self._robotstxt_useragent or self._default_useragent)
        if not delay:
            return
        if delay > self.max_crawl_delay:
            logger.warning(
                "robots.txt of %s asks for a Crawl-delay of %s s; using %s s (NEWSCRAWL_MAX_CRAWL_DELAY)",
                netloc,
                delay,
                self.max_crawl_delay,
                extra={"spider": self.crawler.spider},
            )
            delay = self.max_crawl_delay
        host = (urlsplit(f"//{netloc}").hostname or netloc).lower()
        set_minimum_delay(self.crawler, host, float(delay))
        self._stats.set_value(f"newscrawl/robots/crawl_delay/{host}", float(delay))


def set_minimum_delay(crawler: Crawler, slot_key: str, delay: float) -> None:
    """Make ``delay`` the least pause between two requests of the downloader slot ``slot_key`` (a host).

    Written where Scrapy's downloader reads per-slot settings, so a slot created later starts with it, and
    ``crawler.throttle.PoliteThrottle`` keeps it as a floor when it adapts the delay. No jitter on such a
    slot: Scrapy's is +-50 %, which would go below the minimum half the time.
    """
    assert crawler.engine is not None
    downloader = crawler.engine.downloader
    downloader.per_slot_settings.setdefault(slot_key, {}).update(delay=delay, jitter=0.0)
    slot = downloader.slots.get(slot_key)
    if slot is not None:
        slot.delay = max(slot.delay, delay)
        slot.jitter = 0.0


# -- backoff ------------------------------------------------------------------------------------------------
class BackoffMiddleware:
    """Per-host backoff (crawler.backoff): ``Retry-After`` honoured on 429/503, exponential pauses with jitter
    after other failures (5xx, timeouts, refused connections); a host failing NEWSCRAWL_MAX_FAILURES requests
    in a row, or asking for more than NEWSCRAWL_MAX_RETRY_AFTER seconds, ends the site's run early with the
    reason in the ledger (finish reason ``site_failing``).

    The pause is applied where requests wait for their host: the downloader slot. Its delay becomes the pause
    (no jitter below it) counted from the failure, so RetryMiddleware's retry and every other request to the
    host wait their turn, including those already queued; the first success restores the slot's delay.
    """

    def __init__(
        self, crawler: Crawler, backoff: Backoff, exceptions: tuple[type[BaseException], ...]
    ) -> None:
        self.crawler = crawler
        self.backoff = backoff
        self.exceptions = exceptions
        self.saved: dict[str, tuple[float, float]] = {}  # slot -> (delay, jitter) before its backoff
        self.stopping = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        s = crawler.settings
        backoff = Backoff(
            base=s.getfloat("NEWSCRAWL_BACKOFF_BASE", 1.0),
            cap=s.getfloat("NEWSCRAWL_BACKOFF_MAX", 60.0),
            max_failures=s.getint("NEWSCRAWL_MAX_FAILURES", 8),
            max_retry_after=s.getfloat("NEWSCRAWL_MAX_RETRY_AFTER", 300.0),
        )
        exceptions = tuple(load_object(x) if isinstance(x, str) else x for x in s.getlist("RETRY_EXCEPTIONS"))
        return cls(crawler, backoff, exceptions)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        key = _slot_key(request)
        if response.status not in TROUBLE_STATUSES:
            self.backoff.succeeded(key)
            self._release(key)
            return response
        retry_after = None
        if response.status in RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get(b"Retry-After"), datetime.now(UTC))
        self._failed(key, f"{response.status} on {_short(request.url)}", retry_after)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        if isinstance(exception, self.exceptions):
            self._failed(_slot_key(request), type(exception).__name__, None)

    def _failed(self, key: str, what: str, retry_after: float | None) -> None:
        verdict = self.backoff.failed(key, time.monotonic(), what, retry_after)
        stats = self.crawler.stats
        stats.inc_value("newscrawl/backoff/failures")
        if verdict.give_up is None:
            stats.max_value("newscrawl/backoff/max_pause", round(verdict.wait, 3))
            self._hold(key, verdict.wait)
            return
        if not self.stopping:
            self.stopping = True
            logger.error("ending the run early: %s", verdict.give_up, extra={"spider": self.crawler.spider})
            stats.set_value("newscrawl/error_message", f"ended early: {verdict.give_up}")
            stop_fetching(self.crawler, "site_failing")

    def _hold(self, key: str, pause: float) -> None:
        slot = self._slot(key)
        if slot is None:
            return
        self.saved.setdefault(key, (slot.delay, slot.jitter))
        slot.delay = max(slot.delay, pause)
        slot.jitter = 0.0
        # Scrapy spaces a slot's requests from its last send; count the pause from this failure instead.
        slot.lastseen = max(slot.lastseen, time.monotonic())

    def _release(self, key: str) -> None:
        saved = self.saved.pop(key, None)
        slot = self._slot(key) if saved else None
        if slot is not None and saved is not None:
            slot.delay, slot.jitter = saved

    def _slot(self, key: str) -> Any:
        engine = self.crawler.engine
        return engine.downloader.slots.get(key) if engine is not None else None


def _slot_key(request: Request) -> str:
    return str(request.meta.get("download_slot") or urlparse_cached(request).hostname or "")


def stop_fetching(crawler: Crawler, reason: str) -> None:
    """End the run now: close the spider, and drop the requests already queued in the downloader's slots
    (Scrapy would still send those, one per slot delay, before it lets the spider close)."""
    engine = crawler.engine
    if engine is None or engine.spider is None:
        return
    for slot in list(engine.downloader.slots.values()):
        while slot.queue:
            _request, waiting = slot.queue.popleft()
            waiting.errback(Failure(IgnoreRequest(f"the run is ending ({reason})")))
    deferred_from_coro(engine.close_spider_async(reason=reason))


def _short(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/")[:80]


# -- replay web -----------------------------------------------------------------------------------------------
class ReplayProxyMiddleware:
    """Send requests for replay-web hosts (``*.test``) through the local replay server.

    Only active when NEWSCRAWL_REPLAY_PROXY is set, so a production crawl never resolves ``.test`` hosts.
    Stored URLs stay ``http://<host>/...`` whatever port the replay server listens on. A redirect copies its
    request's meta: a hop from a replay host to any other host must not go through the replay server.
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
        if is_replay_request(host, self.proxy):
            request.meta.setdefault("proxy", self.proxy)
        elif request.meta.get("proxy") == self.proxy:
            del request.meta["proxy"]
