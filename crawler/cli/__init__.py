"""The ``newscrawl`` command. Exit codes: 0 success, 1 a run that failed, 2 bad usage or bad input."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from crawler.cli import admin, crawl, pages, views
from crawler.cli.common import UsageError
from crawler.config import Config
from crawler.db.migrate import NotMigrated


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscrawl",
        description="Crawl news aggregators, deduplicate republished stories, trace them to their original outlet.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (crawl, pages, views, admin):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = (
        logging.DEBUG if args.verbose else getattr(logging, Config.from_env().log_level.upper(), logging.INFO)
    )
    logging.basicConfig(
        level=level, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s", stream=sys.stderr
    )
    # Alembic says "Context impl ..." on every connection check: noise around a command's own output.
    for noisy in ("charset_normalizer", "trafilatura", "htmldate", "readability", "justext", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(f"newscrawl: {exc}", file=sys.stderr)
        return 2
    except NotMigrated as exc:
        print(f"newscrawl: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        print(f"newscrawl: database unreachable: {reason}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `newscrawl stories | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
