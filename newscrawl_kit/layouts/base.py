"""Aggregator layouts for the attribution labelled set: each renders a copy of a story as its site would.

A layout is one aggregator's page template (header, ticker, article block, sidebar, related lists, footer,
metadata) plus the ways that site credits the outlet it copied from (credit families, ``FAMILIES``). The
labelled set (``newscrawl_kit.labelled.layout_set``) combines story texts, outlets, layouts and families into
pages whose answers are known; ``bench/attribution.py`` scores the crawler on layouts it was not tuned on.

Layouts are written to look like real aggregator pages, not like the crawler's rules: nothing here may be
shaped after ``crawler/attribution`` (a layout written to please the code measures memory, not quality).
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

# Every way a page can credit the outlet it copied. A layout renders a subset of them (``Layout.families``).
FAMILIES: dict[str, str] = {
    "footer_phrase": "a credit sentence after the body, in the site's own wording, naming the outlet",
    "source_line": "a 'Source: X' label/value line near the title, the meta line or under the body (plain text)",
    "source_link": "the outlet's name as a link to the original article",
    "logo_link": "the outlet's logo (<img>, alt text possibly empty) linking to the outlet's home page; no visible name",
    "sidebar_widget": "a sidebar box about the source: name and/or logo, link, 'more from this source'",
    "disclaimer": "a sentence closing the body: published by X, the site is not responsible for its content",
    "cc_notice": "a Creative Commons / republication notice: republished from X under a licence, read the original",
    "via_meta": "a meta line under the title: author · via X · time",
    "jsonld": "only in JSON-LD: isBasedOn / sourceOrganization / author organisation of the original",
    "canonical": "only as <link rel=canonical> (and/or og:url) pointing at the original article",
    "meta_tag": "only as a meta tag: original-source, syndication-source, dc.source, citation_publisher ...",
    "read_original": "a button or link 'read the full story at X' / 'اقرأ الخبر من المصدر' to the original",
    "byline_outlet": "the byline names the outlet ('By Jane Doe, X' / 'X - كتب ...')",
    "badge": "a small label/badge near the title or in the meta line carrying the outlet's name",
    "url_slug": "the copy's own URL carries the outlet's slug (/<outlet-slug>/<id>)",
    "wire_dateline": "the body opens with a dateline crediting a wire ('CITY (AFP) -', 'القاهرة - أ ش أ')",
}


@dataclass(frozen=True, slots=True)
class Source:
    """The outlet that first published a story, as the copy's page may show it."""

    name: str  # how the outlet names itself (in its own script)
    domain: str  # its registrable domain ("theguardian.com")
    home_url: str  # "https://www.theguardian.com/"
    article_url: str  # the original article's URL
    language: str
    name_latin: str | None = None  # a Latin-script name, when the outlet has one
    slug: str | None = None  # path segment used by "*ress"-style aggregators
    logo_url: str | None = None

    @property
    def logo(self) -> str:
        return self.logo_url or f"{self.home_url.rstrip('/')}/static/logo.png"


@dataclass(frozen=True, slots=True)
class StoryText:
    """One original article: its text and who published it."""

    key: str
    language: str
    title: str
    paragraphs: tuple[str, ...]
    published_at: datetime  # timezone-aware
    source: Source
    author: str | None = None
    agency: str | None = None  # a wire the outlet itself credits ("AFP", "أ ش أ"), or None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class Teaser:
    """Another story shown in a list (related, most read, ticker): a title, the outlet it credits, a link."""

    title: str
    outlet: str  # an outlet name: related lists often show where each item came from
    url: str  # a URL on the aggregator (or, for some layouts, on the outlet)
    outlet_url: str | None = None


@dataclass(frozen=True, slots=True)
class CopySpec:
    """What to render: a story, how (or whether) the page credits its outlet, and the page's surroundings."""

    story: StoryText
    family: str | None  # one of FAMILIES, or None: an uncredited copy
    url: str  # the copy's URL on the aggregator (from ``Layout.copy_url``)
    published_at: datetime  # when the aggregator posted it
    teasers: tuple[Teaser, ...]  # other stories for related / most-read / ticker blocks (they name outlets)
    seed: int  # for any choice the layout makes (wording variant, position)
    quote: str | None = None  # an extra body paragraph citing some other outlet (part of the body)

    @property
    def rng(self) -> random.Random:
        return random.Random(self.seed)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body as the copy shows it (the gold body)."""
        if self.quote is None:
            return self.story.paragraphs
        ps = list(self.story.paragraphs)
        ps.insert(min(2, len(ps)), self.quote)
        return tuple(ps)


@dataclass(frozen=True, slots=True)
class Rendered:
    html: str
    # The page carries the original article's URL (a link, canonical, JSON-LD, meta): original_url is expected.
    exposes_original_url: bool
    # Texts shown on the page that are not the article and must not end up in the extracted body: the credit
    # block itself, related titles, banners, footer lines, captions, widgets. Each at least ~20 characters.
    chrome: tuple[str, ...] = ()
    # The body as the page shows it when the layout adds to ``spec.paragraphs`` (a wire dateline opening the
    # first paragraph, "CAIRO (Reuters) - ..."); None: exactly ``spec.paragraphs``.
    body: tuple[str, ...] | None = None


class Layout:
    """One aggregator's template. Subclasses set the class attributes and implement ``render``."""

    name: ClassVar[str]
    language: ClassVar[str]  # "ar", "en", "fr", ...
    host: ClassVar[str]  # the aggregator's host ("www.akhbar-now.example")
    site_name: ClassVar[str]  # how the aggregator names itself
    families: ClassVar[tuple[str, ...]]  # credit families this layout renders
    notes: ClassVar[str] = ""  # which real sites it resembles, what is special about it

    def copy_url(self, story: StoryText, n: int) -> str:
        """The copy's URL on this site; ``n`` is a per-layout serial number."""
        return f"https://{self.host}/news/{100000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        """The copy's URL for a copy credited with ``family`` (None: uncredited). Layouts whose URLs name the
        outlet (``url_slug``) override it, so that an uncredited copy does not carry the slug; the default is
        ``copy_url``. Generators that know the family call this one."""
        return self.copy_url(story, n)

    def render(self, spec: CopySpec) -> Rendered:
        raise NotImplementedError


# Small helpers every layout may use.
def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs_html(paragraphs: tuple[str, ...] | list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{esc(p)}</{tag}>" for p in paragraphs)


def json_ld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


_CITIES = {"ar": "القاهرة", "fr": "Paris", "es": "Madrid", "de": "Berlin", "pt": "Lisboa", "tr": "Ankara"}


def with_dateline(spec: CopySpec) -> tuple[str, ...]:
    """The body with a wire dateline opening it ("CAIRO (X) -", "القاهرة - X -"), unless it already names the
    source: for the ``wire_dateline`` family."""
    ps = list(spec.paragraphs)
    src = spec.story.source
    if not ps or src.name in ps[0] or (src.name_latin and src.name_latin in ps[0]):
        return tuple(ps)
    lang = spec.story.language
    city = _CITIES.get(lang, "LONDON")
    ps[0] = f"{city} - {src.name} - {ps[0]}" if lang == "ar" else f"{city} ({src.name}) - {ps[0]}"
    return tuple(ps)
