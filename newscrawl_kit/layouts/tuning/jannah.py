"""An Arabic WordPress news site on the Jannah theme (TieLabs), as hundreds of small aggregators run it: the post
meta line "بواسطة <author> · <date> · <views>", post tags that are often outlet names, an embedded tweet
from some outlet's account in the body, "مقالات ذات صلة" cards, a "الأكثر مشاهدة" widget, the theme's footer
credit. Credits: a "المصدر" box after the content, the outlet's name in the post meta as the author, a link
closing the body in the site's own words, a logo in the source box."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html


class JannahWordPress(Layout):
    name = "jannah"
    language = "ar"
    host = "www.sadaa-elbalad.example"
    site_name = "صدى البلد الآن"
    families = ("source_line", "byline_outlet", "source_link", "logo_link", "footer_phrase")
    notes = "WordPress/Jannah; 'بواسطة' author slot; tags naming outlets; an embedded tweet; theme credit"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/{2026}/{10 + n % 3:02d}/{n % 28 + 1:02d}/{n}/"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        author = rng.choice(["محمود سليمان", "فريق التحرير", "admin", "هبة عادل"])
        box = closing = ""
        exposes = False
        if spec.family == "byline_outlet":
            author = src.name
        elif spec.family == "source_line":
            box = (
                f'<div class="post-source"><span class="tie-icon-link"></span> المصدر : {esc(src.name)}</div>'
            )
            chrome.append(f"المصدر : {src.name}")
        elif spec.family == "source_link":
            box = (
                '<div class="post-source">المصدر : '
                f'<a href="{esc(src.article_url)}" target="_blank" rel="nofollow">{esc(src.name)}</a></div>'
            )
            exposes = True
        elif spec.family == "logo_link":
            box = (
                f'<div class="post-source"><a href="{esc(src.home_url)}" rel="nofollow">'
                f'<img src="{esc(src.logo)}" alt="" width="90"></a></div>'
            )
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"تمت كتابة هذا الخبر بواسطة {src.name} ونقله صدى البلد الآن تلقائياً.",
                    f"هذا المحتوى منقول بالكامل عن {src.name}، وجميع الحقوق محفوظة لأصحابها.",
                ]
            )
            closing = f"<p><strong>{esc(text)}</strong></p>"
            chrome.append(text)
        tags = [rng.choice(["الجزيرة", "اليوم السابع", "العربية"]), "أخبار مصر", "عاجل"]
        tag_html = "".join(f'<a href="/tag/{i}/" rel="tag">{esc(t)}</a>' for i, t in enumerate(tags))
        tweet = ""
        if rng.random() < 0.5:
            handle = rng.choice([("الجزيرة مصر", "AJA_Egypt"), ("BBC News عربي", "BBCArabic")])
            tweet = (
                f'<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">{esc(s.title)}</p>— {handle[0]} '
                f'(@{handle[1]}) <a href="https://twitter.com/{handle[1]}/status/1">{spec.published_at:%B %d, %Y}</a>'
                "</blockquote>"
            )
        related = "".join(
            f'<div class="related-item"><a href="{esc(t.url)}" class="post-thumb"><img src="/wp-content/uploads/{i}.jpg" alt=""></a>'
            f'<h3 class="post-title"><a href="{esc(t.url)}">{esc(t.title)}</a></h3></div>'
            for i, t in enumerate(spec.teasers[:3])
        )
        popular = "".join(
            f'<li class="widget-single-post-item"><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="src">{esc(t.outlet)}</span></li>'
            for t in spec.teasers[3:7]
        )
        chrome += [t.title for t in spec.teasers[:7] if len(t.title) >= 20]
        chrome.append("جميع الحقوق محفوظة لموقع صدى البلد الآن © 2026")
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "NewsArticle", "headline": s.title, "datePublished": iso(spec.published_at),
                 "author": {"@type": "Person", "name": author},
                 "publisher": {"@type": "Organization", "name": self.site_name}},
            ],
        }  # fmt: skip
        return Rendered(
            f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article">
<meta name="generator" content="WordPress 6.5">{json_ld(ld)}</head><body class="post-template-default single">
<div id="tie-wrapper"><header id="theme-header" class="theme-header"><div class="logo-wrapper"><a href="/"><img src="/wp-content/uploads/logo.png" alt="{self.site_name}"></a></div>
<nav id="main-nav"><ul><li><a href="/category/egypt/">مصر</a></li><li><a href="/category/world/">عربي ودولي</a></li><li><a href="/category/sport/">رياضة</a></li></ul></nav></header>
<div id="breaking-news-in-header" class="breaking"><span class="breaking-title">عاجل</span><ul><li><a href="{esc(spec.teasers[0].url)}">{esc(spec.teasers[0].title)}</a></li></ul></div>
<div id="content" class="site-content"><div class="main-content"><article id="the-post" class="post-listing">
<header class="entry-header-outer"><h1 class="post-title entry-title">{esc(s.title)}</h1>
<div class="post-meta"><span class="meta-author">بواسطة <a href="/author/{rng.randint(2, 9)}/" class="author-name">{esc(author)}</a></span>
<span class="date meta-item">{spec.published_at:%Y-%m-%d}</span><span class="meta-views">{rng.randint(50, 9000)} مشاهدة</span></div></header>
<div class="entry-content entry clearfix">{paragraphs_html(spec.paragraphs)}{tweet}{closing}</div>{box}
<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud">الوسوم {tag_html}</span></div>
<div class="share-buttons"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">فيسبوك</a><a href="https://api.whatsapp.com/send?text={esc(spec.url)}">واتساب</a></div>
</article><div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>مقالات ذات صلة</h3></div>{related}</div></div>
<aside class="sidebar"><div class="widget posts-list"><div class="widget-title"><h4>الأكثر مشاهدة</h4></div><ul>{popular}</ul></div></aside></div>
<footer id="footer"><div class="copyright-text">جميع الحقوق محفوظة لموقع صدى البلد الآن © 2026</div>
<div class="footer-menu">تصميم وبرمجة <a href="https://tielabs.com/" rel="nofollow">TieLabs</a></div></footer></div></body></html>""",
            exposes,
            tuple(chrome),
        )
