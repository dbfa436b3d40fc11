"""The page's own host: a page on an outlet's (or wire's) own site is that outlet's original."""

from __future__ import annotations

from crawler.attribution.context import AttributionContext, host_of
from crawler.items import Evidence


def own_site(ctx: AttributionContext) -> list[Evidence]:
    record = ctx.site_record
    canonical = ctx.extracted.canonical_url
    url = canonical if canonical and ctx.is_site_host(host_of(canonical)) else ctx.page_url
    if record is not None and record.kind in ("outlet", "wire"):
        return [Evidence("own_site", ctx.site, record.name, record.domain, url, 1.0, "outlet")]
    if ctx.profile is not None and ctx.profile.outlet and record is None:
        # A profile naming an outlet the registry lacks: the operator's word is the evidence.
        return [Evidence("own_site", ctx.site, ctx.profile.outlet, ctx.site, url, 1.0, "outlet")]
    return []
