"""Onboarding a site the repository has never seen: ``sites add URL`` then ``crawl NAME`` stores >= 95 % of its
articles; ``crawl URL`` works with no profile at all; ``sites check`` names the bad key of a broken profile."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler.db.engine import make_engine, session_factory
from crawler.db.models import Article, Site
from tests.integration.conftest import Cli, cli_runner
from tests.integration.unseen_web import Site as WebSite
from tests.integration.unseen_web import build_akhbar, build_blog, serve

REPO = Path(__file__).resolve().parents[2]
# Loopback is where these sites live: the operator setting of the SSRF guard lets the crawler reach it.
LOOPBACK = {"NEWSCRAWL_ALLOWED_NETWORKS": "127.0.0.0/8"}


def _path(url: str) -> str:
    rest = url.split("://", 1)[1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else "/"


def articles_of(db: str, host: str) -> set[str]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            rows = session.scalars(
                select(Article.url).join(Site, Site.id == Article.site_id).where(Site.host == host)
            )
            return {_path(u) for u in rows}
    finally:
        engine.dispose()


@pytest.fixture(params=["blog", "akhbar"])
def web(request: pytest.FixtureRequest) -> Iterator[tuple[WebSite, str]]:
    site = build_blog() if request.param == "blog" else build_akhbar()
    with serve(site) as origin:
        yield site, origin


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return cli_runner(tmp_path)


def test_sites_add_then_crawl_stores_95_percent(web: tuple[WebSite, str], cli: Cli, tmp_path: Path) -> None:
    site, origin = web
    db = f"sqlite:///{tmp_path / 'news.db'}"
    sites = tmp_path / "sites"
    env = {**LOOPBACK, "NEWSCRAWL_SITES_DIR": str(sites)}

    added = cli("sites", "add", f"{origin}/", "--name", site.name, db=db, **env)
    assert added.returncode == 0, added.stdout + added.stderr
    profile_file = sites / f"{site.name}.toml"
    assert profile_file.is_file()
    assert not list((REPO / "crawler").rglob(f"{site.name}.toml")), "a profile was written into the package"
    data = tomllib.loads(profile_file.read_text())
    assert data["hosts"] == ["127.0.0.1"] and data["article_url"]
    # The report shows what extraction found on the sample, field by field.
    for field in ("title", "body", "date", "authors", "outlet"):
        assert f"  {field}" in added.stdout, added.stdout
    if site.name == "blog":
        assert data["feeds"] == [f"{origin}/feed/"] and data["sitemaps"]
    else:
        assert "feeds" not in data and "sitemaps" not in data and len(data["listings"]) >= 3
        assert data["next_page"] == "li.next a"

    listed = cli("sites", "list", db=db, **env)
    assert listed.returncode == 0 and site.name in listed.stdout
    checked = cli("sites", "check", site.name, db=db, **env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "title:" in checked.stdout and "date:" in checked.stdout

    assert cli("db", "upgrade", db=db).returncode == 0
    crawled = cli("crawl", site.name, db=db, **env)
    assert crawled.returncode == 0, crawled.stdout + crawled.stderr[-3000:]
    stored = articles_of(db, "127.0.0.1")
    truth = set(site.article_paths)
    share = len(stored & truth) / len(truth)
    print(
        f"{site.name}: stored {len(stored & truth)}/{len(truth)} articles ({share:.1%}), {len(stored - truth)} other pages"
    )
    assert share >= 0.95, sorted(truth - stored)[:10]
    assert not stored - truth, sorted(stored - truth)[:10]


def test_crawl_url_without_a_profile(web: tuple[WebSite, str], cli: Cli, tmp_path: Path) -> None:
    """``newscrawl crawl URL``: a feed, a sitemap or a home page, crawled with no profile anywhere."""
    site, origin = web
    db = f"sqlite:///{tmp_path / 'news.db'}"
    env = {**LOOPBACK, "NEWSCRAWL_SITES_DIR": str(tmp_path / "none")}
    assert cli("db", "upgrade", db=db).returncode == 0
    start = f"{origin}/post-sitemap.xml" if site.name == "blog" else f"{origin}/"
    crawled = cli("crawl", start, db=db, **env)
    assert crawled.returncode == 0, crawled.stdout + crawled.stderr[-3000:]
    assert crawled.stdout.startswith("127.0.0.1: run 1 ok: "), crawled.stdout
    stored = articles_of(db, "127.0.0.1")
    truth = set(site.article_paths)
    if site.name == "blog":  # the sitemap lists every article
        assert len(stored & truth) >= 0.95 * len(truth)
    else:  # the home page links to its latest dozen
        assert len(stored & truth) >= 12
    assert not stored - truth, sorted(stored - truth)[:10]


def test_crawl_a_feed_url(cli: Cli, tmp_path: Path) -> None:
    site = build_blog()
    db = f"sqlite:///{tmp_path / 'news.db'}"
    with serve(site) as origin:
        assert cli("db", "upgrade", db=db).returncode == 0
        crawled = cli(
            "crawl", f"{origin}/feed/", db=db, **LOOPBACK, NEWSCRAWL_SITES_DIR=str(tmp_path / "none")
        )
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    assert articles_of(db, "127.0.0.1") == set(site.article_paths[:15])  # the feed's 15 items


BROKEN = """
name = "broken"
hosts = ["example.com"]
feeds = "https://example.com/rss"
article_url = "^/news/(\\\\d+"
kind = "newspaper"
[selectors]
titel = "h1"
body = "div..content"
[cadence]
default = 10
"""


def test_sites_check_names_every_bad_key(cli: Cli, tmp_path: Path) -> None:
    sites = tmp_path / "sites"
    sites.mkdir()
    (sites / "broken.toml").write_text(BROKEN)
    db = f"sqlite:///{tmp_path / 'news.db'}"
    result = cli("sites", "check", "broken", db=db, NEWSCRAWL_SITES_DIR=str(sites))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    keys = [line.split(": ", 2)[1] for line in lines[:-1]]
    assert keys == ["feeds", "article_url", "kind", "selectors.titel", "selectors.body", "cadence.default"], (
        lines
    )
    assert all(line.startswith(str(sites / "broken.toml")) for line in lines[:-1])
    assert "expected a list" in lines[0] and "did you mean" not in lines[0]
    assert "unknown selector" in lines[3]
    # Every command that loads profiles says what is wrong in one line and exits 2.
    crawl = cli("crawl", db=db, NEWSCRAWL_SITES_DIR=str(sites))
    assert crawl.returncode == 2
    assert crawl.stderr.strip().splitlines() == [
        f"newscrawl: {sites / 'broken.toml'}: feeds: expected a list, e.g. feeds = ['https://example.com/rss'] "
        "(+5 more: newscrawl sites check)"
    ]
    listed = cli("sites", "list", db=db, NEWSCRAWL_SITES_DIR=str(sites))
    assert listed.returncode == 2 and "broken" in listed.stdout
    shown = cli("sites", "show", "broken", db=db, NEWSCRAWL_SITES_DIR=str(sites))
    assert shown.returncode == 2 and 'kind = "newspaper"' in shown.stdout and "feeds:" in shown.stderr


def test_crawl_with_no_sites_says_how_to_add_one(cli: Cli, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert cli("db", "upgrade", db=db).returncode == 0
    env = {"NEWSCRAWL_SITES_DIR": str(tmp_path / "sites"), "NEWSCRAWL_REPLAY": "0"}
    result = cli("crawl", "--due", db=db, **env)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "no sites to crawl" in line and "newscrawl sites add URL" in line


def test_sites_add_refuses_to_write_into_the_package(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "sites", "add", "http://127.0.0.1:1/", db=f"sqlite:///{tmp_path / 'n.db'}",
        NEWSCRAWL_SITES_DIR=str(REPO / "crawler" / "sites" / "publishers"),
    )  # fmt: skip
    assert result.returncode == 2 and "inside the installed package" in result.stderr


def test_a_page_with_only_the_template_s_article_links_is_not_a_listing(tmp_path: Path) -> None:
    """A "most read" box on every page puts article links on the About page too: it is not a section."""
    from crawler.config import Config
    from crawler.sites.fetch import PoliteFetcher
    from crawler.sites.onboard import discover
    from newscrawl_kit.hostile.server import HostileServer

    def story(n: int) -> str:
        return f"/news/2026/12/01/story-about-the-harbour-number-{n}"

    most_read = "".join(f'<li><a href="{story(n)}">most read {n}</a></li>' for n in (1, 2, 3))
    nav = '<nav><a href="/world/">World</a><a href="/sport/">Sport</a><a href="/about/">About</a></nav>'

    def page(teasers: list[int]) -> str:
        items = "".join(f'<h2><a href="{story(n)}">story {n}</a></h2>' for n in teasers)
        return f"<html><body><header>{nav}</header><main>{items}</main><aside><ul>{most_read}</ul></aside></body></html>"

    with HostileServer() as web:
        web.add_page("http://127.0.0.1/", page(list(range(1, 13))))
        web.add_page("http://127.0.0.1/world/", page(list(range(13, 19))))
        web.add_page("http://127.0.0.1/sport/", page(list(range(19, 25))))
        web.add_page("http://127.0.0.1/about/", page([]))
        fetcher = PoliteFetcher(config=Config(allowed_networks="127.0.0.1/32"), delay=0, timeout=5)
        found = discover(f"{web.url}/", fetcher)
    assert found.listings == [f"{web.url}/", f"{web.url}/world/", f"{web.url}/sport/"], found.notes
    assert (
        f"listing {web.url}/about/: only 0 article links besides the 3 on every page, not used" in found.notes
    )
