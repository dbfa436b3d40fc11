"""Trending Wire Today: an English WordPress RSS-scraper blog (WP RSS Aggregator / Feedzy / WP Automatic).

A GeneratePress-like theme, ads between paragraphs, an author box for "Team TWT", a "You May Also Like" grid,
comments. What the import appends: WordPress's "The post X appeared first on Y." line, "Originally published
on X", "Republished with permission from X", a "Source: X" link, a Creative-Commons republication notice,
an auto-generated-feed disclaimer, or just a canonical to the original.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class TrendingWire(Layout):
    name = "d_trendingwire"
    language = "en"
    host = "trendingwiretoday.example"
    site_name = "Trending Wire Today"
    families = ("footer_phrase", "source_link", "cc_notice", "disclaimer", "canonical")
    notes = "WordPress RSS-scraper blog; 'The post X appeared first on Y.', CC notice, 'Source: X' link"

    def copy_url(self, story: StoryText, n: int) -> str:
        words = "-".join(w.lower() for w in story.title.split()[:7] if w.isalnum()) or "post"
        return f"https://{self.host}/{words}-{n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        canonical = spec.url
        tail = ""
        if fam == "footer_phrase":
            line = rng.choice(
                [
                    f"The post {s.title} appeared first on {shown}.",
                    f"Originally published on {shown}.",
                    f"Republished with permission from {shown}.",
                    f"This article first appeared in {shown}.",
                ]
            )
            tail = f"<p>{esc(line)}</p>"
            chrome.append(line)
        elif fam == "source_link":
            word = rng.choice(["Source:", "Read more at", "Via"])
            tail = f'<p>{word} <a href="{esc(src.article_url)}" target="_blank" rel="nofollow noopener">{esc(shown)}</a></p>'
            exposes = True
        elif fam == "cc_notice":
            if rng.random() < 0.5:
                tail = (
                    f'<p><em>This article is republished from <a href="{esc(src.home_url)}">{esc(shown)}</a> under a '
                    f'Creative Commons license. Read the <a href="{esc(src.article_url)}">original article</a>.</em></p>'
                )
                chrome.append(f"This article is republished from {shown} under a Creative Commons license.")
            else:
                tail = (
                    f'<p class="cc">This story was originally published by {esc(shown)} and is republished here under '
                    f'a <a href="https://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND 4.0</a> license. '
                    f'<a href="{esc(src.article_url)}">Read the original</a>.</p>'
                )
                chrome.append(
                    f"This story was originally published by {shown} and is republished here under a"
                )
            exposes = True
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"(Disclaimer: This story has not been edited by Trending Wire Today staff and is auto-generated from a syndicated feed of {shown}.)",
                    f"This content was automatically aggregated from {shown}. All rights belong to the original publisher.",
                ]
            )
            tail = f'<p class="disclaimer"><strong>{esc(line)}</strong></p>'
            chrome.append(line)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        like = teasers(spec, 6)
        chrome += [t.title for t in like]
        box = "Team TWT brings you the latest trending stories from around the web, 24/7."
        foot = "Copyright \u00a9 2026 Trending Wire Today | Built with GeneratePress | Privacy Policy | DMCA"
        chrome += [box, foot]
        paras = [f"<p>{esc(p)}</p>" for p in spec.paragraphs]
        paras.insert(
            min(2, len(paras)),
            '<div class="code-block code-block-2"><ins class="adsbygoogle" data-ad-slot="2026"></ins></div>',
        )
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Organization",
                    "@id": f"https://{self.host}/#organization",
                    "name": self.site_name,
                },
                {
                    "@type": "BlogPosting",
                    "headline": s.title,
                    "datePublished": iso(spec.published_at),
                    "author": {"@type": "Person", "name": "Team TWT"},
                    "publisher": {"@id": f"https://{self.host}/#organization"},
                    "mainEntityOfPage": canonical,
                },
            ],
        }
        page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(s.title)} - {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">
<meta name="generator" content="WordPress 6.5.5"><meta name="generator" content="Feedzy RSS Feeds">{json_ld(graph)}</head>
<body class="post-template-default single single-post right-sidebar nav-below-header"><header class="site-header"><div class="site-branding"><p class="main-title"><a href="https://{self.host}/" rel="home">{self.site_name}</a></p></div>
<nav class="main-navigation"><ul><li><a href="/category/news/">News</a></li><li><a href="/category/business/">Business</a></li><li><a href="/category/tech/">Tech</a></li></ul></nav></header>
<div class="site-content"><main class="site-main"><article class="post type-post status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(s.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(spec.published_at)}">{spec.published_at:%B %d, %Y}</time></span> <span class="byline">by <span class="author vcard">Team TWT</span></span></div></header>
<div class="entry-content" itemprop="text">{"".join(paras)}{tail}</div>
<footer class="entry-meta"><span class="cat-links"><a href="/category/news/">News</a></span> <span class="tags-links"><a href="/tag/trending/">trending</a>, <a href="/tag/today/">today</a></span></footer></div></article>
<div class="author-box"><strong>Team TWT</strong><p>{esc(box)}</p></div>
<div class="related"><h3>You May Also Like</h3>{"".join(f'<div class="rel"><a href="{esc(t.url)}">{esc(t.title)}</a></div>' for t in like)}</div>
<div id="comments"><h3 class="comments-title">Leave a Reply</h3><form id="commentform"><textarea></textarea><input type="submit" value="Post Comment"></form></div></main></div>
<footer class="site-info"><div class="copyright-bar">{esc(foot)}</div></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
