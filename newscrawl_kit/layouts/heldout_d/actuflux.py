"""Actu Flux: a French portal news feed in the Orange Actu / Boursorama mould (partner content in a portal frame).

A portal header (mail, météo, horoscope), a "fil info" column, a partner logo over the title, "Source :" under the
date, "Lire la suite sur X" at the end, "Par ... pour X" bylines, a CMP consent box ("Vos choix concernant les
cookies"), "À lire aussi" and "Les plus lus" blocks, and a JSON-LD block that may name the partner only there.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers

_DIT = ("a-t-il indiqué à l'AFP", "a-t-elle confié au Parisien", "a-t-il déclaré sur franceinfo")


class ActuFlux(Layout):
    name = "d_actuflux"
    language = "fr"
    host = "actu.fluxinfo.example"
    site_name = "Actu Flux"
    families = ("source_line", "read_original", "logo_link", "byline_outlet", "jsonld")
    notes = "Orange-Actu/Boursorama-like portal; 'Source :', 'Lire la suite sur X', 'Par ... pour X'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualites/{(n * 2654435761) % 10**9:09d}-fil.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        body = list(spec.paragraphs)
        quoted = [q for q in _DIT if src.name not in q]
        if rng.random() < 0.3 and len(body) > 2:
            body.insert(
                2,
                f"\u00ab Nous suivons la situation de près \u00bb, {rng.choice(quoted)} un responsable du dossier.",
            )
        byline = "Par la rédaction d'Actu Flux" if rng.random() < 0.5 else ""
        srcline = ""
        logo = ""
        end = ""
        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "source_line":
            srcline = (
                f'<p class="source">{rng.choice(["Source :", "Source:", "Crédit :"])} {esc(src.name)}</p>'
            )
        elif fam == "read_original":
            label = rng.choice(
                [
                    f"Lire la suite sur {src.name}",
                    "Lire l'article sur le site du partenaire",
                    f"Voir l'article sur {src.name}",
                ]
            )
            end = f'<a class="btn-partenaire" href="{esc(src.article_url)}" target="_blank">{esc(label)}</a>'
            exposes = True
        elif fam == "logo_link":
            logo = f'<div class="partenaire"><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="" width="90"></a></div>'
        elif fam == "byline_outlet":
            who = s.author or "la rédaction"
            byline = rng.choice([f"Par {who} pour {src.name}", f"{src.name} \u2013 {who}", f"Par {src.name}"])
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["sourceOrganization"] = {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                }
            else:
                ld["isBasedOn"] = {"@type": "CreativeWork", "url": src.article_url}
                exposes = True
        fil = teasers(spec, 5)
        lire = teasers(spec, 3, skip=5)
        chrome += [t.title for t in fil + lire]
        cmp = "Vos choix concernant les cookies : nous et nos partenaires utilisons des cookies pour mesurer l'audience"
        foot = "\u00a9 Actu Flux 2026 - Tous droits réservés. Les contenus partenaires sont publiés sous leur responsabilité."
        chrome += [cmp, foot]
        page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><meta property="og:locale" content="fr_FR">
<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head><body>
<div id="cmp" class="cmp-banner">{esc(cmp)} <button>Tout accepter</button> <button>Paramétrer</button></div>
<div class="portail"><ul class="services"><li><a href="/mail">Mail</a></li><li><a href="/meteo">Météo</a></li><li><a href="/horoscope">Horoscope</a></li></ul>
<a class="logo-portail" href="/">{self.site_name}</a></div>
<div id="page"><div class="col-gauche"><div class="article">{logo}<h1>{esc(s.title)}</h1>
<div class="infos"><span class="auteur">{esc(byline)}</span> <span class="date">Publié le {spec.published_at:%d/%m/%Y à %Hh%M}</span></div>{srcline}
<div class="texte">{"".join(f"<p>{esc(p)}</p>" for p in body)}</div>{end}
<div class="partage"><a href="#">Partager</a> <a href="#">Envoyer</a> <a href="#">Imprimer</a></div>
<div class="alire"><h3>À lire aussi</h3>{"".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in lire)}</div></div></div>
<div class="col-droite"><div class="fil"><h3>Fil info</h3><ul>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span>{esc(t.outlet)}</span></li>' for t in fil)}</ul></div></div></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome), body=tuple(body))
