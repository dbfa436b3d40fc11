"""Hexa Actu: the news section of a French ISP/webmail portal (the Orange-actu / Free-actu kind).

Partner stories run in the portal's shell: a "Source : X" line over the text, the partner's logo over the
headline linking to its home page, a closing "Cet article a été publié initialement sur X", a Creative
Commons note for The-Conversation-style partners ("republié à partir de X sous licence Creative Commons"),
or only a ``dc.source``/``original-source`` meta. A wire credit ("avec AFP") sits in the meta line when the
partner credits one. Chrome: the portal bar (Mail, Météo, Horoscope), a "En continu" list, "Les plus lus"
naming other partners, a CMP cookie banner and the portal's legal footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, title_slug


class PortailActu(Layout):
    name = "f_portail_actu"
    language = "fr"
    host = "actu.hexaportail.example"
    site_name = "Hexa Actu"
    families = ("source_line", "logo_link", "footer_phrase", "cc_notice", "meta_tag")
    notes = "French ISP portal news (Orange/Free actu-like): 'Source :', partner logo, 'publié initialement sur', CC note, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/societe/article/{title_slug(story.title)}-CNT000002{n:05d}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        shown = src.name_latin or src.name
        metas = ""
        over = ""
        logo = ""
        closing = ""
        if fam == "source_line":
            text = rng.choice([f"Source : {shown}", f"Source: {shown}", f"Par la rédaction de {shown}"])
            over = f'<p class="source">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "logo_link":
            alt = rng.choice(["", f"Logo {shown}", shown])
            logo = f'<div class="partner">{link_logo(src.home_url, src.logo, alt)}</div>'
        elif fam == "footer_phrase":
            text = rng.choice(
                [
                    f"Cet article a été publié initialement sur {shown}.",
                    f"Article paru à l'origine dans {shown}.",
                    f"Retrouvez cet article sur le site de {shown}.",
                ]
            )
            closing = f'<p class="mention">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "cc_notice":
            text = f"Cet article est republié à partir de {shown} sous licence Creative Commons."
            read = rng.choice(["Lire l'article original.", "Lire l'article d'origine."])
            if rng.random() < 0.6:
                closing = f'<p class="cc">{esc(text)} {link(src.article_url, read)}</p>'
                exposes = True
                chrome.append(f"{text} {read}")
            else:
                closing = f'<p class="cc">{esc(text)}</p>'
                chrome.append(text)
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(shown)}">'
            else:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
        agency = f" avec {esc(s.agency)}" if s.agency and fam not in ("meta_tag",) else ""
        feed = other_items(spec, 5)
        most = other_items(spec, 4, skip=5)
        chrome += [t.title for t in feed + most]
        cookie = "Hexa et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les publicités."
        foot = "© Hexa Télécom 2026 – Mentions légales – Données personnelles – Gérer mes cookies"
        chrome += [cookie, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "inLanguage": "fr-FR",
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        cont = "".join(
            f'<li><span class="h">{spec.published_at:%H:%M}</span> {link(t.url, t.title)}</li>' for t in feed
        )
        lus = "".join(
            f'<li>{link(t.url, t.title)}<span class="part">{esc(t.outlet)}</span></li>' for t in most
        )
        page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><meta property="og:locale" content="fr_FR">{metas}
<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="portal-bar"><a href="https://www.hexaportail.example/">Hexa</a> <a href="https://mail.hexaportail.example/">Mail</a> <a href="/meteo">Météo</a> <a href="/horoscope">Horoscope</a> <a href="/sport">Sport</a></div>
<header><a class="brand" href="/">{self.site_name}</a><nav><a href="/france">France</a><a href="/monde">Monde</a><a href="/societe">Société</a><a href="/economie">Économie</a></nav></header>
<div class="grid"><article>{logo}<h1>{esc(s.title)}</h1><div class="meta">Publié le {spec.published_at:%d/%m/%Y à %H:%M}{agency}</div>{over}
<div class="texte">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}</article>
<aside><section><h2>En continu</h2><ul>{cont}</ul></section><section><h2>Les plus lus</h2><ol>{lus}</ol></section></aside></div>
<div id="cmp-banner"><p>{esc(cookie)}</p><button>Accepter</button><button>Paramétrer</button></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))


def link_logo(href: str, src: str, alt: str) -> str:
    return f'<a href="{esc(href)}" target="_blank" rel="noopener"><img src="{esc(src)}" alt="{esc(alt)}" class="partner-logo"></a>'
