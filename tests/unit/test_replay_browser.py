"""jsnews.test in real headless Chromium through the replay server: the script builds what the fixtures say."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from newscrawl_kit.replay.server import ReplayServer
from newscrawl_kit.replay.web import ReplayWeb, build_demo_web

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser_page() -> Iterator[tuple[ReplayWeb, Any]]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}")
    web = build_demo_web(date(2026, 11, 29))
    with ReplayServer(web) as server, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, proxy={"server": server.proxy_url}, args=["--no-sandbox"]
        )
        try:
            yield web, browser.new_page()
        finally:
            browser.close()


def test_article_script_builds_the_truth(browser_page: tuple[ReplayWeb, Any]) -> None:
    web, page = browser_page
    for url in web.article_urls("jsnews.test")[:3]:
        truth = web.truth[url]
        page.goto(url)
        page.wait_for_selector("#app.loaded", timeout=15000)
        assert page.inner_text("h1.story-title") == truth.title
        assert page.eval_on_selector_all(".story-body p", "els => els.map(e => e.textContent)") == list(
            truth.paragraphs
        )
        assert page.get_attribute(".story-source a", "href") == truth.original_url
        assert page.get_attribute("time.story-date", "datetime") == truth.published_at.isoformat()


def test_listing_script_links_articles_and_next_page(browser_page: tuple[ReplayWeb, Any]) -> None:
    web, page = browser_page
    page.goto("http://jsnews.test/")
    page.wait_for_selector("#app.loaded", timeout=15000)
    links = page.eval_on_selector_all(".story-list a", "els => els.map(e => e.href)")
    assert links and set(links) <= set(web.article_urls("jsnews.test"))
    assert page.get_attribute("a.next-page", "href") == "/?page=2"
