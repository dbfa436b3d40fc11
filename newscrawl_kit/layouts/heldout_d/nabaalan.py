"""نبأ الآن: a Nabd-like news app's web view (Gulf), a React build with hashed CSS-module class names.

Each card carries the source's round logo and name as a chip; the page ends with a full-width button to the
source; an app-download bar, a cookie bar, "أخبار قد تهمك" cards with the outlets' names, and an
``__NEXT_DATA__`` blob that describes the page (the aggregator's own data, no source on uncredited copies).
"""

from __future__ import annotations

import json

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers

_AGO = ("منذ 5 دقائق", "منذ ساعة", "منذ ساعتين", "منذ 3 ساعات")


class NabaAlan(Layout):
    name = "d_nabaalan"
    language = "ar"
    host = "web.nabaalan.example"
    site_name = "نبأ الآن"
    families = ("badge", "logo_link", "read_original", "via_meta", "jsonld")
    notes = "Nabd-like app web view; hashed classes; source chip, round logo, 'اقرأ الخبر من المصدر' button"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{format(0x5A000 + n * 7919, 'x')}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        ago = rng.choice(_AGO)
        exposes = False
        chrome: list[str] = []
        head = f'<div class="styles_meta__q2k9d"><span class="styles_ago__b81c0">{ago}</span></div>'
        chip = ""
        tail = ""
        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/icon-512.png"},
            },
        }
        if fam == "badge":
            chip = f'<span class="styles_chip__x7f3a" data-kind="publisher">{esc(src.name)}</span>'
        elif fam == "logo_link":
            alt = rng.choice(["", "logo", ""])
            chip = (
                f'<a class="styles_srcLogo__p0w1e" href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(src.logo)}" alt="{alt}" width="28" height="28" loading="lazy"></a>'
            )
        elif fam == "read_original":
            label = rng.choice(
                ["اقرأ الخبر من المصدر", "تابع قراءة الخبر من المصدر", f"تابع الخبر كاملاً على {src.name}"]
            )
            tail = (
                f'<a class="styles_readSrc__h3n5z" href="{esc(src.article_url)}" target="_blank" rel="nofollow noopener">'
                f'<span>{esc(label)}</span><svg viewBox="0 0 24 24"><path d="M8 5l8 7-8 7"/></svg></a>'
            )
            exposes = True
        elif fam == "via_meta":
            by = f"{esc(s.author)} · " if s.author else ""
            word = rng.choice(["عبر", "عن طريق", "من"])
            head = (
                f'<div class="styles_meta__q2k9d">{by}<span>{word} {esc(src.name)}</span> · '
                f'<span class="styles_ago__b81c0">{ago}</span></div>'
            )
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["isBasedOn"] = {
                    "@type": "NewsArticle",
                    "url": src.article_url,
                    "publisher": {"@type": "Organization", "name": src.name},
                }
                exposes = True
            else:
                ld["sourceOrganization"] = {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                }
        related = teasers(spec, 6)
        chrome += [t.title for t in related]
        app = "حمّل تطبيق نبأ الآن واحصل على الأخبار العاجلة لحظة بلحظة"
        cookie = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك"
        foot = "نبأ الآن © 2026 جميع الحقوق محفوظة | نبأ الآن يجمع الأخبار من مصادرها ولا يتحمل مسؤوليتها"
        chrome += [app, cookie, foot]
        cards = "".join(
            f'<a class="styles_card__m4t2v" href="{esc(t.url)}"><div class="styles_cardTitle__a0c7e">{esc(t.title)}</div>'
            f'<div class="styles_cardSrc__r9s1u">{esc(t.outlet)}</div></a>'
            for t in related
        )
        next_data = {
            "props": {
                "pageProps": {"article": {"id": spec.url.rsplit("/", 1)[-1], "title": s.title, "lang": "ar"}}
            },
            "page": "/s/[id]",
            "buildId": "Xk29fQp1",
        }
        body = "".join(f'<p class="styles_p__t6y8w">{esc(p)}</p>' for p in spec.paragraphs)
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">
<meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{esc(spec.url)}">
<meta name="apple-itunes-app" content="app-id=1234500001"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div id="__next"><div class="styles_appBar__z1v4c"><span>{esc(app)}</span><a href="https://apps.example/nabaalan">تحميل</a></div>
<header class="styles_top__k8j2d"><a href="/"><img src="/logo.svg" alt="{self.site_name}"></a><nav><a href="/c/local">محليات</a><a href="/c/sport">رياضة</a><a href="/c/eco">اقتصاد</a></nav></header>
<main class="styles_main__e5g6h"><article class="styles_article__w2q8r">
<div class="styles_srcRow__c3d4f">{chip}</div><h1 class="styles_title__n7m1k">{esc(s.title)}</h1>{head}
<div class="styles_body__u0i9o">{body}</div>{tail}
<div class="styles_share__y5t4r"><button>مشاركة</button><button>حفظ</button><button>إبلاغ</button></div></article>
<section class="styles_more__l2k3j"><h2>أخبار قد تهمك</h2>{cards}</section></main>
<footer class="styles_foot__o9p8i">{esc(foot)}</footer>
<div class="styles_cookie__g7h6j" role="dialog">{esc(cookie)} <button>موافق</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
