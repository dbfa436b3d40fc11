"""Noticias Altiplano: a Latin American portal that rewrites little and credits the way such portals do.

A Spanish-language regional portal (Andean/Mexican "portal de noticias" on a newspaper theme): the
"Lo último" ticker, a dollar/weather strip, "Redacción" bylines, "Te puede interesar" cards naming other
outlets and WhatsApp-channel prompts. Credits: "Con información de X" closing the text, a "Fuente: X"
line under the title, the wire-style dateline "CIUDAD, 4 mar (X).-" opening it, or the byline "Redacción
/ X".
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, dated, pick, words_slug

_MES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


class LatamPortal(Layout):
    name = "h_latam_portal"
    language = "es"
    host = "www.noticiasaltiplano.example"
    site_name = "Noticias Altiplano"
    families = ("footer_phrase", "source_line", "wire_dateline", "byline_outlet")
    notes = "Latin American portal: 'Con información de X' closing, 'Fuente: X' under the title, 'CIUDAD, 4 mar (X).-' dateline, 'Redacción / X' byline"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/nacional/{words_slug(story.title)}-{n + 500000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        body = None
        byline = "Redacción"
        fuente = ""
        closing = ""
        if fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Con información de {src.name}.",
                    f"Con información de {src.name} y agencias.",
                    f"*Nota publicada originalmente en {src.name}.",
                ]
            )
            closing = f'<p class="nota-final"><strong>{esc(line)}</strong></p>'
            chrome.append(line)
        elif fam == "source_line":
            text = rng.choice([f"Fuente: {src.name}", f"FUENTE: {src.name}", f"Fuente / {src.name}"])
            fuente = f'<p class="fuente">{esc(text)}</p>'
        elif fam == "wire_dateline":
            d = spec.story.published_at
            city = rng.choice(["LA PAZ", "LIMA", "CIUDAD DE MÉXICO", "QUITO"])
            template = (
                f"{city}, {d.day} {_MES[d.month - 1]} ({{wire}}).- "
                if rng.random() < 0.6
                else f"{city} ({{wire}}) — "
            )
            body = dated(spec, template)
        elif fam == "byline_outlet":
            byline = rng.choice(
                [
                    f"Redacción / {src.name}",
                    f"{src.name} | Redacción",
                    f"Por {s.author or 'Redacción'} ({src.name})",
                ]
            )
        last = pick(spec, 4)
        cards = pick(spec, 4, skip=4)
        chrome += [t.title for t in last + cards]
        strip = "Dólar oficial: 6,96 Bs. · Paralelo: 9,80 Bs. · La Paz 14°C, parcialmente nublado"
        wa = "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día"
        foot = f"© 2026 {self.site_name}. Todos los derechos reservados. Prohibida su reproducción total o parcial."
        chrome += [strip, wa, foot]
        if s.agency and fam not in (None, "wire_dateline"):
            cap = f"Foto: {s.agency} / Archivo — imagen de referencia"
            chrome.append(cap)
        else:
            cap = "Imagen de referencia / Archivo de la redacción"
        chrome.append(cap)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "Redacción"},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        paras = body if body is not None else spec.paragraphs
        tick = " | ".join(a(t.url, t.title) for t in last)
        grid = "".join(
            f'<div class="card"><span class="medio">{esc(t.outlet)}</span>{a(t.url, t.title)}</div>'
            for t in cards
        )
        page = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:locale" content="es_LA"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="strip">{strip}</div><header><a href="/" class="logo">{self.site_name}</a><nav><a href="/nacional/">Nacional</a> <a href="/economia/">Economía</a> <a href="/mundo/">Mundo</a> <a href="/deportes/">Deportes</a></nav></header>
<div class="ultimo"><b>Lo último:</b> {tick}</div>
<main><article><h1>{esc(s.title)}</h1>{fuente}<div class="autor"><span>{esc(byline)}</span> · <time datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H:%M}</time></div>
<figure><img src="https://{self.host}/fotos/{spec.seed % 9000}.jpg" alt=""><figcaption>{esc(cap)}</figcaption></figure>
<div class="cuerpo">{"".join(f"<p>{esc(p)}</p>" for p in paras)}{closing}</div>
<div class="compartir"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div><div class="wa-box"><p>{wa}</p></div></article>
<section class="interesar"><h2>Te puede interesar</h2>{grid}</section></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, False, chrome_of(chrome), body=body)
