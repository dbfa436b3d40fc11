"""الديوانية نيوز: a Kuwaiti news portal's AMP article template (``/amp/<id>``), copies included.

AMP the way CMS plugins emit it: ``<html amp>``, ``amp-ad`` slots between paragraphs, an ``amp-accordion``
"مواضيع قد تهمك", ``amp-social-share`` and an ``amp-sticky-ad``; the canonical is the non-AMP twin. The
portal credits in its own ways: a coloured label above the title, a closing "المصدر الأصلي للخبر" line, the
``sourceOrganization`` of its JSON-LD, or an ``article:source`` / ``original-source`` meta tag only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, other_items

_AMP_CSS = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start "
    "8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
)


class KuwaitAmp(Layout):
    name = "f_kuwait_amp"
    language = "ar"
    host = "www.diwaniya-news.example"
    site_name = "الديوانية نيوز"
    families = ("badge", "footer_phrase", "jsonld", "meta_tag")
    notes = "Kuwaiti portal AMP template (plugin AMP, amp-ad, amp-accordion); label, closing line, sourceOrganization, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/amp/{1400000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        label = '<div class="cat-label">محليات</div>'
        closing = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "mainEntityOfPage": spec.url.replace("/amp/", "/article/"),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/amp-logo.png"},
            },
        }
        if fam == "badge":
            chip = f'<div class="src-label">{esc(rng.choice([src.name, src.name, "عن " + src.name]))}</div>'
            label = chip + label if rng.random() < 0.5 else label + chip
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"المصدر الأصلي للخبر: {src.name}",
                    f"الخبر منقول بالكامل عن {src.name}",
                    f"* نقلاً عن {src.name}",
                ]
            )
            closing = f'<p class="end-src">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "jsonld":
            org: dict[str, object] = {"@type": "NewsMediaOrganization", "name": src.name}
            if rng.random() < 0.5:
                org["url"] = src.home_url
            ld["sourceOrganization"] = org
            if rng.random() < 0.4:
                ld["isBasedOn"] = src.article_url
                exposes = True
        elif fam == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta property="article:source" content="{esc(src.name)}">'
            elif kind == 1:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}"><meta name="article:opinion" content="false">'
                exposes = True
        related = other_items(spec, 5)
        chrome += [t.title for t in related]
        foot = "جميع الحقوق محفوظة لـ الديوانية نيوز - الكويت 2026 ©"
        chrome.append(foot)
        paras = [f"<p>{esc(p)}</p>" for p in spec.paragraphs]
        ad = f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/2100/diwaniya/amp_mid_{spec.seed % 3}"></amp-ad>'
        paras.insert(min(2, len(paras)), ad)
        acc = "".join(
            f'<li><a href="{esc(t.url.replace("/item/", "/amp/"))}">{esc(t.title)}</a></li>' for t in related
        )
        page = f"""<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<title>{esc(s.title)} - {self.site_name}</title><link rel="canonical" href="{esc(spec.url.replace("/amp/", "/article/"))}">
<meta name="viewport" content="width=device-width"><meta property="og:site_name" content="{self.site_name}">{metas}
{_AMP_CSS}<style amp-custom>.src-label{{background:#0a5;color:#fff;display:inline-block}}</style>{json_ld(ld)}</head>
<body><header class="amp-top"><a href="https://{self.host}/"><amp-img src="https://{self.host}/amp-logo.png" width="160" height="40" alt="{self.site_name}"></amp-img></a></header>
<article>{label}<h1>{esc(s.title)}</h1><time datetime="{iso(spec.published_at)}">{spec.published_at:%d-%m-%Y}</time>
<amp-img src="https://{self.host}/uploads/{spec.seed % 5000}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>
<div class="amp-body">{"".join(paras)}</div>{closing}
<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share></article>
<amp-accordion><section expanded><h2>مواضيع قد تهمك</h2><ul>{acc}</ul></section></amp-accordion>
<footer><p>{esc(foot)}</p></footer><amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick" data-slot="/2100/diwaniya/amp_sticky"></amp-ad></amp-sticky-ad></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
