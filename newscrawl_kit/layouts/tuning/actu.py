"""Un portail d'actualités français qui reprend des partenaires (cf. Orange Actu, MSN France) : "Source :" sous le
titre, "via" dans la ligne d'auteur, logo du partenaire, mention de licence, lien "Lire l'article original"."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html


class ActuPortail(Layout):
    name = "actu"
    language = "fr"
    host = "actu.portail-info.example"
    site_name = "Portail Info"
    families = ("source_line", "via_meta", "logo_link", "cc_notice", "read_original")
    notes = "French portal; partner widgets 'À lire aussi chez nos partenaires' name other outlets"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        under = after = logo = ""
        exposes = False
        if spec.family == "source_line":
            text = f"{rng.choice(['Source :', 'Source:', 'Publié par'])} {src.name}"
            under = f'<p class="chapo-source">{esc(text)}</p>'
            chrome.append(text)
        elif spec.family == "via_meta":
            under = f'<p class="signature">{esc(s.author or "La rédaction")} via {esc(src.name)}, le {spec.published_at:%d/%m/%Y}</p>'
        elif spec.family == "logo_link":
            logo = f'<a class="partenaire" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(rng.choice(["", src.name]))}"></a>'
        elif spec.family == "cc_notice":
            text = rng.choice(
                [
                    f"Cet article est republié à partir de {src.name} sous licence Creative Commons.",
                    f"Article initialement paru dans {src.name}, reproduit avec son autorisation.",
                ]
            )
            after = f'<p class="licence">{esc(text)}</p>'
            chrome.append(text)
        elif spec.family == "read_original":
            label = rng.choice(
                [
                    f"Lire l'article original sur {src.name}",
                    "Lire la suite de l'article",
                    "Voir l'article original",
                ]
            )
            after = f'<p><a class="lien-source" href="{esc(src.article_url)}">{esc(label)}</a></p>'
            exposes = True
        aussi = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><em>{esc(t.outlet)}</em></li>'
            for t in spec.teasers[:5]
        )
        chrome += [t.title for t in spec.teasers[:5] if len(t.title) >= 20]
        bandeau = "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité"
        chrome += [bandeau, "© Portail Info 2026 - Tous droits réservés"]
        ld = {
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        return Rendered(
            f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - Portail Info</title>
<meta property="og:site_name" content="Portail Info">{json_ld(ld)}</head><body>
<header><a href="/"><img src="/logo.svg" alt="Portail Info"></a><nav><a href="/france">France</a><a href="/monde">Monde</a></nav></header>
<main><article><div class="surtitre">Actualité</div><h1>{esc(s.title)}</h1>{logo}{under}
<div class="corps">{paragraphs_html(spec.paragraphs)}</div>{after}</article>
<div class="newsletter">{bandeau}</div>
<aside><h3>À lire aussi chez nos partenaires</h3><ul>{aussi}</ul></aside></main>
<footer>© Portail Info 2026 - Tous droits réservés</footer></body></html>""",
            exposes,
            tuple(chrome),
        )
