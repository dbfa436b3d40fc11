"""Daybreak News: a Yahoo/MSN-like portal that syndicates partner content under its own chrome.

A "caas"-style article frame: the partner's logo above the title, a provider chip beside the time, a "Story
continues" button splitting the body, trending and "Up next" modules, a Getty photo caption, a consent bar.
Credits: the partner logo only, the provider chip, a closing line ("This article originally appeared on X",
"(c) 2026 X. Distributed by Tribune Content Agency, LLC."), a canonical to the partner's page, or a
``provider``/``isBasedOn`` block in JSON-LD.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers

_TOLD = ("Reuters", "The Associated Press", "CNN", "the BBC", "Bloomberg")


class Daybreak(Layout):
    name = "d_daybreak"
    language = "en"
    host = "news.daybreak.example"
    site_name = "Daybreak News"
    families = ("logo_link", "badge", "footer_phrase", "canonical", "jsonld")
    notes = "Yahoo/MSN-like syndication; partner logo, provider chip, '(c) 2026 X. Distributed by ...'"

    def copy_url(self, story: StoryText, n: int) -> str:
        words = "-".join(w.lower() for w in story.title.split()[:6] if w.isalnum()) or "story"
        return f"https://{self.host}/{words}-{140000000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        top = ""
        chip = ""
        after = ""
        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "url": "https://www.daybreak.example/",
            },
        }
        if s.author:
            ld["author"] = {"@type": "Person", "name": s.author}
        body = list(spec.paragraphs)
        told = [t for t in _TOLD if src.name not in t and (src.name_latin or "~") not in t]
        if rng.random() < 0.3 and len(body) > 3:
            body.insert(
                3,
                f"\u201cWe are still reviewing the details,\u201d a spokesperson told {rng.choice(told)} on Tuesday.",
            )
        if fam == "logo_link":
            top = f'<a class="caas-attr-logo" href="{esc(src.home_url)}" target="_blank" rel="noopener"><img src="{esc(src.logo)}" alt="" height="24"></a>'
        elif fam == "badge":
            chip = f'<span class="caas-attr-provider">{esc(src.name)}</span>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"This article originally appeared on {src.name}.",
                    f"(c) 2026 {src.name}. Distributed by Tribune Content Agency, LLC.",
                    f"\u00a9 2026 {src.name}. All rights reserved.",
                    f"This story first appeared in {src.name}.",
                ]
            )
            after = f'<p class="caas-footnote"><em>{esc(line)}</em></p>'
            chrome.append(line)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "jsonld":
            v = rng.randrange(3)
            if v == 0:
                ld["provider"] = {"@type": "Organization", "name": src.name, "url": src.home_url}
            elif v == 1:
                ld["isBasedOn"] = src.article_url
                exposes = True
            else:
                ld["author"] = {"@type": "Organization", "name": src.name}
        trending = teasers(spec, 5)
        upnext = teasers(spec, 3, skip=5)
        chrome += [t.title for t in trending + upnext]
        caption = "A general view of the site on Monday. Photo by Sam Hollis/Getty Images"
        consent = "We, Daybreak, are part of the Daybreak family of brands. We and our partners use cookies."
        foot = (
            "\u00a9 2026 Daybreak Media. All rights reserved. Terms and Privacy Policy | Your Privacy Choices"
        )
        chrome += [caption, consent, foot]
        half = max(1, len(body) // 2)
        first = "".join(f"<p>{esc(p)}</p>" for p in body[:half])
        rest = "".join(f"<p>{esc(p)}</p>" for p in body[half:])
        page = f"""<!DOCTYPE html><html lang="en-US" class="daybreak-news"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">
<meta property="og:type" content="article"><meta name="twitter:site" content="@DaybreakNews">{json_ld(ld)}</head>
<body><div id="consent-bar" class="consent">{esc(consent)} <button>Accept all</button> <button>Manage privacy settings</button></div>
<header id="ybar"><a class="brand" href="https://www.daybreak.example/">daybreak<span>/news</span></a><form><input placeholder="Search the web"></form><a href="/mail">Mail</a><a href="/signin">Sign in</a></header>
<div id="module-article" class="caas-container"><div class="caas-content-wrapper"><header class="caas-header">{top}
<h1 data-test-locator="headline">{esc(s.title)}</h1><div class="caas-attr"><div class="caas-attr-meta">{esc(s.author or "")}{chip}
<time class="caas-attr-meta-time" datetime="{iso(spec.published_at)}">{spec.published_at:%a, %B %d, %Y at %I:%M %p}</time> \u00b7 <span>4 min read</span></div></div></header>
<figure class="caas-figure"><img src="https://s.daybreak.example/ny/api/res/1.2/{spec.seed % 999999}.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="caas-body">{first}<div class="caas-readmore"><button aria-label="Story continues">Story continues</button></div>{rest}{after}</div></div>
<div class="caas-share"><button>Share</button><a href="mailto:?body={esc(spec.url)}">Email</a><a href="https://www.facebook.com/dialog/share">Facebook</a></div></div>
<aside id="trending"><h3>Trending Now</h3><ol>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in trending)}</ol></aside>
<section id="upnext"><h3>Up next</h3>{"".join(f'<div class="stream-item"><a href="{esc(t.url)}">{esc(t.title)}</a><span class="provider">{esc(t.outlet)}</span></div>' for t in upnext)}</section>
<footer><p>{esc(foot)}</p><a href="/about">About Our Ads</a> <a href="/sitemap">Sitemap</a></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome), body=tuple(body))
