"""Le Relais Infos: a francophone (Belgian/West-African) WordPress aggregator built on a magazine theme.

A breaking bar ("Dernière minute"), a "via X" meta line, an import plugin's closing lines ("Cet article est
paru dans X", "Article publié initialement sur X", "(Avec X)"), a "Source :" link, an automatic-import
disclaimer, a Yoast canonical to the original, and the blog's own name in the JSON-LD and footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class LeRelais(Layout):
    name = "d_lerelais"
    language = "fr"
    host = "www.lerelais-infos.example"
    site_name = "Le Relais Infos"
    families = ("footer_phrase", "source_link", "disclaimer", "via_meta", "canonical")
    notes = "francophone WordPress aggregator; 'Cet article est paru dans X', '(Avec X)', 'via X', canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{2026}/{10}/{(n * 7 + 3):02d}/actu-{n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        meta = f'<span class="meta-author">Rédaction</span> <span class="meta-date">{spec.published_at:%d %m %Y}</span>'
        tail = ""
        if fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Cet article est paru dans {src.name}.",
                    f"Article publié initialement sur {src.name}.",
                    f"(Avec {src.name})",
                ]
            )
            tail = f"<p><em>{esc(line)}</em></p>"
            chrome.append(line)
        elif fam == "source_link":
            tail = f'<p class="source">Source : <a href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(src.name)}</a></p>'
            exposes = True
        elif fam == "disclaimer":
            line = (
                f"Cet article a été importé automatiquement depuis le flux de {src.name}. Le Relais Infos n'est "
                "pas responsable de son contenu."
            )
            tail = f'<div class="avertissement">{esc(line)}</div>'
            chrome.append(line)
        elif fam == "via_meta":
            meta = f'<span class="meta-author">Rédaction</span> · <span class="meta-via">via {esc(src.name)}</span> · <span class="meta-date">{spec.published_at:%d %m %Y}</span>'
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        bar = teasers(spec, 3)
        pop = teasers(spec, 5, skip=3)
        chrome += [t.title for t in bar + pop]
        foot = "Le Relais Infos \u00a9 2026 - L'actualité en continu, de Bruxelles à Dakar. Tous droits réservés."
        news = "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité"
        chrome += [foot, news]
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": self.site_name, "url": f"https://{self.host}/"},
                {
                    "@type": "Article",
                    "headline": s.title,
                    "datePublished": iso(spec.published_at),
                    "mainEntityOfPage": {"@id": canonical},
                    "publisher": {"@type": "Organization", "name": self.site_name},
                },
            ],
        }
        page = f"""<!DOCTYPE html><html lang="fr-FR"><head><meta charset="UTF-8"><title>{esc(s.title)} | {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}"><meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{json_ld(graph)}</head>
<body class="single"><div class="breaking-news"><span class="bn-title">Dernière minute</span>{"".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in bar)}</div>
<header class="mag-header"><a class="site-logo" href="/">{self.site_name}</a><nav><a href="/afrique/">Afrique</a><a href="/belgique/">Belgique</a><a href="/monde/">Monde</a><a href="/sport/">Sport</a></nav></header>
<div class="container"><main><article class="single-post"><h1 class="post-title">{esc(s.title)}</h1><div class="post-meta">{meta}</div>
<div class="post-content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{tail}</div>
<div class="post-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>
<div class="newsletter-box">{esc(news)}<input type="email"></div></article></main>
<aside class="sidebar"><div class="widget"><h3 class="widget-title">Populaires</h3><ul>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small>{esc(t.outlet)}</small></li>' for t in pop)}</ul></div></aside></div>
<footer class="site-footer"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
