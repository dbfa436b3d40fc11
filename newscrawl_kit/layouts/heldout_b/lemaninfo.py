"""Léman Info: a Swiss/Belgian-style francophone news portal republishing partner and wire copy, French."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, local, long_date, share_links

CITIES = ("Genève", "Lausanne", "Bruxelles", "Neuchâtel", "Liège", "Fribourg")


class LemanInfo(Layout):
    name = "b_lemaninfo"
    language = "fr"
    host = "www.lemaninfo.ch"
    site_name = "Léman Info"
    families: ClassVar[tuple[str, ...]] = (
        "wire_dateline",
        "byline_outlet",
        "disclaimer",
        "meta_tag",
        "footer_phrase",
    )
    notes = (
        "After Swiss and Belgian francophone portals that carry partner and agency copy (romandie.com-, "
        "bluewin-, 7sur7-style): 'Genève (X) –' datelines, '(X / 04.03.2026 10:40)' closing a dispatch, "
        "'© X' lines, 'Par A, X' bylines, responsibility notes, dc.source / original-source / link rel=original "
        "in the head only; French class names, market ticker, weather, 'Les plus lus', Keystone captions."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/fr/actualites/suisse/{1200000 + n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 1)
        orig = local(st.published_at, 1)
        chrome: list[str] = []

        paragraphs = list(spec.paragraphs)
        body: tuple[str, ...] | None = None
        if fam == "wire_dateline":
            city = rng.choice(CITIES)
            dateline = rng.choice(
                (
                    f"{city} ({src.name}) - ",
                    f"{city}, {orig.day} {long_date(orig, 'fr').split()[1]} ({src.name}) – ",
                    f"({src.name}) – ",
                )
            )
            paragraphs[0] = dateline + paragraphs[0]
            body = tuple(paragraphs)

        head: list[str] = []
        if fam == "meta_tag":
            head.append(
                rng.choice(
                    (
                        f'<meta name="dc.source" content="{esc(src.name)}">',
                        f'<meta name="original-source" content="{esc(src.article_url)}">',
                        f'<link rel="original" href="{esc(src.article_url)}">',
                        f'<meta name="syndication-source" content="{esc(src.article_url)}">',
                    )
                )
            )

        author = st.author or "Rédaction"
        signature = f"Par {author}"
        if fam == "byline_outlet":
            signature = rng.choice(
                (f"Par {author}, {src.name}", f"{author} ({src.name})", f"{src.name} – {author}")
            )
            chrome.append(signature)

        closing: list[str] = []
        if fam == "footer_phrase":
            style = rng.choice(("paren", "copy", "orig"))
            text = {
                "paren": f"({src.name} / {orig:%d.%m.%Y %H:%M})",
                "copy": f"© {src.name} – tous droits réservés",
                "orig": f"Article original : {src.name}",
            }[style]
            closing.append(f'<p class="signature-source">{esc(text)}</p>')
            chrome.append(text)
        if fam == "disclaimer":
            text = rng.choice(
                (
                    f"Cet article a été publié par {src.name}. La rédaction de {site} n'est pas responsable de son contenu.",
                    f"Contenu fourni par {src.name} ; {site} décline toute responsabilité quant à son exactitude.",
                    f"Les informations ci-dessus sont publiées sous la seule responsabilité de {src.name}.",
                )
            )
            closing.append(f'<p class="avertissement"><small>{esc(text)}</small></p>')
            chrome.append(text)

        credit = caption_credit(spec, rng, "fr")
        caption = f"Image d'illustration (photo : {credit})"
        chrome.append(caption)

        market = f"SMI {rng.randint(11200, 12400)} ({rng.choice(('+', '-'))}0,{rng.randint(10, 95)}%) · EUR/CHF 0,9{rng.randint(10, 80)} · Or {rng.randint(2300, 2900)} $"
        weather = f"Météo Genève : {rng.randint(2, 19)}°C, nuageux · Lausanne : {rng.randint(1, 18)}°C"
        most = spec.teasers[:5]
        most_html = "".join(
            f'<li class="bloc-lesplus__item"><a href="{esc(t.url)}">{esc(t.title)}</a><span class="bloc-lesplus__src">{esc(t.outlet)}</span></li>'
            for t in most
        )
        fil = spec.teasers[5:11]
        fil_html = "".join(
            f'<li><span class="heure">{(when.hour - i - 1) % 24:02d}:{(7 * i) % 60:02d}</span> <a href="{esc(t.url)}">{esc(t.title)}</a></li>'
            for i, t in enumerate(fil)
        )
        chrome += [t.title for t in most] + [t.title for t in fil]
        ad = "Publicité – Votre hypothèque au meilleur taux en Suisse romande, comparez en deux minutes"
        footer = f"© {when.year} {site} · Impressum · Protection des données · Conditions d'utilisation"
        chrome += [market, weather, ad, footer]
        shares = " ".join(
            f'<a class="partage partage--{n}" href="{esc(h)}">{n}</a>'
            for n, h in share_links(spec.url, st.title, ("facebook", "x", "linkedin", "email"))
        )
        body_html = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        chapeau = f"{st.section or 'Actualité'} · {long_date(when, 'fr', weekday=True)}"

        page = f"""<!DOCTYPE html>
<html lang="fr-CH">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} - {esc(site)}</title>
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:title" content="{esc(st.title)}">
<meta name="author" content="{esc(site)}">
<meta name="date" content="{iso(spec.published_at)}">
{"".join(head)}
</head>
<body class="page-article">
<div class="bandeau-bourse">{esc(market)}</div>
<header class="entete-site"><a class="entete-site__logo" href="https://{self.host}/fr/">{esc(site)}</a><span class="entete-site__meteo">{esc(weather)}</span>
<nav class="menu-principal"><a href="https://{self.host}/fr/actualites/suisse/">Suisse</a> <a href="https://{self.host}/fr/actualites/monde/">Monde</a> <a href="https://{self.host}/fr/economie/">Économie</a> <a href="https://{self.host}/fr/sport/">Sport</a></nav></header>
<div class="colonnes">
<main class="colonne-principale">
<article class="article">
<div class="article-entete"><p class="chapeau-rubrique">{esc(chapeau)}</p><h1 class="article-titre">{esc(st.title)}</h1>
<p class="article-signature">{esc(signature)} · <time datetime="{iso(spec.published_at)}">{when:%d.%m.%Y %H:%M}</time></p></div>
<figure class="article-image"><img src="https://img.{self.host.removeprefix("www.")}/{spec.seed}/w800.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="corps-article">{body_html}</div>
{"".join(closing)}
<div class="article-partage">{shares}</div>
</article>
<div class="pub pub--rectangle"><a href="https://pub.{self.host.removeprefix("www.")}/c?{spec.seed}" rel="sponsored">{esc(ad)}</a></div>
</main>
<aside class="colonne-droite"><section class="bloc-lesplus"><h2>Les plus lus</h2><ol>{most_html}</ol></section>
<section class="bloc-fil"><h2>Le fil info</h2><ul>{fil_html}</ul></section></aside>
</div>
<footer class="pied-site"><p>{esc(footer)}</p></footer>
</body>
</html>"""
        return finish(spec, page, chrome, body)
