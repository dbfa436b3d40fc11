"""A Gulf news portal that aggregates: a sidebar "about the source" box, the outlet in the byline, logos in a
partners strip, wire datelines, meta tags naming the source."""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    esc,
    iso,
    json_ld,
    paragraphs_html,
    with_dateline,
)


class KhaleejPortal(Layout):
    name = "khaleej"
    language = "ar"
    host = "alkhaleej-portal.example"
    site_name = "بوابة الخليج الإخبارية"
    families = ("sidebar_widget", "byline_outlet", "logo_link", "meta_tag", "wire_dateline")
    notes = "Gulf portal; partner logos strip links to other outlets' home pages (distractor)"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        side = byline = logo = ""
        body = with_dateline(spec) if spec.family == "wire_dateline" else spec.paragraphs
        head_extra = ""
        if spec.family == "sidebar_widget":
            title = rng.choice(["عن المصدر", "مصدر الخبر", "الناشر"])
            more = rng.choice(["المزيد من أخبار هذا المصدر", "كل أخبار المصدر"])
            side = (
                f'<div class="widget source-box"><h4>{title}</h4><a href="{esc(src.home_url)}">'
                f'<img src="{esc(src.logo)}" alt=""><span>{esc(src.name)}</span></a>'
                f'<a class="more" href="/source/{esc(src.slug or "s")}">{more}</a></div>'
            )
        elif spec.family == "byline_outlet":
            who = s.author or rng.choice(["فريق التحرير", "محرر الشؤون المحلية"])
            byline = f'<p class="by">{esc(who)} | {esc(src.name)}</p>'
        elif spec.family == "logo_link":
            logo = f'<a href="{esc(src.home_url)}" class="pub"><img src="{esc(src.logo)}" alt="{esc(rng.choice(["", "شعار"]))}"></a>'
        elif spec.family == "meta_tag":
            key = rng.choice(["original-source", "syndication-source", "dc.source"])
            head_extra = f'<meta name="{key}" content="{esc(src.article_url)}">'
        partners = "".join(
            f'<a href="{esc(t.outlet_url or "#")}"><img src="/p/{i}.png" alt="{esc(t.outlet)}"></a>'
            for i, t in enumerate(spec.teasers[:4])
        )
        most = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[4:9])
        chrome += [t.title for t in spec.teasers[4:9] if len(t.title) >= 20]
        caption = rng.choice(["صورة أرشيفية - رويترز", "الصورة من وكالة الأنباء الفرنسية", "تصوير: أ ف ب"])
        footer = "جميع الحقوق محفوظة لبوابة الخليج الإخبارية 2026"
        chrome += [footer, "الأكثر قراءة خلال الأسبوع"]
        ld = {
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Organization", "name": self.site_name},
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        return Rendered(
            f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(s.title)}</title><meta property="og:site_name" content="{self.site_name}">{head_extra}{json_ld(ld)}</head>
<body><div class="topbar"><a href="/">الرئيسية</a> <a href="/gulf">الخليج</a> <a href="/eco">اقتصاد</a></div>
<div class="wrap"><div class="main-col"><div class="article">
<h1 class="headline">{esc(s.title)}</h1>{logo}{byline}
<figure><img src="/img/{spec.seed % 999}.jpg"><figcaption>{caption}</figcaption></figure>
<div class="text">{paragraphs_html(body)}</div></div>
<div class="partners"><h5>شركاؤنا</h5>{partners}</div></div>
<div class="side-col">{side}<div class="widget"><h4>الأكثر قراءة خلال الأسبوع</h4><ol>{most}</ol></div></div></div>
<div class="footer"><p>{footer}</p></div></body></html>""",
            spec.family == "meta_tag",
            tuple(chrome),
            body if body != spec.paragraphs else None,
        )
