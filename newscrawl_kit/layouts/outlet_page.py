"""The original: a story on its outlet's own site (for story-level scoring: origin outlet, elected original)."""

from __future__ import annotations

import random

from newscrawl_kit.layouts.base import StoryText, esc, iso, json_ld, paragraphs_html

_RTL = {"ar", "fa", "ur", "he"}


def render_original(story: StoryText, seed: int = 0) -> str:
    """The outlet's own page for ``story``: its branding, its canonical URL, a byline, its own related links."""
    src = story.source
    rng = random.Random(seed)
    rtl = story.language in _RTL
    home = src.home_url.rstrip("/")
    by = {"ar": "بقلم", "fr": "Par", "es": "Por", "de": "Von"}.get(story.language, "By")
    byline = (
        f'<p class="byline">{by} <span class="author">{esc(story.author)}</span></p>' if story.author else ""
    )
    more = "".join(
        f'<li><a href="{home}/news/{rng.randrange(10**5, 10**6)}">{esc(t)}</a></li>'
        for t in rng.sample(
            ["السياسة", "الاقتصاد", "الرياضة", "Politics", "Economy", "Sport", "Culture", "Monde"], 3
        )
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": iso(story.published_at),
        "author": [{"@type": "Person", "name": story.author}] if story.author else [],
        "publisher": {"@type": "NewsMediaOrganization", "name": src.name, "url": src.home_url},
        "mainEntityOfPage": src.article_url,
    }
    return f"""<!doctype html>
<html lang="{story.language}"{' dir="rtl"' if rtl else ""}><head><meta charset="utf-8">
<title>{esc(story.title)} - {esc(src.name)}</title>
<meta property="og:site_name" content="{esc(src.name)}">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{esc(src.article_url)}">
<meta property="article:published_time" content="{iso(story.published_at)}">
<link rel="canonical" href="{esc(src.article_url)}">
{json_ld(ld)}
</head><body>
<header><a href="{home}/"><img src="{esc(src.logo)}" alt="{esc(src.name)}"></a>
<nav><ul>{more}</ul></nav></header>
<main><article>
<h1>{esc(story.title)}</h1>
{byline}<time datetime="{iso(story.published_at)}">{story.published_at:%Y-%m-%d %H:%M}</time>
<div class="article-body">{paragraphs_html(story.paragraphs)}</div>
</article></main>
<footer><p>© 2026 {esc(src.name)}</p></footer>
</body></html>"""
