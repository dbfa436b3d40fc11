"""The run lease (crawler.scheduling.lease) on SQLite and Postgres: taken, kept from others while its holder
lives, free once it expired or its holder is dead, renewed and released only by its owner."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import update

from crawler.db.engine import make_engine, session_factory, transaction
from crawler.db.migrate import upgrade
from crawler.db.models import RunLease, utcnow
from crawler.scheduling.lease import acquire_lease, lease_holder, release_lease, renew_lease


def test_lease_lifecycle(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    sessions = session_factory(engine)
    try:
        assert acquire_lease(sessions, "site:a", "one", ttl=60) is None  # taken
        holder = acquire_lease(sessions, "site:a", "two", ttl=60)  # its holder (this process) lives
        assert holder is not None and holder.owner == "one" and holder.pid == os.getpid()
        assert "pid=" in str(holder) and "lease until" in str(holder)
        assert acquire_lease(sessions, "site:b", "two", ttl=60) is None  # another key
        assert renew_lease(sessions, "site:a", "one", ttl=60) and not renew_lease(
            sessions, "site:a", "two", ttl=60
        )

        # Expired: free for the next run, and the old owner learns it lost it.
        with transaction(sessions) as s:
            s.execute(
                update(RunLease).where(RunLease.key == "site:a").values(expires_at=utcnow() - timedelta(1))
            )
        assert acquire_lease(sessions, "site:a", "two", ttl=60) is None
        assert not renew_lease(sessions, "site:a", "one", ttl=60)

        # Held by a process of this host that is gone: free at once, expiry or not.
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
        )
        with transaction(sessions) as s:
            s.execute(
                update(RunLease)
                .where(RunLease.key == "site:a")
                .values(pid=int(dead.stdout), host=socket.gethostname(), owner="ghost")
            )
        assert acquire_lease(sessions, "site:a", "three", ttl=60) is None

        release_lease(sessions, "site:a", "someone-else")  # not the owner: nothing happens
        assert lease_holder(sessions, "site:a") is not None
        release_lease(sessions, "site:a", "three")
        assert lease_holder(sessions, "site:a") is None
    finally:
        engine.dispose()
