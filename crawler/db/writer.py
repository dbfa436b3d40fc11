"""Write batches of processed articles in one transaction each: the crawler's persist pipeline, ``newscrawl
ingest`` and ``newscrawl reprocess`` all store through this."""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.exc import (
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker

from crawler import items
from crawler.db import repository
from crawler.db.engine import transaction
from crawler.db.models import Site
from crawler.db.rejected import record_rejected
from crawler.db.repository import ConcurrentInsert, ensure_outlets, ensure_site, ensure_sites, store_articles
from crawler.db.story_index import StoryIndex
from crawler.dedup.urls import canonicalize_url
from crawler.limits import FieldLimits, fit_article
from crawler.sites import profile_for_url
from crawler.sites.profile import SiteProfile

logger = logging.getLogger(__name__)

# Errors of the database itself (gone, locked, wrong schema): every article would fail the same way, so the
# batch fails as a whole and the caller retries or spools it. Anything else is about one article's data.
DATABASE_TROUBLE = (OperationalError, InterfaceError, ProgrammingError, DisconnectionError, PoolTimeout)


class PoisonPage(ValueError):
    """An article that cannot be stored whatever the database does (its reason is recorded)."""


def _reason(exc: BaseException) -> str:
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {detail[0] if detail else ''}".strip()


def site_identity(article: items.Article, profile: SiteProfile | None) -> tuple[str, str, str, int]:
    """(name, host, kind, cadence) of the site a copy was found on."""
    return repository.site_identity(profile or profile_for_url(article.url), article.site)


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
        self,
        sessions: sessionmaker[Session],
        stories: StoryIndex,
        *,
        keep_raw: bool = True,
        limits: FieldLimits | None = None,
    ) -> None:
        self.sessions = sessions
        self.stories = stories
        self.keep_raw = keep_raw
        self.limits = limits or FieldLimits()

    def write(
        self,
        batch: Sequence[items.Article],
        *,
        run_id: int | None = None,
        profile: SiteProfile | None = None,
    ) -> Counter[str]:
        """Store the batch; returns counts of new/updated/unchanged/duplicate/rejected articles.

        The batch is one transaction. When it fails for a reason tied to one article (a value the database
        refuses), it is stored again article by article: the bad ones are recorded in ``rejected_pages`` with
        their reason and the others are stored. Database trouble (``DATABASE_TROUBLE``) raises.
        """
        ready: list[items.Article] = []
        rejected: list[tuple[items.Article, str]] = []
        for article in batch:
            try:
                ready.append(self.fit(article))
            except PoisonPage as exc:
                rejected.append((article, str(exc)))
        counts: Counter[str] = Counter()
        try:
            counts.update(self._write_retrying(ready, run_id, profile))
        except DATABASE_TROUBLE:
            raise
        except Exception as exc:
            if len(ready) == 1:
                rejected.append((ready[0], _reason(exc)))
            else:
                logger.warning(
                    "a batch of %d articles failed (%s): storing them one by one", len(ready), _reason(exc)
                )
                for article in ready:
                    try:
                        counts.update(self._write_retrying([article], run_id, profile))
                    except DATABASE_TROUBLE:
                        raise
                    except Exception as one:
                        rejected.append((article, _reason(one)))
        if rejected:
            self._reject(rejected, run_id, profile)
            counts["rejected"] += len(rejected)
        return counts

    def fit(self, article: items.Article) -> items.Article:
        """The article with every field within its limit (``truncated`` names the fields that were cut)."""
        fitted, cut = fit_article(article, self.limits)
        limit = self.limits.canonical_url
        if len(fitted.canonical_url) > limit:
            # The page's own canonical link is too long to be a key: its fetch URL identifies it instead.
            own = canonicalize_url(fitted.url)
            if len(own) > limit:
                raise PoisonPage(f"its URL is longer than the {limit} characters of an article key")
            fitted, cut = replace(fitted, canonical_url=own), (*cut, "canonical_url")
        if not cut:
            return fitted
        # A fingerprint computed before the title or body was cut no longer describes the stored text.
        stale = fitted.fingerprint is not None and ("title" in cut or "body" in cut)
        return replace(fitted, truncated=cut, fingerprint=None) if stale else replace(fitted, truncated=cut)

    def _reject(
        self, rejected: list[tuple[items.Article, str]], run_id: int | None, profile: SiteProfile | None
    ) -> None:
        with transaction(self.sessions) as session:
            sites: dict[str, Site] = {}
            for article, reason in rejected:
                name, host, kind, cadence = site_identity(article, profile)
                if name not in sites:
                    sites[name] = ensure_site(session, name, host, kind, cadence)
                record_rejected(
                    session,
                    url=article.url,
                    canonical_url=canonicalize_url(article.url),
                    reason=reason,
                    site_id=sites[name].id,
                    run_id=run_id,
                )
                logger.warning("page not stored, recorded in rejected_pages: %s: %s", article.url, reason)

    def _write_retrying(
        self, batch: Sequence[items.Article], run_id: int | None, profile: SiteProfile | None
    ) -> Counter[str]:
        """One transaction for the batch; run again when a concurrent writer got in the way.

        Two writers storing the same new URL at once: one of them hits the unique constraint, rolls back
        and stores the batch again, finding the other's row this time.
        """
        for attempt in range(1, self.attempts + 1):
            try:
                return self._write(batch, run_id, profile)
            except ConcurrentInsert:
                if attempt == self.attempts:
                    raise
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
        if not batch:
            return counts
        identities = [site_identity(article, profile) for article in batch]
        with transaction(self.sessions) as session:
            sites = ensure_sites(session, identities)
            outlets = ensure_outlets(session, (article.attribution for article in batch))
            pending = [(a, sites[ident[0]]) for a, ident in zip(batch, identities, strict=True)]
            while pending:  # more than one round only when the batch holds one page twice
                results, pending = store_articles(
                    session, pending, self.stories, run_id=run_id, keep_raw=self.keep_raw, outlets=outlets
                )
                for result in results:
                    counts[result.status] += 1
                    if result.status == "new" and result.joined_existing_story:
                        counts["duplicate"] += 1
        return counts
