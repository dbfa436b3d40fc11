"""Mailpost Nachrichten: a German mail-portal news section (GMX/web.de/t-online-like) carrying partner copy.

A portal bar (E-Mail, Wetter, Lotto), a "Top-Themen" teaser rail, ad slots, a Consent-Manager layer, and the
"Weitere Meldungen" list with the partners' names. Credits: "Quelle: X", a closing "Dieser Artikel erschien
zuerst bei X" / "© X" / "Mit Material von X", a partner logo linking home, "Mehr bei X lesen", or a meta tag
only (``dc.source``, ``original-source``).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class Mailpost(Layout):
    name = "d_mailpost"
    language = "de"
    host = "nachrichten.mailpost.example"
    site_name = "Mailpost Nachrichten"
    families = ("source_line", "footer_phrase", "logo_link", "read_original", "meta_tag")
    notes = "German mail-portal news; 'Quelle: X', 'Dieser Artikel erschien zuerst bei X', 'Mehr bei X lesen'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/panorama/{40100000 + n * 13}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        quelle = ""
        logo = ""
        tail = ""
        if fam == "source_line":
            quelle = f'<p class="article__source">{rng.choice(["Quelle:", "Quelle :", "Verwendete Quellen:"])} {esc(src.name)}</p>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Dieser Artikel erschien zuerst bei {src.name}.",
                    f"\u00a9 {src.name} 2026",
                    f"Mit Material von {src.name}.",
                    f"Dieser Beitrag wurde uns von {src.name} zur Verfügung gestellt.",
                ]
            )
            tail = f'<p class="article__footnote">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "logo_link":
            logo = f'<a class="partner-logo" href="{esc(src.home_url)}" rel="noopener"><img src="{esc(src.logo)}" alt="" width="100"></a>'
        elif fam == "read_original":
            label = rng.choice(
                [f"Mehr bei {src.name} lesen", "Zum Originalartikel", "Weiterlesen beim Partner"]
            )
            tail = (
                f'<a class="btn btn--partner" href="{esc(src.article_url)}" target="_blank">{esc(label)}</a>'
            )
            exposes = True
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
        top = teasers(spec, 4)
        more = teasers(spec, 5, skip=4)
        chrome += [t.title for t in top + more]
        consent = "Wir und unsere Partner verwenden Cookies und ähnliche Technologien. Mit Klick auf Zustimmen willigen Sie ein."
        foot = "\u00a9 2026 Mailpost Media GmbH. Alle Rechte vorbehalten. Impressum | Datenschutz | AGB"
        chrome += [consent, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": "Mailpost",
                "url": "https://www.mailpost.example/",
            },
        }
        page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{metas}{json_ld(ld)}</head>
<body><div id="cmp-layer" class="cmp">{esc(consent)} <button>Zustimmen</button> <button>Einstellungen</button></div>
<div class="portalbar"><a href="https://www.mailpost.example/">Mailpost</a><a href="/email">E-Mail</a><a href="/wetter">Wetter</a><a href="/lotto">Lotto</a></div>
<div class="topthemen"><h2>Top-Themen</h2>{"".join(f'<a class="teaser" href="{esc(t.url)}">{esc(t.title)}</a>' for t in top)}</div>
<main class="content"><article class="article">{logo}<h1 class="article__headline">{esc(s.title)}</h1>
<div class="article__meta"><time datetime="{iso(spec.published_at)}">{spec.published_at:%d.%m.%Y, %H:%M} Uhr</time></div>{quelle}
<div class="article__text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs[:2])}<div class="ad ad--medrec" data-ad="mr1"></div>{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs[2:])}</div>{tail}</article>
<section class="weitere"><h3>Weitere Meldungen</h3><ul>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="quelle">{esc(t.outlet)}</span></li>' for t in more)}</ul></section></main>
<footer class="footer"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
