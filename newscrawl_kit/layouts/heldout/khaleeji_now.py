"""خليجي الآن: a Gulf news-reader app's web pages (cf. Nabd's web reader, the Saudi and Emirati app
aggregators): a Next.js build with hashed CSS class names, Arabic-Indic digits in dates.

Credits: a small source badge next to the headline, an "عبر <outlet>" meta line, structured data only
(JSON-LD of several shapes), a canonical link to the original, a "read it at the source" button. Distractors: a
"قد يعجبك أيضاً" rail where every card carries its outlet's logo linking to that outlet's home page, the app
download bar, a cookie dialog, trending tags, the app's name in JSON-LD publisher and og:site_name.
"""

from __future__ import annotations

import json

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout._common import (
    arabic_date,
    arabic_digits,
    arabic_time,
    excerpt,
    keep,
    stable_id,
)


def _css(seed: str) -> str:
    """An emotion/styled-components class name: stable per role, meaningless to a reader."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    n = stable_id(f"khaleeji:{seed}", 36**6)
    out = ""
    for _ in range(6):
        n, r = divmod(n, 36)
        out += alphabet[r]
    return f"css-{out}"


class KhaleejiNow(Layout):
    name = "khaleeji_now"
    language = "ar"
    host = "www.khaleeji-now.example"
    site_name = "خليجي الآن"
    families = ("badge", "via_meta", "jsonld", "canonical", "read_original")
    notes = (
        "Gulf app-reader web view (Nabd-style), React/Next.js with hashed css-xxxxxx classes; badge, 'عبر X' "
        "meta line, JSON-LD-only and canonical-only credits; related cards with other outlets' logos"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{_short_id(n)}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        og_url = spec.url
        badge = meta_extra = button = ""
        ld_extra: dict[str, object] = {}
        hours = rng.randint(1, 9)
        ago = (
            arabic_digits(f"منذ {hours} ساعات") if hours > 2 else ("منذ ساعة" if hours == 1 else "منذ ساعتين")
        )

        if spec.family == "badge":
            kind = rng.randrange(3)
            if kind == 0:
                badge = f'<span class="{_css("badge")}">{esc(src.name)}</span>'
            elif kind == 1:
                badge = (
                    f'<a class="{_css("badge-link")}" href="/source/{stable_id(src.domain)}">'
                    f'<span class="{_css("badge")}">{esc(src.name)}</span></a>'
                )
            else:
                badge = (
                    f'<div class="{_css("badge-wrap")}"><svg width="12" height="12" viewBox="0 0 12 12">'
                    f'<circle cx="6" cy="6" r="6"></circle></svg><span>{esc(src.name)}</span></div>'
                )
        elif spec.family == "via_meta":
            text = rng.choice(
                [
                    f"{ago} · عبر {src.name}",
                    f"{s.author or 'فريق التحرير'} · عن {src.name} · {arabic_digits(arabic_time(spec.published_at))}",
                    f"نُشر عبر {src.name} · {ago}",
                    f"{ago} | المصدر {src.name}",
                ]
            )
            meta_extra = f'<div class="{_css("via")}">{esc(text)}</div>'
            keep(chrome, text)
        elif spec.family == "jsonld":
            shape = rng.randrange(4)
            if shape == 0:
                ld_extra = {
                    "isBasedOn": {
                        "@type": "NewsArticle",
                        "url": src.article_url,
                        "publisher": {"@type": "NewsMediaOrganization", "name": src.name},
                    }
                }
                exposes = True
            elif shape == 1:
                ld_extra = {
                    "sourceOrganization": {"@type": "Organization", "name": src.name, "url": src.home_url}
                }
            elif shape == 2:
                ld_extra = {
                    "author": {"@type": "Organization", "name": src.name, "url": src.home_url},
                    "isBasedOn": src.article_url,
                }
                exposes = True
            else:
                ld_extra = {"provider": {"@type": "Organization", "name": src.name, "sameAs": [src.home_url]}}
        elif spec.family == "canonical":
            canonical = src.article_url
            if rng.random() < 0.5:
                og_url = src.article_url
            exposes = True
        elif spec.family == "read_original":
            label = rng.choice(
                [
                    "اقرأ المزيد من المصدر",
                    "تصفح الخبر في موقعه الأصلي",
                    "اقرأ الخبر كاملاً",
                    "متابعة القراءة في المصدر",
                ]
            )
            button = (
                f'<a class="{_css("cta")}" href="{esc(src.article_url)}" target="_blank" rel="noopener noreferrer">'
                f'<span>{label}</span><svg width="16" height="16" viewBox="0 0 16 16"><path d="M4 8h8"></path></svg></a>'
            )
            keep(chrome, label)
            exposes = True

        cards = "".join(
            f'<div class="{_css("card")}"><a href="{esc(t.url)}" class="{_css("card-link")}">'
            f'<img class="{_css("card-img")}" src="https://cdn.{self.host[4:]}/img/{stable_id(t.title)}.webp" alt="">'
            f'<p class="{_css("card-title")}">{esc(t.title)}</p></a>'
            f'<a href="{esc(t.outlet_url or t.url)}" class="{_css("card-src")}">'
            f'<img src="{esc((t.outlet_url or t.url).rstrip("/"))}/favicon.ico" alt="{esc(t.outlet)}" width="16" '
            f'height="16"><span>{esc(t.outlet)}</span></a></div>'
            for t in spec.teasers[:8]
        )
        keep(chrome, *(t.title for t in spec.teasers[:8]))
        trending = "".join(
            f'<a href="/tag/{i}" class="{_css("tag")}">#{esc(w)}</a>'
            for i, w in enumerate(("الطقس", "الدوري_السعودي", "أسعار_الذهب", "رمضان"))
        )
        app = "حمّل تطبيق خليجي الآن لتصلك الأخبار العاجلة لحظة بلحظة"
        cookie = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتقديم محتوى يناسب اهتماماتك"
        footer = arabic_digits("© 2026 خليجي الآن. جميع الحقوق محفوظة")
        keep(chrome, app, cookie, footer)
        when = spec.published_at
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "description": excerpt(spec.paragraphs),
            "datePublished": iso(when),
            "inLanguage": "ar",
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/icons/icon-512.png"},
            },
            "mainEntityOfPage": spec.url,
            **ld_extra,
        }
        next_data = {
            "props": {"pageProps": {"article": {"id": stable_id(spec.url), "title": s.title, "lang": "ar"}}},
            "page": "/article/[id]",
            "buildId": "k2Lw9xQe1",
        }
        paras = "".join(f'<p class="{_css("p")}">{esc(p)}</p>' for p in spec.paragraphs)
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(s.title)} | خليجي الآن</title><meta name="description" content="{esc(excerpt(spec.paragraphs))}"/>
<meta property="og:site_name" content="خليجي الآن"/><meta property="og:type" content="article"/><meta property="og:title" content="{esc(s.title)}"/>
<meta property="og:url" content="{esc(og_url)}"/><meta property="og:image" content="https://cdn.{self.host[4:]}/og/{stable_id(s.key)}.jpg"/>
<meta name="twitter:site" content="@khaleejinow"/><meta name="apple-itunes-app" content="app-id=1234567890"/>
<link rel="canonical" href="{esc(canonical)}"/><link rel="manifest" href="/manifest.json"/>
{json_ld(ld)}
<link rel="preload" href="/_next/static/css/5b2e1c9a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5b2e1c9a.css"/>
</head><body><div id="__next"><div class="{_css("root")}">
<div class="{_css("appbar")}" role="banner"><img src="/icons/icon-64.png" alt="" width="32" height="32"/><span>{app}</span><a href="https://apps.apple.com/app/id1234567890" class="{_css("appbtn")}">تحميل</a></div>
<header class="{_css("header")}"><a href="/" class="{_css("logo")}"><img src="/logo.svg" alt="خليجي الآن" width="120" height="32"/></a>
<nav class="{_css("nav")}"><a href="/c/saudi">السعودية</a><a href="/c/uae">الإمارات</a><a href="/c/kuwait">الكويت</a><a href="/c/sport">رياضة</a><a href="/c/economy">اقتصاد</a></nav></header>
<main class="{_css("main")}"><div class="{_css("article")}">
<div class="{_css("titlebox")}">{badge}<h1 class="{_css("h1")}">{esc(s.title)}</h1></div>
<div class="{_css("meta")}"><time dateTime="{iso(when)}">{arabic_digits(arabic_date(when, weekday=False))} - {arabic_digits(arabic_time(when))}</time>{meta_extra}</div>
<div class="{_css("hero")}"><img src="https://cdn.{self.host[4:]}/img/{stable_id(s.key)}.webp" alt="{esc(s.title)}"/></div>
<div class="{_css("body")}">{paras}</div>
{button}
<div class="{_css("share")}"><a href="https://wa.me/?text={esc(spec.url)}" aria-label="واتساب"></a><a href="https://x.com/intent/post?url={esc(spec.url)}" aria-label="إكس"></a><a href="https://t.me/share/url?url={esc(spec.url)}" aria-label="تيليجرام"></a></div>
<div class="{_css("tags")}">{trending}</div>
</div>
<section class="{_css("rail")}"><h2 class="{_css("h2")}">قد يعجبك أيضاً</h2><div class="{_css("grid")}">{cards}</div></section>
</main>
<div class="{_css("cookie")}" role="dialog"><p>{cookie}</p><button class="{_css("ok")}">موافق</button></div>
<footer class="{_css("footer")}"><p>{footer}</p><a href="/terms">الشروط والأحكام</a><a href="/privacy">سياسة الخصوصية</a></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-3f9a1c.js" async=""></script>
</body></html>"""
        return Rendered(page, exposes, tuple(chrome))


def _short_id(n: int) -> str:
    """App article ids: a base-36 token, like the readers' short ids."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    x, out = 48_000_000 + n * 7919, ""
    while x:
        x, r = divmod(x, 36)
        out = alphabet[r] + out
    return out
