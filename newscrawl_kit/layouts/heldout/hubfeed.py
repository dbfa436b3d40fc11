"""Hubfeed: a start-page news feed's article view in the manner of MSN (partner content rendered by a React
app: web components, hashed CSS-in-JS class names, "Story by ... • 3h" lines, a provider chip with Follow).

Credits: a "via" meta line, the provider's logo linking to its home page, a canonical link to the partner's
original, meta tags only, a provider chip. Distractors: a "More for you" feed whose cards each carry their
outlet's logo and name linking to that outlet, a markets strip and a weather chip, sponsored cards, feedback
buttons, the feed's own name in og:site_name, JSON-LD publisher and footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, photo_credit, stable_id


def _cls(role: str) -> str:
    return f"css-{stable_id('hubfeed' + role, 16**6):x}"


class Hubfeed(Layout):
    name = "hubfeed"
    language = "en"
    host = "www.hubfeed.example"
    site_name = "Hubfeed"
    families = ("via_meta", "logo_link", "canonical", "meta_tag", "badge")
    notes = (
        "MSN-style partner article in a React start page: css-xxxx classes, web components, 'Story by X • via "
        "Y • 3h' line, provider logo, canonical to the partner, meta tags; 'More for you' cards with logos"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        words = "-".join(story.title.lower().split()[:6])
        slug = "".join(c for c in words if c.isascii() and (c.isalnum() or c == "-")) or "news"
        return f"https://{self.host}/en-gb/news/uknews/{slug}/ar-AA1{stable_id(story.key + str(n), 36**5):x}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        canonical = og_url = spec.url
        metas = logo = chip = ""
        hours = rng.randint(1, 11)
        author = s.author or "Press Association"
        meta_line = f"Story by {author} • {hours}h • {rng.randint(2, 6)} min read"

        if spec.family == "via_meta":
            meta_line = rng.choice(
                [
                    f"Story by {author} • via {name} • {hours}h",
                    f"{name} · {author} · {hours} hours ago",
                    f"Posted via {name} • {hours}h • {rng.randint(2, 6)} min read",
                ]
            )
        elif spec.family == "logo_link":
            alt = rng.choice(["", "logo"])
            logo = (
                f'<a class="{_cls("provider-logo")}" href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(src.logo)}" alt="{alt}" width="104" height="24" loading="eager"></a>'
            )
        elif spec.family == "canonical":
            canonical = src.article_url
            og_url = rng.choice([src.article_url, spec.url])
            exposes = True
        elif spec.family == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="dc.publisher" content="{esc(name)}">'
        elif spec.family == "badge":
            chip = (
                f'<div class="{_cls("chip")}"><span class="{_cls("chip-name")}">{esc(name)}</span>'
                f'<fluent-button appearance="outline" class="{_cls("follow")}">Follow</fluent-button></div>'
            )
            if rng.random() < 0.5:
                chip = f'<div class="{_cls("chip-row")}">{chip}<span class="{_cls("chip-tag")}">Partner content</span></div>'
        keep(chrome, meta_line)

        cards = "".join(
            f'<cs-card class="{_cls("card")}"><div class="{_cls("card-head")}">'
            f'<a href="{esc(t.outlet_url or t.url)}" class="{_cls("card-provider")}">'
            f'<img src="https://img.{self.host[4:]}/logos/{stable_id(t.outlet)}.png" alt="{esc(t.outlet)}" width="16" '
            f'height="16"><span>{esc(t.outlet)}</span></a></div>'
            f'<a href="{esc(t.url)}" class="{_cls("card-link")}"><h3 class="{_cls("card-title")}">{esc(t.title)}</h3>'
            "</a></cs-card>"
            for t in spec.teasers[:9]
        )
        keep(chrome, *(t.title for t in spec.teasers[:9]))
        markets = "FTSE 100 8,214.55 +0.38% · S&amp;P 500 5,981.12 -0.12% · GBP/USD 1.2741 +0.05%"
        weather = "London 11°C Light rain, feels like 8°C"
        sponsored = "Sponsored: Compare broadband deals in your postcode today"
        feedback = "Was this article helpful? Tell us what you think"
        footer = "© 2026 Hubfeed. Privacy & Cookies · Terms of use · Advertise"
        caption = f"© Provided by {photo_credit(s, 'PA Media', 'Getty Images')}"
        keep(chrome, weather, sponsored, feedback, footer, caption)
        when = spec.published_at
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": spec.url},
        }
        paras = "".join(f'<p class="{_cls("para")}">{esc(p)}</p>' for p in spec.paragraphs)
        page = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<title>{esc(s.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:site_name" content="Hubfeed"><meta property="og:type" content="article">
<meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{esc(og_url)}">
<meta property="og:image" content="https://img.{self.host[4:]}/tenant/amp/entityid/AA1{stable_id(s.key):x}.img">
{metas}
<link rel="canonical" href="{esc(canonical)}">
{json_ld(ld)}
<style>.{_cls("root")}{{display:flex}}.{_cls("para")}{{font-size:18px;line-height:28px}}</style>
</head><body>
<div id="root" class="{_cls("root")}">
<fluent-design-system-provider>
<header class="{_cls("header")}"><a href="/" class="{_cls("brand")}" aria-label="Hubfeed"><svg width="24" height="24" viewBox="0 0 24 24"><rect width="24" height="24"></rect></svg><span>Hubfeed</span></a>
<nav class="{_cls("nav")}"><a href="/en-gb/news">News</a><a href="/en-gb/sport">Sport</a><a href="/en-gb/money">Money</a><a href="/en-gb/weather">Weather</a><a href="/en-gb/lifestyle">Lifestyle</a></nav>
<div class="{_cls("weather")}">{weather}</div></header>
<div class="{_cls("markets")}">{markets}</div>
<main class="{_cls("main")}"><article class="{_cls("article")}">
<div class="{_cls("provider")}">{logo}{chip}</div>
<h1 class="{_cls("title")}">{esc(s.title)}</h1>
<div class="{_cls("byline")}"><span>{esc(meta_line)}</span><time datetime="{iso(when)}" hidden>{iso(when)}</time></div>
<figure class="{_cls("figure")}"><img src="https://img.{self.host[4:]}/tenant/amp/entityid/AA1{stable_id(s.key):x}.img?w=768" alt=""><figcaption class="{_cls("caption")}">{esc(caption)}</figcaption></figure>
<div class="{_cls("body")}" data-t="article-body">{paras}</div>
<div class="{_cls("feedback")}"><span>{feedback}</span><fluent-button>Yes</fluent-button><fluent-button>No</fluent-button></div>
<div class="{_cls("share")}"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}" aria-label="Share on Facebook"></a><a href="https://x.com/intent/tweet?url={esc(spec.url)}" aria-label="Share on X"></a><a href="https://www.linkedin.com/sharing/share-offsite/?url={esc(spec.url)}" aria-label="Share on LinkedIn"></a></div>
</article>
<section class="{_cls("feed")}" aria-label="More for you"><h2>More for you</h2>{cards}
<div class="{_cls("sponsored")}"><a href="https://ads.hubfeed-partners.example/click?c=77">{sponsored}</a></div></section>
</main>
<footer class="{_cls("footer")}"><p>{footer.replace("&", "&amp;")}</p></footer>
</fluent-design-system-provider>
</div>
<script src="https://assets.{self.host[4:]}/bundles/v1/hub/latest/article.js" defer></script>
</body></html>"""
        return Rendered(page, exposes, tuple(chrome))
