"""KVTX 12 News Now: a local TV station's site in a broadcast group that shares stories across sister stations.

The group CMS look: a weather bug and a "LIVE" button in the header, a "Watch: 12 News at 6" video slot, the
story with a byline block, "Trending on KVTX" and a "From our partners" rail naming other outlets, an EEO/FCC
public file footer. Shared stories keep a credit: the byline naming the sister station or partner, "This story
originally appeared on X", a Creative Commons republication note (nonprofit newsrooms), or only a canonical
or ``syndication-source`` meta tag set by the content-sharing tool.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown


class StationGroup(Layout):
    name = "g_station_group"
    language = "en"
    host = "www.kvtx12news.example"
    site_name = "KVTX 12 News Now"
    families = ("byline_outlet", "footer_phrase", "cc_notice", "canonical", "meta_tag")
    notes = "Local TV station in a broadcast group (weather bug, video slot, FCC footer): partner byline, 'originally appeared', CC note, canonical, meta"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/news/local/{latin_slug(story.title)}/{500 + n % 90}-{n:05d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        head = f'<link rel="canonical" href="{esc(spec.url)}">'
        author = s.author or "Staff"
        byline = f'<div class="byline"><span class="author">Author: {esc(author)}</span></div>'
        note = ""
        if fam == "byline_outlet":
            line = rng.choice(
                [f"By {author}, {src.name}", f"{author} ({src.name})", f"Author: {src.name} staff"]
            )
            byline = f'<div class="byline"><span class="author">{esc(line)}</span></div>'
            chrome.append(line)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"This story originally appeared on {src.name}.",
                    f"The following story was first published by our partners at {src.name}.",
                    f"{src.name} contributed this report.",
                ]
            )
            note = f'<p class="partner-note"><em>{esc(line)}</em></p>'
            chrome.append(line)
        elif fam == "cc_notice":
            linked = rng.random() < 0.5
            lic = rng.choice(
                [
                    "Creative Commons license",
                    "CC BY-ND 4.0 license",
                    "Creative Commons Attribution-NoDerivatives license",
                ]
            )
            name = a(src.article_url, src.name) if linked else esc(src.name)
            text = f"This article is republished from {src.name} under a {lic}."
            note = f'<p class="cc">This article is republished from {name} under a {esc(lic)}.</p>'
            chrome.append(text)
            exposes = linked
        elif fam == "canonical":
            head = f'<link rel="canonical" href="{esc(src.article_url)}">'
            if rng.random() < 0.5:  # the sharing tool sometimes rewrites og:url too
                head += f'<meta property="og:url" content="{esc(src.article_url)}">'
            exposes = True
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                head += f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                head += f'<meta name="content-partner" content="{esc(src.name)}">'
        trending = others(spec, 4)
        partners = others(spec, 3, skip=4)
        chrome += [t.title for t in trending + partners]
        trend = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in trending)
        part = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><span class="partner">{esc(t.outlet)}</span></li>'
            for t in partners
        )
        promo = "Watch: 12 News at 6 streams live every weeknight on the KVTX app"
        # The outlet's photo credit names a wire (a distractor, never the answer).
        credit = f"FILE - The scene on {spec.published_at:%B %d}. (Photo: {s.agency})" if s.agency else ""
        figure = (
            f'<figure><img src="https://{self.host}/img/{spec.seed % 300}.jpg" alt=""><figcaption>{esc(credit)}</figcaption></figure>'
            if credit
            else ""
        )
        chrome.append(credit)
        fcc = "KVTX 12 News Now · FCC Public Inspection File · EEO Report · Closed Captioning Contact"
        chrome += [promo, fcc]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": [{"@type": "Person", "name": author}],
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{esc(s.title)} | kvtx12news.example</title>{head}
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<header class="site-header"><a class="logo" href="https://{self.host}/">KVTX 12</a><span class="wx-bug">58°F Cloudy</span><a class="live" href="/watch">LIVE</a>
<nav><a href="/local">Local News</a><a href="/weather">Weather</a><a href="/verify">Verify</a><a href="/sports">Sports</a></nav></header>
<main><article><h1 class="article__headline">{esc(s.title)}</h1>{byline}
<div class="article__published">Published: {spec.published_at:%I:%M %p} CST {spec.published_at:%B %d, %Y}</div>
<div class="video-slot"><p>{promo}</p></div>{figure}
<div class="article__body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{note}</article>
<aside><h2>Trending on KVTX</h2><ol>{trend}</ol><h2>From our partners</h2><ul>{part}</ul></aside></main>
<footer><p>{fcc}</p><p>© 2026 KVTX-TV. All Rights Reserved.</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
