"""``newscrawl db ...`` and ``newscrawl outlets ...`` (the registry in the database)."""

from __future__ import annotations

import argparse

from crawler.cli.common import UsageError, db_session, print_json, print_table
from crawler.config import Config, mask_password

# The database modules (SQLAlchemy, Alembic) are imported by the handlers that use them: `newscrawl extract`
# and the other commands that never open a database do not pay for them at start.


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database schema (Alembic)")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    dbsub.add_parser("upgrade", help="migrate DATABASE_URL to the latest schema").set_defaults(
        handler=cmd_upgrade
    )
    dbsub.add_parser("current", help="show the schema revision").set_defaults(handler=cmd_current)
    down = dbsub.add_parser("downgrade", help="migrate down (default: to base, which drops every table)")
    down.add_argument("revision", nargs="?", default="base")
    down.add_argument("--yes", action="store_true", help="confirm: the tables dropped lose their data")
    down.set_defaults(handler=cmd_downgrade)

    o = sub.add_parser("outlets", help="list outlets (add --unverified for credits that matched no outlet)")
    o.add_argument("--unverified", action="store_true", help="only outlets created from unmatched credits")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=cmd_outlets)
    osub = o.add_subparsers(dest="outlets_command", metavar="ACTION")
    osub.add_parser("sync", help="load the bundled outlet registry into the database").set_defaults(
        handler=cmd_sync
    )
    add = osub.add_parser("add", help="add an outlet (verified) without editing code")
    add.add_argument("name")
    add.add_argument("--domain")
    add.add_argument("--kind", choices=["outlet", "wire", "aggregator"], default="outlet")
    add.add_argument("--country")
    add.add_argument("--language")
    add.add_argument("--alias", action="append", default=[], help="another spelling (repeatable)")
    add.set_defaults(handler=cmd_add)
    alias = osub.add_parser("alias", help="add a spelling to an outlet (also verifies an unverified one)")
    alias.add_argument("name")
    alias.add_argument("alias")
    alias.set_defaults(handler=cmd_alias)


def cmd_upgrade(args: argparse.Namespace) -> int:
    from crawler.db import migrate

    config = Config.from_env()
    migrate.upgrade(config.database_url)
    print(f"database at {migrate.head_revision()}")
    return 0


def cmd_current(args: argparse.Namespace) -> int:
    from crawler.db import migrate
    from crawler.db.engine import make_engine

    engine = make_engine(Config.from_env().database_url)
    try:
        current = migrate.current_revision(engine)
    finally:
        engine.dispose()
    head = migrate.head_revision()
    print(f"{current or 'empty'} (head {head}{', up to date' if current == head else ''})")
    return 0


def cmd_downgrade(args: argparse.Namespace) -> int:
    from crawler.db import migrate

    url = Config.from_env().database_url
    if not args.yes:
        raise UsageError(
            f"db downgrade {args.revision} drops tables of {mask_password(url)} with everything in them: "
            "add --yes to confirm"
        )
    migrate.downgrade(url, args.revision)
    print(f"database downgraded to {args.revision}")
    return 0


def sync_registry(config: Config) -> None:
    from crawler.attribution.registry import OutletRegistry
    from crawler.db.outlets import sync_outlets

    with db_session(config, write=True) as session:
        created, updated = sync_outlets(session, OutletRegistry.load_default())
    print(f"outlets: {created} added, {updated} updated from the bundled registry")


def cmd_sync(args: argparse.Namespace) -> int:
    sync_registry(Config.from_env())
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from crawler.db.outlets import add_outlet

    with db_session(write=True) as session:
        outlet = add_outlet(
            session,
            args.name,
            domain=args.domain,
            kind=args.kind,
            country=args.country,
            language=args.language,
            aliases=args.alias,
        )
        print(f"outlet {outlet.id} {outlet.name!r} saved ({len(args.alias)} aliases)")
    return 0


def cmd_alias(args: argparse.Namespace) -> int:
    from crawler.db.outlets import add_alias

    with db_session(write=True) as session:
        try:
            add_alias(session, args.name, args.alias)
        except LookupError as exc:
            raise UsageError(str(exc)) from None
    print(f"alias {args.alias!r} -> {args.name!r} saved")
    return 0


def cmd_outlets(args: argparse.Namespace) -> int:
    from crawler.db import queries as q

    with db_session() as session:
        rows = q.outlets(session, unverified=args.unverified)
    if args.json:
        print_json(rows)
    else:
        print_table(
            rows,
            [
                ("id", "ID", 6),
                ("name", "OUTLET", 36),
                ("domain", "DOMAIN", 28),
                ("kind", "KIND", 10),
                ("verified", "VERIFIED", 8),
                ("articles", "ARTICLES", 8),
            ],
        )
    return 0
