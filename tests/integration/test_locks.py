"""Run locks, tested with real processes: a second run is refused while one holds the lock, and a run
killed with SIGKILL leaves nothing behind. Both backends: flock (SQLite) and Postgres advisory locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crawler.scheduling.locks import advisory_key, lock_file_path, read_lock_holder, run_lock

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

# The child takes the lock, says so on stdout, then sleeps until killed.
CHILD = """
import sys, time
from crawler.scheduling.locks import run_lock
with run_lock(sys.argv[1], sys.argv[2], sys.argv[3]) as acquired:
    print("locked" if acquired else "busy", flush=True)
    if acquired:
        time.sleep(600)
"""


def _postgres_up() -> bool:
    import psycopg

    try:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


@pytest.fixture(scope="module")
def postgres_url() -> str:
    if not _postgres_up():
        if os.environ.get("CI") == "true" or os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is not answering, and CI/REQUIRE_POSTGRES demands it")
        pytest.skip(
            "PostgreSQL at 127.0.0.1:5432 is not answering (set REQUIRE_POSTGRES=1 to make this fail)"
        )
    return POSTGRES_URL


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'news.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path / 'news.db'}"


@pytest.fixture
def unique_key(request: pytest.FixtureRequest) -> str:
    # Postgres locks are server-wide: a key per test and process keeps parallel runs from meeting.
    return f"test-{request.node.name}-{os.getpid()}"


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[Callable[[str, str], subprocess.Popen[str]]]:
    children: list[subprocess.Popen[str]] = []

    def start(database_url: str, key: str) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, database_url, key, str(tmp_path / "locks")],
            stdout=subprocess.PIPE,
            text=True,
        )
        children.append(child)
        assert child.stdout is not None
        line = child.stdout.readline().strip()  # blocks until the child has decided
        assert line == "locked", f"child could not take the lock: {line!r} (exit {child.poll()})"
        return child

    yield start
    for child in children:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)


def _acquire_eventually(database_url: str, key: str, lock_dir: str, timeout: float = 10.0) -> bool:
    """Postgres notices a dead client when its socket closes; give that a moment instead of racing it."""
    deadline = time.monotonic() + timeout
    while True:
        with run_lock(database_url, key, lock_dir) as acquired:
            if acquired or time.monotonic() > deadline:
                return acquired
        time.sleep(0.1)


def test_second_run_refused_and_sigkill_frees_the_lock(
    database_url: str, unique_key: str, tmp_path: Path, spawn: Callable[[str, str], subprocess.Popen[str]]
) -> None:
    lock_dir = str(tmp_path / "locks")
    child = spawn(database_url, unique_key)

    with run_lock(database_url, unique_key, lock_dir) as acquired:
        assert acquired is False

    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL

    assert _acquire_eventually(database_url, unique_key, lock_dir) is True


def test_lock_is_released_on_normal_exit_and_reentry_after(
    database_url: str, unique_key: str, tmp_path: Path
) -> None:
    lock_dir = str(tmp_path / "locks")
    with run_lock(database_url, unique_key, lock_dir) as first:
        assert first is True
        with run_lock(database_url, unique_key, lock_dir) as second:
            assert second is False  # even from the same process: one run per key
    with run_lock(database_url, unique_key, lock_dir) as again:
        assert again is True


def test_lock_is_released_when_the_run_raises(database_url: str, unique_key: str, tmp_path: Path) -> None:
    lock_dir = str(tmp_path / "locks")
    with pytest.raises(RuntimeError), run_lock(database_url, unique_key, lock_dir) as acquired:
        assert acquired
        raise RuntimeError("the crawl failed")
    with run_lock(database_url, unique_key, lock_dir) as again:
        assert again is True


def test_different_keys_do_not_block_each_other(
    database_url: str, unique_key: str, tmp_path: Path, spawn: Callable[[str, str], subprocess.Popen[str]]
) -> None:
    spawn(database_url, unique_key + "-site-a")
    with run_lock(database_url, unique_key + "-site-b", str(tmp_path / "locks")) as acquired:
        assert acquired is True


def test_lock_file_names_the_holder_for_operators(
    sqlite_url: str, tmp_path: Path, spawn: Callable[[str, str], subprocess.Popen[str]]
) -> None:
    lock_dir = tmp_path / "locks"
    child = spawn(sqlite_url, "site/with odd:chars")
    path = lock_file_path(lock_dir, "site/with odd:chars")
    assert path.parent == lock_dir and path.name == "site_with_odd_chars.lock"
    holder = read_lock_holder(lock_dir, "site/with odd:chars")
    assert holder is not None and f"pid={child.pid} " in holder and "host=" in holder and "started=" in holder


def test_file_lock_cleared_after_release_but_file_kept(sqlite_url: str, tmp_path: Path) -> None:
    lock_dir = tmp_path / "locks"
    with run_lock(sqlite_url, "due", str(lock_dir)) as acquired:
        assert acquired and read_lock_holder(lock_dir, "due") is not None
    assert lock_file_path(lock_dir, "due").exists()
    assert read_lock_holder(lock_dir, "due") is None


def test_advisory_key_is_stable_across_processes() -> None:
    here = advisory_key("news-site")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from crawler.scheduling.locks import advisory_key; print(advisory_key('news-site'))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(out.stdout) == here
    assert -(2**63) <= here < 2**63
    assert advisory_key("news-site") != advisory_key("other-site")
