"""The item types passed between stages.

Plain dataclasses: the pure core (extraction, cleaning, attribution, dedup) produces and consumes them without
knowing about Scrapy or the database. Scrapy accepts dataclass items as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True, repr=False)
class Page:
    """One fetched (or saved) HTML page, before extraction."""

    url: str
    html: str  # decoded text (see cleaning.encoding.decode_html)
    site: str  # host where the page was found (e.g. "mogaz.test")
    profile: str | None = None  # site profile name, None for the generic path
    fetched_at: datetime | None = None
    status: int = 200
    raw: bytes | None = None  # the body as received, kept for reprocessing
    encoding: str | None = None

    def __repr__(self) -> str:  # Scrapy logs items: never dump whole pages into the log
        return f"Page(url={self.url!r}, site={self.site!r}, status={self.status}, chars={len(self.html)})"


@dataclass(slots=True)
class Extracted:
    """What extraction found on a page: raw material for cleaning and attribution."""

    url: str
    is_article: bool
    title: str | None = None
    body: str = ""  # paragraphs separated by a blank line, already cleaned
    published_at: datetime | None = None  # timezone-aware
    updated_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    canonical_url: str | None = None
    lead_image: str | None = None
    description: str | None = None  # the page's own summary (meta/og/JSON-LD description)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    # Text removed from the body that attribution must still see (credit footers, source lines, bylines).
    credit_lines: list[str] = field(default_factory=list)
    # Links that may point at the original: (href, anchor text, where found: "credit"|"body"|"meta").
    source_links: list[tuple[str, str, str]] = field(default_factory=list)
    # Metadata relevant to attribution: og:url, og:site_name, syndication-source, JSON-LD publisher, ...
    meta: dict[str, Any] = field(default_factory=dict)
    method: str = "generic"  # "selectors" | "metadata" | "generic": what produced title/body
    not_article_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One attribution signal: what was matched, where, and how much it counts."""

    method: str  # e.g. "credit_footer", "dateline_agency", "canonical_link", "url_slug", "own_site"
    matched: str  # the text or URL that matched
    outlet: str | None = None  # canonical outlet name, if the match names a known outlet
    domain: str | None = None
    url: str | None = None  # a URL for the original, if the signal gives one
    weight: float = 0.5
    role: str = "outlet"  # "outlet" (whose copy this is) or "agency" (a wire the outlet credits)

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "matched": self.matched,
            "outlet": self.outlet,
            "domain": self.domain,
            "url": self.url,
            "weight": self.weight,
            "role": self.role,
        }


@dataclass(slots=True)
class Attribution:
    """Who originally published an article, with the evidence for it."""

    outlet: str | None = None  # canonical outlet name, None when unknown
    domain: str | None = None
    original_url: str | None = None
    agency: str | None = None  # a wire agency credited by the outlet (aggregator -> outlet -> agency)
    method: str = "none"
    confidence: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    verified: bool = True  # False when the outlet name matched nothing in the registry

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass(slots=True, repr=False)
class Article:
    """A cleaned, attributed article ready for dedup and persistence (one copy on one site)."""

    url: str
    canonical_url: str
    site: str
    title: str
    body: str
    published_at: datetime | None
    updated_at: datetime | None
    authors: list[str]
    language: str | None
    lead_image: str | None
    section: str | None
    tags: list[str]
    attribution: Attribution
    fetched_at: datetime
    raw_html: bytes | None = None
    encoding: str | None = None
    extraction_method: str = "generic"
    description: str | None = None

    def __repr__(self) -> str:
        return f"Article(url={self.url!r}, title={self.title[:60]!r}, outlet={self.attribution.outlet!r})"
