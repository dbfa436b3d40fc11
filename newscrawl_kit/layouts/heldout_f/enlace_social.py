"""Chismes y Meneos: a Menéame-style social news site (users send stories, the page shows the story text).

The "envío" page: a vote box ("menéalo", karma), "por <usuario> a <dominio>" under the title (the domain of
the original, often the only credit), a link from the title or a "leer en X" link to the original, the
text, a comment thread and the site's own "Pendientes"/"Populares" tabs. Other envíos in the side column
name their own domains. Some envíos paste a text with no link at all.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug

_USERS = ("mar_azul", "txema84", "la_vecina", "sr_pimiento", "ohmyneuron")


class EnlaceSocial(Layout):
    name = "f_enlace_social"
    language = "es"
    host = "www.chismesymeneos.example"
    site_name = "Chismes y Meneos"
    families = ("via_meta", "source_link", "read_original")
    notes = "Menéame-like social news: 'por usuario a dominio' line (domain only), title linked to the original, 'leer en X'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/story/{title_slug(story.title)}-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        user = _USERS[spec.seed % len(_USERS)]
        title = f"<h2>{esc(s.title)}</h2>"
        sub = f'<div class="news-submitted">por <a href="/user/{user}">{user}</a> hace {spec.seed % 9 + 1} horas</div>'
        after = ""
        if fam == "via_meta":
            word = rng.choice(["a", "vía", "en"])
            sub = f'<div class="news-submitted">por <a href="/user/{user}">{user}</a> {word} <span class="showmytitle">{esc(src.domain)}</span> hace {spec.seed % 9 + 1} horas</div>'
        elif fam == "source_link":
            title = f"<h2>{link(src.article_url, s.title, class_='l', rel='nofollow')}</h2>"
            exposes = True
            if rng.random() < 0.5:
                sub = f'<div class="news-submitted">por <a href="/user/{user}">{user}</a> a {esc(src.domain)}</div>'
        elif fam == "read_original":
            text = rng.choice([f"leer en {src.name}", "Leer la noticia completa", "Noticia original"])
            after = f'<p class="read-more">{link(src.article_url, text, rel="nofollow")}</p>'
            exposes = True
        side = other_items(spec, 5)
        chrome += [t.title for t in side]
        rules = "Chismes y Meneos es una comunidad de usuarios: las noticias las envían y votan los propios usuarios."
        foot = "Chismes y Meneos © 2026 · licencia de los textos propios: CC BY-SA · condiciones de uso · privacidad"
        chrome += [rules, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": s.title,
            "url": spec.url,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": user},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        items = "".join(
            f'<li>{link(t.url, t.title)} <span class="dom">{esc((t.outlet_url or "").split("//")[-1].strip("/"))}</span></li>'
            for t in side
        )
        comments = "".join(
            f'<div class="comment"><b>#{i + 1}</b> {c}</div>'
            for i, c in enumerate(
                ("Ya era hora, llevaban meses con esto.", "¿Alguien sabe si cambia el horario?")
            )
        )
        page = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header><a class="logo" href="/">{self.site_name}</a><nav><a href="/">Portada</a><a href="/queue">Pendientes</a><a href="/popular">Populares</a><a href="/submit">Enviar historia</a></nav></header>
<div id="container"><div id="newswrap"><div class="news-summary"><div class="votes"><span class="votes-count">{spec.seed % 400 + 20}</span><a href="#">menéalo</a></div>
<div class="news-body">{title}{sub}<div class="news-content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{after}
<div class="news-details">karma: {spec.seed % 700} · <time datetime="{iso(spec.published_at)}">{spec.published_at:%d-%m-%Y %H:%M}</time> · {spec.seed % 60} comentarios</div></div></div>
<div class="comments"><h3>Comentarios</h3>{comments}</div></div>
<aside id="sidebar"><h3>Populares</h3><ul>{items}</ul></aside></div>
<div class="rules"><p>{esc(rules)}</p></div><footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
