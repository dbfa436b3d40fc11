"""The ``newscrawl`` command. Exit codes: 0 success, 1 a run that failed, 2 bad usage or bad input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from crawler.cli import admin, crawl, pages, sites, views, worker
from crawler.cli.common import UsageError
from crawler.config import Config, ConfigError
from crawler.logs import configure_logging

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


def _loaded(module: str, *names: str) -> tuple[type[BaseException], ...]:
    """Exception classes of a module, if something imported it (if not, nothing can have raised them).

    The commands import the database layer, Alembic and the profiles only when they need them, so that
    `newscrawl extract` starts without SQLAlchemy: the handler here must not import them either.
    """
    loaded = sys.modules.get(module)
    return tuple(getattr(loaded, name) for name in names) if loaded is not None else ()


def _usage_error(exc: BaseException) -> bool:
    known = (
        UsageError,
        ConfigError,
        *_loaded("crawler.sites.schema", "ProfileError"),
        *_loaded("crawler.db.migrate", "NotMigrated"),
    )
    return isinstance(exc, known)


def _unreachable(exc: Any) -> bool:
    """A database that cannot be reached (as opposed to one that refused a statement)."""
    from sqlalchemy.exc import DBAPIError, OperationalError

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
    except BrokenPipeError:  # `newscrawl stories | head`
        return 0
    except Exception as exc:
        if _usage_error(exc):
            print(f"newscrawl: {exc}", file=sys.stderr)
            return 2
        if isinstance(exc, _loaded("sqlalchemy.exc", "SQLAlchemyError")):
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            what = "database unreachable" if _unreachable(exc) else "database error"
            print(f"newscrawl: {what}: {reason}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
