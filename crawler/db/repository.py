"""Repositories for sites, outlets and articles. They never commit: the caller owns the transaction.

Articles are stored a batch at a time with set-based statements (one lookup of every canonical URL, one
``INSERT ... ON CONFLICT ... RETURNING`` for the new ones, one upsert of their raw pages, one update per kind of
change), then placed in their stories by the story index, also once per batch.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crawler import items
from crawler.db.models import Article, ArticleVersion, Outlet, RawPage, Site, utcnow
from crawler.db.stories import ToAssign, among, refresh_stories
from crawler.db.story_index import StoryIndex
from crawler.dedup.fingerprint import Fingerprint, content_hash, fingerprint
from crawler.dedup.urls import canonicalize_url
from crawler.sites.profile import SiteProfile


@dataclass(slots=True)
class StoreResult:
    article_id: int
    status: str  # "new" | "updated" | "unchanged"
    story_id: int | None
    joined_existing_story: bool = False


class ConcurrentInsert(Exception):
    """Another writer inserted one of the batch's URLs first: the transaction is run again (and finds it)."""


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


def _upsert(session: Session, table: Any) -> Any:
    """The dialect's INSERT, which has ``ON CONFLICT`` on both Postgres and SQLite."""
    return (postgresql if session.get_bind().dialect.name == "postgresql" else sqlite).insert(table)


SiteIdentity = tuple[str, str, str, int]  # name, host, kind, cadence


def site_identity(profile: SiteProfile | None, host: str) -> SiteIdentity:
    """The site row a profile's pages and runs are stored under, else (no profile: the generic path) the
    bare host's, an aggregator polled every 15 minutes. The one place that says so (writer, run ledgers)."""
    if profile is not None:
        return profile.name, profile.hosts[0], profile.kind, profile.cadence.default
    return host, host, "aggregator", 900


def ensure_sites(session: Session, identities: Iterable[SiteIdentity]) -> dict[str, int]:
    """Site ids by name, creating the missing sites (one select, and one insert when some are new)."""
    wanted = {ident[0]: ident for ident in identities}
    if not wanted:
        return {}
    found = _ids_by_name(session, Site, wanted)
    missing = [wanted[name] for name in wanted if name not in found]
    if missing:
        table = Site.__table__
        rows = [{"name": n, "host": h, "kind": k, "cadence_seconds": c} for n, h, k, c in missing]
        stmt = _upsert(session, table).on_conflict_do_nothing(index_elements=["name"])
        found.update({r.name: r.id for r in session.execute(stmt.returning(table.c.id, table.c.name), rows)})
        if len(found) < len(wanted):  # created meanwhile by another writer
            found.update(_ids_by_name(session, Site, [n for n in wanted if n not in found]))
    return found


def _ids_by_name(session: Session, model: Any, names: Iterable[str]) -> dict[str, int]:
    rows = session.execute(
        select(model.id, model.name).where(among(session, model.name, list(names), String()))
    )
    return {name: id_ for id_, name in rows}


def ensure_outlets(session: Session, attributions: Iterable[items.Attribution]) -> dict[str, int]:
    """Outlet ids by canonical name for these attributions: an outlet of an unmatched credit is created
    unverified, an agency as a wire (one select, and one insert when some are new)."""
    wanted: dict[str, dict[str, Any]] = {}
    for a in attributions:
        if a.outlet and a.outlet not in wanted:
            wanted[a.outlet] = {
                "name": a.outlet,
                "domain": a.domain,
                "verified": a.verified,
                "kind": "outlet",
            }
        if a.agency and a.agency not in wanted:
            wanted[a.agency] = {"name": a.agency, "domain": None, "verified": True, "kind": "wire"}
    if not wanted:
        return {}
    found = _ids_by_name(session, Outlet, wanted)
    missing = [row for name, row in wanted.items() if name not in found]
    if missing:
        table = Outlet.__table__
        stmt = _upsert(session, table).on_conflict_do_nothing(index_elements=["name"])
        found.update(
            {r.name: r.id for r in session.execute(stmt.returning(table.c.id, table.c.name), missing)}
        )
        if len(found) < len(wanted):
            found.update(_ids_by_name(session, Outlet, [n for n in wanted if n not in found]))
    return found


def _fields(article: items.Article, outlets: dict[str, int]) -> dict[str, Any]:
    """The article's columns as the page says them (what a new fetch of it refreshes)."""
    a = article.attribution
    return {
        "url": article.url,
        "title": article.title,
        "body": article.body,
        "published_at": article.published_at,
        "modified_at": article.updated_at,
        "authors": list(article.authors),
        "language": article.language,
        "lead_image": article.lead_image,
        "description": article.description,
        "section": article.section,
        "tags": list(article.tags),
        "extraction_method": article.extraction_method,
        "outlet_id": outlets[a.outlet] if a.outlet else None,
        "agency_id": outlets[a.agency] if a.agency else None,
        "original_url": a.original_url,
        "site_name": (a.site_name or "")[:200] or None,
        "attribution_method": a.method,
        "attribution_confidence": a.confidence,
        "attribution_evidence": [e.as_dict() for e in a.evidence],
        "fetched_at": article.fetched_at,
        "truncated": list(article.truncated) or None,
    }


_COLUMNS = (
    "url", "title", "body", "published_at", "modified_at", "authors", "language", "lead_image", "description",
    "section", "tags", "extraction_method", "outlet_id", "agency_id", "original_url", "site_name",
    "attribution_method", "attribution_confidence", "attribution_evidence", "fetched_at", "truncated",
)  # fmt: skip


def _another_page(stored_url: str, url: str) -> bool:
    """Whether two fetch URLs are different pages (not variants of one: www, AMP, tracking, slash)."""
    return canonicalize_url(stored_url) != canonicalize_url(url)


def _rows_by_canonical(session: Session, keys: Sequence[str]) -> dict[str, Any]:
    table = Article.__table__
    columns = [table.c.id, table.c.canonical_url, table.c.content_hash, table.c.story_id, table.c.changed_at]
    columns += [table.c[name] for name in _COLUMNS]
    rows = session.execute(
        select(*columns).where(among(session, table.c.canonical_url, keys, String()))
    ).all()
    return {r.canonical_url: r for r in rows}


def _gzip(article: items.Article) -> bytes | None:
    if article.raw_gzip is not None:  # compressed by a processing worker
        return article.raw_gzip
    return None if article.raw_html is None else gzip.compress(article.raw_html, compresslevel=6)


def _fingerprint(article: items.Article) -> Fingerprint:
    return article.fingerprint or fingerprint(article.title, article.body)


def _content_hash(article: items.Article) -> str:
    if article.fingerprint is not None:
        return article.fingerprint.content_hash
    return content_hash(article.title, article.body)


def store_articles(
    session: Session,
    batch: Sequence[tuple[items.Article, int]],
    stories: StoryIndex,
    *,
    run_id: int | None = None,
    keep_raw: bool = True,
    now: datetime | None = None,
    outlets: dict[str, int] | None = None,
) -> tuple[list[StoreResult], list[tuple[items.Article, int]]]:
    """Upsert a batch of (article, site id), keyed on canonical URLs, and place the articles in their stories.

    Same URL and same text: the text stays, but what we know about it (attribution, dates, authors) is
    refreshed, and the story re-elects its original when the credited outlet changed (a reprocess after a rule
    change). Same URL, new text: the previous text goes to ``article_versions`` and the article is re-assigned.
    Two pages with different texts naming one canonical URL (a template bug): the second is its own article,
    keyed by its fetch URL. Articles whose key is already taken by an earlier one of the batch are returned
    (second) to be stored after it, as a batch of their own. A concurrent writer inserting one of the same URLs
    raises ``ConcurrentInsert``; the caller runs the transaction again.
    """
    now = now or utcnow()
    if outlets is None:
        outlets = ensure_outlets(session, (a.attribution for a, _site in batch))
    rows = _rows_by_canonical(session, sorted({a.canonical_url for a, _site in batch}))
    keys: list[str] = []
    digests: list[str | None] = []
    for article, _site in batch:
        key, row = article.canonical_url, rows.get(article.canonical_url)
        digest = _content_hash(article) if row is not None else None
        if row is not None and row.content_hash != digest and _another_page(row.url, article.url):
            key = canonicalize_url(article.url)
        keys.append(key)
        digests.append(digest)
    if own := sorted({k for k in keys if k not in rows}):
        rows.update(_rows_by_canonical(session, own))

    taken: set[str] = set()
    later: list[tuple[items.Article, int]] = []
    new: list[tuple[int, str]] = []  # (index in batch, key)
    changed: list[tuple[int, Any]] = []
    unchanged: list[tuple[int, Any]] = []
    for i, ((article, _site), key) in enumerate(zip(batch, keys, strict=True)):
        if key in taken:
            later.append(batch[i])
            continue
        taken.add(key)
        row = rows.get(key)
        if row is None:
            new.append((i, key))
            continue
        if digests[i] is None or row.canonical_url != article.canonical_url:
            digests[i] = _content_hash(article)
        (unchanged if row.content_hash == digests[i] else changed).append((i, row))

    results: dict[int, StoreResult] = {}
    prints: dict[int, Fingerprint] = {}
    table = Article.__table__
    if new:
        values = []
        for i, key in new:
            article, site_id = batch[i]
            prints[i] = _fingerprint(article)
            values.append(
                {
                    "canonical_url": key,
                    "site_id": site_id,
                    "content_hash": prints[i].content_hash,
                    "first_seen_at": now,
                    "changed_at": now,
                    "crawl_run_id": run_id,
                    **_fields(article, outlets),
                }
            )
        stmt = _upsert(session, table).on_conflict_do_nothing(index_elements=["canonical_url"])
        inserted = {
            r.canonical_url: r.id
            for r in session.execute(stmt.returning(table.c.id, table.c.canonical_url), values)
        }
        if len(inserted) < len(new):
            raise ConcurrentInsert(f"{len(new) - len(inserted)} of the batch's URLs were stored meanwhile")
        for i, key in new:
            results[i] = StoreResult(inserted[key], "new", None)

    to_assign: list[ToAssign] = []
    recheck: set[int] = set()  # stories to re-elect: an unchanged copy's credit changed
    refreshed: list[dict[str, Any]] = []
    for i, row in unchanged:
        fields = _fields(batch[i][0], outlets)
        if any(getattr(row, name) != value for name, value in fields.items()):
            refreshed.append(_binds(row.id, fields))
            if row.story_id is not None and (row.outlet_id, row.original_url) != (
                fields["outlet_id"],
                fields["original_url"],
            ):
                recheck.add(row.story_id)
        results[i] = StoreResult(row.id, "unchanged", row.story_id)
    _update(session, refreshed)
    if changed:
        session.execute(
            insert(ArticleVersion.__table__),
            [
                {
                    "article_id": row.id,
                    "title": row.title,
                    "body": row.body,
                    "content_hash": row.content_hash,
                    "captured_at": row.changed_at,
                }
                for _i, row in changed
            ],
        )
        rewritten = []
        for i, row in changed:
            article = batch[i][0]
            prints[i] = _fingerprint(article)
            extra = {"content_hash": prints[i].content_hash, "changed_at": now, "crawl_run_id": run_id}
            rewritten.append(_binds(row.id, _fields(article, outlets) | extra))
            results[i] = StoreResult(row.id, "updated", row.story_id)
            to_assign.append(ToAssign(row.id, prints[i], article.title, now, row.story_id))
        _update(session, rewritten)
    if keep_raw:
        _store_raw(session, [(results[i].article_id, batch[i][0]) for i in sorted(prints)])
    for i, _key in new:
        article = batch[i][0]
        to_assign.append(ToAssign(results[i].article_id, prints[i], article.title, now))
    placed = stories.assign(session, sorted(to_assign, key=lambda t: t.article_id))
    if recheck := recheck - {p.story_id for p in placed.values()}:
        refresh_stories(session, recheck)
    out = []
    for i in sorted(results):
        r = results[i]
        if r.article_id in placed:
            p = placed[r.article_id]
            r = StoreResult(r.article_id, r.status, p.story_id, p.joined_existing)
        out.append(r)
    return out, later


def _binds(article_id: int, values: dict[str, Any]) -> dict[str, Any]:
    return {"b_id": article_id, **{f"b_{name}": value for name, value in values.items()}}


def _update(session: Session, rows: list[dict[str, Any]]) -> None:
    """One executemany UPDATE of articles by id (every row names the same columns)."""
    if not rows:
        return
    table = Article.__table__
    names = [key[2:] for key in rows[0] if key != "b_id"]
    session.execute(
        update(table).where(table.c.id == bindparam("b_id")).values({n: bindparam(f"b_{n}") for n in names}),
        rows,
    )


def _store_raw(session: Session, pages: Sequence[tuple[int, items.Article]]) -> None:
    """One upsert of the raw pages of new and changed articles."""
    rows = [
        {
            "article_id": article_id,
            "url": article.url,
            "encoding": article.encoding,
            "compression": "gzip",
            "content": content,
            "fetched_at": article.fetched_at,
        }
        for article_id, article in pages
        if (content := _gzip(article)) is not None
    ]
    if not rows:
        return
    table = RawPage.__table__
    stmt = _upsert(session, table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["article_id"],
        set_={
            name: stmt.excluded[name] for name in ("url", "encoding", "compression", "content", "fetched_at")
        },
    )
    session.execute(stmt, rows)
