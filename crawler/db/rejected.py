"""Pages the writer could not store (poison pages): recorded with their reason, skipped by the next runs.

Repositories never commit: the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.db.models import RejectedPage, utcnow

# How long a rejected page is left alone before a run tries it again (the code may have been fixed since).
RETRY_AFTER = timedelta(days=1)


def url_key(canonical_url: str) -> str:
    """The key a rejected page is known by: the canonical URL may be the very thing that was too long."""
    return hashlib.sha256(canonical_url.encode("utf-8", "surrogatepass")).hexdigest()


def record_rejected(
    session: Session,
    *,
    url: str,
    canonical_url: str,
    reason: str,
    site_id: int | None,
    run_id: int | None,
    now: datetime | None = None,
) -> RejectedPage:
    """Insert or refresh the rejection of one page (one row per page; ``attempts`` counts the rejections)."""
    now = now or utcnow()
    key = url_key(canonical_url)
    row = session.scalars(select(RejectedPage).where(RejectedPage.url_key == key)).one_or_none()
    if row is None:
        row = RejectedPage(url_key=key, first_seen_at=now, attempts=0)
        session.add(row)
    # Text that could not be stored once may be unstorable again (a lone surrogate, a NUL): keep what the
    # database can always take.
    row.url = _storable(url)
    row.canonical_url = _storable(canonical_url)
    row.reason = _storable(reason)[:2000]
    row.site_id = site_id
    row.crawl_run_id = run_id
    row.attempts += 1
    row.last_seen_at = now
    return row


def recently_rejected(
    session: Session, canonical_urls: Iterable[str], now: datetime | None = None
) -> set[str]:
    """The URLs among ``canonical_urls`` rejected less than RETRY_AFTER ago (not worth fetching again yet)."""
    keys = {url_key(u): u for u in canonical_urls}
    if not keys:
        return set()
    cutoff = (now or utcnow()) - RETRY_AFTER
    rows = session.scalars(
        select(RejectedPage.url_key).where(
            RejectedPage.url_key.in_(list(keys)), RejectedPage.last_seen_at >= cutoff
        )
    )
    return {keys[k] for k in rows}


def _storable(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
