"""A Saudi "صحيفة ... الإلكترونية" on Drupal that republishes SPA (واس) wires and outlet stories: a labelled
source field, a wire dateline, the original only in the canonical or in Drupal's schema.org metatag JSON-LD,
or the outlet's logo (its name only in the image's title) at the article head."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class SaudiSahifa(Layout):
    name = "e_saudi_sahifa"
    language = "ar"
    host = "www.wahaj-alshamal.example"
    site_name = "صحيفة وهج الشمال الإلكترونية"
    families = ("wire_dateline", "source_line", "jsonld", "canonical", "logo_link")
    notes = "Drupal 9 node, field--name-field-source label/value, prayer times and gold price widgets"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/node/{150000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "dateModified": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "author": {"@type": "Organization", "name": self.site_name},
            "mainEntityOfPage": {"@id": spec.url},
        }
        if fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "jsonld":
            ld["author"] = {"@type": "Organization", "name": src.name, "url": src.home_url}
            if pick(spec, (True, False), "ld"):
                ld["isBasedOn"] = {"@type": "NewsArticle", "url": src.article_url}
                exposes = True
        field = ""
        if fam == "source_line":
            field = (
                '<div class="field field--name-field-source field--type-string field--label-inline">'
                f'<div class="field__label">{pick(spec, ("المصدر", "مصدر الخبر"), "w")}</div>'
                f'<div class="field__item">{esc(src.name)}</div></div>'
            )
        logo = ""
        if fam == "logo_link":
            logo = (
                f'<div class="source-logo">{a(src.home_url, "", extra=" target=_blank")[:-4]}'
                f'<img src="{esc(src.logo)}" title="{esc(src.name)}" alt=""></a></div>'
            )
        ticker = teasers(spec, 4)
        related = teasers(spec, 4, 4)
        chrome += [t.title for t in ticker + related]
        ticker_html = " ◆ ".join(a(t.url, t.title) for t in ticker)
        related_html = "".join(
            f'<div class="views-row"><span class="views-field-title">{a(t.url, t.title)}</span>'
            f'<span class="views-field-source">{esc(t.outlet)}</span></div>'
            for t in related
        )
        rights = f"جميع الحقوق محفوظة {self.site_name} - مرخصة من وزارة الإعلام"
        chrome.append(rights)
        head = (
            f"<title>{esc(story.title)} | {esc(self.site_name)}</title>"
            f'<link rel="canonical" href="{esc(canonical)}"><link rel="shortlink" href="https://{self.host}/node/{spec.seed % 150000}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}"><meta property="og:url" content="{esc(canonical)}">'
            f'<meta property="og:title" content="{esc(story.title)}"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">'
            + json_ld(ld)
        )
        page = f"""
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/wahaj/logo.svg" alt="الرئيسية"></a>
<div class="block block-prayer"><h2>مواقيت الصلاة - عرعر</h2><ul><li>الفجر 04:51</li><li>الظهر 11:38</li><li>العصر 14:49</li></ul></div></div>
<nav class="menu--main"><ul><li><a href="/taxonomy/term/1">محليات</a></li><li><a href="/taxonomy/term/2">اقتصاد</a></li><li><a href="/taxonomy/term/3">رياضة</a></li><li><a href="/taxonomy/term/4">دوليات</a></li></ul></nav></header>
<div class="ticker-wrap"><strong>آخر الأخبار:</strong> {ticker_html}</div>
<main role="main"><div class="region region-content">
<article role="article" about="/node/{spec.seed % 150000}" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(story.title)}</span></h1>
<div class="node__meta"><span class="field field--name-uid">تحرير: فريق التحرير</span> <span class="field field--name-created">{spec.published_at:%Y-%m-%d %H:%M}</span></div>
{logo}{field}
<div class="field field--name-field-image"><img src="/sites/default/files/styles/large/public/2026-10/{spec.seed % 9999}.jpg" alt="{esc(story.title)}"></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{paragraphs_html(ps)}</div>
<div class="field field--name-field-tags field__items"><div class="field__item"><a href="/taxonomy/term/88">السعودية</a></div></div>
<div class="sharethis-inline-share-buttons"></div></article>
<div class="views-element-container block-related"><h2>أخبار ذات صلة</h2>{related_html}</div></div></main>
<aside class="region-sidebar"><div class="block block-gold"><h2>أسعار الذهب اليوم</h2><p>عيار 21: 265 ريال</p></div></aside>
<footer role="contentinfo"><p>{esc(rights)}</p><p><a href="/privacy">سياسة الخصوصية</a> · <a href="/contact">اتصل بنا</a></p></footer></div></div>"""
        return Rendered(doc("ar", head, page), exposes, tuple(chrome), ps)
