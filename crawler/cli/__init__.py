"""The ``newscrawl`` command. Exit codes: 0 success, 1 a run that failed, 2 bad usage or bad input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from crawler.cli import admin, crawl, pages, sites, views, worker
from crawler.cli.common import UsageError
from crawler.config import Config, ConfigError
from crawler.db.migrate import NotMigrated
from crawler.logs import configure_logging
from crawler.sites.schema import ProfileError

VERBOSITY = {"-q": -1, "--quiet": -1, "-v": 1, "--verbose": 1}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newscrawl",
        description="Crawl news aggregators, deduplicate republished stories, trace them to their original outlet.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging (anywhere on the line)")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="warnings and errors only (anywhere on the line)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (crawl, worker, sites, pages, views, admin):
        module.register(sub)
    return parser


def _unreachable(exc: SQLAlchemyError) -> bool:
    """A database that cannot be reached (as opposed to one that refused a statement)."""
    if not isinstance(exc, OperationalError):
        return False
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    text = str(exc.orig or exc).lower()
    if "sqlite" in type(exc.orig).__module__:
        return "unable to open database" in text or "disk i/o error" in text
    return True  # psycopg raises OperationalError for connection failures


def _verbosity(argv: Sequence[str]) -> tuple[list[str], int]:
    """-q/-v are accepted anywhere on the line (``newscrawl crawl -q``), not only before the command."""
    rest, level = [], 0
    for i, arg in enumerate(argv):
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg in VERBOSITY:
            level = VERBOSITY[arg]
        else:
            rest.append(arg)
    return rest, level


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    rest, verbosity = _verbosity(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(rest)
    args.verbosity = verbosity
    args.quiet, args.verbose = verbosity < 0, verbosity > 0
    try:
        config = Config.from_env()  # every setting checked once, before any work
        configure_logging(verbosity, config.log_level)
        return int(args.handler(args) or 0)
    except (UsageError, ConfigError, ProfileError, NotMigrated) as exc:
        print(f"newscrawl: {exc}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        what = "database unreachable" if _unreachable(exc) else "database error"
        print(f"newscrawl: {what}: {reason}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `newscrawl stories | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
