"""A pan-African English news aggregator of creator posts (Opera-News-, Pulse-like): "Source: X" linked to the
original at the end, "This article was originally published on X", "Written by ... for X", a wire dateline,
or only a microdata ``sourceOrganization`` meta; creators, followers and "Trending in Ghana/Kenya/Nigeria"."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class AfricaHub(Layout):
    name = "e_africa_hub"
    language = "en"
    host = "www.savannahub.example"
    site_name = "SavannaHub"
    families = ("source_link", "footer_phrase", "byline_outlet", "wire_dateline", "meta_tag")
    notes = (
        "creator-post aggregator for Ghana, Kenya, Nigeria: microdata article, creator card, data-attributes"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        country = ("gh", "ke", "ng")[n % 3]
        return f"https://{self.host}/{country}/en/news/details/{n * 7919 % 10**8:08d}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        creator = pick(spec, ("Kwame Mensah", "Wanjiru Kamau", "Chidi Okeke", "Abena Owusu"), "cr")
        byline = f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{creator}</span></span>'
        micro = ""
        tail = ""
        if fam == "source_link":
            tail = f'<p class="post-source">{pick(spec, ("Source: ", "Source - ", "Credit: "), "w")}{a(src.article_url, src.name, extra=" rel=nofollow")}</p>'
            exposes = True
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (
                    f"This article was originally published on {src.name}.",
                    f"Culled from {src.name}.",
                    f"Story first published by {src.name}.",
                ),
                "w",
            )
            tail = f'<p class="post-note"><i>{esc(line)}</i></p>'
            chrome.append(line)
        elif fam == "byline_outlet":
            byline = (
                f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">'
                f"{creator}</span></span> for {esc(src.name)}"
            )
        elif fam == "meta_tag":
            micro = (
                '<div itemprop="sourceOrganization" itemscope itemtype="https://schema.org/NewsMediaOrganization">'
                f'<meta itemprop="name" content="{esc(src.name)}"></div>'
            )
        trending = teasers(spec, 6)
        chrome += [t.title for t in trending]
        trend_html = "".join(
            f'<li data-src="{esc(t.outlet)}">{a(t.url, t.title)}<span class="tr-src">{esc(t.outlet)}</span></li>'
            for t in trending
        )
        follow = f"Follow {creator} on {self.site_name} for more updates from home and abroad."
        chrome.append(follow)
        comment = "Good news for the people but let us see if they will actually implement it this time."
        chrome.append(comment)
        head = (
            f'<title>{esc(story.title)} - {esc(self.site_name)}</title><link rel="canonical" href="{esc(spec.url)}">'
            f'<meta property="og:url" content="{esc(spec.url)}"><meta property="og:site_name" content="{esc(self.site_name)}">'
            f'<meta property="og:type" content="article"><meta name="theme-color" content="#e2231a">'
        )
        page = f"""<div class="app-download-bar">Open in the {esc(self.site_name)} app <a href="/app">Install</a></div>
<header class="hd"><a href="/" class="hd-logo">{esc(self.site_name)}</a><nav><a href="/gh">Ghana</a><a href="/ke">Kenya</a><a href="/ng">Nigeria</a><a href="/za">South Africa</a></nav></header>
<main><article class="post" itemscope itemtype="https://schema.org/NewsArticle" data-post-id="{spec.seed % 10**8}">
<h1 itemprop="headline">{esc(story.title)}</h1>
<div class="post-meta">{byline} · <time itemprop="datePublished" datetime="{iso(spec.published_at)}">{spec.published_at:%d %b %Y}</time> · <span data-views="{spec.seed % 50000}">{spec.seed % 50000} views</span></div>
<div class="creator-card"><img src="/avatars/{spec.seed % 999}.jpg" alt=""><span>{creator}</span> · <span>{spec.seed % 90}k followers</span> <button>Follow</button></div>
{micro}<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{esc(self.site_name)}"></div>
<div class="post-body" itemprop="articleBody">{paragraphs_html(ps)}</div>{tail}
<div class="post-actions"><button>Like</button><button>Comment</button><button>Share to WhatsApp</button></div></article>
<section class="comments"><h3>Comments</h3><div class="cm">{esc(comment)}</div></section>
<p class="creator-follow">{esc(follow)}</p>
<aside class="trending"><h3>Trending Now</h3><ul>{trend_html}</ul></aside></main>
<footer class="ft"><p>© 2026 {esc(self.site_name)}. Content on this platform is created by independent creators.</p></footer>"""
        return Rendered(doc("en", head, page), exposes, tuple(chrome), ps)
