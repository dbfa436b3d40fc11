"""Fixtures for end-to-end tests: the replay web served on 127.0.0.1, and the newscrawl CLI run for real."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
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


@pytest.fixture
def newscrawl(tmp_path: Path) -> Runner:
    """Run ``newscrawl ARGS`` in a child process (the Twisted reactor runs once per process)."""

    def run(
        *args: str, db: str, proxy: str | None = None, timeout: float = 240, **env: str
    ) -> subprocess.CompletedProcess[str]:
        environ = {
            **os.environ,
            "DATABASE_URL": db,
            "NEWSCRAWL_LOCK_DIR": str(tmp_path / "locks"),
            "NEWSCRAWL_SPOOL_DIR": str(tmp_path / "spool"),
            **env,
        }
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
