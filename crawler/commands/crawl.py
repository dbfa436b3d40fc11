"""``scrapy crawl SITE`` as Scrapy users expect, with the exit code cron needs.

Scrapy's own command exits 0 whatever happened to the run. This one exits 1 when the run failed (the reason is
in the log and in ``newscrawl runs``), 130 when it was interrupted (Ctrl-C), and says in one line, exit 2, that
the database needs ``newscrawl db upgrade`` instead of starting a crawl that cannot store anything.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.settings import SETTINGS_PRIORITIES
from sqlalchemy.exc import SQLAlchemyError

from crawler.config import mask_password
from crawler.db.engine import make_engine
from crawler.db.migrate import NotMigrated, ensure_migrated
from crawler.settings_check import check_setting

INTERRUPTED = 130


class Command(ScrapyCrawl):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        # Here, before Scrapy configures logging and builds the crawler process (a bad LOG_LEVEL is a
        # traceback there, and its banner comes first).
        if not self._settings_ok():
            raise SystemExit(2)
        url = self.settings.get("NEWSCRAWL_DATABASE_URL") if self.settings is not None else None
        if url and not self._ready(url):
            raise SystemExit(self.exitcode)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        created: list[Any] = []
        create = self._create_crawler

        def keep(name: Any) -> Any:  # the crawler's stats say how the run ended, after the process stopped
            crawler = create(name)
            created.append(crawler)
            return crawler

        self._create_crawler = keep  # type: ignore[method-assign]
        super().run(args, opts)
        for crawler in created:
            status = crawler.stats.get_value("newscrawl/run_status") if crawler.stats else None
            reason = crawler.stats.get_value("finish_reason") if crawler.stats else None
            if status == "failed" or (
                status is None and reason not in (None, "finished", "skipped_already_running")
            ):
                self.exitcode = 1
            elif status == "interrupted" and not self.exitcode:
                self.exitcode = INTERRUPTED

    def _settings_ok(self) -> bool:
        """``-s NAME=VALUE`` of the wrong type is one line, before Scrapy fails on it mid-start."""
        assert self.settings is not None
        for name, value in self.settings.copy_to_dict().items():
            given = self.settings.getpriority(name) == SETTINGS_PRIORITIES["cmdline"] and isinstance(
                value, str
            )
            if given and (problem := check_setting(name, value)):
                print(f"newscrawl: -s {problem}", file=sys.stderr)
                self.exitcode = 2
                return False
        return True

    def _ready(self, url: str) -> bool:
        logging.getLogger("alembic").setLevel(
            logging.WARNING
        )  # its per-connection INFO lines say nothing here
        engine = make_engine(url)
        try:
            ensure_migrated(engine)
        except NotMigrated as exc:
            print(f"newscrawl: {exc}", file=sys.stderr)
            self.exitcode = 2
            return False
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            print(f"newscrawl: database unreachable ({mask_password(url)}): {reason}", file=sys.stderr)
            self.exitcode = 1
            return False
        finally:
            engine.dispose()
        return True
