"""Bergblick News: a Swiss-German portal front (telecom-portal style) that carries partner newsrooms' stories.

A portal page: a service bar (Mail, TV-Programm, Wetter Zürich 7°), the "News" tab row, the story under a
kicker with a small partner label, an "Das könnte Sie auch interessieren" teaser grid naming other outlets,
a "Meistgelesen" box and a Swiss footer (AGB, Impressum). Credits: the byline naming the partner ("Von Jon
Ortega, Outlet"), a label chip in the kicker, a "Zum Originalartikel" link to the original, or the JSON-LD.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, latin_slug, others, shown


class AlpenPortalDe(Layout):
    name = "g_alpen_portal_de"
    language = "de"
    host = "news.bergblick-portal.example"
    site_name = "Bergblick News"
    families = ("byline_outlet", "badge", "read_original", "jsonld")
    notes = "Swiss-German telecom-style portal with partner stories: 'Von X, Outlet' byline, kicker label, 'Zum Originalartikel', JSON-LD"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/de/news/{latin_slug(story.title)}-{n * 3 + 2000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        who = s.author or "Redaktion"
        byline = f'<p class="autor">Von {esc(who)}</p>'
        label = ""
        tail = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "byline_outlet":
            line = rng.choice(
                [f"Von {who}, {src.name}", f"{who} / {src.name}", f"Ein Artikel von {src.name}"]
            )
            byline = f'<p class="autor">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "badge":
            label = f'<span class="partner-label">{esc(rng.choice([src.name, "Partner: " + src.name, src.name + " Plus"]))}</span>'
        elif fam == "read_original":
            text = rng.choice(
                ["Zum Originalartikel", f"Weiterlesen bei {src.name}", "Den ganzen Artikel lesen"]
            )
            tail = f'<p class="weiter">{a(src.article_url, text)}</p>'
            chrome.append(text)
            exposes = True
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["author"] = [{"@type": "Person", "name": who}, {"@type": "Organization", "name": src.name}]
            else:
                ld["sourceOrganization"] = {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                }
            if rng.random() < 0.35:
                ld["isBasedOn"] = src.article_url
                exposes = True
        grid = others(spec, 4)
        most = others(spec, 4, skip=4)
        chrome += [t.title for t in grid + most]
        grid_html = "".join(
            f'<div class="teaser">{a(t.url, t.title)}<span class="quelle">{esc(t.outlet)}</span></div>'
            for t in grid
        )
        most_html = "".join(f"<li>{a(t.url, t.title)}</li>" for t in most)
        service = "Mail · TV-Programm · Wetter Zürich 7° · Börse SMI 12'104"
        foot = "Bergblick News · AGB · Impressum · Datenschutz · Werbung auf Bergblick"
        chrome += [service, foot]
        page = f"""<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>{esc(s.title)} - Bergblick News</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div class="service">{service}</div><header><a href="https://{self.host}/" class="logo">Bergblick News</a>
<nav class="tabs"><a href="/de/news">News</a> <a href="/de/sport">Sport</a> <a href="/de/people">People</a> <a href="/de/digital">Digital</a></nav></header>
<main><article><div class="kicker">{esc(s.section or "Schweiz")} {label}</div><h1>{esc(s.title)}</h1>{byline}
<p class="zeit">{spec.published_at:%d.%m.%Y, %H:%M} Uhr</p><div class="text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}</article>
<section class="interesse"><h2>Das könnte Sie auch interessieren</h2>{grid_html}</section></main>
<aside><h3>Meistgelesen</h3><ol>{most_html}</ol></aside><footer>{foot}</footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
