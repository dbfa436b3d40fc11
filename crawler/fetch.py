"""Fetch one page outside a crawl (``newscrawl extract URL``), with the crawler's limits and SSRF guard.

The URL and every redirect hop must resolve to addresses the policy allows (``crawler.netpolicy``), and the
body, decompressed, is capped like any page the crawler downloads (``crawler.limits``).
"""

from __future__ import annotations

import socket
import urllib.request
from datetime import UTC, datetime
from email.message import Message
from typing import IO, Any
from urllib.parse import urlsplit

from crawler.cleaning.encoding import decode_html
from crawler.config import Config
from crawler.items import Page
from crawler.limits import TooLarge, decode_capped, read_capped
from crawler.netpolicy import AddressPolicy
from crawler.sources import host_of


class FetchError(Exception):
    """The page could not be fetched (one-line reason)."""


def check_url(url: str, policy: AddressPolicy) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http(s) URL")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve {parts.hostname}: {exc}") from None
    reason = policy.first_refusal(sorted({str(info[4][0]) for info in infos}))
    if reason:
        raise FetchError(f"{url}: blocked: {parts.hostname}: {reason} (see NEWSCRAWL_ALLOWED_NETWORKS)")


class GuardedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 10

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message, newurl: str
    ) -> urllib.request.Request | None:
        check_url(newurl, self.policy)  # every hop, not only the first URL
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_page(url: str, config: Config, user_agent: str, timeout: float = 30) -> Page:
    policy = AddressPolicy.from_spec(config.allowed_networks)
    check_url(url, policy)
    opener = urllib.request.build_opener(GuardedRedirects(policy))
    request = urllib.request.Request(
        url, headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate, br"}
    )
    limit = config.max_page_bytes
    try:
        with opener.open(request, timeout=timeout) as resp:
            headers: Any = resp.headers
            raw = read_capped(resp, limit, "the page")
            final = resp.geturl()
    except TooLarge as exc:
        raise FetchError(f"{url}: {exc}") from None
    except (OSError, ValueError) as exc:  # URLError, HTTPError, timeouts
        raise FetchError(f"{url}: cannot fetch: {exc}") from None
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
