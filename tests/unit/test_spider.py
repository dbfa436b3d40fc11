"""The generic spider's discovery: feeds, sitemaps (index, gzip), listing pagination, bad sources."""

from __future__ import annotations

import gzip

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from crawler.sites.profile import SiteProfile
from crawler.spiders.site import SiteSpider

PROFILE = SiteProfile.from_dict(
    {
        "name": "example",
        "hosts": ["news.example"],
        "feeds": ["http://news.example/rss.xml"],
        "sitemaps": ["http://news.example/sitemap.xml"],
        "listings": ["http://news.example/latest"],
        "next_page": "a.next",
        "max_listing_pages": 3,
        "article_url": r"^/news/\d+",
    }
)


@pytest.fixture
def spider() -> SiteSpider:
    cls = type("ExampleSpider", (SiteSpider,), {"name": "example", "profile": PROFILE})
    crawler = get_crawler(cls)
    crawler.spider = crawler._create_spider()
    return crawler.spider


def _urls(results: object) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]  # type: ignore[attr-defined]


def test_start_requests_cover_every_source(spider: SiteSpider) -> None:
    kinds = [r.meta["source"] for r in spider.start_requests()]
    assert kinds == ["feed", "sitemap", "listing"]


def test_rss_feed_yields_article_requests_only(spider: SiteSpider) -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://news.example/</link>
      <item><title>a</title><link>http://news.example/news/1?utm_source=rss</link></item>
      <item><title>b</title><link>http://news.example/news/2</link></item>
      <item><title>c</title><link>http://news.example/about</link></item>
      <item><title>d</title><link>http://elsewhere.example/news/3</link></item>
    </channel></rss>"""
    urls = _urls(spider.parse_feed(XmlResponse("http://news.example/rss.xml", body=body)))
    assert urls == ["http://news.example/news/1", "http://news.example/news/2"]


def test_atom_feed(spider: SiteSpider) -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>a</title><link rel="alternate" href="http://news.example/news/7"/></entry>
      <entry><title>b</title><link rel="enclosure" href="http://news.example/news/8.jpg"/></entry>
    </feed>"""
    assert _urls(spider.parse_feed(XmlResponse("http://news.example/atom", body=body))) == [
        "http://news.example/news/7"
    ]


def test_broken_feed_is_reported_and_yields_nothing(spider: SiteSpider) -> None:
    response = TextResponse("http://news.example/rss.xml", body=b"\x00\x01 not xml at all <<<")
    assert _urls(spider.parse_feed(response)) == []
    assert spider.crawler.stats.get_value("newscrawl/errors/feed_parse") == 1


def test_sitemap_index_and_gzipped_sitemap(spider: SiteSpider) -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>http://news.example/sitemap-1.xml.gz</loc></sitemap>
      <sitemap><loc>http://other.example/sitemap.xml</loc></sitemap></sitemapindex>"""
    follow = list(spider.parse_sitemap(XmlResponse("http://news.example/sitemap.xml", body=index)))
    assert _urls(follow) == ["http://news.example/sitemap-1.xml.gz"]
    urlset = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>http://news.example/news/10</loc><news:news><news:title>x</news:title></news:news></url>
      <url><loc>http://news.example/tag/x</loc></url></urlset>"""
    response = TextResponse("http://news.example/sitemap-1.xml.gz", body=gzip.compress(urlset))
    assert _urls(spider.parse_sitemap(response)) == ["http://news.example/news/10"]


def test_garbage_sitemap_is_reported(spider: SiteSpider) -> None:
    response = TextResponse("http://news.example/sitemap.xml", body=b"\x1f\x8bnot really gzip")
    assert _urls(spider.parse_sitemap(response)) == []
    assert spider.crawler.stats.get_value("newscrawl/errors/sitemap_parse") == 1


def test_listing_follows_articles_and_next_page_within_bounds(spider: SiteSpider) -> None:
    html = b"""<html><body><a href="/news/1">one</a><a href="/news/1#comments">again</a>
      <a href="/news/2">two</a><a href="/section/x">section</a><a class="next" href="/latest?page=2">next</a>
      </body></html>"""
    first = HtmlResponse(
        "http://news.example/latest", body=html, request=Request("http://news.example/latest")
    )
    out = list(spider.parse_listing(first))
    assert _urls(out) == [
        "http://news.example/news/1",
        "http://news.example/news/2",
        "http://news.example/latest?page=2",
    ]
    last = HtmlResponse(
        "http://news.example/latest?page=3",
        body=html,
        request=Request("http://news.example/latest?page=3", meta={"depth_page": 3}),
    )
    assert "http://news.example/latest?page=2" not in _urls(spider.parse_listing(last))


def test_article_page_becomes_a_page_item(spider: SiteSpider) -> None:
    body = "<html><head><meta charset='windows-1256'></head><body><p>خبر</p></body></html>".encode("cp1256")
    response = HtmlResponse("http://news.example/news/1", body=body, headers={"Content-Type": "text/html"})
    (page,) = list(spider.parse_article(response))
    assert page.profile is spider.profile and page.site == "news.example"
    assert "خبر" in page.html and page.raw == body
