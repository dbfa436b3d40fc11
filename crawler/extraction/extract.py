"""``extract(page, profile)``: one parse, then per field the site's selectors, the page's metadata, a generic guess.

``Extracted.meta`` keys (always present, None when the page has no value): ``og:url``, ``og:site_name``,
``canonical``, ``syndication-source``, ``original-source``, ``author``, ``publisher`` (JSON-LD publisher name),
``publisher_url``, ``isBasedOn``, ``sourceOrganization``, ``jsonld_url``, ``dateline``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from crawler.cleaning.boilerplate import split_boilerplate
from crawler.cleaning.dates import find_dates_in_tree, parse_date
from crawler.cleaning.language import choose_language
from crawler.cleaning.text import clean_paragraphs, join_paragraphs, normalize_text
from crawler.extraction import fields, links
from crawler.extraction.article_check import document_kind, not_article_reason
from crawler.extraction.bylines import (
    authors_from_markup,
    clean_authors,
    is_acronym,
    names_site,
    take_author_lines,
    take_bylines,
)
from crawler.extraction.chrome import chrome_keys, without_chrome
from crawler.extraction.dateline import find_dateline
from crawler.extraction.declared import declared_values
from crawler.extraction.generic import generic_paragraphs
from crawler.extraction.metadata import PageMeta, as_text, as_url, read_meta
from crawler.extraction.overlays import drop_overlays
from crawler.extraction.page_map import map_page
from crawler.extraction.paragraphs import block_paragraphs
from crawler.extraction.title import choose_title, site_names
from crawler.extraction.tree import absolute, base_url, drop, parse_html, select, select_text, strip_comments
from crawler.items import Extracted, Page
from crawler.sites.profile import Selectors, SiteProfile

_WORD = re.compile(r"\w+")
# JSON-LD articleBody is trusted over the generic guess only when the guess holds less than this share of it
# (articleBody is often a truncated teaser, but a generic extractor sometimes misses the whole story).
_JSONLD_OVER_GENERIC = 0.5
_DATE_LINE_CHARS = 70
# What a date line is made of: numbers, month and weekday names, clock words (the rest must be almost nothing).
_DATE_WORDS = re.compile(
    r"\d+(?:st|nd|rd|th|er|º)?|\b(?:"
    r"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct"
    r"|october|nov|november|dec|december|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro"
    r"|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday"
    r"|sat|saturday|sun|sunday|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|lunes|martes"
    r"|miércoles|jueves|viernes|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|am|pm|gmt|utc|est|edt|cst|cdt|pst|pdt|de|às|at|um|à|le|el"
    r"|the|of|on|h|uhr)\b\.?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Body:
    paragraphs: list[str]
    method: str
    containers: list[HtmlElement]


def extract(page: Page, profile: SiteProfile | None = None, now: datetime | None = None) -> Extracted:
    """Everything extraction can say about one page; never raises on bad HTML (is_article=False instead)."""
    kind = document_kind(page.html)
    if kind:
        return Extracted(url=page.url, is_article=False, not_article_reason=kind)
    root = parse_html(page.html, comments=True)  # the one parse every stage shares
    if root is None or (root.find("body") is None and not root.text_content().strip()):
        return Extracted(url=page.url, is_article=False, not_article_reason="empty")
    selectors = profile.selectors if profile else Selectors()
    meta = read_meta(root)  # before stripping: <head> metadata is never furniture
    for selector in profile.strip if profile else ():
        drop(select(root, selector))
    published, updated = _dates(root, page.url, profile, selectors, now)  # comments may hold a date
    strip_comments(root)
    drop_overlays(root)
    base = base_url(root, page.url)

    # Credit and source-link elements go to attribution and out of the body.
    credit_found = select(root, selectors.credit)
    credit_texts = select_text(root, selectors.credit)
    source_links = links.links_in(select(root, selectors.source_link), base, "credit")
    source_links += links.links_in(credit_found, base, "credit")
    drop(credit_found)
    drop(select(root, selectors.source_link))

    site = site_names(meta, page.url, [n for n in (profile.outlet, profile.name) if n] if profile else [])
    title = _first(select_text(root, selectors.title)) or choose_title(root, meta, page.url, site)
    title = normalize_text(title) if title else None
    body = _body(root, meta, selectors, page.url)
    paragraphs, credit_lines = split_boilerplate(
        clean_paragraphs(body.paragraphs), profile.strip_text_re if profile else ()
    )
    if paragraphs and title and _same_text(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the headline repeated as the first block
    paragraphs = [p for i, p in enumerate(paragraphs) if not (i < 3 and _is_date_line(p, now))]
    paragraphs, bylines, byline_authors = take_bylines(paragraphs)
    byline_authors = clean_authors(byline_authors, site, site_fallback=False)
    # People first; then the newsroom the metadata names (the site itself), then an agency's short name that
    # a byline or the author markup gives ("APA", "dpa").
    declared = fields.authors_from_meta(meta, site)
    from_markup = clean_authors(authors_from_markup(root), site, site_fallback=False)
    authors = (
        clean_authors(select_text(root, selectors.author), site)
        or [a for a in declared if not names_site(a, site)]
        or [a for a in byline_authors if not is_acronym(a)]
        or [a for a in from_markup if not is_acronym(a)]
        or declared
        or byline_authors
        or from_markup
    )
    paragraphs, author_lines = take_author_lines(paragraphs, authors)
    bylines += author_lines
    text = join_paragraphs(paragraphs)
    credit_lines = _unique(credit_lines + bylines + [normalize_text(t) for t in credit_texts])

    for scope in body.containers or [root]:
        source_links += links.source_anchors(scope, base)
    source_links += links.credit_line_links(root, credit_lines, base)
    page_meta = _attribution_meta(root, meta, base, paragraphs)
    source_links += [(url, "", "meta") for key in ("original-source", "syndication-source", "isBasedOn")
                     if (url := absolute(page_meta[key], base))]  # fmt: skip

    # Attribution's view of the page: every block in its place, every declared publisher value.
    blocks = map_page(root, paragraphs, title, base)
    # Furniture by shape: link lists, marked boxes, boxes among the paragraphs, lines after the story.
    chrome = chrome_keys(blocks, site, page.url)
    if chrome:
        paragraphs = without_chrome(paragraphs, chrome)
        text = join_paragraphs(paragraphs)
    reason = not_article_reason(page.url, page.status, root, meta, profile, title, paragraphs)
    return Extracted(
        url=page.url,
        is_article=reason is None,
        title=title,
        body=text,
        published_at=published,
        updated_at=updated if updated and (not published or updated >= published) else None,
        authors=authors,
        language=choose_language(
            f"{title or ''}\n{text}",
            fields.declared_language(root, meta),
            profile.language if profile else None,
        ),
        canonical_url=fields.canonical_url(root, meta, base),
        lead_image=_first(
            [u for f in select(root, selectors.lead_image) if (u := fields.image_from(f, base))]
        )
        or fields.lead_image(root, meta, base),
        description=fields.description_from_meta(meta),
        section=fields.clip(_first(select_text(root, selectors.section)) or fields.section_from_meta(meta)),
        tags=select_text(root, selectors.tags) or fields.tags_from_meta(meta),
        credit_lines=credit_lines,
        source_links=links.unique(source_links),
        meta=page_meta,
        blocks=blocks,
        declared=declared_values(root, meta, base),
        method=body.method,
        not_article_reason=reason,
    )


def _body(root: HtmlElement, meta: PageMeta, selectors: Selectors, url: str) -> _Body:
    containers = [c for c in select(root, selectors.body) if isinstance(c, HtmlElement)]
    paragraphs = [p for c in containers for p in block_paragraphs(c)]
    if paragraphs:
        return _Body(paragraphs, "selectors", containers)
    guessed = generic_paragraphs(root, url)
    declared = meta.article_value("articleBody")
    if isinstance(declared, str) and declared.strip():
        declared_paragraphs = [p for p in re.split(r"\n\s*\n|\r?\n", declared) if p.strip()]
        if _word_count(guessed) < _JSONLD_OVER_GENERIC * _word_count(declared_paragraphs):
            return _Body(declared_paragraphs, "metadata", [])
    return _Body(guessed, "generic", [])


def _attribution_meta(root: HtmlElement, meta: PageMeta, base: str, paragraphs: list[str]) -> dict[str, Any]:
    publisher = meta.article_value("publisher")
    article_url = as_url(meta.article_value("url")) or as_url(meta.article_value("mainEntityOfPage"))
    return {
        "og:url": absolute(meta.first("og:url"), base),
        "og:site_name": meta.first("og:site_name"),
        "canonical": fields.canonical_url(root, meta, base),
        "syndication-source": meta.first("syndication-source"),
        "original-source": meta.first("original-source"),
        "author": meta.first("author", "article:author") or as_text(meta.article_value("author")),
        "publisher": as_text(publisher)
        if not isinstance(publisher, dict)
        else as_text(publisher.get("name")),
        "publisher_url": as_url(publisher.get("url")) if isinstance(publisher, dict) else None,
        "isBasedOn": as_url(meta.article_value("isBasedOn")) or as_text(meta.article_value("isBasedOn")),
        "sourceOrganization": as_text(meta.article_value("sourceOrganization")),
        "jsonld_url": absolute(article_url, base) if article_url else None,
        "dateline": find_dateline(paragraphs),
    }


def _dates(
    root: HtmlElement, url: str, profile: SiteProfile | None, selectors: Selectors, now: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """(published, updated): the profile's selectors, else what the page itself says."""
    tz = profile.timezone if profile else "UTC"
    published = _selector_date(root, selectors.published, tz, now)
    updated = _selector_date(root, selectors.updated, tz, now)
    if published is None or updated is None:
        found = find_dates_in_tree(root, url, tz, now, published=published is None, modified=updated is None)
        published, updated = published or found[0], updated or found[1]
    return published, updated


def _selector_date(root: HtmlElement, selector: str | None, tz: str, now: datetime | None) -> datetime | None:
    for found in select(root, selector):
        values = (
            [found]
            if isinstance(found, str)
            else [found.get("datetime"), found.get("content"), found.text_content()]
        )
        for value in values:
            if value and value.strip():
                parsed = parse_date(value, tz=tz, now=now)
                if parsed:
                    return parsed
    return None


def _is_date_line(paragraph: str, now: datetime | None) -> bool:
    """A short paragraph that is only a date ("sexta-feira, 22 de janeiro de 2018 às 0:13"): page furniture."""
    if len(paragraph) > _DATE_LINE_CHARS or len(paragraph.split()) > 10:
        return False
    if parse_date(paragraph, now=now) is None:
        return False
    return len(_WORD.findall(_DATE_WORDS.sub("", paragraph))) <= 1


def _same_text(a: str, b: str) -> bool:
    return _WORD.findall(a.lower()) == _WORD.findall(b.lower())


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _unique(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        if value and value not in out:
            out.append(value)
    return out
