"""نبض الخليج AMP: the AMP version of a Gulf aggregator's copies, as served from an AMP cache host.

A strict AMP document: ``<html ⚡>``, the boilerplate ``<style amp-boilerplate>``, ``amp-img`` for every
picture, ``amp-social-share`` buttons, an ``amp-sidebar`` menu, an ``amp-carousel`` of related items and an
``amp-user-notification`` consent bar. AMP pages must name a canonical: the aggregator's own copy, or the
original article when the aggregator pretends to be a pure reader. Credits: only that canonical, a
"المصدر: X" line under the article, the outlet's logo as ``amp-img`` inside a link, or a NewsArticle
graph whose ``isBasedOn`` names it.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class AmpCache(Layout):
    name = "h_amp_cache"
    language = "ar"
    host = "nabd-alkhaleej-com.cdn.ampcache.example"
    site_name = "نبض الخليج"
    families = ("canonical", "source_line", "logo_link", "jsonld")
    notes = "Gulf aggregator's AMP copies on an AMP-cache host: canonical to the original, 'المصدر:' line, amp-img logo link, isBasedOn"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/c/s/nabd-alkhaleej.example/amp/article/{n + 7100000}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        own = spec.url.replace(f"https://{self.host}/c/s/", "https://").replace("/amp/", "/")
        canonical = own
        line = ""
        logo = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "mainEntityOfPage": {"@type": "WebPage", "@id": own},
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": "https://nabd-alkhaleej.example/logo-amp.png"},
            },
        }
        if fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "source_line":
            label = rng.choice(["المصدر:", "المصدر :", "مصدر الخبر:"])
            line = f'<p class="src-line">{label} <span>{esc(src.name)}</span></p>'
            chrome.append(f"{label} {src.name}")
        elif fam == "logo_link":
            alt = rng.choice(["", src.name_latin or "", "المصدر"])
            logo = f'<a class="src-logo" href="{esc(src.home_url)}"><amp-img src="{esc(src.logo)}" width="90" height="30" layout="fixed" alt="{esc(alt)}"></amp-img></a>'
        elif fam == "jsonld":
            based: dict[str, object] = {
                "@type": "CreativeWork",
                "publisher": {"@type": "Organization", "name": src.name},
            }
            if rng.random() < 0.5:
                based["url"] = src.article_url
                exposes = True
            ld["isBasedOn"] = based
        og = ""
        if rng.random() < 0.5:
            og = f'<meta property="og:url" content="{esc(canonical if rng.random() < 0.5 else own)}">'
        related = pick(spec, 4)
        chrome += [t.title for t in related]
        consent = "يستخدم هذا الموقع ملفات تعريف الارتباط، وباستمرارك في التصفح فإنك توافق على ذلك"
        foot = f"{self.site_name} © 2026 - النسخة المسرعة للهواتف المحمولة"
        chrome += [consent, foot]
        slides = "".join(
            f'<div class="slide"><amp-img src="https://nabd-alkhaleej.example/thumbs/{i}.jpg" width="160" height="90" layout="responsive" alt=""></amp-img><h4>{a(t.url, t.title)}</h4></div>'
            for i, t in enumerate(related)
        )
        page = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.src-line{{color:#777;font-size:13px}}.hdr{{background:#0b4f6c;color:#fff}}</style>{json_ld(ld)}</head>
<body><amp-sidebar id="menu" layout="nodisplay" side="right"><ul><li><a href="https://nabd-alkhaleej.example/">الرئيسية</a></li><li><a href="https://nabd-alkhaleej.example/gulf">الخليج</a></li><li><a href="https://nabd-alkhaleej.example/economy">اقتصاد</a></li></ul></amp-sidebar>
<header class="hdr"><button on="tap:menu.toggle">☰</button> <a href="https://nabd-alkhaleej.example/">{self.site_name}</a></header>
<article><h1>{esc(s.title)}</h1><div class="meta"><time datetime="{iso(spec.published_at)}">{spec.published_at:%Y-%m-%d %H:%M}</time></div>{logo}
<amp-img src="https://nabd-alkhaleej.example/img/{spec.seed % 8000}.jpg" width="600" height="338" layout="responsive" alt=""></amp-img>
<div class="body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{line}
<div class="share"><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" data-param-app_id="0" width="40" height="40"></amp-social-share></div></article>
<section class="rel"><h3>أخبار مشابهة</h3><amp-carousel height="200" layout="fixed-height" type="carousel">{slides}</amp-carousel></section>
<amp-user-notification layout="nodisplay" id="consent"><p>{consent}</p><button on="tap:consent.dismiss">موافق</button></amp-user-notification>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
