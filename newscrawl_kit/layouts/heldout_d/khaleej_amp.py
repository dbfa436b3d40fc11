"""الخليج اليوم (AMP): the AMP edition of a Gulf aggregator, as Google's AMP cache serves it.

``<html ⚡>``, the AMP boilerplate, ``amp-img``, ``amp-social-share``, ``amp-analytics``, a sidebar menu; the
canonical of a normal copy points at the site's own non-AMP page on ``www.`` (same site, other host). Credits:
"المصدر:" under the title, "بحسب ما نشره موقع X" / "وفقاً لـ X" linked, a source label over the title,
metadata only (a meta tag or the canonical pointing at the original).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers

_BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{animation:none}</style></noscript>"
)


class KhaleejAmp(Layout):
    name = "d_khaleej_amp"
    language = "ar"
    host = "amp.khaleejalyoum.example"
    site_name = "الخليج اليوم"
    families = ("canonical", "source_line", "source_link", "meta_tag", "badge")
    notes = "Gulf aggregator AMP pages; canonical to own www page; 'بحسب ما نشره موقع', 'وفقاً لـ', meta-only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/amp/article/{880000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url.replace("://amp.", "://www.").replace("/amp/", "/")
        og_url = canonical
        metas = ""
        label = ""
        under = ""
        after = ""
        if fam == "canonical":
            canonical = src.article_url
            if rng.random() < 0.5:
                og_url = src.article_url
            exposes = True
        elif fam == "meta_tag":
            kind = rng.randrange(4)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 2:
                metas = f'<meta name="dc.source" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="source" content="{esc(src.name)}"><meta name="news_keywords" content="الخليج,أخبار">'
        elif fam == "badge":
            label = f'<div class="src-label"><span>{esc(src.name)}</span></div>'
        elif fam == "source_line":
            under = rng.choice(
                [
                    f'<div class="src">المصدر: {esc(src.name)}</div>',
                    f'<div class="src">المصدر : {esc(src.name)} - وكالات</div>',
                ]
            )
        elif fam == "source_link":
            word = rng.choice(["بحسب ما نشره موقع", "وفقاً لـ", "عن موقع"])
            after = f'<p class="via">{word} <a href="{esc(src.article_url)}" target="_blank">{esc(src.name)}</a></p>'
            exposes = True
        more = teasers(spec, 5)
        chrome += [t.title for t in more]
        foot = "جميع الحقوق محفوظة © الخليج اليوم 2026 - تطبيق الخليج اليوم متوفر على متجر التطبيقات"
        chrome.append(foot)
        ld = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical if fam != "canonical" else spec.url},
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "dateModified": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://www.khaleejalyoum.example/logo-amp.png",
                    "width": 600,
                    "height": 60,
                },
            },
            "image": {
                "@type": "ImageObject",
                "url": f"https://cdn.khaleejalyoum.example/m/{spec.seed % 77777}.jpg",
                "width": 1200,
                "height": 675,
            },
        }
        body = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        page = f"""<!doctype html><html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(s.title)} | {self.site_name}</title><link rel="canonical" href="{esc(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(og_url)}">{metas}
{_BOILER}<style amp-custom>body{{font-family:Tajawal,sans-serif}}.src-label span{{background:#c00;color:#fff}}</style>{json_ld(ld)}</head>
<body><header class="amp-hdr"><button on="tap:menu.toggle">☰</button><a href="https://www.khaleejalyoum.example/"><amp-img src="https://www.khaleejalyoum.example/logo-amp.png" width="150" height="40" alt="{self.site_name}"></amp-img></a></header>
<amp-sidebar id="menu" layout="nodisplay" side="right"><a href="/gulf">الخليج</a><a href="/economy">اقتصاد</a><a href="/world">العالم</a></amp-sidebar>
<main><article>{label}<h1>{esc(s.title)}</h1><div class="dt">{spec.published_at:%Y/%m/%d %H:%M}</div>{under}
<amp-img src="https://cdn.khaleejalyoum.example/m/{spec.seed % 77777}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>
<div class="content">{body}</div>{after}
<div class="share"><amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook" data-param-app_id="1000"></amp-social-share></div></article>
<section class="more"><h2>اقرأ المزيد</h2><ul>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small>{esc(t.outlet)}</small></li>' for t in more)}</ul></section></main>
<footer><p>{esc(foot)}</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-KY2026"}}}}</script></amp-analytics></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
