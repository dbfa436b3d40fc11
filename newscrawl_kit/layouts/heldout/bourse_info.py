"""Bourse Info: a French finance and news portal in the manner of Boursorama's news pages and Orange Actu
(partner articles with "Cet article est paru dans ...", "Lire l'article original", stock widgets, forums).

Credits: a closing "cet article est paru dans" sentence, a link to the original, a responsibility disclaimer,
the partner in the byline ("Par ... (Média)"), a canonical link to the original. Distractors: a market strip
and a "Valeurs citées" dl block, "Les dernières actualités" and "Les plus lues" naming other outlets, the
portal's own "(Bourse Info) -" style forum teaser, cookie banner and copyright.
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
from newscrawl_kit.layouts.heldout._common import excerpt, keep, latin_name, stable_id


class BourseInfo(Layout):
    name = "bourse_info"
    language = "fr"
    host = "www.bourse-info.example"
    site_name = "Bourse Info"
    families = ("footer_phrase", "read_original", "disclaimer", "byline_outlet", "canonical")
    notes = (
        "Boursorama / Orange Actu-style portal: 'Cet article est paru dans X', 'Lire l'article original', "
        "responsibility disclaimer, 'Par ... (X)' byline, canonical to the partner; market widgets, dl blocks"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/actualites/{stable_id(story.key, 16**8):08x}{n:06x}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        canonical = og_url = spec.url
        byline = f"Par {s.author}" if s.author and rng.random() < 0.5 else "Par la rédaction"
        after = inside = ""
        when = spec.published_at

        if spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"Cet article est paru dans {name}.",
                    f"Cet article a été initialement publié sur {name}.",
                    f"Article original publié par {name}. Tous droits réservés.",
                    f"Retrouvez cet article et toute l'actualité locale dans {name}.",
                ]
            )
            after = f'<p class="c-news__origin">{esc(text)}</p>'
            keep(chrome, text)
        elif spec.family == "read_original":
            label = rng.choice(
                [
                    "Lire l'article original",
                    f"Lire la suite sur {name}",
                    f"Voir l'article complet sur {src.domain}",
                ]
            )
            after = f'<div class="c-news__readmore"><a href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(label)}</a></div>'
            keep(chrome, label)
            exposes = True
        elif spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"Les informations publiées par {name} sont diffusées sous sa seule responsabilité ; Bourse Info ne "
                    "saurait être tenu responsable de leur contenu.",
                    f"Ce contenu est proposé par {name}. Il n'engage pas la rédaction de Bourse Info.",
                    f"Article fourni par {name}, qui en assume l'entière responsabilité éditoriale.",
                ]
            )
            inside = f'<p class="c-news__disclaimer"><em>{esc(text)}</em></p>'
            keep(chrome, text)
        elif spec.family == "byline_outlet":
            byline = rng.choice(
                [
                    f"Par {s.author or 'la rédaction'} ({name})",
                    f"{name} — {s.author or 'Rédaction'}",
                    f"Par la rédaction de {name}",
                ]
            )
        elif spec.family == "canonical":
            canonical = src.article_url
            og_url = rng.choice([src.article_url, spec.url])
            exposes = True
        keep(chrome, byline)

        latest = "".join(
            f'<li class="c-list-news__item"><time>{(when.hour + i) % 24:02d}:{(7 * i) % 60:02d}</time>'
            f'<a href="{esc(t.url)}">{esc(t.title)}</a><span class="c-source">{esc(t.outlet)}</span></li>'
            for i, t in enumerate(spec.teasers[:7])
        )
        most = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[7:12])
        keep(chrome, *(t.title for t in spec.teasers[:12]))
        strip = "CAC 40 8 012,35 +0,42 % · DAX 18 221,10 +0,18 % · EUR/USD 1,0832 -0,07 %"
        quoted = "".join(
            f"<dt>{v}</dt><dd>{p}</dd>"
            for v, p in (("TotalEnergies", "61,20 € +0,8 %"), ("Vinci", "112,45 € -0,3 %"))
        )
        forum = "Réagissez sur le forum : 14 messages sur cette actualité, rejoignez la discussion"
        cookies = "Bourse Info et ses partenaires utilisent des cookies pour améliorer votre expérience"
        footer = "© 2026 Bourse Info. Tous droits réservés. Les cours sont différés d'au moins 15 minutes"
        keep(chrome, strip, forum, cookies, footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "author": {"@type": "Person", "name": byline.removeprefix("Par ")},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<title>{esc(s.title)} | Bourse Info</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:site_name" content="Bourse Info">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(og_url)}">
{json_ld(ld)}
</head>
<body class="c-page">
<div class="c-cookies"><p>{cookies}</p><button>J'accepte</button></div>
<div class="c-market-strip">{strip}</div>
<header class="c-header"><a href="/" class="c-logo">Bourse Info</a><nav class="c-nav"><a href="/bourse/">Bourse</a><a href="/actualites/">Actualités</a><a href="/patrimoine/">Patrimoine</a><a href="/forum/">Forum</a></nav></header>
<div class="c-layout"><main class="c-main">
<div class="c-news">
<h1 class="c-title">{esc(s.title)}</h1>
<div class="c-source-meta"><span class="c-author">{esc(byline)}</span> <span class="c-date">Publié le {when:%d/%m/%Y} à {when:%H:%M}</span></div>
<div class="c-news__body">{paragraphs_html(spec.paragraphs)}{inside}</div>
{after}
<div class="c-quoted"><h3>Valeurs citées</h3><dl>{quoted}</dl></div>
<div class="c-forum"><a href="/forum/actualites/">{forum}</a></div>
<div class="c-share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url={esc(spec.url)}">LinkedIn</a></div>
</div>
<section class="c-list-news"><h2>Les dernières actualités</h2><ul>{latest}</ul></section>
</main>
<aside class="c-aside"><div class="c-block"><h3>Les plus lues</h3><ol>{most}</ol></div></aside></div>
<footer class="c-footer"><p>{footer}</p></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
