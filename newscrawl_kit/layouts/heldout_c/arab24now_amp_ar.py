"""عرب ٢٤ الآن: the AMP version of a pan-Arab aggregator's story page (amp-img, amp-ad, amp-consent)."""

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
from newscrawl_kit.layouts.heldout_c._kit import ar_date, choose, pick


class Arab24NowAmpAr(Layout):
    name = "c_arab24now_amp_ar"
    language = "ar"
    host = "amp.arab24now.example"
    site_name = "عرب 24 الآن"
    families = ("canonical", "badge", "logo_link", "meta_tag")
    notes = (
        "AMP story page: the canonical normally points at the aggregator's own desktop page and, for syndicated "
        "copies, at the original; the source may be a pill by the time, the last breadcrumb, a bare amp-img logo "
        "linking to the outlet, or only a meta tag; amp-ad slots, an amp-consent banner, a related carousel."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/amp/news/{3300000 + n * 11}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        item = spec.url.rsplit("/", 1)[-1]
        canonical = f"https://www.arab24now.example/news/{item}"
        metas = ""
        pill = ""
        crumb_last = f'<a href="https://www.arab24now.example/cat/arab">{esc("أخبار عربية")}</a>'
        logo = ""
        og = f'<meta property="og:url" content="{esc(spec.url)}">'
        if fam == "canonical":
            canonical, exposes = src.article_url, True
            og = choose(rng, (og, f'<meta property="og:url" content="{esc(src.article_url)}">', ""))
        elif fam == "badge":
            label = src.name_latin if (src.name_latin and rng.random() < 0.3) else src.name
            if rng.random() < 0.5:
                pill = f'<span class="src-badge">{esc(label)}</span>'
            else:
                crumb_last = (
                    f'<a href="https://www.arab24now.example/source/{spec.seed % 900 + 100}">{esc(label)}</a>'
                )
        elif fam == "logo_link":
            alt = choose(rng, ("", src.name_latin or "", "المصدر"))
            logo = (
                f'<a class="src-logo" href="{esc(src.home_url)}"><amp-img alt="{esc(alt)}" src="{esc(src.logo)}" '
                f'width="{choose(rng, ("80", "96", "64"))}" height="24" layout="fixed"></amp-img></a>'
            )
        elif fam == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta property="article:author" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="citation_publisher" content="{esc(src.name)}">'
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": "عرب 24 الآن",
                "logo": {"@type": "ImageObject", "url": "https://www.arab24now.example/logo-amp.png"},
            },
        }
        related = pick(spec, 0, 6)
        carousel = "".join(
            f'<div class="slide"><a href="{esc(t.url.replace("https://", "https://amp."))}">{esc(t.title)}</a>'
            f'<span class="src">{esc(t.outlet)}</span></div>'
            for t in related
        )
        chrome += [t.title for t in related]
        consent = "يستخدم موقع عرب 24 الآن ملفات الارتباط لتخصيص المحتوى والإعلانات"
        full = "شاهد النسخة الكاملة من الخبر على عرب 24 الآن"
        chrome += [consent, full]
        date = ar_date(spec.published_at, levant=rng.random() < 0.5, indic=rng.random() < 0.3)
        html = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(st.title)} - عرب 24 الآن</title>
<link rel="canonical" href="{esc(canonical)}">
{og}
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{metas}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
{json_ld(ld)}
<style amp-custom>.src-badge{{background:#eee;border-radius:8px}}</style>
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>{esc(consent)}</p><button on="tap:consent.accept">قبول</button></div></amp-consent>
<header><a href="https://www.arab24now.example/"><amp-img src="https://www.arab24now.example/logo-amp.png" width="120" height="32" alt="عرب 24 الآن"></amp-img></a></header>
<nav class="crumbs"><a href="https://www.arab24now.example/">الرئيسية</a> › {crumb_last}</nav>
<article>
<h1>{esc(st.title)}</h1>
<div class="meta">{logo}<time datetime="{iso(spec.published_at)}">{esc(date)}</time>{pill}</div>
<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-000111" data-ad-slot="42"></amp-ad>
<div class="content">{paragraphs_html(spec.paragraphs)}</div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
<p class="full"><a href="{esc(f"https://www.arab24now.example/news/{item}")}">{esc(full)}</a></p>
</article>
<section class="related"><h2>اقرأ أيضاً</h2><amp-carousel height="180" layout="fixed-height" type="carousel">{carousel}</amp-carousel></section>
<footer><p>© عرب 24 الآن arab24now.example</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
