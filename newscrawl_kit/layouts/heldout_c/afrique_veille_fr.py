"""Afrique Veille : un agrégateur panafricain francophone qui republie la presse nationale (façon AllAfrica/Seneweb)."""

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
from newscrawl_kit.layouts.heldout_c._kit import choose, pick, share_bar


class AfriqueVeilleFr(Layout):
    name = "c_afrique_veille_fr"
    language = "fr"
    host = "afriqueveille.test"
    site_name = "Afrique Veille"
    families = ("byline_outlet", "cc_notice", "disclaimer", "jsonld", "sidebar_widget")
    notes = (
        "Pan-African French aggregator: the partner paper as byline ('Par X – <journal>'), a republication "
        "licence notice (sometimes left in English), a 'les propos n'engagent que' disclaimer naming the "
        "paper, a 'Journal partenaire' box with logo, or only JSON-LD; a country menu, currency rates (FCFA), "
        "a partner-papers footer and reader comments."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/fr/actualites/{n + 800}-{spec_id(n)}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        byline = "Par la rédaction d'Afrique Veille"
        notice = ""
        box = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": "Afrique Veille"},
        }
        if fam == "byline_outlet":
            if st.author and rng.random() < 0.6:
                byline = choose(rng, (f"Par {st.author} – {src.name}", f"{st.author} ({src.name})"))
            else:
                byline = choose(rng, (f"Par {src.name}", f"{src.name} – Rédaction"))
        elif fam == "cc_notice":
            link = rng.random() < 0.5
            if rng.random() < 0.3:
                lead = (
                    f"Republished from {src.name} under a Creative Commons Attribution licence (CC BY 4.0)."
                )
            else:
                lead = choose(
                    rng,
                    (
                        f"Cet article est republié à partir de {src.name} sous licence Creative Commons.",
                        f"Article repris de {src.name} selon les termes de la licence CC BY-SA 4.0.",
                    ),
                )
            more = "Lire l'article original."
            tail = f' <a href="{esc(src.article_url)}">{esc(more)}</a>' if link else ""
            exposes = link
            notice = f'<div class="licence"><p>{esc(lead)}{tail}</p></div>'
            chrome.append(f"{lead} {more}" if link else lead)
        elif fam == "disclaimer":
            text = choose(
                rng,
                (
                    f"Les propos et informations contenus dans cet article n'engagent que {src.name}, d'où il est tiré. Afrique Veille décline toute responsabilité quant à son contenu.",
                    f"Cet article est publié sous la seule responsabilité de {src.name}.",
                    f"Afrique Veille reprend ce texte de {src.name} et n'est pas responsable de son contenu.",
                ),
            )
            notice = f'<p class="avertissement">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["isBasedOn"] = {"@type": "NewsArticle", "url": src.article_url, "name": st.title}
                exposes = True
            else:
                ld["author"] = [{"@type": "Organization", "name": src.name}]
        elif fam == "sidebar_widget":
            head = choose(rng, ("Journal partenaire", "Source de l'article", "Publié par notre partenaire"))
            box = (
                f'<div class="partenaire"><h4>{esc(head)}</h4><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt=""></a>'
                f'<p>{esc(src.name)}</p><a href="https://{self.host}/fr/partenaires/{spec.seed % 90}">Tous les articles de ce partenaire</a></div>'
            )
        countries = ("Sénégal", "Côte d'Ivoire", "Cameroun", "Mali", "Burkina Faso", "RDC", "Gabon", "Bénin")
        menu = "".join(f'<a href="https://{self.host}/fr/pays/{i}">{c}</a> ' for i, c in enumerate(countries))
        headlines = pick(spec, 0, 6)
        more = pick(spec, 6, 4)
        chrome += [t.title for t in headlines + more]
        rates = "Cours du jour : 1 EUR = 655,957 FCFA · 1 USD = 603,40 FCFA · 1 GBP = 771,10 FCFA"
        partners = "Nos journaux partenaires publient chaque jour sur Afrique Veille"
        comment = "Réagissez à cet article : les commentaires sont modérés par Afrique Veille"
        chrome += [rates, partners, comment]
        headlines_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <cite>{esc(t.outlet)}</cite></li>'
            for t in headlines
        )
        more_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in more)
        html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{esc(st.title)} | Afrique Veille</title>
<meta property="og:site_name" content="Afrique Veille">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head><body>
<header><a class="logo" href="https://{self.host}/fr/">Afrique Veille</a><nav class="pays">{menu}</nav>
<p class="devises">{esc(rates)}</p></header>
<main><article>
<h1>{esc(st.title)}</h1>
<p class="auteur">{esc(byline)} — <time datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H:%M}</time></p>
<div class="texte">{paragraphs_html(spec.paragraphs)}</div>
{notice}
{share_bar(spec.url, ("Facebook", "Twitter", "WhatsApp", "Telegram"))}
<section class="commentaires"><h3>Commentaires</h3><p>{esc(comment)}</p><form><textarea></textarea><button>Publier</button></form></section>
<section><h3>Sur le même sujet</h3><ul>{more_html}</ul></section>
</article></main>
<aside>{box}<h3>À la une de la presse africaine</h3><ul>{headlines_html}</ul>
<a href="https://ads.afripub.example/go/31"><img src="https://ads.afripub.example/300x600.jpg" alt="Publicité"></a></aside>
<footer><p>{esc(partners)}</p><p>© 2026 Afrique Veille — afriqueveille.test</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))


def spec_id(n: int) -> str:
    return f"{(n * 2654435761) % 16**6:06x}"
