"""Read-only queries behind the operator commands (``newscrawl stories``, ``story``, ``runs``, ``stats``, ...)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from crawler.db.models import Article, CrawlRun, Outlet, Site, Story


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _outlet(outlet: Outlet | None) -> dict[str, Any] | None:
    return {"name": outlet.name, "domain": outlet.domain} if outlet else None


def _story_fields(article: Article | None) -> dict[str, Any]:
    return {
        "lead_image": article.lead_image if article else None,
        "description": article.description if article else None,
        "section": article.section if article else None,
        "tags": article.tags if article else [],
        "updated_at": _iso(article.modified_at) if article else None,
    }


def stories(
    session: Session,
    *,
    since: datetime | None = None,
    outlet: str | None = None,
    site: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Live (not merged) stories, newest first, each with its copies."""
    query = select(Story).where(Story.merged_into_id.is_(None)).order_by(Story.first_seen_at.desc(), Story.id)
    if since is not None:
        query = query.where(Story.first_seen_at >= since)
    if outlet:
        origin = aliased(Outlet)
        query = query.join(origin, Story.origin_outlet_id == origin.id).where(
            (origin.name == outlet) | (origin.domain == outlet)
        )
    if site:
        has_copy = (
            select(Article.id)
            .join(Site, Article.site_id == Site.id)
            .where(Article.story_id == Story.id, (Site.name == site) | (Site.host == site))
            .exists()
        )
        query = query.where(has_copy)
    if limit:
        query = query.limit(limit)
    rows = list(session.scalars(query))
    return [story_detail(session, s) for s in rows]


def story_detail(session: Session, story: Story) -> dict[str, Any]:
    outlets = {o.id: o for o in session.scalars(select(Outlet))}  # small table; one query
    copies = session.execute(
        select(Article, Site.host)
        .join(Site, Article.site_id == Site.id)
        .where(Article.story_id == story.id)
        .order_by(
            Article.is_original.desc(), Article.published_at.is_(None), Article.published_at, Article.id
        )
    ).all()
    original = next((a for a, _ in copies if a.id == story.original_article_id), None)
    return {
        "id": story.id,
        "title": story.title,
        "origin_outlet": _outlet(outlets.get(story.origin_outlet_id)) if story.origin_outlet_id else None,
        "original_url": story.original_url,
        "election_method": story.election_method,
        "first_seen_at": _iso(story.first_seen_at),
        "first_published_at": _iso(story.first_published_at),
        # The original copy's fields (the first copy when no original is known).
        **_story_fields(original or (copies[0][0] if copies else None)),
        "articles": [
            {
                "id": a.id,
                "url": a.url,
                "site": host,
                "outlet": _outlet(outlets.get(a.outlet_id)) if a.outlet_id else None,
                "credit": a.attribution_method,
                "published_at": _iso(a.published_at),
                "updated_at": _iso(a.modified_at),
                "lead_image": a.lead_image,
                "description": a.description,
                "section": a.section,
                "tags": a.tags,
                "is_original": a.is_original,
                "lag_seconds": a.lag_seconds,
            }
            for a, host in copies
        ],
    }


def get_story(session: Session, story_id: int) -> dict[str, Any] | None:
    story = session.get(Story, story_id)
    while story is not None and story.merged_into_id is not None:
        story = session.get(Story, story.merged_into_id)
    return story_detail(session, story) if story else None


def runs(session: Session, limit: int = 20, site: str | None = None) -> list[dict[str, Any]]:
    query = (
        select(CrawlRun, Site.name)
        .outerjoin(Site, CrawlRun.site_id == Site.id)
        .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
        .limit(limit)
    )
    if site:
        query = query.where(Site.name == site)
    out = []
    for run, name in session.execute(query):
        duration = (run.finished_at - run.started_at).total_seconds() if run.finished_at else None
        out.append(
            {
                "id": run.id,
                "site": name,
                "status": run.status,
                "trigger": run.trigger,
                "started_at": _iso(run.started_at),
                "finished_at": _iso(run.finished_at),
                "duration_s": round(duration, 1) if duration is not None else None,
                "requests": run.requests,
                "responses": {
                    "2xx": run.responses_2xx,
                    "3xx": run.responses_3xx,
                    "4xx": run.responses_4xx,
                    "5xx": run.responses_5xx,
                },
                "bytes": run.bytes,
                "articles_new": run.articles_new,
                "articles_updated": run.articles_updated,
                "articles_duplicate": run.articles_duplicate,
                "articles_unchanged": run.articles_unchanged,
                "errors": run.errors,
                "error_message": run.error_message,
            }
        )
    return out


def stats(session: Session) -> dict[str, Any]:
    per_site = session.execute(
        select(
            Site.name, Site.kind, func.count(Article.id), func.max(Article.fetched_at), Site.last_success_at
        )
        .outerjoin(Article, Article.site_id == Site.id)
        .group_by(Site.id)
        .order_by(Site.name)
    ).all()
    live = Story.merged_into_id.is_(None)
    return {
        "articles": session.scalar(select(func.count(Article.id))) or 0,
        "stories": session.scalar(select(func.count(Story.id)).where(live)) or 0,
        "republished_stories": session.scalar(
            select(func.count(Story.id)).where(live, Story.article_count > 1)
        )
        or 0,
        "outlets": session.scalar(select(func.count(Outlet.id))) or 0,
        "unverified_outlets": session.scalar(select(func.count(Outlet.id)).where(Outlet.verified.is_(False)))
        or 0,
        "articles_without_outlet": session.scalar(
            select(func.count(Article.id)).where(Article.outlet_id.is_(None))
        )
        or 0,
        "runs": session.scalar(select(func.count(CrawlRun.id))) or 0,
        "failed_runs": session.scalar(select(func.count(CrawlRun.id)).where(CrawlRun.status == "failed"))
        or 0,
        "sites": [
            {
                "site": name,
                "kind": kind,
                "articles": count,
                "last_fetch": _iso(last),
                "last_success": _iso(success),
            }
            for name, kind, count, last, success in per_site
        ],
    }


def outlets(session: Session, unverified: bool = False) -> list[dict[str, Any]]:
    counts = dict(
        session.execute(select(Article.outlet_id, func.count(Article.id)).group_by(Article.outlet_id)).all()
    )
    query = select(Outlet).order_by(Outlet.name)
    if unverified:
        query = query.where(Outlet.verified.is_(False))
    return [
        {
            "id": o.id,
            "name": o.name,
            "domain": o.domain,
            "kind": o.kind,
            "country": o.country,
            "verified": o.verified,
            "articles": counts.get(o.id, 0),
        }
        for o in session.scalars(query)
    ]


def export_articles(session: Session, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    origin = aliased(Outlet)
    query = (
        select(Article, Site.host, origin.name, origin.domain)
        .join(Site, Article.site_id == Site.id)
        .outerjoin(origin, Article.outlet_id == origin.id)
        .order_by(Article.id)
        .execution_options(yield_per=500)
    )
    if since is not None:
        query = query.where(Article.fetched_at >= since)
    for a, host, outlet_name, outlet_domain in session.execute(query):
        yield {
            "id": a.id,
            "url": a.url,
            "canonical_url": a.canonical_url,
            "site": host,
            "title": a.title,
            "body": a.body,
            "published_at": _iso(a.published_at),
            "updated_at": _iso(a.modified_at),
            "language": a.language,
            "authors": a.authors,
            "lead_image": a.lead_image,
            "description": a.description,
            "section": a.section,
            "tags": a.tags,
            "outlet": outlet_name,
            "outlet_domain": outlet_domain,
            "original_url": a.original_url,
            "attribution_method": a.attribution_method,
            "attribution_confidence": a.attribution_confidence,
            "story_id": a.story_id,
            "is_original": a.is_original,
            "lag_seconds": a.lag_seconds,
            "fetched_at": _iso(a.fetched_at),
        }
