"""واصل الإخبارية: a Saudi news portal in the Sabq mould that runs wire (SPA) items beside its own stories.

A modern portal: a prayer-free top bar with the date and weather, a mega menu, the story with the section
pill, an author row, a share rail, the text, "اقرأ أيضاً" inline cards and a "الأكثر تداولاً" sidebar naming
other outlets. Wire and partner items credit their source: a "الرياض - واس" dateline opening the text, the
author row naming the agency or partner ("واصل - واس"), a "من شركائنا" box in the side rail, or only the JSON-LD.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, dateline_body, others, shown


class WaslPortal(Layout):
    name = "g_wasl_portal"
    language = "ar"
    host = "www.wasel-news.example"
    site_name = "واصل الإخبارية"
    families = ("wire_dateline", "byline_outlet", "sidebar_widget", "jsonld")
    notes = "Sabq-like Saudi portal running SPA/partner items: 'الرياض - X' dateline, author row with the agency, partner box, JSON-LD"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/saudi/{n:x}{story.published_at:%d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        body: tuple[str, ...] | None = None
        author_row = '<div class="author-row"><span>واصل الإخبارية - فريق التحرير</span></div>'
        box = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Organization", "name": self.site_name},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "wire_dateline":
            body = dateline_body(
                spec, rng.choice(["الرياض - {wire} - ", "جدة - {wire}: ", "{wire} - الرياض: "])
            )
        elif fam == "byline_outlet":
            line = rng.choice(
                [f"واصل - {src.name}", f"{src.name} - متابعات", f"المحرر: {s.author or 'واصل'} | {src.name}"]
            )
            author_row = f'<div class="author-row"><span>{esc(line)}</span></div>'
            chrome.append(line)
        elif fam == "sidebar_widget":
            to_article = rng.random() < 0.4
            target = src.article_url if to_article else src.home_url
            exposes = to_article
            label = rng.choice(["من شركائنا", "الخبر بالتعاون مع", "شريك المحتوى"])
            box = (
                f'<div class="partner-box"><h4>{esc(label)}</h4><a href="{esc(target)}"><img src="{esc(src.logo)}" alt="{esc(src.name)}"></a>'
                f"<p>{esc(src.name)}</p></div>"
            )
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["author"] = {"@type": "Organization", "name": src.name}
            else:
                ld["sourceOrganization"] = {"@type": "Organization", "name": src.name, "url": src.home_url}
            if rng.random() < 0.3:
                ld["isBasedOn"] = src.article_url
                exposes = True
        paragraphs = list(body or spec.paragraphs)
        cards = others(spec, 2)
        trending = others(spec, 5, skip=2)
        chrome += [t.title for t in cards + trending]
        inline = "".join(
            f'<div class="read-also"><span>اقرأ أيضاً</span> {a(t.url, t.title)}</div>' for t in cards
        )
        parts = [f"<p>{esc(p)}</p>" for p in paragraphs]
        parts.insert(min(2, len(parts)), inline)
        tr = "".join(f"<li>{a(t.url, t.title)}</li>" for t in trending)
        app = "حمّل تطبيق واصل الإخبارية وتابع الأخبار لحظة بلحظة"
        foot = "واصل الإخبارية صحيفة إلكترونية سعودية مرخصة من وزارة الإعلام © 2026"
        chrome += [app, foot]
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - واصل الإخبارية</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">{json_ld(ld)}</head><body>
<div class="top-bar"><span>{spec.published_at:%A %d %B %Y}</span><span class="weather">الرياض 24°</span></div>
<header><a href="https://{self.host}/" class="logo"><img src="https://{self.host}/static/wasel.svg" alt="واصل الإخبارية"></a>
<nav class="mega"><a href="/saudi">السعودية</a><a href="/world">العالم</a><a href="/sport">الرياضة</a><a href="/tech">تقنية</a></nav></header>
<div class="page"><article><span class="pill">{esc(s.section or "محليات")}</span><h1>{esc(s.title)}</h1>{author_row}
<time datetime="{iso(spec.published_at)}">{spec.published_at:%d-%m-%Y %H:%M}</time><div class="share-rail"><a href="#">X</a><a href="#">واتساب</a></div>
<div class="article-body">{"".join(parts)}</div></article>
<aside>{box}<div class="trending"><h3>الأكثر تداولاً</h3><ol>{tr}</ol></div></aside></div>
<div class="app-promo">{app}</div><footer>{foot}</footer></body></html>"""
        return Rendered(page, exposes, shown(chrome), body)
