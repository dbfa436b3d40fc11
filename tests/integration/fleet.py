"""Test kit for the fleet (crawler.distributed): real Redis, real Postgres, worker processes, the generated web.

Every test gets its own Redis key prefix on 127.0.0.1:6379 (or its own redis-server, for the tests that stop
Redis), its own Postgres database, and a replay server in this process that counts, per host, how many
requests it answers at once.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from newscrawl_kit import replay_profiles
from newscrawl_kit.replay.web import ReplayWeb
from tests.integration.conftest import REPO, cli_command, cli_env

REDIS_URL = os.environ.get("NEWSCRAWL_TEST_REDIS", "redis://127.0.0.1:6379/0")


def redis_required() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("REQUIRE_REDIS") == "1"


def redis_answers(url: str = REDIS_URL) -> bool:
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        return bool(Redis.from_url(url, socket_connect_timeout=2).ping())
    except (RedisError, OSError):
        return False


def need_redis() -> None:
    if redis_answers():
        return
    if redis_required():
        pytest.fail(f"Redis is required (CI) but {REDIS_URL} does not answer")
    pytest.skip(f"Redis at {REDIS_URL} does not answer")


def drop_prefix(url: str, prefix: str) -> None:
    from redis import Redis
    from redis.exceptions import ConnectionError as RedisConnectionError

    server = Redis.from_url(url, socket_connect_timeout=2)
    try:
        keys = list(server.scan_iter(match=prefix + "*", count=1000))
        if keys:
            server.delete(*keys)
    except RedisConnectionError:
        pass  # the test's own redis-server, stopped with everything in it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """A redis-server of the test's own, persisting every write (AOF, fsync always), to stop and restart."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            if redis_required():
                pytest.fail("redis-server is required (CI) but not installed")
            pytest.skip("redis-server is not installed")
        self.folder.mkdir(parents=True, exist_ok=True)
        args = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder)]
        args += ["--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while not redis_answers(self.url):
            if time.monotonic() > deadline:
                raise RuntimeError("the test's redis-server did not start")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
        self.proc = None


def crawl_sites(web: ReplayWeb) -> list[str]:
    """The replay profiles that crawl ``web`` (no browser: the fleet tests fetch over HTTP)."""
    return sorted(
        name
        for name, p in replay_profiles().items()
        if not p.needs_browser and any(h in web.hosts for h in p.hosts)
    )


@dataclass
class Fleet:
    """Workers and the scheduler of one test, bound to its database, Redis prefix and replay server."""

    db: str
    tmp: Path
    proxy: str
    redis_url: str = REDIS_URL
    prefix: str = field(default_factory=lambda: f"nctest-{uuid.uuid4().hex[:10]}:")
    env: dict[str, str] = field(default_factory=dict)
    workers: list[subprocess.Popen[str]] = field(default_factory=list)

    def environ(self, **extra: str) -> dict[str, str]:
        base = {
            "REDIS_URL": self.redis_url,
            "NEWSCRAWL_REDIS_PREFIX": self.prefix,
            "NEWSCRAWL_VISIBILITY_TIMEOUT": "4",
            "NEWSCRAWL_HEARTBEAT_SECONDS": "1",
            "NEWSCRAWL_PROGRESS_INTERVAL": "0",
        }
        return cli_env(self.db, self.tmp, self.proxy, **(base | self.env | extra))

    def cli(self, *args: str, timeout: float = 240, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cli_command(*args),
            cwd=REPO,
            env=self.environ(**extra),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def start_worker(self, *args: str, **extra: str) -> subprocess.Popen[str]:
        log = open(self.tmp / f"worker-{len(self.workers)}.log", "w")  # noqa: SIM115 (the child owns it)
        proc = subprocess.Popen(
            cli_command("worker", "--idle-exit", "4", *args),
            cwd=REPO,
            env=self.environ(**extra),
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.workers.append(proc)
        return proc

    def log(self, i: int) -> str:
        return (self.tmp / f"worker-{i}.log").read_text(errors="replace")

    def wait(self, timeout: float = 300) -> list[int]:
        deadline = time.monotonic() + timeout
        codes = []
        for i, proc in enumerate(self.workers):
            try:
                codes.append(proc.wait(timeout=max(1.0, deadline - time.monotonic())))
            except subprocess.TimeoutExpired:
                self.stop()
                raise AssertionError(f"worker {i} did not finish:\n{self.log(i)[-3000:]}") from None
        return codes

    def stop(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=10)


def stored(db: str, sql: str = "SELECT COUNT(*) FROM articles", **params: Any) -> Any:
    engine = create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()
    finally:
        engine.dispose()


def rows(db: str, sql: str) -> list[tuple[Any, ...]]:
    engine = create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def story_partition(db: str) -> set[frozenset[str]]:
    """The stories as sets of article URLs: comparable across databases (ids are not)."""
    groups: dict[int, set[str]] = {}
    for story_id, url in rows(db, "SELECT story_id, canonical_url FROM articles WHERE story_id IS NOT NULL"):
        groups.setdefault(story_id, set()).add(url)
    return {frozenset(g) for g in groups.values()}


def wait_for(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def prepared_db(make_pg_database: Any, tmp: Path) -> str:
    """A migrated Postgres database with the outlet registry loaded (as `newscrawl outlets sync` does)."""
    db = make_pg_database()
    for args in (("db", "upgrade"), ("outlets", "sync")):
        out = subprocess.run(
            cli_command(*args), cwd=REPO, env=cli_env(db, tmp), capture_output=True, text=True, check=False
        )
        assert out.returncode == 0, out.stderr
    return db
