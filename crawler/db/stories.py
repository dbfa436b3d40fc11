"""Story assignment in the database: exact hash, LSH band candidates (one indexed query), verification,
merges, and the election of each story's original. Never commits: the caller owns the transaction.

Concurrency: on Postgres, ``assign_story`` first takes transaction-scoped advisory locks on the article's
band keys and content hash (sorted, so two writers never deadlock). Two copies that could match share at
least one key, so their assignments run one after the other and the second sees the first's story. On
SQLite the database write lock already serialises writers (the caller's article insert took it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from crawler.db import models
from crawler.dedup.election import CopyInfo, elect_original, republication_lags
from crawler.dedup.fingerprint import Fingerprint, Shingled, band_keys, fingerprint, shingled, verify

# Advisory-lock namespace (first int of the two-int form): keeps these locks apart from other users'.
_LOCK_NAMESPACE = 0x5D3D
# Candidates: at most this many rows from the band query, this many verified, this many per story.
MAX_CANDIDATES = 200
MAX_VERIFY = 40
MAX_VERIFY_PER_STORY = 3


class DedupSettings(Protocol):
    @property
    def dedup_threshold(self) -> float: ...


class ShingleStore(Protocol):
    """Where shingle sets of already stored articles are kept between assignments (see ShinglesCache)."""

    def get(self, key: tuple[int, str]) -> Shingled | None: ...

    def put(self, key: tuple[int, str], value: Shingled) -> None: ...


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings for ``assign_story`` when no ``crawler.config.Config`` is at hand."""

    dedup_threshold: float = 0.7


def _fold32(key: int) -> int:
    # pg_advisory_xact_lock(int4, int4): fold the 64-bit key; a collision only serialises two writers.
    x = (key ^ (key >> 32)) & 0xFFFFFFFF
    return x - (1 << 32) if x >= 1 << 31 else x


def _lock_keys(session: Session, keys: Sequence[int]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    folded = sorted({_fold32(k) for k in keys})
    # Volatile functions in the select list run after ORDER BY: the locks are taken in key order.
    session.execute(
        text("SELECT pg_advisory_xact_lock(:ns, k) FROM unnest(CAST(:keys AS integer[])) AS k ORDER BY k"),
        {"ns": _LOCK_NAMESPACE, "keys": folded},
    )


def _insert_bands(session: Session, article_id: int, keys: Sequence[int]) -> None:
    if session.get_bind().dialect.name == "postgresql":
        # One statement with an array: an executemany was one round trip per band (42 per article), and a
        # multi-row VALUES is compiled anew every time.
        session.execute(
            text(
                "INSERT INTO article_bands (band_key, article_id) "
                "SELECT k, :article_id FROM unnest(CAST(:keys AS bigint[])) AS k"
            ),
            {"article_id": article_id, "keys": list(keys)},
        )
    else:  # SQLite: executemany stays in process
        session.execute(insert(models.ArticleBand), [{"band_key": k, "article_id": article_id} for k in keys])


def _hash_key(content_hash: str) -> int:
    return int(content_hash[:16], 16) - (1 << 63)


def _exact_matches(session: Session, article_id: int, content_hash: str) -> set[int]:
    rows = session.execute(
        select(models.Article.story_id)
        .where(
            models.Article.content_hash == content_hash,
            models.Article.id != article_id,
            models.Article.story_id.is_not(None),
        )
        .distinct()
        .limit(10)
    )
    return {sid for (sid,) in rows if sid is not None}


def _near_matches(
    session: Session,
    article_id: int,
    fp: Fingerprint,
    keys: Sequence[int],
    known: set[int],
    threshold: float,
    shingles_cache: ShingleStore | None = None,
) -> set[int]:
    """Stories with a verified near-duplicate of this text: one indexed query for the candidates (most
    shared bands first), one query for the texts of those worth verifying."""
    ab, art = models.ArticleBand, models.Article
    hits = func.count().label("hits")
    rows = session.execute(
        select(ab.article_id, art.story_id, hits)
        .join(art, art.id == ab.article_id)
        .where(ab.band_key.in_(keys), ab.article_id != article_id, art.story_id.is_not(None))
        .group_by(ab.article_id, art.story_id)
        .order_by(hits.desc(), ab.article_id)
        .limit(MAX_CANDIDATES)
    ).all()
    per_story: dict[int, int] = {}
    to_verify: list[int] = []
    for cand_id, story_id, _hits in rows:
        if story_id in known or per_story.get(story_id, 0) >= MAX_VERIFY_PER_STORY:
            continue
        per_story[story_id] = per_story.get(story_id, 0) + 1
        to_verify.append(cand_id)
        if len(to_verify) >= MAX_VERIFY:
            break
    if not to_verify:
        return set()
    matched: set[int] = set()
    rows_meta = session.execute(
        select(art.id, art.story_id, art.content_hash).where(art.id.in_(to_verify))
    ).all()
    # Take what the cache has now: storing the sets read below may evict entries looked up earlier.
    cached_sets: dict[int, Shingled] = {}
    if shingles_cache is not None:
        for cand_id, _story_id, digest in rows_meta:
            hit = shingles_cache.get((cand_id, digest))
            if hit is not None:
                cached_sets[cand_id] = hit
    missing = [i for i, _, _digest in rows_meta if i not in cached_sets]
    texts = (
        {
            i: (t, b)
            for i, t, b in session.execute(select(art.id, art.title, art.body).where(art.id.in_(missing)))
        }
        if missing
        else {}
    )
    for cand_id, story_id, digest in sorted(rows_meta, key=lambda r: to_verify.index(r[0])):
        if story_id is None or story_id in matched:
            continue
        cached = cached_sets.get(cand_id)
        if cached is None:
            cached = shingled(*texts[cand_id])
            if shingles_cache is not None:
                shingles_cache.put((cand_id, digest), cached)
        if verify(fp, cached, threshold).same:
            matched.add(story_id)
    return matched


def merge_stories(session: Session, into_id: int, from_ids: Sequence[int], reason: str) -> None:
    """Move every copy of ``from_ids`` into ``into_id``; the old stories stay as pointers, with history."""
    if not from_ids:
        return
    st, art = models.Story, models.Article
    session.execute(
        update(art).where(art.story_id.in_(from_ids)).values(story_id=into_id),
        execution_options={"synchronize_session": False},
    )
    # Stories merged earlier into one of these now point at the survivor directly.
    session.execute(
        update(st).where(st.merged_into_id.in_(from_ids)).values(merged_into_id=into_id),
        execution_options={"synchronize_session": False},
    )
    session.execute(
        update(st)
        .where(st.id.in_(from_ids))
        .values(
            merged_into_id=into_id,
            article_count=0,
            site_count=0,
            original_article_id=None,
            updated_at=models.utcnow(),
        ),
        execution_options={"synchronize_session": False},
    )
    # Objects the caller already holds must not keep the old values (bulk UPDATEs bypass the ORM).
    moved = set(from_ids)
    for obj in list(session.identity_map.values()):
        if (isinstance(obj, st) and (obj.id in moved or obj.merged_into_id in moved)) or (
            isinstance(obj, art) and obj.story_id in moved
        ):
            session.expire(obj)
    session.execute(
        insert(models.StoryMerge),
        [{"from_story_id": f, "into_story_id": into_id, "reason": reason[:200]} for f in from_ids],
    )


def refresh_story(session: Session, story_id: int) -> models.Story:
    """Re-elect the story's original and recompute its counts, origin outlet and each copy's lag."""
    art, site, outlet = models.Article, models.Site, models.Outlet
    rows = session.execute(
        select(
            art.id,
            art.title,
            art.site_id,
            site.host,
            art.outlet_id,
            outlet.domain,
            art.published_at,
            art.fetched_at,
            art.first_seen_at,
            art.is_original,
            art.lag_seconds,
            art.attribution_method,
            art.attribution_confidence,
            art.canonical_url,
            art.original_url,
            art.site_name,
            outlet.name.label("outlet_name"),
        )
        .join(site, site.id == art.site_id)
        .outerjoin(outlet, outlet.id == art.outlet_id)
        .where(art.story_id == story_id)
        .order_by(art.id)
    ).all()
    story = session.get(models.Story, story_id)
    if story is None:
        raise LookupError(f"story {story_id} does not exist")
    if not rows:
        story.article_count = story.site_count = 0
        story.original_article_id = None
        story.original_url = None
        return story
    copies = [
        CopyInfo(
            site_host=r.host,
            outlet=str(r.outlet_id) if r.outlet_id is not None else None,
            outlet_domain=r.domain,
            published_at=r.published_at,
            fetched_at=r.fetched_at,
            own_site=r.attribution_method == "own_site",
            url=r.canonical_url,
            original_url=r.original_url,
            site_name=r.site_name,
            outlet_name=r.outlet_name,
            confidence=r.attribution_confidence,
        )
        for r in rows
    ]
    election = elect_original(copies)
    lags = republication_lags(copies, election.index)
    original = rows[election.index]
    story.original_article_id = original.id
    story.title = original.title
    story.election_method = election.method
    story.original_url = election.original_url
    story.origin_outlet_id = int(election.outlet) if election.outlet is not None else None
    story.article_count = len(rows)
    story.site_count = len({r.site_id for r in rows})
    story.first_seen_at = min(r.first_seen_at for r in rows)
    published = [r.published_at for r in rows if r.published_at is not None]
    story.first_published_at = min(published) if published else None
    changes = [
        {"b_id": r.id, "b_orig": i == election.index, "b_lag": lag}
        for i, (r, lag) in enumerate(zip(rows, lags, strict=True))
        if r.is_original != (i == election.index) or r.lag_seconds != lag
    ]
    if changes:
        table = art.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(is_original=bindparam("b_orig"), lag_seconds=bindparam("b_lag")),
            changes,
        )
        # Keep objects already in the session in step with the rows just written.
        for ch in changes:
            obj = session.identity_map.get(session.identity_key(art, (ch["b_id"],)))  # type: ignore[arg-type]
            if obj is not None:
                session.expire(obj, ["is_original", "lag_seconds"])
    return story


def assign_story(
    session: Session,
    article: models.Article,
    signature: Fingerprint | None = None,
    settings: DedupSettings | None = None,
    shingles_cache: ShingleStore | None = None,
) -> models.Story:
    """Put a stored (flushed) article into its story: the story of an identical text, else of a verified
    near-duplicate, else a new one; stories this text bridges are merged. Re-elects the original.

    ``shingles_cache`` ((article id, content hash) -> shingles) spares re-reading and re-shingling the texts of
    recent candidates; the caller bounds it."""
    if article.id is None:
        session.flush()
    threshold = (settings or Settings()).dedup_threshold
    fp = signature or fingerprint(article.title, article.body)
    article.content_hash = fp.content_hash
    keys = band_keys(fp)
    _lock_keys(session, [*keys, _hash_key(fp.content_hash)])

    previous = article.story_id
    if previous is not None:  # a changed text is assigned afresh: its old band keys no longer describe it
        session.execute(delete(models.ArticleBand).where(models.ArticleBand.article_id == article.id))

    matched = _exact_matches(session, article.id, fp.content_hash)
    matched |= _near_matches(session, article.id, fp, keys, matched, threshold, shingles_cache)

    if matched:
        target = min(matched)  # the oldest story survives a merge
        merge_stories(session, target, sorted(matched - {target}), f"bridged by article {article.id}")
        story = session.get(models.Story, target)
        assert story is not None
    else:
        story = models.Story(title=article.title, first_seen_at=article.first_seen_at or models.utcnow())
        session.add(story)
        session.flush()
    article.story_id = story.id
    _insert_bands(session, article.id, keys)
    if shingles_cache is not None:
        shingles_cache.put((article.id, fp.content_hash), Shingled(fp.content_hash, fp.shingles, fp.lead))
    session.flush()

    if previous is not None and previous != story.id:
        old = refresh_story(session, previous)
        if old.article_count == 0 and old.merged_into_id is None:
            merge_stories(session, story.id, [previous], f"article {article.id} text changed")
    return refresh_story(session, story.id)
