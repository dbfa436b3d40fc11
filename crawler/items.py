"""The item types passed between stages.

Plain dataclasses: the pure core (extraction, cleaning, attribution, dedup) produces and consumes them without
knowing about Scrapy or the database. Scrapy accepts dataclass items as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.dedup.fingerprint import Fingerprint
    from crawler.sites.profile import SiteProfile


@dataclass(slots=True, repr=False)
class Page:
    """One fetched (or saved) HTML page, before extraction."""

    url: str
    html: str  # decoded text (see cleaning.encoding.decode_html)
    site: str  # host where the page was found (e.g. "mogaz.test")
    # The site profile, resolved once where the page was made (the spider, the CLI) and carried to every
    # stage; None for the generic path.
    profile: SiteProfile | None = None
    fetched_at: datetime | None = None
    status: int = 200
    raw: bytes | None = None  # the body as received, kept for reprocessing
    encoding: str | None = None

    def __repr__(self) -> str:  # Scrapy logs items: never dump whole pages into the log
        return f"Page(url={self.url!r}, site={self.site!r}, status={self.status}, chars={len(self.html)})"


@dataclass(frozen=True, slots=True)
class BlockLink:
    """A link inside a page block: where it goes, its visible text, the alt/title of any image in it."""

    href: str
    text: str
    image_alt: str = ""
    has_image: bool = False
    image_only: bool = (
        False  # not a link: an <img> whose ``href`` is its src (a logo hotlinked from an outlet)
    )


# An inline element of a block with class/id words of its own: (its words, its text).
Span = tuple[tuple[str, ...], str]


@dataclass(frozen=True, slots=True)
class PageBlock:
    """One visible block of a page (its own text, not its nested blocks'), placed relative to the article.

    ``zone``: "article" (inside the article's container), "header", "nav", "footer", "aside", or "page".
    ``position``: "title" (the headline), "body" (a body paragraph), "body_inner" (between body paragraphs, not one of them),
    "head"/"tail" (inside the article, before/after the body), "before"/"after" (outside the article).
    """

    index: int
    text: str
    tag: str
    zone: str
    position: str
    marks: tuple[str, ...] = ()  # class/id words of the block and its ancestors
    links: tuple[BlockLink, ...] = ()
    # Inline elements with class/id words of their own, as (words, text): the slots of a meta line
    # ("<span class="source">X</span> · <time>")
    spans: tuple[Span, ...] = ()
    heading: str = ""  # the heading of the section it sits in ("Most read", "المصدر")
    siblings: int = 0  # similar siblings (list items, cards): > 2 means one item of a list
    body_distance: int = 0  # blocks before (< 0) or after (> 0) the body
    near_title: bool = False  # within three blocks of the headline (a kicker above it, a meta line below)
    label: str = ""  # the label of a label/value pair (<dt>, <th>, first cell)
    repeated: bool = False  # the site's template has it on pages of other stories (learned chrome)
    path: str = ""  # tag and classes of the block and two ancestors: its slot in the site's template
    credit_slot: bool = False  # the site's template knows this slot names each page's source (learned)
    # A box nested in the story's own container (a card, a sign-up box between paragraphs): the index of its
    # first block, shared by all its blocks; -1 outside any such box. ``box_form``: the box holds a form control.
    box: int = -1
    box_form: bool = False


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
    # Every visible block with its place on the page (``crawler.extraction.page_map``), for attribution.
    blocks: tuple[PageBlock, ...] = ()
    # Every <meta>, JSON-LD value and <link rel> that can name an outlet: (key, value), key like
    # "meta:dc.source", "jsonld:isBasedOn.publisher.name", "link:canonical".
    declared: tuple[tuple[str, str], ...] = ()
    method: str = "generic"  # "selectors" | "metadata" | "generic": what produced title/body
    not_article_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One attribution signal: what was matched, where, and how much it counts."""

    method: (
        str  # the signal: "text", "cue_value", "link", "jsonld", "meta", "link:canonical", "url_slug", ...
    )
    matched: str  # the text or URL that matched
    outlet: str | None = None  # canonical outlet name, if the match names a known outlet
    domain: str | None = None
    url: str | None = None  # a URL for the original, if the signal gives one
    weight: float = 0.5  # the model's probability that this clue names the story's first publisher
    role: str = "outlet"  # "outlet" (whose copy this is) or "agency" (a wire the outlet credits)
    where: str = ""  # where on the page: "block 14 tail/article", "meta:dc.source", "url"
    features: tuple[tuple[str, float], ...] = ()  # the named features the model scored (non-zero ones)
    registered: bool = False  # the outlet is in the registry (else it is named from the page alone)
    block: int = -1  # the page block it was found in (``Extracted.blocks``), -1 for markup and the URL

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "matched": self.matched,
            "outlet": self.outlet,
            "domain": self.domain,
            "url": self.url,
            "weight": round(self.weight, 4),
            "role": self.role,
            "where": self.where,
            "features": dict(self.features),
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
    # Body paragraphs that are not the article: credit lines, disclaimers, licence notices, photo captions
    # found inside the body container (processing takes them out of the stored body).
    credit_paragraphs: tuple[str, ...] = ()
    site_name: str | None = None  # how the page's own site calls itself (og:site_name, JSON-LD publisher)
    # Every outlet considered: (name, domain, combined score, registered), best first; the answer is the
    # best one at or above ``threshold``, else none.
    candidates: tuple[tuple[str, str | None, float, bool], ...] = ()
    threshold: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "threshold": self.threshold,
            "candidates": [
                {"outlet": n, "domain": d, "score": round(s, 4), "registered": r}
                for n, d, s, r in self.candidates
            ],
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
    truncated: tuple[str, ...] = ()  # fields cut to fit their limits (crawler.limits.fit_article)
    # Computed off the reactor by the processing workers, so the writer's transaction need not: the
    # fingerprint of (title, body) and raw_html gzipped. None: the writer computes them.
    fingerprint: Fingerprint | None = None
    raw_gzip: bytes | None = None

    def __repr__(self) -> str:
        return f"Article(url={self.url!r}, title={self.title[:60]!r}, outlet={self.attribution.outlet!r})"
