"""A Swiss/Belgian press-review site (one reviewed article per page): the excerpt in a ``<blockquote cite>``
with the paper in a ``<cite>`` link, "via X" in the item's meta line, the paper as a coloured label, or only
in JSON-LD; the review's own editor signs every item."""

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


class RevueSuisse(Layout):
    name = "e_revue_suisse"
    language = "fr"
    host = "www.revue-lemanique.example"
    site_name = "La Revue lémanique"
    families = ("source_link", "via_meta", "badge", "jsonld")
    notes = "press review: blockquote-held article, reviewer's signature, 'Dans les autres journaux' list"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/revue/{story.published_at:%Y-%m-%d}/{n}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        meta = f"Revue du {spec.published_at:%d.%m.%Y} · sélection de Claire Montandon"
        label = ""
        quote_open = '<blockquote class="rv-extrait">'
        cite = ""
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "Claire Montandon"},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "source_link":
            quote_open = f'<blockquote class="rv-extrait" cite="{esc(src.article_url)}">'
            cite = f'<footer class="rv-cite">— <cite>{a(src.article_url, src.name)}</cite></footer>'
            exposes = True
        elif fam == "via_meta":
            meta = f"{meta} · via {esc(src.name)}"
        elif fam == "badge":
            label = f'<span class="rv-label rv-label--journal">{esc(src.name)}</span>'
        elif fam == "jsonld":
            ld["isBasedOn"] = {
                "@type": "NewsArticle",
                "url": src.article_url,
                "publisher": {"@type": "NewsMediaOrganization", "name": src.name},
            }
            exposes = True
        others = teasers(spec, 6)
        chrome += [t.title for t in others]
        others_html = "".join(
            f'<li><span class="rv-journal">{esc(t.outlet)}</span> {a(t.url, t.title)}</li>' for t in others
        )
        intro = pick(
            spec, ("Ce qu'il faut retenir ce matin.", "L'article du jour, choisi par la rédaction."), "i"
        )
        abo = f"Recevez {self.site_name} chaque matin dans votre boîte — inscription gratuite"
        chrome.append(abo)
        head = (
            f'<title>{esc(story.title)} — {esc(self.site_name)}</title><link rel="canonical" href="{esc(spec.url)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}"><meta property="og:url" content="{esc(spec.url)}">'
            + json_ld(ld)
        )
        page = f"""<header class="rv-header"><a href="/" class="rv-logo">{esc(self.site_name)}</a><nav><a href="/revue">La revue</a><a href="/suisse">Suisse</a><a href="/monde">Monde</a><a href="/archives">Archives</a></nav></header>
<main class="rv-main"><article class="rv-item"><p class="rv-intro">{esc(intro)}</p>{label}<h1>{esc(story.title)}</h1>
<p class="rv-meta">{meta}</p>{quote_open}{paragraphs_html(ps)}</blockquote>{cite}
<div class="rv-partage"><a>Partager</a><a>Imprimer</a><a>E-mail</a></div></article>
<section class="rv-autres"><h2>Dans les autres journaux</h2><ul>{others_html}</ul></section>
<div class="rv-abo">{esc(abo)}</div></main>
<footer class="rv-footer"><p>{esc(self.site_name)} — revue de presse indépendante, Lausanne. Les extraits sont cités dans le cadre du droit de citation.</p></footer>"""
        return Rendered(doc("fr-CH", head, page), exposes, tuple(chrome), ps)
