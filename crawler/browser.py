"""What the headless browser does for ``render = "browser"`` profiles, on top of scrapy-playwright.

- ``RequestGuard`` (``PLAYWRIGHT_ABORT_REQUEST``, set per spider): sub-resources that never carry article
  text (images, media, fonts) are not downloaded, which saves bandwidth and memory per page; and no request of
  the page (the document, its scripts, styles, frames, XHR, and each redirect hop) goes to an address the
  SSRF guard refuses (loopback, private, link-local: ``crawler.netpolicy``). Chromium resolves names itself,
  so the guard resolves each host the page asks for, as the crawler's own middleware does; and Chromium
  connects only through ``crawler.browser_proxy.BrowserProxy``, which checks every connection it opens,
  redirect hops included (page interception never sees those).
- ``request_headers`` (``PLAYWRIGHT_PROCESS_REQUEST_HEADERS``): Scrapy's headers for the navigation, minus the
  conditional ones. Incremental crawling adds ``If-None-Match`` to discovery pages; over plain HTTP a 304 is
  cheap, but Chromium aborts a navigation answered 304 (``net::ERR_ABORTED``), so the browser always asks fresh.
- ``rendered_page_methods``: the page methods an article request runs after navigation. They wait for the
  profile's ``wait_for`` selector, except when the document is not a 2xx (a 304 to a conditional request, a
  404, a 5xx): its scripts will never build the page, so waiting would only burn the whole timeout and report
  a 404 as a browser timeout. Scrapy then sees the real status and handles it as it would over plain HTTP.

Pages are closed by scrapy-playwright itself (after a response, and also when navigation or a page method
raises) as long as ``playwright_include_page`` is never set, which this project never does.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.browser_proxy import BrowserProxy
from crawler.netpolicy import AddressPolicy

if TYPE_CHECKING:  # playwright is imported only where a browser is really used
    from playwright.async_api import Page, Request
    from scrapy_playwright.page import PageMethod

BLOCKED_RESOURCE_TYPES = frozenset({"image", "media", "font"})
CONDITIONAL_HEADERS = frozenset({"if-none-match", "if-modified-since"})

# Status of the main document as the browser got it (PerformanceNavigationTiming.responseStatus, Chromium
# 109+); 0 when unknown, which we treat as "not an error" and wait as usual.
_NAVIGATION_STATUS_JS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return nav && nav.responseStatus ? nav.responseStatus : 0;
}"""


logger = logging.getLogger(__name__)
# Launch flags that stop Chromium's own traffic. Playwright already turns most of it off; what Debian's
# build still sent through the crawl's proxy (measured: update.googleapis.com, an "on demand" component that
# --disable-component-update does not cover, and accounts.google.com) is pointed at an address that cannot be
# reached (0.0.0.0 is never a valid destination). A crawl talks to the sites it crawls and nothing else.
_NOWHERE = "http://0.0.0.0:9/"
QUIET_CHROMIUM_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pings",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--allow-browser-signin=false",
    f"--component-updater=url-source={_NOWHERE},disable-pings",
    f"--gaia-url={_NOWHERE}",
    f"--google-apis-url={_NOWHERE}",
)


def abort_request(request: Request) -> bool:
    """True for browser sub-requests the crawl never needs (images, media, fonts)."""
    return request.resource_type in BLOCKED_RESOURCE_TYPES


class RequestGuard:
    """``PLAYWRIGHT_ABORT_REQUEST`` for a crawl: True (abort) for what ``abort_request`` drops and for every
    request to an address ``policy`` refuses. Replay-web hosts (``*.test``) go to the replay proxy while it
    is in use and are never resolved."""

    ttl = 60.0

    def __init__(
        self, policy: AddressPolicy, replay_proxy: str | None = None, proxy: BrowserProxy | None = None
    ) -> None:
        self.policy = policy
        self.replay_proxy = replay_proxy
        self.proxy = proxy  # Chromium's own connections (redirect hops included) go through it
        self._answers: dict[str, tuple[float, list[str]]] = {}

    async def __call__(self, request: Request) -> bool:
        if self.proxy is not None:
            await self.proxy.start()  # on the crawl's event loop, before the first request goes out
        if abort_request(request):
            return True
        parts = urlsplit(request.url)
        if parts.scheme not in ("http", "https", "ws", "wss"):
            return False  # data:, blob:, about: never leave the browser
        host = (parts.hostname or "").lower()
        if self.replay_proxy and host.endswith(".test"):
            return False
        addresses = await self._resolve(host)
        # A name that does not resolve here is refused: Chromium could only reach it by other means.
        reason = self.policy.first_refusal(addresses) if addresses else f"{host} does not resolve"
        if reason is None:
            return False
        logger.warning("browser request blocked: %s (%s)", request.url[:200], reason)
        return True

    async def _resolve(self, host: str) -> list[str]:
        now = time.monotonic()
        cached = self._answers.get(host)
        if cached and cached[0] > now:
            return cached[1]
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            addresses: list[str] = []
        else:
            addresses = sorted({str(info[4][0]) for info in infos})
        self._answers[host] = (now + self.ttl, addresses)
        return addresses


async def request_headers(
    *, browser_type_name: str, playwright_request: Request, scrapy_request_data: dict[str, Any]
) -> dict[str, str]:
    """scrapy-playwright's default header handling, without conditional request headers."""
    from scrapy_playwright.headers import use_scrapy_headers

    headers = await use_scrapy_headers(
        browser_type_name=browser_type_name,
        playwright_request=playwright_request,
        scrapy_request_data=scrapy_request_data,
    )
    return {name: value for name, value in headers.items() if name.lower() not in CONDITIONAL_HEADERS}


async def navigation_status(page: Page) -> int:
    return int(await page.evaluate(_NAVIGATION_STATUS_JS) or 0)


async def wait_for_rendered(page: Page, selector: str, timeout: float) -> bool:
    """Wait until the page's scripts have built ``selector``; return False at once for a non-2xx document.

    A timeout raises playwright's ``TimeoutError``: the request fails (and scrapy-playwright closes the page).
    """
    status = await navigation_status(page)
    if status and not 200 <= status < 300:  # 304, 404, 5xx: nothing will be rendered
        return False
    await page.wait_for_selector(selector, timeout=timeout)
    return True


def rendered_page_methods(selector: str | None, timeout_ms: float) -> list[PageMethod]:
    """``meta["playwright_page_methods"]`` for an article request of a browser profile."""
    from scrapy_playwright.page import PageMethod

    if not selector:
        return []
    return [PageMethod(wait_for_rendered, selector, timeout=timeout_ms)]
