"""Wirtschaftsticker Nord: a German business portal that reprints press releases and partner reports.

German portals carrying ots/press-portal feeds show the text under a "Pressemitteilung" kicker and close
it with the feed's stock lines: "Originaltext: X, verbreitet über ...", the "Pressekontakt" block, the
link "Zur Originalmeldung bei X" with the issuer's name, and a disclaimer that the issuer alone is
responsible ("Für den Inhalt der Meldung ist allein X verantwortlich"). Some copies carry the issuer only
in the NewsArticle graph. Chrome: a DAX ticker, "Meistgelesen", a cookie consent ("Alle akzeptieren") and
the Impressum footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class Pressemeldung(Layout):
    name = "h_pressemeldung"
    language = "de"
    host = "www.wirtschaftsticker-nord.example"
    site_name = "Wirtschaftsticker Nord"
    families = ("footer_phrase", "source_link", "disclaimer", "jsonld")
    notes = "German business portal with press-portal feeds: 'Originaltext: X, verbreitet über', 'Zur Originalmeldung bei X', 'allein X verantwortlich', JSON-LD"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/meldungen/{story.published_at:%Y%m%d}-{n + 8800}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        closing = ""
        link_line = ""
        note = "Die Redaktion übernimmt keine Gewähr für die Richtigkeit der Angaben in Pressemitteilungen."
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "footer_phrase":
            line = rng.choice(
                [
                    f"Originaltext: {src.name}, verbreitet über den Meldungsdienst des Portals",
                    f"Quelle der Meldung: {src.name}. Übernommen im Rahmen einer Content-Partnerschaft.",
                    f"Dieser Beitrag erschien zuerst bei {src.name}.",
                ]
            )
            closing = f'<p class="ots-footer">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "source_link":
            exposes = rng.random() < 0.7
            target = src.article_url if exposes else src.home_url
            lead = rng.choice(["Zur Originalmeldung bei", "Weitere Informationen:", "Mehr bei"])
            link_line = f'<p class="orig-link">{lead} {a(target, src.name, target="_blank")}</p>'
        elif fam == "disclaimer":
            note = rng.choice(
                [
                    f"Für den Inhalt der Meldung ist allein {src.name} verantwortlich.",
                    f"Inhaltlich verantwortlich für diese Mitteilung ist {src.name}; die Redaktion hat sie nicht bearbeitet.",
                    f"Dieser Text stammt von {src.name}. Wirtschaftsticker Nord übernimmt keine Haftung für Inhalt und Richtigkeit.",
                ]
            )
        elif fam == "jsonld":
            org: dict[str, object] = {"@type": "Organization", "name": src.name}
            key = rng.choice(["sourceOrganization", "isBasedOn"])
            if key == "isBasedOn":
                org = {"@type": "NewsArticle", "publisher": org}
                if rng.random() < 0.5:
                    org["url"] = src.article_url
                    exposes = True
            ld[key] = org
        chrome.append(note)
        most = pick(spec, 5)
        chrome += [t.title for t in most]
        dax = "DAX 19.842 +0,6 % · MDAX 26.110 −0,2 % · Euro/Dollar 1,0812 · Brent 74,30 $"
        cookie = "Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu."
        foot = f"© 2026 {self.site_name} · Impressum · Datenschutz · AGB · Kontakt"
        contact = "Pressekontakt: Presseabteilung, Telefon +49 40 000000-0, presse@example.test"
        chrome += [dax, cookie, foot, contact]
        rows = "".join(f"<li>{a(t.url, t.title)}</li>" for t in most)
        page = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="consent"><p>{esc(cookie)}</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header><a href="/" class="logo">{self.site_name}</a><div class="ticker">{dax}</div><nav><a href="/unternehmen/">Unternehmen</a> <a href="/maerkte/">Märkte</a> <a href="/region/">Region</a></nav></header>
<main><article><div class="kicker">Pressemitteilung</div><h1>{esc(s.title)}</h1><p class="datum">{spec.published_at:%d.%m.%Y – %H:%M} Uhr</p>
<div class="text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}{link_line}
<div class="kontakt"><p>{contact}</p></div><p class="hinweis"><small>{esc(note)}</small></p></article>
<aside><h3>Meistgelesen</h3><ol>{rows}</ol></aside></main>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
