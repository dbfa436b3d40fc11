"""مدونة المغرب الآن: a Moroccan Blogger blog that copies Hespress-type news sites wholesale.

Blogger's own skeleton (``.post-outer``, ``.post-body entry-content``, ``data-version`` attributes, the
``b:section`` leftovers as ``div.section``), a "آخر الأخبار" marquee, AdSense slots, a label list, a
"مواضيع قد تهمك" widget and the template credit in the footer. Credits as these blogs print them: an
"المصدر: X" line under the post, "نقلا عن X" closing it, the byline of the copied site ("X - متابعة"), or
nothing visible but the ``sourceOrganization`` a template plugin writes into the JSON-LD.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class BloggerMaroc(Layout):
    name = "h_blogger_maroc"
    language = "ar"
    host = "almaghrib-alaan.blogspot.example"
    site_name = "مدونة المغرب الآن"
    families = ("source_line", "footer_phrase", "byline_outlet", "jsonld")
    notes = "Moroccan Blogger copy-blog of Hespress-type sites: 'المصدر:' under the post, 'نقلا عن', outlet byline, sourceOrganization in JSON-LD"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m}/blog-post_{n % 90 + 10}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        byline = "هيئة التحرير"
        after = ""
        ld: dict[str, object] = {
            "@context": "http://schema.org",
            "@type": "BlogPosting",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "Admin"},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "source_line":
            label = rng.choice(["المصدر:", "المصدر :", "مصدر:"])
            value = esc(src.name)
            if rng.random() < 0.4:
                value = a(src.home_url, src.name, target="_blank")
            after = f'<div class="post-source" style="text-align:right"><b>{label}</b> {value}</div>'
            chrome.append(f"{label} {src.name}")
        elif fam == "footer_phrase":
            line = rng.choice([f"نقلا عن {src.name}", f"عن موقع {src.name} بتصرف", f"- نقلاً عن {src.name} -"])
            after = f'<p style="text-align:left"><span style="color:#999999">{esc(line)}</span></p>'
            chrome.append(line)
        elif fam == "byline_outlet":
            byline = rng.choice([f"{src.name} - متابعة", f"{src.name} | هيئة التحرير", f"عن {src.name}"])
        elif fam == "jsonld":
            org: dict[str, object] = {"@type": "NewsMediaOrganization", "name": src.name}
            if rng.random() < 0.5:
                org["url"] = src.home_url
            ld["sourceOrganization"] = org
        ticker = pick(spec, 5)
        widget = pick(spec, 4, skip=5)
        chrome += [t.title for t in ticker + widget]
        foot = f"جميع الحقوق محفوظة © {self.site_name} - قالب مدونة إخبارية معرب"
        chrome.append(foot)
        if fam == "byline_outlet":
            chrome.append(byline)
        marquee = " ".join(f'<span class="tk">{a(t.url, t.title)}</span>' for t in ticker)
        wid = "".join(
            f'<li><a href="{esc(t.url)}"><img class="lazy" data-src="https://blogger.googleusercontent.example/img/{i}.jpg" alt=""></a>{a(t.url, t.title)}</li>'
            for i, t in enumerate(widget)
        )
        labels = "".join(f'<a href="/search/label/{w}" rel="tag">{w}</a> ' for w in ("أخبار وطنية", "مجتمع"))
        page = f"""<!DOCTYPE html>
<html class="v2" dir="rtl" lang="ar" xmlns:b="http://www.google.com/2005/gml/b"><head><meta charset="UTF-8"><meta name="generator" content="Blogger">
<title>{esc(s.title)} ~ {self.site_name}</title><link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">{json_ld(ld)}</head>
<body class="item-view version-1-3-3"><div class="outer-wrapper"><div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1"><h2 class="title"><a href="https://{self.host}/">{self.site_name}</a></h2><p class="description">أخبار المغرب لحظة بلحظة</p></div></div>
<div class="ticker"><b>آخر الأخبار</b><marquee direction="right" scrollamount="3">{marquee}</marquee></div>
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed"><div class="post-outer"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h1 class="post-title entry-title" itemprop="name">{esc(s.title)}</h1>
<div class="post-header"><span class="post-author vcard"><span class="fn" itemprop="author">{esc(byline)}</span></span> <abbr class="published" title="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y}</abbr></div>
<div class="adsbygoogle-slot"><ins class="adsbygoogle" data-ad-client="ca-pub-0000000000" data-ad-slot="{spec.seed % 99999}"></ins></div>
<div class="post-body entry-content" id="post-body-{spec.seed % 10**9}" itemprop="description articleBody"><div dir="rtl" style="text-align:right">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{after}</div>
<div class="post-footer"><span class="post-labels">التصنيفات: {labels}</span><div class="share-box"><a class="share-fb" href="#">شارك</a><a class="share-wa" href="#">واتساب</a></div></div></div></div></div></div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>مواضيع قد تهمك</h2><ul>{wid}</ul></div></div>
<div class="footer section" id="footer"><p>{foot}</p></div></div></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
