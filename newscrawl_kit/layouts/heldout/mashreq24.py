"""مشرق 24: a Levantine news portal (Lebanon, Syria, Jordan, Palestine) that gathers the region's papers (cf.
Lebanon Files, Ammon's and Saraya's "نقلاً عن" pieces, Syrian portals that republish under Creative Commons).

Semantic HTML5: article, header, figure/figcaption, aside, a dl/dt/dd info block (التاريخ, القسم, and on some
pages المصدر). Syriac month names (آذار, نيسان ...). Credits: the label/value "source" row or line, a Creative
Commons republication notice, a dateline opening the body, the outlet's logo linking to its home page, meta
tags only. Distractors: the info block's other rows, a weather and currency strip, a figcaption crediting a
wire, "أخبار ذات صلة" and "الأكثر مشاهدة" naming other outlets, the footer's own "لا مانع من الاقتباس" notice.
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
    AR_MONTHS_LEVANT,
    arabic_date,
    excerpt,
    keep,
    photo_credit,
    stable_id,
)

CITIES = ("بيروت", "دمشق", "عمّان", "رام الله", "طرابلس")
CC_BADGE = "https://licensebuttons.net/l/by-nc-nd/4.0/88x31.png"


class Mashreq24(Layout):
    name = "mashreq24"
    language = "ar"
    host = "www.mashreq24.example"
    site_name = "مشرق 24"
    families = ("source_line", "cc_notice", "wire_dateline", "logo_link", "meta_tag")
    notes = (
        "Levantine portal, semantic HTML5 with a dl/dt/dd info block; 'المصدر' row, Creative Commons notice "
        "in Arabic, 'بيروت - «X»:' dateline, logo link, meta-only credits; weather/currency strip"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{410000 + n * 29}-{stable_id(story.key, 9999)}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        exposes = False
        body = list(spec.paragraphs)
        shown_body: tuple[str, ...] | None = None
        when = spec.published_at
        rows = [("التاريخ", arabic_date(when, AR_MONTHS_LEVANT)), ("القسم", s.section or "محليات")]
        head_logo = after = metas = ""

        if spec.family == "source_line":
            label = rng.choice(["المصدر", "نقلاً عن", "مصدر الخبر"])
            if rng.random() < 0.6:
                rows.insert(0, (label, src.name))
            else:
                line = f"{label}: {src.name}"
                after = f'<p class="article-source">{esc(line)}</p>'
                keep(chrome, line)
        elif spec.family == "cc_notice":
            kind = rng.randrange(3)
            if kind == 0:
                text = (
                    f"نُشر هذا المقال في الأصل على موقع {src.name}، ويُعاد نشره هنا بموجب رخصة المشاع الإبداعي."
                )
                link = "اقرأ المقال الأصلي"
                after = (
                    f'<aside class="license"><img src="{CC_BADGE}" alt="رخصة المشاع الإبداعي" width="88" height="31">'
                    f'<p>{esc(text)} <a href="{esc(src.article_url)}" rel="noopener">{link}</a></p></aside>'
                )
                exposes = True
                keep(chrome, f"{text} {link}")
            elif kind == 1:
                text = f"تُنشر هذه المادة بالتعاون مع {src.name} وفق رخصة المشاع الإبداعي (CC BY-NC-ND 4.0)"
                after = f'<aside class="license"><p>{esc(text)}</p></aside>'
                keep(chrome, text)
            else:
                text = f"هذا المحتوى من {src.name}، منشور برخصة المشاع الإبداعي: النسبة - غير تجاري - منع الاشتقاق."
                after = (
                    f'<aside class="license"><a rel="license" href="https://creativecommons.org/licenses/by-nc-nd/4.0/deed.ar">'
                    f'<img src="{CC_BADGE}" alt=""></a> <span>{esc(text)}</span></aside>'
                )
                keep(chrome, text)
        elif spec.family == "wire_dateline":
            city = rng.choice(CITIES)
            prefix = rng.choice(
                [f"{city} - «{src.name}»:", f"{city} ({src.name}) -", f"{city} - {src.name} -"]
            )
            body[0] = f"{prefix} {body[0]}"
            shown_body = tuple(body)
        elif spec.family == "logo_link":
            alt = rng.choice(["", "logo", ""])
            head_logo = (
                f'<a class="outlet" href="{esc(src.home_url)}" rel="nofollow noopener" target="_blank">'
                f'<img src="{esc(src.logo)}" alt="{alt}" height="28"></a>'
            )
        elif spec.family == "meta_tag":
            kind = rng.randrange(4)
            if kind == 0:
                metas = f'<meta name="source" content="{esc(src.name)}">'
            elif kind == 1:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 2:
                metas = f'<meta name="dc.source" content="{esc(src.article_url)}">\n<meta name="dc.publisher" content="{esc(src.name)}">'
                exposes = True
            else:
                metas = f'<meta property="article:publisher" content="{esc(src.home_url)}">'

        info = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows)
        related = "".join(
            f'<li><article><h3><a href="{esc(t.url)}">{esc(t.title)}</a></h3><p class="by">{esc(t.outlet)}</p></article></li>'
            for t in spec.teasers[:5]
        )
        most = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small>({esc(t.outlet)})</small></li>'
            for t in spec.teasers[5:10]
        )
        keep(chrome, *(t.title for t in spec.teasers[:10]))
        wire = photo_credit(s, *rng.sample(["رويترز", "أ ف ب"], 2))
        caption = rng.choice([f"صورة أرشيفية - {wire}", f"(أرشيف - {wire})", f"من موقع الحدث - تصوير {wire}"])
        weather = "بيروت 18° غائم جزئياً · دمشق 15° صافٍ · عمّان 14° رياح خفيفة"
        rates = "سعر صرف الدولار في السوق الموازية: 89,500 ليرة"
        permit = "لا مانع من الاقتباس وإعادة النشر شرط ذكر المصدر (مشرق 24)"
        cookies = "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين خدماته. بمتابعتك التصفح فإنك توافق على ذلك"
        footer = "جميع الحقوق محفوظة لموقع مشرق 24 © 2026"
        keep(chrome, caption, weather, rates, permit, cookies, footer)
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "@id": f"https://{self.host}/#website",
                    "url": f"https://{self.host}/",
                    "name": self.site_name,
                },
                {
                    "@type": "NewsArticle",
                    "headline": s.title,
                    "datePublished": iso(when),
                    "isPartOf": {"@id": f"https://{self.host}/#website"},
                    "publisher": {"@type": "NewsMediaOrganization", "name": self.site_name},
                    "inLanguage": "ar",
                },
            ],
        }
        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(s.title)} | مشرق 24</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
{metas}
<meta property="og:site_name" content="مشرق 24">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{esc(spec.url)}">
<link rel="amphtml" href="{esc(spec.url)}/amp">
{json_ld(ld)}
</head>
<body class="article-page">
<div class="strip"><span class="weather">{weather}</span> <span class="rates">{rates}</span></div>
<header class="site-header"><a href="/" class="brand"><img src="/assets/logo.svg" alt="مشرق 24"></a>
<nav><ul><li><a href="/lebanon">لبنان</a></li><li><a href="/syria">سوريا</a></li><li><a href="/jordan">الأردن</a></li><li><a href="/palestine">فلسطين</a></li><li><a href="/opinion">مقالات</a></li></ul></nav></header>
<main>
<article class="story">
<header class="story-head">{head_logo}<h1>{esc(s.title)}</h1>
<dl class="story-info">{info}</dl></header>
<figure class="lead"><img src="/media/{stable_id(s.key)}.jpg" alt="{esc(s.title)}" width="800" height="450"><figcaption>{esc(caption)}</figcaption></figure>
<section class="story-text">{paragraphs_html(body)}</section>
{after}
<footer class="story-foot"><ul class="share"><li><a href="https://www.facebook.com/sharer/sharer.php?u={esc(spec.url)}">فيسبوك</a></li><li><a href="https://x.com/share?url={esc(spec.url)}">إكس</a></li><li><a href="https://wa.me/?text={esc(spec.url)}">واتساب</a></li></ul></footer>
</article>
<section class="related"><h2>أخبار ذات صلة</h2><ul>{related}</ul></section>
</main>
<aside class="sidebar"><section class="most-viewed"><h2>الأكثر مشاهدة</h2><ol>{most}</ol></section>
<section class="video"><figure><iframe width="300" height="170" src="https://www.youtube.com/embed/Xk2b7Qm1pRs" title="YouTube video player" allowfullscreen></iframe><figcaption>نشرة الأخبار المصورة</figcaption></figure></section></aside>
<div class="cookie-bar"><p>{cookies}</p><button type="button">موافق</button></div>
<footer class="site-footer"><p>{permit}</p><p>{footer}</p></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome), body=shown_body)
