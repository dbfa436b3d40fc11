"""A German web-mail/portal news page (GMX-, t-online-like partner content): "Quelle: X" under the text,
"Dieser Beitrag erschien zuerst bei X", an "Ein Angebot von" partner box with the logo, or only a source meta
tag; teasers from other partners and the portal's own newsletter, consent layer and footer around it."""

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
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class PortalDe(Layout):
    name = "e_portal_de"
    language = "de"
    host = "www.postfach-portal.example"
    site_name = "Postfach.Portal"
    families = ("source_line", "footer_phrase", "sidebar_widget", "meta_tag")
    notes = "portal article with hashed classes, consent banner, 'Mehr aus Panorama' with partner names"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/magazine/nachrichten/{n:06d}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        head_extra = ""
        tail = ""
        box = ""
        if fam == "source_line":
            tail = f'<p class="_src_1bq2"><span>{pick(spec, ("Quelle: ", "Quelle | ", "Quellen: "), "w")}</span>{esc(src.name)}</p>'
        elif fam == "footer_phrase":
            line = pick(
                spec,
                (
                    f"Dieser Beitrag erschien zuerst bei {src.name}.",
                    f"Der Artikel wurde zuerst auf {src.name} veröffentlicht.",
                    f"Mit freundlicher Genehmigung von {src.name}.",
                ),
                "w",
            )
            tail = f'<p class="_note_7xk0"><i>{esc(line)}</i></p>'
            chrome.append(line)
        elif fam == "sidebar_widget":
            box = (
                f'<div class="_partner_3mz9"><span>Ein Angebot von</span><a href="{esc(src.home_url)}">'
                f'<img src="{esc(src.logo)}" alt="{esc(src.name)}"></a>{a(src.home_url, "Mehr von diesem Partner")}</div>'
            )
        elif fam == "meta_tag":
            kind = pick(spec, ("syn", "orig", "pub"), "m")
            if kind == "syn":
                head_extra = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == "orig":
                head_extra = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                head_extra = f'<meta name="citation_publisher" content="{esc(src.name)}">'
        more = teasers(spec, 6)
        chrome += [t.title for t in more]
        more_html = "".join(
            f'<li class="_teaser_0p8d"><span class="_kicker_22af">{esc(t.outlet)}</span>{a(t.url, t.title)}</li>'
            for t in more
        )
        consent = f"Wir und unsere Partner verwenden Cookies, um {self.site_name} zu finanzieren. Zustimmen und weiter"
        chrome.append(consent)
        letter = "Der Newsletter am Morgen: die wichtigsten Nachrichten des Tages kostenlos abonnieren"
        chrome.append(letter)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        head = (
            f'<title>{esc(story.title)} | {esc(self.site_name)}</title><link rel="canonical" href="{esc(spec.url)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}"><meta property="og:url" content="{esc(spec.url)}">'
            f"{head_extra}" + json_ld(ld)
        )
        page = f"""<div class="_consent_9a1c" role="dialog">{esc(consent)}</div>
<header class="_hdr_4e2a"><a href="/" class="_logo_8b0e">{esc(self.site_name)}</a><nav><a href="/mail">E-Mail</a><a href="/magazine/nachrichten">Nachrichten</a><a href="/magazine/sport">Sport</a><a href="/wetter">Wetter</a></nav></header>
<main class="_main_1f7d"><article class="_article_5c3b"><p class="_kicker_22af">Panorama</p><h1 class="_title_0d4f">{esc(story.title)}</h1>
<p class="_date_6a2e"><time datetime="{iso(spec.published_at)}">{spec.published_at:%d.%m.%Y, %H:%M} Uhr</time></p>{box}
<div class="_body_3e9b">{paragraphs_html(ps)}</div>{tail}
<div class="_share_2b1a"><button>Teilen</button><button>Merken</button></div></article>
<section class="_more_7c4d"><h2>Mehr aus Panorama</h2><ul>{more_html}</ul></section>
<div class="_nl_8e0f">{esc(letter)}</div></main>
<footer class="_ftr_1a2b"><p>© 2026 {esc(self.site_name)} · Impressum · Datenschutz · Nutzungsbedingungen</p></footer>"""
        return Rendered(doc("de", head, page), exposes, tuple(chrome), ps)
