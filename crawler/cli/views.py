"""Read-only operator views: stories, story, runs, stats, export."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from crawler.cli.common import UsageError, db_session, parse_since, print_json, print_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("stories", help="stories (republished texts) with their origin outlet and copies")
    s.add_argument("--since", help="only stories first seen in this window: 30m, 6h, 1d, 2w or an ISO date")
    s.add_argument("--outlet", help="origin outlet name or domain")
    s.add_argument("--site", help="stories with a copy on this site (profile name or host)")
    s.add_argument("--limit", type=int, default=None)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_stories)

    one = sub.add_parser(
        "story", help="one story: the original and every copy (site, URL, credit, time, lag)"
    )
    one.add_argument("id", type=int)
    one.add_argument("--json", action="store_true")
    one.set_defaults(handler=cmd_story)

    r = sub.add_parser("runs", help="the run ledger, newest first")
    r.add_argument("--limit", type=int, default=20)
    r.add_argument("--site")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_runs)

    st = sub.add_parser("stats", help="what is in the database, per site")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=cmd_stats)

    e = sub.add_parser("export", help="export articles as JSON lines or CSV on stdout")
    e.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    e.add_argument("--since", help="articles fetched in this window: 30m, 6h, 1d, 2w or an ISO date")
    e.set_defaults(handler=cmd_export)


def _lag(seconds: int | None) -> str:
    if seconds is None:
        return ""
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    if seconds < 3600:
        return f"{sign}{seconds // 60}m"
    if seconds < 86400:
        return f"{sign}{seconds / 3600:.1f}h"
    return f"{sign}{seconds / 86400:.1f}d"


def cmd_stories(args: argparse.Namespace) -> int:
    from crawler.db import queries as q  # the database layer only for the commands that read it

    with db_session() as session:
        rows = q.stories(
            session, since=parse_since(args.since), outlet=args.outlet, site=args.site, limit=args.limit
        )
    if args.json:
        print_json(rows)
        return 0
    table = [
        {
            "id": r["id"],
            "title": r["title"],
            "origin": (r["origin_outlet"] or {}).get("name") or "?",
            "copies": len(r["articles"]),
            "sites": len({a["site"] for a in r["articles"]}),
            "first_seen": (r["first_seen_at"] or "")[:16],
        }
        for r in rows
    ]
    print_table(
        table,
        [
            ("id", "ID", 6),
            ("origin", "ORIGIN", 24),
            ("copies", "COPIES", 6),
            ("sites", "SITES", 5),
            ("first_seen", "FIRST SEEN", 16),
            ("title", "TITLE", 60),
        ],
    )
    return 0


def cmd_story(args: argparse.Namespace) -> int:
    from crawler.db import queries as q

    with db_session() as session:
        story = q.get_story(session, args.id)
    if story is None:
        raise UsageError(f"no story {args.id}")
    if args.json:
        print_json(story)
        return 0
    origin = story["origin_outlet"]
    print(f"story {story['id']}: {story['title']}")
    print(f"origin: {origin['name'] + ' (' + str(origin['domain']) + ')' if origin else 'unknown'}")
    print(f"original: {story['original_url'] or 'unknown'}  (elected by {story['election_method'] or '-'})")
    print()
    rows = [
        {
            "orig": "*" if a["is_original"] else "",
            "site": a["site"],
            "outlet": (a["outlet"] or {}).get("name") or "?",
            "credit": a["credit"],
            "published": (a["published_at"] or "")[:16],
            "lag": _lag(a["lag_seconds"]),
            "url": a["url"],
        }
        for a in story["articles"]
    ]
    print_table(
        rows,
        [
            ("orig", "", 1),
            ("site", "SITE", 22),
            ("outlet", "CREDITED OUTLET", 20),
            ("credit", "CREDIT FOUND", 16),
            ("published", "PUBLISHED", 16),
            ("lag", "LAG", 7),
            ("url", "URL", 70),
        ],
    )
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    from crawler.db import queries as q
    from crawler.distributed.fleet_runs import workers_of

    with db_session() as session:
        rows = q.runs(session, limit=args.limit, site=args.site)
        fleet = workers_of(session, [r["id"] for r in rows])
    for r in rows:  # a fleet run lists its workers and their shares; a single-process run has none
        r["workers"] = fleet.get(r["id"], [])
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        r["http"] = "/".join(str(r["responses"][k]) for k in ("2xx", "3xx", "4xx", "5xx"))
        r["articles"] = f"{r['articles_new']}/{r['articles_updated']}/{r['articles_duplicate']}"
        r["started"] = (r["started_at"] or "")[:19]
        r["error"] = r["error_message"] or ""
        r["nworkers"] = len(r["workers"]) or ""
    print_table(
        rows,
        [
            ("id", "RUN", 5),
            ("site", "SITE", 16),
            ("status", "STATUS", 7),
            ("trigger", "TRIGGER", 9),  # "reprocess" whole
            ("started", "STARTED (UTC)", 19),
            ("duration_s", "SECS", 6),
            ("requests", "REQS", 5),
            ("http", "2xx/3xx/4xx/5xx", 15),
            ("articles", "NEW/UPD/DUP", 11),
            ("nworkers", "WORKERS", 7),
            ("error", "ERROR", 50),
        ],
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from crawler.db import queries as q

    with db_session() as session:
        data = q.stats(session)
    if args.json:
        print_json(data)
        return 0
    for key in (
        "articles",
        "stories",
        "republished_stories",
        "outlets",
        "unverified_outlets",
        "articles_without_outlet",
        "runs",
        "failed_runs",
    ):
        print(f"{key.replace('_', ' '):<24} {data[key]}")
    print()
    # Seconds are enough for people (the full timestamps are in --json).
    sites = [
        {**s, "last_fetch": (s["last_fetch"] or "")[:19], "last_success": (s["last_success"] or "")[:19]}
        for s in data["sites"]
    ]
    print_table(
        sites,
        [
            ("site", "SITE", 20),
            ("kind", "KIND", 10),
            ("articles", "ARTICLES", 8),
            ("last_fetch", "LAST FETCH (UTC)", 19),
            ("last_success", "LAST SUCCESSFUL RUN", 19),
        ],
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from crawler.db import queries as q

    with db_session() as session:
        rows = q.export_articles(session, since=parse_since(args.since))
        if args.format == "jsonl":
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        else:
            writer: csv.DictWriter[str] | None = None
            for row in rows:
                flat = {
                    k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
                    for k, v in row.items()
                }
                if writer is None:
                    writer = csv.DictWriter(sys.stdout, fieldnames=list(flat))
                    writer.writeheader()
                writer.writerow(flat)
    return 0
