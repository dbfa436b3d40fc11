"""NoticiasYa: a Spanish-language news aggregator in the manner of Yahoo Noticias, MSN España and the
Spanish/Latin American portals that carry agency and partner copy (EFE, Europa Press, The Conversation).

Credits: a "Fuente:" line, a Creative Commons notice ("Este artículo fue publicado originalmente en X. Lea el
original."), an agency-style dateline opening the body, meta tags only, a "Sobre la fuente" box. Distractors:
"Te puede interesar" and "Lo más leído" naming other outlets, a photo credited to an agency, a cookie notice
("Utilizamos cookies propias y de terceros"), the portal's name in og:site_name, JSON-LD and footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    StoryText,
    esc,
    iso,
    json_ld,
    paragraphs_html,
)
from newscrawl_kit.layouts.heldout._common import (
    ES_MONTHS,
    excerpt,
    keep,
    latin_name,
    photo_credit,
    stable_id,
)

CITIES = ("Madrid", "Barcelona", "Zaragoza", "Valencia", "Sevilla", "Bilbao")


class NoticiasYa(Layout):
    name = "noticias_ya"
    language = "es"
    host = "www.noticiasya-hoy.example"
    site_name = "NoticiasYa"
    families = ("source_line", "cc_notice", "wire_dateline", "meta_tag", "sidebar_widget")
    notes = (
        "Spanish portal (Yahoo Noticias / MSN España style): 'Fuente: X', The Conversation-style CC notice in "
        "Spanish, 'Madrid, 4 mar (X).-' dateline, meta tags, 'Sobre la fuente' box"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return (
            f"https://{self.host}/noticias/{2026}/{n % 12 + 1:02d}/{stable_id(story.key, 99999)}{n:04d}.html"
        )

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        body = list(spec.paragraphs)
        shown_body: tuple[str, ...] | None = None
        when = spec.published_at
        metas = fuente = notice = box = ""

        if spec.family == "source_line":
            text = rng.choice(
                [f"Fuente: {name}", f"Información de {name}", f"Vía: {name}", f"Con información de {name}"]
            )
            fuente = f'<p class="fuente">{esc(text)}</p>'
            keep(chrome, text)
        elif spec.family == "cc_notice":
            kind = rng.randrange(3)
            if kind == 0:
                text = f"Este artículo fue publicado originalmente en {name}."
                link = "Lea el original."
                notice = f'<p class="licencia">{esc(text)} <a href="{esc(src.article_url)}">{link}</a></p>'
                keep(chrome, f"{text} {link}")
                exposes = True
            elif kind == 1:
                text = f"Republicado de {name} bajo licencia Creative Commons BY-ND 4.0."
                notice = (
                    f'<div class="licencia"><img src="https://licensebuttons.net/l/by-nd/4.0/88x31.png" alt="Licencia Creative Commons"> '
                    f"{esc(text)}</div>"
                )
                keep(chrome, text)
            else:
                text = f"Este contenido de {name} se reproduce bajo una licencia Creative Commons Atribución 4.0."
                notice = f'<p class="licencia"><small>{esc(text)}</small></p>'
                keep(chrome, text)
        elif spec.family == "wire_dateline":
            city = rng.choice(CITIES)
            prefix = rng.choice(
                [
                    f"{city}, {when.day} {ES_MONTHS[when.month - 1][:3]} ({name}).-",
                    f"{city.upper()} ({name}) -",
                    f"{city} ({name}) —",
                ]
            )
            body[0] = f"{prefix} {body[0]}"
            shown_body = tuple(body)
        elif spec.family == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="source" content="{esc(name)}">'
            else:
                metas = f'<meta name="DC.source" content="{esc(src.article_url)}">'
                exposes = True
        elif spec.family == "sidebar_widget":
            heading = rng.choice(["Sobre la fuente", "Medio de origen", "Fuente de la noticia"])
            more = rng.choice(
                [f"Más noticias de {name}", f"Lo último de {name}", f"Ver todo lo publicado por {name}"]
            )
            link = rng.choice([src.home_url, src.article_url])
            exposes = link == src.article_url
            box = f"""<div class="widget fuente-box"><h3>{heading}</h3><a href="{esc(link)}"><img src="{esc(src.logo)}" alt="" width="120"></a>
<p><a href="{esc(link)}">{esc(more)}</a></p></div>"""
            keep(chrome, more)

        interest = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="medio">{esc(t.outlet)}</span></li>'
            for t in spec.teasers[:5]
        )
        most = "".join(
            f'<li><a href="{esc(t.url)}"><b>{i + 1}.</b> {esc(t.title)}</a></li>'
            for i, t in enumerate(spec.teasers[5:10])
        )
        keep(chrome, *(t.title for t in spec.teasers[:10]))
        caption = rng.choice(
            [
                f"Foto: {photo_credit(s, 'EFE', 'Europa Press')}/Archivo",
                f"Imagen de archivo. {photo_credit(s, 'EFE', 'Europa Press')}",
            ]
        )
        cookies = "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada"
        newsletter = "Suscríbete al boletín de NoticiasYa y recibe las noticias del día cada mañana"
        footer = "© 2026 NoticiasYa. Todos los derechos reservados. Aviso legal · Política de privacidad"
        keep(chrome, caption, cookies, newsletter, footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "inLanguage": "es",
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        page = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} | NoticiasYa</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
{metas}
<meta property="og:site_name" content="NoticiasYa">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body>
<div class="aviso-cookies"><p>{cookies}</p><button>Aceptar</button><button>Configurar</button></div>
<header class="cabecera"><a href="/" class="logo"><img src="/img/noticiasya.svg" alt="NoticiasYa"></a>
<nav><a href="/espana/">España</a> <a href="/internacional/">Internacional</a> <a href="/economia/">Economía</a> <a href="/deportes/">Deportes</a> <a href="/tiempo/">El tiempo</a></nav></header>
<div class="contenedor"><main class="noticia">
<h1>{esc(s.title)}</h1>
<div class="fecha">{when.day} de {ES_MONTHS[when.month - 1]} de {when.year}, {when:%H:%M}</div>
<figure><img src="https://img.noticiasya-hoy.example/{stable_id(s.key)}.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="cuerpo">{paragraphs_html(body)}</div>
{fuente}
{notice}
<div class="compartir"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">Facebook</a> <a href="https://x.com/intent/tweet?url={esc(spec.url)}">X</a> <a href="https://api.whatsapp.com/send?text={esc(spec.url)}">WhatsApp</a></div>
<section class="interes"><h2>Te puede interesar</h2><ul>{interest}</ul></section>
</main>
<aside class="lateral">{box}<div class="widget"><h3>Lo más leído</h3><ol>{most}</ol></div>
<div class="widget boletin"><p>{newsletter}</p><input type="email"></div></aside></div>
<footer class="pie"><p>{footer}</p></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome), body=shown_body)
