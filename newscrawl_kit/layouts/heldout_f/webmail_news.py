"""Postfach Nachrichten: the news section of a German webmail portal (the web.de / GMX / t-online kind).

Agency and partner copy in the portal's shell: a "Quelle: X" line at the end of the text (the commonest
credit there), the partner's logo in the article header linking to its home page, a closing "Dieser Artikel
erschien zuerst bei X", or the ``dc.source`` / ``original-source`` meta only. An agency note ("Mit Material
von dpa") appears when the partner credits one. Chrome: the portal bar (E-Mail, Wetter, Shopping),
"Meistgelesen" with partner names, a consent layer, the portal's Impressum footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class WebmailNews(Layout):
    name = "f_webmail_news"
    language = "de"
    host = "nachrichten.postfach-portal.example"
    site_name = "Postfach Nachrichten"
    families = ("source_line", "footer_phrase", "logo_link", "meta_tag")
    notes = "German webmail portal news (web.de/GMX-like): 'Quelle: X' under the text, 'erschien zuerst bei', partner logo, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/panorama/{title_slug(story.title)}-{40100000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        metas = ""
        logo = ""
        closing = ""
        if fam == "source_line":
            text = rng.choice([f"Quelle: {shown}", f"Quelle: {shown}/red", f"Verwendete Quellen: {shown}"])
            closing = f'<p class="source">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "footer_phrase":
            if rng.random() < 0.5:
                text = f"Dieser Artikel erschien zuerst bei {shown}."
                closing = f'<p class="origin">{esc(text)}</p>'
            else:
                text = f"Der Beitrag wurde zuerst von {shown} veröffentlicht."
                closing = f'<p class="origin">Der Beitrag wurde zuerst von {link(src.article_url, shown)} veröffentlicht.</p>'
                exposes = True
            chrome.append(text)
        elif fam == "logo_link":
            alt = rng.choice(["", shown])
            logo = f'<div class="partner-logo"><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}"></a></div>'
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(shown)}">'
            else:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
        agency = ""
        if s.agency and fam != "meta_tag":
            agency = f'<p class="agency">Mit Material von {esc(s.agency)}</p>'
        most = other_items(spec, 5)
        chrome += [t.title for t in most]
        consent = "Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren."
        foot = "© 2026 Postfach Portal GmbH · Impressum · Datenschutz · AGB · Jugendschutz"
        chrome += [consent, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "inLanguage": "de-DE",
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        items = "".join(f"<li>{link(t.url, t.title)} <small>{esc(t.outlet)}</small></li>" for t in most)
        page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{metas}<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="portal-nav"><a href="https://www.postfach-portal.example/">Postfach</a> <a href="https://mail.postfach-portal.example/">E-Mail</a> <a href="/wetter">Wetter</a> <a href="/shopping">Shopping</a></div>
<header><a class="logo" href="/">{self.site_name}</a><nav><a href="/politik">Politik</a><a href="/panorama">Panorama</a><a href="/wirtschaft">Wirtschaft</a><a href="/sport">Sport</a></nav></header>
<main><article>{logo}<h1>{esc(s.title)}</h1><div class="date">Aktualisiert am {spec.published_at:%d.%m.%Y, %H:%M} Uhr</div>
<div class="article-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}{agency}</article>
<aside><h2>Meistgelesen</h2><ol>{items}</ol></aside></main>
<div class="consent-layer"><p>{esc(consent)}</p><button>Akzeptieren</button></div><footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
