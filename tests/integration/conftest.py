"""Fixtures for end-to-end tests: the replay web served on 127.0.0.1, and the newscrawl CLI run for real."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb, build_demo_web

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_web() -> ReplayWeb:
    return build_demo_web()


@pytest.fixture(scope="module")
def replay(demo_web: ReplayWeb) -> Iterator[ReplayServer]:
    with ReplayServer(demo_web) as server:
        yield server


Runner = Callable[..., subprocess.CompletedProcess[str]]
Cli = Runner


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", *args]


def cli_env(db: str, tmp: Path, proxy: str | None = None, **env: str) -> dict[str, str]:
    """The environment of a ``newscrawl`` child: its database, lock and spool folders under ``tmp``, the
    replay web only when ``proxy`` is given; ``env`` last, so a test can override any of them."""
    environ = {k: v for k, v in os.environ.items() if k != "NEWSCRAWL_REPLAY_PROXY"}
    environ |= {
        "DATABASE_URL": db,
        "NEWSCRAWL_LOCK_DIR": str(tmp / "locks"),
        "NEWSCRAWL_SPOOL_DIR": str(tmp / "spool"),
    }
    if proxy:
        environ["NEWSCRAWL_REPLAY_PROXY"] = proxy
    return environ | env


def cli_runner(tmp: Path) -> Cli:
    """``newscrawl ARGS`` in a child process (the Twisted reactor runs once per process); locks and spool
    under ``tmp``. A function, so that module-scoped fixtures can use it too."""

    def run(
        *args: str, db: str, proxy: str | None = None, timeout: float = 240, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cli_command(*args),
            cwd=REPO,
            env=cli_env(db, tmp, proxy, **env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


@dataclass(frozen=True, slots=True)
class Db:
    """A database the tests of a module share, with the CLI bound to it."""

    url: str
    cli: Cli
    tmp: Path

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return self.cli(*args, db=self.url, **env)


def module_db(request: pytest.FixtureRequest, tmp: Path) -> Db:
    """For a module fixture parametrised ["sqlite", "postgres"]: an empty database of that kind, CLI bound."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'news.db'}"
    else:
        url = request.getfixturevalue("make_pg_database")()
    return Db(url, cli_runner(tmp), tmp)


@pytest.fixture
def newscrawl(tmp_path: Path) -> Runner:
    return cli_runner(tmp_path)
