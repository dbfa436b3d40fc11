"""The set-based writer on SQLite and Postgres: statements per stored article (counted with a SQLAlchemy
event listener, not timed), copies of one story within a batch and across batches, and a second write of the
same pages changing nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from crawler import items
from crawler.db import models
from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.story_index import StoryIndex
from crawler.db.writer import ArticleWriter
from newscrawl_kit.labelled.dedup_set import build_labelled_set

BATCH = 50
T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def _articles() -> list[items.Article]:
    """The generated labelled set as stored articles: originals, copies (full, truncated, edited) and hard
    negatives, each on a site of its own kind, some credited to an outlet."""
    out = []
    for n, d in enumerate(build_labelled_set(seed=4)):
        host = f"site{n % 7}.test"
        credited = n % 3 == 0
        out.append(
            items.Article(
                url=f"https://{host}/news/{d.doc_id}",
                canonical_url=f"https://{host}/news/{d.doc_id}",
                site=host,
                title=d.title,
                body=d.body,
                published_at=T0 + timedelta(minutes=n),
                updated_at=None,
                authors=["Reporter"] if credited else [],
                language="ar",
                lead_image=None,
                section=None,
                tags=[],
                attribution=items.Attribution(
                    outlet=f"Outlet {d.story}" if credited else None, method="credit_line", confidence=0.9
                )
                if credited
                else items.Attribution(),
                fetched_at=T0 + timedelta(minutes=n, seconds=30),
                raw_html=f"<html><body><h1>{d.title}</h1></body></html>".encode(),
                encoding="utf-8",
            )
        )
    return out


class Statements:
    """Counts the statements the engine sends to the database (each executemany counts once)."""

    def __init__(self) -> None:
        self.count = 0
        self.texts: Counter[str] = Counter()

    def __call__(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        self.count += 1
        self.texts[" ".join(statement.split())[:70]] += 1


@pytest.fixture
def writer(db_url: str) -> Iterator[tuple[ArticleWriter, Statements, Any]]:
    upgrade(db_url)
    engine = make_engine(db_url)
    counter = Statements()
    event.listen(engine, "before_cursor_execute", counter)
    yield ArticleWriter(session_factory(engine), StoryIndex(0.7)), counter, engine
    engine.dispose()


def test_statements_per_new_article_at_batch_50(writer: tuple[ArticleWriter, Statements, Any]) -> None:
    w, counter, engine = writer
    articles = _articles()
    assert len(articles) >= 4 * BATCH
    counts: Counter[str] = Counter()
    for lo in range(0, len(articles) - BATCH + 1, BATCH):
        counts.update(w.write(articles[lo : lo + BATCH]))
    stored = counts["new"]
    assert stored == (len(articles) // BATCH) * BATCH
    per_article = counter.count / stored
    print(f"{per_article:.3f} statements per new article at batch {BATCH}")
    assert per_article <= 1.5, (per_article, counter.texts.most_common(12))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(models.Article)) == stored
        assert conn.scalar(select(func.count()).select_from(models.RawPage)) == stored

    # The same pages again: nothing new, nothing changed, and still few statements.
    before = counter.count
    again: Counter[str] = Counter()
    for lo in range(0, stored, BATCH):
        again.update(w.write(articles[lo : lo + BATCH]))
    assert again == Counter({"unchanged": stored})
    assert (counter.count - before) / stored <= 0.5


def test_a_batch_groups_like_one_article_at_a_time(
    db_url: str, writer: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Copies within one batch find each other in memory; stories match writing the pages one by one."""
    w, _counter, engine = writer
    articles = _articles()[: 3 * BATCH]
    for lo in range(0, len(articles), BATCH):
        w.write(articles[lo : lo + BATCH])
    other = (
        f"sqlite:///{tmp_path / 'one.db'}"
        if db_url.startswith("sqlite")
        else request.getfixturevalue("make_pg_database")()
    )
    upgrade(other)
    one_by_one = make_engine(other)
    single = ArticleWriter(session_factory(one_by_one), StoryIndex(0.7))
    for article in articles:
        single.write([article])

    def groups(e: Any) -> set[frozenset[str]]:
        with e.connect() as conn:
            rows = conn.execute(select(models.Article.story_id, models.Article.canonical_url)).all()
        by_story: dict[int, set[str]] = {}
        for sid, url in rows:
            by_story.setdefault(sid, set()).add(url)
        return {frozenset(urls) for urls in by_story.values()}

    assert groups(engine) == groups(one_by_one)
    with engine.connect() as conn:
        live = conn.execute(
            select(models.Story.id, models.Story.article_count, models.Story.original_article_id).where(
                models.Story.merged_into_id.is_(None), models.Story.article_count > 0
            )
        ).all()
        originals = conn.scalar(select(func.count()).where(models.Article.is_original.is_(True)))
    assert all(original is not None for _sid, _n, original in live)
    assert originals == len(live)
    assert sum(n for _sid, n, _o in live) == len(articles)
    one_by_one.dispose()


def test_a_page_twice_in_one_batch_is_stored_once(writer: tuple[ArticleWriter, Statements, Any]) -> None:
    w, _counter, engine = writer
    first, second = _articles()[:2]
    counts = w.write([first, second, first])
    assert counts == Counter({"new": 2, "unchanged": 1, "duplicate": 1})  # the second is a copy of the first
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(models.Article)) == 2
