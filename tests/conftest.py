"""Shared fixtures: real databases (SQLite files and throwaway Postgres databases), the shared corpus path."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
SEEDS = REPO.parent / "shared" / "seeds"
# The tests crawl the replay web: its `.test` profiles load in this process and in every child it starts.
os.environ.setdefault("NEWSCRAWL_REPLAY", "1")
PG_ADMIN_URL = os.environ.get("NEWSCRAWL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def postgres_required() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("REQUIRE_POSTGRES") == "1"


def _postgres_answers() -> bool:
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``live`` reach the outside web: they run only when asked for (``pytest -m live``)."""
    if "live" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="reaches the outside web: run with -m live")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres_available() -> bool:
    if _postgres_answers():
        return True
    if postgres_required():
        pytest.fail("PostgreSQL at 127.0.0.1:5432 is not answering, and CI/REQUIRE_POSTGRES demands it")
    pytest.skip("PostgreSQL at 127.0.0.1:5432 is not answering (REQUIRE_POSTGRES=1 makes this a failure)")


@pytest.fixture(scope="session")
def make_pg_database(postgres_available: bool) -> Iterator[Callable[[], str]]:
    """Creates throwaway Postgres databases; every one is dropped at the end of the session."""
    import psycopg

    admin = PG_ADMIN_URL.replace("+psycopg", "")
    created: list[str] = []

    def make() -> str:
        name = f"newscrawl_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

    yield make
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in created:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(make_pg_database: Callable[[], str]) -> str:
    return make_pg_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'news.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind (the test is run once per backend)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'news.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS
