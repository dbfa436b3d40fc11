"""عناوين: a Google-News-like Arabic story cluster ("تغطية كاملة"), the lead copy shown in full.

The story's text is shown under a cluster header; below it "تغطية كاملة" lists the same story from other
outlets, each with the outlet's favicon and a link to its home page (many outlets named and linked, none of
them the answer). Credits: the lead's outlet linked to the original, an "عبر" meta line, a favicon-only
link, a label chip, or a ``<meta>`` only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class Anaween(Layout):
    name = "d_anaween"
    language = "ar"
    host = "news.anaween.example"
    site_name = "عناوين"
    families = ("source_link", "via_meta", "logo_link", "badge", "meta_tag")
    notes = (
        "Google-News-like cluster page; 'تغطية كاملة' list linking many other outlets; favicon-only credit"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/stories/CAAqNgg{n:06d}KIjBD?hl=ar&gl=EG"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        lead_src = ""
        meta = f'<time datetime="{iso(spec.published_at)}">{spec.published_at:%H:%M}</time>'
        metas = ""
        if fam == "source_link":
            lead_src = f'<div class="wEwyrc"><a class="SVJrMe" href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(src.name)}</a></div>'
            exposes = True
        elif fam == "via_meta":
            meta = f"عبر {esc(src.name)} · " + meta
        elif fam == "logo_link":
            lead_src = (
                f'<div class="wEwyrc"><a href="{esc(src.home_url)}" target="_blank"><img class="tvs3Id" '
                f'src="https://{self.host}/favicon?domain={esc(src.domain)}&sz=32" alt="" width="16" height="16"></a></div>'
            )
        elif fam == "badge":
            lead_src = f'<div class="wEwyrc"><span class="vr1PYe">{esc(src.name)}</span></div>'
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="citation_publisher" content="{esc(src.name)}">'
        coverage = teasers(spec, 7)
        chrome += [t.title for t in coverage]
        note = "تُجمع هذه العناوين تلقائياً بواسطة خوارزميات عناوين من مصادر إخبارية متعددة"
        chrome.append(note)
        ld = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": s.title,
            "publisher": {"@type": "Organization", "name": self.site_name},
            "dateModified": iso(spec.published_at),
        }
        items = "".join(
            f'<article class="IBr9hb"><div class="vr1PYe"><img src="https://{self.host}/favicon?domain=x&amp;sz=16" alt="">'
            f'<a href="{esc(t.outlet_url or t.url)}">{esc(t.outlet)}</a></div>'
            f'<h4><a class="gPFEn" href="{esc(t.url)}">{esc(t.title)}</a></h4><time>منذ {i + 2} ساعات</time></article>'
            for i, t in enumerate(coverage)
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        page = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">{metas}{json_ld(ld)}</head>
<body><c-wiz><header class="gb_Ja"><a class="gb_logo" href="/?hl=ar">{self.site_name}</a><form role="search"><input aria-label="ابحث عن مواضيع ومواقع ومصادر"></form>
<nav class="EctEBd"><a href="/topics/home">الصفحة الرئيسية</a><a href="/topics/egypt">مصر</a><a href="/topics/world">العالم</a><a href="/topics/business">الأعمال</a></nav></header>
<main class="HKt8rc"><div class="Cctmgc"><h2 class="C6lE1e">تغطية كاملة لهذا الخبر</h2></div>
<article class="UwIKyb" jsname="lead">{lead_src}<h1 class="JtKRv">{esc(s.title)}</h1><div class="UOVeFe">{meta}</div>
<div class="kb0PBd">{body}</div></article>
<section class="Ccj79"><h3>تغطية كاملة</h3>{items}</section><p class="UxZIxb">{esc(note)}</p></main>
<footer class="gb_foot">{self.site_name} © 2026 · الخصوصية · الشروط · حول {self.site_name}</footer></c-wiz></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
