"""What every replay site provides, and the one function that turns a site's copies into served resources."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from newscrawl_kit.replay.render.common import (
    Copy,
    atom,
    esc,
    news_sitemap,
    not_found_page,
    robots,
    rss,
    sitemap_index,
    urlset,
)
from newscrawl_kit.replay.web import PageTruth, ReplayWeb, Resource

FEED_ITEMS = 20
ROBOTS_DATE = datetime(2026, 9, 1).astimezone()


@dataclass(slots=True)
class SiteContext:
    """What a renderer may look at besides the page's own copy: the day of rendering and its sibling pages."""

    today: date
    copies: list[Copy]  # all article copies of the site, newest first


class Site:
    """A replay site. Subclasses set the class attributes and override the render methods."""

    host: str = ""
    name: str = ""
    kind: str = "aggregator"
    language: str = "ar"
    timezone: str = "Africa/Cairo"
    encoding: str = "utf-8"
    per_page: int = 6
    feed_path: str = "/rss.xml"
    feed_format: str = "rss"  # "rss" | "atom"
    sitemap_style: str = "plain"  # "plain" | "index" | "news"
    sitemap_path: str = "/sitemap.xml"
    renders_in_browser: bool = False  # True: pages are built by script, ``rendered_article`` gives the DOM

    @property
    def content_type(self) -> str:
        return f"text/html; charset={self.encoding}"

    def article_path(self, copy: Copy) -> str:
        raise NotImplementedError

    def listing_path(self, page: int) -> str:
        raise NotImplementedError

    def rendered_article(self, copy: Copy) -> str:
        """The article's DOM after its scripts ran (only for sites that render in the browser)."""
        raise NotImplementedError

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        raise NotImplementedError

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        raise NotImplementedError

    def extra_resources(self, ctx: SiteContext) -> dict[str, tuple[str, str, datetime]]:
        """Additional resources (path -> (body, content type, last modified)), e.g. a JSON API."""
        return {}

    def sitemaps(self, ctx: SiteContext) -> dict[str, str]:
        """Sitemap path -> XML. The first key is the one robots.txt announces."""
        if self.sitemap_style == "news":
            return {self.sitemap_path: news_sitemap(self.name, self.language, ctx.copies)}
        return {self.sitemap_path: urlset(ctx.copies, [f"http://{self.host}{self.listing_path(1)}"])}

    def feed(self, ctx: SiteContext) -> str:
        latest = ctx.copies[:FEED_ITEMS]
        home = f"http://{self.host}/"
        if self.feed_format == "atom":
            return atom(self.name, home, f"http://{self.host}{self.feed_path}", latest)
        return rss(self.name, home, self.language, latest, encoding=self.encoding)

    def pager(self, page: int, pages: int, cls: str, prev_text: str, next_text: str) -> str:
        """Pagination links; the "next" one carries rel=next and the site's class."""
        parts = []
        if page > 1:
            parts.append(
                f'<a class="prev" rel="prev" href="{esc(self.listing_path(page - 1))}">{prev_text}</a>'
            )
        parts.append(f'<span class="current">{page}</span>')
        if page < pages:
            parts.append(
                f'<a class="{cls}" rel="next" href="{esc(self.listing_path(page + 1))}">{next_text}</a>'
            )
        return f'<div class="pagination">{" ".join(parts)}</div>'


def truth_of(copy: Copy) -> PageTruth:
    outlet = copy.outlet
    if copy.is_original:
        original_url: str | None = copy.url
    else:
        original_url = copy.original.url if copy.original else None
    return PageTruth(
        url=copy.url,
        site=copy.host,
        story_key=copy.story.key,
        title=copy.title,
        paragraphs=tuple(copy.paragraphs),
        language=copy.story.language,
        outlet_name=outlet.name if outlet else None,
        outlet_domain=outlet.domain if outlet else None,
        original_url=original_url,
        is_original=copy.is_original,
        published_at=copy.published_at,
        agency=copy.story.agency if outlet else None,
        credited=copy.is_original or copy.credit is not None,
        variant=copy.variant,
        authors=(copy.story.author,) if copy.is_original and copy.story.author else (),
    )


def publish_site(web: ReplayWeb, site: Site, copies: list[Copy], today: date) -> None:
    """Render every resource of one site into ``web``: articles, listings, feed, sitemaps, robots.txt."""
    copies = sorted(copies, key=lambda c: (c.published_at, c.num), reverse=True)
    ctx = SiteContext(today=today, copies=copies)
    html_type = site.content_type
    base = f"http://{site.host}"
    for c in copies:
        web.add(
            c.url,
            Resource.make(site.render_article(c, ctx), html_type, c.published_at, site.encoding),
            truth_of(c),
        )
        if site.renders_in_browser:
            web.rendered_dom[c.url] = site.rendered_article(c)

    pages = max(1, -(-len(copies) // site.per_page))
    for page in range(1, pages + 1):
        chunk = copies[(page - 1) * site.per_page : page * site.per_page]
        newest = chunk[0].published_at if chunk else ROBOTS_DATE
        body = Resource.make(site.render_listing(chunk, page, pages, ctx), html_type, newest, site.encoding)
        web.add(base + site.listing_path(page), body)
        if page == 1 and site.listing_path(1) != "/":
            web.add(base + "/", body)

    newest = copies[0].published_at if copies else ROBOTS_DATE
    feed_type = "application/atom+xml" if site.feed_format == "atom" else "application/rss+xml"
    if site.encoding != "utf-8":
        feed_type += f"; charset={site.encoding}"
    web.add(base + site.feed_path, Resource.make(site.feed(ctx), feed_type, newest, site.encoding))
    maps = site.sitemaps(ctx)
    for path, xml in maps.items():
        web.add(base + path, Resource.make(xml, "application/xml", newest))
    web.add(base + "/robots.txt", Resource.make(robots(site.host, list(maps)[:1]), "text/plain", ROBOTS_DATE))
    for path, (body, ctype, modified) in site.extra_resources(ctx).items():
        web.add(base + path, Resource.make(body, ctype, modified, site.encoding))


def not_found(site_language: str) -> bytes:
    return not_found_page(site_language).encode()


__all__ = ["Site", "SiteContext", "publish_site", "sitemap_index", "truth_of"]
