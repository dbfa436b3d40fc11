"""PressLedger Wire: a press-release and wire redistribution site (PR Newswire / GlobeNewswire / EIN-style).

Releases and licensed wire copy open with the wire dateline ("CITY, March 4, 2026 (Wire) --"), end with a
"SOURCE X" line or a "View original content: <url>" line, carry ``dc.source``/``syndication-source`` meta,
or a closing "Distributed by PressLedger on behalf of X" sentence. Chrome: the newsroom header, an "Industry"
nav, contact boxes, "More news from this industry" naming other issuers, disclaimers about the site itself.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, dated_body, other_items, title_slug


class ReleaseWire(Layout):
    name = "f_release_wire"
    language = "en"
    host = "www.pressledger-wire.example"
    site_name = "PressLedger Wire"
    families = ("wire_dateline", "read_original", "footer_phrase", "meta_tag")
    notes = "PR Newswire/GlobeNewswire-like redistribution: '(Wire) --' dateline, 'View original content:', 'SOURCE X', meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news-releases/{title_slug(story.title)}-{302000000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        body = spec.paragraphs
        metas = ""
        tail = ""
        if fam == "wire_dateline":
            d = spec.published_at
            body = dated_body(
                spec,
                rng.choice([f"NEW YORK, {d:%B} {d.day}, {d.year} ({{wire}}) -- ", "WASHINGTON ({wire}) - "]),
            )
        elif fam == "read_original":
            text = rng.choice(["View original content:", "View original content to download multimedia:"])
            tail = f'<p class="orig">{text} <a href="{esc(src.article_url)}" rel="nofollow">{esc(src.article_url)}</a></p>'
            exposes = True
            chrome.append(f"{text} {src.article_url}")
        elif fam == "footer_phrase":
            text = rng.choice(
                [
                    f"SOURCE {shown}",
                    f"Distributed by PressLedger Wire on behalf of {shown}.",
                    f"Originally released by {shown}.",
                ]
            )
            tail = f'<p class="source-line">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="dc.source" content="{esc(shown)}"><meta name="dc.rights" content="{self.site_name}">'
        more = other_items(spec, 5)
        chrome += [t.title for t in more]
        contact = "Media contact: newsroom@pressledger-wire.example · +1 212 555 0147 (24/7 desk)"
        disc = "PressLedger Wire distributes releases as received and does not edit or endorse their content."
        foot = (
            "Copyright © 2026 PressLedger Wire LLC. All Rights Reserved. A subsidiary of Ledger Media Group."
        )
        chrome += [contact, disc, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        items = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><span class="issuer">{esc(t.outlet)}</span></li>'
            for t in more
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{metas}<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header class="newsroom"><a href="/" class="brand">{self.site_name}</a><nav><a href="/news-releases">News</a><a href="/industry/energy">Energy</a><a href="/industry/transport">Transport</a><a href="/industry/health">Health</a><a href="/send-release" class="btn">Send a Release</a></nav></header>
<main class="release"><div class="release-date">{spec.published_at:%b %d, %Y, %H:%M} ET</div><h1>{esc(s.title)}</h1>
<section class="release-body">{"".join(f"<p>{esc(p)}</p>" for p in body)}</section>{tail}
<div class="contact-box"><p>{contact}</p></div><p class="disclaimer">{disc}</p></main>
<aside><h3>More news from this industry</h3><ul>{items}</ul></aside>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome), body=body if body != spec.paragraphs else None)
