"""A West-African francophone portal (Dakar/Abidjan kind, WordPress with a news theme): "Source : X" closing
the article, "Par la Rédaction de X", "Lu sur X", the outlet's logo, or "Lire la suite sur X"; a press
review list naming the day's papers in the sidebar."""

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
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class TerangaFr(Layout):
    name = "e_teranga_fr"
    language = "fr"
    host = "www.teranga-infos.example"
    site_name = "Teranga Infos"
    families = ("source_line", "byline_outlet", "footer_phrase", "logo_link", "read_original")
    notes = "francophone Africa portal: 'Revue de presse' sidebar, 'Réagir' comments, cookie consent"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualite/{story.published_at:%Y/%m/%d}/article-{n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        byline = "La Rédaction"
        tail = ""
        logo = ""
        if fam == "source_line":
            tail = f'<p class="source"><strong>{pick(spec, ("Source : ", "Source: ", "Sources : "), "w")}</strong>{esc(src.name)}</p>'
        elif fam == "byline_outlet":
            byline = pick(spec, (f"Par la Rédaction de {src.name}", f"{src.name} –", f"Par {src.name}"), "w")
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (f"Lu sur {src.name}", f"Avec {src.name}", f"Article paru initialement dans {src.name}."),
                "w",
            )
            tail = f"<p><em>{esc(line)}</em></p>"
        elif fam == "logo_link":
            logo = f'<a class="src-logo" href="{esc(src.home_url)}" target="_blank"><img src="{esc(src.logo)}" alt="" height="28"></a>'
        elif fam == "read_original":
            label = pick(
                spec,
                (f"Lire la suite sur {src.name}", "Lire l'article original", "Voir l'article complet"),
                "w",
            )
            tail = f'<p class="suite"><a href="{esc(src.article_url)}" target="_blank" rel="nofollow">{esc(label)} »</a></p>'
            exposes = True
        revue = teasers(spec, 5)
        aussi = teasers(spec, 3, 5)
        chrome += [t.title for t in revue + aussi]
        revue_html = "".join(f"<li><b>{esc(t.outlet)}</b> : {a(t.url, t.title)}</li>" for t in revue)
        aussi_html = "".join(f"<li>{a(t.url, t.title)}</li>" for t in aussi)
        cookie = "Nous utilisons des cookies pour améliorer votre expérience. En continuant, vous acceptez."
        chrome.append(cookie)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "inLanguage": "fr-SN",
            "author": {"@type": "Organization", "name": self.site_name},
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": self.site_name,
                "url": f"https://{self.host}/",
            },
        }
        head = (
            f'<title>{esc(story.title)} - {esc(self.site_name)}</title><link rel="canonical" href="{esc(spec.url)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}"><meta property="og:url" content="{esc(spec.url)}">'
            f'<meta property="og:locale" content="fr_FR">' + json_ld(ld)
        )
        page = f"""<div id="cookie-law-info-bar">{esc(cookie)} <a class="cli_action_button">J'accepte</a></div>
<div class="td-header-wrap"><div class="td-header-top-menu">{spec.published_at:%A %d %B %Y} | <a href="/direct">Direct TV</a></div>
<div class="td-logo"><a href="/"><img src="/wp-content/uploads/logo-teranga.png" alt="{esc(self.site_name)}"></a></div>
<ul class="td-menu"><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li><li><a href="/societe">Société</a></li><li><a href="/sport">Sport</a></li><li><a href="/international">International</a></li></ul></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><article class="post type-post">
<header class="td-post-title"><ul class="td-category"><li><a href="/international">International</a></li></ul><h1 class="entry-title">{esc(story.title)}</h1>
<div class="td-module-meta-info"><span class="td-post-author-name">{esc(byline)}</span> <time class="entry-date" datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H:%M}</time> {logo}</div></header>
<div class="td-post-sharing"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div>
<div class="td-post-content">{paragraphs_html(ps)}{tail}</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>MOTS-CLÉS</span></li><li><a href="/tag/afrique">Afrique</a></li></ul></div></article>
<div class="td_block_related_posts"><h4>À lire aussi</h4><ul>{aussi_html}</ul></div>
<div id="comments"><h3>Réagir</h3><p>Aucun commentaire pour le moment.</p></div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Revue de presse du jour</h4><ul>{revue_html}</ul></aside></div></div></div>
<div class="td-footer-wrapper"><p>© {esc(self.site_name)} 2026 — Toute reproduction interdite sans autorisation.</p></div>"""
        return Rendered(doc("fr", head, page), exposes, tuple(chrome), ps)
