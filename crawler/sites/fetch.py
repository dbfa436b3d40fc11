"""A small, polite, blocking HTTP client for onboarding and dry runs (``newscrawl sites add|check``).

A dozen requests to one site do not need the Scrapy reactor: this client obeys the site's robots.txt (and its
Crawl-delay), waits between requests, caps response sizes and says what went wrong in one line.
Crawls proper go through Scrapy.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from crawler import fetch as guarded
from crawler.config import Config
from crawler.limits import CORRUPT_GZIP, TooLarge, decode_capped, gunzip_capped
from crawler.netpolicy import AddressPolicy

USER_AGENT = "newscrawl/0.1 (+https://github.com/newscrawl/newscrawl)"
MAX_BYTES = 10 * 1024 * 1024


class FetchError(Exception):
    """A page that could not be fetched; the message is one line."""


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes


def _decompress(body: bytes, encoding: str) -> bytes:
    """Decoded, never past MAX_BYTES (crawler.limits: a small bomb must not expand to gigabytes)."""
    try:
        if encoding in ("gzip", "deflate", "br"):
            return decode_capped(body, encoding, MAX_BYTES)
        if body[:2] == b"\x1f\x8b":  # a .xml.gz served as is
            return gunzip_capped(body, MAX_BYTES)
    except CORRUPT_GZIP:
        return body
    return body


def _policy() -> AddressPolicy:
    return AddressPolicy.from_spec(Config.from_env().allowed_networks)


@dataclass
class PoliteFetcher:
    """GETs for one site at a time: robots.txt first, then at most one request per ``delay`` seconds."""

    user_agent: str = USER_AGENT
    delay: float = 0.5
    timeout: float = 20.0
    obey_robots: bool = True
    requests: int = 0
    # The crawler's SSRF guard (NEWSCRAWL_ALLOWED_NETWORKS): the URL and each redirect hop.
    policy: AddressPolicy = field(default_factory=_policy)
    _robots: dict[str, Protego | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def _origin(self, url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit((parts.scheme, parts.netloc, "", "", ""))

    def robots(self, url: str) -> Protego | None:
        """The parsed robots.txt of the URL's site (None when it has none)."""
        origin = self._origin(url)
        if origin not in self._robots:
            try:
                response = self._get(origin + "/robots.txt", check_robots=False)
            except FetchError:
                response = None
            ok = (
                response is not None
                and response.status == 200
                and b"<html" not in response.body[:512].lower()
            )
            text = response.body.decode("utf-8", "replace") if ok and response else ""
            self._robots[origin] = Protego.parse(text) if text else None
        return self._robots[origin]

    def allowed(self, url: str) -> bool:
        rules = self.robots(url) if self.obey_robots else None
        return rules is None or rules.can_fetch(url, self.user_agent)

    def get(self, url: str) -> Response:
        """The response to a GET of ``url`` (any status); FetchError when robots.txt forbids it or it fails."""
        return self._get(url, check_robots=self.obey_robots)

    def _wait(self, origin: str) -> None:
        rules = self._robots.get(origin)
        delay = max(self.delay, float((rules.crawl_delay(self.user_agent) if rules else None) or 0))
        last = self._last.get(origin)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[origin] = time.monotonic()

    def _get(self, url: str, check_robots: bool) -> Response:
        if check_robots and not self.allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        self._wait(self._origin(url))
        request = urllib.request.Request(
            url, headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"}
        )
        self.requests += 1
        opener = urllib.request.build_opener(guarded.GuardedRedirects(self.policy))
        try:
            guarded.check_url(url, self.policy)
            with opener.open(request, timeout=self.timeout) as resp:
                return self._read(resp, resp.status)
        except guarded.FetchError as exc:
            raise FetchError(str(exc)) from None
        except urllib.error.HTTPError as exc:
            return self._read(exc, exc.code)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise FetchError(f"{url}: {reason}") from None

    def _read(self, resp: object, status: int) -> Response:
        headers = getattr(resp, "headers", {})
        body = resp.read(MAX_BYTES + 1)  # type: ignore[attr-defined]
        if len(body) > MAX_BYTES:
            raise FetchError(f"{resp.geturl()}: larger than {MAX_BYTES // 1024 // 1024} MiB")  # type: ignore[attr-defined]
        try:
            body = _decompress(body, (headers.get("Content-Encoding") or "").lower())
        except TooLarge:
            raise FetchError(
                f"{resp.geturl()}: larger than {MAX_BYTES // 1024 // 1024} MiB decompressed"
            ) from None  # type: ignore[attr-defined]
        ctype = (headers.get("Content-Type") or "").lower()
        return Response(url=resp.geturl(), status=status, content_type=ctype, body=body)  # type: ignore[attr-defined]
