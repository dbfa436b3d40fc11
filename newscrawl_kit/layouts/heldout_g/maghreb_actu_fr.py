"""Maghreb Infos Express: a francophone Moroccan/Algerian news aggregator republishing French-language outlets.

A busy portal: a prayer-free top bar with exchange rates (MAD, DZD, TND), a "Fil info" ticker, the copied
article with a "Rubrique" chip, an "À lire aussi" block, a "Les plus lus" sidebar naming other outlets, and a
footer in French with the site's own name. Credits: a "Source :" label under the text, a closing "Cet article
est paru initialement sur" sentence, the outlet's logo linking home, or the JSON-LD only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown


class MaghrebActuFr(Layout):
    name = "g_maghreb_actu_fr"
    language = "fr"
    host = "www.maghreb-infos-express.example"
    site_name = "Maghreb Infos Express"
    families = ("source_line", "footer_phrase", "logo_link", "jsonld")
    notes = "Francophone Maghreb aggregator (FX bar, 'Fil info' ticker): 'Source :' line, 'paru initialement sur', logo link, JSON-LD only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualite/{latin_slug(story.title)}_{n * 13 + 5000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        tail = ""
        logo = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "source_line":
            tail = f'<p class="source">{rng.choice(["Source :", "Source:", "Source : "])} {esc(src.name)}</p>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Cet article est paru initialement sur {src.name}.",
                    f"Article repris de {src.name}, tous droits réservés.",
                    f"Retrouvez cette information sur le site de {src.name}.",
                ]
            )
            tail = f'<p class="repris"><em>{esc(line)}</em></p>'
            chrome.append(line)
        elif fam == "logo_link":
            alt = rng.choice(["", src.name, "Logo de la source"])
            logo = f'<a class="src-logo" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="22"></a>'
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["isBasedOn"] = src.article_url
                exposes = True
            else:
                ld["sourceOrganization"] = {"@type": "Organization", "name": src.name}
            if rng.random() < 0.3:
                ld["author"] = {"@type": "Organization", "name": src.name}
        ticker = others(spec, 4)
        also = others(spec, 2, skip=4)
        most = others(spec, 4, skip=6)
        chrome += [t.title for t in ticker + also + most]
        tick = " — ".join(esc(t.title) for t in ticker)
        also_html = "".join(f"<li>{a(t.url, t.title)}</li>" for t in also)
        most_html = "".join(f"<li>{a(t.url, t.title)} <span>{esc(t.outlet)}</span></li>" for t in most)
        photo = f"Illustration. Crédit photo : {s.agency}" if s.agency else "Illustration. Crédit photo : DR"
        chrome.append(photo)
        fx = "1 EUR = 10,84 MAD · 1 EUR = 146,20 DZD · 1 EUR = 3,39 TND"
        foot = "Maghreb Infos Express — l'actualité du Maroc, de l'Algérie et de la Tunisie en continu"
        chrome += [fx, foot]
        page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - Maghreb Infos Express</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div class="fx">{fx}</div><header><a href="https://{self.host}/">Maghreb Infos Express</a><nav><a href="/maroc">Maroc</a> <a href="/algerie">Algérie</a> <a href="/tunisie">Tunisie</a> <a href="/monde">Monde</a></nav></header>
<div class="fil"><b>Fil info</b> {tick}</div>
<div class="cols"><article><span class="rubrique">{esc(s.section or "Actualité")}</span><h1>{esc(s.title)}</h1>
<div class="meta">{logo}<time datetime="{iso(spec.published_at)}">Publié le {spec.published_at:%d/%m/%Y à %Hh%M}</time></div>
<figure><img src="https://{self.host}/img/{spec.seed % 500}.jpg" alt=""><figcaption>{esc(photo)}</figcaption></figure><div class="texte">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}
<div class="a-lire"><h3>À lire aussi</h3><ul>{also_html}</ul></div></article>
<aside><h3>Les plus lus</h3><ol>{most_html}</ol></aside></div><footer><p>{foot}</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
