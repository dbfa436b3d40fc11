"""Heartland Now: one site of a local TV/newspaper network that shares stories between its member outlets.

Network CMSs (Gray/Sinclair/Lee-type chains) run the same template on every member site: a red "LIVE"
bar with the newscast times, the weather alert strip, a "Watch" video slot and a "Trending" rail. A story
shared from a sister outlet keeps its byline ("By Jon Ortega, The Northern Ledger"), closes with "This
story was originally published by X" / "Originally published on X", sits under a "From our partners at X"
sidebar card, or names its origin only in the JSON-LD (``sourceOrganization``).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, words_slug


class StationNetwork(Layout):
    name = "h_station_network"
    language = "en"
    host = "www.heartlandnow.example"
    site_name = "Heartland Now"
    families = ("byline_outlet", "footer_phrase", "sidebar_widget", "jsonld")
    notes = "Local TV/newspaper network member site: 'By X, Outlet' byline, 'originally published by' closing, partner sidebar card, sourceOrganization"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m/%d}/{words_slug(story.title)}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        by = f"By {s.author or 'Heartland Now staff'}"
        closing = ""
        side = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": [{"@type": "Person", "name": s.author or "Heartland Now staff"}],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": self.site_name,
                "url": f"https://{self.host}/",
            },
        }
        if fam == "byline_outlet":
            by = rng.choice(
                [
                    f"By {s.author or 'Staff'}, {shown}",
                    f"{s.author or 'Staff'} | {shown}",
                    f"By {shown} staff",
                ]
            )
            chrome.append(by)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"This story was originally published by {shown}.",
                    f"Originally published on {shown}; shared through our newsroom partnership.",
                    f"This article first ran in {shown} and appears here as part of a content-sharing agreement.",
                ]
            )
            closing = f'<p class="partner-note"><em>{esc(line)}</em></p>'
            chrome.append(line)
        elif fam == "sidebar_widget":
            head = rng.choice([f"From our partners at {shown}", "Partner newsroom", f"More from {shown}"])
            img = (
                f'<img src="{esc(src.logo)}" alt="{esc(shown)}">'
                if rng.random() < 0.5
                else f"<strong>{esc(shown)}</strong>"
            )
            side = f'<div class="partner-card"><h4>{esc(head)}</h4>{img}{a(src.home_url, "Visit their site", rel="noopener")}</div>'
            chrome.append(head)
        elif fam == "jsonld":
            org: dict[str, object] = {"@type": "NewsMediaOrganization", "name": shown}
            if rng.random() < 0.5:
                org["url"] = src.home_url
            ld["sourceOrganization"] = org
        cap = "File photo"
        if s.agency and fam is not None:
            cap = (
                f"File photo for illustration. (Photo: {s.agency})"
                if spec.seed % 2
                else f"Photo courtesy of {s.agency} / file image"
            )
            chrome.append(cap)
        trending = pick(spec, 5)
        chrome += [t.title for t in trending]
        alert = "WEATHER ALERT: Winter storm watch in effect for the northern counties from 6 p.m."
        live = "LIVE: Heartland Now at 5, 6 and 10 — watch the newscast on our free app"
        foot = f"Copyright 2026 {self.site_name}. All rights reserved. EEO report · FCC public file · Closed captioning"
        chrome += [alert, live, foot]
        rail = "".join(
            f'<li>{a(t.url, t.title)}<span class="src">{esc(t.outlet)}</span></li>' for t in trending
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="live-bar"><span class="live-dot"></span>{live}</div><div class="alert-strip">{alert}</div>
<header><a href="/" class="brand"><img src="https://{self.host}/pf/resources/logo.svg" alt="{self.site_name}"></a><nav><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/sports/">Sports</a> <a href="/watch/">Watch</a></nav></header>
<main><article class="story"><h1>{esc(s.title)}</h1><div class="byline"><span class="author">{esc(by)}</span> <time datetime="{iso(spec.published_at)}">Published: {spec.published_at:%b. %d, %Y at %I:%M %p} UTC</time></div>
<figure class="lead-art"><img data-src="https://{self.host}/resizer/{spec.seed % 9999}.jpg" alt=""><figcaption class="caption">{esc(cap)}</figcaption></figure><div class="video-slot" data-video-id="{spec.seed % 10**6}"></div>
<div class="article-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}</div>
<div class="share-tools"><button>Facebook</button><button>X</button><button>Email</button></div></article>
<aside class="right-rail">{side}<div class="trending"><h3>Trending</h3><ol>{rail}</ol></div></aside></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
