"""مغاربية نيوز: a Maghreb aggregator's AMP pages (cf. Maghress and Djazairess, the Moroccan and Algerian
portals that mirror the national press), Moroccan month names, a French link in the navigation.

AMP markup (html ⚡, amp-img, amp-ad, amp-social-share, amp-carousel, amp-analytics, the AMP boilerplate).
URLs of credited copies are ``/<outlet-slug>/<id>/amp``; other pages live under ``/akhbar/<id>/amp``. Credits:
the slug alone, a disclaimer sentence closing the body, the outlet's name linking to the original, the outlet in
the byline, a canonical link to the original instead of to the non-AMP page. Distractors: a carousel of related
stories naming their outlets, the MAP wire in a caption, the portal's name everywhere.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout._common import AR_MONTHS_MA, arabic_date, excerpt, keep, stable_id

AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
    "animation:none}</style></noscript>"
)


class Magharibia(Layout):
    name = "magharibia"
    language = "ar"
    host = "www.magharibia-news.example"
    site_name = "مغاربية نيوز"
    families = ("url_slug", "disclaimer", "source_link", "byline_outlet", "canonical")
    notes = (
        "Maghress/Djazairess-style Maghreb aggregator, AMP pages; /<outlet-slug>/<id>/amp URLs, disclaimer "
        "closing the body, linked source name, byline with the outlet, off-site canonical"
    )

    def _id(self, n: int) -> int:
        return 150000 + n * 97

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.source.slug or 'akhbar'}/{self._id(n)}/amp"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/akhbar/{self._id(n)}/amp"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        if spec.family is None and src.slug and f"/{src.slug}/" in spec.url:
            raise ValueError(f"{self.name}: an uncredited copy cannot live at {spec.url}; use copy_url_for")
        chrome: list[str] = []
        exposes = False
        canonical = spec.url.removesuffix("/amp")
        og_url = canonical
        byline = rng.choice(["هيئة التحرير", s.author or "هيئة التحرير", "متابعة"])
        closing = meta_src = ""

        if spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"هذا المحتوى منقول من {src.name}، والموقع غير مسؤول عما ورد فيه من معلومات أو آراء.",
                    f"تنويه: نُشر هذا الخبر أولاً على {src.name} وتعود مسؤوليته إلى ناشره.",
                    f"المقال منشور في {src.name} وهو يعبر عن رأي كاتبه ولا يلزم مغاربية نيوز.",
                ]
            )
            closing = f'<p class="tanwih">{esc(text)}</p>'
            keep(chrome, text)
        elif spec.family == "source_link":
            link = f'<a href="{esc(src.article_url)}" target="_blank">{esc(src.name)}</a>'
            meta_src = rng.choice(
                [
                    f'<span class="src">عن موقع {link}</span>',
                    f'<span class="src">{link}</span>',
                    f'<span class="src">نقلاً عن {link}</span>',
                ]
            )
            exposes = True
        elif spec.family == "byline_outlet":
            byline = rng.choice(
                [
                    f"{s.author or 'هيئة التحرير'} - {src.name}",
                    f"{src.name} - {s.author or 'متابعة'}",
                    f"بقلم: {s.author or 'محرر'} ({src.name})",
                    f"{src.name} - متابعة",
                ]
            )
        elif spec.family == "canonical":
            canonical = src.article_url
            og_url = rng.choice([src.article_url, spec.url.removesuffix("/amp")])
            exposes = True
        keep(chrome, byline)

        slides = "".join(
            f'<div class="slide"><amp-img src="/img/r/{stable_id(t.title)}.jpg" width="300" height="170" '
            f'layout="responsive" alt=""></amp-img><a href="{esc(t.url)}">{esc(t.title)}</a>'
            f'<span class="from">{esc(t.outlet)}</span></div>'
            for t in spec.teasers[:6]
        )
        latest = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[6:11])
        keep(chrome, *(t.title for t in spec.teasers[:11]))
        wire = rng.choice(["و.م.ع", "واج", "وات"])
        caption = f"صورة: {wire} - أرشيف"
        notice = "تابعوا آخر الأخبار من مغاربية نيوز على تطبيق واتساب"
        footer = "© 2026 مغاربية نيوز – جميع الحقوق محفوظة – أخبار المغرب والجزائر وتونس"
        keep(chrome, notice, footer)
        when = spec.published_at
        ld = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": canonical if spec.family != "canonical" else spec.url,
            "headline": s.title,
            "image": {"@type": "ImageObject", "url": f"https://{self.host}/img/{stable_id(s.key)}.jpg"},
            "datePublished": iso(when),
            "author": {"@type": "Person", "name": "هيئة التحرير"},
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/logo-amp.png"},
            },
        }
        paras = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        page = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(s.title)} - مغاربية نيوز</title>
<link rel="canonical" href="{esc(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta property="og:site_name" content="مغاربية نيوز">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(og_url)}">
{json_ld(ld)}
{AMP_BOILERPLATE}
<style amp-custom>body{{font-family:Tajawal,sans-serif}}.src{{color:#0a6}}.tanwih{{font-size:13px;color:#777}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-MGHRB24"}}}}</script></amp-analytics>
<header class="hdr"><a href="/"><amp-img src="/logo-amp.png" width="160" height="40" alt="مغاربية نيوز"></amp-img></a>
<nav><a href="/maroc">المغرب</a> <a href="/algerie">الجزائر</a> <a href="/tunisie">تونس</a> <a href="/sport">رياضة</a> <a href="/fr/" hreflang="fr">Français</a></nav></header>
<amp-ad width="320" height="100" type="adsense" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1111111111"></amp-ad>
<article>
<h1>{esc(s.title)}</h1>
<div class="meta"><span class="by">{esc(byline)}</span> {meta_src} <time datetime="{iso(when)}">{arabic_date(when, AR_MONTHS_MA)} - {when:%H:%M}</time></div>
<figure><amp-img src="/img/{stable_id(s.key)}.jpg" width="800" height="450" layout="responsive" alt="{esc(s.title)}"></amp-img><figcaption>{caption}</figcaption></figure>
<div class="article-body">{paras}{closing}</div>
<div class="share"><amp-social-share type="facebook" data-param-app_id="000000"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share></div>
</article>
<section class="related"><h2>أخبار ذات صلة</h2><amp-carousel height="260" layout="fixed-height" type="carousel">{slides}</amp-carousel></section>
<section class="latest"><h2>آخر الأخبار</h2><ul>{latest}</ul></section>
<div class="wa">{notice}</div>
<footer><p>{footer}</p><a href="/contact">اتصل بنا</a> · <a href="/mentions">الشروط</a></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
