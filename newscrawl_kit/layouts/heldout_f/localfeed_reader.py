"""Nearby Now: a NewsBreak-style local news reader (a city feed; every story a card from some publisher).

The page carries the reader's city selector ("Local · Springfield, IL"), a follow/share strip, the card with
a publisher chip beside the time, a "Source: X" row, or a big "Read full story" button (the reader shows a
shortened body and sends readers on), a "Local stories you may like" list naming other publishers, the
reader's contributor-program banner and its footer. Some cards name nobody: the reader's own editors
rewrote them.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class LocalfeedReader(Layout):
    name = "f_localfeed_reader"
    language = "en"
    host = "www.nearbynow.example"
    site_name = "Nearby Now"
    families = ("badge", "source_line", "read_original")
    notes = "NewsBreak-like local reader: publisher chip by the time, 'Source: X' row, 'Read full story' button to the original"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/springfield-il/{3100000000 + n * 17}-{title_slug(story.title)}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        chip = ""
        row = ""
        button = ""
        if fam == "badge":
            chip = f'<span class="publisher-chip">{esc(shown)}</span>'
        elif fam == "source_line":
            text = rng.choice([f"Source: {shown}", f"Source — {shown}", f"Content source: {shown}"])
            row = f'<div class="source-row">{esc(text)}</div>'
            chrome.append(text)
        elif fam == "read_original":
            text = rng.choice(["Read full story", f"Continue reading on {shown}", "Read the full story"])
            button = f'<div class="cta">{link(src.article_url, text, class_="read-full", target="_blank", rel="noopener")}</div>'
            exposes = True
            chrome.append(text)
        likes = other_items(spec, 6)
        chrome += [t.title for t in likes]
        banner = (
            "Write for your community: join the Nearby Now Contributor Network and get paid for local stories"
        )
        foot = "© 2026 Nearby Now Inc. All rights reserved. Do Not Sell or Share My Personal Information"
        chrome += [banner, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "url": spec.url,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/logo.svg"},
            },
        }
        cards = "".join(
            f'<li class="feed-card">{link(t.url, t.title)}<div class="feed-meta">{esc(t.outlet)} · {spec.seed % 11 + 1}h</div></li>'
            for t in likes
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(s.title)} - {self.site_name}</title><meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header class="app-header"><a href="/" class="logo">{self.site_name}</a><button class="city">Local · Springfield, IL ▾</button><a class="app-cta" href="/app">Open App</a></header>
<main><article class="story"><h1>{esc(s.title)}</h1><div class="story-meta">{chip}<time datetime="{iso(spec.published_at)}">{spec.published_at:%b %d, %Y %I:%M %p}</time></div>{row}
<div class="story-content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{button}
<div class="actions"><button>Follow</button><button>Share</button><button>{spec.seed % 60} comments</button></div></article>
<section class="more-local"><h2>Local stories you may like</h2><ul>{cards}</ul></section>
<div class="contributor-banner"><p>{banner}</p></div></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
