"""Links and metadata pointing at the original: canonical/og:url on another host, syndication-source and
original-source meta, "read the original"/"المصدر" links, credit-line links, JSON-LD isBasedOn,
sourceOrganization and publisher, og:site_name.

Hosts resolve through the registry, else the site profile that declares an outlet for the host. A link to an
unknown host is kept only where the page itself presents it as the source (credit, meta, "source" anchor).
"""

from __future__ import annotations

from crawler.attribution.context import AttributionContext, host_of
from crawler.attribution.names import clean_name, evidence
from crawler.items import Evidence

# Hosts that are never a story's original (share buttons, app stores, link shorteners' targets unknown).
_NEVER = (
    "facebook.com",
    "fb.com",
    "twitter.com",
    "x.com",
    "t.me",
    "telegram.me",
    "youtube.com",
    "youtu.be",
    "instagram.com",
    "whatsapp.com",
    "wa.me",
    "tiktok.com",
    "linkedin.com",
    "pinterest.com",
    "google.com",
    "apple.com",
    "play.google.com",
    "feedburner.com",
    "bit.ly",
)

# (meta key, method, weight): keys ``crawler.extraction`` fills in ``Extracted.meta``.
_META_URLS = (
    ("syndication-source", "syndication_meta", 0.9),
    ("original-source", "syndication_meta", 0.9),
    ("isBasedOn", "jsonld_is_based_on", 0.85),
    ("canonical", "canonical_link", 0.8),
    ("og:url", "og_url", 0.7),
    ("jsonld_url", "jsonld_url", 0.6),
    ("publisher_url", "jsonld_publisher", 0.5),
)
_LINK_WEIGHT = {"credit": 0.85, "meta": 0.8, "body": 0.7}
_META_NAMES = (
    ("sourceOrganization", "jsonld_source_organization", 0.75),
    ("isBasedOn", "jsonld_is_based_on", 0.7),
    ("publisher", "jsonld_publisher", 0.5),
    ("og:site_name", "og_site_name", 0.4),
)


def _ignored(host: str) -> bool:
    return not host or any(host == h or host.endswith("." + h) for h in _NEVER)


def url_evidence(
    ctx: AttributionContext, url: str, method: str, weight: float, allow_unknown: bool
) -> Evidence | None:
    """Evidence that ``url`` is the original, unless it is on the page's own site or a non-news host."""
    host = host_of(url)
    if _ignored(host) or ctx.is_site_host(host):
        return None
    record = ctx.record_for_host(host)
    if record is None and not allow_unknown:
        return None
    name = record.name if record else host
    ev = evidence(method, url, record, name, weight, url=url)
    if record is None:
        # An unregistered host: name the outlet by its domain so operators can review it.
        ev = type(ev)(ev.method, ev.matched, host, host, url, weight, "outlet")
    return ev


def links_and_meta(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    meta = ctx.extracted.meta
    candidates: list[tuple[str, str, float]] = []
    if ctx.extracted.canonical_url:
        candidates.append((ctx.extracted.canonical_url, "canonical_link", 0.8))
    for key, method, weight in _META_URLS:
        value = meta.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://", "//")):
            candidates.append((value, method, weight))
    seen: set[str] = set()
    for url, method, weight in candidates:
        if url in seen:
            continue
        seen.add(url)
        # Only publisher-ish URLs can be unknown hosts worth naming; a canonical to an unknown host is too.
        ev = url_evidence(ctx, url, method, weight, allow_unknown=method != "jsonld_publisher")
        if ev is not None:
            out.append(ev)
    for href, text, where in ctx.extracted.source_links:
        if href in seen:
            continue
        seen.add(href)
        weight = _LINK_WEIGHT.get(where, 0.6)
        ev = url_evidence(ctx, href, f"source_link_{where}", weight, allow_unknown=True)
        if ev is not None:
            out.append(ev)
            continue
        # A credit link to an unusable URL can still name the outlet in its anchor text.
        anchor = clean_name(text)
        if where == "credit" and anchor:
            record = ctx.registry.match_name(anchor, ctx.country)
            if record is not None:
                out.append(evidence("source_link_text", text, record, record.name, 0.6))
    for key, method, weight in _META_NAMES:
        value = meta.get(key)
        if not isinstance(value, str) or value.startswith(("http://", "https://", "//")):
            continue
        record = ctx.registry.match_name(clean_name(value), ctx.country)
        if record is not None:
            out.append(evidence(method, value, record, record.name, weight))
    return out
