"""Live smoke test of the bundled publisher profiles on the real sites (``pytest -m live``; off by default,
the default test run never leaves 127.0.0.1). For each publisher: its home page, the article links found
there (the article pattern inferred when the profile has none, as a crawl does), and a few articles
extracted with the profile: at least one must come out as an article with a title and a real body."""

from __future__ import annotations

import re

import pytest

from crawler.attribution.registry import OutletRegistry
from crawler.sites import PUBLISHER_DIR, load_layer
from crawler.sites.fetch import PoliteFetcher
from crawler.sites.onboard import profile_article_urls, sample_articles
from crawler.sites.patterns import infer_article_pattern, path_and_query

PUBLISHERS = load_layer(PUBLISHER_DIR, "bundled")
pytestmark = pytest.mark.live


@pytest.mark.parametrize("name", sorted(PUBLISHERS))
def test_publisher_home_page_leads_to_extractable_articles(name: str) -> None:
    profile = PUBLISHERS[name]
    fetcher = PoliteFetcher(delay=1.0)
    notes: list[str] = []
    urls = profile_article_urls(profile, fetcher, notes, limit=500)
    if profile.article_url in ("", ".*"):
        inferred = infer_article_pattern([], urls)
        assert inferred is not None, f"{name}: no article-like links on {profile.home}: {notes}"
        urls = [u for u in urls if re.search(inferred.regex, path_and_query(u))]
    assert urls, f"{name}: no article link found: {notes}"
    samples = sample_articles(urls[:3], profile, fetcher, OutletRegistry.load_default())
    good = [s for s in samples if s.is_article and s.title and s.words >= 80]
    assert good, [(s.url, s.error or s.skip_reason, s.words) for s in samples]
