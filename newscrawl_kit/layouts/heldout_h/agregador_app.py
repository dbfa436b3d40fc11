"""Titulares Ya: the web edition of a Spanish news-aggregator app (an Upday/Squid-type reader).

The reader shows the text under a "Vía X" line, a "Leer la noticia completa en X" button, a "Sobre el
medio" box (the outlet's logo, name and "Más noticias de este medio"), or nothing visible but the
``dc.source`` meta tag its importer writes. Chrome: the "Para ti / Última hora / Local" tabs, a "Tendencias"
list naming other outlets, an install-the-app banner and a GDPR consent line.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class AgregadorApp(Layout):
    name = "h_agregador_app"
    language = "es"
    host = "web.titularesya.example"
    site_name = "Titulares Ya"
    families = ("via_meta", "read_original", "sidebar_widget", "meta_tag")
    notes = "Spanish aggregator app's web edition: 'Vía X' line, 'Leer la noticia completa en X', 'Sobre el medio' box, dc.source meta"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/es/noticia/{n * 104729 % 10**9:09d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        via = f"Hace {spec.seed % 50 + 5} min"
        button = ""
        box = ""
        metas = ""
        if fam == "via_meta":
            via = rng.choice(
                [
                    f"Vía {src.name} · hace {spec.seed % 50 + 5} min",
                    f"vía {src.name}",
                    f"{src.name} · {spec.published_at:%H:%M}",
                ]
            )
            chrome.append(via)
        elif fam == "read_original":
            text = rng.choice(
                [
                    f"Leer la noticia completa en {src.name}",
                    "Leer noticia completa",
                    "Seguir leyendo en la web del medio",
                ]
            )
            button = f'<div class="cta">{a(src.article_url, text, class_="btn-leer", rel="nofollow")}</div>'
            exposes = True
            chrome.append(text)
        elif fam == "sidebar_widget":
            more = rng.choice(
                ["Más noticias de este medio", f"Ver todo de {src.name}", "Seguir a este medio"]
            )
            logo = f'<img src="{esc(src.logo)}" alt="" width="40">' if rng.random() < 0.5 else ""
            box = f'<aside class="sobre-medio"><h3>Sobre el medio</h3>{logo}<p class="medio-nombre">{esc(src.name)}</p>{a(src.home_url, more)}</aside>'
            chrome.append(more)
        elif fam == "meta_tag":
            key = rng.choice(["dc.source", "DC.Source", "original-source"])
            value = src.article_url if key == "original-source" else src.name
            exposes = value == src.article_url
            metas = f'<meta name="{key}" content="{esc(value)}">'
        trend = pick(spec, 5)
        chrome += [t.title for t in trend]
        install = "Descarga la app de Titulares Ya y recibe las noticias que te importan al momento"
        gdpr = "Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada."
        chrome += [install, gdpr]
        rows = "".join(
            f'<li><span class="medio">{esc(t.outlet)}</span> {a(t.url, t.title)}</li>' for t in trend
        )
        page = f"""<!DOCTYPE html><html lang="es-ES"><head><meta charset="utf-8"><title>{esc(s.title)} · {self.site_name}</title>
{metas}<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}"><meta name="robots" content="noindex, follow"></head>
<body><div class="app-banner"><p>{install}</p><a href="https://titularesya.example/app">Abrir</a></div>
<nav class="tabs"><a href="/es/para-ti" class="on">Para ti</a><a href="/es/ultima-hora">Última hora</a><a href="/es/local">Local</a></nav>
<main class="reader"><article><h1>{esc(s.title)}</h1><div class="via">{esc(via)}</div>
<div class="texto">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{button}</article>{box}
<section class="tendencias"><h2>Tendencias</h2><ol>{rows}</ol></section></main>
<footer><p class="gdpr">{gdpr}</p><p>{self.site_name} · Aviso legal · Privacidad</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
