"""A profile for a URL crawled ad hoc (``newscrawl crawl URL``): a feed, a sitemap or a home page."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

from crawler.sites import host_of, profile_for_url
from crawler.sites.profile import SiteProfile


def is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def adhoc_profile(url: str, registry: object | None = None) -> SiteProfile:
    """The profile that crawls ``url``: the registered profile of its host started at ``url`` (selectors and
    article pattern kept), else a generic one whose article pattern is inferred from the links found."""
    known = profile_for_url(url)
    if known is not None:
        return dataclasses.replace(known, feeds=(), sitemaps=(), listings=(), home=url, origin="adhoc")
    host = host_of(url)
    record = registry.by_domain(host) if registry is not None else None  # type: ignore[attr-defined]
    kind = (
        record.kind
        if record is not None and record.kind in ("outlet", "wire", "aggregator")
        else "aggregator"
    )
    return SiteProfile(
        name=host,
        hosts=(host,),
        kind=kind,
        outlet=record.name if record is not None else None,
        language=None,
        home=url,
        article_url=".*",
        origin="adhoc",
    )
