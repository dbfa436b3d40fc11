"""Bayside Civic Wire: a small civic site that republishes nonprofit-newsroom stories under their licence.

Nonprofit newsrooms (ProPublica/CalMatters/States-Newsroom-type) let others republish under CC BY-ND with
a required credit line, their logo, a tracking pixel and a canonical pointing at their article. A small
site's copy: its WordPress theme, a "Local Government" section, the story with the copied byline, and the
credit as the licence demands it: "This article first appeared on X and is republished here under a
Creative Commons license", the X logo linking home, "By Jon Ortega, X" in the byline, or only the
canonical. Chrome: a donate banner, "Most popular" naming other outlets, a meeting calendar, the footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, words_slug


class NonprofitRepub(Layout):
    name = "h_nonprofit_repub"
    language = "en"
    host = "baysidecivicwire.example"
    site_name = "Bayside Civic Wire"
    families = ("cc_notice", "logo_link", "byline_outlet", "canonical")
    notes = "Civic site republishing nonprofit newsrooms under CC BY-ND: 'first appeared on X ... Creative Commons', logo link + pixel, copied byline, canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m}/{words_slug(story.title)}-{n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        by = f"By {s.author or 'Civic Wire staff'}"
        after = ""
        logo = ""
        if fam == "cc_notice":
            text = rng.choice(
                [
                    f"This article first appeared on {shown} and is republished here under a Creative Commons license.",
                    f"This story was produced by {shown} and is republished with permission under CC BY-ND 4.0.",
                    f"Republished from {shown} under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
                ]
            )
            linked = esc(text).replace(
                esc(shown), a(src.article_url if rng.random() < 0.6 else src.home_url, shown)
            )
            exposes = src.article_url in linked
            after = f'<p class="republish-credit">{linked}</p><img src="https://{src.domain}/pixel.gif?id={spec.seed}" width="1" height="1" alt="" style="display:none">'
            chrome.append(text)
        elif fam == "logo_link":
            alt = rng.choice(["", shown, "Logo"])
            logo = f'<p class="republish-logo"><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" width="120"></a></p>'
        elif fam == "byline_outlet":
            by = rng.choice(
                [
                    f"By {s.author or 'Staff'}, {shown}",
                    f"By {s.author or 'Staff'} / {shown}",
                    f"{shown} | {s.author or 'Staff'}",
                ]
            )
            chrome.append(by)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        popular = pick(spec, 5)
        chrome += [t.title for t in popular]
        donate = "Local news is a public good. Bayside Civic Wire is free to read because readers like you chip in."
        calendar = "Upcoming: City Council regular meeting, Tuesday 6 p.m., Council Chambers and livestream"
        foot = f"© 2026 {self.site_name}, a member of the Institute for Nonprofit News · Powered by Newspack"
        chrome += [donate, calendar, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "NewsMediaOrganization", "name": self.site_name},
        }
        rows = "".join(f"<li>{a(t.url, t.title)}<br><small>{esc(t.outlet)}</small></li>" for t in popular)
        og = canonical if rng.random() < 0.5 else spec.url
        page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(s.title)} &#8211; {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(og)}"><meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head>
<body class="single newspack-theme"><div class="donate-banner"><p>{donate}</p><a href="/donate/" class="button">Donate</a></div>
<header class="site-header"><a href="/" class="custom-logo-link"><img src="https://{self.host}/wp-content/uploads/logo.png" alt="{self.site_name}"></a><nav><a href="/category/local-government/">Local Government</a> <a href="/category/housing/">Housing</a> <a href="/category/schools/">Schools</a></nav></header>
<main id="main"><article><header class="entry-header"><span class="cat-links"><a href="/category/local-government/">Local Government</a></span><h1 class="entry-title">{esc(s.title)}</h1>
<div class="entry-meta"><span class="byline">{esc(by)}</span> <time datetime="{iso(spec.published_at)}">{spec.published_at:%B %d, %Y}</time></div></header>
<div class="entry-content">{logo}{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{after}</div></article>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Most popular</h2><ol>{rows}</ol></section><section class="widget calendar"><p>{calendar}</p></section></aside></main>
<footer class="site-footer"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
