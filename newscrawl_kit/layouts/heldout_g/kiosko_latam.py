"""Kiosko Continental: a Latin American press-kiosk aggregator (front pages plus republished stories).

A kiosk portal: a country bar (México, Colombia, Argentina, Chile, Perú), "Portadas de hoy" thumbnails of
front pages, the copied story with a "Publicado por" line, "Te puede interesar" naming other outlets and a
legal footer. Credits: a "por X · hace 2 horas" meta line, a closing disclaimer that the content belongs to the
outlet and the kiosk does not answer for it, a Creative Commons republication note (independent
newsrooms that publish under CC licences), or only a canonical (and og:url) to the outlet's article.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown


class KioskoLatam(Layout):
    name = "g_kiosko_latam"
    language = "es"
    host = "www.kioskocontinental.example"
    site_name = "Kiosko Continental"
    families = ("via_meta", "disclaimer", "canonical", "cc_notice")
    notes = "Latin American press kiosk (front-page thumbnails): 'por X · hace 2 horas' meta, ownership disclaimer, CC note, canonical only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/nota/{n * 11 + 700}/{latin_slug(story.title)}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        head = f'<link rel="canonical" href="{esc(spec.url)}">'
        hours = spec.seed % 8 + 1
        meta = f'<p class="meta">Publicado hace {hours} horas</p>'
        tail = ""
        if fam == "via_meta":
            line = rng.choice(
                [
                    f"por {src.name} · hace {hours} horas",
                    f"Publicado por {src.name}",
                    f"{src.name} — {spec.published_at:%d/%m/%Y}",
                ]
            )
            meta = f'<p class="meta">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"Este contenido pertenece a {src.name}. Kiosko Continental no se hace responsable de las opiniones aquí publicadas.",
                    f"Nota publicada por {src.name}; su contenido es responsabilidad exclusiva del medio.",
                    f"Los derechos de esta información corresponden a {src.name}.",
                ]
            )
            tail = f'<p class="aviso">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "cc_notice":
            linked = rng.random() < 0.5
            name = a(src.article_url, src.name) if linked else esc(src.name)
            lic = rng.choice(["Creative Commons BY-NC-ND 4.0", "CC BY-SA 4.0"])
            if rng.random() < 0.5:
                plain = f"Este artículo fue publicado originalmente por {src.name} bajo una licencia {lic}."
                markup = f"Este artículo fue publicado originalmente por {name} bajo una licencia {esc(lic)}."
            else:
                plain = f"Republicado de {src.name} con licencia {lic}. Lee el original."
                markup = f"Republicado de {name} con licencia {esc(lic)}. Lee el original."
            tail = f'<p class="cc">{markup}</p>'
            chrome.append(plain)
            exposes = linked
        elif fam == "canonical":
            head = f'<link rel="canonical" href="{esc(src.article_url)}">'
            if rng.random() < 0.6:
                head += f'<meta property="og:url" content="{esc(src.article_url)}">'
            exposes = True
        covers = others(spec, 4)
        more = others(spec, 4, skip=4)
        chrome += [t.title for t in more]
        cover_html = "".join(
            f'<figure><img src="https://{self.host}/portadas/{i}.jpg" alt=""><figcaption>{esc(t.outlet)}</figcaption></figure>'
            for i, t in enumerate(covers)
        )
        more_html = "".join(f"<li>{a(t.url, t.title)} <em>{esc(t.outlet)}</em></li>" for t in more)
        legal = "Kiosko Continental reúne las portadas y noticias de los principales diarios de América"
        chrome.append(legal)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "datePublished": iso(spec.published_at),
              "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="es-419"><head><meta charset="utf-8"><title>{esc(s.title)} | Kiosko Continental</title>{head}
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div class="paises"><a href="/mx">México</a> <a href="/co">Colombia</a> <a href="/ar">Argentina</a> <a href="/cl">Chile</a> <a href="/pe">Perú</a></div>
<header><a href="https://{self.host}/">Kiosko Continental</a></header>
<section class="portadas"><h2>Portadas de hoy</h2>{cover_html}</section>
<article><h1>{esc(s.title)}</h1>{meta}<div class="nota">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}</article>
<aside><h3>Te puede interesar</h3><ul>{more_html}</ul></aside><footer><p>{legal}</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
