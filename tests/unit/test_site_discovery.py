"""Discovery (feeds, sitemaps, links) and article URL pattern inference: pure functions, no I/O."""

from __future__ import annotations

import gzip
import re

import pytest

from crawler.sites.discovery import (
    NotAFeed,
    NotASitemap,
    declared_feeds,
    feed_item_links,
    page_links,
    read_sitemap,
    sniff,
)
from crawler.sites.patterns import infer_article_pattern, path_and_query, segment_class

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://a.example/</link>
<item><title>1</title><link>http://a.example/news/1</link></item>
<item><title>2</title><guid>http://a.example/news/2</guid></item></channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><link href="http://a.example/"/>
<entry><link rel="alternate" href="http://a.example/a/1"/><link rel="enclosure" href="http://a.example/x.mp3"/></entry>
</feed>"""
RDF = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<item><link>http://a.example/r/1</link></item></rdf:RDF>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://a.example/s1.xml</loc></sitemap></sitemapindex>"""
NEWS = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://a.example/news/9</loc><news:news><news:title>x</news:title></news:news></url></urlset>"""


def test_feeds_of_every_kind() -> None:
    assert feed_item_links(RSS) == ["http://a.example/news/1", "http://a.example/news/2"]
    assert feed_item_links(ATOM) == ["http://a.example/a/1"]
    assert feed_item_links(RDF) == ["http://a.example/r/1"]
    for bad in (b"<html><body>no</body></html>", b"not xml at all", b"<rss><channel></channel></rss>"):
        with pytest.raises(NotAFeed):
            feed_item_links(bad)


def test_sitemaps_indexes_news_and_gzip() -> None:
    assert read_sitemap(INDEX).kind == "sitemapindex" and read_sitemap(INDEX).locs == [
        "http://a.example/s1.xml"
    ]
    news = read_sitemap(gzip.compress(NEWS))
    assert news.kind == "urlset" and news.news and news.locs == ["http://a.example/news/9"]
    with pytest.raises(NotASitemap):
        read_sitemap(RSS)


def test_a_gzipped_document_expands_only_to_the_limit_given() -> None:
    """The crawl passes its DOWNLOAD_MAXSIZE (NEWSCRAWL_MAX_PAGE_BYTES), not the 16 MiB default."""
    padding = b"<!-- " + b"x" * 200_000 + b" -->"
    feed, sitemap = (
        gzip.compress(RSS.replace(b"<channel>", b"<channel>" + padding)),
        gzip.compress(NEWS + padding),
    )
    assert len(feed_item_links(feed)) == 2 and read_sitemap(sitemap).locs == ["http://a.example/news/9"]
    with pytest.raises(NotAFeed):
        feed_item_links(feed, limit=100_000)
    with pytest.raises(NotASitemap):
        read_sitemap(sitemap, limit=100_000)
    assert sniff(sitemap) == "sitemap" and sniff(sitemap, limit=100_000) == "other"


def test_sniff_and_page_links() -> None:
    assert [sniff(RSS), sniff(ATOM), sniff(NEWS), sniff(b"<!doctype html><p>x"), sniff(b"\x00\x01")] == [
        "feed", "feed", "sitemap", "html", "other",
    ]  # fmt: skip
    html = """<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <base href="http://a.example/sub/"></head><body><nav><a href="/world">World</a></nav>
    <a href="story-1#top">One</a><a href="mailto:x@a.example">mail</a><a href="javascript:void(0)">js</a></body></html>"""
    assert declared_feeds(html, "http://a.example/") == ["http://a.example/rss.xml"]
    links = page_links(html, "http://a.example/")
    assert [(link.url, link.in_nav) for link in links] == [
        ("http://a.example/world", True),
        ("http://a.example/sub/story-1", False),
    ]


@pytest.mark.parametrize(
    ("segment", "cls"),
    [("2026", "YEAR"), ("07", "NUM2"), ("8051721", "NUM"), ("world", "WORD"), ("a-b-c", "SLUG"),
     ("view.aspx", "WORD.aspx"), ("12345.html", "NUM.html"), ("3f2a9c1e-77aa", "ID"), ("name-48252", "SLUG")],
)  # fmt: skip
def test_segment_classes(segment: str, cls: str) -> None:
    assert segment_class(segment) == cls


def test_pattern_from_feed_and_sitemap_evidence() -> None:
    articles = [f"http://a.example/story/2026/10/{d}/some-words-here/{800 + d}" for d in range(1, 9)]
    found = infer_article_pattern(articles, ["http://a.example/section/world", "http://a.example/about"])
    assert found is not None and found.coverage == 1.0
    rx = re.compile(found.regex)
    assert rx.search(path_and_query("http://a.example/story/2027/1/2/other-words-again/99"))
    assert not rx.search("/section/world") and not rx.search("/") and not rx.search("/story/2026/10")


def test_pattern_keeps_query_parameters_and_constant_words() -> None:
    articles = [f"http://a.example/article.php?id={n}" for n in range(10, 20)]
    found = infer_article_pattern(articles)
    assert found is not None
    assert re.search(found.regex, "/article.php?id=77") and not re.search(found.regex, "/article.php?page=2")
    assert not re.search(found.regex, "/other.php?id=1")


def test_pattern_from_home_page_links_only() -> None:
    links = [f"http://a.example/akhbar/{n}" for n in range(30000, 30120, 7)]
    links += ["http://a.example/qism/local", "http://a.example/qism/sport", "http://a.example/contact"]
    found = infer_article_pattern([], links)
    assert found is not None and found.regex == r"^/akhbar/\d+/?$"
    assert infer_article_pattern([], ["http://a.example/about", "http://a.example/contact"]) is None
