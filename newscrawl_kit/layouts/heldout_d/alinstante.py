"""Noticias al Instante: a Latin-American Spanish aggregator (Yahoo Noticias / MSN es-like) on Bootstrap.

Inline styles, a "Lo más visto" list, a WhatsApp-channel banner, "Te puede interesar" cards, and credits in the
region's wordings: "Fuente: X", "Este artículo fue publicado originalmente en X", "Con información de X",
"Lee la nota completa en X", a partner logo, a republication notice ("Este artículo se publicó
originalmente en X. Lea el original.") or a small publisher label.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class AlInstante(Layout):
    name = "d_alinstante"
    language = "es"
    host = "noticiasalinstante.example"
    site_name = "Noticias al Instante"
    families = ("source_line", "footer_phrase", "read_original", "logo_link", "cc_notice", "badge")
    notes = "Spanish aggregator; 'Fuente: X', 'Con información de X', 'Lee la nota completa en X', CC notice"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/nota/{n}/{(n * 40503) % 10**6}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        label = ""
        fuente = ""
        tail = ""
        logo = ""
        if fam == "source_line":
            fuente = f'<p style="font-size:13px;color:#666"><b>Fuente:</b> {esc(src.name)}</p>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Este artículo fue publicado originalmente en {src.name}.",
                    f"Con información de {src.name}.",
                    f"Nota publicada por {src.name}.",
                ]
            )
            tail = f'<p style="font-style:italic">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(
                [
                    f"Lee la nota completa en {src.name}",
                    "Ver nota original",
                    "Sigue leyendo en el sitio original",
                ]
            )
            tail = f'<p><a class="btn btn-danger" href="{esc(src.article_url)}" target="_blank">{esc(text)}</a></p>'
            exposes = True
        elif fam == "logo_link":
            logo = f'<a href="{esc(src.home_url)}" target="_blank" style="display:inline-block"><img src="{esc(src.logo)}" alt="" style="height:22px"></a>'
        elif fam == "cc_notice":
            tail = (
                f'<p style="border-top:1px solid #ddd">Este artículo se publicó originalmente en {esc(src.name)} y se '
                f'reproduce bajo una licencia Creative Commons. <a href="{esc(src.article_url)}">Lea el original</a>.</p>'
            )
            chrome.append(
                f"Este artículo se publicó originalmente en {src.name} y se reproduce bajo una licencia Creative Commons."
            )
            exposes = True
        elif fam == "badge":
            label = f'<span class="badge bg-secondary">{esc(src.name)}</span>'
        visto = teasers(spec, 5)
        interes = teasers(spec, 3, skip=5)
        chrome += [t.title for t in visto + interes]
        wa = "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día"
        foot = "Noticias al Instante \u00a9 2026. Todos los derechos reservados. Aviso de privacidad"
        chrome += [wa, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body style="margin:0;font-family:Arial"><nav class="navbar navbar-dark bg-dark"><a class="navbar-brand" href="/">{self.site_name}</a><a class="nav-link" href="/mexico">México</a><a class="nav-link" href="/mundo">Mundo</a><a class="nav-link" href="/deportes">Deportes</a></nav>
<div class="container"><div class="row"><div class="col-md-8"><div style="padding:10px 0">{logo}{label}</div>
<h1 style="font-size:28px">{esc(s.title)}</h1><div style="color:#999;font-size:12px">{spec.published_at:%d/%m/%Y %H:%M}</div>{fuente}
<div class="cuerpo">{"".join(f'<p style="line-height:1.6">{esc(p)}</p>' for p in spec.paragraphs)}</div>{tail}
<div style="background:#25d366;color:#fff;padding:8px">{esc(wa)}</div>
<div class="interes"><h4>Te puede interesar</h4>{"".join(f'<div class="card"><a href="{esc(t.url)}">{esc(t.title)}</a></div>' for t in interes)}</div></div>
<div class="col-md-4"><h4>Lo más visto</h4><ul class="list-unstyled">{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small style="color:#888">{esc(t.outlet)}</small></li>' for t in visto)}</ul></div></div></div>
<footer style="background:#222;color:#aaa;padding:20px"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
