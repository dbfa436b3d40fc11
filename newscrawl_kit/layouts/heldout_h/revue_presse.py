"""Veille Normandie : a French regional press-review site ("revue de presse") that reposts local articles.

A Drupal-type site run by a local association: a "Revue de presse du jour" header, the article under a
"Dans la presse" kicker, then the credits as such reviews print them: "Source : X" under the text, "Lire
l'article sur le site de X" (or "Lire la suite"), "par Claire Martin via X" in the meta line, or only a
canonical to the paper's article. Chrome: a cookie banner (CNIL wording), "Les plus lus" naming other
papers, an "Agenda" block, a newsletter box and the association's footer with its legal notice.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, words_slug


class RevuePresse(Layout):
    name = "h_revue_presse"
    language = "fr"
    host = "www.veille-normandie.example"
    site_name = "Veille Normandie"
    families = ("source_line", "read_original", "via_meta", "canonical")
    notes = "French regional press-review site (Drupal): 'Source : X', 'Lire l'article sur le site de X', 'via X' meta, canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/revue-de-presse/{words_slug(story.title)}-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        meta = f"Publié le {spec.published_at:%d/%m/%Y à %Hh%M}"
        after = ""
        if fam == "source_line":
            text = rng.choice(
                [
                    f"Source : {src.name}",
                    f"Source : {src.name} ({s.published_at:%d/%m/%Y})",
                    f"Article source : {src.name}",
                ]
            )
            after = f'<div class="field field--name-field-source"><div class="field__item">{esc(text)}</div></div>'
            chrome.append(text)
        elif fam == "read_original":
            text = rng.choice(
                [
                    f"Lire l'article sur le site de {src.name}",
                    "Lire la suite de l'article",
                    f"L'article complet est à lire sur {src.name}",
                ]
            )
            after = f'<p class="lien-source">{a(src.article_url, text, target="_blank", rel="noopener")}</p>'
            exposes = True
            chrome.append(text)
        elif fam == "via_meta":
            meta = rng.choice(
                [
                    f"par {s.author or 'la rédaction'} via {src.name} — {spec.published_at:%d/%m/%Y}",
                    f"Publié le {spec.published_at:%d/%m/%Y} · via {src.name}",
                    f"{src.name} · {spec.published_at:%d/%m/%Y à %Hh%M}",
                ]
            )
            chrome.append(meta)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        lus = pick(spec, 5)
        chrome += [t.title for t in lus]
        cookie = "Ce site utilise des cookies pour mesurer l'audience. Vous pouvez accepter, refuser ou personnaliser vos choix."
        agenda = "Agenda : conseil communautaire jeudi 18h30, salle des fêtes — entrée libre"
        foot = f"{self.site_name} est édité par une association loi 1901 · Mentions légales · Contact · Plan du site"
        chrome += [cookie, agenda, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        rows = "".join(
            f'<li>{a(t.url, t.title)} <span class="journal">— {esc(t.outlet)}</span></li>' for t in lus
        )
        og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else spec.url)}">'
        page = f"""<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta property="og:site_name" content="{self.site_name}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">{json_ld(ld)}</head>
<body class="path-node page-node-type-revue"><div id="tarteaucitronRoot" class="cookie-banner"><p>{esc(cookie)}</p><button>Tout accepter</button><button>Tout refuser</button><button>Personnaliser</button></div>
<header role="banner"><a href="/" rel="home" class="site-logo">{self.site_name}</a><p class="slogan">Revue de presse du jour</p>
<nav><ul class="menu"><li><a href="/territoire">Territoire</a></li><li><a href="/economie">Économie</a></li><li><a href="/culture">Culture</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main role="main"><article class="node node--type-revue"><div class="kicker">Dans la presse</div><h1 class="page-title"><span>{esc(s.title)}</span></h1>
<div class="node__meta">{esc(meta)}</div><div class="node__content clearfix"><div class="field--name-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{after}</div>
<div class="partage"><a href="#">Partager sur Facebook</a> <a href="#">Partager par courriel</a></div></article></main>
<aside class="sidebar"><div class="block"><h2>Les plus lus</h2><ul>{rows}</ul></div><div class="block"><p>{esc(agenda)}</p></div>
<div class="block newsletter"><h2>Lettre d'information</h2><input type="email" placeholder="Votre adresse e-mail"></div></aside>
<footer role="contentinfo"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
