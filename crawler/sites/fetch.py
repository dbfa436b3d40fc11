"""A small, polite, blocking HTTP client for onboarding and dry runs (``newscrawl sites add|check``).

A dozen requests to one site do not need the Scrapy reactor, but they meet the same open web as a crawl, so
they keep the crawl's rules (README, "Security and limits"):

- addresses: the SSRF guard of ``crawler.fetch`` on the URL, every redirect hop and every connection
  (``NEWSCRAWL_ALLOWED_NETWORKS`` opens a network);
- size: ``NEWSCRAWL_MAX_PAGE_BYTES``, compressed and decompressed (gzip, deflate, brotli, a raw ``.gz``);
- robots.txt per RFC 9309, as ``crawler.middlewares.RobotsTxtMiddleware``: 2xx parsed, 4xx no rules, 5xx or
  unreachable nothing fetched from the host, redirects followed up to 5 hops, one answer per host;
  ``Crawl-delay`` honoured up to ``MAX_CRAWL_DELAY``; every redirect hop obeys its own host's robots.txt;
- backoff per host (``crawler.backoff``): ``Retry-After`` on 429/503, exponential pauses with jitter on
  other trouble, a host that keeps failing (or asks for a long wait) is given up with the reason;
- the crawler's User-Agent, naming ``NEWSCRAWL_CONTACT_URL``.

Every failure is one line (FetchError). Crawls proper go through Scrapy.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from crawler import fetch as guarded
from crawler.backoff import RETRY_AFTER_STATUSES, TROUBLE_STATUSES, Backoff, parse_retry_after
from crawler.config import Config
from crawler.limits import TooLarge, decode_capped, gunzip_capped
from crawler.netpolicy import AddressPolicy

ROBOTS_TOKEN = "newscrawl"  # the product token robots.txt groups are matched against (as in a crawl)
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 2.5: a crawler parses at least the first 500 KiB
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309 2.3.1.2
MAX_CRAWL_DELAY = 60.0  # seconds; the crawl's NEWSCRAWL_MAX_CRAWL_DELAY default
_DISALLOW_ALL = "User-agent: *\nDisallow: /\n"


class FetchError(Exception):
    """A page that could not be fetched; the message is one line."""


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Robots:
    """One host's robots.txt answer: its rules (None: no rules), or why nothing may be fetched from it."""

    rules: Protego | None
    refused: str | None = None  # "robots.txt of HOST answered 503: ..." (5xx or unreachable)
    note: str = ""  # what onboarding reports about it

    def crawl_delay(self) -> float:
        return float((self.rules.crawl_delay(ROBOTS_TOKEN) if self.rules else None) or 0)


@dataclass
class PoliteFetcher:
    """GETs for one site at a time: robots.txt first, then at most one request per ``delay`` seconds (or the
    site's Crawl-delay), each through the crawler's address, size and backoff rules."""

    config: Config = field(default_factory=Config.from_env)
    user_agent: str = ""  # default: the crawler's, with NEWSCRAWL_CONTACT_URL
    delay: float = 0.5
    timeout: float = 20.0
    obey_robots: bool = True
    max_crawl_delay: float = MAX_CRAWL_DELAY
    retries: int = 2  # a 429/5xx answer is retried this many times, after the backoff's pause
    backoff: Backoff = field(default_factory=lambda: Backoff(max_retry_after=MAX_CRAWL_DELAY))
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0
    policy: AddressPolicy = field(init=False)
    _robots: dict[str, Robots] = field(default_factory=dict, init=False)
    _last: dict[str, float] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.policy = AddressPolicy.from_spec(self.config.allowed_networks)
        self.user_agent = self.user_agent or guarded.crawler_user_agent(self.config)

    @property
    def max_bytes(self) -> int:
        return self.config.max_page_bytes

    @staticmethod
    def _origin(url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit((parts.scheme, parts.netloc.lower(), "", "", ""))

    # -- robots.txt ---------------------------------------------------------------------------------------
    def robots_answer(self, url: str) -> Robots:
        """The robots.txt answer of the URL's host, fetched once per host."""
        origin = self._origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._fetch_robots(origin)
        return self._robots[origin]

    def robots(self, url: str) -> Protego | None:
        """The parsed robots.txt of the URL's site (None when it has no rules for us)."""
        return self.robots_answer(url).rules

    def _fetch_robots(self, origin: str) -> Robots:
        netloc = urlsplit(origin).netloc
        try:
            response = self._get(
                origin + "/robots.txt", check_robots=False, max_redirects=ROBOTS_MAX_REDIRECTS, retries=1
            )
        except FetchError as exc:  # timeout, refused connection, blocked address, too large: unreachable
            reason = f"robots.txt of {netloc} is unreachable ({exc}): nothing fetched from it (RFC 9309)"
            return Robots(Protego.parse(_DISALLOW_ALL), refused=reason, note="unreachable: nothing fetched")
        status = response.status
        if 200 <= status < 300:
            body = response.body[:ROBOTS_MAX_BYTES]
            if b"<html" in body[:512].lower():  # a home page served for every path: no rules
                return Robots(None, note="none (an HTML page)")
            rules = Protego.parse(body.decode("utf-8", "replace"))
            robots = Robots(rules, note="found")
            delay = robots.crawl_delay()
            if delay > self.max_crawl_delay:
                robots.note = f"found, Crawl-delay {delay:g} s (waiting {self.max_crawl_delay:g} s)"
            elif delay:
                robots.note = f"found, Crawl-delay {delay:g} s"
            return robots
        if status >= 500:
            reason = f"robots.txt of {netloc} answered {status}: nothing fetched from it this time (RFC 9309)"
            return Robots(
                Protego.parse(_DISALLOW_ALL), refused=reason, note=f"HTTP {status}: nothing fetched"
            )
        # 4xx, or a redirect chain longer than 5 hops: "unavailable", no rules.
        return Robots(None, note=f"none (HTTP {status})")

    def allowed(self, url: str) -> bool:
        if not self.obey_robots:
            return True
        rules = self.robots(url)
        return rules is None or rules.can_fetch(url, ROBOTS_TOKEN)

    def _check_robots(self, url: str) -> None:
        if not self.obey_robots:
            return
        answer = self.robots_answer(url)
        if answer.refused:
            raise FetchError(f"{url}: {answer.refused}")
        if answer.rules is not None and not answer.rules.can_fetch(url, ROBOTS_TOKEN):
            raise FetchError(f"{url}: disallowed by robots.txt")

    # -- requests -----------------------------------------------------------------------------------------
    def get(self, url: str) -> Response:
        """The response to a GET of ``url`` (any status); FetchError when robots.txt forbids it, the address
        is refused, it is too large, the host keeps failing, or it cannot be fetched."""
        return self._get(url, check_robots=self.obey_robots)

    def _wait(self, url: str) -> None:
        origin = self._origin(url)
        host = (urlsplit(url).hostname or "").lower()
        robots = self._robots.get(origin)
        delay = max(self.delay, min(robots.crawl_delay() if robots else 0.0, self.max_crawl_delay))
        now = time.monotonic()
        last = self._last.get(origin)
        pause = max(last + delay - now if last is not None else 0.0, self.backoff.wait(host, now))
        if pause > 0:
            self.sleep(pause)
        self._last[origin] = time.monotonic()

    def _get(
        self, url: str, check_robots: bool, max_redirects: int = 10, retries: int | None = None
    ) -> Response:
        if check_robots:
            self._check_robots(url)
        host = (urlsplit(url).hostname or "").lower()
        tries = self.retries if retries is None else retries
        while True:
            self._wait(url)
            response = self._once(url, check_robots, max_redirects)
            if response.status not in TROUBLE_STATUSES:
                self.backoff.succeeded(host)
                return response
            retry_after = None
            if response.status in RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC))
            path = urlsplit(url).path or "/"
            verdict = self.backoff.failed(host, time.monotonic(), f"{response.status} on {path}", retry_after)
            if verdict.give_up:
                raise FetchError(f"{url}: {verdict.give_up}")
            if tries <= 0:
                return response
            tries -= 1

    def _once(self, url: str, check_robots: bool, max_redirects: int) -> Response:
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate, br"}
        )
        self.requests += 1
        hop_check = self._check_robots if check_robots else None
        opener = guarded.guarded_opener(self.policy, max_redirects, hop_check)
        try:
            guarded.check_url(url, self.policy)
            with opener.open(request, timeout=self.timeout) as resp:
                return self._read(resp, resp.status)
        except (guarded.FetchError, FetchError) as exc:
            raise FetchError(str(exc)) from None
        except urllib.error.HTTPError as exc:
            with exc:
                return self._read(exc, exc.code)
        except (OSError, ValueError, http.client.HTTPException) as exc:
            blocked = guarded.blocked_reason(exc)
            if blocked:
                raise FetchError(blocked if blocked.startswith(url) else f"{url}: {blocked}") from None
            reason = getattr(exc, "reason", None) or exc
            raise FetchError(f"{url}: {reason}") from None

    def _read(self, resp: object, status: int) -> Response:
        headers = getattr(resp, "headers", None) or {}
        final: str = resp.geturl()  # type: ignore[attr-defined]
        limit = self.max_bytes
        try:
            body = guarded.read_limited(resp, limit, time.monotonic() + 3 * self.timeout, final)
            body = _decompress(body, (headers.get("Content-Encoding") or "").lower(), limit)
        except TooLarge:
            raise FetchError(f"{final}: larger than {limit:,} bytes (NEWSCRAWL_MAX_PAGE_BYTES)") from None
        except TimeoutError as exc:
            raise FetchError(f"{exc}") from None
        ctype = (headers.get("Content-Type") or "").lower()
        kept = {k.lower(): v for k, v in headers.items()} if hasattr(headers, "items") else {}
        return Response(url=final, status=status, content_type=ctype, body=body, headers=kept)


def _decompress(body: bytes, encoding: str, limit: int) -> bytes:
    """Decoded, never past ``limit`` (crawler.limits: a small bomb must not expand to gigabytes)."""
    try:
        if encoding and encoding != "identity":
            return decode_capped(body, encoding, limit)
        if body[:2] == b"\x1f\x8b":  # a .xml.gz served as is
            return gunzip_capped(body, limit)
    except TooLarge:
        raise
    except Exception:  # corrupt data (zlib, gzip and brotli each raise their own errors): kept as sent
        return body
    return body
