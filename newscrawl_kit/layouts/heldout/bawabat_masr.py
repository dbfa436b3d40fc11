"""بوابة مصر 24: an Egyptian WordPress news portal that republishes other papers (cf. Mogaz News, Elmwatin,
Baladna Elyoum, the "جميع الحقوق محفوظة لمصدر الخبر ... مع تحيات موقع ..." footers).

Jannah-theme markup (entry-header, post-meta, entry-content). Credits: a rights sentence after the body in many
wordings, a disclaimer as the last paragraph *inside* the content container, the outlet in the byline, a
dateline opening the first paragraph, the outlet's logo linking to its home page. Distractors: an "اقرأ أيضاً"
box between paragraphs, a "التالي" line naming another outlet, a Hijri + Gregorian date line, a breaking bar,
related posts naming their outlets, a footer that says "جميع الحقوق محفوظة" for the portal itself.
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
)
from newscrawl_kit.layouts.heldout._common import (
    arabic_date,
    arabic_time,
    excerpt,
    hijri_text,
    keep,
    photo_credit,
    stable_id,
)

CITIES = ("القاهرة", "الإسكندرية", "الجيزة", "أسوان", "المنصورة")


class BawabatMasr(Layout):
    name = "bawabat_masr"
    language = "ar"
    host = "www.bawabat-masr24.example"
    site_name = "بوابة مصر 24"
    families = ("footer_phrase", "disclaimer", "byline_outlet", "wire_dateline", "logo_link")
    notes = (
        "Egyptian WordPress portal (Mogaz News / Elmwatin style): rights footer after the body, disclaimer "
        "inside the content, byline 'X - كتب ...', dateline, source logo; 'اقرأ أيضاً' box and 'التالي' line"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{2026 if n % 2 else 2025}/03/{n % 28 + 1:02d}/{880000 + n * 11}/"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        body = list(spec.paragraphs)
        shown_body: tuple[str, ...] | None = None
        byline = f"كتب: {s.author}" if s.author and rng.random() < 0.5 else "كتب: فريق التحرير"
        logo = after = closing = ""

        if spec.family == "byline_outlet":
            byline = rng.choice(
                [
                    f"{src.name} - كتب {s.author or 'محرر الموقع'}",
                    f"كتب: {s.author or 'قسم الأخبار'} - {src.name}",
                    f"بقلم {s.author or 'محرر'} | {src.name}",
                    f"{src.name} - متابعات",
                ]
            )
        elif spec.family == "logo_link":
            alt = rng.choice(["", "logo", "شعار المصدر"])
            logo = (
                f'<a class="source-logo" href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(src.logo)}" alt="{esc(alt)}" width="90" height="30" loading="lazy"></a>'
            )
        elif spec.family == "wire_dateline":
            city = rng.choice(CITIES)
            prefix = rng.choice(
                [f"{city} - {src.name}:", f"{city} - «{src.name}»:", f"({city} - {src.name})"]
            )
            body[0] = f"{prefix} {body[0]}"
            shown_body = tuple(body)
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"حقوق النشر محفوظة لمصدر الخبر {src.name} وتحت مسؤوليته، مع تحيات فريق بوابة مصر 24",
                    f"هذا الخبر منقول من {src.name} وجميع الحقوق محفوظة للمصدر، تابعونا لمعرفة آخر الأخبار على مدار الساعة",
                    f"جميع حقوق هذا المحتوى تعود إلى {src.name}، وقد نقلته بوابة مصر 24 كما ورد",
                    f"جميع الحقوق محفوظة لمصدر الخبر {src.name} ونرجو متابعتنا باستمرار",
                ]
            )
            after = f'<div class="post-source-note"><p>{esc(text)}</p></div>'
            keep(chrome, text)
        elif spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"تم نشر هذا الخبر في {src.name}، وبوابة مصر 24 غير مسؤولة عن محتواه.",
                    f"هذا المحتوى نشر أولاً على {src.name} ولا يعبر عن وجهة نظر بوابة مصر 24 وإنما يعبر عن رأي ناشره.",
                    f"إخلاء مسؤولية: هذا الخبر مأخوذ عن {src.name} والموقع ليس مسؤولاً عن صحته.",
                ]
            )
            closing = f'<p class="disclaimer"><em>{esc(text)}</em></p>'
            keep(chrome, text)
        keep(chrome, byline)

        read_also = spec.teasers[0] if spec.teasers else None
        parts = [f"<p>{esc(p)}</p>" for p in body]
        if read_also is not None and len(parts) > 2:
            parts.insert(
                2,
                f'<div class="read-also"><span>اقرأ أيضاً:</span> <a href="{esc(read_also.url)}">'
                f"{esc(read_also.title)}</a></div>",
            )
            keep(chrome, read_also.title)
        content = "".join(parts) + closing
        breaking = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[1:5])
        keep(chrome, *(t.title for t in spec.teasers[1:5]))
        related = "".join(
            f'<div class="related-item"><a href="{esc(t.url)}"><img src="/wp-content/uploads/2026/03/r{i}.jpg" '
            f'alt=""></a><h3 class="post-title"><a href="{esc(t.url)}">{esc(t.title)}</a></h3>'
            f'<span class="src">{esc(t.outlet)}</span></div>'
            for i, t in enumerate(spec.teasers[5:11])
        )
        keep(chrome, *(t.title for t in spec.teasers[5:11]))
        nxt = spec.teasers[11] if len(spec.teasers) > 11 else None
        next_line = ""
        if nxt is not None:
            next_text = f"التالي: #{nxt.outlet} - {nxt.title}"
            next_line = f'<div class="post-next"><a href="{esc(nxt.url)}">{esc(next_text)}</a></div>'
            keep(chrome, next_text)
        caption = rng.choice(["صورة أرشيفية", "صورة من موقع الحدث", "أرشيفية"])
        wire = photo_credit(s, "رويترز", "أ ف ب")
        if wire and rng.random() < 0.7:
            caption = f"{caption} - {wire}"
        newsletter = "اشترك في النشرة البريدية لتحصل على أهم الأخبار بمجرد نشرها"
        follow = "تابعنا على مواقع التواصل الاجتماعي لمعرفة آخر الأخبار"
        push = "هل تريد تلقي إشعارات بآخر الأخبار العاجلة؟"
        footer = "جميع الحقوق محفوظة لبوابة مصر 24 © 2026 - تصميم وتطوير فريق البوابة"
        keep(chrome, caption, newsletter, follow, push, footer)
        when = spec.published_at
        date_line = f"{arabic_date(when)} - {hijri_text(when.date())}"
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "dateModified": iso(when),
            "author": {"@type": "Person", "name": "فريق التحرير"},
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/wp-content/uploads/logo.png"},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": spec.url},
            "articleSection": s.section or "أخبار مصر",
        }
        post_id = stable_id(spec.url)
        page = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(s.title)} - بوابة مصر 24</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:site_name" content="بوابة مصر 24">
<meta property="article:published_time" content="{iso(when)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0" type="text/css" media="all">
{json_ld(ld)}
</head>
<body id="tie-body" class="post-template-default single single-post postid-{post_id} single-format-standard">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<nav id="top-nav" class="top-nav header-nav"><div class="container"><div class="topbar-today-date">{date_line}</div>
<ul class="components"><li><a href="https://www.facebook.com/bawabatmasr24" class="social-link facebook"><span class="screen-reader-text">فيسبوك</span></a></li>
<li><a href="https://twitter.com/bawabatmasr24" class="social-link twitter"><span class="screen-reader-text">تويتر</span></a></li></ul></div></nav>
<header id="theme-header" class="theme-header header-layout-3"><div class="container"><div class="logo-row">
<div id="logo" class="image-logo"><a title="بوابة مصر 24" href="/"><img src="/wp-content/uploads/logo.png" alt="بوابة مصر 24"></a></div></div>
<div class="main-nav-wrapper"><nav id="main-nav"><ul id="menu-main" class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/category/egypt/">أخبار مصر</a></li>
<li><a href="/category/world/">عربي ودولي</a></li><li><a href="/category/sports/">رياضة</a></li><li><a href="/category/economy/">اقتصاد</a></li><li><a href="/category/art/">فن</a></li></ul></nav></div></div></header>
<div class="breaking"><span class="breaking-title"><span class="tie-icon-bolt"></span> عاجل</span><ul id="breaking-news-in-header" class="breaking-news">{breaking}</ul></div>
<div id="content" class="site-content container"><div class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">الرئيسية</a><em class="delimiter">/</em><a href="/category/egypt/">أخبار مصر</a></nav>
<div class="entry-header"><h1 class="post-title entry-title">{esc(s.title)}</h1>
<div class="post-meta clearfix">{logo}<span class="meta-author">{esc(byline)}</span>
<span class="date meta-item"><span class="tie-icon-clock"></span> {arabic_date(when, weekday=False)} {arabic_time(when)}</span>
<span class="meta-views meta-item">{stable_id(s.key, 9000) + 1000} مشاهدة</span></div></div></header>
<figure class="featured-area"><img width="780" height="470" src="/wp-content/uploads/2026/03/{post_id}.jpg" class="attachment-jannah-image-post wp-post-image" alt="">
<figcaption class="single-caption-text">{esc(caption)}</figcaption></figure>
<div class="entry-content entry clearfix">{content}</div>
{after}
{next_line}
<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud"><a href="/tag/akhbar/">أخبار</a> <a href="/tag/egypt/">مصر</a></span></div>
<div class="share-buttons share-buttons-bottom"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}" class="facebook-share-btn">فيسبوك</a>
<a href="https://twitter.com/intent/tweet?text={esc(s.title)}&amp;url={esc(spec.url)}" class="twitter-share-btn">تويتر</a>
<a href="https://api.whatsapp.com/send?text={esc(spec.url)}" class="whatsapp-share-btn">واتساب</a></div>
</article>
<div class="newsletter-box"><p>{newsletter}</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></div>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">{related}</div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12"><div class="widget social-icons-widget"><p>{follow}</p></div>
<div class="widget"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fbawabatmasr24" width="300" height="400" title="فيسبوك"></iframe></div></aside>
</div></div>
<div class="push-prompt" role="dialog"><p>{push}</p><button>نعم</button><button>لاحقاً</button></div>
<footer id="footer" class="site-footer"><div id="site-info" class="site-info"><div class="container"><p>{footer}</p>
<ul class="footer-menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy-policy/">سياسة الخصوصية</a></li></ul></div></div></footer>
</div></div></div>
<script type="text/javascript" src="/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0" id="tie-scripts-js"></script>
</body>
</html>"""
        return Rendered(page, False, tuple(chrome), body=shown_body)
