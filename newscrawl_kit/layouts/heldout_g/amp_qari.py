"""القارئ السريع: an Arabic "fast page" service that serves outlet stories as its own AMP pages (``/a/s/<id>``).

Like the AMP-cache viewers that circulated on messaging apps: ``<html ⚡>``, a thin sticky bar ("نسخة خفيفة
من الخبر"), ``amp-img`` hero, ``amp-ad`` between paragraphs, ``amp-carousel`` of "قصص أخرى" and an
``amp-analytics`` block. Credits: the bar's outlet chip, a "فتح في الموقع الأصلي" button, a canonical to the
original (and nothing visible), or an ``og:article:publisher`` / ``original-source`` meta tag only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, others, shown

_BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
)


class AmpQari(Layout):
    name = "g_amp_qari"
    language = "ar"
    host = "qari-sarie.example"
    site_name = "القارئ السريع"
    families = ("badge", "read_original", "canonical", "meta_tag")
    notes = "Arabic AMP fast-page viewer (html ⚡, amp-carousel, amp-analytics): bar chip, open-original button, canonical, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/a/s/{n:06d}{story.published_at:%m%d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = esc(spec.url.replace("/a/s/", "/full/"))
        metas = ""
        chip = ""
        button = ""
        if fam == "badge":
            chip = f'<span class="bar-src">{esc(rng.choice([src.name, "من " + src.name, src.name + " ●"]))}</span>'
        elif fam == "read_original":
            text = rng.choice(
                ["فتح في الموقع الأصلي", f"عرض الخبر على {src.name}", "الانتقال إلى الصفحة الأصلية للخبر"]
            )
            button = f'<div class="open-orig">{a(src.article_url, text, "amp-btn")}</div>'
            chrome.append(text)
            exposes = True
        elif fam == "canonical":
            canonical = esc(src.article_url)
            if rng.random() < 0.5:
                metas = f'<meta property="og:url" content="{canonical}">'
            exposes = True
        elif fam == "meta_tag":
            kind = rng.randrange(3)
            if kind == 0:
                metas = f'<meta property="og:article:publisher" content="{esc(src.name)}">'
            elif kind == 1:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="syndication-source" content="{esc(src.home_url)}">'
        bar_text = "نسخة خفيفة من الخبر لتصفح أسرع على الهاتف"
        chrome.append(bar_text)
        stories = others(spec, 5)
        chrome += [t.title for t in stories]
        slides = "".join(
            f'<div class="slide"><a href="{esc(t.url.replace("/item/", "/a/s/"))}"><h4>{esc(t.title)}</h4></a></div>'
            for t in stories
        )
        paras = [f"<p>{esc(p)}</p>" for p in spec.paragraphs]
        paras.insert(
            min(2, len(paras)),
            '<amp-ad width="336" height="280" type="adsense" data-ad-client="ca-pub-000" data-ad-slot="77"></amp-ad>',
        )
        foot = "القارئ السريع: خدمة تسريع صفحات الأخبار - جميع العلامات التجارية لأصحابها"
        chrome.append(foot)
        ld = {"@context": "https://schema.org", "@type": "WebPage", "name": s.title, "dateModified": iso(spec.published_at),
              "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!doctype html><html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} — القارئ السريع</title>
<link rel="canonical" href="{canonical}"><meta name="viewport" content="width=device-width,minimum-scale=1">{metas}
<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
{_BOILER}{json_ld(ld)}</head><body>
<div class="qbar"><a href="https://{self.host}/">القارئ السريع</a> {chip} <span class="qbar-note">{bar_text}</span></div>
<article><h1>{esc(s.title)}</h1><div class="t">{spec.published_at:%d.%m.%Y · %H:%M}</div>
<amp-img src="https://{self.host}/img/{spec.seed % 4000}.webp" width="16" height="9" layout="responsive" alt=""></amp-img>
{"".join(paras)}{button}</article>
<h3>قصص أخرى</h3><amp-carousel type="carousel" height="160">{slides}</amp-carousel>
<footer><p>{esc(foot)}</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-QARI"}}}}</script></amp-analytics></body></html>"""
        return Rendered(page, exposes, shown(chrome))
