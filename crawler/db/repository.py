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
from crawler.dedup.fingerprint import content_hash


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


def _outlet_ids(session: Session, attribution: items.Attribution) -> tuple[int | None, int | None]:
    outlet_id = agency_id = None
    if attribution.outlet:
        outlet_id = ensure_outlet(
            session, attribution.outlet, attribution.domain, verified=attribution.verified
        ).id
    if attribution.agency:
        agency_id = ensure_outlet(session, attribution.agency, kind="wire").id
    return outlet_id, agency_id


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
    row.section = article.section
    row.tags = list(article.tags)
    row.extraction_method = article.extraction_method
    row.outlet_id = outlet_id
    row.agency_id = agency_id
    row.original_url = a.original_url
    row.attribution_method = a.method
    row.attribution_confidence = a.confidence
    row.attribution_evidence = [e.as_dict() for e in a.evidence]
    row.fetched_at = article.fetched_at


def _store_raw(session: Session, row: Article, article: items.Article) -> None:
    if article.raw_html is None:
        return
    content = gzip.compress(article.raw_html, compresslevel=6)
    raw = session.get(RawPage, row.id)
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
        raw.url, raw.encoding, raw.content, raw.fetched_at = (
            article.url,
            article.encoding,
            content,
            article.fetched_at,
        )


def store_article(
    session: Session,
    article: items.Article,
    site: Site,
    stories: StoryIndex,
    *,
    run_id: int | None = None,
    keep_raw: bool = True,
    now: datetime | None = None,
) -> StoreResult:
    """Upsert one article keyed on its canonical URL and place it in its story.

    Same URL and same text: nothing changes but the fetch time. Same URL, new text: the previous text goes to
    ``article_versions`` and the article is re-assigned to its story.
    """
    now = now or utcnow()
    digest = content_hash(article.title, article.body)
    row = session.scalars(select(Article).where(Article.canonical_url == article.canonical_url)).one_or_none()
    outlet_id, agency_id = _outlet_ids(session, article.attribution)

    if row is not None:
        if row.content_hash == digest:
            row.fetched_at = article.fetched_at
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
            _store_raw(session, row, article)
        assignment = stories.assign(session, row, article)
        return StoreResult(row.id, "updated", assignment.story_id, assignment.joined_existing)

    row = Article(
        canonical_url=article.canonical_url,
        site_id=site.id,
        content_hash=digest,
        first_seen_at=now,
        changed_at=now,
        crawl_run_id=run_id,
    )
    _apply(row, article, outlet_id, agency_id)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        # A concurrent writer stored the same canonical URL a moment ago: update that row instead.
        return store_article(session, article, site, stories, run_id=run_id, keep_raw=keep_raw, now=now)
    if keep_raw:
        _store_raw(session, row, article)
    assignment = stories.assign(session, row, article)
    return StoreResult(row.id, "new", assignment.story_id, assignment.joined_existing)
