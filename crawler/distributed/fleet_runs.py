"""A fleet run in Postgres: one ``crawl_runs`` row and one lease shared by every worker, a row per worker.

The scheduler (``crawl --due --distributed``) opens the run: it takes the site's lease (so a single-process
run, or a second scheduler, finds the site "already running") under an owner token that the workers share
and renew. Each worker upserts its own ``crawl_run_workers`` row; whoever leaves the run last closes it:
totals summed from the worker rows, status, the site's cadence, the lease released.

These functions own their short transactions (as ``crawler.scheduling.lease`` does): each is meaningful
only once committed.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from crawler.db import runs as ledger
from crawler.db.engine import transaction
from crawler.db.models import CrawlRun, CrawlRunWorker, RunLease
from crawler.db.repository import ensure_site, site_identity
from crawler.scheduling.lease import Holder, acquire_lease, release_lease
from crawler.sites.profile import SiteProfile

COUNTERS = (
    "requests",
    "responses_2xx",
    "responses_3xx",
    "responses_4xx",
    "responses_5xx",
    "bytes",
    "discovered",
    "articles_new",
    "articles_updated",
    "articles_duplicate",
    "articles_unchanged",
    "articles_rejected",
    "articles_spooled",
)


def lease_key(site: str) -> str:
    return f"site:{site}"  # the single-process run ledger's key: the two modes exclude each other


def lease_host() -> str:
    """The host a fleet lease names. Never a bare host name: a lease on this host whose pid is gone counts
    as free (crawler.scheduling.lease), but a fleet run lives on in its other workers, and before the first
    worker joins, the scheduler that took the lease has already exited. A fleet lease ends by expiring."""
    return f"fleet {socket.gethostname()}"


@dataclass(frozen=True, slots=True)
class Opened:
    run_id: int | None  # None: skipped
    owner: str
    holder: Holder | None = None


def open_run(
    sessions: sessionmaker[Session], profile: SiteProfile, trigger: str, owner: str, ttl: float
) -> Opened:
    """Take the site's lease and open its run row; ``run_id`` None when another run holds the site."""
    holder = acquire_lease(sessions, lease_key(profile.name), owner, ttl)
    if holder is not None:
        return Opened(None, owner, holder)
    with transaction(sessions) as session:
        session.execute(
            update(RunLease)
            .where(RunLease.key == lease_key(profile.name), RunLease.owner == owner)
            .values(host=lease_host())
            .execution_options(synchronize_session=False)
        )
        site = ensure_site(session, *site_identity(profile, profile.hosts[0]))
        run = ledger.open_run(
            session, trigger, site.id, stale="the run ended without recording an end (workers killed?)"
        )
        return Opened(run.id, owner)


def run_status(sessions: sessionmaker[Session], run_id: int) -> str | None:
    with sessions() as session:
        run = session.get(CrawlRun, run_id)
        return run.status if run is not None else None


def renew(sessions: sessionmaker[Session], site: str, owner: str, ttl: float) -> bool:
    """Push the shared lease ahead, naming this worker as the live holder; False when it is not ours."""
    expires = datetime.now(UTC) + timedelta(seconds=ttl)
    with transaction(sessions) as session:
        result = session.execute(
            update(RunLease)
            .where(RunLease.key == lease_key(site), RunLease.owner == owner)
            .values(expires_at=expires, host=lease_host(), pid=os.getpid())
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1


def record_worker(
    sessions: sessionmaker[Session],
    run_id: int,
    worker: str,
    counts: dict[str, int],
    status: str = "running",
    errors: dict[str, int] | None = None,
    message: str | None = None,
) -> None:
    now = datetime.now(UTC)
    with transaction(sessions) as session:
        row = session.scalars(
            select(CrawlRunWorker).where(CrawlRunWorker.run_id == run_id, CrawlRunWorker.worker == worker)
        ).one_or_none()
        if row is None:
            row = CrawlRunWorker(
                run_id=run_id, worker=worker, host=socket.gethostname(), pid=os.getpid(), joined_at=now
            )
            session.add(row)
        for name in COUNTERS:
            setattr(row, name, int(counts.get(name, 0)))
        row.status = status
        row.seen_at = now
        row.errors = dict(errors or {})
        row.error_message = message
        if status != "running":
            row.left_at = now


def _totals(session: Session, run_id: int) -> dict[str, int]:
    columns = [func.coalesce(func.sum(getattr(CrawlRunWorker, n)), 0) for n in COUNTERS]
    row = session.execute(select(*columns).where(CrawlRunWorker.run_id == run_id)).one()
    return dict(zip(COUNTERS, (int(v) for v in row), strict=True))


def close_run(
    sessions: sessionmaker[Session],
    run_id: int,
    site_name: str,
    owner: str,
    profile: SiteProfile | None,
    error: str | None = None,
) -> str:
    """Close the run from its worker rows (whoever leaves last, or the one who saw it fail); its status."""
    now = datetime.now(UTC)
    with transaction(sessions) as session:
        run = session.get(CrawlRun, run_id)
        if run is None:
            return "failed"
        totals = _totals(session, run_id)
        workers = list(session.scalars(select(CrawlRunWorker).where(CrawlRunWorker.run_id == run_id)))
        errors: dict[str, Any] = {}
        for w in workers:
            for key, value in (w.errors or {}).items():
                errors[key] = errors.get(key, 0) + int(value)
        failed_worker = next((w for w in workers if w.status == "failed"), None)
        reachable = totals["responses_2xx"] + totals["responses_3xx"] + totals["responses_4xx"]
        stored = totals["articles_new"] + totals["articles_updated"] + totals["articles_unchanged"]
        message = error or (failed_worker.error_message if failed_worker else None)
        if not message and totals["articles_spooled"]:
            message = f"{totals['articles_spooled']} pages could not be stored (spooled for newscrawl ingest)"
        if not message and totals["requests"] and not reachable:
            message = "no response from the site"
        if not message and totals["articles_rejected"] and not stored:
            message = f"all {totals['articles_rejected']} pages were rejected (see the rejected_pages table)"
        status = "failed" if message else "ok"
        closing = run.status == "running"  # else a late worker only brings the totals up to date
        if closing:
            ledger.end_run(run, status, message, now)
        ledger.record_counts(run, totals, errors)
        if closing:
            ledger.site_ran(
                session, run, status == "ok", profile, totals["articles_new"], totals["discovered"], now
            )
        status = run.status
    release_lease(sessions, lease_key(site_name), owner)
    return status


def fail_run(sessions: sessionmaker[Session], run_id: int, site: str, owner: str, message: str) -> None:
    """The run cannot go on (Redis gone for good, the schedule lost its lease): failed, lease released."""
    with transaction(sessions) as session:
        run = session.get(CrawlRun, run_id)
        if run is not None and run.status == "running":
            run.status = "failed"
            run.finished_at = datetime.now(UTC)
            run.error_message = message
    release_lease(sessions, lease_key(site), owner)


def workers_of(session: Session, run_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The workers of each run, for ``newscrawl runs``."""
    out: dict[int, list[dict[str, Any]]] = {}
    if not run_ids:
        return out
    rows = session.scalars(
        select(CrawlRunWorker)
        .where(CrawlRunWorker.run_id.in_(run_ids))
        .order_by(CrawlRunWorker.run_id, CrawlRunWorker.joined_at)
    )
    for w in rows:
        out.setdefault(w.run_id, []).append(
            {
                "worker": w.worker,
                "host": w.host,
                "pid": w.pid,
                "status": w.status,
                "requests": w.requests,
                "articles_new": w.articles_new,
                "articles_updated": w.articles_updated,
                "articles_unchanged": w.articles_unchanged,
            }
        )
    return out
