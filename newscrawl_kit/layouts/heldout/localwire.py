"""LocalWire: a local-news app's web pages in the manner of NewsBreak (and the Patch / local-TV syndication
pages it resembles): a city picker, a publisher card with a Follow button, "Originally published" notes.

Credits: the outlet's name linking to the original, a closing "this article originally appeared on" sentence, a
disclaimer that the app is not responsible for partner content, an "about the publisher" card in the side
column, a "<author> via <outlet>" meta line. Distractors: "Trending in your area" and "More local news" lists
naming other outlets, comment count, the app banner, a location bar, the app's name in the footer and JSON-LD.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    StoryText,
    esc,
    iso,
    json_ld,
    paragraphs_html,
)
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, stable_id

CITIES = ("Springfield, IL", "Dayton, OH", "Bend, OR", "Macon, GA", "Duluth, MN")


class Localwire(Layout):
    name = "localwire"
    language = "en"
    host = "www.localwire.example"
    site_name = "LocalWire"
    families = ("source_link", "footer_phrase", "disclaimer", "sidebar_widget", "via_meta")
    notes = (
        "NewsBreak-style local news app: linked source name, 'This article originally appeared on X', partner "
        "disclaimer, publisher card with Follow, 'author via X' line; local trending lists"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        words = "-".join(story.title.lower().split()[:8])
        slug = "".join(c for c in words if c.isascii() and (c.isalnum() or c == "-")) or "local-news"
        return f"https://{self.host}/{_city_slug(n)}/{3300000000 + n * 71}-{slug}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        city = rng.choice(CITIES)
        author = s.author or "Staff"
        meta = f"{author} · {rng.randint(1, 23)}h"
        src_line = closing = card = ""

        if spec.family == "source_link":
            link = f'<a class="source-name" href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(name)}</a>'
            src_line = rng.choice(
                [
                    f'<div class="article-source">{link}</div>',
                    f'<div class="article-source">Source: {link}</div>',
                    f'<div class="article-source">Originally published by {link}</div>',
                ]
            )
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"This article originally appeared on {name}.",
                    f"This story was first published by {name}.",
                    f"Story from {name}, republished with permission.",
                    f"Content provided by {name}. All rights reserved.",
                ]
            )
            closing = f'<p class="origin-note"><i>{esc(text)}</i></p>'
            keep(chrome, text)
        elif spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"This content was published by {name}. LocalWire is not responsible for its accuracy.",
                    f"The views expressed in this article are those of {name} and do not necessarily reflect LocalWire's.",
                    f"Disclaimer: this article was syndicated from {name}; LocalWire did not edit it.",
                ]
            )
            closing = f'<div class="partner-disclaimer"><p>{esc(text)}</p></div>'
            keep(chrome, text)
        elif spec.family == "sidebar_widget":
            followers = f"{rng.randint(2, 90)}.{rng.randint(0, 9)}K followers"
            more = rng.choice([f"More from {name}", f"Latest from {name}", f"See all stories by {name}"])
            target = rng.choice([src.home_url, f"/publisher/{stable_id(src.domain)}"])
            items = "".join(f"<li>{esc(t.title)}</li>" for t in spec.teasers[14:17])
            keep(chrome, *(t.title for t in spec.teasers[14:17]))
            card = f"""<section class="publisher-card"><h3>About the publisher</h3>
<div class="pub-head"><img src="{esc(src.logo)}" alt="" width="48" height="48"><div><a href="{esc(target)}" class="pub-name">{esc(name)}</a><span class="followers">{followers}</span></div>
<button class="follow">Follow</button></div><h4>{esc(more)}</h4><ul>{items}</ul></section>"""
            keep(chrome, more)
        elif spec.family == "via_meta":
            meta = rng.choice(
                [
                    f"{author} via {name} · {rng.randint(1, 23)}h",
                    f"via {name} · {city}",
                    f"By {author} · via {name}",
                ]
            )
        keep(chrome, meta)

        trending = "".join(
            f'<li><a href="{esc(t.url)}"><span class="t">{esc(t.title)}</span></a><span class="p">{esc(t.outlet)}</span></li>'
            for t in spec.teasers[:5]
        )
        more_local = "".join(
            f'<div class="feed-card"><a href="{esc(t.url)}"><img src="https://img.{self.host[4:]}/{stable_id(t.title)}.jpg" alt="">'
            f'<h3>{esc(t.title)}</h3></a><div class="meta"><span>{esc(t.outlet)}</span> · {i + 2}h</div></div>'
            for i, t in enumerate(spec.teasers[5:11])
        )
        keep(chrome, *(t.title for t in spec.teasers[:11]))
        app = "Get the LocalWire app for breaking news and alerts near you"
        location = f"Local news for {city}: change your location"
        comments = f"{rng.randint(3, 80)} comments · Join the conversation"
        footer = "© 2026 LocalWire Inc. All rights reserved. Do not sell or share my personal information"
        keep(chrome, app, location, comments, footer)
        when = spec.published_at
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "dateModified": iso(when),
            "publisher": {"@type": "Organization", "name": self.site_name},
            "contentLocation": {"@type": "Place", "name": city},
        }
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} - LocalWire</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:site_name" content="LocalWire">
<meta property="og:url" content="{esc(spec.url)}">
<meta name="apple-itunes-app" content="app-id=1052000000">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body>
<div class="app-banner"><span>{app}</span><a href="https://app.localwire.example/open">Open</a></div>
<header class="site-header"><a href="/" class="logo">LocalWire</a><div class="location"><span>{esc(location)}</span></div>
<nav><a href="/for-you">For you</a> <a href="/local">Local</a> <a href="/crime">Crime &amp; safety</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a></nav></header>
<div class="page"><main class="content">
<article>
<h1 class="title">{esc(s.title)}</h1>
<div class="article-meta"><span class="meta-line">{esc(meta)}</span></div>
{src_line}
<div class="article-content">{paragraphs_html(spec.paragraphs)}{closing}</div>
<div class="actions"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">Share</a> <a href="#comments" id="comments">{comments}</a></div>
</article>
<section class="more-local"><h2>More local news</h2>{more_local}</section>
</main>
<aside class="rail">{card}<section class="trending"><h2>Trending in your area</h2><ol>{trending}</ol></section>
<div class="ad"><iframe src="https://ads.localwire.example/rail?z=1" width="300" height="250" title="ad"></iframe></div></aside></div>
<footer><p>{footer}</p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/partners">Become a partner</a></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))


def _city_slug(n: int) -> str:
    """Copies live under the city the app filed them in."""
    return ("springfield-il", "dayton-oh", "bend-or", "macon-ga", "duluth-mn")[n % 5]
