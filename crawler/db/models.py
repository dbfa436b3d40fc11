"""SQLAlchemy 2.0 models. Alembic migrations in ``migrations/`` are the only source of the schema;
``alembic check`` (a test) proves the two agree."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware timestamps everywhere: stored in UTC, returned aware (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class Site(Base):
    """A crawled site (aggregator or outlet site) with its scheduling state."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    host: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(20), default="aggregator")
    cadence_seconds: Mapped[int] = mapped_column(Integer, default=900)
    last_run_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Outlet(Base):
    """A publisher: an outlet, a wire agency or an aggregator. Unverified ones come from unmatched credits."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_ar: Mapped[str | None] = mapped_column(String(200))
    domain: Mapped[str | None] = mapped_column(String(255), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(20), default="outlet")
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[OutletAlias]] = relationship(back_populates="outlet", lazy="raise")


class OutletAlias(Base):
    __tablename__ = "outlet_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    normalized: Mapped[str] = mapped_column(String(200), unique=True)

    outlet: Mapped[Outlet] = relationship(back_populates="aliases", lazy="raise")


class Story(Base):
    """One republished text: every copy of it, with the outlet that originally published it."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    origin_outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    original_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", use_alter=True, ondelete="SET NULL")
    )
    election_method: Mapped[str | None] = mapped_column(String(40))
    original_url: Mapped[str | None] = mapped_column(Text)  # the original's URL when known (see election)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    first_published_at: Mapped[datetime | None]
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    site_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Article(Base):
    """One copy of an article on one site; the canonical URL identifies it."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    modified_at: Mapped[datetime | None]
    authors: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(8))
    lead_image: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[Any]] = mapped_column(default=list)
    extraction_method: Mapped[str] = mapped_column(String(20), default="generic")
    # attribution
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    original_url: Mapped[str | None] = mapped_column(Text)
    site_name: Mapped[str | None] = mapped_column(String(200))  # how the page's own site calls itself
    attribution_method: Mapped[str] = mapped_column(String(40), default="none")
    attribution_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    attribution_evidence: Mapped[list[Any]] = mapped_column(default=list)
    # dedup
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    is_original: Mapped[bool] = mapped_column(Boolean, default=False)
    lag_seconds: Mapped[int | None] = mapped_column(Integer)
    # bookkeeping
    fetched_at: Mapped[datetime]
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"))
    # Fields cut (or dropped) to fit their limits (crawler.limits.fit_article); NULL when nothing was.
    truncated: Mapped[list[Any] | None]


class ArticleVersion(Base):
    """A previous text of an article whose content changed (the edit history)."""

    __tablename__ = "article_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    captured_at: Mapped[datetime] = mapped_column(default=utcnow)


class ArticleBand(Base):
    """MinHash LSH band keys: a new article finds its near-duplicate candidates with one indexed query."""

    __tablename__ = "article_bands"

    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class StoryMerge(Base):
    """History of merged stories: the story that disappeared and where its copies went."""

    __tablename__ = "story_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_story_id: Mapped[int] = mapped_column(Integer)
    into_story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)


class RawPage(Base):
    """The fetched HTML, compressed, so that ``newscrawl reprocess`` never needs to refetch."""

    __tablename__ = "raw_pages"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str | None] = mapped_column(String(40))
    compression: Mapped[str] = mapped_column(String(10), default="gzip")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[datetime]


class SiteTemplate(Base):
    """What recurs across a site's pages (tickers, related lists, footers): learned, used to drop chrome."""

    __tablename__ = "site_templates"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    pages: Mapped[int] = mapped_column(Integer)
    blocks: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class UrlState(Base):
    """Per-URL HTTP state for conditional requests (feeds, sitemaps, listings)."""

    __tablename__ = "url_states"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_fetched_at: Mapped[datetime | None]


class CrawlRun(Base):
    """The run ledger: one row per run and per site."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|ok|failed|skipped
    trigger: Mapped[str] = mapped_column(String(20), default="manual")  # manual|due|ingest|reprocess
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    responses_2xx: Mapped[int] = mapped_column(Integer, default=0)
    responses_3xx: Mapped[int] = mapped_column(Integer, default=0)
    responses_4xx: Mapped[int] = mapped_column(Integer, default=0)
    responses_5xx: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int] = mapped_column(Integer, default=0)
    articles_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error_message: Mapped[str | None] = mapped_column(Text)


class RejectedPage(Base):
    """A page that could not be stored, and why: the rest of its batch was stored without it.

    ``url_key`` (a hash of the page's canonical URL, which may itself be what was too long) lets discovery
    skip the page on the next runs instead of failing on it again.
    """

    __tablename__ = "rejected_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    url_key: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str] = mapped_column(Text)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id", ondelete="SET NULL"))


class RunLease(Base):
    """Who runs a site now, renewed while the run lives (crawler.scheduling.lease).

    The run lock (advisory lock or flock) can be lost without the run noticing (a cut connection, a deleted
    lock file); the lease is the second word: a new run starts only when the lease expired or its holder is
    known to be dead.
    """

    __tablename__ = "run_leases"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


Index("ix_articles_site_published", Article.site_id, Article.published_at)
__all__ = [
    "Article",
    "ArticleBand",
    "ArticleVersion",
    "Base",
    "CrawlRun",
    "Outlet",
    "OutletAlias",
    "RawPage",
    "RejectedPage",
    "RunLease",
    "Site",
    "Story",
    "StoryMerge",
    "UrlState",
    "utcnow",
]


class CrawlRunWorker(Base):
    """One worker's share of a fleet run (crawler.distributed): who took part, and what it did.

    Upserted at every heartbeat of the worker and when it leaves, so a worker that was killed still shows
    with its counts up to its last heartbeat.
    """

    __tablename__ = "crawl_run_workers"
    __table_args__ = (Index("uq_crawl_run_workers_run_worker", "run_id", "worker", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    worker: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|done|left|failed
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    left_at: Mapped[datetime | None]
    requests: Mapped[int] = mapped_column(Integer, default=0)
    responses_2xx: Mapped[int] = mapped_column(Integer, default=0)
    responses_3xx: Mapped[int] = mapped_column(Integer, default=0)
    responses_4xx: Mapped[int] = mapped_column(Integer, default=0)
    responses_5xx: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    discovered: Mapped[int] = mapped_column(Integer, default=0)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_updated: Mapped[int] = mapped_column(Integer, default=0)
    articles_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    articles_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    articles_rejected: Mapped[int] = mapped_column(Integer, default=0)
    articles_spooled: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error_message: Mapped[str | None] = mapped_column(Text)
