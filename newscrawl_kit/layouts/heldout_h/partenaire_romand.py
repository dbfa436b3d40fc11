"""Infos Lac : a Swiss-French portal that runs stories from its partner dailies under a partner badge.

Portals of the Romandie/Belgium (regional telecom or city portals) carry partner articles: a
"PARTENAIRE" badge over the title naming the daily, "En partenariat avec" and the daily's logo linking home,
a closing "Cet article est paru dans X" (or "Article publié initialement par X"), or only the partner
in the NewsArticle graph (``sourceOrganization``). Chrome: a "Flash" ticker, "Météo Lausanne", "À lire
aussi" naming other papers, a consent layer and the portal's footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class PartenaireRomand(Layout):
    name = "h_partenaire_romand"
    language = "fr"
    host = "www.infos-lac.example"
    site_name = "Infos Lac"
    families = ("badge", "logo_link", "footer_phrase", "jsonld", "cc_notice")
    notes = "Swiss-French portal with partner dailies: 'PARTENAIRE X' badge, 'En partenariat avec' logo link, 'Cet article est paru dans X', sourceOrganization, CC reprint line"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actu/regions/{n + 2100000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        badge = '<span class="kicker">Régions</span>'
        logo = ""
        closing = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "badge":
            text = rng.choice([f"PARTENAIRE · {src.name}", src.name, f"Article {src.name}"])
            badge = f'<span class="kicker kicker--partner" data-partner="{spec.seed % 40}">{esc(text)}</span>'
        elif fam == "logo_link":
            alt = rng.choice(["", "", "Partenaire", src.name])
            logo = f'<div class="partner-logo"><span>En partenariat avec</span> <a href="{esc(src.home_url)}" target="_blank"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="24"></a></div>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Cet article est paru dans {src.name}.",
                    f"Article publié initialement par {src.name}.",
                    f"Cet article a d'abord été publié par notre partenaire {src.name}.",
                ]
            )
            closing = f'<p class="partner-footer"><i>{esc(line)}</i></p>'
            chrome.append(line)
        elif fam == "jsonld":
            org: dict[str, object] = {"@type": "NewsMediaOrganization", "name": src.name}
            if rng.random() < 0.5:
                org["sameAs"] = src.home_url
            ld["sourceOrganization"] = org
        elif fam == "cc_notice":
            text = rng.choice(
                [
                    f"Article de {src.name} repris sous licence Creative Commons BY-NC-ND.",
                    f"Republication autorisée : contenu de {src.name} sous licence CC BY-SA 4.0.",
                    f"Ce texte de {src.name} est diffusé sous licence Creative Commons (CC BY 4.0).",
                ]
            )
            more = ""
            if rng.random() < 0.5:
                exposes = True
                more = " " + a(src.article_url, "Lire l’original")
            closing = f'<p class="licence">{esc(text)}{more}</p>'
            chrome.append(text)
        flash = pick(spec, 4)
        also = pick(spec, 4, skip=4)
        chrome += [t.title for t in flash + also]
        consent = "Nous et nos partenaires utilisons des cookies pour personnaliser le contenu et mesurer l'audience."
        meteo = "Météo Lausanne : 7°C, éclaircies l'après-midi — bise modérée sur le Léman"
        foot = f"© 2026 {self.site_name} — Tous droits réservés · Conditions d'utilisation · Protection des données"
        chrome += [consent, meteo, foot]
        tick = "".join(f"<li>{a(t.url, t.title)}</li>" for t in flash)
        more = "".join(f'<li>{a(t.url, t.title)}<span class="src"> {esc(t.outlet)}</span></li>' for t in also)
        page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="consent-layer"><p>{esc(consent)}</p><button>J'accepte</button></div>
<header><a href="/" class="logo"><svg width="30" height="30" viewBox="0 0 30 30"><path d="M0 20 Q15 5 30 20" stroke="#06c" fill="none"/></svg>{self.site_name}</a><div class="meteo">{esc(meteo)}</div></header>
<div class="flash"><strong>Flash</strong><ul>{tick}</ul></div>
<main><article class="article">{badge}<h1>{esc(s.title)}</h1><p class="date">{spec.published_at:%d.%m.%Y, %H:%M}</p>{logo}
<div class="article-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}</div></article>
<section class="also"><h2>À lire aussi</h2><ul>{more}</ul></section></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
