"""The pure middle of the pipeline for one page: extract -> clean -> attribute -> a storable Article.

Shared by the Scrapy pipelines, ``newscrawl extract``, WARC/folder ingest and reprocess, so every path turns
a page into the same article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.resolve import attribute
from crawler.attribution.template import SiteTemplate
from crawler.cleaning.text import join_paragraphs
from crawler.dedup.urls import canonicalize_url
from crawler.extraction import extract
from crawler.items import Article, Attribution, Extracted, Page
from crawler.sites import get_profile, profile_for_url
from crawler.sites.profile import SiteProfile


@dataclass(slots=True)
class Processed:
    extracted: Extracted
    attribution: Attribution | None
    article: Article | None  # None when the page is not a storable article
    skip_reason: str | None = None


def process_pages(
    pages: Sequence[tuple[Page, SiteProfile | None]],
    registry: OutletRegistry,
    templates: dict[str, SiteTemplate],
    now: datetime | None = None,
    extracted_one: Callable[[], None] | None = None,
) -> list[Processed]:
    """A batch of saved pages (ingest, reprocess), each site's template learned from the whole batch first:
    the first pages of a site are cleaned as well as its last. ``templates`` (by site host) are updated.
    ``extracted_one`` is called after each page's extraction (the long part: progress within a batch)."""
    now = now or datetime.now(UTC)
    extracted = []
    for page, profile in pages:
        extracted.append(extract(page, profile, now=now))
        if extracted_one is not None:
            extracted_one()
    for (page, profile), ex in zip(pages, extracted, strict=True):
        if ex.is_article:
            att = attribute(ex, page.site, profile, registry)
            template = templates.setdefault(site_host(page, profile), SiteTemplate())
            template.observe(ex.blocks, att.outlet, credit_blocks(att))
    return [
        finish_page(page, ex, profile, registry, now, templates.get(site_host(page, profile)), learn=False)
        for (page, profile), ex in zip(pages, extracted, strict=True)
    ]


def credit_blocks(attribution: Attribution) -> set[int]:
    """The blocks whose visible text or link gave the answer (the site's credit slots, once learned)."""
    if attribution.outlet is None or attribution.method == "own_site":
        return set()
    return {
        ev.block
        for ev in attribution.evidence
        if ev.block >= 0 and ev.outlet == attribution.outlet and ev.weight >= attribution.threshold
    }


def site_host(page: Page, profile: SiteProfile | None) -> str:
    """The host a site is stored under: its profile's first host, else the page's host."""
    return profile.hosts[0] if profile else page.site


def apply_template(extracted: Extracted, template: SiteTemplate) -> None:
    """Blocks the site repeats on other stories' pages are marked, and leave the body."""
    if template.pages == 0:
        return
    chrome = {b.index for b in extracted.blocks if template.is_chrome(b.text)}
    slots = {b.index for b in extracted.blocks if template.is_credit_slot(b.path)}
    if not chrome and not slots:
        return
    extracted.blocks = tuple(
        replace(b, repeated=b.index in chrome and b.index not in slots, credit_slot=b.index in slots)
        if b.index in chrome or b.index in slots
        else b
        for b in extracted.blocks
    )
    drop = {
        "".join(b.text.split())
        for b in extracted.blocks
        if b.repeated and b.position in ("body", "body_inner")
    }
    if drop:
        kept = [p for p in extracted.body.split("\n\n") if "".join(p.split()) not in drop]
        extracted.body = join_paragraphs(kept)


def resolve_profile(url: str, site: str | None = None) -> SiteProfile | None:
    """The profile named ``site``, else the one owning the URL's host, else None (the generic path)."""
    return get_profile(site) if site else profile_for_url(url)


def process_page(
    page: Page,
    profile: SiteProfile | None,
    registry: OutletRegistry,
    now: datetime | None = None,
    template: SiteTemplate | None = None,
) -> Processed:
    """``template``: the site's learned template; chrome it knows leaves the body, and the page is counted
    into it (the caller stores it back)."""
    now = now or datetime.now(UTC)
    return finish_page(page, extract(page, profile, now=now), profile, registry, now, template)


def finish_page(
    page: Page,
    extracted: Extracted,
    profile: SiteProfile | None,
    registry: OutletRegistry,
    now: datetime,
    template: SiteTemplate | None = None,
    learn: bool = True,
) -> Processed:
    """Everything after extraction: the template applied, attribution, the storable article (and, with
    ``learn``, the page counted into the template)."""
    if template is not None:
        apply_template(extracted, template)
    if not extracted.is_article:
        return Processed(extracted, None, None, extracted.not_article_reason or "not_article")
    attribution = attribute(extracted, page.site, profile, registry)
    if template is not None and learn:
        template.observe(extracted.blocks, attribution.outlet, credit_blocks(attribution))
    if attribution.credit_paragraphs:
        # Credit lines and captions inside the body container: attribution read them, readers never did.
        drop = {"".join(p.split()) for p in attribution.credit_paragraphs}
        kept = [p for p in extracted.body.split("\n\n") if "".join(p.split()) not in drop]
        extracted.body = join_paragraphs(kept)
    if not extracted.title or not extracted.body:
        return Processed(extracted, attribution, None, "no_title" if not extracted.title else "no_body")
    article = Article(
        url=page.url,
        canonical_url=canonicalize_url(page.url, extracted.canonical_url),
        site=page.site,
        title=extracted.title,
        body=extracted.body,
        published_at=extracted.published_at,
        updated_at=extracted.updated_at,
        authors=extracted.authors,
        language=extracted.language,
        lead_image=extracted.lead_image,
        description=extracted.description,
        section=extracted.section,
        tags=extracted.tags,
        attribution=attribution,
        fetched_at=page.fetched_at or now,
        raw_html=page.raw,
        encoding=page.encoding,
        extraction_method=extracted.method,
    )
    return Processed(extracted, attribution, article)
