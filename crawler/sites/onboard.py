"""Onboarding a site from its URL: discover feeds, sitemaps and listings, infer the article URL pattern,
try extraction on a sample of articles, and draft a profile (``newscrawl sites add``).

Also the dry run of ``newscrawl sites check``: the same sample extraction for an existing profile.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler.sites.discovery import (
    COMMON_FEED_PATHS,
    COMMON_SITEMAP_PATHS,
    NotAFeed,
    NotASitemap,
    declared_feeds,
    feed_item_links,
    page_links,
    read_sitemap,
    site_name,
)
from crawler.sites.fetch import FetchError, PoliteFetcher, Response
from crawler.sites.patterns import Inferred, infer_article_pattern, path_and_query
from crawler.sites.profile import SiteProfile

MAX_FEEDS = 4
MAX_SITEMAPS = 3
MAX_SITEMAP_CHILDREN = 2
MAX_SECTIONS_TRIED = 4
MIN_LISTING_ARTICLES = 3
SAMPLE = 5

Say = Callable[[str], None]


class OnboardError(Exception):
    """The site cannot be onboarded (home page unreachable, no article links found); one line."""


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


@dataclass
class Discovery:
    """What onboarding found on a site, with a line per thing it tried."""

    home: str
    hosts: list[str]
    name_hint: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    next_page: str | None = None
    evidence: list[str] = field(default_factory=list)  # article URLs from feeds and sitemaps, in order
    home_links: list[str] = field(default_factory=list)
    pattern: Inferred | None = None
    notes: list[str] = field(default_factory=list)

    def owns(self, url: str) -> bool:
        return host_of(url) in self.hosts

    def article_urls(self) -> list[str]:
        """Article URLs found, evidence first (newest feed items lead), each once."""
        if self.pattern is None:
            return []
        rx = re.compile(self.pattern.regex)
        urls = [u for u in [*self.evidence, *self.home_links] if self.owns(u)]
        return [u for u in dict.fromkeys(urls) if rx.search(path_and_query(u))]


def _html(response: Response) -> str:
    from crawler.cleaning.encoding import decode_html

    return decode_html(response.body, response.content_type or None)[0]


def _try(fetcher: PoliteFetcher, url: str, notes: list[str], what: str) -> Response | None:
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        notes.append(f"{what} {url}: {exc}")
        return None
    if response.status >= 400:
        notes.append(f"{what} {url}: HTTP {response.status}")
        return None
    return response


def _feeds(fetcher: PoliteFetcher, d: Discovery, html: str) -> None:
    candidates = declared_feeds(html, d.home)
    if not candidates:
        candidates = [urljoin(d.home, p) for p in COMMON_FEED_PATHS]
    for url in candidates:
        if len(d.feeds) >= MAX_FEEDS:
            break
        response = _try(fetcher, url, d.notes, "feed")
        if response is None:
            continue
        try:
            links = [urljoin(response.url, link) for link in feed_item_links(response.body)]
        except NotAFeed as exc:
            d.notes.append(f"feed {url}: not a feed ({exc})")
            continue
        own = [link for link in links if d.owns(link)]
        if not own:
            d.notes.append(f"feed {url}: none of its {len(links)} items is on {d.hosts[0]}")
            continue
        if response.url not in d.feeds:
            d.feeds.append(response.url)
            d.evidence.extend(own)
            d.notes.append(f"feed {response.url}: {len(own)} items")


def _sitemaps(fetcher: PoliteFetcher, d: Discovery) -> None:
    rules = fetcher.robots(d.home)
    declared = list(rules.sitemaps) if rules is not None else []
    candidates = declared or [urljoin(d.home, p) for p in COMMON_SITEMAP_PATHS]
    for url in list(dict.fromkeys(candidates))[:8]:
        if len(d.sitemaps) >= MAX_SITEMAPS:
            break
        response = _try(fetcher, url, d.notes, "sitemap")
        if response is None:
            continue
        try:
            sitemap = read_sitemap(response.body)
        except NotASitemap as exc:
            d.notes.append(f"sitemap {url}: not a sitemap ({exc})")
            continue
        if sitemap.kind == "urlset":
            own = [loc for loc in sitemap.locs if d.owns(loc)]
            if own:
                d.sitemaps.append(response.url)
                d.evidence.extend(own[:500])
                d.notes.append(f"sitemap {response.url}: {len(own)} URLs{' (news)' if sitemap.news else ''}")
            continue
        # An index: a news sitemap among its children is what a frequent crawl needs; else the index.
        children = [loc for loc in sitemap.locs if d.owns(loc)]
        news = [c for c in children if "news" in c.lower()]
        picked = (news or children[-MAX_SITEMAP_CHILDREN:])[:MAX_SITEMAP_CHILDREN]
        d.notes.append(f"sitemap index {response.url}: {len(children)} sitemaps")
        found_news = False
        for child in picked:
            sub = _try(fetcher, child, d.notes, "sitemap")
            if sub is None:
                continue
            try:
                child_map = read_sitemap(sub.body)
            except NotASitemap as exc:
                d.notes.append(f"sitemap {child}: not a sitemap ({exc})")
                continue
            own = [loc for loc in child_map.locs if d.owns(loc)]
            d.evidence.extend(own[:500])
            d.notes.append(f"sitemap {sub.url}: {len(own)} URLs{' (news)' if child_map.news else ''}")
            if child_map.news and own and sub.url not in d.sitemaps:
                d.sitemaps.append(sub.url)
                found_news = True
        if not found_news and response.url not in d.sitemaps:
            d.sitemaps.append(response.url)


def _listings(fetcher: PoliteFetcher, d: Discovery, home_html: str) -> None:
    if d.pattern is None:
        return
    rx = re.compile(d.pattern.regex)

    def articles_in(links: Iterable[str]) -> int:
        return len({u for u in links if d.owns(u) and rx.search(path_and_query(u))})

    on_home = articles_in(d.home_links)
    if on_home >= MIN_LISTING_ARTICLES:
        d.listings.append(d.home)
        d.notes.append(f"listing {d.home}: {on_home} article links")
    sections = [
        link.url
        for link in page_links(home_html, d.home)
        if link.in_nav
        and d.owns(link.url)
        and not rx.search(path_and_query(link.url))
        and urlsplit(link.url).path.strip("/")
        and link.url.rstrip("/") != d.home.rstrip("/")
    ]
    fetched: list[tuple[str, str, list[str]]] = []  # (url, html, on-site links) of each section page
    for url in list(dict.fromkeys(sections))[:MAX_SECTIONS_TRIED]:
        response = _try(fetcher, url, d.notes, "listing")
        if response is None:
            continue
        html = _html(response)
        links = [link.url for link in page_links(html, response.url) if d.owns(link.url)]
        fetched.append((response.url, html, links))
    # Article links on every page (a "most read" box, a footer) are the template, not a listing: an About
    # page with that box is not a section. Known only once there are a few pages to compare.
    link_sets = [set(d.home_links)] + [set(links) for _, _, links in fetched]
    chrome = set.intersection(*link_sets) if len(link_sets) >= 3 else set()
    for url, html, links in fetched:
        found = articles_in(u for u in links if u not in chrome)
        if found >= MIN_LISTING_ARTICLES:
            d.listings.append(url)
            d.home_links.extend(links)
            d.notes.append(f"listing {url}: {found} article links")
            if d.next_page is None:
                d.next_page = next_page_selector(html, url, d)
        else:
            d.notes.append(
                f"listing {url}: only {found} article links"
                + (f" besides the {articles_in(chrome)} on every page" if articles_in(chrome) else "")
                + ", not used"
            )


# "Next page" links as sites commonly mark them, most specific first.
NEXT_PAGE_SELECTORS = (
    "a[rel=next]",
    "link[rel=next]",
    "li.next a",
    ".pagination a.next",
    "a.next",
    ".next a",
    ".pager-next a",
    "a.nextpostslink",
)


def next_page_selector(html: str, url: str, d: Discovery) -> str | None:
    """The first of NEXT_PAGE_SELECTORS that finds an on-site link on a listing page."""
    from crawler.extraction.tree import parse_html, select

    root = parse_html(html)
    if root is None:
        return None
    for selector in NEXT_PAGE_SELECTORS:
        for el in select(root, selector):
            href = el.get("href") if not isinstance(el, str) else None
            if href and d.owns(urljoin(url, href)):
                return selector
    return None


def discover(url: str, fetcher: PoliteFetcher, say: Say = lambda _: None) -> Discovery:
    """Everything onboarding can find from a site's URL; OnboardError when it finds no articles."""
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise OnboardError(f"{url!r} is not an http(s) URL")
    say(f"fetching {url}")
    try:
        home = fetcher.get(url)
    except FetchError as exc:
        raise OnboardError(f"home page: {exc}") from None
    if home.status >= 400:
        raise OnboardError(f"home page {url}: HTTP {home.status}")
    hosts = list(dict.fromkeys([host_of(home.url), host_of(url)]))
    d = Discovery(home=home.url, hosts=hosts)
    html = _html(home)
    d.name_hint = site_name(html)
    d.home_links = [link.url for link in page_links(html, home.url) if d.owns(link.url)]
    robots = fetcher.robots(home.url)
    d.notes.append(f"robots.txt: {'found' if robots is not None else 'none'}")
    say("looking for feeds")
    _feeds(fetcher, d, html)
    say("looking for sitemaps")
    _sitemaps(fetcher, d)
    d.pattern = infer_article_pattern(d.evidence, d.home_links)
    if d.pattern is None:
        raise OnboardError(
            f"no article links found on {home.url} (no feed, sitemap or article-like links): "
            "write the profile by hand (docs/profiles.md)"
        )
    say("looking for listing pages")
    _listings(fetcher, d, html)
    return d


def draft_profile(d: Discovery, name: str, registry: Any, samples: list[Sampled]) -> dict[str, Any]:
    """The TOML data of the new profile (only what was found; defaults are left out)."""
    data: dict[str, Any] = {"name": name, "hosts": d.hosts}
    known = registry.by_domain(d.hosts[0]) if registry is not None else None
    foreign = sum(
        1 for s in samples if s.outlet_domain and host_of("http://" + s.outlet_domain) not in d.hosts
    )
    if known is not None:  # the registry knows the site: its kind, and its name when it publishes
        data["kind"] = known.kind if known.kind in ("outlet", "wire", "aggregator") else "outlet"
        if data["kind"] != "aggregator":
            data["outlet"] = known.name
    else:
        data["kind"] = "aggregator" if samples and foreign * 2 >= len(samples) else "outlet"
    languages = Counter(s.language for s in samples if s.language)
    if languages:
        data["language"] = languages.most_common(1)[0][0]
    data["home"] = d.home
    for key in ("feeds", "sitemaps", "listings"):
        if getattr(d, key):
            data[key] = getattr(d, key)
    if d.next_page:
        data["next_page"] = d.next_page
    assert d.pattern is not None
    data["article_url"] = d.pattern.regex
    return data


@dataclass(slots=True)
class Sampled:
    """What extraction and attribution found on one sample article."""

    url: str
    error: str | None = None
    is_article: bool = False
    title: str | None = None
    published_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    words: int = 0
    language: str | None = None
    outlet: str | None = None
    outlet_domain: str | None = None
    attribution: str = "none"
    method: str = ""
    skip_reason: str | None = None


def sample_articles(
    urls: list[str], profile: SiteProfile, fetcher: PoliteFetcher, registry: Any, say: Say = lambda _: None
) -> list[Sampled]:
    """Fetch each URL and run the crawler's own page processing on it with ``profile``."""
    from crawler.items import Page
    from crawler.processing import process_page

    out = []
    for url in urls:
        say(f"sample {url}")
        try:
            response = fetcher.get(url)
        except FetchError as exc:
            out.append(Sampled(url, error=str(exc)))
            continue
        if response.status >= 400:
            out.append(Sampled(url, error=f"HTTP {response.status}"))
            continue
        html = _html(response)
        page = Page(
            url=response.url,
            html=html,
            site=profile.hosts[0],
            profile=profile,
            fetched_at=datetime.now(UTC),
            raw=response.body,
        )
        result = process_page(page, profile, registry)
        ex, att = result.extracted, result.attribution
        out.append(
            Sampled(
                url=response.url,
                is_article=result.article is not None,
                title=ex.title,
                published_at=ex.published_at,
                authors=list(ex.authors),
                words=len(ex.body.split()),
                language=ex.language,
                outlet=att.outlet if att else None,
                outlet_domain=att.domain if att else None,
                attribution=att.method if att else "none",
                method=ex.method,
                skip_reason=result.skip_reason,
            )
        )
    return out


def field_summary(samples: list[Sampled]) -> list[str]:
    """One line per field: on how many sample pages it was found."""
    fetched = [s for s in samples if s.error is None]
    n = len(fetched)
    if not n:
        return ["no sample page could be fetched"]
    words = [s.words for s in fetched if s.words]
    lines = [
        f"article  {sum(s.is_article for s in fetched)}/{n} stored as articles",
        f"title    {sum(bool(s.title) for s in fetched)}/{n}",
        f"body     {sum(s.words >= 50 for s in fetched)}/{n} with 50+ words"
        + (f" (median {int(statistics.median(words))} words)" if words else ""),
        f"date     {sum(s.published_at is not None for s in fetched)}/{n}",
        f"authors  {sum(bool(s.authors) for s in fetched)}/{n}",
        f"language {', '.join(f'{k} {v}' for k, v in Counter(s.language or '?' for s in fetched).most_common())}",
        f"outlet   {sum(bool(s.outlet) for s in fetched)}/{n} attributed"
        + (
            f" ({', '.join(sorted({s.attribution for s in fetched if s.outlet}))})"
            if any(s.outlet for s in fetched)
            else ""
        ),
    ]
    return lines


def profile_article_urls(
    profile: SiteProfile, fetcher: PoliteFetcher, notes: list[str], limit: int = 50
) -> list[str]:
    """Article URLs a crawl of ``profile`` would find first: its feeds, sitemaps and listings (the home page
    when it declares none), as the spider reads them."""
    found: list[str] = []

    def add(urls: Iterable[str], where: str) -> None:
        kept = [u for u in urls if profile.is_article_url(u)]
        notes.append(f"{where}: {len(kept)} article links")
        found.extend(kept)

    for url in profile.feeds:
        response = _try(fetcher, url, notes, "feed")
        if response is not None:
            try:
                add((urljoin(response.url, u) for u in feed_item_links(response.body)), f"feed {url}")
            except NotAFeed as exc:
                notes.append(f"feed {url}: not a feed ({exc})")
    pending = list(profile.sitemaps)
    seen: set[str] = set()
    while pending and len(seen) < MAX_SITEMAPS + MAX_SITEMAP_CHILDREN:
        url = pending.pop(0)
        seen.add(url)
        response = _try(fetcher, url, notes, "sitemap")
        if response is None:
            continue
        try:
            sitemap = read_sitemap(response.body)
        except NotASitemap as exc:
            notes.append(f"sitemap {url}: not a sitemap ({exc})")
            continue
        if sitemap.kind == "sitemapindex":
            children = [loc for loc in sitemap.locs if profile.owns(loc) and loc not in seen]
            notes.append(f"sitemap index {url}: {len(children)} sitemaps")
            pending.extend(children[-MAX_SITEMAP_CHILDREN:])
        else:
            add(sitemap.locs, f"sitemap {url}")
    listings = list(profile.listings) or ([profile.home] if profile.home and not found else [])
    for url in listings:
        response = _try(fetcher, url, notes, "listing")
        if response is not None:
            add((link.url for link in page_links(_html(response), response.url)), f"listing {url}")
    return list(dict.fromkeys(found))[:limit]
