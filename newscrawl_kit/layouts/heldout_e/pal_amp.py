"""A Palestinian news network's AMP page (amp-img, amp-sidebar, amp-social-share): the source label in the
header meta, the outlet's logo as an amp-img link, an original-story button, or a "City - Outlet" byline;
photo captions credit wire photographers (not the story's source)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, names, pick, teasers


class PalAmp(Layout):
    name = "e_pal_amp"
    language = "ar"
    host = "www.zaytoon-net.example"
    site_name = "شبكة الزيتون الإخبارية"
    families = ("source_line", "logo_link", "read_original", "byline_outlet")
    notes = "AMP article of a Ramallah/Gaza news network: amp boilerplate, amp-ad slots, caption crediting a photo agency"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/amp/post/{520000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        city = pick(spec, ("رام الله", "غزة", "نابلس", "القدس المحتلة"), "city")
        byline = f"{city} - {self.site_name}"
        meta_src = ""
        if fam == "source_line":
            meta_src = f'<span class="src">{pick(spec, ("المصدر :", "المصدر:"), "w")} {esc(src.name)}</span>'
        elif fam == "byline_outlet":
            byline = pick(spec, (f"{city} - {src.name}", f"{src.name} - {city}"), "w")
        logo = ""
        if fam == "logo_link":
            logo = (
                f'<a class="src-logo" href="{esc(src.home_url)}"><amp-img src="{esc(src.logo)}" width="80" '
                'height="24" layout="fixed" alt=""></amp-img></a>'
            )
        tail = ""
        if fam == "read_original":
            label = pick(spec, ("رابط الخبر الأصلي", "اقرأ الخبر من المصدر", "للاطلاع على الخبر كاملاً"), "w")
            tail = f'<a class="btn-source" href="{esc(src.article_url)}">{label}</a>'
            exposes = True
        caption = pick(
            spec,
            (
                "صورة أرشيفية - تصوير: وكالة الأناضول",
                "صورة توضيحية من الأرشيف (أ ف ب)",
                "صورة من موقع الحدث - عدسة الزيتون",
            ),
            "cap",
        )
        if names(src, caption):
            caption = "صورة من موقع الحدث - عدسة الزيتون"
        chrome.append(caption)
        latest = teasers(spec, 6)
        chrome += [t.title for t in latest]
        latest_html = "".join(f"<li>{a(t.url.replace('/news/', '/amp/post/'), t.title)}</li>" for t in latest)
        rights = f"جميع الحقوق محفوظة © {self.site_name} 2026"
        chrome.append(rights)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "image": [f"https://{self.host}/uploads/{spec.seed % 9999}.jpg"],
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/logo.png"},
            },
        }
        canonical = spec.url.replace("/amp/post/", "/post/")
        html = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(story.title)} | {esc(self.site_name)}</title><link rel="canonical" href="{esc(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="{esc(self.site_name)}"><meta property="og:url" content="{esc(canonical)}">
{json_ld(ld)}<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.src{{color:#b00}}.btn-source{{display:block}}</style></head>
<body><amp-sidebar id="menu" layout="nodisplay" side="right"><ul><li><a href="/amp/">الرئيسية</a></li><li><a href="/amp/cat/palestine">فلسطين</a></li><li><a href="/amp/cat/arab">عربي ودولي</a></li></ul></amp-sidebar>
<header class="hdr"><button on="tap:menu.toggle">☰</button><a href="/amp/"><amp-img src="/logo.png" width="140" height="40" alt="{esc(self.site_name)}"></amp-img></a></header>
<amp-ad width="320" height="100" type="adsense" data-ad-client="ca-pub-000" data-ad-slot="11"></amp-ad>
<article><h1>{esc(story.title)}</h1>
<div class="meta"><span class="by">{esc(byline)}</span> <time datetime="{iso(spec.published_at)}">{spec.published_at:%H:%M - %d/%m/%Y}</time> {meta_src}{logo}</div>
<figure><amp-img src="https://{self.host}/uploads/{spec.seed % 9999}.jpg" width="800" height="450" layout="responsive" alt="{esc(story.title)}"></amp-img><figcaption>{esc(caption)}</figcaption></figure>
<div class="content">{paragraphs_html(ps)}</div>{tail}
<div class="share"><amp-social-share type="facebook" data-param-app_id="1"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="telegram"></amp-social-share></div></article>
<section class="latest"><h2>آخر الأخبار</h2><ul>{latest_html}</ul></section>
<footer><p>{esc(rights)}</p><a href="{esc(canonical)}">النسخة الكاملة</a></footer></body></html>"""
        return Rendered(html, exposes, tuple(chrome), ps)
