"""Alger Flash: an Algerian francophone news aggregator on Drupal (node / field--name-* classes), French."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, local, long_date, share_links


class AlgerFlash(Layout):
    name = "b_algerflash"
    language = "fr"
    host = "www.alger-flash.com"
    site_name = "Alger Flash"
    families: ClassVar[tuple[str, ...]] = (
        "source_line",
        "footer_phrase",
        "read_original",
        "source_link",
        "jsonld",
    )
    notes = (
        "After Algerian and Maghreb francophone aggregators (Algérie 360-, DZ-portal-style) built on Drupal: a "
        "'Source' field rendered as label and value in separate divs (no colon), or 'Source : X' in italics at "
        "the very top, 'Cet article a été publié initialement par X' at the top or the end, 'Lire la suite "
        "sur X', 'D'après <cite>X</cite>', JSON-LD isBasedOn/citation; APS photo captions, prayer times and "
        "exchange-rate blocks, 'Les plus lus' with outlet names, the site's own slogan and copyright."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/node/{318000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 1)
        chrome: list[str] = []
        top: list[str] = []
        bottom: list[str] = []

        if fam == "source_line":
            style = rng.choice(("field", "italic_top", "plain_end"))
            if style == "field":
                bottom.append(
                    '<div class="field field--name-field-source field--type-string field--label-inline">'
                    f'<div class="field__label">Source</div><div class="field__item">{esc(src.name)}</div></div>'
                )
            elif style == "italic_top":
                top.append(f'<p class="chapo-source"><em>Source : {esc(src.name)}</em></p>')
            else:
                bottom.append(f'<p class="source">Source: {esc(src.name)}</p>')
        if fam == "footer_phrase":
            sentence = rng.choice(
                (
                    f"Cet article a été publié initialement par {src.name}.",
                    f"Article paru dans {src.name} le {long_date(local(st.published_at, 1), 'fr')}.",
                    f"L'article est paru initialement sur le site de {src.name}.",
                    f"Ce texte a d'abord été publié par nos confrères de {src.name}.",
                )
            )
            block = f'<p class="credit-article"><em>{esc(sentence)}</em></p>'
            (top if rng.random() < 0.5 else bottom).append(block)
            chrome.append(sentence)
        if fam == "read_original":
            label = rng.choice(
                (
                    f"Lire la suite sur {src.name}",
                    "Lire l'article original",
                    f"→ Voir l'article complet sur le site de {src.name}",
                )
            )
            bottom.append(
                f'<div class="field field--name-field-lien"><a class="btn-suite" href="{esc(src.article_url)}" '
                f'target="_blank" rel="noopener">{esc(label)}</a></div>'
            )
            chrome.append(label)
        meta_extra = ""
        if fam == "source_link":
            style = rng.choice(("cite", "via", "meta"))
            link = f'<a href="{esc(src.article_url)}" rel="nofollow">{esc(src.name)}</a>'
            if style == "cite":
                bottom.append(f"<p>D'après <cite>{link}</cite></p>")
            elif style == "via":
                top.append(f'<p class="via">Via {link}</p>')
            else:
                meta_extra = f' <span class="node__origin">{link}</span>'

        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "inLanguage": "fr-DZ",
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": site, "url": f"https://{self.host}/"},
            "mainEntityOfPage": spec.url,
        }
        if fam == "jsonld":
            kind = rng.choice(("isBasedOn", "citation", "isPartOf"))
            if kind == "isBasedOn":
                ld["isBasedOn"] = src.article_url
            elif kind == "citation":
                ld["citation"] = {
                    "@type": "NewsArticle",
                    "headline": st.title,
                    "url": src.article_url,
                    "publisher": {"@type": "NewsMediaOrganization", "name": src.name},
                }
            else:
                ld["isPartOf"] = {
                    "@type": ["CreativeWork", "Product"],
                    "name": src.name,
                    "productID": f"{src.domain}:basic",
                }

        credit = caption_credit(spec, rng, "fr")
        caption = f"Illustration de l'article – Photo : {credit}"
        chrome.append(caption)

        most = spec.teasers[:6]
        most_html = "".join(
            f'<div class="views-row"><span class="views-field-title"><a href="{esc(t.url)}">{esc(t.title)}</a></span>'
            f'<span class="views-field-field-source">{esc(t.outlet)}</span></div>'
            for t in most
        )
        latest = spec.teasers[6:11]
        latest_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in latest)
        chrome += [t.title for t in most] + [t.title for t in latest]
        prayers = (
            "Horaires de prière – Alger : Fajr 05:41 · Dhohr 12:52 · Asr 16:10 · Maghreb 18:37 · Icha 19:55"
        )
        rates = f"Change : 1 € = {rng.randint(145, 150)},{rng.randint(10, 99)} DA (officiel) · {rng.randint(235, 260)} DA (square)"
        slogan = f"{site} – toute l'actualité algérienne en continu, 24h/24"
        footer = f"© {when.year} {site}. Reproduction interdite sans autorisation. Mentions légales · Contact"
        newsletter = "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail"
        chrome += [prayers, rates, slogan, footer, newsletter]
        shares = "".join(
            f'<li><a href="{esc(h)}" class="share-{n}" target="_blank">{n}</a></li>'
            for n, h in share_links(spec.url, st.title, ("facebook", "x", "whatsapp", "linkedin"))
        )
        body_html = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)

        page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} | {esc(site)}</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="{esc(spec.url)}">
<link rel="shortlink" href="{esc(spec.url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:title" content="{esc(st.title)}">
{json_ld(ld)}
</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas">
<div class="region region-top-bar"><div class="block block-prayers">{esc(prayers)}</div><div class="block block-change">{esc(rates)}</div></div>
<header class="region region-header"><div class="block block-system-branding-block"><a href="https://{self.host}/" rel="home" class="site-logo">{esc(site)}</a>
<div class="site-slogan">{esc(slogan)}</div></div>
<nav class="block block-menu"><ul class="menu"><li><a href="https://{self.host}/algerie">Algérie</a></li><li><a href="https://{self.host}/economie">Économie</a></li><li><a href="https://{self.host}/monde">Monde</a></li><li><a href="https://{self.host}/sport">Sport</a></li><li><a href="https://{self.host}/culture">Culture</a></li></ul></nav></header>
<main class="layout-content">
<article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(st.title)}</span></h1>
<div class="node__meta"><span class="field--name-created">{esc(long_date(when, "fr", weekday=True))} – {when:%H:%M}</span>{meta_extra}</div>
<div class="node__content">
{"".join(top)}
<div class="field field--name-field-image"><img src="https://{self.host}/sites/default/files/styles/large/public/{when:%Y-%m}/img{spec.seed}.jpg" alt="">
<div class="field--name-field-legende">{esc(caption)}</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{body_html}</div>
{"".join(bottom)}
<ul class="share-links">{shares}</ul>
</div>
</article>
<div class="block block-views-blockles-plus-lus"><h2>Les plus lus</h2>{most_html}</div>
</main>
<aside class="layout-sidebar-first"><div class="block block-views-block-derniere-minute"><h2>Dernière minute</h2><ul>{latest_html}</ul></div>
<div class="block block-newsletter"><p>{esc(newsletter)}</p><form><input type="email" placeholder="Votre e-mail"></form></div></aside>
<footer class="region region-footer"><p>{esc(footer)}</p></footer>
</div>
</body>
</html>"""
        return finish(spec, page, chrome)
