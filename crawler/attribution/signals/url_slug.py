"""The URL itself: on the "*ress" aggregators the first path segment names the source (/elakhbar/172875)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.attribution.context import AttributionContext
from crawler.attribution.names import evidence
from crawler.items import Evidence

_SLUG_PATH = re.compile(r"^/([A-Za-z][A-Za-z0-9_-]{1,40})/(\d{2,12})(?:[/.?#]|$)")


def url_slug(ctx: AttributionContext) -> list[Evidence]:
    if ctx.site_kind != "aggregator":
        return []
    urls = [ctx.page_url]
    if ctx.extracted.canonical_url and ctx.is_site_host(urlsplit(ctx.extracted.canonical_url).hostname or ""):
        urls.append(ctx.extracted.canonical_url)
    for url in urls:
        match = _SLUG_PATH.match(urlsplit(url).path)
        if not match:
            continue
        record = ctx.registry.by_slug(match.group(1), ctx.site)
        if record is not None and record.kind != "aggregator":
            return [evidence("url_slug", url, record, record.name, 0.75)]
    return []
