"""Write batches of processed articles in one transaction each: the crawler's persist pipeline, ``newscrawl
ingest`` and ``newscrawl reprocess`` all store through this."""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crawler import items
from crawler.db.engine import transaction
from crawler.db.models import Site
from crawler.db.repository import ensure_site, store_article
from crawler.db.story_index import StoryIndex
from crawler.sites import profile_for_url
from crawler.sites.profile import SiteProfile


def site_identity(article: items.Article, profile: SiteProfile | None) -> tuple[str, str, str, int]:
    """(name, host, kind, cadence) of the site a copy was found on."""
    profile = profile or profile_for_url(article.url)
    if profile is not None:
        return profile.name, profile.hosts[0], profile.kind, profile.cadence.default
    return article.site, article.site, "aggregator", 900


# Postgres SQLSTATEs after which the whole transaction can simply be run again.
_RETRY_SQLSTATES = {"40P01", "40001", "23505"}  # deadlock, serialization failure, unique violation


def _retryable(exc: DBAPIError) -> bool:
    if (
        isinstance(exc, IntegrityError)
        and exc.orig is not None
        and getattr(exc.orig, "sqlstate", None) is None
    ):
        return True  # SQLite: a unique violation from a concurrent insert
    return getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES


class ArticleWriter:
    attempts = 5

    def __init__(
        self, sessions: sessionmaker[Session], stories: StoryIndex, *, keep_raw: bool = True
    ) -> None:
        self.sessions = sessions
        self.stories = stories
        self.keep_raw = keep_raw

    def write(
        self,
        batch: Sequence[items.Article],
        *,
        run_id: int | None = None,
        profile: SiteProfile | None = None,
    ) -> Counter[str]:
        """Store the batch atomically; returns counts of new/updated/unchanged/duplicate articles.

        Two writers storing the same new URL at once: one of them hits the unique constraint, rolls back
        and stores the batch again, finding the other's row this time.
        """
        for attempt in range(1, self.attempts + 1):
            try:
                return self._write(batch, run_id, profile)
            except (IntegrityError, OperationalError) as exc:
                if attempt == self.attempts or not _retryable(exc):
                    raise
                # Another writer holds what we need (Postgres broke a deadlock by failing us): start over.
                time.sleep(random.uniform(0.05, 0.25) * attempt)
        raise AssertionError("unreachable")

    def _write(
        self, batch: Sequence[items.Article], run_id: int | None, profile: SiteProfile | None
    ) -> Counter[str]:
        counts: Counter[str] = Counter()
        outlets: dict[str, int] = {}
        with transaction(self.sessions) as session:
            sites: dict[str, Site] = {}
            for article in batch:
                name, host, kind, cadence = site_identity(article, profile)
                if name not in sites:
                    sites[name] = ensure_site(session, name, host, kind, cadence)
                result = store_article(
                    session,
                    article,
                    sites[name],
                    self.stories,
                    run_id=run_id,
                    keep_raw=self.keep_raw,
                    outlets=outlets,
                )
                counts[result.status] += 1
                if result.status == "new" and result.joined_existing_story:
                    counts["duplicate"] += 1
        return counts
