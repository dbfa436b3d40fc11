"""Nachrichten24: a German mail-and-news portal in the manner of t-online, web.de / GMX and MSN Deutschland
(partner and agency copy under the portal's chrome, "Mehr zum Thema", "Anzeige" blocks, a consent wall).

Credits: a closing "Dieser Artikel erschien zuerst bei X" sentence, a link to the original, a "Von ... · X ·
vor 3 Std." meta line, a partner badge, a canonical link to the original, a responsibility disclaimer.
Distractors: "Mehr zum Thema" and "Meistgelesen" naming other outlets, "Anzeige" teasers, a dpa photo credit,
a newsletter box, the portal's name in og:site_name, JSON-LD and footer.
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
    DE_MONTHS,
    excerpt,
    keep,
    latin_name,
    photo_credit,
    stable_id,
)

ADS = (
    ("Diese Heizungsförderung kennen viele Eigentümer noch nicht", "Energieportal"),
    ("Tagesgeld: Diese Banken zahlen jetzt die höchsten Zinsen", "Zinsvergleich"),
)


class Nachrichten24(Layout):
    name = "nachrichten24"
    language = "de"
    host = "www.nachrichten24-portal.example"
    site_name = "Nachrichten24"
    families = ("footer_phrase", "read_original", "via_meta", "badge", "canonical", "disclaimer")
    notes = (
        "t-online / web.de / MSN Deutschland-style portal: 'Dieser Artikel erschien zuerst bei X', "
        "'Weiterlesen bei X', 'Von ... · X · vor 3 Std.', partner badge, canonical, disclaimer; consent wall"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/region/id_{100000000 + n * 4177}/artikel.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        name = latin_name(src)
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        when = spec.published_at
        stamp = f"Aktualisiert am {when:%d.%m.%Y}, {when:%H:%M} Uhr"
        meta = stamp
        badge = after = ""

        if spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"Dieser Artikel erschien zuerst bei {name}.",
                    f"Der Beitrag wurde zuerst auf {name} veröffentlicht.",
                    f"Mit freundlicher Genehmigung von {name}.",
                    f"Dieser Text ist zuerst in {name} erschienen.",
                ]
            )
            after = f'<p class="article-origin">{esc(text)}</p>'
            keep(chrome, text)
        elif spec.family == "read_original":
            label = rng.choice(
                [
                    "Zum Originalartikel",
                    f"Weiterlesen bei {name}",
                    f"Den vollständigen Artikel lesen Sie auf {src.domain}",
                ]
            )
            after = f'<p class="article-link"><a href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(label)}</a></p>'
            keep(chrome, label)
            exposes = True
        elif spec.family == "via_meta":
            hours = rng.randint(1, 9)
            meta = rng.choice(
                [
                    f"Von {s.author or 'Redaktion'} · {name} · vor {hours} Std.",
                    f"{stamp} · via {name}",
                    f"Quelle: {name} · {when.day}. {DE_MONTHS[when.month - 1]} {when.year}",
                ]
            )
        elif spec.family == "badge":
            badge = rng.choice(
                [
                    f'<span class="partner-badge">{esc(name)}</span>',
                    f'<div class="partner-row"><span class="label">Partnerinhalt</span> <span class="partner-badge">{esc(name)}</span></div>',
                ]
            )
        elif spec.family == "canonical":
            canonical = src.article_url
            exposes = True
        elif spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"Für den Inhalt dieses Beitrags ist ausschließlich {name} verantwortlich.",
                    f"Dieser Text wurde von {name} bereitgestellt und nicht von der Redaktion von Nachrichten24 geprüft.",
                    f"Der Inhalt stammt von {name}; Nachrichten24 übernimmt keine Haftung für die Richtigkeit.",
                ]
            )
            after = f'<div class="disclaimer"><p><small>{esc(text)}</small></p></div>'
            keep(chrome, text)
        keep(chrome, meta)

        topic = "".join(
            f'<li><a href="{esc(t.url)}"><span class="kicker">{esc(t.outlet)}</span> {esc(t.title)}</a></li>'
            for t in spec.teasers[:5]
        )
        most = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[5:10])
        keep(chrome, *(t.title for t in spec.teasers[:10]))
        ads = "".join(
            f'<div class="ad-teaser"><span class="anzeige">Anzeige</span><a href="https://werbung.n24portal.example/{i}" rel="sponsored">{esc(t)}</a><small>{esc(adv)}</small></div>'
            for i, (t, adv) in enumerate(ADS)
        )
        keep(chrome, *(t for t, _ in ADS))
        caption = f"Foto: {photo_credit(s, 'dpa', 'Imago')}/{rng.choice(['Archiv', 'Symbolbild', 'picture alliance'])}"
        consent = "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren"
        newsletter = "Der Nachrichten24-Newsletter: jeden Morgen die wichtigsten Nachrichten des Tages"
        footer = "© 2026 Nachrichten24 GmbH – Impressum – Datenschutz – Cookie-Einstellungen"
        keep(chrome, caption, consent, newsletter, footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "inLanguage": "de-DE",
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "mainEntityOfPage": spec.url,
        }
        page = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} | Nachrichten24</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:site_name" content="Nachrichten24">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(canonical)}">
{json_ld(ld)}
</head>
<body>
<div class="consent-wall" role="dialog"><p>{consent}</p><button>Akzeptieren</button><button>Einstellungen</button></div>
<header class="portal-header"><a href="/" class="logo"><img src="/img/n24-logo.svg" alt="Nachrichten24"></a>
<nav><a href="/mail">E-Mail</a> <a href="/nachrichten">Nachrichten</a> <a href="/sport">Sport</a> <a href="/finanzen">Finanzen</a> <a href="/wetter">Wetter</a></nav></header>
<div class="page"><main>
<article class="article">
<header>{badge}<p class="kicker">{esc(s.section or "Region")}</p><h1>{esc(s.title)}</h1>
<p class="meta">{esc(meta)}</p></header>
<figure><img src="https://bilder.n24portal.example/{stable_id(s.key)}.jpg" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="article-body">{paragraphs_html(spec.paragraphs)}</div>
{after}
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">Teilen</a> <a href="https://api.whatsapp.com/send?text={esc(spec.url)}">WhatsApp</a> <a href="mailto:?subject={esc(s.title)}">E-Mail</a></div>
</article>
<section class="mehr"><h2>Mehr zum Thema</h2><ul>{topic}</ul></section>
<section class="anzeigen">{ads}</section>
</main>
<aside><section class="meistgelesen"><h2>Meistgelesen</h2><ol>{most}</ol></section>
<section class="newsletter"><p>{newsletter}</p><input type="email" placeholder="E-Mail-Adresse"></section></aside></div>
<footer><p>{footer}</p></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
