"""Frontpage News: a portal's syndicated-article pages in the manner of Yahoo News (the "caas" content markup,
a provider logo over the headline, "Story continues" breaks, a sponsored "from around the web" block).

Credits: the provider's logo linking to its home page (no visible name), the provider in the byline, a "read
the full article" link to the original, JSON-LD only (provider / isBasedOn / sourceOrganization), a provider
badge in the attribution row. Distractors: "Trending now" and "Top stories" lists naming other outlets, a
sponsored widget of advertisers, the portal's own name in the header, footer, og:site_name and publisher, an
agency photo credit, a cookie notice.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, photo_credit, stable_id

SPONSORED = (
    ("Homeowners are switching to this solar plan in 2026", "BrightRoof Energy"),
    ("The one stretch physiotherapists do every morning", "WellDaily"),
    ("Retirees: compare these savings rates before April", "RateFinder"),
)


class Frontpage(Layout):
    name = "frontpage"
    language = "en"
    host = "news.frontpage.example"
    site_name = "Frontpage News"
    families = ("logo_link", "byline_outlet", "read_original", "jsonld", "badge")
    notes = (
        "Yahoo News-style syndication page: caas markup, provider logo over the headline, provider in the "
        "byline, 'Read the full article' link, provider in JSON-LD; trending and sponsored widgets"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        words = "-".join(story.title.lower().split()[:7])
        slug = "".join(c for c in words if c.isascii() and (c.isalnum() or c == "-")) or "story"
        return f"https://{self.host}/{slug}-{stable_id(story.key, 99999):05d}{n:04d}.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        provider = read_more = badge = ""
        ld_extra: dict[str, object] = {}
        author = s.author or "Staff reporter"
        byline = author

        if spec.family == "logo_link":
            alt = rng.choice(["", "logo", ""])
            provider = (
                f'<div class="caas-logo"><a class="link caas-attr-provider-logo" href="{esc(src.home_url)}" '
                f'target="_blank" rel="nofollow noopener"><img src="{esc(src.logo)}" alt="{alt}" height="28"></a></div>'
            )
        elif spec.family == "byline_outlet":
            byline = rng.choice(
                [f"{author}, {name}", f"By {author} for {name}", f"{name} staff", f"{author} | {name}"]
            )
        elif spec.family == "read_original":
            label = rng.choice(
                [
                    f"Read the full article on {name}",
                    "Read the original article",
                    f"Continue reading at {name}",
                    f"View the full story at {src.domain}",
                ]
            )
            read_more = (
                f'<div class="caas-readmore"><a href="{esc(src.article_url)}" class="link rapid-noclick-resp" '
                f'target="_blank" rel="noopener">{esc(label)}</a></div>'
            )
            keep(chrome, label)
            exposes = True
        elif spec.family == "jsonld":
            shape = rng.randrange(3)
            org = {"@type": "Organization", "name": name, "url": src.home_url}
            if shape == 0:
                ld_extra = {"provider": {**org, "logo": {"@type": "ImageObject", "url": src.logo}}}
            elif shape == 1:
                ld_extra = {"isBasedOn": src.article_url, "sourceOrganization": org}
                exposes = True
            else:
                ld_extra = {"copyrightHolder": org, "isBasedOnUrl": src.article_url}
                exposes = True
        elif spec.family == "badge":
            badge = rng.choice(
                [
                    f'<span class="caas-attr-provider">{esc(name)}</span>',
                    f'<div class="caas-attr-item-provider"><span class="pill">{esc(name)}</span></div>',
                ]
            )

        when = spec.published_at
        stamp = f"{when:%a, %B} {when.day}, {when:%Y at %I:%M %p} UTC"
        trending = "".join(
            f'<li class="trending-item"><span class="rank">{i + 1}</span><a href="{esc(t.url)}">{esc(t.title)}</a></li>'
            for i, t in enumerate(spec.teasers[:5])
        )
        top = "".join(
            f'<li class="js-stream-content"><div class="Cf"><a href="{esc(t.url)}"><h3>{esc(t.title)}</h3></a>'
            f'<div class="C(#959595) Fz(11px)">{esc(t.outlet)}</div></div></li>'
            for t in spec.teasers[5:11]
        )
        keep(chrome, *(t.title for t in spec.teasers[:11]))
        sponsored = "".join(
            f'<li><a href="https://ads.recirc.example/c?id={i}" rel="sponsored"><span class="t">{esc(t)}</span>'
            f'<span class="s">{esc(adv)}</span></a></li>'
            for i, (t, adv) in enumerate(SPONSORED)
        )
        keep(chrome, *(t for t, _ in SPONSORED))
        photo = photo_credit(s, "Getty Images", "AP Photo")
        caption = f"{rng.choice(['A view of the scene', 'File photo', 'Archive image'])} (Photo: {photo})"
        cookie = "We, Frontpage News, and our partners use cookies to personalise content and ads"
        newsletter = "Sign up for the Morning Brief: the day's top stories in your inbox"
        footer = "© 2026 Frontpage Media. All rights reserved."
        keep(chrome, caption, cookie, newsletter, footer)
        paras = [f"<p>{esc(p)}</p>" for p in spec.paragraphs]
        if len(paras) > 3:
            paras.insert(
                2,
                '<div class="caas-da"><div class="ad-slot" id="sda-INARTICLE"></div><p>Story continues</p></div>',
            )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "description": excerpt(spec.paragraphs),
            "datePublished": iso(when),
            "author": {"@type": "Person", "name": author},
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://s.{self.host}/logo-frontpage.png"},
            },
            "mainEntityOfPage": spec.url,
            **ld_extra,
        }
        page = f"""<!DOCTYPE html>
<html id="atomic" lang="en-US" class="Fz(s) ltr desktop">
<head>
<meta charset="utf-8">
<title>{esc(s.title)}</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:site_name" content="Frontpage News">
<meta property="og:image" content="https://s.{self.host}/ny/api/res/{stable_id(s.key)}.jpg">
<meta name="twitter:site" content="@frontpagenews">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body>
<div id="consent-banner" class="consent"><p>{cookie}</p><button>Accept all</button><button>Manage privacy settings</button></div>
<header id="ybar"><a href="/" id="ybar-logo"><img src="https://s.{self.host}/logo-frontpage.png" alt="Frontpage News"></a>
<nav><a href="/us/">US</a> <a href="/world/">World</a> <a href="/politics/">Politics</a> <a href="/science/">Science</a> <a href="/weather/">Weather</a></nav>
<form action="/search"><input name="p" placeholder="Search the web"></form></header>
<div id="Col1-0" class="Col1">
<article class="caas-container" role="article">
<header class="caas-header">{provider}<div class="caas-title-wrapper"><h1 data-test-locator="headline">{esc(s.title)}</h1></div></header>
<div class="caas-attr"><div class="caas-attr-meta"><span class="caas-author-byline-collapse">{esc(byline)}</span>{badge}
<div class="caas-attr-time-style"><time datetime="{iso(when)}">{stamp}</time> · 3 min read</div></div></div>
<figure class="caas-figure"><div class="caas-img-container"><img src="https://s.{self.host}/ny/api/res/{stable_id(s.key)}.jpg" alt=""></div><figcaption class="caption-collapse">{esc(caption)}</figcaption></figure>
<div class="caas-body">{"".join(paras)}</div>
{read_more}
<div class="caas-share-buttons"><a href="https://www.facebook.com/dialog/share?href={esc(spec.url)}">Share</a> <a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">Post</a> <a href="mailto:?subject={esc(s.title)}">Email</a></div>
</article>
<div class="newsletter-signup"><p>{newsletter}</p><input type="email"><button>Sign up</button></div>
<section id="recirc" class="top-stories"><h2>Top stories</h2><ul>{top}</ul></section>
</div>
<aside id="Col2-0"><section class="trending"><h2>Trending now</h2><ol>{trending}</ol></section>
<section class="sponsored"><h3>Promoted · From around the web</h3><ul>{sponsored}</ul></section>
<div class="ad-300"><iframe src="https://ads.recirc.example/300x600" width="300" height="600" title="Advertisement"></iframe></div></aside>
<footer id="footer"><p>{footer}</p><a href="/terms">Terms</a> · <a href="/privacy">Privacy policy</a> · <a href="/privacy-dashboard">Privacy dashboard</a> · <a href="/about">About our ads</a></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
