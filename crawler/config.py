"""The one place that reads the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "sqlite:///var/news.db"


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def replay_web_in_use(env: Mapping[str, str] | None = None) -> bool:
    """True while the offline replay web is in use (demo, tests, benchmarks): its ``.test`` profiles load."""
    env = os.environ if env is None else env
    return _bool(env.get("NEWSCRAWL_REPLAY"), False) or bool(env.get("NEWSCRAWL_REPLAY_PROXY"))


@dataclass(frozen=True, slots=True)
class Config:
    database_url: str = DEFAULT_DATABASE_URL
    # When set ("http://127.0.0.1:PORT"), requests to replay-web hosts (*.test) go through the replay server.
    replay_proxy: str | None = None
    chromium_path: str = "/usr/bin/chromium"
    keep_raw_html: bool = True
    dedup_threshold: float = 0.7
    lock_dir: str = "var/locks"
    spool_dir: str = "var/spool"
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Config:
        env = dict(os.environ if env is None else env)
        return cls(
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
            replay_proxy=env.get("NEWSCRAWL_REPLAY_PROXY") or None,
            chromium_path=env.get("NEWSCRAWL_CHROMIUM") or "/usr/bin/chromium",
            keep_raw_html=_bool(env.get("NEWSCRAWL_KEEP_RAW_HTML"), True),
            dedup_threshold=float(env.get("NEWSCRAWL_DEDUP_THRESHOLD") or 0.7),
            lock_dir=env.get("NEWSCRAWL_LOCK_DIR") or "var/locks",
            spool_dir=env.get("NEWSCRAWL_SPOOL_DIR") or "var/spool",
            log_level=env.get("NEWSCRAWL_LOG_LEVEL") or "INFO",
        )
