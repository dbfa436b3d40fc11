"""Portail Actu: a French web portal's news pages in the manner of MSN France and Yahoo Actualités (partner
articles under the portal's chrome, an "À lire aussi" block, sponsored content, a large CMP cookie dialog).

Credits: a "Source :" line, a "Par <auteur> · <média> · il y a 3 heures" meta line, the partner's logo linking to
its home page, a dateline opening the body ("Paris (AFP) -"), JSON-LD only. Distractors: "À lire aussi" and
"Les plus lus" naming other outlets, "Contenus sponsorisés", a photo credited to an agency, a newsletter box,
the portal's name in og:site_name, JSON-LD publisher and footer.
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
    FR_MONTHS,
    excerpt,
    french_date,
    keep,
    latin_name,
    photo_credit,
    stable_id,
)

CITIES = ("Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Nantes")
SPONSORED = (
    ("Ce nouveau chauffe-eau fait baisser la facture de moitié", "Confort Habitat"),
    ("Assurance auto : les prix qui changent au 1er avril", "Comparatif Malin"),
    ("Retraite : ce placement que les Français redécouvrent", "Patrimoine Conseil"),
)


class PortailActu(Layout):
    name = "portail_actu"
    language = "fr"
    host = "actu.portail-fr.example"
    site_name = "Portail Actu"
    families = ("source_line", "via_meta", "logo_link", "wire_dateline", "jsonld")
    notes = (
        "MSN France / Yahoo Actualités-style portal: 'Source : X', 'Par ... · X · il y a 3 heures', partner "
        "logo, 'Paris (X) -' dateline, JSON-LD provider; CMP cookie dialog, sponsored block"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        words = "-".join(story.title.lower().split()[:7])
        slug = "".join(c for c in words if c.isascii() and (c.isalnum() or c == "-")) or "actualite"
        return f"https://{self.host}/actualites/{slug}-{stable_id(story.key, 9999)}{n:05d}.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        body = list(spec.paragraphs)
        shown_body: tuple[str, ...] | None = None
        when = spec.published_at
        hours = rng.randint(1, 8)
        meta = f"Publié le {french_date(when)} à {when:%Hh%M}"
        source_html = logo = ""
        ld_extra: dict[str, object] = {}

        if spec.family == "source_line":
            text = rng.choice(
                [f"Source : {name}", f"Crédit : {name}", f"Avec {name}", f"Article publié par {name}"]
            )
            where = rng.randrange(2)
            source_html = f'<p class="article-source">{esc(text)}</p>'
            keep(chrome, text)
            if where == 0:  # under the meta line rather than after the body
                meta = f"{meta} — {text}"
                source_html = ""
        elif spec.family == "via_meta":
            meta = rng.choice(
                [
                    f"Par {s.author or 'La rédaction'} · {name} · il y a {hours} heure{'s' if hours > 1 else ''}",
                    f"Publié via {name} le {french_date(when)} à {when:%Hh%M}",
                    f"{name} · {french_date(when)}",
                ]
            )
        elif spec.family == "logo_link":
            logo = (
                f'<a class="partner-logo" href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(src.logo)}" alt="{rng.choice(["", "logo", "Logo partenaire"])}" height="26"></a>'
            )
        elif spec.family == "wire_dateline":
            city = rng.choice(CITIES)
            month = FR_MONTHS[when.month - 1]
            prefix = rng.choice(
                [f"{city} ({name}) -", f"{city.upper()}, {when.day} {month} ({name}) -", f"{city} ({name}) —"]
            )
            body[0] = f"{prefix} {body[0]}"
            shown_body = tuple(body)
        elif spec.family == "jsonld":
            shape = rng.randrange(3)
            org = {"@type": "NewsMediaOrganization", "name": name, "url": src.home_url}
            if shape == 0:
                ld_extra = {"provider": org}
            elif shape == 1:
                ld_extra = {"sourceOrganization": org, "isBasedOn": src.article_url}
                exposes = True
            else:
                ld_extra = {"author": [{"@type": "Person", "name": s.author or "La rédaction"}, org]}
        keep(chrome, meta)

        also = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="src">{esc(t.outlet)}</span></li>'
            for t in spec.teasers[:4]
        )
        most = "".join(
            f'<li><span class="n">{i + 1}</span><a href="{esc(t.url)}">{esc(t.title)}</a><em>{esc(t.outlet)}</em></li>'
            for i, t in enumerate(spec.teasers[4:10])
        )
        keep(chrome, *(t.title for t in spec.teasers[:10]))
        sponsored = "".join(
            f'<div class="sp"><a href="https://sponso.portail-fr.example/c/{i}" rel="sponsored nofollow">{esc(t)}</a>'
            f"<span>{esc(adv)}</span></div>"
            for i, (t, adv) in enumerate(SPONSORED)
        )
        keep(chrome, *(t for t, _ in SPONSORED))
        agency = photo_credit(s, "AFP", "Reuters")
        caption = rng.choice(
            [
                f"Photo d'illustration © {agency}",
                f"Image d'archives. © {agency} / Archives",
                f"© Illustration {agency}",
            ]
        )
        cmp = (
            "Nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre "
            "appareil, mesurer l'audience et personnaliser les publicités"
        )
        newsletter = "Recevez chaque matin l'essentiel de l'actualité avec la newsletter Portail Actu"
        footer = "© 2026 Portail Actu – Tous droits réservés – Mentions légales – Gérer mes cookies"
        keep(chrome, caption, cmp, newsletter, footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "inLanguage": "fr-FR",
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "mainEntityOfPage": spec.url,
            **ld_extra,
        }
        page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} - Portail Actu</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:locale" content="fr_FR">
<meta property="og:site_name" content="Portail Actu">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head>
<body>
<div id="cmp" class="cmp-dialog" role="dialog" aria-modal="true"><p>{cmp}</p><button>Accepter et fermer</button><button>Continuer sans accepter</button><button>Paramétrer</button></div>
<div class="top-header"><a href="/" class="logo"><img src="/static/portail-logo.svg" alt="Portail Actu"></a>
<ul class="services"><li><a href="/mail">Mail</a></li><li><a href="/meteo">Météo</a></li><li><a href="/horoscope">Horoscope</a></li><li><a href="/jeux">Jeux</a></li></ul></div>
<nav class="rubriques"><a href="/actualites/france">France</a> <a href="/actualites/monde">Monde</a> <a href="/actualites/societe">Société</a> <a href="/actualites/economie">Économie</a> <a href="/sport">Sport</a></nav>
<div class="main-wrap"><div class="col-article">
<div class="article-head">{logo}<h1>{esc(s.title)}</h1>
<div class="article-meta">{esc(meta)}</div></div>
<figure class="article-photo"><img src="https://img.portail-fr.example/{stable_id(s.key)}.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="article-content">{paragraphs_html(body)}</div>
{source_html}
<div class="a-lire"><h2>À lire aussi</h2><ul>{also}</ul></div>
<div class="partage"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">Partager</a> <a href="https://x.com/intent/tweet?url={esc(spec.url)}">Publier sur X</a> <a href="mailto:?subject={esc(s.title)}">Envoyer</a></div>
<div class="sponsorises"><h3>Contenus sponsorisés</h3>{sponsored}</div>
</div>
<aside class="col-droite"><div class="pub"><iframe src="https://pub.portail-fr.example/pave" width="300" height="250" title="publicité"></iframe></div>
<div class="plus-lus"><h3>Les plus lus</h3><ol>{most}</ol></div>
<div class="nl"><p>{newsletter}</p><input type="email" placeholder="Votre adresse e-mail"></div></aside></div>
<footer class="footer"><p>{footer}</p></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome), body=shown_body)
