"""Alembic environment: DATABASE_URL (or the -x url=... / ini option) selects the database."""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context

from crawler.db.engine import make_engine, normalize_url
from crawler.db.models import Base

config = context.config
if config.config_file_name and not config.attributes.get("no_logging"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _url() -> str:
    x = context.get_x_argument(as_dictionary=True)
    if "url" in x:
        return normalize_url(x["url"])
    # An explicit option set from code wins over the environment; the ini default loses to it.
    ini = config.get_main_option("sqlalchemy.url") or ""
    if config.attributes.get("from_code"):
        return ini
    return normalize_url(os.environ.get("DATABASE_URL") or ini)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = make_engine(_url())
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch migrations rebuild a table (copy, drop, rename): with foreign keys enforced, dropping a table
        # that other rows point at fails half-way ("FOREIGN KEY constraint failed"). SQLite only honours this
        # pragma outside a transaction, so it is set before Alembic begins one; the rows still agree after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # end SQLAlchemy's implicit transaction: Alembic's own must begin afresh
    try:
        _migrate(connection)
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def _migrate(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
