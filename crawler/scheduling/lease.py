"""The run lease: a row per running site, renewed by the run's heartbeat, that outlives a lost run lock.

The run lock (``crawler.scheduling.locks``) is the fast path: a killed run frees it at once. But a run can
lose it while it goes on crawling (its lock connection cut, its lock file deleted), and a second run would
then take the lock and start beside it. The lease closes that gap: a run starts only when it holds the lock
*and* the lease, and the lease is free only when it expired (its holder stopped renewing it) or its holder
is known to be dead (same host, no such process). A run that cannot renew its lease stops before it expires.

Repositories never commit; these functions own their short transactions, one per call, because a lease is
only meaningful once committed.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crawler.db.engine import transaction
from crawler.db.models import RunLease, utcnow


@dataclass(frozen=True, slots=True)
class Holder:
    owner: str
    host: str
    pid: int
    expires_at: datetime

    def __str__(self) -> str:
        return f"pid={self.pid} host={self.host} lease until {self.expires_at.isoformat(timespec='seconds')}"


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


def _free(row: RunLease, owner: str, now: datetime) -> bool:
    if row.owner == owner or row.expires_at <= now:
        return True
    return row.host == socket.gethostname() and not pid_alive(row.pid)


def acquire_lease(
    sessions: sessionmaker[Session], key: str, owner: str, ttl: float, now: datetime | None = None
) -> Holder | None:
    """Take the lease for ``key``; None when taken, else the live holder that keeps it."""
    now = now or utcnow()
    expires = now + timedelta(seconds=ttl)
    me = {"owner": owner, "host": socket.gethostname(), "pid": os.getpid(), "expires_at": expires}
    with transaction(sessions) as session:
        row = session.get(RunLease, key)
        if row is None:
            try:
                with session.begin_nested():
                    session.add(RunLease(key=key, acquired_at=now, **me))
                return None
            except IntegrityError:  # another run inserted it first
                row = session.get(RunLease, key)
                assert row is not None
        holder = Holder(row.owner, row.host, row.pid, row.expires_at)
        if not _free(row, owner, now):
            return holder
        # Compare-and-swap on the previous owner: of two runs taking over a stale lease, one wins.
        taken = session.execute(
            update(RunLease)
            .where(RunLease.key == key, RunLease.owner == holder.owner)
            .values(acquired_at=now, **me)
            .execution_options(synchronize_session=False)
        )
        return None if taken.rowcount == 1 else holder


def renew_lease(
    sessions: sessionmaker[Session], key: str, owner: str, ttl: float, now: datetime | None = None
) -> bool:
    """Push the lease's expiry ``ttl`` seconds ahead; False when it is no longer ours."""
    expires = (now or utcnow()) + timedelta(seconds=ttl)
    with transaction(sessions) as session:
        result = session.execute(
            update(RunLease)
            .where(RunLease.key == key, RunLease.owner == owner)
            .values(expires_at=expires)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1


def release_lease(sessions: sessionmaker[Session], key: str, owner: str) -> None:
    with transaction(sessions) as session:
        session.execute(delete(RunLease).where(RunLease.key == key, RunLease.owner == owner))


def lease_holder(sessions: sessionmaker[Session], key: str) -> Holder | None:
    with sessions() as session:
        row = session.scalars(select(RunLease).where(RunLease.key == key)).one_or_none()
        return None if row is None else Holder(row.owner, row.host, row.pid, row.expires_at)
