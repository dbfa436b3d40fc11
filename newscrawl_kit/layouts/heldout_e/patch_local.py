"""A local-news network page (Patch-like, Next.js with hashed CSS-module classes) carrying partner stories:
"This article originally appeared on X", a Creative Commons republication notice with the original's link,
"By Jane Doe, X", a "local news partner" box, or only a cross-site canonical."""

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
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers, title_slug


class PatchLocal(Layout):
    name = "e_patch_local"
    language = "en"
    host = "lakeside.neighborly-news.example"
    site_name = "Neighborly Lakeside"
    families = ("footer_phrase", "cc_notice", "byline_outlet", "canonical", "sidebar_widget")
    notes = "hyperlocal network, partner content; newsletter box, 'Around the web' sponsored links, comments"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/n/partner/{n:05d}-{title_slug(story.title, 6)}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        author = story.author or "Neighborly Staff"
        byline = f'<span class="styles_Byline__name__k2P9x">{esc(author)}</span>, Neighbor Contributor'
        tail = ""
        side = ""
        if fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "byline_outlet":
            sep = pick(spec, (", ", " | ", " for "), "sep")
            byline = f'<span class="styles_Byline__name__k2P9x">{esc(author)}</span>{sep}{esc(src.name)}'
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (
                    f"This article originally appeared on {src.name}.",
                    f"This story was first published by {src.name} and is shared here with permission.",
                    f"{src.name} first reported this story.",
                ),
                "w",
            )
            tail = f'<p class="styles_Partner__note__Q8w1e"><em>{esc(line)}</em></p>'
            chrome.append(line)
        elif fam == "cc_notice":
            tail = (
                '<aside class="styles_License__box__7hT0c"><p>This article is republished from '
                f"{a(src.home_url, src.name)} under a Creative Commons license (CC BY-ND 4.0). "
                f"{a(src.article_url, 'Read the original article')}.</p></aside>"
            )
            chrome.append("under a Creative Commons license (CC BY-ND 4.0)")
            exposes = True
        elif fam == "sidebar_widget":
            side = (
                '<section class="styles_PartnerCard__root__Zp3fM"><h3 class="styles_PartnerCard__label__b1Lq0">'
                "Local news partner</h3>"
                f'<a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(src.name)}"></a>'
                f"<p>{esc(src.name)}</p>{a(src.home_url, 'More from this partner')}</section>"
            )
        nearby = teasers(spec, 4)
        web = teasers(spec, 3, 4)
        chrome += [t.title for t in nearby + web]
        nearby_html = "".join(
            f'<li class="styles_Card__item__9dWm2">{a(t.url, t.title)}</li>' for t in nearby
        )
        web_html = "".join(
            f"<li>{a(t.outlet_url or t.url, t.title, extra=' rel=sponsored')}<span> {esc(t.outlet)}</span></li>"
            for t in web
        )
        letter = f"Get the {self.site_name} newsletter: free, local, every morning. Subscribe now."
        chrome.append(letter)
        comment = "Thanks for posting this, the council meeting notes were hard to find anywhere else."
        chrome.append(comment)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "author": [{"@type": "Person", "name": author}],
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        head = (
            f"<title>{esc(story.title)} | {esc(self.site_name)}</title>"
            f'<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(canonical)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}"><meta name="twitter:site" content="@NeighborlyNews">'
            + json_ld(ld)
        )
        page = f"""<div id="__next"><div class="styles_Banner__cookie__1pQs3">We use cookies to personalize content and ads. <button>Accept</button></div>
<header class="styles_Header__root__xY12b"><a href="/" class="styles_Logo__link__3Fz8q">{esc(self.site_name)}</a><nav><a href="/n/news">News</a><a href="/n/schools">Schools</a><a href="/n/real-estate">Real Estate</a><a href="/n/events">Events</a></nav></header>
<main class="styles_Layout__main__mN4kR"><article class="styles_Article__root__Tz7cQ">
<p class="styles_Kicker__text__a8Yt2">Community Corner</p><h1 class="styles_Article__title__Ue0Hw">{esc(story.title)}</h1>
<div class="styles_Byline__root__Pq3sd">{byline} · <time datetime="{iso(spec.published_at)}">Posted {spec.published_at:%a, %b %d, %Y at %I:%M %p} ET</time></div>
<div class="styles_Share__bar__2nMvA"><button>Share</button><button>Reply</button><span>{spec.seed % 40} Neighbors reacted</span></div>
<figure><img src="https://cdn.{self.host}/img/{spec.seed % 99999}.jpg" alt=""><figcaption>(Shutterstock)</figcaption></figure>
<div class="styles_Article__body__Hc1tG">{paragraphs_html(ps)}</div>{tail}</article>
<div class="styles_Newsletter__box__c7Hk1"><p>{esc(letter)}</p><input placeholder="Email address"></div>
<section class="styles_Comments__root__eL3mV"><h2>Comments</h2><div class="styles_Comment__body__vD6y1">{esc(comment)}</div></section></main>
<aside class="styles_Rail__root__4QfMx">{side}<section><h3>Nearby</h3><ul>{nearby_html}</ul></section><section class="styles_Sponsored__root__q0Ewz"><h3>Around the web</h3><ul>{web_html}</ul></section></aside>
<footer class="styles_Footer__root__Ca8bN"><p>© 2026 {esc(self.site_name)} — Neighborly Media Network. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></div>"""
        return Rendered(doc("en", head, page), exposes, tuple(chrome), ps)
