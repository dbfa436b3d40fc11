"""Cote & Marchés: a French retail-finance portal (Boursorama-like) that runs partners' market stories.

Finance chrome: an index ticker (CAC 40, Euro Stoxx 50, Brent, EUR/USD), "Mon portefeuille", a quote box,
"Les dernières actualités" naming their partners, a forum teaser, a regulatory disclaimer about the portal
itself. Partner credits: a byline that is the partner's name, a partner tag in parentheses after the time
("(Zone Marchés)"), the partner as ``author`` organisation in the JSON-LD only, or a closing "Les
informations publiées sont sous la seule responsabilité de X" disclaimer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class BourseFlux(Layout):
    name = "f_bourse_flux"
    language = "fr"
    host = "www.cote-et-marches.example"
    site_name = "Cote & Marchés"
    families = ("byline_outlet", "badge", "jsonld", "disclaimer")
    notes = "Boursorama-like finance portal: partner byline, '(Partner)' tag by the time, author organisation in JSON-LD, responsibility disclaimer"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualite-economique/actualites/{title_slug(story.title)}-{n:010d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        by = ""
        tag = ""
        closing = ""
        author: dict[str, object] = {"@type": "Organization", "name": self.site_name}
        if fam == "byline_outlet":
            text = rng.choice(
                [f"par {shown}", f"{s.author or 'La rédaction'} - {shown}", f"Rédigé par {shown}"]
            )
            by = f'<span class="c-source__name">{esc(text)}</span>'
        elif fam == "badge":
            tag = (
                f' <span class="c-source__tag">({esc(shown)})</span>'
                if rng.random() < 0.5
                else f' <span class="c-source__tag">{esc(shown)}</span>'
            )
        elif fam == "jsonld":
            author = {"@type": "Organization", "name": shown}
            if rng.random() < 0.5:
                author["url"] = src.home_url
        elif fam == "disclaimer":
            text = rng.choice(
                [
                    f"Les informations publiées sont sous la seule responsabilité de {shown}.",
                    f"Contenu fourni par {shown} ; Cote & Marchés n'est pas responsable de son exactitude.",
                ]
            )
            closing = f'<p class="c-disclaimer">{esc(text)}</p>'
            chrome.append(text)
        news = other_items(spec, 5)
        chrome += [t.title for t in news]
        ticker = "CAC 40 7 412,55 +0,38 % · Euro Stoxx 50 4 905,12 +0,21 % · Brent 81,40 $ · EUR/USD 1,0842"
        amf = "Cote & Marchés ne fournit aucun conseil en investissement. Investir comporte un risque de perte en capital."
        foot = "© 2026 Cote & Marchés – Données de marché différées de 15 minutes – Conditions générales"
        chrome += [ticker, amf, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": author,
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        items = "".join(
            f'<li>{link(t.url, t.title)} <span class="c-source">{esc(t.outlet)}</span></li>' for t in news
        )
        page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{esc(self.site_name)}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="c-ticker"><p>{esc(ticker)}</p></div><header><a class="c-logo" href="/">{esc(self.site_name)}</a><nav><a href="/bourse">Bourse</a><a href="/portefeuille">Mon portefeuille</a><a href="/forum">Forum</a><a href="/actualite-economique">Actualités</a></nav></header>
<main><article class="c-news-detail"><h1 class="c-title">{esc(s.title)}</h1><div class="c-source">{by}<time datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H:%M}</time>{tag}</div>
<div class="c-news-detail__content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}
<div class="c-forum">Réagir sur le forum ({spec.seed % 40} messages)</div></article>
<aside><div class="c-quote">CAC 40 <b>7 412,55</b></div><h3>Les dernières actualités</h3><ul>{items}</ul></aside></main>
<p class="c-amf">{esc(amf)}</p><footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
