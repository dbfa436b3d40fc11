"""Where a site lists its articles: feeds, sitemaps and listing pages, read from documents (pure, no I/O).

Shared by the spider (a profile's feeds and sitemaps, runtime discovery from a home page) and by onboarding
(``newscrawl sites add``), so both read a feed or a sitemap the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from crawler.limits import CORRUPT_GZIP, MAX_PAGE_BYTES, TooLarge, gunzip_capped

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
# Paths where sites commonly serve feeds and sitemaps when nothing points at them.
COMMON_FEED_PATHS = ("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feed/", "/rss/")
COMMON_SITEMAP_PATHS = (
    "/sitemap.xml",
    "/sitemap_index.xml",
    "/news-sitemap.xml",
    "/sitemap-news.xml",
    "/sitemap_news.xml",
    "/sitemaps/news.xml",
)


class NotAFeed(ValueError):
    """The document is not an RSS/Atom feed (or has no item links)."""


class NotASitemap(ValueError):
    """The document is not a sitemap."""


@dataclass(frozen=True, slots=True)
class Sitemap:
    kind: str  # "urlset" | "sitemapindex"
    locs: list[str]
    news: bool  # a Google News sitemap (<news:news> entries)


# A feed needs no DTD. Its internal subset is where entity bombs ("billion laughs") live, and lxml gives up
# on the whole document when one trips its amplification guard: dropped before parsing, the links survive.
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.S)
_PROLOG = 1 << 20  # the doctype comes before the root element: look for it in the first MiB only


def _without_dtd(body: bytes) -> bytes:
    m = _DOCTYPE.search(body, 0, _PROLOG)
    return body if m is None else body[: m.start()] + body[m.end() :]


def _xml(body: bytes, limit: int = MAX_PAGE_BYTES) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":  # capped: a 600 KiB .xml.gz can hold gigabytes
        try:
            body = gunzip_capped(body, limit)
        except (TooLarge, *CORRUPT_GZIP):
            return None
    try:
        return etree.fromstring(
            _without_dtd(body.strip()),
            parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True),
        )
    except etree.XMLSyntaxError:
        return None


def feed_item_links(body: bytes, limit: int = MAX_PAGE_BYTES) -> list[str]:
    """The item links of an RSS 2.0, RSS 1.0 or Atom feed, in document order; NotAFeed otherwise.
    ``limit``: the most a gzipped document may expand to (the crawl's DOWNLOAD_MAXSIZE)."""
    root = _xml(body, limit)
    if root is None:
        raise NotAFeed("not XML")
    tag = etree.QName(root).localname.lower() if isinstance(root.tag, str) else ""
    if tag not in ("rss", "feed", "rdf", "channel"):
        raise NotAFeed(f"root element <{tag}> is not rss or feed")
    links: list[str] = []
    for item in root.iter():
        if not isinstance(item.tag, str):
            continue
        name = etree.QName(item).localname
        if name in ("item", "entry"):
            found = None
            for child in item:
                if not isinstance(child.tag, str):
                    continue
                cname = etree.QName(child).localname
                if cname == "link":
                    href = child.get("href")
                    if href and child.get("rel", "alternate") == "alternate":
                        found = href
                    elif not href and (child.text or "").strip():
                        found = child.text.strip()
                elif cname == "guid" and not found and (child.text or "").strip().startswith("http"):
                    found = child.text.strip()
                if found:
                    break
            if found:
                links.append(found)
    if not links:
        raise NotAFeed("no item links")
    return links


def read_sitemap(body: bytes, limit: int = MAX_PAGE_BYTES) -> Sitemap:
    """The <loc> entries of a sitemap or sitemap index; NotASitemap otherwise."""
    root = _xml(body, limit)
    if root is None or not isinstance(root.tag, str):
        raise NotASitemap("not XML")
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise NotASitemap(f"root element <{kind}> is not urlset or sitemapindex")
    locs = [
        (el.text or "").strip()
        for el in root.iter()
        if isinstance(el.tag, str) and etree.QName(el).localname == "loc" and (el.text or "").strip()
    ]
    news = any(isinstance(el.tag, str) and etree.QName(el).localname == "news" for el in root.iter())
    return Sitemap(kind, locs, news)


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str
    in_nav: bool  # inside <nav> or <header>: a section link rather than a story


def page_links(html: str, base_url: str) -> list[Link]:
    """Every <a href> of an HTML page, absolute, fragment dropped, in document order."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return []
    base = root.find(".//base[@href]")
    base_url = urljoin(base_url, base.get("href")) if base is not None else base_url
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        in_nav = any(anc.tag in ("nav", "header") for anc in a.iterancestors())
        out.append(Link(url, " ".join(a.text_content().split()), in_nav))
    return out


def declared_feeds(html: str, base_url: str) -> list[str]:
    """Feeds a page declares with ``<link rel="alternate" type="application/rss+xml" href=...>``."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return []
    found = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower()
        if "alternate" in rel and kind in FEED_TYPES and link.get("href"):
            found.append(urljoin(base_url, link.get("href").strip()))
    return list(dict.fromkeys(found))


def site_name(html: str) -> str | None:
    """og:site_name or application-name of a home page."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return None
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:site_name", "application-name"):
            value = " ".join((meta.get("content") or "").split())
            if value:
                return value
    return None


def sniff(body: bytes, content_type: str = "", limit: int = MAX_PAGE_BYTES) -> str:
    """What a fetched document is: "feed", "sitemap", "html" or "other"."""
    head = body.lstrip()[:2048].lower()
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<urlset" in head or b"<sitemapindex" in head or body[:2] == b"\x1f\x8b":
        try:
            read_sitemap(body, limit)
            return "sitemap"
        except NotASitemap:
            pass
    if "html" in content_type or b"<html" in head or b"<!doctype html" in head:
        return "html"
    return "other"
