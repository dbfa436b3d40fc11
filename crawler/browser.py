"""What the headless browser does for ``render = "browser"`` profiles, on top of scrapy-playwright.

- ``abort_request`` (``PLAYWRIGHT_ABORT_REQUEST``): sub-resources that never carry article text (images,
  media, fonts) are not downloaded. That saves bandwidth and memory per page.
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

from typing import TYPE_CHECKING, Any

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


def abort_request(request: Request) -> bool:
    """True for browser sub-requests the crawl never needs (used as ``PLAYWRIGHT_ABORT_REQUEST``)."""
    return request.resource_type in BLOCKED_RESOURCE_TYPES


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
