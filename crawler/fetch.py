"""HTTP outside a crawl, with the crawler's SSRF guard and size caps: ``newscrawl extract URL`` and the
onboarding client (``crawler.sites.fetch``).

The URL and every redirect hop must resolve to addresses the policy allows (``crawler.netpolicy``), and the
connection itself is made to an address checked at connect time, not to whatever a second lookup answers (a
name that answers a public address first and a private one next, DNS rebinding, is refused). The body,
decompressed, is capped like any page the crawler downloads (``crawler.limits``), and a server that drips it
out slowly is cut off after a total time, not only after a silent socket.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import Message
from functools import partial
from typing import IO, Any
from urllib.parse import urlsplit

from crawler.cleaning.encoding import decode_html
from crawler.config import Config
from crawler.items import Page
from crawler.limits import TooLarge, decode_capped
from crawler.netpolicy import AddressPolicy, parse_address
from crawler.sources import host_of

PRODUCT = "newscrawl/0.1"
_CHUNK = 64 * 1024


class FetchError(Exception):
    """The page could not be fetched (one-line reason)."""


def crawler_user_agent(config: Config) -> str:
    """The crawler's User-Agent (``crawler.settings``): the product and the operator's contact URL."""
    return f"{PRODUCT} (+{config.contact_url})"


def _addresses(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_url(url: str, policy: AddressPolicy) -> None:
    """FetchError unless ``url`` is http(s) and every address its host resolves to is allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http(s) URL")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = _addresses(parts.hostname, port)
    except (OSError, UnicodeError, ValueError) as exc:
        raise FetchError(f"{url}: cannot resolve {parts.hostname}: {exc}") from None
    reason = policy.first_refusal(sorted(addresses))
    if reason:
        raise FetchError(f"{url}: blocked: {parts.hostname}: {reason} (see NEWSCRAWL_ALLOWED_NETWORKS)")


class Blocked(OSError):
    """A connection the address policy refuses (raised at connect time)."""


def proxy_hosts() -> frozenset[str]:
    """Hosts of the proxies the operator configured (``http_proxy``...): connecting to them is allowed, as
    in the crawl (``crawler.resolver``); what is fetched through them was checked by ``check_url``."""
    hosts = set()
    for proxy in urllib.request.getproxies().values():
        host = urlsplit(proxy if "//" in proxy else f"//{proxy}").hostname
        if host:
            hosts.add(host.lower())
    return frozenset(hosts)


def guarded_connection(
    policy: AddressPolicy, address: tuple[str, int], timeout: Any = None, source: Any = None
) -> socket.socket:
    """``socket.create_connection`` that resolves once, checks every answer, and connects to those answers
    only: what was checked is what is connected to."""
    host, port = address
    try:
        answers = _addresses(host, port)
    except UnicodeError as exc:
        raise OSError(f"cannot resolve {host}: {exc}") from None
    if host.lower() not in proxy_hosts():
        reason = policy.first_refusal(answers)
        if reason:
            raise Blocked(f"blocked: {host}: {reason} (see NEWSCRAWL_ALLOWED_NETWORKS)")
    error: OSError | None = None
    for answer in answers:
        ip = parse_address(answer)
        try:
            return socket.create_connection((str(ip or answer), port), timeout, source)
        except OSError as exc:
            error = exc
    raise error or OSError(f"cannot resolve {host}")


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, policy: AddressPolicy, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = partial(guarded_connection, policy)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, policy: AddressPolicy, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = partial(guarded_connection, policy)  # TLS and SNI still name the host


class GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__()
        self.policy = policy

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPConnection, policy=self.policy), req)


class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__()
        self.policy = policy

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPSConnection, policy=self.policy), req, context=self._context)


class GuardedRedirects(urllib.request.HTTPRedirectHandler):
    """Every hop checked by the address policy, and by ``also`` (robots.txt of the hop's host) when given;
    a chain longer than ``max_redirects`` ends as the last 3xx response (urllib's HTTPError)."""

    def __init__(
        self, policy: AddressPolicy, max_redirects: int = 10, also: Callable[[str], None] | None = None
    ) -> None:
        self.policy = policy
        self.max_redirections = max_redirects
        self.also = also

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message, newurl: str
    ) -> urllib.request.Request | None:
        check_url(newurl, self.policy)  # every hop, not only the first URL
        if self.also is not None:
            self.also(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def guarded_opener(
    policy: AddressPolicy, max_redirects: int = 10, also: Callable[[str], None] | None = None
) -> urllib.request.OpenerDirector:
    """An opener whose every connection and redirect hop goes through the address policy."""
    return urllib.request.build_opener(
        GuardedHTTPHandler(policy), GuardedHTTPSHandler(policy), GuardedRedirects(policy, max_redirects, also)
    )


def blocked_reason(exc: BaseException) -> str | None:
    """The one-line reason when ``exc`` (as urllib wraps it) is the guard refusing a connection."""
    inner = getattr(exc, "reason", exc)
    if isinstance(inner, Blocked):
        return str(inner)
    if isinstance(inner, FetchError):
        return str(inner)
    return None


def read_limited(resp: Any, limit: int, deadline: float, what: str = "the page") -> bytes:
    """The body of ``resp``, at most ``limit`` bytes (TooLarge past it), read before ``deadline``
    (``time.monotonic()``; TimeoutError past it: a server dripping a byte a second never ends otherwise)."""
    out = bytearray()
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} took too long to download")
        chunk = resp.read1(_CHUNK)
        if not chunk:
            return bytes(out)
        out += chunk
        if len(out) > limit:
            raise TooLarge(what, limit)


def fetch_page(url: str, config: Config, user_agent: str | None = None, timeout: float = 30) -> Page:
    policy = AddressPolicy.from_spec(config.allowed_networks)
    check_url(url, policy)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent or crawler_user_agent(config),
            "Accept-Encoding": "gzip, deflate, br",
        },
    )
    limit = config.max_page_bytes
    try:
        with guarded_opener(policy).open(request, timeout=timeout) as resp:
            headers: Any = resp.headers
            raw = read_limited(resp, limit, time.monotonic() + 4 * timeout)
            final = resp.geturl()
    except TooLarge as exc:
        raise FetchError(f"{url}: {exc}") from None
    except FetchError:
        raise
    except (OSError, ValueError, http.client.HTTPException) as exc:  # URLError, HTTPError, timeouts
        reason = blocked_reason(exc)
        raise FetchError(f"{url}: {reason}" if reason else f"{url}: cannot fetch: {exc}") from None
    coding = headers.get("Content-Encoding")
    try:
        body = decode_capped(raw, coding, limit)
    except TooLarge as exc:
        raise FetchError(f"{url}: {exc}") from None
    except Exception as exc:  # zlib, gzip and brotli each raise their own errors on corrupt data
        raise FetchError(f"{url}: cannot decode its {coding} body: {exc}") from None
    html, encoding = decode_html(body, headers.get("Content-Type"))
    return Page(
        url=final, html=html, site=host_of(final), fetched_at=datetime.now(UTC), raw=body, encoding=encoding
    )
