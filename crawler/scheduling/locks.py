"""Run locks: at most one run per key (a site name, or "due") at a time, and none left behind by a dead run.

Postgres: a session-level advisory lock held on a dedicated connection. It works across hosts, and the server
drops it when the connection goes away, so a SIGKILLed run frees it as soon as its socket closes.
SQLite and anything else: ``flock`` on ``<lock_dir>/<key>.lock``; the kernel releases it when the last file
descriptor closes, which includes the process being killed.

Either can be lost while its run goes on: the lock's connection cut (a proxy, a restart, an operator's
``pg_terminate_backend``), the lock file deleted. ``watched_run_lock`` hands out a ``HeldLock`` whose
``lost()`` tells; the run ledger asks it at every heartbeat (and a lease row keeps a second run out meanwhile,
``crawler.scheduling.lease``).
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from crawler.db.engine import make_engine, normalize_url

_KEY_PREFIX = "newscrawl:"
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]")


def advisory_key(key: str) -> int:
    """A stable signed 64-bit number for ``key`` (Python's ``hash()`` is salted per process, so not that)."""
    digest = hashlib.blake2b((_KEY_PREFIX + key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lock_file_path(lock_dir: str | os.PathLike[str], key: str) -> Path:
    """The lock file for ``key``; characters unsafe in a file name become '_'."""
    name = _UNSAFE_FILENAME.sub("_", key) or "_"
    return Path(lock_dir) / f"{name}.lock"


def _holder_line() -> str:
    started = datetime.now(UTC).isoformat(timespec="seconds")
    return f"pid={os.getpid()} host={socket.gethostname()} started={started}\n"


def read_lock_holder(lock_dir: str | os.PathLike[str], key: str) -> str | None:
    """What the current holder wrote into the lock file (pid, host, start time), for a "skipped" message."""
    try:
        content = lock_file_path(lock_dir, key).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return content or None


def _is_postgres(database_url: str) -> bool:
    return make_url(normalize_url(database_url)).get_backend_name() == "postgresql"


@dataclass(frozen=True, slots=True)
class HeldLock:
    """A run lock that is held; ``lost()`` says why it no longer is (None while it is)."""

    key: str
    lost: Callable[[], str | None]


@contextmanager
def run_lock(database_url: str, key: str, lock_dir: str) -> Iterator[bool]:
    """Hold the run lock for ``key`` for the ``with`` block; yields False (without waiting) when taken."""
    with watched_run_lock(database_url, key, lock_dir) as held:
        yield held is not None


@contextmanager
def watched_run_lock(database_url: str, key: str, lock_dir: str) -> Iterator[HeldLock | None]:
    """``run_lock`` that yields a ``HeldLock`` (None when taken), so the holder can check it still holds it."""
    if _is_postgres(database_url):
        with _advisory_lock(database_url, key) as held:
            yield held
    else:
        with _file_lock(lock_dir, key) as held:
            yield held


@contextmanager
def _advisory_lock(database_url: str, key: str) -> Iterator[HeldLock | None]:
    lock_id = advisory_key(key)
    # NullPool: the connection (and with it the lock) must really close at the end, not go back to a pool.
    # AUTOCOMMIT: a session-level lock survives transactions; without it the connection would sit
    # "idle in transaction" for the whole run and could be cut by idle_in_transaction_session_timeout.
    # TCP keepalives: a server that vanished without closing the socket is noticed in well under a minute.
    engine = make_engine(
        database_url,
        poolclass=NullPool,
        isolation_level="AUTOCOMMIT",
        connect_args={
            # Lets operators see who holds it: SELECT application_name FROM pg_stat_activity.
            "application_name": f"newscrawl-lock {key} pid={os.getpid()}"[:63],
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
        },
    )
    try:
        with engine.connect() as conn:
            acquired = bool(
                conn.execute(text("SELECT pg_try_advisory_lock(CAST(:k AS bigint))"), {"k": lock_id}).scalar()
            )
            try:
                yield HeldLock(key, lambda: _advisory_lost(conn)) if acquired else None
            finally:
                if acquired and not conn.closed and not conn.invalidated:
                    with suppress(SQLAlchemyError):  # gone with its connection: nothing left to release
                        conn.execute(text("SELECT pg_advisory_unlock(CAST(:k AS bigint))"), {"k": lock_id})
    finally:
        engine.dispose()


def _advisory_lost(conn: Connection) -> str | None:
    """A session lock lives exactly as long as its connection: a connection that answers still holds it."""
    try:
        conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return f"the lock's database connection is gone ({reason[0] if reason else type(exc).__name__})"
    return None


@contextmanager
def _file_lock(lock_dir: str, key: str) -> Iterator[HeldLock | None]:
    path = lock_file_path(lock_dir, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    # os.open gives a non-inheritable descriptor (O_CLOEXEC), so a browser or other child started by the run
    # does not keep the lock alive after the run itself has died.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                yield None
                return
            raise
        try:
            os.ftruncate(fd, 0)
            os.write(fd, _holder_line().encode("utf-8"))
            yield HeldLock(key, lambda: _file_lost(fd, path))
        finally:
            # Empty the file but never delete it: unlinking would let a waiting process lock the old inode
            # while a newcomer locks a fresh file, and both would run.
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _file_lost(fd: int, path: Path) -> str | None:
    """The lock is on our inode; if the path now names another file (or none), a newcomer can lock that."""
    try:
        same = os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return f"the lock file {path} was deleted"
    return None if same else f"the lock file {path} was replaced"
