"""Alembic is the only source of the schema: up, down, up again on both backends, and no drift from the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from crawler.db import migrate
from crawler.db.engine import make_engine
from crawler.db.models import Base

TABLES = {"sites", "outlets", "articles", "stories", "crawl_runs", "article_bands", "article_versions"}


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    migrate.upgrade(db_url)
    assert _tables(db_url) >= TABLES
    migrate.downgrade(db_url, "base")
    assert _tables(db_url) <= {"alembic_version"}
    migrate.upgrade(db_url)
    assert _tables(db_url) >= TABLES
    engine = make_engine(db_url)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
        migrate.ensure_migrated(engine)
    finally:
        engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    migrate.upgrade(db_url)
    command.check(migrate.alembic_config(db_url))  # raises when autogenerate finds a difference
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
    finally:
        engine.dispose()
    assert diff == []


def test_unmigrated_database_is_reported_in_one_line(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        migrate.ensure_migrated(engine)
    except migrate.NotMigrated as exc:
        message = str(exc)
    else:
        raise AssertionError("an empty database passed ensure_migrated")
    finally:
        engine.dispose()
    assert "\n" not in message and "newscrawl db upgrade" in message


VIEWS = ("v_stories", "v_story_copies", "v_republication", "v_site_health", "v_unverified_outlets", "v_runs")


def test_operator_views_exist_and_answer(db_url: str) -> None:
    from sqlalchemy import text

    migrate.upgrade(db_url)
    engine = make_engine(db_url)
    try:
        assert set(VIEWS) <= set(inspect(engine).get_view_names())
        with engine.connect() as conn:
            for view in VIEWS:
                conn.execute(text(f"SELECT * FROM {view}")).all()  # valid SQL on this backend
    finally:
        engine.dispose()
