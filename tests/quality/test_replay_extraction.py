"""Quality floor on the replay web: every article page of every site, through the crawler's own processing.

Body token F1 against the text we wrote must average >= 0.99 (and no page may fall far below it), and no stored
body may carry ticker headlines, credit footers, newsletter/"follow us" prompts or "next story" links. The pages
are decoded from their served bytes with their Content-Type, as the crawler does (oldnews.test is windows-1256),
and JavaScript-built pages are read as the DOM Chromium ends up with.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from crawler.cleaning.encoding import decode_html
from crawler.items import Page
from crawler.outlets.registry import OutletRegistry
from crawler.processing import process_page
from crawler.sites import profile_for_url
from newscrawl_kit.replay.web import PageTruth, ReplayWeb, build_demo_web

pytestmark = pytest.mark.quality

BODY_F1_FLOOR = 0.99
PAGE_F1_FLOOR = 0.95

# Text that is on the pages around the article and must never reach a body.
BOILERPLATE = (
    "جميع الحقوق محفوظة",
    "النشرة البريدية",
    "اشترك في",
    "تابعنا على",
    "تابعونا",
    "التالى",
    "التالي:",
    "أخبار عاجلة",
    "اقرأ أيضا",
    "Sign up",
    "newsletter",
    "Follow us",
    "Read next",
    "Related",
    "All rights reserved",
)


def _f1(predicted: str, gold: str) -> float:
    got, want = Counter(predicted.split()), Counter(gold.split())
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def web() -> ReplayWeb:
    return build_demo_web()


def store_all(web: ReplayWeb) -> dict[str, tuple[PageTruth, str | None]]:
    """URL -> (truth, body the crawler would store, or None when it refused the page)."""
    registry = OutletRegistry.load_default()
    now = datetime.now(UTC)
    out: dict[str, tuple[PageTruth, str | None]] = {}
    for url, truth in web.truth.items():
        profile = profile_for_url(url)
        if url in web.rendered_dom:
            html, encoding = web.rendered_dom[url], "utf-8"
        else:
            resource = web.get_url(url)
            assert resource is not None, url
            html, encoding = decode_html(resource.body, resource.content_type)
        page = Page(url=url, html=html, site=truth.site, profile=profile)
        page.encoding = encoding
        processed = process_page(page, profile, registry, now=now)
        out[url] = (truth, processed.article.body if processed.article else None)
    return out


@pytest.fixture(scope="module")
def stored(web: ReplayWeb) -> dict[str, tuple[PageTruth, str | None]]:
    return store_all(web)


def test_every_article_page_is_stored(stored: dict[str, tuple[PageTruth, str | None]]) -> None:
    assert len(stored) >= 75
    refused = [url for url, (_truth, body) in stored.items() if body is None]
    assert refused == []


def test_body_f1_floor(stored: dict[str, tuple[PageTruth, str | None]]) -> None:
    scores = {url: _f1(body or "", truth.body) for url, (truth, body) in stored.items()}
    mean = sum(scores.values()) / len(scores)
    worst = min(scores, key=scores.__getitem__)
    assert mean >= BODY_F1_FLOOR, f"mean body F1 {mean:.4f}"
    assert scores[worst] >= PAGE_F1_FLOOR, f"{worst}: F1 {scores[worst]:.4f}"


def test_every_site_is_measured(web: ReplayWeb, stored: dict[str, tuple[PageTruth, str | None]]) -> None:
    # Aggregators and outlet sites alike, including the JavaScript-built and the windows-1256 one.
    sites = {truth.site for truth, _body in stored.values()}
    assert {"mogaz.test", "masress.test", "worldbrief.test", "jsnews.test", "oldnews.test"} <= sites


def test_no_boilerplate_in_any_body(web: ReplayWeb, stored: dict[str, tuple[PageTruth, str | None]]) -> None:
    titles = {t.title for t in web.truth.values()}
    for url, (truth, body) in stored.items():
        assert body is not None
        for phrase in BOILERPLATE:
            if phrase not in truth.body:  # an article may legitimately say "related" in its own text
                assert phrase not in body, (url, phrase)
        for title in titles - {truth.title}:
            if title not in truth.body:
                assert title not in body, (url, "another story's headline in the body", title)
