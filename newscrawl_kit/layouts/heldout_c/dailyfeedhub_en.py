"""DailyFeedHub: a WordPress autoblog that reposts RSS items with whatever footer the feed plugin adds."""

from __future__ import annotations

import re

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import choose, en_date, pick


class DailyFeedHubEn(Layout):
    name = "c_dailyfeedhub_en"
    language = "en"
    host = "dailyfeedhub.example"
    site_name = "DailyFeedHub"
    families = ("footer_phrase", "source_link", "cc_notice", "disclaimer", "meta_tag")
    notes = (
        "WordPress autoblog: the feed plugin's footer ('The post … appeared first on <outlet>'), a bare 'Source "
        "link' anchor whose only credit is the URL, a Creative Commons republishing block, an automated-content "
        "disclaimer naming the publisher, or a meta tag written by the SEO plugin; sidebar widgets (recent "
        "posts, categories, archives, tag cloud), a 'Leave a Reply' form, 'Proudly powered by' footer."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        slug = "-".join(re.findall(r"[a-z0-9]+", story.title.lower())[:9]) or "post"
        when = story.published_at
        return f"https://{self.host}/{when:%Y/%m/%d}/{slug}-{n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        after = ""
        metas = ""
        if fam == "footer_phrase":
            to_article = rng.random() < 0.5
            href = src.article_url if to_article else src.home_url
            exposes = to_article
            lead, tail = choose(
                rng,
                (
                    (f"The post {st.title} appeared first on ", "."),
                    (f"The post “{st.title}” was first published on ", "."),
                    ("This article originally appeared on ", " and is reposted here."),
                ),
            )
            after = (
                f'<p class="feed-footer">{esc(lead)}<a href="{esc(href)}">{esc(src.name)}</a>{esc(tail)}</p>'
            )
            chrome.append(f"{lead}{src.name}{tail}")
        elif fam == "source_link":
            exposes = True
            text = choose(rng, ("Source link", "Original article", "Read more", f"Source: {src.domain}"))
            after = f'<p class="source"><a href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(text)}</a></p>'
        elif fam == "cc_notice":
            link = rng.random() < 0.6
            lead = choose(
                rng,
                (
                    f"This article is republished from {src.name} under a Creative Commons license.",
                    f"Republished from {src.name} under a CC BY-ND 4.0 licence.",
                    f"{src.name} publishes this story under Creative Commons; we republish it unedited.",
                ),
            )
            more = " Read the original article." if link else ""
            tail = f' <a href="{esc(src.article_url)}">Read the original article.</a>' if link else ""
            exposes = link
            after = f'<div class="cc-box"><img src="https://{self.host}/wp-content/uploads/cc.png" alt=""><p>{esc(lead)}{tail}</p></div>'
            chrome.append(lead + more)
        elif fam == "disclaimer":
            text = choose(
                rng,
                (
                    f"Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by DailyFeedHub. Publisher: {src.name}",
                    f"DailyFeedHub does not own this content. All rights belong to {src.name}; contact them for any takedown request.",
                    f"This post was automatically imported from {src.name}. DailyFeedHub is not responsible for its accuracy.",
                ),
            )
            after = f'<p class="disclaimer"><em>{esc(text)}</em></p>'
            chrome.append(text)
        elif fam == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="author" content="{esc(src.name)}">'
        recent = pick(spec, 0, 5)
        related = pick(spec, 5, 3)
        chrome += [t.title for t in recent + related]
        recent_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in recent)
        related_html = "".join(
            f'<div class="jp-relatedposts-post"><a href="{esc(t.url)}">{esc(t.title)}</a><p>In &quot;{esc(t.outlet)}&quot;</p></div>'
            for t in related
        )
        reply = "Your email address will not be published. Required fields are marked *"
        powered = "Proudly powered by WordPress | Theme: NewsBlock by PixelThemes"
        ad = "Advertisement: Save 40% on noise-cancelling headphones this week only"
        chrome += [reply, powered, ad]
        author = "feedbot"
        html = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>{esc(st.title)} &#8211; DailyFeedHub</title>
<meta name="generator" content="WordPress 6.6.2">
{metas}
<link rel="canonical" href="{esc(spec.url)}">
<link rel="alternate" type="application/rss+xml" title="DailyFeedHub &raquo; Feed" href="https://{self.host}/feed/">
<meta property="og:site_name" content="DailyFeedHub">
<meta property="article:published_time" content="{iso(spec.published_at)}">
</head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead"><p class="site-title"><a href="https://{self.host}/" rel="home">DailyFeedHub</a></p>
<p class="site-description">Your daily dose of news from around the web</p>
<nav><ul><li><a href="https://{self.host}/category/world/">World</a></li><li><a href="https://{self.host}/category/business/">Business</a></li><li><a href="https://{self.host}/category/tech/">Tech</a></li></ul></nav></header>
<div id="content"><main id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(st.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{iso(spec.published_at)}">{esc(en_date(spec.published_at, us=True))}</time></span>
<span class="byline"> by <a href="https://{self.host}/author/{author}/">{author}</a></span></div></header>
<div class="entry-content">{paragraphs_html(spec.paragraphs)}
{after}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a href="https://{self.host}/?share=facebook">Facebook</a> <a href="https://{self.host}/?share=x">X</a></div>
<div id="jp-relatedposts"><h3>Related</h3>{related_html}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://{self.host}/category/world/">World</a></span></footer>
</article>
<div id="comments"><h3 id="reply-title">Leave a Reply</h3><p class="comment-notes">{esc(reply)}</p>
<form><textarea name="comment"></textarea><input name="author"><input name="email"><button>Post Comment</button></form></div>
</main>
<aside id="secondary"><section class="widget"><h2>Recent Posts</h2><ul>{recent_html}</ul></section>
<section class="widget"><a href="https://shop.audiodeals.example/?ref=dfh">{esc(ad)}</a></section>
<section class="widget"><h2>Archives</h2><ul><li><a href="https://{self.host}/2026/10/">October 2026</a></li><li><a href="https://{self.host}/2026/09/">September 2026</a></li></ul></section>
<section class="widget"><h2>Tags</h2><a href="https://{self.host}/tag/breaking/">breaking</a> <a href="https://{self.host}/tag/local/">local</a></section></aside></div>
<footer id="colophon"><div class="site-info">{esc(powered)}</div></footer></div>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
