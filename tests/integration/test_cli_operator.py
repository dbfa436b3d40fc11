"""The operator commands (runs, stats, stories, story, outlets, export) on SQLite and Postgres, run for real.

Per backend: one crawl of four replay sites (three aggregators and the outlet site masralarabia), and every
read-only view of it run once (``views``); each answer is compared with the database and with the replay web's
truth. The outlet registry commands change the database, so they get a database of their own.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.db.engine import make_engine, session_factory
from crawler.db.models import Article, CrawlRun, Outlet, OutletAlias, Site, Story
from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb
from tests.integration.conftest import Db, Runner, module_db

SITES = ("mogaz", "masress", "worldbrief", "masralarabia")
# worldbrief's copies are dated back (as if crawled three days ago) so that --since has something to leave out.
BACKDATED_SITE = "worldbrief"
BACKDATE = timedelta(days=3)
_LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \[")


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """stdout of a command that must succeed (exit 0, no traceback)."""
    assert result.returncode == 0, f"{result.args[3:]} -> {result.returncode}\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.stdout


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one-line reason of a command refused as bad usage/input: exit 2, one line, no traceback."""
    assert result.returncode == 2, f"{result.args[3:]} -> {result.returncode}\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    reasons = [line for line in lines if line.startswith("newscrawl: ")]
    assert len(reasons) == 1, result.stderr
    assert all(line in reasons or _LOG_LINE.match(line) for line in lines), result.stderr
    return reasons[0].removeprefix("newscrawl: ")


def parse_table(out: str) -> list[dict[str, str]]:
    """Rows of the CLI's aligned table: the dashed rule under the header gives every column's span."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() and set(line) <= {"-", " "})
    spans = [m.start() for m in re.finditer(r"-+", lines[at])]

    def cells(line: str) -> list[str]:
        ends = [*spans[1:], max(len(line), spans[-1])]
        return [line[a:b].strip() for a, b in zip(spans, ends, strict=True)]

    header = cells(lines[at - 1])
    return [dict(zip(header, cells(line), strict=True)) for line in lines[at + 1 :] if line.strip()]


def shows(cell: str, value: object) -> bool:
    """A table cell shows ``value`` (tables shorten long values with an ellipsis)."""
    text = "" if value is None else str(value)
    return cell == text or (cell.endswith("…") and text.startswith(cell[:-1]))


# -- the database and the truth --------------------------------------------------------------------------------
@contextmanager
def session_on(db: str) -> Iterator[Session]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def articles_by_site(session: Session) -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {}
    for article, name in session.execute(select(Article, Site.name).join(Site, Article.site_id == Site.id)):
        out.setdefault(name, []).append(article)
    return out


def live_story_ids(session: Session) -> set[int]:
    return set(session.scalars(select(Story.id).where(Story.merged_into_id.is_(None))))


def truth_keys(web: ReplayWeb, urls: Iterable[str]) -> set[str]:
    """Story keys (the replay web's truth) of the article URLs that the truth knows."""
    return {web.truth[u].story_key for u in urls if u in web.truth}


def group(pairs: Iterable[tuple[Any, Any]]) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def crawled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, replay: ReplayServer
) -> Db:
    """db upgrade, outlets sync, one crawl of SITES; then worldbrief's copies are dated back."""
    tmp = tmp_path_factory.mktemp(f"operator-{request.param}")
    bound = module_db(request, tmp)
    db, cli = bound.url, bound.cli
    assert ok(cli("db", "upgrade", db=db)).startswith("database at ")
    synced = re.search(r"outlets: (\d+) added, 0 updated", ok(cli("outlets", "sync", db=db)))
    assert synced and int(synced.group(1)) > 100
    ok(cli("crawl", *SITES, db=db, proxy=replay.proxy_url))
    with session_on(db) as session, session.begin():
        site_id = session.scalar(select(Site.id).where(Site.name == BACKDATED_SITE))
        old = list(session.scalars(select(Article).where(Article.site_id == site_id)))
        assert old
        for article in old:
            article.fetched_at -= BACKDATE
            article.first_seen_at -= BACKDATE
        for story in session.scalars(select(Story).where(Story.id.in_({a.story_id for a in old}))):
            story.first_seen_at -= BACKDATE
    return bound


OUTLET_NAME, OUTLET_DOMAIN = "مصر العربية", "masralarabia.com"


@dataclass(frozen=True, slots=True)
class Views:
    out: dict[str, subprocess.CompletedProcess[str]]
    story_id: int


@pytest.fixture(scope="module")
def views(crawled: Db) -> Views:
    """Every read-only view of the crawled database, each command once (two processes at a time)."""
    with session_on(crawled.url) as session:
        # The widest story that the outlet's own site also has: its original and copies on aggregators.
        own = [a.story_id for a in articles_by_site(session)["masralarabia"]]
        sizes = dict(
            session.execute(
                select(Story.id, Story.site_count).where(Story.id.in_(own), Story.merged_into_id.is_(None))
            ).all()
        )
    story_id = max(sizes, key=lambda sid: (sizes[sid], -sid))
    assert sizes[story_id] >= 3
    commands = {
        "runs": ("runs", "--json"),
        "runs table": ("runs",),
        "stats": ("stats", "--json"),
        "stats table": ("stats",),
        "stories": ("stories", "--json"),
        "stories since": ("stories", "--since", "1d", "--json"),
        "stories outlet table": ("stories", "--outlet", OUTLET_NAME),
        "stories combined": tuple(
            f"stories --since 1d --outlet {OUTLET_DOMAIN} --site masress --json".split()
        ),
        "story": ("story", str(story_id), "--json"),
        "story table": ("story", str(story_id)),
        "story missing": ("story", "999999"),
        "export": ("export", "--format", "jsonl"),
        "export csv since": ("export", "--format", "csv", "--since", "1d"),
    }
    with ThreadPoolExecutor(max_workers=2) as pool:
        running = {name: pool.submit(crawled, *args) for name, args in commands.items()}
        return Views({name: future.result() for name, future in running.items()}, story_id)


# -- runs and stats --------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_runs_table_and_json_agree_with_the_ledger(crawled: Db, views: Views, demo_web: ReplayWeb) -> None:
    listed = json.loads(ok(views.out["runs"]))
    table = parse_table(ok(views.out["runs table"]))
    with session_on(crawled.url) as session:
        ledger = {r.id: r for r in session.scalars(select(CrawlRun))}
        names = {s.id: s.name for s in session.scalars(select(Site))}
        stored = {name: len(rows) for name, rows in articles_by_site(session).items()}

    assert {r["id"] for r in listed} == set(ledger) and len(
        ledger
    ) < 20  # all of them, under the default limit
    starts = [r["started_at"] for r in listed]
    assert starts == sorted(starts, reverse=True)  # newest first
    for r in listed:
        row = ledger[r["id"]]
        assert r["site"] == names.get(row.site_id)
        assert (r["status"], r["trigger"], r["requests"]) == (row.status, row.trigger, row.requests)
        assert r["responses"] == {
            "2xx": row.responses_2xx,
            "3xx": row.responses_3xx,
            "4xx": row.responses_4xx,
            "5xx": row.responses_5xx,
        }
        assert (r["articles_new"], r["articles_updated"], r["articles_duplicate"]) == (
            row.articles_new,
            row.articles_updated,
            row.articles_duplicate,
        )
        assert r["started_at"] == row.started_at.isoformat()
    crawls = {r["site"]: r for r in listed if r["trigger"] == "manual"}
    assert set(crawls) == set(SITES)
    for name, r in crawls.items():
        # The first crawl of a site: every article it stored is new, every request answered 200.
        assert r["status"] == "ok" and r["error_message"] is None
        assert r["articles_new"] == stored[name] == len(demo_web.article_urls(f"{name}.test"))
        assert r["requests"] > r["articles_new"] and r["responses"]["2xx"] == r["requests"]
        assert r["duration_s"] is not None and r["duration_s"] >= 0
    assert sum(r["articles_duplicate"] for r in crawls.values()) > 0  # copies joined stories of other sites

    assert len(table) == len(listed)
    for row, r in zip(table, listed, strict=True):
        assert row["RUN"] == str(r["id"]) and row["SITE"] == (r["site"] or "")
        assert (row["STATUS"], row["TRIGGER"], row["REQS"]) == (r["status"], r["trigger"], str(r["requests"]))
        assert row["2xx/3xx/4xx/5xx"] == "/".join(
            str(r["responses"][k]) for k in ("2xx", "3xx", "4xx", "5xx")
        )
        assert row["NEW/UPD/DUP"] == f"{r['articles_new']}/{r['articles_updated']}/{r['articles_duplicate']}"
        assert row["STARTED (UTC)"] == r["started_at"][:19] and row["ERROR"] == ""


@pytest.mark.slow
def test_stats_table_and_json_agree_with_the_database(crawled: Db, views: Views, demo_web: ReplayWeb) -> None:
    data = json.loads(ok(views.out["stats"]))
    out = ok(views.out["stats table"])
    with session_on(crawled.url) as session:
        live = Story.merged_into_id.is_(None)
        expected = {
            "articles": session.scalar(select(func.count(Article.id))),
            "stories": session.scalar(select(func.count(Story.id)).where(live)),
            "republished_stories": session.scalar(
                select(func.count(Story.id)).where(live, Story.article_count > 1)
            ),
            "outlets": session.scalar(select(func.count(Outlet.id))),
            "unverified_outlets": session.scalar(
                select(func.count(Outlet.id)).where(Outlet.verified.is_(False))
            ),
            "articles_without_outlet": session.scalar(
                select(func.count(Article.id)).where(Article.outlet_id.is_(None))
            ),
            "runs": session.scalar(select(func.count(CrawlRun.id))),
            "failed_runs": session.scalar(select(func.count(CrawlRun.id)).where(CrawlRun.status == "failed")),
        }
        per_site = {name: len(rows) for name, rows in articles_by_site(session).items()}
        kinds = {s.name: s.kind for s in session.scalars(select(Site))}

    assert {k: data[k] for k in expected} == expected
    assert expected["articles"] > 0 and 0 < expected["republished_stories"] < expected["stories"]
    assert expected["runs"] == len(SITES) and expected["failed_runs"] == 0
    assert {s["site"]: s["articles"] for s in data["sites"]} == {
        name: per_site.get(name, 0) for name in kinds
    }
    assert {s["site"]: s["kind"] for s in data["sites"]} == kinds
    for name in SITES:  # real numbers: what the replay web holds
        assert per_site[name] == len(demo_web.article_urls(f"{name}.test"))
    assert kinds["masralarabia"] == "outlet" and kinds["mogaz"] == "aggregator"

    # The table says the same, in words.
    summary = dict(re.findall(r"^([a-z ]+?)\s{2,}(\d+)$", out, re.M))
    assert {k.replace(" ", "_"): int(v) for k, v in summary.items()} == expected
    rows = parse_table(out)
    assert [r["SITE"] for r in rows] == [s["site"] for s in data["sites"]]
    for row, site in zip(rows, data["sites"], strict=True):
        assert (row["KIND"], row["ARTICLES"]) == (site["kind"], str(site["articles"]))
        assert row["LAST FETCH (UTC)"] == (site["last_fetch"] or "")[:19]
        assert row["LAST SUCCESSFUL RUN"] == (site["last_success"] or "")[:19] != ""


# -- stories and story -----------------------------------------------------------------------------------------
def _check_story_shape(story: dict[str, Any]) -> None:
    """The shape DESIGN.md promises for ``newscrawl stories --json``."""
    fields = {"lead_image", "description", "section", "tags", "updated_at"}
    assert {"id", "title", "origin_outlet", "original_url", "articles", *fields} <= set(story)
    assert story["origin_outlet"] is None or set(story["origin_outlet"]) == {"name", "domain"}
    assert story["articles"], story
    assert isinstance(story["tags"], list)
    for a in story["articles"]:
        assert {"url", "site", "outlet", "published_at", "is_original", *fields} <= set(a)
        assert a["outlet"] is None or set(a["outlet"]) == {"name", "domain"}
        assert a["published_at"] is None or datetime.fromisoformat(a["published_at"]).tzinfo is not None
        assert isinstance(a["is_original"], bool)


@pytest.mark.slow
def test_stories_json_shows_every_live_story_with_its_origin_and_copies(
    crawled: Db, views: Views, demo_web: ReplayWeb
) -> None:
    stories = json.loads(ok(views.out["stories"]))
    with session_on(crawled.url) as session:
        live = live_story_ids(session)
        copies = group(session.execute(select(Article.story_id, Article.url)))

    assert [s["id"] for s in stories] and {s["id"] for s in stories} == live
    for story in stories:
        _check_story_shape(story)
        urls = {a["url"] for a in story["articles"]}
        assert urls == set(copies[story["id"]])
        truths = [demo_web.truth[u] for u in urls]
        assert len(truth_keys(demo_web, urls)) == 1, urls  # one republished text per story
        expected = truths[0]
        if expected.outlet_name is None:  # exists only on aggregators that credit nobody
            assert story["origin_outlet"] is None and story["original_url"] is None
        else:
            assert story["origin_outlet"]["name"] == expected.outlet_name
        own = [a for a in story["articles"] if a["site"] == "masralarabia.test"]
        if own:  # the outlet's own copy is the original
            assert own[0]["is_original"] and story["original_url"] == own[0]["url"]
        assert sum(a["is_original"] for a in story["articles"]) <= 1
    assert any(s["origin_outlet"] is None for s in stories) and any(len(s["articles"]) >= 3 for s in stories)


@pytest.mark.slow
def test_stories_filters_really_filter(crawled: Db, views: Views, demo_web: ReplayWeb) -> None:
    recent = json.loads(ok(views.out["stories since"]))
    by_outlet = parse_table(ok(views.out["stories outlet table"]))
    combined = json.loads(ok(views.out["stories combined"]))
    with session_on(crawled.url) as session:
        cutoff = datetime.now(UTC) - timedelta(days=1)
        live = live_story_ids(session)
        new = {s.id for s in session.scalars(select(Story).where(Story.first_seen_at >= cutoff))} & live
        outlet_id = session.scalar(select(Outlet.id).where(Outlet.name == OUTLET_NAME))
        assert session.scalar(select(Outlet.domain).where(Outlet.id == outlet_id)) == OUTLET_DOMAIN
        from_outlet = set(session.scalars(select(Story.id).where(Story.origin_outlet_id == outlet_id))) & live
        on_site = articles_by_site(session)
        copies = group(session.execute(select(Article.story_id, Article.url)))
        stories = {s.id: s for s in session.scalars(select(Story))}
    stored_urls = {a.url for rows in on_site.values() for a in rows}
    on_masress = {a.story_id for a in on_site["masress"]}

    # --since: the stories first seen three days ago are left out, and only those.
    assert {s["id"] for s in recent} == new and new and live - new
    assert all(a["site"] != f"{BACKDATED_SITE}.test" for s in recent for a in s["articles"])

    # --outlet (by name, as a table): the stories whose origin is that outlet, the ones the truth says.
    assert {int(r["ID"]) for r in by_outlet} == from_outlet
    expected_keys = {
        t.story_key for u, t in demo_web.truth.items() if u in stored_urls and t.outlet_name == OUTLET_NAME
    }
    assert truth_keys(demo_web, (u for sid in from_outlet for u in copies[sid])) == expected_keys
    for row in by_outlet:
        story = stories[int(row["ID"])]
        assert row["ORIGIN"] == OUTLET_NAME and shows(row["TITLE"], story.title)
        assert row["COPIES"] == str(len(copies[story.id])) == str(story.article_count)
        assert (
            row["SITES"] == str(story.site_count)
            and row["FIRST SEEN"] == story.first_seen_at.isoformat()[:16]
        )

    # --site (profile name) with --outlet (by domain) and --since: the intersection, a real subset of each.
    assert {s["id"] for s in combined} == new & from_outlet & on_masress
    assert combined and len(combined) < len(by_outlet)
    assert all(any(a["site"] == "masress.test" for a in s["articles"]) for s in combined)
    assert all(s["origin_outlet"] == {"name": OUTLET_NAME, "domain": OUTLET_DOMAIN} for s in combined)
    masress_keys = truth_keys(demo_web, demo_web.article_urls("masress.test"))
    shown = truth_keys(demo_web, (a["url"] for s in combined for a in s["articles"]))
    assert shown == expected_keys & masress_keys


@pytest.mark.slow
def test_story_shows_the_original_and_every_copy(crawled: Db, views: Views) -> None:
    detail = json.loads(ok(views.out["story"]))
    text = ok(views.out["story table"])
    assert refused(views.out["story missing"]) == "no story 999999"
    with session_on(crawled.url) as session:
        rows = session.execute(
            select(Article, Site.host)
            .join(Site, Article.site_id == Site.id)
            .where(Article.story_id == views.story_id)
        ).all()
        outlets = {o.id: o for o in session.scalars(select(Outlet))}
        story = session.get(Story, views.story_id)
        assert story is not None

    _check_story_shape(detail)
    assert (detail["id"], detail["title"]) == (story.id, story.title)
    assert detail["origin_outlet"] == {"name": OUTLET_NAME, "domain": OUTLET_DOMAIN}
    expected = {
        a.id: {
            "id": a.id,
            "url": a.url,
            "site": host,
            "outlet": {"name": outlets[a.outlet_id].name, "domain": outlets[a.outlet_id].domain},
            "credit": a.attribution_method,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "updated_at": a.modified_at.isoformat() if a.modified_at else None,
            "lead_image": a.lead_image,
            "description": a.description,
            "section": a.section,
            "tags": a.tags,
            "is_original": a.is_original,
            "lag_seconds": a.lag_seconds,
        }
        for a, host in rows
    }
    assert {a["id"]: a for a in detail["articles"]} == expected
    assert len({a["site"] for a in detail["articles"]}) >= 3
    original = detail["articles"][0]  # the original comes first
    assert (
        original["is_original"] and original["site"] == "masralarabia.test" and original["lag_seconds"] == 0
    )
    assert original["credit"] == "own_site" and detail["original_url"] == original["url"]
    # Copies follow, none earlier than the original (masress shows the outlet's own time: lag 0).
    assert all(not a["is_original"] and a["lag_seconds"] >= 0 for a in detail["articles"][1:])
    assert any(a["lag_seconds"] > 0 for a in detail["articles"][1:])
    assert all(a["outlet"] == detail["origin_outlet"] for a in detail["articles"])
    assert len({a["credit"] for a in detail["articles"]}) == len(
        detail["articles"]
    )  # each site credits its way

    lines = text.splitlines()
    assert lines[0] == f"story {story.id}: {story.title}"
    assert lines[1] == f"origin: {OUTLET_NAME} ({OUTLET_DOMAIN})"
    assert lines[2].startswith(f"original: {original['url']}  (elected by ")
    table = parse_table(text)
    assert len(table) == len(detail["articles"])
    for row, a in zip(table, detail["articles"], strict=True):
        assert row[""] == ("*" if a["is_original"] else "")
        assert (row["SITE"], row["CREDIT FOUND"]) == (a["site"], a["credit"])
        assert shows(row["CREDITED OUTLET"], a["outlet"]["name"]) and shows(row["URL"], a["url"])
        assert row["PUBLISHED"] == a["published_at"][:16]
        assert _lag_seconds(row["LAG"]) == pytest.approx(a["lag_seconds"], abs=180)


def _lag_seconds(cell: str) -> float:
    """'+0m', '+42m', '+1.4h', '+2.0d' -> seconds (as shown: rounded)."""
    m = re.fullmatch(r"([+-])(\d+(?:\.\d)?)([mhd])", cell)
    assert m, cell
    value = float(m.group(2)) * {"m": 60, "h": 3600, "d": 86400}[m.group(3)]
    return -value if m.group(1) == "-" else value


# -- export ------------------------------------------------------------------------------------------------------
EXPORT_FIELDS = {
    "id",
    "url",
    "canonical_url",
    "site",
    "title",
    "body",
    "published_at",
    "updated_at",
    "language",
    "authors",
    "lead_image",
    "description",
    "section",
    "tags",
    "outlet",
    "outlet_domain",
    "original_url",
    "attribution_method",
    "attribution_confidence",
    "story_id",
    "is_original",
    "lag_seconds",
    "fetched_at",
}


@pytest.mark.slow
def test_export_jsonl_and_csv_hold_every_article_once(crawled: Db, views: Views, demo_web: ReplayWeb) -> None:
    rows = [json.loads(line) for line in ok(views.out["export"]).splitlines()]
    recent = list(csv.DictReader(io.StringIO(ok(views.out["export csv since"]))))
    with session_on(crawled.url) as session:
        stored = {
            a.id: (a, host, outlet, domain)
            for a, host, outlet, domain in session.execute(
                select(Article, Site.host, Outlet.name, Outlet.domain)
                .join(Site, Article.site_id == Site.id)
                .outerjoin(Outlet, Article.outlet_id == Outlet.id)
            )
        }
        cutoff = datetime.now(UTC) - timedelta(days=1)

    assert [r["id"] for r in rows] == sorted(stored)  # every article, once
    for r in rows:
        assert set(r) == EXPORT_FIELDS
        a, host, outlet, domain = stored[r["id"]]
        assert (r["url"], r["canonical_url"], r["site"], r["title"], r["body"], r["language"]) == (
            a.url,
            a.canonical_url,
            host,
            a.title,
            a.body,
            a.language,
        )
        assert (r["story_id"], r["is_original"], r["lag_seconds"], r["authors"]) == (
            a.story_id,
            a.is_original,
            a.lag_seconds,
            a.authors,
        )
        assert (r["outlet"], r["outlet_domain"], r["original_url"], r["attribution_method"]) == (
            outlet,
            domain,
            a.original_url,
            a.attribution_method,
        )
        assert r["published_at"] == (a.published_at.isoformat() if a.published_at else None)
        assert r["updated_at"] == (a.modified_at.isoformat() if a.modified_at else None)
        assert (r["lead_image"], r["description"], r["section"], r["tags"]) == (
            a.lead_image,
            a.description,
            a.section,
            a.tags,
        )
        assert datetime.fromisoformat(r["fetched_at"]) == a.fetched_at
        truth = demo_web.truth[a.url]
        assert (r["title"], r["body"], r["outlet"]) == (truth.title, truth.body, truth.outlet_name)

    # CSV, --since 1d: the articles fetched in the last day, each once (the back-dated site's left out);
    # the same columns in the same order; multi-paragraph bodies, quotes and lists intact.
    expected = [r for r in rows if stored[r["id"]][0].fetched_at >= cutoff]
    assert [c["id"] for c in recent] == [str(r["id"]) for r in expected]
    assert expected and len(expected) < len(rows)
    assert {c["site"] for c in recent} == {f"{name}.test" for name in SITES} - {f"{BACKDATED_SITE}.test"}
    assert list(recent[0]) == list(rows[0])
    for r, c in zip(expected, recent, strict=True):
        assert (c["url"], c["title"], c["body"]) == (r["url"], r["title"], r["body"])
        assert c["outlet"] == (r["outlet"] or "") and c["published_at"] == (r["published_at"] or "")
        assert json.loads(c["authors"]) == r["authors"]
        assert c["story_id"] == str(r["story_id"]) and c["is_original"] == str(r["is_original"])
    assert any("\n\n" in c["body"] for c in recent)
    assert any(r["description"] for r in rows)  # the demo pages that declare one


# -- outlets -------------------------------------------------------------------------------------------------
# A page of a site nobody has a profile for, crediting an agency that is in no registry (text written here).
UNKNOWN_CREDIT = "وكالة أنباء الواحة"
UNKNOWN_PAGE_URL = "http://nilewatch.example/2026/11/16/siwa-crafts-market"
UNKNOWN_PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>افتتاح سوق للحرف اليدوية في واحة سيوة | نايل ووتش</title>
<link rel="canonical" href="{UNKNOWN_PAGE_URL}">
</head><body>
<header class="site-header"><a class="logo" href="/">نايل ووتش</a></header>
<main><article>
<h1>افتتاح سوق للحرف اليدوية في واحة سيوة</h1>
<div class="meta"><span class="date">الإثنين 16 نوفمبر 2026 - 10:15 ص</span></div>
<div class="article-body">
<p>افتتحت محافظة مطروح صباح اليوم سوقًا دائمًا للحرف اليدوية في واحة سيوة، يضم أكثر من أربعين محلًا لمنتجات الفضة والسجاد والتمور.</p>
<p>وقال مسؤول بالمحافظة إن السوق يهدف إلى مساعدة الأسر المنتجة على بيع منتجاتها مباشرة للزوار دون وسطاء.</p>
<p>ومن المنتظر أن يستقبل السوق الزوار يوميًا من الصباح حتى ساعة متأخرة من الليل طوال موسم الشتاء.</p>
<p class="source">جميع الحقوق محفوظة لمصدر الخبر {UNKNOWN_CREDIT} وتحت مسؤليتة</p>
</div></article></main></body></html>
"""


def _outlet_rows(session: Session) -> set[tuple[Any, ...]]:
    return {
        (o.id, o.name, o.domain, o.kind, o.country, o.language, o.verified)
        for o in session.scalars(select(Outlet))
    }


@pytest.mark.slow
def test_unknown_credit_awaits_review_until_an_alias_resolves_it(
    db_url: str, tmp_path: Path, newscrawl: Runner
) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return newscrawl(*args, db=db_url)

    ok(cli("db", "upgrade"))
    assert re.fullmatch(
        r"outlets: \d+ added, 0 updated from the bundled registry\n", ok(cli("outlets", "sync"))
    )
    pages = tmp_path / "saved"
    pages.mkdir()
    (pages / "siwa.html").write_text(UNKNOWN_PAGE, encoding="utf-8")
    assert ok(cli("ingest", str(pages))).startswith("1 pages: 1 new")

    # The credit matched no outlet: an unverified outlet, listed for review with its one article.
    table = parse_table(ok(cli("outlets", "--unverified")))
    with session_on(db_url) as session:
        article = session.scalars(select(Article).where(Article.url == UNKNOWN_PAGE_URL)).one()
        credited = session.get(Outlet, article.outlet_id)
        assert credited is not None and (credited.name, credited.verified) == (UNKNOWN_CREDIT, False)
        unverified = set(session.scalars(select(Outlet.name).where(Outlet.verified.is_(False))))
    assert [r["OUTLET"] for r in table] == [UNKNOWN_CREDIT] and unverified == {UNKNOWN_CREDIT}
    assert (table[0]["VERIFIED"], table[0]["ARTICLES"], table[0]["DOMAIN"]) == ("False", "1", "")

    # The operator names the agency and files the unknown spelling under it; re-extraction resolves it.
    saved = ok(cli("outlets", "add", "Oasis News Agency", "--domain", "oasisnews.example", "--country", "EG"))
    assert re.fullmatch(r"outlet \d+ 'Oasis News Agency' saved \(0 aliases\)\n", saved)
    assert ok(cli("outlets", "alias", "Oasis News Agency", UNKNOWN_CREDIT)).startswith("alias ")
    assert refused(cli("outlets", "alias", "Nobody Press", "x")).startswith("no outlet named 'Nobody Press'")
    assert ok(cli("reprocess", "--site", "nilewatch.example")).startswith("reprocessed 1 stored pages: ")
    with session_on(db_url) as session:
        article = session.scalars(select(Article).where(Article.url == UNKNOWN_PAGE_URL)).one()
        credited = session.get(Outlet, article.outlet_id)
        assert credited is not None
        assert (credited.name, credited.domain, credited.country, credited.verified) == (
            "Oasis News Agency",
            "oasisnews.example",
            "EG",
            True,
        )
        story = session.get(Story, article.story_id)
        assert story is not None and story.origin_outlet_id == credited.id
        before_sync = _outlet_rows(session)
        aliases = set(session.execute(select(OutletAlias.outlet_id, OutletAlias.normalized)).all())

    # The whole registry, as a table: every outlet once, the added one among them with its article.
    listed = parse_table(ok(cli("outlets")))
    assert len(listed) == len(before_sync) and len({r["ID"] for r in listed}) == len(listed)
    oasis = next(r for r in listed if r["OUTLET"] == "Oasis News Agency")
    assert (oasis["DOMAIN"], oasis["KIND"], oasis["VERIFIED"], oasis["ARTICLES"]) == (
        "oasisnews.example",
        "outlet",
        "True",
        "1",
    )

    # Syncing the bundled registry again changes nothing, and keeps what the operator added.
    assert ok(cli("outlets", "sync")) == "outlets: 0 added, 0 updated from the bundled registry\n"
    with session_on(db_url) as session:
        assert _outlet_rows(session) == before_sync
        assert set(session.execute(select(OutletAlias.outlet_id, OutletAlias.normalized)).all()) == aliases
