"""Everything a page declares in markup that can name a publisher: meta tags, link relations, JSON-LD.

Flattened into ``(key, value)`` pairs for attribution, which tells the aggregator's own values (its
og:site_name, its JSON-LD publisher) from the outlet's: "meta:dc.source", "link:canonical",
"jsonld:isBasedOn.url", "jsonld:publisher.name", "jsonld.other:publisher.name" (an object other than the
page's main article, e.g. a related story's stub).
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from crawler.extraction.metadata import PageMeta, types_of
from crawler.extraction.tree import absolute

_META_KEYS = frozenset(
    {
        "og:site_name", "og:url", "og:see_also", "article:publisher", "article:author", "author", "publisher",
        "dc.source", "dc.publisher", "dc.creator", "dc.rights", "dcterms.source", "dcterms.publisher",
        "dcterms.rightsholder", "citation_publisher", "original-source", "syndication-source", "source",
        "twitter:site", "twitter:creator", "application-name", "copyright", "rights", "article:source",
        "sailthru.source", "parsely-source",
    }
)  # fmt: skip
# Any other meta tag whose name says it carries the source or the publisher ("news_source", "x-origin-url",
# "article:publisher_name", "syndication-partner"): sites name these tags freely, attribution weighs the value.
_META_KEY_WORDS = re.compile(r"source|origin|publisher|provider|syndicat|credit|outlet|partner", re.I)
_LINK_RELS = frozenset(
    {"canonical", "original-source", "syndication-source", "author", "publisher", "source"}
)
_JSONLD_KEYS = (
    "isBasedOn", "isBasedOnUrl", "sourceOrganization", "publisher", "author", "creator", "copyrightHolder",
    "provider", "sdPublisher", "url", "mainEntityOfPage", "sourceUrl", "citation", "isPartOf",
)  # fmt: skip
_MAX_VALUES = 120


def declared_values(root: HtmlElement, meta: PageMeta, base: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for key, values in meta.tags.items():
        if key in _META_KEYS or (_META_KEY_WORDS.search(key) and len(key) <= 40):
            out.extend((f"meta:{key}", v) for v in values if v)
    for link in root.iter("link"):
        for rel in (link.get("rel") or "").lower().split():
            if rel in _LINK_RELS:
                href = absolute(link.get("href"), base)
                if href:
                    out.append((f"link:{rel}", href))
    for obj in meta.jsonld:
        prefix = (
            "jsonld"
            if obj is meta.article or (meta.article is None and _is_page_object(obj))
            else "jsonld.other"
        )
        for key in _JSONLD_KEYS:
            if key in obj:
                _flatten(f"{prefix}:{key}", obj[key], out, depth=0)
    return tuple(dict.fromkeys(out))[:_MAX_VALUES]


def _is_page_object(obj: dict[str, Any]) -> bool:
    return bool(types_of(obj) & {"webpage", "newsarticle", "article", "reportagenews"})


def _flatten(key: str, value: Any, out: list[tuple[str, str]], depth: int) -> None:
    if depth > 2 or value is None:
        return
    if isinstance(value, list):
        for item in value[:5]:
            _flatten(key, item, out, depth)
    elif isinstance(value, dict):
        for sub in ("name", "url", "@id", "alternateName", "legalName"):
            if isinstance(value.get(sub), str) and value[sub].strip():
                out.append((f"{key}.{sub}", " ".join(value[sub].split())))
        for sub in ("publisher", "sourceOrganization", "author", "isPartOf"):
            if sub in value:
                _flatten(f"{key}.{sub}", value[sub], out, depth + 1)
    elif isinstance(value, str) and value.strip():
        out.append((key, " ".join(value.split())))
