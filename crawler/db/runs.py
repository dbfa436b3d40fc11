"""The run ledger (``crawl_runs``): the one place that opens a run's row, records its numbers, closes it and
brings its site's schedule up to date. Used by every kind of run: a Scrapy crawl (``crawler.extensions``), a
fleet run (``crawler.distributed.fleet_runs``), ingest and reprocess (``start_run``/``finish_run``).

Repositories in the usual sense: they never commit (``start_run``/``finish_run`` own their short transaction,
as a run that is not recorded at once is not recorded at all).
"""

from __future__ import annotations

import os
import socket
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawler.db.engine import transaction
from crawler.db.models import CrawlRun, Site
from crawler.scheduling.cadence import next_interval
from crawler.sites.profile import SiteProfile

# The counters a run's row holds, as the ledger's columns name them.
COUNTED = (
    "requests",
    "responses_2xx",
    "responses_3xx",
    "responses_4xx",
    "responses_5xx",
    "bytes",
    "articles_new",
    "articles_updated",
    "articles_duplicate",
    "articles_unchanged",
)


def open_run(
    session: Session, trigger: str, site_id: int | None = None, *, stale: str | None = None
) -> CrawlRun:
    """A new ``running`` row. With ``stale``, the site's rows still marked running are failed with that
    message first: the caller holds the site's lock or lease, so their process died without closing them."""
    if site_id is not None and stale:
        for old in session.scalars(
            select(CrawlRun).where(CrawlRun.site_id == site_id, CrawlRun.status == "running")
        ):
            old.status = "failed"
            old.error_message = stale
    run = CrawlRun(
        site_id=site_id,
        trigger=trigger,
        host=socket.gethostname(),
        pid=os.getpid(),
        started_at=datetime.now(UTC),
    )
    session.add(run)
    session.flush()
    return run


def record_counts(run: CrawlRun, counts: Mapping[str, int], errors: Mapping[str, Any] | None = None) -> None:
    """The run's numbers (those ``counts`` has, by column name) and, given, its error tally."""
    for name in COUNTED:
        if name in counts:
            setattr(run, name, int(counts[name]))
    if errors is not None:
        run.errors = dict(errors)


def end_run(run: CrawlRun, status: str, message: str | None, now: datetime | None = None) -> None:
    run.status = status
    run.finished_at = now or datetime.now(UTC)
    run.error_message = message


def site_ran(
    session: Session,
    run: CrawlRun,
    ok: bool,
    profile: SiteProfile | None,
    new: int,
    seen: int,
    now: datetime | None = None,
) -> None:
    """The run's site: when it last ran, and after a good run when it last succeeded and its next interval
    (cadence counts from run start to run start; ``new`` of ``seen`` discovered articles drive it)."""
    site = session.get(Site, run.site_id) if run.site_id else None
    if site is None:
        return
    site.last_run_at = now or datetime.now(UTC)
    if ok:
        site.last_success_at = run.started_at
        if profile is not None:
            site.cadence_seconds = next_interval(site.cadence_seconds, new, seen, profile.cadence)


# -- runs that are not crawls (ingest, reprocess) ---------------------------------------------------------
def start_run(sessions: sessionmaker[Session], trigger: str, site_id: int | None = None) -> int:
    with transaction(sessions) as session:
        return open_run(session, trigger, site_id).id


def finish_run(sessions: sessionmaker[Session], run_id: int, counts: Counter[str], error: str | None) -> None:
    with transaction(sessions) as session:
        run = session.get(CrawlRun, run_id)
        if run is None:
            return
        end_run(run, "failed" if error else "ok", error)
        record_counts(
            run,
            {
                "requests": counts["pages"],
                "articles_new": counts["new"],
                "articles_updated": counts["updated"],
                "articles_unchanged": counts["unchanged"],
                "articles_duplicate": counts["duplicate"],
            },
            {k.split(":", 1)[1]: v for k, v in counts.items() if k.startswith("skipped:")},
        )
