"""Alembic from code: upgrade to head, and tell whether a database is at head."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from crawler.config import PROJECT_ROOT
from crawler.db.engine import make_engine, normalize_url


class NotMigrated(RuntimeError):
    """The database is not at the latest migration."""


def script_location() -> Path:
    """The migrations: the copy inside an installed wheel (setup.py puts it there), else the checkout's."""
    packaged = Path(__file__).resolve().parents[1] / "_migrations"
    return packaged if (packaged / "env.py").is_file() else PROJECT_ROOT / "migrations"


def alembic_config(database_url: str) -> AlembicConfig:
    cfg = AlembicConfig()  # no alembic.ini needed: everything the commands use is set here
    cfg.set_main_option("script_location", str(script_location()))
    # '%' must be escaped for configparser.
    cfg.set_main_option("sqlalchemy.url", normalize_url(database_url).replace("%", "%%"))
    cfg.attributes["from_code"] = True  # this URL wins over DATABASE_URL
    cfg.attributes["no_logging"] = True  # keep the caller's logging configuration
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)


def head_revision() -> str | None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return script.get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_migrated(engine: Engine) -> None:
    """Raise NotMigrated with a one-line reason when the database is behind."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        where = engine.url.render_as_string(hide_password=True)
        state = "has no schema" if current is None else f"is at {current}, not {head}"
        raise NotMigrated(f"database {where} {state}: run 'newscrawl db upgrade'")


def upgraded_engine(database_url: str) -> Engine:
    upgrade(database_url)
    return make_engine(database_url)
