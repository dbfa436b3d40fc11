"""Orbit Start: an MSN-style portal that licenses partner stories and renders them in its own reader.

The partner is shown the way portals do it: a provider logo at the top of the article (a link to the
partner's home page, alt text set or empty), a "Story by <author>, <partner>" byline, the partner in the
JSON-LD as ``provider``/``isBasedOn``, or a "More from <partner>" rail with a Follow button. Chrome: the
portal's top bar with weather and a search box, a "Trending now" carousel, an ad rail, "Recommended for
you" cards each naming their own provider, feedback and footer links with the portal's copyright.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class PortalSyndication(Layout):
    name = "f_portal_syndication"
    language = "en"
    host = "www.orbitstart.example"
    site_name = "Orbit Start"
    families = ("logo_link", "byline_outlet", "jsonld", "sidebar_widget")
    notes = "MSN-like portal syndication: provider logo, 'Story by X, Outlet', provider in JSON-LD, 'More from' rail"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/en-us/news/other/{title_slug(story.title)}/ar-OS{n:06X}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        top = ""
        byline = f'<span class="byline">Story by {esc(s.author or "Staff")}</span>' if s.author else ""
        rail = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        if fam == "logo_link":
            alt = rng.choice(["", shown, f"{shown} logo"])
            top = f'<div class="provider">{link_img(src.home_url, src.logo, alt)}</div>'
        elif fam == "byline_outlet":
            who = s.author or "Staff writer"
            text = rng.choice([f"Story by {who}, {shown}", f"{who} | {shown}", f"By {who} for {shown}"])
            byline = f'<span class="byline">{esc(text)}</span>'
        elif fam == "jsonld":
            key = rng.choice(["provider", "sourceOrganization"])
            ld[key] = {"@type": "NewsMediaOrganization", "name": shown}
            if rng.random() < 0.5:
                ld["isBasedOn"] = {"@type": "NewsArticle", "url": src.article_url}
                exposes = True
        elif fam == "sidebar_widget":
            head = rng.choice([f"More from {shown}", f"{shown} on Orbit"])
            mine = other_items(spec, 2, skip=9)
            items = "".join(f"<li>{esc(t.title)}</li>" for t in mine)
            rail = (
                f'<section class="provider-rail"><h3>{esc(head)}</h3><img src="{esc(src.logo)}" alt="">'
                f'<button class="follow">+ Follow</button><ul>{items}</ul></section>'
            )
            chrome.append(head)
        trending = other_items(spec, 4)
        recs = other_items(spec, 4, skip=4)
        chrome += [t.title for t in trending + recs]
        foot = "© 2026 Orbit Start Networks. Privacy & Cookies · Terms of use · Advertise · Send feedback"
        chrome.append(foot)
        cards = "".join(
            f'<div class="rec-card"><div class="rec-provider">{esc(t.outlet)}</div><a href="{esc(t.url)}">{esc(t.title)}</a></div>'
            for t in recs
        )
        carousel = "".join(f"<li>{link(t.url, t.title)}</li>" for t in trending)
        page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}"><meta name="robots" content="index, follow">{json_ld(ld)}</head>
<body><div id="root"><header class="topbar"><a class="brand" href="https://{self.host}/">{self.site_name}</a><form role="search"><input placeholder="Search the web"></form><span class="weather">☁ 54°F</span></header>
<nav class="verticals"><a href="/news">News</a><a href="/weather">Weather</a><a href="/money">Money</a><a href="/sports">Sports</a></nav>
<section class="trending"><h2>Trending now</h2><ul>{carousel}</ul></section>
<div class="reader"><article class="article-body">{top}<h1 class="article-title">{esc(s.title)}</h1>
<div class="meta">{byline} <time datetime="{iso(spec.published_at)}">{spec.published_at:%b %d, %Y}</time></div>
{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}
<div class="reactions"><button>Like</button><button>Share</button><button>Save</button></div></article>
<aside class="rail">{rail}<div class="ad-slot">Advertisement</div></aside></div>
<section class="recommended"><h2>Recommended for you</h2>{cards}</section>
<footer class="page-footer"><p>{esc(foot)}</p></footer></div></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))


def link_img(href: str, src: str, alt: str) -> str:
    return (
        f'<a href="{esc(href)}" class="provider-logo"><img src="{esc(src)}" alt="{esc(alt)}" height="24"></a>'
    )
