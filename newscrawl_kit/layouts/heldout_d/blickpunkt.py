"""Blickpunkt Presseschau: a German press-review aggregator (MSN/Yahoo-Nachrichten-like) in semantic HTML5.

Publisher chips on each card, "über X"/"via X" lines, "Von Max Muster, X" bylines, an "Über die Quelle" box
in the aside, schema.org data naming the original, or a canonical to it. A "Meistgelesen" list and a comment
section ("Kommentare (12)") around the text; the aggregator's name in the header, JSON-LD and footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class Blickpunkt(Layout):
    name = "d_blickpunkt"
    language = "de"
    host = "presseschau.blickpunkt.example"
    site_name = "Blickpunkt Presseschau"
    families = ("badge", "via_meta", "byline_outlet", "jsonld", "canonical", "sidebar_widget")
    notes = "German press-review aggregator; publisher chip, 'über X', 'Von ..., X', 'Über die Quelle' box"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/artikel/ar-{format(n * 48271, 'X')}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        chip = ""
        meta = f'<time datetime="{iso(spec.published_at)}">vor {1 + spec.seed % 9} Std.</time>'
        aside = ""
        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "badge":
            chip = f'<span class="pub-chip">{esc(src.name)}</span>'
        elif fam == "via_meta":
            meta = f"{rng.choice(['über', 'via'])} {esc(src.name)} · " + meta
        elif fam == "byline_outlet":
            meta = (
                rng.choice(
                    [f"Von {esc(s.author or 'Redaktion')}, {esc(src.name)}", f"{esc(src.name)}-Redaktion"]
                )
                + " · "
                + meta
            )
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["isBasedOn"] = {
                    "@type": "NewsArticle",
                    "url": src.article_url,
                    "publisher": {"@type": "NewsMediaOrganization", "name": src.name},
                }
                exposes = True
            else:
                ld["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": src.name}
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "sidebar_widget":
            aside = (
                f'<section class="quelle-box"><h4>Über die Quelle</h4><img src="{esc(src.logo)}" alt="{esc(src.name)}">'
                f'<p>{esc(src.name)}</p><a href="{esc(src.home_url)}">Zur Website</a> <a href="/quelle/{esc(src.domain)}">Weitere Artikel dieser Quelle</a></section>'
            )
        meist = teasers(spec, 6)
        chrome += [t.title for t in meist]
        comments = "Kommentare (12) - Bitte beachten Sie unsere Netiquette beim Kommentieren"
        foot = (
            "Blickpunkt Presseschau \u00a9 2026 - Nachrichten aus über 300 Quellen. Impressum · Datenschutz"
        )
        chrome += [comments, foot]
        page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header role="banner"><a href="/" class="brand">{self.site_name}</a><nav aria-label="Ressorts"><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a><a href="/panorama">Panorama</a><a href="/sport">Sport</a></nav></header>
<div class="layout"><main><article><header>{chip}<h1>{esc(s.title)}</h1><p class="meta">{meta}</p></header>
<section class="text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</section>
<footer class="art-foot"><button>Teilen</button> <button>Merken</button></footer></article>
<section class="kommentare"><h3>{esc(comments)}</h3><form><textarea placeholder="Ihr Kommentar"></textarea></form></section></main>
<aside>{aside}<section class="meistgelesen"><h4>Meistgelesen</h4><ol>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><span class="pub-chip">{esc(t.outlet)}</span></li>' for t in meist)}</ol></section></aside></div>
<footer role="contentinfo"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
