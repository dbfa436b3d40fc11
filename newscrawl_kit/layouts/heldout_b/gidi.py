"""Gidi Headlines: a Nigerian news blog/portal that republishes other outlets' stories (news theme), English."""

from __future__ import annotations

import re
from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import (
    caption_credit,
    finish,
    local,
    long_date,
    refuse_slug_url,
    share_links,
    slug_of,
)


def _title_slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70].strip("-") or "story"


class Gidi(Layout):
    name = "b_gidi"
    language = "en"
    host = "www.gidiheadlines.com.ng"
    site_name = "Gidi Headlines"
    families: ClassVar[tuple[str, ...]] = (
        "footer_phrase",
        "cc_notice",
        "canonical",
        "byline_outlet",
        "url_slug",
        "via_meta",
    )
    notes = (
        "After Nigerian and Kenyan news blogs and portals that repost other outlets' stories: 'Culled from X', "
        "'This story was first published at X', The Conversation's 'republished from X under a Creative Commons "
        "license. Read the original article', 'By A, X' bylines, 'via X' in the post meta or in the tag list, "
        "per-source sections in the URL, canonical pointing back; naira rates widget, WhatsApp-channel banner, "
        "'Trending in Nigeria', sponsored links, wire photo captions."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/{slug_of(story.source)}/{70000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/{story.published_at:%Y/%m/%d}/{_title_slug(story.title)}-{70000 + n}/"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_slug_url(spec)
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 1)
        chrome: list[str] = []
        canonical = og_url = spec.url
        if fam == "canonical":  # the SEO plugin's choice: the original as canonical, as og:url, or both
            style = rng.choice(("both", "canonical", "og"))
            canonical = src.article_url if style != "og" else spec.url
            og_url = src.article_url if style != "canonical" else spec.url

        author = st.author or "Editor"
        byline = "By Gidi Headlines Editor"
        if fam == "byline_outlet":
            byline = rng.choice(
                (
                    f"By {author}, {src.name}",
                    f"{author} ({src.name})",
                    f"By {author} | {src.name} Correspondent",
                )
            )
            chrome.append(byline)
        meta = [
            f'<span class="td-post-author-name">{esc(byline)}</span>',
            f'<time class="entry-date" datetime="{iso(spec.published_at)}">{esc(long_date(when, "en"))}</time>',
        ]
        tags = ["Nigeria News", st.section or "Metro", "Transport"]
        if fam == "via_meta":
            if rng.random() < 0.5:
                meta.insert(1, f'<span class="td-post-via">via {esc(src.name)}</span>')
            else:
                tags.append(f"via {src.name}")
        meta_html = " - ".join(meta)
        tags_html = "".join(
            f'<li><a href="https://{self.host}/tag/{_title_slug(t)}/">{esc(t)}</a></li>' for t in tags
        )

        end: list[str] = []
        if fam == "footer_phrase":
            style = rng.choice(("culled", "first", "appeared", "top"))
            sentence = {
                "culled": f"Culled from {src.name}",
                "first": f"This story was first published at {src.name}",
                "appeared": f"This article first appeared on {src.name}.",
                "top": f"This report was originally published by {src.name}.",
            }[style]
            end.append((style, f'<p class="source-note"><strong>{esc(sentence)}</strong></p>'))
            chrome.append(sentence)
        if fam == "cc_notice":
            lic_link = '<a href="https://creativecommons.org/licenses/by-nd/4.0/" rel="license">Creative Commons license</a>'
            read = f'<a href="{esc(src.article_url)}">Read the original article</a>'
            variant = rng.choice(("conversation", "short", "plain"))
            if variant == "conversation":
                html_ = f"This article is republished from {esc(src.name)} under a {lic_link}. {read}."
            elif variant == "short":
                html_ = f"Republished from {esc(src.name)} under CC BY-ND 4.0. {read}."
            else:
                html_ = f"Reproduced under a {lic_link} from {esc(src.name)}."
            end.append(("end", f'<p class="republish"><em>{html_}</em></p>'))
            chrome.append(" ".join(re.sub(r"<[^>]+>", "", html_).split()))

        top = "".join(h for s, h in end if s == "top")
        bottom = "".join(h for s, h in end if s != "top")

        credit = caption_credit(spec, rng, "en")
        caption = f"File photo used for illustration. Credit: {credit}"
        chrome.append(caption)

        naira = f"Naira exchange rate today: $1 = ₦{rng.randint(1380, 1620)} · £1 = ₦{rng.randint(1800, 2100)} (parallel market)"
        banner = f"Join the {site} WhatsApp channel for breaking news as it happens"
        sponsored = "Sponsored: Earn up to 18% on your savings with a licensed digital bank"
        footer = f"© {when.year} {site}. All rights reserved. Reproduction without permission is prohibited."
        chrome += [naira, banner, sponsored, footer]
        trending = spec.teasers[:6]
        trending_html = "".join(
            f'<div class="td_module_6"><h3 class="entry-title td-module-title"><a href="{esc(t.url)}">{esc(t.title)}</a></h3>'
            f'<span class="td-post-source">{esc(t.outlet)}</span></div>'
            for t in trending
        )
        related = spec.teasers[6:10]
        related_html = "".join(
            f'<div class="td-related-span4"><a href="{esc(t.url)}" class="td-image-wrap"><img src="https://{self.host}/wp-content/uploads/rel-{i}.jpg" alt=""></a>'
            f'<h3 class="entry-title"><a href="{esc(t.url)}">{esc(t.title)}</a></h3></div>'
            for i, t in enumerate(related)
        )
        chrome += [t.title for t in trending] + [t.title for t in related]
        shares = "".join(
            f'<a class="td-social-sharing-button td-social-{n}" href="{esc(h)}">{n}</a>'
            for n, h in share_links(spec.url, st.title, ("facebook", "x", "whatsapp", "telegram", "linkedin"))
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "Gidi Headlines Editor"},
            "publisher": {"@type": "Organization", "name": site},
            "mainEntityOfPage": spec.url,
        }
        body_html = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)

        page = f"""<!DOCTYPE html>
<html lang="en-NG">
<head>
<meta charset="UTF-8">
<title>{esc(st.title)} | {esc(site)}</title>
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:url" content="{esc(og_url)}">
<meta property="article:section" content="{esc(st.section or "News")}">
{json_ld(ld)}
</head>
<body class="post-template-default single single-post td-standard-pack">
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td-naira">{esc(naira)}</span></div>
<div class="td-header-menu-wrap"><a class="td-main-logo" href="https://{self.host}/"><span class="td-logo-text">{esc(site)}</span></a>
<ul class="sf-menu"><li><a href="https://{self.host}/category/politics/">Politics</a></li><li><a href="https://{self.host}/category/metro/">Metro</a></li><li><a href="https://{self.host}/category/business/">Business</a></li><li><a href="https://{self.host}/category/entertainment/">Entertainment</a></li><li><a href="https://{self.host}/category/sports/">Sports</a></li></ul></div></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content">
<article class="post type-post">
<div class="td-post-header"><ul class="td-category"><li><a class="td-category-link" href="https://{self.host}/category/metro/">{esc(st.section or "Metro")}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(st.title)}</h1><div class="td-module-meta-info">{meta_html}</div></header></div>
<div class="td-post-sharing-top">{shares}</div>
<div class="td-post-featured-image"><figure><img src="https://{self.host}/wp-content/uploads/{when:%Y/%m}/ng-{spec.seed}.jpg" alt=""><figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure></div>
<div class="td-post-content">{top}{body_html}{bottom}
<div class="td-a-rec td-a-rec-id-content_bottom"><a href="https://ads.{self.host.removeprefix("www.")}/click?id={spec.seed}" rel="sponsored">{esc(sponsored)}</a></div></div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags_html}</ul></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">RELATED ARTICLES</h4>{related_html}</div>
<div class="td-wa-banner"><a href="https://whatsapp.com/channel/0029Va{spec.seed}">{esc(banner)}</a></div>
</div>
<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap"><h4 class="block-title"><span>Trending in Nigeria</span></h4>{trending_html}</div></div>
</div></div>
<div class="td-footer-wrap"><p>{esc(footer)}</p></div>
</body>
</html>"""
        return finish(spec, page, chrome)
