"""One Database per process, handed to every component by its from_crawler (none builds an engine itself)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.attribution.registry import OutletRegistry
from crawler.database import database_of
from crawler.db.engine import Database, process_database
from crawler.extensions import RunLedger
from crawler.incremental import ConditionalRequestsMiddleware, KnownArticlesMiddleware
from crawler.pipelines.persist import PersistPipeline
from crawler.pipelines.process import ProcessPipeline
from crawler.runner import project_settings


def _crawler(url: str | None, **more: object):  # type: ignore[no-untyped-def]
    # The project's settings (a bare get_crawler has no NEWSCRAWL_* defaults).
    ours = {k: v for k, v in project_settings().copy_to_dict().items() if k.startswith("NEWSCRAWL_")}
    settings = {**ours, "NEWSCRAWL_DATABASE_URL": url, **more}
    return get_crawler(settings_dict=settings)


def test_every_component_of_every_crawler_shares_the_process_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.db'}"
    first, second = _crawler(url), _crawler(url)
    components = [
        RunLedger.from_crawler(first),
        PersistPipeline.from_crawler(first),
        ConditionalRequestsMiddleware.from_crawler(first),
        KnownArticlesMiddleware.from_crawler(second),
        PersistPipeline.from_crawler(second),
    ]
    database = process_database(url)
    assert database_of(first) is database_of(second) is database
    assert all(c.engine is database.engine for c in components)
    assert all(c.sessions is database.sessions for c in components if hasattr(c, "sessions"))
    assert ProcessPipeline.from_crawler(first).database is database
    other = process_database(f"sqlite:///{tmp_path / 'two.db'}")
    assert other is not database and other.engine is not database.engine


def test_a_component_uses_the_database_it_is_handed(tmp_path: Path) -> None:
    crawler = _crawler(f"sqlite:///{tmp_path / 'settings.db'}")
    handed = Database.open(f"sqlite:///{tmp_path / 'handed.db'}")
    try:
        assert KnownArticlesMiddleware(crawler, handed).engine is handed.engine
        assert PersistPipeline(crawler, handed).database is handed
        assert ProcessPipeline(crawler, OutletRegistry.from_records([]), handed).database is handed
        assert RunLedger(crawler, handed).database_url == handed.url
    finally:
        handed.engine.dispose()


def test_no_database_url_switches_the_ledger_off() -> None:
    with pytest.raises(NotConfigured):
        RunLedger.from_crawler(_crawler(None))


_PARENT: list[Database] = []


def _is_parents(url: str) -> bool:
    return process_database(url) is _PARENT[0]


def test_a_forked_child_opens_its_own(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'own.db'}"
    _PARENT[:] = [process_database(url)]
    assert process_database(url) is _PARENT[0]
    # A pool's connections cannot cross a fork: the child must not reuse the parent's Database.
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_is_parents, (url,)) is False
