"""نبضة: an app-first Arabic news reader's web view (the shape of Nabd-like apps' shared story pages)."""

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
from newscrawl_kit.layouts.heldout_c._kit import ago, choose, photo_credit, pick, share_bar


class NabdhaAr(Layout):
    name = "c_nabdha_ar"
    language = "ar"
    host = "www.nabdha.example"
    site_name = "نبضة"
    families = ("badge", "logo_link", "read_original", "jsonld")
    notes = (
        "App web view of a Nabd-like reader: a source strip above the title (logo and/or name pill), a relative "
        "time, an 'open in the app' banner, a button out to the publisher; the JSON-LD names the app as "
        "publisher and, for some copies, the original as isBasedOn."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/story/{7340000 + n * 37}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        exposes = False
        chrome: list[str] = []
        strip = ""
        button = ""
        extra_ld: dict[str, object] = {}
        rel_time = ago(spec, "ar")
        if fam == "badge":
            label = src.name_latin if (src.name_latin and rng.random() < 0.35) else src.name
            strip = (
                f'<div class="src-strip"><span class="src-pill">{esc(label)}</span>'
                f'<span class="dot">•</span><span class="rel">{esc(rel_time)}</span></div>'
            )
        elif fam == "logo_link":
            alt = choose(rng, ("", "", src.name_latin or src.name, f"شعار {src.name}"))
            strip = (
                f'<div class="src-strip"><a class="src-logo" href="{esc(src.home_url)}" rel="nofollow">'
                f'<img src="{esc(src.logo)}" alt="{esc(alt)}" width="28" height="28"></a>'
                f'<span class="rel">{esc(rel_time)}</span></div>'
            )
        elif fam == "read_original":
            text = choose(
                rng,
                (
                    f"اقرأ التفاصيل كاملة على {src.name}",
                    f"تابع الخبر من موقع {src.name}",
                    f"افتح الخبر في {src.name}",
                    f"للمزيد زوروا {src.name} ←",
                ),
            )
            if rng.random() < 0.5:
                href, exposes = src.article_url, True
            else:
                href = f"https://{self.host}/go/{spec.seed * 7919 % 1000003:x}"
            button = f'<a class="open-source btn" href="{esc(href)}" target="_blank">{esc(text)}</a>'
            chrome.append(text)
        elif fam == "jsonld":
            if rng.random() < 0.5:
                extra_ld["isBasedOn"] = {
                    "@type": "NewsArticle",
                    "url": src.article_url,
                    "publisher": {"@type": "Organization", "name": src.name},
                }
                exposes = True
            else:
                extra_ld["sourceOrganization"] = {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                }
        if fam is None or fam in ("read_original", "jsonld"):
            strip = f'<div class="src-strip"><span class="rel">{esc(rel_time)}</span></div>'

        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "mainEntityOfPage": spec.url,
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            **extra_ld,
        }
        ticker = pick(spec, 0, 5)
        related = pick(spec, 5, 5)
        ticker_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small>{esc(t.outlet)}</small></li>'
            for t in ticker
        )
        related_html = "".join(
            f'<li class="card"><a href="{esc(t.url)}"><span class="t">{esc(t.title)}</span></a>'
            f'<a class="o" href="{esc(t.outlet_url or t.url)}">{esc(t.outlet)}</a></li>'
            for t in related
        )
        chrome += [t.title for t in ticker + related]
        banner = "حمّل تطبيق نبضة واحصل على آخر الأخبار لحظة بلحظة من مئات المصادر"
        cookie = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك في نبضة، وباستمرارك توافق على ذلك"
        comments_note = "التعليقات متاحة لمستخدمي تطبيق نبضة فقط، سجّل دخولك للمشاركة"
        disclaimer = "نبضة تجمع الأخبار آلياً من مصادرها وتعرضها كما وردت دون تعديل"
        chrome += [banner, cookie, comments_note, disclaimer]
        photo = photo_credit(spec, ("Getty Images", "أرشيفية", "صورة أرشيفية - رويترز", "EPA"))
        body = spec.paragraphs
        footer_disc = f'<p class="about">{esc(disclaimer)}</p>'
        html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(st.title)} | نبضة</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="نبضة">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta name="apple-itunes-app" content="app-id=900000123, app-argument={esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head><body class="story-page">
<div class="app-banner"><img src="https://{self.host}/img/app-icon.png" alt="نبضة"><p>{esc(banner)}</p>
<a href="https://apps.example/nabdha">تحميل</a></div>
<header class="top"><a href="https://{self.host}/" class="brand">نبضة</a>
<nav><a href="https://{self.host}/c/egypt">مصر</a><a href="https://{self.host}/c/gulf">الخليج</a>
<a href="https://{self.host}/c/sports">رياضة</a><a href="https://{self.host}/c/economy">اقتصاد</a></nav></header>
<section class="breaking"><h3>عاجل</h3><ul>{ticker_html}</ul></section>
<main><article class="story">
{strip}
<h1 class="story-title">{esc(st.title)}</h1>
<figure class="story-img"><img src="https://cdn.{self.host[4:]}/img/{spec.seed}.jpg" alt="">
<figcaption>{esc(photo)}</figcaption></figure>
<div class="story-text">{paragraphs_html(body)}</div>
{button}
{footer_disc}
{share_bar(spec.url, ("فيسبوك", "إكس", "واتساب", "تيليجرام"))}
</article>
<section class="comments"><h3>التعليقات</h3><p>{esc(comments_note)}</p></section>
<section class="related"><h3>أخبار قد تهمك</h3><ul>{related_html}</ul></section>
</main>
<div class="cookie-bar"><p>{esc(cookie)}</p><button>موافق</button></div>
<footer><a href="https://{self.host}/about">عن نبضة</a><a href="https://{self.host}/privacy">الخصوصية</a>
<a href="https://{self.host}/publishers">انضم كناشر</a><p>© 2026 نبضة - nabdha.example</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
