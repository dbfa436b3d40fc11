"""Repositories for sites, outlets, articles and runs. They never commit: the caller owns the transaction."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crawler import items
from crawler.db.models import Article, ArticleVersion, Outlet, RawPage, Site, utcnow
from crawler.db.story_index import StoryIndex
from crawler.dedup.fingerprint import content_hash, fingerprint
from crawler.dedup.urls import canonicalize_url


@dataclass(slots=True)
class StoreResult:
    article_id: int
    status: str  # "new" | "updated" | "unchanged"
    story_id: int | None
    joined_existing_story: bool = False


def ensure_site(session: Session, name: str, host: str, kind: str = "aggregator", cadence: int = 900) -> Site:
    site = session.scalars(select(Site).where(Site.name == name)).one_or_none()
    if site is None:
        try:
            with session.begin_nested():
                site = Site(name=name, host=host, kind=kind, cadence_seconds=cadence)
                session.add(site)
        except IntegrityError:  # another process created it first
            site = session.scalars(select(Site).where(Site.name == name)).one()
    return site


def ensure_outlet(
    session: Session, name: str, domain: str | None = None, *, verified: bool = True, kind: str = "outlet"
) -> Outlet:
    """The outlet row for a canonical name; a name from an unmatched credit is created unverified."""
    outlet = session.scalars(select(Outlet).where(Outlet.name == name)).one_or_none()
    if outlet is None:
        try:
            with session.begin_nested():
                outlet = Outlet(name=name, domain=domain, verified=verified, kind=kind)
                session.add(outlet)
        except IntegrityError:
            outlet = session.scalars(select(Outlet).where(Outlet.name == name)).one()
    return outlet


def _outlet_ids(
    session: Session, attribution: items.Attribution, cache: dict[str, int]
) -> tuple[int | None, int | None]:
    """Outlet ids for the attribution; ``cache`` (name -> id) lives as long as the caller's transaction."""

    def outlet_id(name: str, domain: str | None, verified: bool, kind: str) -> int:
        if name not in cache:
            cache[name] = ensure_outlet(session, name, domain, verified=verified, kind=kind).id
        return cache[name]

    outlet = agency = None
    if attribution.outlet:
        outlet = outlet_id(attribution.outlet, attribution.domain, attribution.verified, "outlet")
    if attribution.agency:
        agency = outlet_id(attribution.agency, None, True, "wire")
    return outlet, agency


def _apply(row: Article, article: items.Article, outlet_id: int | None, agency_id: int | None) -> None:
    a = article.attribution
    row.url = article.url
    row.title = article.title
    row.body = article.body
    row.published_at = article.published_at
    row.modified_at = article.updated_at
    row.authors = list(article.authors)
    row.language = article.language
    row.lead_image = article.lead_image
    row.description = article.description
    row.section = article.section
    row.tags = list(article.tags)
    row.extraction_method = article.extraction_method
    row.outlet_id = outlet_id
    row.agency_id = agency_id
    row.original_url = a.original_url
    row.site_name = (a.site_name or "")[:200] or None
    row.attribution_method = a.method
    row.attribution_confidence = a.confidence
    row.attribution_evidence = [e.as_dict() for e in a.evidence]
    row.fetched_at = article.fetched_at
    row.truncated = list(article.truncated) or None


def _store_raw(session: Session, row: Article, article: items.Article, *, new: bool) -> None:
    if article.raw_html is None:
        return
    content = gzip.compress(article.raw_html, compresslevel=6)
    raw = None if new else session.get(RawPage, row.id)
    if raw is None:
        session.add(
            RawPage(
                article_id=row.id,
                url=article.url,
                encoding=article.encoding,
                content=content,
                fetched_at=article.fetched_at,
            )
        )
    else:
        raw.url, raw.encoding, raw.content = article.url, article.encoding, content
        raw.fetched_at = article.fetched_at


def _by_canonical(session: Session, canonical_url: str) -> Article | None:
    return session.scalars(select(Article).where(Article.canonical_url == canonical_url)).one_or_none()


def _another_page(stored_url: str, url: str) -> bool:
    """Whether two fetch URLs are different pages (not variants of one: www, AMP, tracking, slash)."""
    return canonicalize_url(stored_url) != canonicalize_url(url)


def store_article(
    session: Session,
    article: items.Article,
    site: Site,
    stories: StoryIndex,
    *,
    run_id: int | None = None,
    keep_raw: bool = True,
    now: datetime | None = None,
    outlets: dict[str, int] | None = None,
) -> StoreResult:
    """Upsert one article keyed on its canonical URL and place it in its story.

    Same URL and same text: the text stays, but what we know about it (attribution, dates, authors) is
    refreshed, and the story re-elects its original when the credited outlet changed (a reprocess after a rule
    change). Same URL, new text: the previous text goes to ``article_versions`` and the article is re-assigned.
    A concurrent writer inserting the same URL makes the flush fail; the caller retries the batch.
    """
    now = now or utcnow()
    key = article.canonical_url
    row = _by_canonical(session, key)
    digest = content_hash(article.title, article.body) if row is not None else None
    if row is not None and row.content_hash != digest and _another_page(row.url, article.url):
        # Two pages with different texts name one canonical URL (a template bug): the second is its own
        # article, keyed by its fetch URL, instead of both replacing each other's text at every run.
        own = canonicalize_url(article.url)
        if own != key:
            key, row = own, _by_canonical(session, own)
    # A new article needs its whole fingerprint for dedup: compute it once, hash included.
    signature = fingerprint(article.title, article.body) if row is None else None
    if signature is not None:
        digest = signature.content_hash
    assert digest is not None
    outlet_id, agency_id = _outlet_ids(session, article.attribution, {} if outlets is None else outlets)

    if row is not None:
        if row.content_hash == digest:
            credited = (row.outlet_id, row.original_url)
            _apply(row, article, outlet_id, agency_id)
            if credited != (outlet_id, row.original_url):
                session.flush()
                stories.assign(session, row, article)
            return StoreResult(row.id, "unchanged", row.story_id)
        session.add(
            ArticleVersion(
                article_id=row.id,
                title=row.title,
                body=row.body,
                content_hash=row.content_hash,
                captured_at=row.changed_at,
            )
        )
        _apply(row, article, outlet_id, agency_id)
        row.content_hash = digest
        row.changed_at = now
        row.crawl_run_id = run_id
        session.flush()
        if keep_raw:
            _store_raw(session, row, article, new=False)
        assignment = stories.assign(session, row, article)
        return StoreResult(row.id, "updated", assignment.story_id, assignment.joined_existing)

    row = Article(
        canonical_url=key,
        site_id=site.id,
        content_hash=digest,
        first_seen_at=now,
        changed_at=now,
        crawl_run_id=run_id,
    )
    _apply(row, article, outlet_id, agency_id)
    session.add(row)
    session.flush()
    if keep_raw:
        _store_raw(session, row, article, new=True)
    assignment = stories.assign(session, row, article, signature)
    return StoreResult(row.id, "new", assignment.story_id, assignment.joined_existing)
