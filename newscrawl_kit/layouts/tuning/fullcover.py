"""A French Google-News-like reader (cf. Google Actualités, Flipboard web): the story shown in a reader frame
with the publisher's favicon and name as a chip above the title, a "Couverture complète" list of the same
story at other outlets (each with its outlet), a "Voir l'article original" button, an AMP-style canonical on
some pages, JSON-LD naming the reader only."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html


class FullCoverage(Layout):
    name = "fullcover"
    language = "fr"
    host = "lecteur.fil-actu.example"
    site_name = "Fil Actu"
    families = ("badge", "read_original", "canonical", "logo_link", "sidebar_widget")
    notes = "reader frame; publisher chip above the title; 'Couverture complète' list of other outlets"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/articles/CBMi{n:x}{(n * 104729) % 10**7:07d}?hl=fr"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        chip = after = side = ""
        canonical = spec.url
        exposes = False
        if spec.family == "badge":
            chip = f'<div class="pub-chip"><img src="/s2/favicons?domain=x" alt=""><span>{esc(src.name)}</span></div>'
        elif spec.family == "logo_link":
            chip = (
                f'<div class="pub-chip"><a href="{esc(src.home_url)}"><img src="/s2/favicons?domain={esc(src.domain)}" '
                'alt=""></a></div>'
            )
        elif spec.family == "read_original":
            after = (
                f'<div class="actions"><a class="btn-primary" href="{esc(src.article_url)}">'
                f"{rng.choice(['Voir l’article original', 'Lire sur le site de l’éditeur', 'Ouvrir'])}</a></div>"
            )
            exposes = True
        elif spec.family == "canonical":
            canonical = src.article_url
            exposes = True
        elif spec.family == "sidebar_widget":
            side = (
                f'<div class="publisher-card"><h4>À propos de l’éditeur</h4><p><b>{esc(src.name)}</b></p>'
                f'<a href="{esc(src.home_url)}">{esc(src.domain)}</a></div>'
            )
        coverage = "".join(
            f'<article class="cov"><div class="cov-src">{esc(t.outlet)}</div><a href="{esc(t.url)}">{esc(t.title)}</a>'
            f"<time>il y a {i + 2} h</time></article>"
            for i, t in enumerate(spec.teasers[:5])
        )
        chrome += [t.title for t in spec.teasers[:5] if len(t.title) >= 20]
        banner = "Suivez vos sujets préférés et recevez une sélection personnalisée chaque matin."
        chrome.append(banner)
        ld = {"@type": "WebPage", "name": s.title, "publisher": {"@type": "Organization", "name": self.site_name},
              "dateModified": iso(spec.published_at)}  # fmt: skip
        return Rendered(
            f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div class="top-bar"><a href="/">{self.site_name}</a><a href="/a-la-une">À la une</a><a href="/pour-vous">Pour vous</a></div>
<div class="banner">{banner}</div>
<main class="reader"><div class="frame">{chip}<h1>{esc(s.title)}</h1><div class="when">{spec.published_at:%d/%m/%Y %H:%M}</div>
<div class="article-text">{paragraphs_html(spec.paragraphs)}</div>{after}</div>
<section class="full-coverage"><h2>Couverture complète</h2>{coverage}</section></main>
<aside class="right-rail">{side}<div class="topics"><h4>Sujets</h4><a href="/t/1">Politique</a> <a href="/t/2">Économie</a></div></aside>
<footer><a href="/confidentialite">Confidentialité</a> · <a href="/conditions">Conditions</a> · © 2026 {self.site_name}</footer></body></html>""",
            exposes,
            tuple(chrome),
        )
