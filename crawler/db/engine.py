"""Engine and session factories. Repositories never commit: the caller owns the transaction."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def normalize_url(url: str) -> str:
    """Accept the usual spellings of a Postgres URL and use psycopg 3 for them."""
    for prefix in ("postgres://", "postgresql://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


@dataclass(frozen=True, slots=True)
class Database:
    """A database as the components of a process use it: one engine (one connection pool) and its sessions.

    Built once per process (``process_database``) and handed to the components (the crawler's pipelines,
    extensions and middlewares get it from ``crawler.database.database_of`` in their ``from_crawler``), instead
    of each building an engine of its own; it lives as long as the process.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: str, **kwargs: Any) -> Database:
        engine = make_engine(url, **kwargs)
        return cls(url, engine, session_factory(engine))


class _ProcessDatabases:
    """The Databases opened in this process, by URL.

    Keyed by process too: a pool's connections must not cross a fork (a forked child opens its own).
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()  # the writer thread and the reactor may ask at once
        self.opened: dict[tuple[int, str], Database] = {}

    def get(self, url: str) -> Database:
        key = (os.getpid(), url)
        with self.lock:
            database = self.opened.get(key)
            if database is None:
                database = self.opened[key] = Database.open(url)
            return database


_PROCESS = _ProcessDatabases()


def process_database(url: str) -> Database:
    """This process's one Database for ``url``, opened on first use."""
    return _PROCESS.get(url)
