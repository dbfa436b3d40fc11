"""Fixtures for end-to-end tests: the replay web served on 127.0.0.1, and the newscrawl CLI run for real."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.replay.server import ReplayServer
from crawler.replay.web import ReplayWeb, build_demo_web

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


def cli_runner(tmp: Path) -> Cli:
    """``newscrawl ARGS`` in a child process (the Twisted reactor runs once per process); locks and spool
    under ``tmp``. A function, so that module-scoped fixtures can use it too."""

    def run(
        *args: str, db: str, proxy: str | None = None, timeout: float = 240, **env: str
    ) -> subprocess.CompletedProcess[str]:
        environ = {
            **os.environ,
            "DATABASE_URL": db,
            "NEWSCRAWL_LOCK_DIR": str(tmp / "locks"),
            "NEWSCRAWL_SPOOL_DIR": str(tmp / "spool"),
            **env,
        }
        environ.pop("NEWSCRAWL_REPLAY_PROXY", None)
        if proxy:
            environ["NEWSCRAWL_REPLAY_PROXY"] = proxy
        return subprocess.run(
            [sys.executable, "-m", "crawler.cli", *args],
            cwd=REPO,
            env=environ,
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
