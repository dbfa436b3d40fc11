"""The SSRF guard at connect time: Scrapy's caching resolver, refusing answers the address policy refuses.

``crawler.middlewares.SsrfGuardMiddleware`` checks every request before it is sent, with its own lookup.
The connection resolves the name again, here: a name that answered a public address to the first lookup
and a private one to the second (DNS rebinding) fails with a DNS error instead of connecting.
Installed once per process (``TWISTED_DNS_RESOLVER``). Every connection comes through here, IP literals
included, and so does the connection to a proxy: the proxies an operator configured (``http_proxy``,
``https_proxy``, ``NEWSCRAWL_REPLAY_PROXY``) are allowed explicitly. What is fetched through a proxy is
checked by the middleware.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies

from scrapy.crawler import Crawler
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.base import ReactorBase
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from crawler.netpolicy import AddressPolicy, parse_address

logger = logging.getLogger(__name__)


def proxy_addresses(proxies: list[str]) -> list[str]:
    """The IP addresses among the hosts of ``proxies`` (URLs); a proxy named by a host name resolves to
    whatever that name says, which the operator chose."""
    out = []
    for proxy in proxies:
        host = urlsplit(proxy if "//" in proxy else f"//{proxy}").hostname or ""
        if parse_address(host) is not None:
            out.append(str(parse_address(host)))
        elif host:
            out.extend(_lookup(host))
    return out


def _lookup(host: str) -> list[str]:
    try:
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)})
    except OSError:
        return []


class GuardedResolver(CachingThreadedResolver):
    def __init__(self, reactor: ReactorBase, cache_size: int, timeout: float, policy: AddressPolicy) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.policy = policy

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> GuardedResolver:
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        proxies = [settings.get("NEWSCRAWL_REPLAY_PROXY") or "", *getproxies().values()]
        allowed = [settings.get("NEWSCRAWL_ALLOWED_NETWORKS", ""), *proxy_addresses(proxies)]
        policy = AddressPolicy.from_spec(",".join(a for a in allowed if a))
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), policy)

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        return super().getHostByName(name, timeout).addCallback(self._checked, name)

    def _checked(self, address: Any, name: str) -> Any:
        reason = self.policy.refusal(str(address))
        if reason:
            logger.warning("blocked connection to %s: %s", name, reason)
            raise DNSLookupError(f"{name}: {reason} (blocked; see NEWSCRAWL_ALLOWED_NETWORKS)")
        return address
