"""Portada Viva: un agregador de noticias en español que republica medios regionales (tipo portal/app)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import ago, choose, es_date, pick


class PortadaVivaEs(Layout):
    name = "c_portada_viva_es"
    language = "es"
    host = "www.portadaviva.example"
    site_name = "Portada Viva"
    families = ("sidebar_widget", "footer_phrase", "logo_link", "meta_tag", "via_meta")
    notes = (
        "Spanish-language aggregator: a 'Ficha' table in the rail with a 'Fuente' row, a closing 'Este artículo "
        "fue publicado originalmente en …', the medium's logo linking to its home, 'vía' in the meta line, or "
        "only a meta tag; 'Lo más visto', a lottery-results box, an app banner and a cookie notice."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/noticia/{n + 55000}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        rows = [("Sección", st.section or "Actualidad"), ("Publicado", es_date(spec.published_at))]
        metas = ""
        logo = ""
        closing = ""
        meta_line = f"{ago(spec, 'es')}"
        if fam == "sidebar_widget":
            rows.insert(0, (choose(rng, ("Fuente", "Medio", "Publicado por")), src.name))
            if rng.random() < 0.5:
                rows.append(("Web", src.domain))
        elif fam == "footer_phrase":
            link = rng.random() < 0.4
            lead = choose(
                rng,
                (
                    "Este artículo fue publicado originalmente en ",
                    "La información fue difundida primero por ",
                    "Contenido elaborado por ",
                ),
            )
            name = f'<a href="{esc(src.article_url)}">{esc(src.name)}</a>' if link else esc(src.name)
            exposes = link
            closing = f'<p class="nota">{esc(lead)}{name}.</p>'
            chrome.append(f"{lead}{src.name}.")
        elif fam == "logo_link":
            alt = choose(rng, ("", f"Logo de {src.name}", ""))
            logo = f'<a class="medio" href="{esc(src.home_url)}" title="{esc(alt)}"><img src="{esc(src.logo)}" alt="{esc(alt)}"></a>'
        elif fam == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="dc.publisher" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="fuente" content="{esc(src.name)}">'
        elif fam == "via_meta":
            meta_line = choose(
                rng,
                (
                    f"vía {src.name} · {ago(spec, 'es')}",
                    f"{ago(spec, 'es')} | vía {src.name}",
                    f"Por {st.author or 'Redacción'} vía {src.name}",
                ),
            )
        rows_html = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows)
        top = pick(spec, 0, 5)
        more = pick(spec, 5, 4)
        chrome += [t.title for t in top + more]
        lottery = "Resultados de la lotería: 04 - 17 - 23 - 31 - 38 - 45, complementario 12"
        app = "Descarga la app de Portada Viva y recibe las noticias de tu región al instante"
        cookies = "Usamos cookies propias y de terceros para analizar la navegación en Portada Viva."
        chrome += [lottery, app, cookies]
        top_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><span class="medio">{esc(t.outlet)}</span></li>'
            for t in top
        )
        more_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in more)
        html = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>{esc(st.title)} | Portada Viva</title>
<meta name="description" content="{esc(st.paragraphs[0][:150])}">
{metas}
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="Portada Viva">
</head><body>
<div class="aviso-cookies"><p>{esc(cookies)}</p><button>Aceptar</button><a href="https://{self.host}/cookies">Configurar</a></div>
<div class="app-banner"><p>{esc(app)}</p><a href="https://apps.example/portadaviva">Descargar</a></div>
<header><a href="https://{self.host}/" class="logo">Portada Viva</a>
<nav><a href="https://{self.host}/espana">España</a> <a href="https://{self.host}/latam">Latinoamérica</a> <a href="https://{self.host}/deportes">Deportes</a></nav></header>
<div class="cols"><main><article>
{logo}
<h1>{esc(st.title)}</h1>
<p class="meta"><time datetime="{iso(spec.published_at)}">{esc(meta_line)}</time></p>
<div class="cuerpo">{paragraphs_html(spec.paragraphs)}</div>
{closing}
<div class="compartir"><a href="https://api.whatsapp.com/send?text={esc(spec.url)}">WhatsApp</a> <a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">Facebook</a></div>
<section><h3>Te puede interesar</h3><ul>{more_html}</ul></section>
</article></main>
<aside><table class="ficha"><caption>Ficha de la noticia</caption>{rows_html}</table>
<h3>Lo más visto</h3><ol>{top_html}</ol><p class="loteria">{esc(lottery)}</p>
<a href="https://ads.anuncios-sur.example/c/7"><img src="https://ads.anuncios-sur.example/b.jpg" alt="Publicidad"></a></aside></div>
<footer><p>Portada Viva reúne noticias de cientos de medios. © 2026 Portada Viva S.L.</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
