"""What the page declares in markup: a canonical or og:url on another site, JSON-LD isBasedOn and
sourceOrganization and isPartOf, original-source / syndication-source / dc.source meta tags, a publisher or author
organisation that is not the site itself.

The site's own values (its og:site_name, its JSON-LD publisher) are told apart by the site identity and
dropped; what remains names someone else, and the key says how much that is worth.
"""

from __future__ import annotations

import re

from crawler.attribution.context import AttributionContext, host_of
from crawler.attribution.names import clean_name, evidence
from crawler.attribution.signals.links import ignored_host, is_article_url, is_home
from crawler.dedup.urls import registered_domain
from crawler.items import Evidence

# Keys (after the "jsonld:", "meta:" or "link:" prefix) that say "this page is a copy of that one".
_STRONG = (
    "isbasedon", "isbasedonurl", "sourceorganization", "original-source", "syndication-source", "dc.source",
    "dcterms.source", "source", "article:source", "sourceurl", "sailthru.source", "parsely-source", "provider",
    "citation", "citation_publisher", "syndication",
    "ispartof",  # the periodical or site the article belongs to: another one than the crawled site is the outlet
)  # fmt: skip
# Keys that name the page's own page or its publisher: another site here is a canonical pointer.
_CANONICAL = ("link:canonical", "meta:og:url", "jsonld:url", "jsonld:mainentityofpage")
# A meta tag named freely by the site ("news_source", "x-origin-url", "syndication-partner"): a name that says
# "source" is as strong as the standard keys; "publisher_name" weighs as a publisher.
_SOURCE_WORDS = re.compile(r"source|origin|syndicat|provider|credit|outlet|partner")
_SKIP = ("jsonld.other:",)  # objects other than the page's main article (related stories' stubs)


def declared(ctx: AttributionContext) -> list[Evidence]:
    out: list[Evidence] = []
    offsite_parts = _offsite_parts(ctx)
    for key, value in ctx.extracted.declared:
        lowered = key.lower()
        if lowered.startswith(_SKIP):
            continue
        prefix, path = lowered.split(":", 1)
        strong = (path.split(".", 1)[0] if prefix == "jsonld" else path) in _STRONG or (
            prefix == "meta" and bool(_SOURCE_WORDS.search(path)) and not path.startswith("og:")
        )
        canonical = f"{prefix}:{path.removesuffix('.@id').removesuffix('.url')}" in _CANONICAL
        if value.startswith(("http://", "https://", "//")):
            ev = _url_clue(ctx, key, value, strong, canonical)
        else:
            ev = _name_clue(ctx, key, value, strong, offsite_parts)
        if ev is not None:
            out.append(ev)
    return out


def _url_clue(ctx: AttributionContext, key: str, url: str, strong: bool, canonical: bool) -> Evidence | None:
    host = host_of(url)
    if ignored_host(host) or ctx.is_site_host(host):
        return None
    record = ctx.record_for_host(host)
    if record is not None and record.kind == "aggregator":
        return None
    domain = record.domain if record else registered_domain(host)
    name = record.name if record else domain
    if ctx.names_site(record, name, domain):
        return None
    feats = {"kind_canonical" if canonical else "kind_meta_strong" if strong else "kind_meta_weak": 1.0}
    if record is None:
        feats["from_domain"] = 1.0
    if is_home(url):
        feats["link_home"] = 1.0
    elif is_article_url(url):
        feats["link_article"] = 1.0
    return evidence(
        key.split(":", 1)[0], url, record, name, url=url, domain=domain, where=key, features=feats
    )


def _is_part_of(key: str) -> bool:
    return "ispartof" in key.lower().split(":", 1)[-1].split(".")


def _offsite_parts(ctx: AttributionContext) -> set[str]:
    """The isPartOf objects ("jsonld:isPartOf") that give an address on another site."""
    return {
        key.rsplit(".", 1)[0]
        for key, value in ctx.extracted.declared
        if _is_part_of(key)
        and value.startswith(("http://", "https://"))
        and not ctx.is_site_host(host_of(value))
    }


def _name_clue(
    ctx: AttributionContext, key: str, value: str, strong: bool, offsite_parts: set[str]
) -> Evidence | None:
    name = clean_name(value.lstrip("@"))
    if not name or len(name) > 80:
        return None
    record = ctx.registry.match_name(name, ctx.country)
    if record is not None and record.kind == "aggregator":
        return None
    if ctx.names_site(record, name, None):
        return None
    publisher = any(
        w in key.lower() for w in ("publisher", "provider", "copyright", "sourceorganization", "rights")
    )
    if record is None and not (strong or publisher):
        return None  # an unknown author name in markup is a person far more often than an outlet
    if record is None and _is_part_of(key) and key.rsplit(".", 1)[0] not in offsite_parts:
        # The container an unknown name heads is the site's own section, channel or user collection far more
        # often than the outlet (a reader's "magazine" of copies): a credit only as a known outlet or with
        # its own address on another site.
        return None
    feats = {"kind_meta_strong" if strong else "kind_meta_weak": 1.0}
    return evidence(
        key.split(":", 1)[0], value, record, record.name if record else name, where=key, features=feats
    )
