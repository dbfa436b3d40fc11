"""The URL itself: on the "*ress" aggregators the first path segment names the source (/elakhbar/172875):
a slug the registry lists for the outlet, else the outlet's own domain name used as the slug."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.attribution.context import AttributionContext
from crawler.attribution.names import evidence
from crawler.items import Evidence

# /elakhbar/172875, /mallorcamagazin/nota/550167: the source's slug, maybe a kind of page, then the id.
_SLUG_PATH = re.compile(r"^/([A-Za-z][A-Za-z0-9_-]{1,40})/(?:[a-z]{2,12}/)?(\d{2,12})(?:[/.?#]|$)")


def url_slug(ctx: AttributionContext) -> list[Evidence]:
    if ctx.site_kind in ("outlet", "wire"):
        return []
    urls = [ctx.page_url]
    if ctx.extracted.canonical_url and ctx.is_site_host(urlsplit(ctx.extracted.canonical_url).hostname or ""):
        urls.append(ctx.extracted.canonical_url)
    for url in urls:
        match = _SLUG_PATH.match(urlsplit(url).path)
        if not match:
            continue
        slug = match.group(1)
        record = ctx.registry.by_slug(slug, ctx.site)
        declared = record is not None
        if record is None and len(slug) >= 4:
            # Aggregators of the "*ress" kind use the outlet's domain name as the slug (/alwafd/405393).
            record = ctx.registry.by_domain_label(slug)
        if (
            record is not None
            and record.kind != "aggregator"
            and not ctx.names_site(record, record.name, None)
        ):
            feats = {"kind_url_slug": 1.0, "name_only": 1.0 if declared else 0.0}
            return [evidence("url_slug", url, record, record.name, where="url", features=feats)]
    return []
