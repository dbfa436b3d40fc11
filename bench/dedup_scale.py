"""Story assignment time against the database size (Postgres).

    .venv/bin/python bench/dedup_scale.py                      # 10k, 100k, 1M (about 15 minutes)
    .venv/bin/python bench/dedup_scale.py --sizes 10000 50000  # a quick run

A throwaway database is created on 127.0.0.1:5432 (dropped at the end unless --keep) and migrated. Background
articles are bulk-loaded with COPY (psycopg 3): unrelated texts whose band keys are random 64-bit integers,
which is what the keys of unrelated texts are. At each size, real stories from the labelled-set generator are
stored, then a few hundred new articles (their copies, hard negatives and new stories) are stored through the
crawler's own writer (``ArticleWriter``) in its real batch mode: 50 articles per transaction, fingerprints
computed beforehand as the processing workers do. Printed per article (a batch's time / its size): the story
assignment time (median and p90 over batches) and the whole write (insert + assign + commit), the ratio to the
smallest size, and pg_database_size.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import struct
import time
import uuid
from datetime import UTC, datetime

import numpy as np
import psycopg
from sqlalchemy import text

from crawler import items
from crawler.db import models
from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.stories import Placed, ToAssign
from crawler.db.story_index import StoryIndex
from crawler.db.writer import ArticleWriter
from crawler.dedup.fingerprint import FULL_BANDS, LEAD_BANDS, fingerprint
from newscrawl_kit import use_replay_web
from newscrawl_kit.labelled.dedup_set import build_labelled_set

ADMIN = os.environ.get("NEWSCRAWL_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
KEYS_PER_ARTICLE = FULL_BANDS + LEAD_BANDS
BATCH = 50  # NEWSCRAWL_PERSIST_BATCH
BAND_INDEXES = (
    "ALTER TABLE article_bands ADD CONSTRAINT pk_article_bands PRIMARY KEY (band_key, article_id)",
    "CREATE INDEX ix_article_bands_article_id ON article_bands (article_id)",
)
WORDS = [
    "الحكومة",
    "الوزارة",
    "المدينة",
    "مشروع",
    "خطة",
    "برنامج",
    "الشركة",
    "السوق",
    "الأسعار",
    "المواطنين",
    "الاستثمار",
    "التنمية",
    "الطاقة",
    "المياه",
    "الطرق",
    "التعليم",
    "الصحة",
    "البرلمان",
    "الاقتصاد",
    "العام",
    "الشهر",
    "اليوم",
    "أمس",
    "قال",
    "أكد",
    "أوضح",
    "أشار",
    "أعلن",
    "بحث",
    "اجتماع",
    "مسؤول",
    "مصادر",
    "تقرير",
    "بيان",
    "مؤتمر",
    "نسبة",
    "مليون",
    "ألف",
    "دولار",
    "جنيه",
    "زيادة",
    "انخفاض",
    "ارتفاع",
    "تطوير",
    "تنفيذ",
    "دعم",
    "تمويل",
]


def _background_rows(start_id: int, count: int, now: datetime, rng: random.Random) -> io.StringIO:
    """Text-format COPY rows for ``articles`` (with one story each)."""
    out = io.StringIO()
    ts = now.isoformat()
    for i in range(start_id, start_id + count):
        body = " ".join(rng.choices(WORDS, k=rng.randint(150, 350)))
        out.write(
            f"{i}\thttps://bg{i % 50}.test/a/{i}\thttps://bg{i % 50}.test/a/{i}\t{(i % 50) + 1}\tعنوان {i}\t{body}"
            f"\t[]\t[]\tgeneric\tnone\t0\t[]\t{uuid.uuid4().hex}{uuid.uuid4().hex}\t{i}\tt\t0\t{ts}\t{ts}\t{ts}\n"
        )
    out.seek(0)
    return out


def _band_copy_binary(start_id: int, count: int, rng: np.random.Generator) -> bytes:
    """Binary COPY payload for ``article_bands``: KEYS_PER_ARTICLE random int8 keys per article."""
    n = count * KEYS_PER_ARTICLE
    rows = np.empty(n, dtype=[("nf", ">i2"), ("l1", ">i4"), ("key", ">i8"), ("l2", ">i4"), ("aid", ">i4")])
    rows["nf"], rows["l1"], rows["l2"] = 2, 8, 4
    rows["key"] = rng.integers(-(2**63), 2**63 - 1, size=n, dtype=np.int64)
    rows["aid"] = np.repeat(np.arange(start_id, start_id + count, dtype=np.int32), KEYS_PER_ARTICLE)
    header = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
    return header + rows.tobytes() + struct.pack(">h", -1)


def load_background(dsn: str, start_id: int, count: int, seed: int) -> None:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    now = datetime.now(UTC)
    cols = (
        "id, url, canonical_url, site_id, title, body, authors, tags, extraction_method, attribution_method, "
        "attribution_confidence, attribution_evidence, content_hash, story_id, is_original, lag_seconds, "
        "fetched_at, first_seen_at, changed_at"
    )
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SET session_replication_role = replica")  # no FK triggers during the bulk load
        cur.execute("SET maintenance_work_mem = '1GB'")
        cur.execute("ALTER TABLE article_bands DROP CONSTRAINT IF EXISTS pk_article_bands")
        cur.execute("DROP INDEX IF EXISTS ix_article_bands_article_id")
        chunk = 50_000
        for lo in range(start_id, start_id + count, chunk):
            n = min(chunk, start_id + count - lo)
            with cur.copy(
                "COPY stories (id, title, first_seen_at, article_count, site_count, created_at, updated_at,"
                " original_article_id, election_method) FROM STDIN"
            ) as cp:
                ts = now.isoformat()
                cp.write(
                    "".join(
                        f"{i}\tعنوان {i}\t{ts}\t1\t1\t{ts}\t{ts}\t{i}\tearliest_fetched\n"
                        for i in range(lo, lo + n)
                    )
                )
            with cur.copy(f"COPY articles ({cols}) FROM STDIN") as cp:
                cp.write(_background_rows(lo, n, now, rng).read())
            with cur.copy("COPY article_bands (band_key, article_id) FROM STDIN (FORMAT BINARY)") as cp:
                cp.write(_band_copy_binary(lo, n, nrng))
        for stmt in BAND_INDEXES:
            cur.execute(stmt)
        for table in ("articles", "stories"):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        conn.commit()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE articles")
        conn.execute("VACUUM ANALYZE article_bands")
        conn.execute("VACUUM ANALYZE stories")


class TimedIndex(StoryIndex):
    """The writer's story index, timing each batch's assignment."""

    def __init__(self, threshold: float) -> None:
        super().__init__(threshold)
        self.seconds: list[float] = []

    def assign(self, session, batch: list[ToAssign]) -> dict[int, Placed]:  # type: ignore[no-untyped-def,override]
        t0 = time.perf_counter()
        placed = super().assign(session, batch)
        self.seconds.append(time.perf_counter() - t0)
        return placed


def _article(d, tag: str, now: datetime) -> items.Article:  # type: ignore[no-untyped-def]
    host = f"s{hash(d.doc_id) % 7}.test"
    return items.Article(
        url=f"https://{host}/{tag}/{d.doc_id}",
        canonical_url=f"https://{host}/{tag}/{d.doc_id}",
        site=host,
        title=d.title,
        body=d.body,
        published_at=None,
        updated_at=None,
        authors=[],
        language="ar",
        lead_image=None,
        section=None,
        tags=[],
        attribution=items.Attribution(),
        fetched_at=now,
        # computed off the reactor by the processing workers, before the writer is involved
        fingerprint=fingerprint(d.title, d.body),
    )


def measure(url: str, seed: int, probes: int) -> tuple[list[float], list[float], dict[str, int]]:
    """Store real stories, then ``probes`` new articles in batches of ``BATCH``; per-article times in ms."""
    docs = build_labelled_set(seed=seed, stories_ar=40, stories_en=12)
    originals = [d for d in docs if d.kind == "original"]
    others = [d for d in docs if d.kind != "original"]
    random.Random(seed).shuffle(others)
    engine = make_engine(url)
    index = TimedIndex(0.7)
    writer = ArticleWriter(session_factory(engine), index, keep_raw=False)
    now = datetime.now(UTC)
    tag = f"r{seed}"
    for lo in range(0, len(originals), BATCH):
        writer.write([_article(d, tag, now) for d in originals[lo : lo + BATCH]])
    probe = [_article(d, tag, now) for d in others[:probes]]
    index.seconds.clear()
    assign_ms: list[float] = []
    total_ms: list[float] = []
    outcome = {"joined": 0, "new": 0}
    for lo in range(0, len(probe), BATCH):
        batch = probe[lo : lo + BATCH]
        t0 = time.perf_counter()
        counts = writer.write(batch)
        total_ms.append((time.perf_counter() - t0) * 1000 / len(batch))
        assign_ms.append(index.seconds[-1] * 1000 / len(batch))
        outcome["joined"] += counts["duplicate"]
        outcome["new"] += counts["new"] - counts["duplicate"]
    engine.dispose()
    return assign_ms, total_ms, outcome


def _pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--probes", type=int, default=500, help="new articles per size (in batches of 50)")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()
    use_replay_web()  # the replay web's profiles load in this process and its children

    name = f"newscrawl_bench_{os.getpid()}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    dsn = ADMIN.rsplit("/", 1)[0] + "/" + name
    url = "postgresql+psycopg://" + dsn.split("://", 1)[1]
    try:
        upgrade(url)
        engine = make_engine(url)
        with session_factory(engine)() as s, s.begin():
            s.add_all([models.Site(id=i, name=f"bg{i}", host=f"bg{i}.test") for i in range(1, 51)])
            s.execute(text("SELECT setval(pg_get_serial_sequence('sites', 'id'), 50)"))
        engine.dispose()
        loaded = 0
        results: list[tuple[int, float, float, float]] = []
        print(
            f"database {name}; {KEYS_PER_ARTICLE} band keys per article; {args.probes} probes per size,"
            f" {BATCH} per transaction; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
        for size in sorted(args.sizes):
            t0 = time.perf_counter()
            with psycopg.connect(dsn) as conn:
                start = conn.execute(
                    "SELECT greatest((SELECT coalesce(max(id), 0) FROM articles),"
                    " (SELECT coalesce(max(id), 0) FROM stories)) + 1"
                ).fetchone()[0]
            load_background(dsn, start, size - loaded, seed=size)
            loaded = size
            load_s = time.perf_counter() - t0
            assign_ms, total_ms, outcome = measure(url, seed=len(results) + 1, probes=args.probes)
            with psycopg.connect(dsn) as conn:
                db_bytes = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
                n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            med, p90 = statistics.median(assign_ms), _pct(assign_ms, 0.9)
            results.append((size, med, p90, statistics.median(total_ms)))
            print(
                f"{n_articles:>9} articles: assign median {med:.2f} ms, p90 {p90:.2f} ms per article; whole write "
                f"median {statistics.median(total_ms):.2f} ms; {outcome}; db {db_bytes / 2**20:.0f} MiB; "
                f"bulk load {load_s:.0f} s"
            )
        if len(results) > 1:
            base = results[0]
            for size, med, p90, tot in results[1:]:
                print(
                    f"ratio {size}/{base[0]}: assign median {med / base[1]:.2f}, p90 {p90 / base[2]:.2f}, "
                    f"whole write {tot / base[3]:.2f}"
                )
    finally:
        if not args.keep:
            with psycopg.connect(ADMIN, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
