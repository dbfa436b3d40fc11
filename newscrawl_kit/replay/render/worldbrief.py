"""worldbrief.test: an English aggregator (WordPress-like) crediting wires and outlets in many styles."""

from __future__ import annotations

from datetime import datetime

from newscrawl_kit.replay.headlines import TRENDING_EN
from newscrawl_kit.replay.render.base import Site, SiteContext
from newscrawl_kit.replay.render.common import Copy, esc, local


def _clock(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return (
        f"{dt.strftime('%B')} {dt.day}, {dt.year} at {hour}:{dt.minute:02d} {'pm' if dt.hour >= 12 else 'am'}"
    )


class WorldBriefSite(Site):
    host = "worldbrief.test"
    name = "World Brief"
    language = "en"
    timezone = "Europe/London"
    feed_path = "/feed/atom/"
    feed_format = "atom"

    def article_path(self, copy: Copy) -> str:
        d = local(copy.published_at, self.timezone)
        return f"/{d.year}/{d.month:02d}/{d.day:02d}/{copy.extra['slug']}/"

    def listing_path(self, page: int) -> str:
        return "/" if page == 1 else f"/page/{page}/"

    def credit_html(self, copy: Copy) -> str:
        """The credit line under the body, in the style the copy asks for (the dateline needs none)."""
        outlet = copy.outlet
        if outlet is None or copy.credit in (None, "dateline"):
            return ""
        link = esc(copy.original.url) if copy.original else ""
        name = esc(outlet.name)
        styles = {
            "source": f'<p class="source-credit">Source: {name}</p>',
            "signoff": '<p class="wire-signoff">— AP</p>',
            "originally": f'<p class="source-credit"><em>Originally published by <a href="{link}">{name}</a>.</em></p>',
            "first-appeared": (
                f'<p class="source-credit"><em>This article first appeared in <a href="{link}">{name}</a>.</em></p>'
            ),
            "read-full": f'<p class="source-credit"><a href="{link}">Read the full story at {name}</a></p>',
        }
        return styles[copy.credit]

    def _page(self, title: str, head: str, main: str, body_class: str) -> str:
        trending = " | ".join(f'<a href="/">{esc(t)}</a>' for t in TRENDING_EN[:5])
        return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="alternate" type="application/atom+xml" title="World Brief" href="/feed/atom/">
</head>
<body class="{body_class}">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">World Brief</a></p>
<nav id="site-navigation"><a href="/">World</a> <a href="/">Business</a> <a href="/">Middle East</a> <a href="/search?s=">Search</a></nav></header>
<div class="top-stories-strip"><span>Trending:</span> {trending}</div>
<main id="main" class="site-main">
{main}
</main>
<footer id="colophon" class="site-footer"><p>© 2026 World Brief. All rights reserved.</p></footer>
</body>
</html>
"""

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        body = "\n".join(f"<p>{esc(p)}</p>" for p in copy.paragraphs)
        related = "".join(
            f'<li><a href="{esc(self.article_path(c))}">{esc(c.title)}</a></li>'
            for c in [c for c in ctx.copies[:6] if c is not copy][:5]
        )
        head = (
            f'<meta property="og:title" content="{esc(copy.title)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:url" content="{esc(copy.url)}">\n'
            '<meta property="og:site_name" content="World Brief">\n'
            f'<meta property="article:published_time" content="{copy.published_at.isoformat()}">\n'
            f'<link rel="canonical" href="{esc(copy.url)}">\n'
        )
        share = (
            '<div class="share-bar"><span>Share:</span> <a href="/share?to=facebook">Facebook</a> '
            '<a href="/share?to=x">X</a> <a href="/share?to=whatsapp">WhatsApp</a> <a href="/share?to=email">Email</a></div>'
        )
        main = f"""<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(copy.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{copy.published_at.isoformat()}">{_clock(when)}</time> <span class="byline">By World Brief staff</span></div></header>
{share}
<div class="entry-content">
{body}
{self.credit_html(copy)}
<div class="newsletter-box"><h4>Get the Morning Brief</h4><p>Sign up for our free daily newsletter and get the top stories in your inbox.</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form></div>
</div>
{share}
<section class="related-posts"><h3>Related</h3><ul>{related}</ul></section>
</article>"""
        return self._page(f"{copy.title} – World Brief", head, main, "single single-post")

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        items = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{esc(self.article_path(c))}" rel="bookmark">'
            f'{esc(c.title)}</a></h2><div class="entry-summary"><p>{esc(c.paragraphs[0][:140])}…</p></div></article>'
            for c in copies
        )
        main = items + self.pager(page, pages, "next page-numbers", "« Newer", "Older posts »")
        return self._page(f"World Brief – Page {page}", "", main, "home blog")
