"""Ticker Ledger Markets: a finance portal that reprints wire and press-release copy on its quote pages.

Finance portals (the MarketWatch/Benzinga/Nasdaq-type "press releases" feeds) show the release text under a
quote box with the symbols it mentions, then "SOURCE X" on its own line, a "View original content" link,
and the portal's boilerplate: "this content was not created by our editors". Credits: the wire dateline
("CITY, March 4, 2026 /X/ --" or "CITY (X) -"), the "SOURCE X" line, the portal's disclaimer naming the
distributor, or only the ``syndication-source`` meta tag of the feed importer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, dated, pick


class ReleaseReprint(Layout):
    name = "h_release_reprint"
    language = "en"
    host = "markets.tickerledger.example"
    site_name = "Ticker Ledger Markets"
    families = ("wire_dateline", "source_line", "disclaimer", "meta_tag")
    notes = "Finance-portal press-release reprint: '/X/ --' or '(X) -' dateline, 'SOURCE X' line, 'not created by our editors' disclaimer, syndication-source meta"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/story/{n + 33000000}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        shown = src.name_latin or src.name
        chrome: list[str] = []
        exposes = False
        body = None
        source_line = ""
        disclaimer = "The views and opinions expressed herein are those of the author and do not necessarily reflect those of Ticker Ledger."
        metas = ""
        if fam == "wire_dateline":
            city = rng.choice(["NEW YORK", "CHICAGO", "TORONTO", "LONDON"])
            if rng.random() < 0.5:
                body = dated(
                    spec,
                    f"{city}, {spec.story.published_at:%B} {spec.story.published_at.day}, {spec.story.published_at:%Y} /{{wire}}/ -- ",
                )
            else:
                body = dated(spec, f"{city} ({{wire}}) - ")
        elif fam == "source_line":
            text = rng.choice([f"SOURCE {shown}", f"Source: {shown}", f"SOURCE: {shown}"])
            source_line = f'<p class="release-source"><b>{esc(text)}</b></p>'
            if rng.random() < 0.5:
                source_line += f'<p class="view-original">{a(src.article_url, "View original content")}</p>'
                exposes = True
        elif fam == "disclaimer":
            disclaimer = rng.choice(
                [
                    f"This content was issued through {shown} and was not created by Ticker Ledger editors.",
                    f"This article was provided by {shown}; Ticker Ledger is not responsible for its accuracy.",
                    f"Content from {shown}. Ticker Ledger did not write or edit it and makes no warranty about it.",
                ]
            )
        elif fam == "meta_tag":
            key = rng.choice(["syndication-source", "original-source"])
            value = rng.choice([src.article_url, shown]) if key == "original-source" else shown
            exposes = value == src.article_url
            metas = f'<meta name="{key}" content="{esc(value)}">'
        chrome.append(disclaimer)
        news = pick(spec, 5)
        chrome += [t.title for t in news]
        quote = "TLMX 148.22 ▲ 1.84 (1.26%) · Volume 2.1M · Market cap 12.4B · After hours 148.40"
        foot = f"© 2026 {self.site_name}. Quotes delayed at least 15 minutes. Market data provided by exchange partners."
        chrome += [quote, foot]
        paras = body if body is not None else spec.paragraphs
        lst = "".join(
            f'<tr><td class="time">{i + 9}:{(i * 7) % 60:02d}</td><td>{a(t.url, t.title)}</td></tr>'
            for i, t in enumerate(news)
        )
        page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">{metas}<meta name="parsely-pub-date" content="{iso(spec.published_at)}"></head>
<body><header class="top"><a href="/">{self.site_name}</a><form><input name="q" placeholder="Symbol or keyword"></form></header>
<div class="quote-box"><span>{quote}</span></div>
<main><article class="press-release"><div class="kicker">Press Release</div><h1>{esc(s.title)}</h1><time datetime="{iso(spec.published_at)}">Published: {spec.published_at:%b %d, %Y %I:%M %p} ET</time>
<div class="release-body">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div>{source_line}
<div class="disclaimer"><p><small>{esc(disclaimer)}</small></p></div></article>
<section class="latest"><h2>Latest news</h2><table>{lst}</table></section></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome), body=body)
