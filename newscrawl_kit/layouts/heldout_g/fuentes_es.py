"""Titulares al Día: a Spanish-language news aggregator that files copies under ``/fuente/<outlet>/<id>``.

A regional portal in the style of the Spanish and Latin American "agregadores": a province selector, a
"Lo más visto" block, the copied story with a red source chip, a "Sobre la fuente" card in the right column
and a dense footer of provinces. Credits: the chip by the headline, a closing "publicada originalmente en"
sentence, the source card (name, logo, link to its home or the article), or the URL segment only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, refuse_stray_slug, shown, slug_of


class FuentesEs(Layout):
    name = "g_fuentes_es"
    language = "es"
    host = "www.titularesaldia.example"
    site_name = "Titulares al Día"
    families = ("badge", "footer_phrase", "sidebar_widget", "url_slug")
    notes = "Spanish regional aggregator: /fuente/<slug>/<id> URLs, source chip, 'publicada originalmente en', 'Sobre la fuente' card"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/fuente/{slug_of(story.source)}/{latin_slug(story.title)}-{90000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/noticia/{latin_slug(story.title)}-{90000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_stray_slug(self.name, spec)
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        chip = ""
        closing = ""
        card = ""
        if fam == "badge":
            chip = f'<span class="chip-fuente">{esc(rng.choice([src.name, "Vía " + src.name, src.name.upper()]))}</span>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Esta noticia fue publicada originalmente en {src.name}.",
                    f"Noticia elaborada por {src.name}; reproducida con permiso.",
                    f"Puedes leer la información completa en {src.name}.",
                ]
            )
            closing = f'<p class="origen">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "sidebar_widget":
            to_article = rng.random() < 0.4
            target = src.article_url if to_article else src.home_url
            exposes = to_article
            more = rng.choice(
                ["Ver la noticia en su web", f"Más noticias de {src.name}", "Visitar la fuente"]
            )
            card = (
                f'<div class="sobre-fuente"><h4>Sobre la fuente</h4><img src="{esc(src.logo)}" alt="{esc(src.name)}">'
                f"<strong>{esc(src.name)}</strong>{a(target, more)}</div>"
            )
            chrome.append(more)
        most = others(spec, 5)
        chrome += [t.title for t in most]
        items = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><small>{esc(t.outlet)}</small></li>' for t in most
        )
        provs = "Álava · Albacete · Alicante · Almería · Asturias · Ávila · Badajoz · Barcelona · Burgos"
        legal = "Titulares al Día agrega titulares y enlaces de medios de toda España y América Latina"
        chrome += [provs, legal]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": iso(spec.published_at),
              "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(s.title)} | Titulares al Día</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<header><a href="https://{self.host}/" class="marca">Titulares al Día</a><select name="provincia"><option>Elige tu provincia</option></select></header>
<div class="grid"><main><div class="antetitulo">{chip}<time datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H:%M}</time></div>
<h1>{esc(s.title)}</h1><div class="cuerpo">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}</main>
<aside>{card}<div class="mas-visto"><h3>Lo más visto</h3><ol>{items}</ol></div></aside></div>
<footer><p>{provs}</p><p>{legal}</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
