"""Helpers shared by the CLI commands: the database session, time windows, tables."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from crawler.config import Config

if TYPE_CHECKING:  # SQLAlchemy and Alembic load when a command opens the database, not at start
    from sqlalchemy.orm import Session


class UsageError(Exception):
    """Bad usage or bad input: exit code 2 with a one-line reason."""


@contextmanager
def db_session(config: Config | None = None, *, write: bool = False) -> Iterator[Session]:
    """A session on DATABASE_URL; read-only commands never commit."""
    from crawler.db.engine import make_engine, session_factory
    from crawler.db.migrate import ensure_migrated

    config = config or Config.from_env()
    engine = make_engine(config.database_url)
    try:
        ensure_migrated(engine)
        with session_factory(engine)() as session:
            if write:
                with session.begin():
                    yield session
            else:
                yield session
                session.rollback()
    finally:
        engine.dispose()


_SPAN = re.compile(r"^(\d+)\s*([mhdw])$")


def parse_since(value: str | None) -> datetime | None:
    """'30m', '6h', '1d', '2w' or an ISO date/datetime -> an aware datetime."""
    if not value:
        return None
    m = _SPAN.match(value.strip())
    if m:
        unit = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[m.group(2)]
        return datetime.now(UTC) - timedelta(**{unit: int(m.group(1))})
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since {value!r}: use 30m, 6h, 1d, 2w or an ISO date") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str, int]]) -> None:
    """columns: (key, header, max width). Plain aligned text for people; --json is for scripts."""
    if not rows:
        print("(none)")
        return
    widths = []
    for key, header, limit in columns:
        widest = max((len(_cell(r.get(key), limit)) for r in rows), default=0)
        widths.append(max(len(header), min(limit, widest)))
    print("  ".join(h.ljust(w) for (_, h, _), w in zip(columns, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        cells = [_cell(r.get(k), lim).ljust(w) for (k, _, lim), w in zip(columns, widths, strict=True)]
        print("  ".join(cells).rstrip())
