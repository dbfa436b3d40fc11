"""Quickread: a SmartNews-like reader view ("SmartView"), a Next.js build with hashed CSS-module classes.

A stripped reading view: the publisher's name or logo on top, the text, "Read on X"/"View original" at the end,
"More for you" cards with their publishers, an app banner. The page-level data is the reader's own; a
credit may exist only in markup (a ``<meta name="syndication-source">``/``original-source`` tag or a
``data-publisher`` attribute on the article element).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class Quickread(Layout):
    name = "d_quickread"
    language = "en"
    host = "www.quickread.example"
    site_name = "Quickread"
    families = ("badge", "logo_link", "read_original", "meta_tag", "source_line")
    notes = (
        "SmartNews-like reader view; hashed classes; publisher chip/logo, 'Read on X', markup-only credits"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/r/{format(0xA1B2C3 + n * 104729, 'x')}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        head = ""
        end = '<a class="Reader_back__3kq1z" href="/">Back to Quickread</a>'
        metas = ""
        attrs = ""
        if fam == "badge":
            head = f'<div class="Publisher_name__9xk2a">{esc(shown)}</div>'
        elif fam == "logo_link":
            head = f'<a class="Publisher_logo__1ab3c" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="" height="20"></a>'
        elif fam == "read_original":
            label = rng.choice([f"Read on {shown}", "View original article", f"Open in {shown}"])
            end = (
                f'<a class="Reader_cta__7hd0q" href="{esc(src.article_url)}" rel="noopener">{esc(label)}</a>'
            )
            exposes = True
        elif fam == "meta_tag":
            v = rng.randrange(3)
            if v == 0:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif v == 1:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                attrs = f' data-publisher="{esc(shown)}" data-publisher-domain="{esc(src.domain)}"'
        elif fam == "source_line":
            word = rng.choice(["Source:", "Publisher:", "From"])
            head = f'<div class="Publisher_line__4mm0s">{word} {esc(shown)}</div>'
        more = teasers(spec, 6)
        chrome += [t.title for t in more]
        banner = "Get the Quickread app for the news that matters to you, free on iOS and Android"
        chrome.append(banner)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        cards = "".join(
            f'<li class="Card_card__0x9f1"><a href="{esc(t.url)}"><span class="Card_title__5tq3e">{esc(t.title)}</span>'
            f'<span class="Card_pub__2uu8r">{esc(t.outlet)}</span></a></li>'
            for t in more
        )
        author = f'<div class="Article_author__k1l2m">{esc(s.author)}</div>' if s.author else ""
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(s.title)} - {self.site_name}</title><meta property="og:site_name" content="{self.site_name}"/><meta property="og:url" content="{esc(spec.url)}"/>{metas}{json_ld(ld)}
<link rel="preload" href="/_next/static/css/8f2a1c.css" as="style"/></head>
<body><div id="__next"><div class="AppBanner_root__r2d2x">{esc(banner)}<a href="https://apps.example/quickread">Open</a></div>
<div class="Layout_wrap__6yq7p"><article class="Article_root__d8e2w"{attrs}>{head}<h1 class="Article_title__p3o4i">{esc(s.title)}</h1>{author}
<time class="Article_time__z9y8x" dateTime="{iso(spec.published_at)}">{spec.published_at:%b %d}</time>
<div class="Article_body__f5g6h">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{end}</article>
<section class="More_root__b4n5m"><h2>More for you</h2><ul>{cards}</ul></section></div></div>
<script src="/_next/static/chunks/main-1f2e3d.js" defer=""></script></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
