"""The one place that reads the environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from crawler.limits import MAX_PAGE_BYTES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "sqlite:///var/news.db"
DEFAULT_CONTACT_URL = "https://github.com/newscrawl/newscrawl"


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEFAULT_SITES_DIR = "sites"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


class ConfigError(ValueError):
    """A setting with a value that cannot work: one line naming the variable (exit code 2)."""


def _bool(value: str | None, default: bool, name: str = "") -> bool:
    if value is None or value.strip() == "":
        return default
    text = value.strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ConfigError(f"{name}={value!r}: expected true or false")


def _threshold(value: str | None) -> float:
    if value is None or value.strip() == "":
        return 0.7
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 < number <= 1.0:
        raise ConfigError(f"NEWSCRAWL_DEDUP_THRESHOLD={value!r}: expected a number above 0 and at most 1")
    return number


def _seconds(value: str | None, default: float, name: str) -> float:
    if value is None or value.strip() == "":
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if number < 0:
        raise ConfigError(f"{name}={value!r}: expected a number of seconds (0 or more)")
    return number


def _bytes(value: str | None, default: int, name: str) -> int:
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise ConfigError(f"{name}={value!r}: expected a number of bytes (more than 0)")
    return number


def _networks(value: str | None) -> str:
    from crawler.netpolicy import BadNetworks, parse_networks

    try:
        parse_networks(value)
    except BadNetworks as exc:
        raise ConfigError(f"{exc} (comma-separated, e.g. 10.20.0.0/16,192.168.5.0/24)") from None
    return (value or "").strip()


def _redis_url(value: str | None) -> str | None:
    url = (value or "").strip()
    if not url:
        return None
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(
            f"REDIS_URL={mask_password(url)!r}: expected redis://host:port/db, rediss://... or unix://path"
        )
    return url


def _log_level(value: str | None) -> str:
    level = (value or "INFO").strip().upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"NEWSCRAWL_LOG_LEVEL={value!r}: expected one of {', '.join(LOG_LEVELS)}")
    return level


# SQLAlchemy's own URL grammar (sqlalchemy.engine.url._parse_url): plain URLs are checked without importing
# SQLAlchemy, which commands that never open the database (``newscrawl extract``) should not pay for.
_DB_URL = re.compile(
    r"(?P<name>[\w\+]+)://(?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?"
    r"(?:(?:\[(?P<ipv6host>[^/\?]+)\]|(?P<ipv4host>[^/:\?]+))?(?::(?P<port>[^/\?]*))?)?"
    r"(?:/(?P<database>[^\?]*))?(?:\?(?P<query>.*))?"
)


def _backend_and_database(url: str) -> tuple[str, str | None]:
    m = _DB_URL.match(url)
    if m and m.group("query") is None and (m.group("port") or "0").isdigit():
        database = m.group("database")
        return m.group("name").split("+")[0], unquote(database) if database is not None else None
    from sqlalchemy.engine import make_url  # anything else: SQLAlchemy decides
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ConfigError(
            f"DATABASE_URL={mask_password(url)!r} is not a database URL "
            "(postgresql://user@host/db or sqlite:///path/news.db)"
        ) from None
    return parsed.get_backend_name(), parsed.database


def check_database_url(url: str) -> str:
    """``url`` if SQLAlchemy can use it for a database we support, else ConfigError (password masked)."""
    backend, database = _backend_and_database(url)
    if backend not in ("sqlite", "postgresql", "postgres"):
        raise ConfigError(
            f"DATABASE_URL: {backend!r} databases are not supported (use postgresql://... or sqlite:///...)"
        )
    if backend == "sqlite" and database and database != ":memory:":
        parent = Path(database).parent
        if parent.exists() and not parent.is_dir():
            raise ConfigError(f"DATABASE_URL: {parent} is not a folder")
    return url


def mask_password(url: str) -> str:
    """The URL with its password (if any) replaced by ***: for every URL that is printed or logged."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    netloc, slash, tail = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{hostport}{slash}{tail}"


def replay_web_in_use(env: Mapping[str, str] | None = None) -> bool:
    """True while the offline replay web is in use (demo, tests, benchmarks): its ``.test`` profiles load."""
    env = os.environ if env is None else env
    replay = (env.get("NEWSCRAWL_REPLAY") or "").strip().lower() not in ("", *_FALSE)
    return replay or bool(env.get("NEWSCRAWL_REPLAY_PROXY"))


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
    progress_interval: float = 10.0  # seconds between progress lines (0: none)
    # The operator's site profiles (``newscrawl sites add`` writes there); relative to the working directory.
    sites_dir: str = DEFAULT_SITES_DIR
    # Comma-separated CIDR networks the SSRF guard lets the crawler connect to besides public addresses.
    allowed_networks: str = ""
    # Named in the User-Agent, so that a site's operator can find out who crawls them and how to reach us.
    contact_url: str = DEFAULT_CONTACT_URL
    max_page_bytes: int = MAX_PAGE_BYTES  # larger pages (decompressed) are refused on every path
    # The fleet (crawler.distributed): the shared frontier's Redis; None = single-process mode, no Redis.
    redis_url: str | None = None
    redis_prefix: str = (
        "newscrawl:"  # every key the fleet writes starts with this (several fleets, one Redis)
    )
    visibility_timeout: float = 60.0  # seconds without a heartbeat before a worker's requests go back
    redis_wait: float = 300.0  # seconds a worker waits for Redis to come back before the run fails
    worker_health_file: str = ""  # touched by the worker's loop every second (a liveness check reads its age)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        """The configuration, or ConfigError naming the first variable whose value cannot work."""
        env = dict(os.environ if env is None else env)
        return cls(
            database_url=check_database_url(env.get("DATABASE_URL") or DEFAULT_DATABASE_URL),
            replay_proxy=env.get("NEWSCRAWL_REPLAY_PROXY") or None,
            chromium_path=env.get("NEWSCRAWL_CHROMIUM") or "/usr/bin/chromium",
            keep_raw_html=_bool(env.get("NEWSCRAWL_KEEP_RAW_HTML"), True, "NEWSCRAWL_KEEP_RAW_HTML"),
            dedup_threshold=_threshold(env.get("NEWSCRAWL_DEDUP_THRESHOLD")),
            lock_dir=env.get("NEWSCRAWL_LOCK_DIR") or "var/locks",
            spool_dir=env.get("NEWSCRAWL_SPOOL_DIR") or "var/spool",
            log_level=_log_level(env.get("NEWSCRAWL_LOG_LEVEL")),
            sites_dir=str(sites_dir(env)),
            progress_interval=_seconds(
                env.get("NEWSCRAWL_PROGRESS_INTERVAL"), 10.0, "NEWSCRAWL_PROGRESS_INTERVAL"
            ),
            allowed_networks=_networks(env.get("NEWSCRAWL_ALLOWED_NETWORKS")),
            contact_url=env.get("NEWSCRAWL_CONTACT_URL") or DEFAULT_CONTACT_URL,
            max_page_bytes=_bytes(
                env.get("NEWSCRAWL_MAX_PAGE_BYTES"), MAX_PAGE_BYTES, "NEWSCRAWL_MAX_PAGE_BYTES"
            ),
            redis_url=_redis_url(env.get("REDIS_URL")),
            redis_prefix=env.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl:",
            visibility_timeout=_seconds(
                env.get("NEWSCRAWL_VISIBILITY_TIMEOUT"), 60.0, "NEWSCRAWL_VISIBILITY_TIMEOUT"
            ),
            redis_wait=_seconds(env.get("NEWSCRAWL_REDIS_WAIT"), 300.0, "NEWSCRAWL_REDIS_WAIT"),
            worker_health_file=env.get("NEWSCRAWL_WORKER_HEALTH_FILE") or "",
        )


def sites_dir(env: Mapping[str, str] | None = None) -> Path:
    """The operator's profile folder: NEWSCRAWL_SITES_DIR, default ./sites (never inside the package)."""
    env = os.environ if env is None else env
    return Path(env.get("NEWSCRAWL_SITES_DIR") or DEFAULT_SITES_DIR)


def config_or_exit() -> Config:
    """The configuration, or (for entry points we do not own, such as ``scrapy crawl``) one line and exit 2."""
    try:
        return Config.from_env()
    except ConfigError as exc:
        import sys

        print(f"newscrawl: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
