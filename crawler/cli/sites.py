"""``newscrawl sites add|list|show|check``: the site profiles, and onboarding a site from its URL."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.cli.common import UsageError, print_json, print_table
from crawler.config import sites_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("sites", help="site profiles: add a site from its URL, list, show, check")
    ssub = s.add_subparsers(dest="sites_command", required=True, metavar="ACTION")

    add = ssub.add_parser(
        "add", help="onboard a site from its URL and write its profile to NEWSCRAWL_SITES_DIR"
    )
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", help="the site's name (default: from its host)")
    add.add_argument("--sample", type=int, default=5, help="articles fetched to try extraction (default 5)")
    add.add_argument("--force", action="store_true", help="replace an existing profile of that name")
    add.add_argument(
        "--print", dest="print_only", action="store_true", help="print the profile, write nothing"
    )
    add.set_defaults(handler=cmd_add)

    ls = ssub.add_parser("list", help="every profile: bundled publishers, NEWSCRAWL_SITES_DIR, replay web")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)

    show = ssub.add_parser("show", help="a profile's file")
    show.add_argument("name", metavar="NAME")
    show.set_defaults(handler=cmd_show)

    check = ssub.add_parser(
        "check", help="validate a profile (NAME or FILE) and dry-run a sample of its pages"
    )
    check.add_argument("name", metavar="NAME_OR_FILE")
    check.add_argument(
        "--sample", type=int, default=3, help="article pages fetched in the dry run (default 3)"
    )
    check.add_argument("--offline", action="store_true", help="validate only, fetch nothing")
    check.set_defaults(handler=cmd_check)


def _fetcher() -> Any:
    from crawler.sites.fetch import PoliteFetcher

    return PoliteFetcher()


def _say(args: argparse.Namespace) -> Any:
    quiet = getattr(args, "quiet", False)
    return (lambda _msg: None) if quiet else (lambda msg: print(f"  {msg}", file=sys.stderr))


def _default_name(host: str) -> str:
    label = host.removeprefix("www.").split(":")[0]
    parts = [p for p in label.split(".") if p]
    core = parts[-2] if len(parts) >= 2 and not label.replace(".", "").isdigit() else label
    name = "".join(c if c.isalnum() else "-" for c in core.lower()).strip("-") or "site"
    return name[:63]


def cmd_add(args: argparse.Namespace) -> int:
    from crawler.attribution.registry import OutletRegistry
    from crawler.config import mask_password
    from crawler.sites import all_profiles
    from crawler.sites.onboard import (
        OnboardError,
        discover,
        draft_profile,
        field_summary,
        host_of,
        sample_articles,
    )
    from crawler.sites.profile import SiteProfile
    from crawler.sites.schema import NAME_RE
    from crawler.sites.writer import to_toml, write_profile

    name = args.name or _default_name(host_of(args.url))
    if not NAME_RE.match(name):
        raise UsageError(f"--name {name!r}: use lowercase letters, digits, '-' and '_' (at most 63)")
    directory = sites_dir()
    package = Path(__file__).resolve().parents[1]
    if directory.resolve().is_relative_to(package):
        raise UsageError(
            f"NEWSCRAWL_SITES_DIR={directory} is inside the installed package: use a folder of yours"
        )
    target = directory / f"{name}.toml"
    if target.exists() and not args.force and not args.print_only:
        raise UsageError(f"{target} exists (use --force to replace it, or another --name)")
    existing = all_profiles().get(name)
    if existing is not None and existing.origin == "replay":
        raise UsageError(f"{name!r} is a replay web profile: choose another --name")
    say = _say(args)
    fetcher = _fetcher()
    registry = OutletRegistry.load_default()
    try:
        found = discover(args.url, fetcher, say)
    except OnboardError as exc:
        raise UsageError(str(exc)) from None
    assert found.pattern is not None
    urls = found.article_urls()
    data = draft_profile(found, name, registry, [])
    draft = SiteProfile.from_dict(data)
    samples = sample_articles(urls[: max(args.sample, 0)], draft, fetcher, registry, say)
    data = draft_profile(found, name, registry, samples)
    header = (
        f"{name}: written by `newscrawl sites add {mask_password(args.url)}` on "
        f"{datetime.now(UTC):%Y-%m-%d}.\nEvery key is described in docs/profiles.md; "
        "check changes with `newscrawl sites check NAME`."
    )
    text = to_toml(data, header)
    SiteProfile.from_dict(data)  # what is written must load
    called = f" ({found.name_hint})" if found.name_hint else ""
    print(f"site {name}{called}: {', '.join(found.hosts)}")
    for note in found.notes:
        print(f"  {note}")
    pattern = found.pattern
    print(
        f"article URL pattern: {pattern.regex}  ({pattern.covered}/{pattern.evidence} of the links it was "
        f"inferred from; {len(urls)} article links found)"
    )
    print(f"sample extraction ({len(samples)} articles, generic extraction, no selectors):")
    for line in field_summary(samples):
        print(f"  {line}")
    for s in samples:
        if s.error:
            print(f"  ! {s.url}: {s.error}")
        elif not s.is_article:
            print(f"  ! {s.url}: not stored ({s.skip_reason})")
    if args.print_only:
        sys.stdout.write("\n" + text)
        return 0
    path = write_profile(directory, name, text, overwrite=args.force)
    print(f"profile written to {path}: crawl it with `newscrawl crawl {name}`")
    stored = sum(s.is_article for s in samples)
    if samples and not stored:
        print(
            "warning: no sample page was stored as an article: add selectors (docs/profiles.md)",
            file=sys.stderr,
        )
    return 0


def _discovery(p: Any) -> str:
    parts = [
        f"{len(v)} {k}"
        for k, v in (("feeds", p.feeds), ("sitemaps", p.sitemaps), ("listings", p.listings))
        if v
    ]
    return ", ".join(parts) or ("home page" if p.home else "none")


def cmd_list(args: argparse.Namespace) -> int:
    from crawler.sites import crawl_targets, scan_layers

    files = scan_layers()
    targets = set(crawl_targets()) if not any(f.error for f in files) else set()
    rows = []
    for f in files:
        p = f.profile
        rows.append(
            {
                "name": p.name if p else f.path.stem,
                "origin": f.origin,
                "hosts": ", ".join(p.hosts) if p else "",
                "kind": p.kind if p else "",
                "language": p.language if p else "",
                "discovery": _discovery(p) if p else "",
                "crawled_by_default": bool(p and p.name in targets),
                "file": str(f.path),
                "error": str(f.error) if f.error else None,
            }
        )
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [{**r, "discovery": r["error"] or r["discovery"]} for r in rows],
        [
            ("name", "NAME", 24),
            ("origin", "ORIGIN", 8),
            ("kind", "KIND", 10),
            ("language", "LANG", 4),
            ("hosts", "HOSTS", 32),
            ("discovery", "DISCOVERY", 60),
        ],
    )
    print(f"\n{len(rows)} profiles; yours are in {sites_dir()} (NEWSCRAWL_SITES_DIR)")
    return 2 if any(r["error"] for r in rows) else 0


def _file(name: str) -> Any:
    from crawler.sites import find_profile_file

    found = find_profile_file(name)
    if found is None:
        raise UsageError(f"no profile {name!r} (see 'newscrawl sites list')")
    return found


def cmd_show(args: argparse.Namespace) -> int:
    f = _file(args.name)
    print(f"# {f.path} ({f.origin})")
    sys.stdout.write(Path(f.path).read_text(encoding="utf-8"))
    if f.error:
        print(f"newscrawl: {f.error}", file=sys.stderr)
        return 2
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from crawler.attribution.registry import OutletRegistry
    from crawler.sites.onboard import field_summary, profile_article_urls, sample_articles

    f = _file(args.name)
    if f.error is not None:
        for problem in f.error.problems:
            print(f"{f.path}: {problem}", file=sys.stderr)
        print(f"newscrawl: {f.path}: {len(f.error.problems)} error(s)", file=sys.stderr)
        return 2
    profile = f.profile
    print(f"{f.path}: valid profile {profile.name!r} ({profile.kind}, {', '.join(profile.hosts)})")
    if args.offline:
        return 0
    fetcher = _fetcher()
    notes: list[str] = []
    if not (profile.feeds or profile.sitemaps or profile.listings or profile.home):
        print(
            "dry run: the profile names no feed, sitemap, listing or home page: nothing to crawl",
            file=sys.stderr,
        )
        return 1
    urls = profile_article_urls(profile, fetcher, notes)
    for note in notes:
        print(f"  {note}")
    if not urls:
        print("dry run: no article link found (check article_url and the discovery entries)", file=sys.stderr)
        return 1
    samples = sample_articles(
        urls[: max(args.sample, 1)], profile, fetcher, OutletRegistry.load_default(), _say(args)
    )
    print(f"dry run: {len(urls)} article links; {len(samples)} fetched:")
    for s in samples:
        if s.error:
            print(f"  ! {s.url}: {s.error}")
            continue
        date = s.published_at.isoformat() if s.published_at else "-"
        print(f"  {s.url}")
        print(f"    title: {s.title or '-'}")
        print(
            f"    date: {date}  authors: {', '.join(s.authors) or '-'}  body: {s.words} words  "
            f"language: {s.language or '-'}  via {s.method or '-'}"
        )
        print(
            f"    outlet: {s.outlet or '-'} ({s.attribution})"
            + ("" if s.is_article else f"  NOT STORED: {s.skip_reason}")
        )
    for line in field_summary(samples):
        print(f"  {line}")
    return 0 if any(s.is_article for s in samples) else 1
