"""Ledger rows for runs that are not Scrapy crawls (ingest, reprocess)."""

from __future__ import annotations

import os
import socket
from collections import Counter
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from crawler.db.engine import transaction
from crawler.db.models import CrawlRun


def start_run(sessions: sessionmaker[Session], trigger: str, site_id: int | None = None) -> int:
    with transaction(sessions) as session:
        run = CrawlRun(site_id=site_id, trigger=trigger, host=socket.gethostname(), pid=os.getpid())
        session.add(run)
        session.flush()
        return run.id


def finish_run(sessions: sessionmaker[Session], run_id: int, counts: Counter[str], error: str | None) -> None:
    with transaction(sessions) as session:
        run = session.get(CrawlRun, run_id)
        if run is None:
            return
        run.finished_at = datetime.now(UTC)
        run.status = "failed" if error else "ok"
        run.error_message = error
        run.articles_new = counts["new"]
        run.articles_updated = counts["updated"]
        run.articles_unchanged = counts["unchanged"]
        run.articles_duplicate = counts["duplicate"]
        run.requests = counts["pages"]
        run.errors = {k.split(":", 1)[1]: v for k, v in counts.items() if k.startswith("skipped:")}
