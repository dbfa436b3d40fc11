"""نبأ الآن: an Arabic app-style aggregator (cf. Nabd, Akhbarak): a source badge with the outlet's logo in the meta
line, a "read from the source" button, a related list where every item shows its outlet, the site's own name in
the header, footer, og:site_name and JSON-LD publisher."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html


class NabaaNow(Layout):
    name = "nabaa"
    language = "ar"
    host = "www.nabaa-now.example"
    site_name = "نبأ الآن"
    families = ("badge", "logo_link", "read_original", "source_line", "jsonld", "footer_phrase")
    notes = "app-style Arabic aggregator; badge + logo in the meta line; related items name their outlets"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/n/{7000000 + n * 37}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        credit_meta = credit_after = ""
        exposes = False
        ld_extra: dict[str, object] = {}
        if spec.family == "badge":
            credit_meta = f'<span class="src-badge">{esc(src.name)}</span>'
        elif spec.family == "logo_link":
            alt = rng.choice(["", src.name, "logo"])
            credit_meta = (
                f'<a class="src-logo" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}"'
                ' width="24" height="24"></a>'
            )
        elif spec.family == "read_original":
            label = rng.choice(
                ["اقرأ الخبر من المصدر", "اقرأ الخبر كاملاً من المصدر", "تابع الخبر على موقعه الأصلي"]
            )
            credit_after = (
                f'<div class="readmore"><a class="btn" href="{esc(src.article_url)}">{label}</a></div>'
            )
            exposes = True
        elif spec.family == "source_line":
            label = rng.choice(["المصدر", "مصدر الخبر", "المصدر الأصلي"])
            credit_after = f'<div class="src-line"><b>{label}:</b> {esc(src.name)}</div>'
            chrome.append(f"{label}: {src.name}")
        elif spec.family == "jsonld":
            ld_extra = {
                "isBasedOn": src.article_url,
                "sourceOrganization": {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                },
            }
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"هذا الخبر منقول من {src.name} ولا يعبر عن رأي الموقع وإنما تقع مسؤوليته على مصدره الأصلي.",
                    f"تم نشر هذا الخبر أولاً على موقع {src.name}، وقد قام نبأ الآن بنقله كما هو.",
                ]
            )
            credit_after = f'<p class="note">{esc(text)}</p>'
            chrome.append(text)

        related = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="src">{esc(t.outlet)}</span></li>'
            for t in spec.teasers[:5]
        )
        chrome += [t.title for t in spec.teasers[:5] if len(t.title) >= 20]
        ticker = " | ".join(esc(t.title) for t in spec.teasers[5:9])
        chrome += [t.title for t in spec.teasers[5:9] if len(t.title) >= 20]
        banner = "حمّل تطبيق نبأ الآن لتصلك الأخبار العاجلة لحظة بلحظة"
        footer = "جميع الحقوق محفوظة © 2026 نبأ الآن — الأخبار منقولة من مصادرها"
        chrome += [banner, footer]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "mainEntityOfPage": spec.url,
            **ld_extra,
        }
        page = f"""<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<link rel="canonical" href="{esc(spec.url)}">
{json_ld(ld)}
</head><body>
<header class="top"><a class="brand" href="/"><img src="/logo.svg" alt="{self.site_name}"></a>
<nav><a href="/c/egypt">مصر</a><a href="/c/world">العالم</a><a href="/c/sport">رياضة</a></nav></header>
<div class="breaking"><span>عاجل</span> {ticker}</div>
<main><article class="story">
<h1>{esc(s.title)}</h1>
<div class="meta">{credit_meta}<time datetime="{iso(spec.published_at)}">{spec.published_at:%Y/%m/%d %H:%M}</time></div>
<div class="story-body">{paragraphs_html(spec.paragraphs)}</div>
{credit_after}
</article>
<div class="app-banner">{banner}</div>
<section class="related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section>
</main>
<footer><p>{footer}</p><a href="/about">من نحن</a> <a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>"""
        return Rendered(page, exposes, tuple(chrome))
