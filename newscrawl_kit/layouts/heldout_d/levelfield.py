"""LevelField: a Ground-News-like comparison reader: one story, its sources rated, the lead copy in full.

A coverage bar ("Left 3 · Center 6 · Right 2"), a "Similar News Topics" list and a sources table naming other
outlets with their bias and factuality, a sign-up wall teaser, an "About the source" sidebar card. Credits: a
"Read Full Article at X" button, a "via X" meta line, "By Jane Doe, X", the sidebar card, a wire dateline.
"""

from __future__ import annotations

import zlib

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import dateline, long_texts, teasers

_BIAS = ("Lean Left", "Center", "Lean Right", "Left", "Right")


class LevelField(Layout):
    name = "d_levelfield"
    language = "en"
    host = "levelfield.example"
    site_name = "LevelField"
    families = ("read_original", "via_meta", "byline_outlet", "sidebar_widget", "wire_dateline")
    notes = "Ground-News-like comparison page; sources table of other outlets; 'Read Full Article at X'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{zlib.crc32(story.title.encode()) % 10**8:08d}-{n:05d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        body = dateline(spec, "WASHINGTON ({name}) \u2014 ") if fam == "wire_dateline" else spec.paragraphs
        shown = src.name_latin or src.name
        meta = f'<span class="tm">{spec.published_at:%b %d, %Y}</span>'
        cta = ""
        card = ""
        if fam == "read_original":
            label = rng.choice(
                [f"Read Full Article at {shown}", f"Continue reading on {shown}", "Read Full Article"]
            )
            cta = f'<a class="btn-primary" data-testid="read-full" href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(label)}</a>'
            exposes = True
        elif fam == "via_meta":
            by = f"By {esc(s.author)} \u00b7 " if s.author else ""
            meta = f'<span class="by">{by}via {esc(shown)}</span> \u00b7 ' + meta
        elif fam == "byline_outlet":
            author = s.author or "Staff"
            meta = (
                rng.choice([f"By {esc(author)}, {esc(shown)}", f"{esc(author)} | {esc(shown)}"])
                + " \u00b7 "
                + meta
            )
        elif fam == "sidebar_widget":
            card = (
                '<div class="source-card"><h4>About the source</h4>'
                f'<img src="{esc(src.logo)}" alt="" width="40"><div class="nm">{esc(shown)}</div>'
                "<dl><dt>Bias</dt><dd>Center</dd><dt>Factuality</dt><dd>High</dd></dl>"
                f'<a href="{esc(src.home_url)}" rel="nofollow">Visit website</a></div>'
            )
        others = teasers(spec, 6)
        similar = teasers(spec, 4, skip=6)
        chrome += [t.title for t in others + similar]
        wall = "Get the full picture. Subscribe to LevelField Premium to see every source's coverage"
        foot = "LevelField \u00a9 2026 Snapwire Labs Inc. All rights reserved. Bias ratings by LevelField"
        chrome += [wall, foot]
        rows = "".join(
            f'<tr><td><a href="{esc(t.outlet_url or t.url)}">{esc(t.outlet)}</a></td><td>{_BIAS[i % len(_BIAS)]}</td>'
            f'<td><a href="{esc(t.url)}">{esc(t.title)}</a></td></tr>'
            for i, t in enumerate(others)
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "dateCreated": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}"},
        }
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="flex flex-col min-h-screen"><header class="sticky top-0 bg-white"><a href="/" class="font-bold">{self.site_name}</a>
<nav class="flex gap-4"><a href="/interest/us">U.S.</a><a href="/interest/world">World</a><a href="/blindspot">Blindspot</a></nav><a href="/subscribe" class="btn">Subscribe</a></header>
<main class="grid grid-cols-12 gap-6"><div class="col-span-8"><div class="coverage"><span>{len(others) + 1} sources</span>
<div class="bar"><span style="width:30%">Left 3</span><span style="width:50%">Center 6</span><span style="width:20%">Right 2</span></div></div>
<article><h1 class="text-3xl">{esc(s.title)}</h1><div class="text-sm text-gray-500">{meta}</div>
<div class="article-text">{"".join(f'<p class="mb-3">{esc(p)}</p>' for p in body)}</div>{cta}</article>
<div class="paywall-teaser">{esc(wall)}</div>
<table class="sources"><thead><tr><th>Source</th><th>Bias</th><th>Headline</th></tr></thead><tbody>{rows}</tbody></table></div>
<aside class="col-span-4">{card}<div class="similar"><h4>Similar News Topics</h4><ul>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in similar)}</ul></div></aside></main>
<footer class="text-xs"><p>{esc(foot)}</p></footer></div></body></html>"""
        return Rendered(page, exposes, long_texts(chrome), body=body if fam == "wire_dateline" else None)
