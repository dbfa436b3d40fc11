"""Story assignment against real databases (SQLite and Postgres): candidates from the band table,
verification, merges with history, re-election, and two processes racing on Postgres."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.db import models
from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.stories import Settings, assign_story
from newscrawl_kit.labelled.dedup_set import build_labelled_set

REPO = Path(__file__).resolve().parents[2]
T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    upgrade(db_url)
    engine = make_engine(db_url)
    with session_factory(engine)() as s, s.begin():
        yield s
    engine.dispose()


def _texts() -> dict[str, tuple[str, str]]:
    """Originals of the generated labelled set, by story label: (title, body)."""
    return {d.story: (d.title, d.body) for d in build_labelled_set(seed=3) if d.kind == "original"}


TEXTS = _texts()
STORY_A, STORY_B, STORY_C = (TEXTS[k] for k in ("s001", "s002", "s003"))


def _site(session: Session, host: str) -> models.Site:
    site = session.scalar(select(models.Site).where(models.Site.host == host))
    if site is None:
        site = models.Site(name=host, host=host)
        session.add(site)
        session.flush()
    return site


def _outlet(session: Session, name: str, domain: str) -> models.Outlet:
    outlet = models.Outlet(name=name, domain=domain)
    session.add(outlet)
    session.flush()
    return outlet


def _article(
    session: Session,
    host: str,
    path: str,
    title: str,
    body: str,
    *,
    outlet: models.Outlet | None = None,
    published: datetime | None = None,
    fetched: datetime = T0,
) -> models.Article:
    art = models.Article(
        url=f"https://{host}{path}",
        canonical_url=f"https://{host}{path}",
        site_id=_site(session, host).id,
        title=title,
        body=body,
        content_hash="",
        outlet_id=outlet.id if outlet else None,
        published_at=published,
        fetched_at=fetched,
    )
    session.add(art)
    session.flush()
    return art


def _live_stories(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(models.Story).where(models.Story.merged_into_id.is_(None))
    )


def test_copies_join_one_story_and_different_stories_stay_apart(session: Session) -> None:
    title, body = STORY_A
    a1 = _article(session, "nabd.test", "/1", title, body)
    s1 = assign_story(session, a1)
    paras = body.split("\n\n")
    truncated = "\n\n".join([*paras[:2], "اقرأ المزيد على موقع المصدر"])
    a2 = _article(session, "mogaz.test", "/n/7", "عنوان آخر تماما", "أخبار عاجلة\n\n" + truncated)
    s2 = assign_story(session, a2)
    b1 = _article(session, "mogaz.test", "/n/8", *STORY_B)
    s3 = assign_story(session, b1)
    assert s1.id == s2.id != s3.id
    assert (s1.article_count, s1.site_count) == (2, 2)
    bands = session.scalar(
        select(func.count()).select_from(models.ArticleBand).where(models.ArticleBand.article_id == a2.id)
    )
    assert bands and bands >= 32


def test_identical_text_under_another_title_is_an_exact_match(session: Session) -> None:
    title, body = STORY_C
    s1 = assign_story(session, _article(session, "a.test", "/x", title, body))
    s2 = assign_story(session, _article(session, "b.test", "/y", "عاجل: " + title, body + "\n"))
    assert s1.id == s2.id


def test_own_site_copy_arriving_later_is_elected_and_lags_are_stored(session: Session) -> None:
    title, body = STORY_A
    outlet = _outlet(session, "Ahram", "ahram.test")
    agg1 = _article(session, "nabd.test", "/1", title, body, outlet=outlet, published=T0 + timedelta(hours=2))
    story = assign_story(session, agg1, settings=Settings(0.7))
    agg2 = _article(
        session, "mogaz.test", "/2", title, body, outlet=outlet, published=T0 + timedelta(hours=1)
    )
    story = assign_story(session, agg2)
    assert story.election_method == "credit_agreement"
    assert story.origin_outlet_id == outlet.id
    assert story.original_article_id == agg2.id
    # A later run brings the outlet's own page (published earliest): it beats the credits.
    own = _article(
        session,
        "www.ahram.test",
        "/news/9",
        title,
        body,
        outlet=outlet,
        published=T0,
        fetched=T0 + timedelta(days=1),
    )
    story = assign_story(session, own)
    session.refresh(agg1)
    session.refresh(agg2)
    assert (story.election_method, story.original_article_id) == ("own_site", own.id)
    assert own.is_original and not agg1.is_original and not agg2.is_original
    assert (agg1.lag_seconds, agg2.lag_seconds, own.lag_seconds) == (7200, 3600, 0)
    assert story.first_published_at == T0
    assert story.article_count == 3 and story.site_count == 3


def test_a_copy_bridging_two_stories_merges_them_with_history(session: Session) -> None:
    a = assign_story(session, _article(session, "x.test", "/a", *STORY_A))
    b = assign_story(session, _article(session, "y.test", "/b", *STORY_B))
    assert a.id != b.id and _live_stories(session) == 2
    # A roundup page carrying both texts in full is a copy of each: the two stories are one. (B first:
    # its lead bands find B; A, the longer text, is found by the full-text bands.)
    bridge = _article(session, "z.test", "/ab", STORY_B[0], STORY_B[1] + "\n\n" + STORY_A[1])
    merged = assign_story(session, bridge)
    assert merged.id == min(a.id, b.id)
    assert _live_stories(session) == 1
    gone = session.get(models.Story, max(a.id, b.id))
    assert gone is not None and gone.merged_into_id == merged.id and gone.article_count == 0
    history = session.scalars(select(models.StoryMerge)).all()
    assert [(h.from_story_id, h.into_story_id) for h in history] == [(max(a.id, b.id), merged.id)]
    assert merged.article_count == 3
    story_ids = set(session.scalars(select(models.Article.story_id)))
    assert story_ids == {merged.id}


def test_changed_text_moves_the_article_and_the_empty_story_points_to_the_new_one(session: Session) -> None:
    art = _article(session, "x.test", "/a", *STORY_A)
    first = assign_story(session, art)
    other = assign_story(session, _article(session, "y.test", "/b", *STORY_B))
    art.title, art.body = STORY_B
    moved = assign_story(session, art)
    assert moved.id == other.id and moved.article_count == 2
    old = session.get(models.Story, first.id)
    assert old is not None and old.merged_into_id == other.id


_WORKER = r"""
import sys, time
from datetime import UTC, datetime
from crawler.db import models
from crawler.db.engine import make_engine, session_factory
from crawler.db.stories import assign_story
from newscrawl_kit.labelled.dedup_set import build_labelled_set

url, worker, start, rounds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
docs = {d.doc_id: d for d in build_labelled_set(seed=5)}
originals = sorted(k for k, d in docs.items() if d.kind == "original")
factory = session_factory(make_engine(url))
for r in range(rounds):
    d = docs[originals[r]]
    with factory() as s, s.begin():
        art = models.Article(url=f"https://w{worker}.test/{r}", canonical_url=f"https://w{worker}.test/{r}",
                             site_id=worker, title=d.title, body=d.body + ("\n\nالمصدر: وكالة" if worker == 2 else ""),
                             content_hash="", fetched_at=datetime.now(UTC))
        s.add(art)
        s.flush()
        # Both processes reach the story assignment at the same instant.
        time.sleep(max(0.0, start + r * 0.25 - time.time()))
        assign_story(s, art)
"""


@pytest.mark.postgres
def test_two_processes_ingesting_copies_at_once_end_with_one_story(make_pg_database) -> None:
    url = make_pg_database()
    upgrade(url)
    engine = make_engine(url)
    with session_factory(engine)() as s, s.begin():
        s.add_all(
            [models.Site(id=1, name="w1", host="w1.test"), models.Site(id=2, name="w2", host="w2.test")]
        )
    rounds = 12
    start = time.time() + 3.0  # after both interpreters have started
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, url, str(w), str(start), str(rounds)],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in (1, 2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with session_factory(engine)() as s:
        per_story = s.execute(
            select(models.Article.story_id, func.count()).group_by(models.Article.story_id)
        ).all()
        assert len(per_story) == rounds, per_story
        assert all(n == 2 for _, n in per_story)
        assert _live_stories(s) == rounds
    engine.dispose()
