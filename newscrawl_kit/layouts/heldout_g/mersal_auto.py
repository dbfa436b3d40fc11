"""المرسال اليوم: a Saudi WordPress auto-aggregator in the Almrsal mould, fed by RSS from dozens of outlets.

Div soup from a news theme: a top bar with the Hijri and Gregorian dates, a "الأكثر قراءة" strip, breadcrumbs,
the post with a share bar above and below, tags, "قد يعجبك أيضاً" cards naming other outlets, and a footer with
the site's own name. The importer credits the feed in its own ways: an "المصدر" label/value row in the post
meta table, a byline prefixed with the outlet, a "للمزيد من التفاصيل" button to the original, or (a plugin
setting) only a canonical link to the original article.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, others, shown


class MersalAuto(Layout):
    name = "g_mersal_auto"
    language = "ar"
    host = "www.almersal-alyawm.example"
    site_name = "المرسال اليوم"
    families = ("source_line", "byline_outlet", "read_original", "canonical")
    notes = "Almrsal-like Saudi WordPress auto-aggregator: meta table 'المصدر', outlet byline, details button, canonical-only plugin"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m}/{880000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = (
            f'<link rel="canonical" href="{esc(spec.url)}"><meta property="og:url" content="{esc(spec.url)}">'
        )
        rows = [("القسم", s.section or "أخبار محلية"), ("تاريخ النشر", f"{spec.published_at:%Y-%m-%d %H:%M}")]
        byline = '<span class="by">فريق التحرير</span>'
        button = ""
        if fam == "source_line":
            label = rng.choice(["المصدر", "مصدر الخبر", "المصدر :"])
            rows.insert(rng.randrange(2), (label.rstrip(" :"), src.name))
        elif fam == "byline_outlet":
            who = s.author or "محرر الموقع"
            line = rng.choice([f"{src.name} - {who}", f"بقلم: {who} | {src.name}", f"{src.name} – متابعات"])
            byline = f'<span class="by">{esc(line)}</span>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(
                [
                    "للمزيد من التفاصيل اضغط هنا",
                    f"تابع التفاصيل على موقع {src.name}",
                    "اقرأ الخبر كاملاً من مصدره",
                ]
            )
            button = f'<div class="more-btn">{a(src.article_url, text, "btn btn-source", "nofollow")}</div>'
            exposes = True
            chrome.append(text)
        elif fam == "canonical":
            canonical = f'<link rel="canonical" href="{esc(src.article_url)}">'
            if rng.random() < 0.5:
                canonical += f'<meta property="og:url" content="{esc(src.article_url)}">'
            exposes = True
        table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        most = others(spec, 5)
        cards = others(spec, 4, skip=5)
        chrome += [t.title for t in most + cards]
        strip = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in most)
        card_html = "".join(
            f'<div class="card"><a href="{esc(t.url)}"><img src="https://{self.host}/wp-content/uploads/thumb-{i}.jpg" alt="">'
            f'<h4>{esc(t.title)}</h4></a><span class="card-src">{esc(t.outlet)}</span></div>'
            for i, t in enumerate(cards)
        )
        foot = "جميع الحقوق محفوظة لموقع المرسال اليوم © 2026 - يعمل بنظام التحديث الآلي"
        about = "المرسال اليوم موقع إخباري يجمع الأخبار من مصادرها على مدار الساعة"
        chrome += [foot, about]
        share = '<div class="share"><a href="#">واتساب</a><a href="#">تويتر</a><a href="#">فيسبوك</a></div>'
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "فريق التحرير"},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!DOCTYPE html><html dir="rtl" lang="ar-SA"><head><meta charset="UTF-8">
<title>{esc(s.title)} | {self.site_name}</title>{canonical}
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">{json_ld(ld)}</head>
<body class="single single-post"><div class="topbar"><span>{spec.published_at:%d/%m/%Y}</span> <span>الموافق ١٤٤٨ هـ</span></div>
<header class="site-header"><a class="logo" href="https://{self.host}/"><img src="https://{self.host}/wp-content/themes/mersal/logo.svg" alt="{self.site_name}"></a>
<nav><a href="/local">محليات</a><a href="/world">دوليات</a><a href="/sport">رياضة</a><a href="/economy">اقتصاد</a></nav></header>
<div class="most-read-strip"><b>الأكثر قراءة</b><ul>{strip}</ul></div>
<div class="breadcrumbs"><a href="/">الرئيسية</a> » <a href="/local">{esc(s.section or "أخبار")}</a></div>
<div class="post-wrap"><h1 class="post-title">{esc(s.title)}</h1><div class="post-by">{byline}</div>
<table class="post-meta">{table}</table>{share}
<div class="post-thumb"><img src="https://{self.host}/wp-content/uploads/{spec.seed % 900}.jpg" alt="{esc(s.title)}"></div>
<div class="entry-content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{button}{share}
<div class="tags">وسوم: <a href="/tag/1">أخبار اليوم</a> <a href="/tag/2">عاجل</a></div></div>
<section class="related"><h3>قد يعجبك أيضاً</h3>{card_html}</section>
<footer><p>{esc(about)}</p><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
