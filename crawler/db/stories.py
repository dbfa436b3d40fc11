"""Story assignment in the database: the one algorithm of ``crawler.dedup.engine`` over a store backed by
``articles`` and ``article_bands``, set-based per batch, and the election of each touched story's original once
per batch. Never commits: the caller owns the transaction.

Per batch: one advisory-lock call over the union of the batch's band keys and content hashes (Postgres; sorted,
so writers never deadlock on them), one exact-hash query, one band-candidate query for all keys, one query for
the texts to verify that the shingles cache does not hold, one insert of the new stories, one update of the
articles' stories, one insert of their band keys, and one read of every touched story's copies to re-elect its
original and recompute its lags. Two copies that could match share at least one key, so batches of two writers
that could join the same story run one after the other and the second sees the first's. On SQLite the database
write lock already serialises writers (the caller's article insert took it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import psycopg
from psycopg.adapt import Dumper
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    String,
    any_,
    bindparam,
    cast,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType, TypeEngine

from crawler.db import models
from crawler.dedup import engine
from crawler.dedup.election import CopyInfo, elect_original, republication_lags
from crawler.dedup.fingerprint import Fingerprint, Shingled, fingerprint, shingled

# Advisory-lock namespace (first int of the two-int form): keeps these locks apart from other users'.
_LOCK_NAMESPACE = 0x5D3D


class DedupSettings(Protocol):
    @property
    def dedup_threshold(self) -> float: ...


class ShingleStore(Protocol):
    """Where shingle sets of already stored articles are kept between batches (see ShinglesCache)."""

    def get(self, key: tuple[int, str]) -> Shingled | None: ...

    def put(self, key: tuple[int, str], value: Shingled) -> None: ...


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings for ``assign_story`` when no ``crawler.config.Config`` is at hand."""

    dedup_threshold: float = 0.7


@dataclass(frozen=True, slots=True)
class ToAssign:
    """A stored article to place: its fingerprint, and the story it was in (a changed text) if any."""

    article_id: int
    fp: Fingerprint
    title: str
    first_seen_at: datetime
    previous_story: int | None = None


@dataclass(frozen=True, slots=True)
class Placed:
    story_id: int
    joined_existing: bool  # the story had another copy before this one


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


class IntArray(str):
    """Integers as one Postgres ``bigint[]`` literal (``{1,2,3}``): psycopg dumps a list element by element in
    Python (a batch sends thousands of band keys), this is one value; the server sees the same typed array."""

    @classmethod
    def of(cls, values: Iterable[int]) -> IntArray:
        return cls("{" + ",".join(map(str, values)) + "}")


class _IntArrayDumper(Dumper):
    oid = psycopg.postgres.types["int8"].array_oid

    def dump(self, obj: str) -> bytes:
        return obj.encode()


psycopg.adapters.register_dumper(IntArray, _IntArrayDumper)


def among(
    session: Session, column: Any, values: Collection[Any], item: TypeEngine[Any]
) -> ColumnElement[bool]:
    """``column = ANY(:array)`` on Postgres (one bind parameter, one cached plan), ``IN (...)`` elsewhere."""
    if _postgres(session):
        if isinstance(item, Integer | BigInteger):
            return column == any_(cast(bindparam(None, IntArray.of(values), NullType()), ARRAY(item)))
        return column == any_(cast(bindparam(None, list(values), expanding=False), ARRAY(item)))
    return column.in_(list(values))


def _core(session: Session, statement: Any) -> Any:
    """Run a read on the session's connection: plain rows, without the ORM's loading machinery per row."""
    session.flush()  # what an ORM execute would autoflush first
    return session.connection().execute(statement)


def _fold32(key: int) -> int:
    # pg_advisory_xact_lock(int4, int4): fold the 64-bit key; a collision only serialises two writers.
    x = (key ^ (key >> 32)) & 0xFFFFFFFF
    return x - (1 << 32) if x >= 1 << 31 else x


def _lock_keys(session: Session, keys: Iterable[int]) -> None:
    if not _postgres(session):
        return
    folded = sorted({_fold32(k) for k in keys})
    # Volatile functions in the select list run after ORDER BY: the locks are taken in key order.
    session.execute(
        text("SELECT pg_advisory_xact_lock(:ns, k) FROM unnest(CAST(:keys AS integer[])) AS k ORDER BY k"),
        {"ns": _LOCK_NAMESPACE, "keys": IntArray.of(folded)},
    )


def _hash_key(content_hash: str) -> int:
    return int(content_hash[:16], 16) - (1 << 63)


class DatabaseStore:
    """``crawler.dedup.engine.StoryStore`` over the articles and band tables of one transaction."""

    def __init__(
        self, session: Session, batch: Sequence[ToAssign], shingles_cache: ShingleStore | None = None
    ) -> None:
        self.session = session
        self.batch = {t.article_id: t for t in batch}
        self.cache = shingles_cache
        self.touched: set[int] = set()  # stories whose copies changed: re-elected at the end of the batch
        self.created: set[int] = set()

    def exact_stories(self, hashes: Sequence[str]) -> dict[str, set[int]]:
        art = models.Article
        rows = _core(
            self.session,
            select(art.id, art.content_hash, art.story_id).where(
                among(self.session, art.content_hash, hashes, String()), art.story_id.is_not(None)
            ),
        ).all()
        found: dict[str, set[int]] = defaultdict(set)
        for article_id, digest, story_id in rows:
            if article_id not in self.batch:
                found[digest].add(story_id)
        return found

    def postings(self, keys: Sequence[int]) -> dict[int, list[engine.Posting]]:
        ab, art = models.ArticleBand, models.Article
        rows = _core(
            self.session,
            select(ab.band_key, ab.article_id, art.story_id, art.content_hash)
            .join(art, art.id == ab.article_id)
            .where(among(self.session, ab.band_key, keys, BigInteger()), art.story_id.is_not(None)),
        ).all()  # one fetchall: a batch reads thousands of postings, row by row they cost a driver call each
        found: dict[int, list[engine.Posting]] = defaultdict(list)
        for key, article_id, story_id, digest in rows:
            found[key].append(engine.Posting(article_id, article_id, story_id, digest))
        return found

    def shingles(self, postings: Sequence[engine.Posting]) -> dict[Hashable, Shingled]:
        out: dict[Hashable, Shingled] = {}
        missing: dict[int, str] = {}
        for p in postings:
            hit = self.cache.get((p.doc, p.content_hash)) if self.cache is not None else None
            if hit is not None:
                out[p.doc] = hit
            else:
                missing[p.doc] = p.content_hash
        if missing:
            art = models.Article
            rows = _core(
                self.session,
                select(art.id, art.title, art.body).where(among(self.session, art.id, missing, Integer())),
            ).all()
            for article_id, title, body in rows:
                value = shingled(title, body)
                out[article_id] = value
                if self.cache is not None:
                    self.cache.put((article_id, missing[article_id]), value)
        return out

    def create_stories(self, firsts: Sequence[engine.Entry]) -> list[int]:
        if not firsts:
            return []
        st = models.Story.__table__
        values = [
            {"title": self.batch[e.doc].title, "first_seen_at": self.batch[e.doc].first_seen_at}
            for e in firsts
        ]
        rows = self.session.execute(insert(st).returning(st.c.id, sort_by_parameter_order=True), values)
        ids = [sid for (sid,) in rows]
        self.touched.update(ids)
        self.created.update(ids)
        return ids

    def merge(self, into: int, others: Sequence[int], reason: str) -> None:
        merge_stories(self.session, into, others, reason)
        self.touched.update((into, *others))

    def place(self, placed: Sequence[tuple[engine.Entry, int]]) -> None:
        session, table = self.session, models.Article.__table__
        session.execute(
            update(table).where(table.c.id == bindparam("b_id")).values(story_id=bindparam("b_story")),
            [{"b_id": e.doc, "b_story": sid} for e, sid in placed],
        )
        bands = [(k, e.doc) for e, _sid in placed for k in e.keys]
        if _postgres(session):
            # One statement with two arrays: no per-row round trip, and one plan whatever the batch size.
            session.execute(
                text(
                    "INSERT INTO article_bands (band_key, article_id) "
                    "SELECT * FROM unnest(CAST(:keys AS bigint[]), CAST(:ids AS integer[]))"
                ),
                {"keys": IntArray.of(k for k, _ in bands), "ids": IntArray.of(a for _, a in bands)},
            )
        elif bands:  # SQLite: executemany stays in process
            session.execute(insert(models.ArticleBand), [{"band_key": k, "article_id": a} for k, a in bands])
        if self.cache is not None:
            for e, _sid in placed:
                self.cache.put(
                    (e.doc, e.fp.content_hash), Shingled(e.fp.content_hash, e.fp.shingles, e.fp.lead)
                )
        self.touched.update(sid for _e, sid in placed)


def assign_stories(
    session: Session,
    batch: Sequence[ToAssign],
    settings: DedupSettings | None = None,
    shingles_cache: ShingleStore | None = None,
) -> dict[int, Placed]:
    """Put stored articles into their stories (see the module's docstring); returns each one's story.

    A changed text (``previous_story``) is assigned afresh: its old band keys no longer describe it, and its
    old story, left empty, points at the new one."""
    if not batch:
        return {}
    threshold = (settings or Settings()).dedup_threshold
    entries = [engine.Entry.of(t.article_id, t.article_id, t.fp) for t in batch]
    _lock_keys(session, [*engine.band_keys_of(entries), *(_hash_key(t.fp.content_hash) for t in batch)])
    moved = [t.article_id for t in batch if t.previous_story is not None]
    if moved:
        ab = models.ArticleBand
        session.execute(delete(ab).where(among(session, ab.article_id, moved, Integer())))
    store = DatabaseStore(session, batch, shingles_cache)
    stories = engine.assign(entries, store, threshold)
    store.touched.update(t.previous_story for t in batch if t.previous_story is not None)
    counts = refresh_stories(session, store.touched)
    for t, sid in zip(batch, stories, strict=True):
        previous = t.previous_story
        if (
            previous is not None
            and previous != sid
            and counts.get(previous, 0) == 0
            and session.scalar(select(models.Story.merged_into_id).where(models.Story.id == previous)) is None
        ):
            merge_stories(session, sid, [previous], f"article {t.article_id} text changed")
    # A copy is a duplicate when its story had a copy before it: stored earlier, or earlier in this batch.
    seen: set[int] = set()
    placed: dict[int, Placed] = {}
    for t, sid in zip(batch, stories, strict=True):
        placed[t.article_id] = Placed(sid, sid not in store.created or sid in seen)
        seen.add(sid)
    return placed


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


def refresh_stories(session: Session, story_ids: Collection[int]) -> dict[int, int]:
    """Re-elect each story's original and recompute its counts, origin outlet and each copy's lag: one read
    of all their copies, one update of the copies whose role or lag changed, one of the stories. Returns
    each story's copy count."""
    if not story_ids:
        return {}
    art, site, outlet, st = models.Article, models.Site, models.Outlet, models.Story
    rows = _core(
        session,
        select(
            art.story_id,
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
        .where(among(session, art.story_id, story_ids, Integer()))
        .order_by(art.story_id, art.id),
    ).all()
    copies_of: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        copies_of[r.story_id].append(r)
    empty = [sid for sid in story_ids if sid not in copies_of]
    live: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    for sid, copies in copies_of.items():
        story, moved = _elect(sid, copies)
        live.append(story)
        changes.extend(moved)
    table = st.__table__
    if empty:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(article_count=0, site_count=0, original_article_id=None, original_url=None),
            [{"b_id": sid} for sid in sorted(empty)],
        )
    if live:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({name: bindparam(f"b_{name}") for name in live[0] if name != "id"}),
            [{f"b_{k}": v for k, v in story.items()} | {"b_id": story["id"]} for story in live],
        )
    if changes:
        articles = art.__table__
        session.execute(
            update(articles)
            .where(articles.c.id == bindparam("b_id"))
            .values(is_original=bindparam("b_orig"), lag_seconds=bindparam("b_lag")),
            changes,
        )
    _expire(session, story_ids, [c["b_id"] for c in changes])
    return {sid: len(copies_of.get(sid, ())) for sid in story_ids}


def _elect(story_id: int, rows: Sequence[Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The story's new values and the copies whose role or lag changed (``elect_original`` decides)."""
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
    published = [r.published_at for r in rows if r.published_at is not None]
    story = {
        "id": story_id,
        "original_article_id": original.id,
        "title": original.title,
        "election_method": election.method,
        "original_url": election.original_url,
        "origin_outlet_id": int(election.outlet) if election.outlet is not None else None,
        "article_count": len(rows),
        "site_count": len({r.site_id for r in rows}),
        "first_seen_at": min(r.first_seen_at for r in rows),
        "first_published_at": min(published) if published else None,
        "updated_at": models.utcnow(),
    }
    changes = [
        {"b_id": r.id, "b_orig": i == election.index, "b_lag": lag}
        for i, (r, lag) in enumerate(zip(rows, lags, strict=True))
        if r.is_original != (i == election.index) or r.lag_seconds != lag
    ]
    return story, changes


def _expire(session: Session, story_ids: Iterable[int], article_ids: Iterable[int]) -> None:
    """Objects the caller already holds must not keep the old values (Core UPDATEs bypass the ORM)."""
    for model, ids in ((models.Story, story_ids), (models.Article, article_ids)):
        for pk in ids:
            obj = session.identity_map.get(session.identity_key(model, (pk,)))  # type: ignore[arg-type]
            if obj is not None:
                session.expire(obj)


def refresh_story(session: Session, story_id: int) -> models.Story:
    """Re-elect one story's original (``refresh_stories`` for one)."""
    if session.get(models.Story, story_id) is None:
        raise LookupError(f"story {story_id} does not exist")
    refresh_stories(session, [story_id])
    story = session.get(models.Story, story_id)
    assert story is not None
    return story


def assign_story(
    session: Session,
    article: models.Article,
    signature: Fingerprint | None = None,
    settings: DedupSettings | None = None,
    shingles_cache: ShingleStore | None = None,
) -> models.Story:
    """Put one stored article (an ORM object) into its story: ``assign_stories`` for a batch of one."""
    if article.id is None:
        session.flush()
    fp = signature or fingerprint(article.title, article.body)
    article.content_hash = fp.content_hash
    session.flush()
    one = ToAssign(article.id, fp, article.title, article.first_seen_at or models.utcnow(), article.story_id)
    placed = assign_stories(session, [one], settings, shingles_cache)[article.id]
    session.expire(article)
    story = session.get(models.Story, placed.story_id)
    assert story is not None
    return story
