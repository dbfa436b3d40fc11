"""The pure middle of the pipeline for one page: extract -> clean -> attribute -> a storable Article.

Shared by the Scrapy pipelines, ``newscrawl extract``, WARC/folder ingest and reprocess, so every path turns
a page into the same article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from crawler.attribution.registry import OutletRegistry
from crawler.attribution.resolve import attribute
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


def resolve_profile(url: str, site: str | None = None) -> SiteProfile | None:
    """The profile named ``site``, else the one owning the URL's host, else None (the generic path)."""
    return get_profile(site) if site else profile_for_url(url)


def process_page(
    page: Page,
    profile: SiteProfile | None,
    registry: OutletRegistry,
    now: datetime | None = None,
) -> Processed:
    now = now or datetime.now(UTC)
    extracted = extract(page, profile, now=now)
    if not extracted.is_article:
        return Processed(extracted, None, None, extracted.not_article_reason or "not_article")
    attribution = attribute(extracted, page.site, profile, registry)
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
        section=extracted.section,
        tags=extracted.tags,
        attribution=attribution,
        fetched_at=page.fetched_at or now,
        raw_html=page.raw,
        encoding=page.encoding,
        extraction_method=extracted.method,
    )
    return Processed(extracted, attribution, article)
