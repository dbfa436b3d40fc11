"""Nachrichtenblick: a German news-aggregator portal that files copies under the outlet (``/quelle/<slug>/``).

Aggregators of German regional papers (the nachrichten.*-type portals) keep one archive page per source, so a
copy's URL may carry the outlet's slug; the copy shows the text with "Quelle: X" under it, the byline
"Von Jon Ortega, X", or a grey source label next to the time. Chrome: the "Ressorts" menu, a "Weitere
Meldungen" list naming other papers, a Wetter-box, the consent banner and the Impressum footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, refuse_bare_slug, slug_of


class QuellenPortal(Layout):
    name = "h_quellen_portal"
    language = "de"
    host = "www.nachrichtenblick.example"
    site_name = "Nachrichtenblick"
    families = ("source_line", "byline_outlet", "badge", "url_slug")
    notes = "German aggregator portal: 'Quelle: X' under the text, 'Von Jon Ortega, X' byline, grey source label, copies filed under /quelle/<slug>/"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/quelle/{slug_of(story.source)}/artikel-{n + 770000}.html"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/meldung/artikel-{n + 770000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_bare_slug(spec, slug_of(spec.story.source))
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        by = "Von Redaktion"
        label = ""
        quelle = ""
        if fam == "source_line":
            text = rng.choice(
                [
                    f"Quelle: {src.name}",
                    f"Quelle: {src.name}, {s.published_at:%d.%m.%Y}",
                    f"Quelle – {src.name}",
                ]
            )
            quelle = f'<p class="quelle">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "byline_outlet":
            by = rng.choice(
                [
                    f"Von {s.author or 'Redaktion'}, {src.name}",
                    f"{s.author or 'Redaktion'} ({src.name})",
                    f"Von {src.name}-Redaktion",
                ]
            )
            chrome.append(by)
        elif fam == "badge":
            label = f'<span class="src-label" style="color:#777">{esc(rng.choice([src.name, src.name + " ›", "aus " + src.name]))}</span> '
        more = pick(spec, 5)
        chrome += [t.title for t in more]
        wetter = "Wetter Bremen: 9 °C, Schauer am Nachmittag, Wind aus Südwest mit 30 km/h"
        cookie = "Wir und unsere Partner speichern und verarbeiten personenbezogene Daten. Zustimmen oder ablehnen."
        foot = f"© 2026 {self.site_name} · Impressum · Datenschutzerklärung · Nutzungsbedingungen"
        chrome += [wetter, cookie, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        rows = "".join(
            f'<li>{a(t.url, t.title)} <span class="quelle-k">{esc(t.outlet)}</span></li>' for t in more
        )
        page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(s.title)} – {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="cmp-banner"><p>{esc(cookie)}</p><button>Zustimmen</button><button>Ablehnen</button></div>
<header><a href="/" class="logo">{self.site_name}</a><nav class="ressorts"><a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/region/">Region</a> <a href="/sport/">Sport</a></nav></header>
<main><article><h1>{esc(s.title)}</h1><div class="meta">{label}<time datetime="{iso(spec.published_at)}">{spec.published_at:%d.%m.%Y, %H:%M} Uhr</time> · <span class="autor">{esc(by)}</span></div>
<div class="artikel-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{quelle}</article>
<aside><div class="wetter">{esc(wetter)}</div><h3>Weitere Meldungen</h3><ul>{rows}</ul></aside></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, False, chrome_of(chrome))
