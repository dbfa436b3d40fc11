"""The SSRF guard against a hostile web on 127.0.0.1 (issue 11, item 3).

The hostile web is the crawl's replay proxy for ``mogaz.test`` / ``jsnews.test`` (explicitly allowed); a
"secret" service listens on another loopback port. Feed, sitemap, listing and article requests redirect to
it (by IP, by ``localhost``, by ``[::1]``) and to 10.0.0.1 and 169.254.169.254 (cloud metadata): nothing
reaches the secret service, every hop is reported, the site's other articles are stored. An operator's
``NEWSCRAWL_ALLOWED_NETWORKS`` opens a network again. In Chromium, a page's scripts, styles, frames and XHR to
those addresses (directly or through a redirect) are aborted, and Chromium's own background traffic is gone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler.config import Config
from crawler.db.engine import make_engine, session_factory
from crawler.db.migrate import upgrade
from crawler.db.models import Article
from newscrawl_kit.hostile.server import HostileServer
from newscrawl_kit.hostile.web import HOST, SITE, article_url, rss, serve_site, urlset
from tests.integration.conftest import Runner

METADATA = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"


def _stored(db: str) -> set[str]:
    engine = make_engine(db)
    try:
        with session_factory(engine)() as session:
            return set(session.scalars(select(Article.url)))
    finally:
        engine.dispose()


def _hostile_site(web: HostileServer, secret: HostileServer) -> None:
    """mogaz.test: its feed and its sitemap (``dont_filter`` requests, which Scrapy's offsite filter never
    checks, nor their redirects) redirect to the secret service by IP and by name; its listing links five
    articles, three of which redirect to private addresses."""
    s = secret.port
    serve_site(web, [1, 2, 3, 4, 5])
    web.add(f"http://{HOST}/rss.xml", lambda ex: ex.redirect(f"http://127.0.0.1:{s}/feed.xml"))
    web.add(
        f"http://{HOST}/sitemap-news.xml", lambda ex: ex.redirect(f"http://localhost:{s}/sitemap.xml", 301)
    )
    links = "".join(f'<a href="/news/{n}">خبر</a>' for n in range(1, 6))
    web.add_page(f"http://{HOST}/section/news", f"<html><body>{links}</body></html>")
    web.add(article_url(1), lambda ex: ex.redirect(METADATA))
    web.add(article_url(2), lambda ex: ex.redirect("http://10.0.0.1/admin", status=301))
    web.add(article_url(5), lambda ex: ex.redirect(f"http://[::1]:{s}/article/5", status=307))
    secret.add_page(f"http://127.0.0.1:{s}/feed.xml", rss([article_url(n) for n in range(1, 6)]))
    secret.add_page(f"http://127.0.0.1:{s}/sitemap.xml", urlset([article_url(n) for n in range(1, 6)]))


@pytest.mark.slow
def test_redirects_to_private_addresses_are_blocked(tmp_path: Path, newscrawl: Runner) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(db)
    with HostileServer() as web, HostileServer() as secret:
        _hostile_site(web, secret)
        out = newscrawl("crawl", SITE, db=db, proxy=web.url)
        secret_hits = secret.hits
        proxied = {h.host for h in web.hits}
    log = out.stderr
    assert secret_hits == [], f"the secret service was reached: {secret_hits}"
    assert not proxied & {"10.0.0.1", "169.254.169.254", "127.0.0.1", "localhost", "::1"}
    assert "blocked http://127.0.0.1:" in log and "(127.0.0.1: 127.0.0.1 is loopback" in log  # the feed's hop
    assert "blocked http://localhost:" in log and "is loopback" in log  # the sitemap's: a name, resolved
    assert _stored(db) == {article_url(3), article_url(4)}, log[-3000:]


def test_allowed_networks_open_a_network_again(tmp_path: Path, newscrawl: Runner) -> None:
    db = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(db)
    with HostileServer() as web, HostileServer() as secret:
        _hostile_site(web, secret)
        out = newscrawl("crawl", SITE, db=db, proxy=web.url, NEWSCRAWL_ALLOWED_NETWORKS="127.0.0.0/8, ::1")
        reached = {h.path for h in secret.hits}
    assert {"/feed.xml", "/sitemap.xml"} <= reached, out.stderr[-3000:]  # allowed by the operator: followed
    assert "blocked" not in out.stderr


CHROMIUM = Config.from_env().chromium_path


@pytest.mark.browser
@pytest.mark.slow
def test_browser_pages_cannot_reach_private_addresses(tmp_path: Path, newscrawl: Runner) -> None:
    if not os.access(CHROMIUM, os.X_OK):
        if os.environ.get("CI") == "true":
            pytest.fail(f"no Chromium at {CHROMIUM}")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    db = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(db)
    js = "jsnews.test"
    with HostileServer() as web, HostileServer() as secret:
        s = f"127.0.0.1:{secret.port}"
        hostile = (
            f'<script src="http://{s}/a.js"></script>'
            f'<link rel="stylesheet" href="http://{s}/a.css">'
            f'<iframe src="http://{s}/frame"></iframe>'
            f'<iframe src="{METADATA}"></iframe>'
            f'<script src="http://{js}/hop.js"></script>'  # redirects to the secret service
            "<script>fetch('http://10.0.0.1/x').catch(() => 0);"
            f"fetch('http://{s}/xhr').catch(() => 0);</script>"
        )
        for n in (1, 2):
            web.add_page(
                f"http://{js}/article/{n}",
                f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر {n}</title>{hostile}</head>'
                f'<body><div id="app" class="loaded"><h1 class="story-title">خبر مصور رقم {n} عن الأسواق</h1>'
                '<time class="story-date" datetime="2026-11-30T10:00:00+02:00">30 نوفمبر</time>'
                '<div class="story-body"><p>قالت الغرفة التجارية إن حركة الأسواق تحسنت خلال الأسبوع الماضي بشكل واضح.</p>'
                "<p>وأضافت أن الطلب على السلع الأساسية ارتفع في أغلب المحافظات مع بداية الموسم.</p>"
                f"<p>وتوقعت استمرار التحسن خلال الشهر المقبل وفق بيانات رقم {n}.</p></div></div></body></html>",
            )
        # Redirect hops inside Chromium: a script, and a page's own navigation.
        web.add(f"http://{js}/hop.js", lambda ex: ex.redirect(f"http://{s}/hop.js"))
        web.add(f"http://{js}/article/3", lambda ex: ex.redirect(f"http://{s}/navigated"))
        links = [f"http://{js}/article/{n}" for n in (1, 2, 3)]
        web.add_page(f"http://{js}/feed.xml", rss(links), content_type="application/rss+xml")
        out = newscrawl("crawl", "jsnews", db=db, proxy=web.url, timeout=240)
        secret_hits = secret.hits
        hosts = {h.host for h in web.hits}
    assert secret_hits == [], f"the browser reached the secret service: {secret_hits}"
    # Playwright sends loopback through the proxy too: the secret service would show up as host 127.0.0.1.
    assert not hosts & {"10.0.0.1", "169.254.169.254", "127.0.0.1"}, hosts
    google = {h for h in hosts if h.endswith(("google.com", "googleapis.com", "gvt1.com", "gstatic.com"))}
    assert not google, f"Chromium's own traffic went out: {google}"
    assert {f"http://{js}/article/1", f"http://{js}/article/2"} <= _stored(db), out.stderr[-3000:]


def test_the_connection_itself_is_guarded(tmp_path: Path, newscrawl: Runner) -> None:
    """The second layer, at connect time (crawler.resolver, TWISTED_DNS_RESOLVER): with the middleware's
    check taken out, a request to loopback, by IP or by name, still never connects. This is the layer that
    refuses a name whose second DNS answer differs from the first (rebinding)."""
    db = f"sqlite:///{tmp_path / 'news.db'}"
    upgrade(db)
    without_middleware = ("-s", 'DOWNLOADER_MIDDLEWARES={"crawler.middlewares.SsrfGuardMiddleware": null}')
    with HostileServer() as secret:
        secret.fallback("127.0.0.1", lambda ex: ex.send(rss([f"{secret.url}/news/1"])))
        secret.fallback("localhost", lambda ex: ex.send(rss([f"{secret.url}/news/1"])))
        outs = [
            newscrawl(
                "crawl",
                f"http://{host}:{secret.port}/feed.xml",
                *without_middleware,
                "-s",
                "RETRY_TIMES=0",
                db=db,
                NEWSCRAWL_SITES_DIR=str(tmp_path / "none"),
            )
            for host in ("127.0.0.1", "localhost")
        ]
        hits = secret.hits
    assert hits == [], f"connected to loopback: {hits}"
    for host, out in zip(("127.0.0.1", "localhost"), outs, strict=True):
        assert f"blocked connection to {host}: 127.0.0.1 is loopback" in out.stderr, out.stderr[-3000:]
