"""The built wheel, installed (not editable) in a fresh virtualenv and run from a folder with no repository
files: `newscrawl db upgrade`, `newscrawl demo` and `newscrawl crawl URL` work as the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.integration.unseen_web import build_blog, serve

REPO = Path(__file__).resolve().parents[2]


def run(
    cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_wheel_installs_and_runs_outside_the_repository(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        REPO,
        dict(os.environ),
    )
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = dist.glob("newscrawl-*.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSCRAWL_", "VIRTUAL_ENV", "PYTHON"))}
    for step in (
        ["-m", "pip", "install", "-q", "--upgrade", "pip"],
        ["-m", "pip", "install", "-q", str(wheel)],
    ):
        installed = run([str(python), *step], tmp_path, clean, timeout=900)
        assert installed.returncode == 0, installed.stderr[-3000:]

    work = tmp_path / "work"  # no scrapy.cfg, alembic.ini or migrations/ here
    work.mkdir()
    newscrawl = str(env_dir / "bin" / "newscrawl")
    env = {
        **clean,
        "DATABASE_URL": f"sqlite:///{work / 'news.db'}",
        "NEWSCRAWL_ALLOWED_NETWORKS": "127.0.0.0/8",
    }
    upgraded = run([newscrawl, "db", "upgrade"], work, env)
    assert upgraded.returncode == 0, upgraded.stderr[-3000:]
    assert upgraded.stdout.startswith("database at ")

    demo = run([newscrawl, "demo"], work, env)
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "articles stored: " in demo.stdout and "articles stored: 0 " not in demo.stdout

    site = build_blog(20)
    with serve(site) as origin:
        crawled = run([newscrawl, "crawl", f"{origin}/feed/"], work, env)
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    assert re.search(r"^127\.0\.0\.1: run \d+ ok: \d+ requests, 15 new", crawled.stdout, re.M), crawled.stdout
    # The installed package is what ran, not this checkout.
    where = run([str(python), "-c", "import crawler; print(crawler.__file__)"], work, env)
    assert str(env_dir) in where.stdout
