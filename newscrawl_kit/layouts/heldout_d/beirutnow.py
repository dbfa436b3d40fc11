"""بيروت الآن نت: a Levantine WordPress auto-blog filled by an RSS-import plugin (WP Automatic-like).

A stock news theme (``td-``/``tie-`` classes), a Yoast ``@graph`` naming the blog, Jetpack share buttons, a
"اترك تعليقاً" comment form, a widget column and tag cloud. The import plugin appends what its settings say:
WordPress's own "ظهرت المقالة ... أولاً على ..." line, "جميع الحقوق محفوظة لـ", a "المصدر:" link, a bare
"رابط المصدر" button, an automatic-publication disclaimer, or only a canonical pointing at the original.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import long_texts, teasers


class BeirutNow(Layout):
    name = "d_beirutnow"
    language = "ar"
    host = "beirutnow-net.example"
    site_name = "بيروت الآن نت"
    families = ("footer_phrase", "source_link", "disclaimer", "canonical", "read_original")
    notes = "Levantine WordPress RSS auto-blog; 'ظهرت المقالة ... أولاً على', 'رابط المصدر', Yoast canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/?p={41000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        tail = ""
        if fam == "footer_phrase":
            line = rng.choice(
                [
                    f"ظهرت المقالة {s.title} أولاً على {src.name}.",
                    f"جميع الحقوق محفوظة لـ {src.name}",
                    f"هذا الخبر منقول من {src.name} وقد قام فريق التحرير بنشره كما هو",
                ]
            )
            tail = f"<p>{esc(line)}</p>"
            chrome.append(line)
        elif fam == "source_link":
            tail = f'<p class="wpa-src">المصدر: <a href="{esc(src.article_url)}" rel="nofollow" target="_blank">{esc(src.name)}</a></p>'
            exposes = True
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"تنويه: تم نشر هذا المحتوى بشكل تلقائي من موقع {src.name}، ولا يتحمل {self.site_name} أي مسؤولية عن محتواه.",
                    f"هذا المقال نُشر أولاً على {src.name} وتمت إعادة نشره آلياً، والآراء الواردة فيه لا تعبر بالضرورة عن الموقع.",
                ]
            )
            tail = f'<div class="td-disclaimer"><em>{esc(line)}</em></div>'
            chrome.append(line)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam == "read_original":
            label = rng.choice(["رابط المصدر", "اقرأ المقال الأصلي", "للمزيد اضغط هنا"])
            tail = f'<p><a class="wp_automatic_readmore" href="{esc(src.article_url)}" rel="nofollow">{label}</a></p>'
            exposes = True
        recent = teasers(spec, 5)
        also = teasers(spec, 3, skip=5)
        chrome += [t.title for t in recent + also]
        foot = "جميع الحقوق محفوظة لـ بيروت الآن نت © 2026 | تصميم وبرمجة ستوديو الأرز"
        chrome.append(foot)
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "@id": f"https://{self.host}/#website",
                    "url": f"https://{self.host}/",
                    "name": self.site_name,
                    "inLanguage": "ar",
                },
                {
                    "@type": "WebPage",
                    "@id": canonical,
                    "url": canonical,
                    "name": s.title,
                    "isPartOf": {"@id": f"https://{self.host}/#website"},
                    "datePublished": iso(spec.published_at),
                },
                {"@type": "Person", "@id": f"https://{self.host}/#/schema/person/1", "name": "admin"},
            ],
        }
        body = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        widgets = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in recent)
        related = "".join(
            f'<div class="td-related-span4"><a href="{esc(t.url)}" rel="bookmark">{esc(t.title)}</a></div>'
            for t in also
        )
        page = f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8">
<title>{esc(s.title)} &#8211; {self.site_name}</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{esc(canonical)}"><meta property="og:locale" content="ar_AR"><meta property="og:type" content="article">
<meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{esc(spec.url)}"><meta property="og:site_name" content="{self.site_name}">
<meta property="article:published_time" content="{iso(spec.published_at)}"><meta name="author" content="admin">
<meta name="generator" content="WordPress 6.6.2">{json_ld(graph)}
<link rel="stylesheet" id="td-theme-css" href="https://{self.host}/wp-content/themes/Newspaper/style.css?ver=12.6" media="all"></head>
<body class="rtl post-template-default single single-post single-format-standard td-standard-pack">
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td-date">{spec.published_at:%A، %d %B %Y}</span></div>
<div class="td-logo"><a href="https://{self.host}/"><img src="https://{self.host}/wp-content/uploads/2024/01/logo.png" alt="{self.site_name}"></a></div>
<ul class="sf-menu"><li><a href="/category/lebanon/">لبنان</a></li><li><a href="/category/syria/">سوريا</a></li><li><a href="/category/world/">عربي ودولي</a></li></ul></div>
<div class="td-main-content-wrap"><div class="td-ss-main-content"><article id="post-{spec.seed % 90000}" class="post type-post status-publish format-standard has-post-thumbnail category-lebanon">
<header class="td-post-title"><ul class="td-category"><li><a class="td-post-category" href="/category/lebanon/">لبنان</a></li></ul>
<h1 class="entry-title">{esc(s.title)}</h1><div class="td-module-meta-info"><div class="td-post-author-name">بواسطة <a href="/author/admin/">admin</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(spec.published_at)}">{spec.published_at:%Y-%m-%d}</time></span></div></header>
<div class="td-post-sharing"><a class="td-social-facebook" href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">فيسبوك</a><a class="td-social-whatsapp" href="whatsapp://send?text={esc(spec.url)}">واتساب</a></div>
<div class="td-post-content tagdiv-type">{body}{tail}</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>الوسوم</span></li><li><a href="/tag/lebanon/">لبنان</a></li><li><a href="/tag/news/">أخبار</a></li></ul></div>
<div class="td_block_related_posts"><h4 class="td-related-title">مقالات ذات صلة</h4>{related}</div>
<div id="comments" class="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
<form action="https://{self.host}/wp-comments-post.php" method="post"><p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p><textarea name="comment"></textarea></form></div></div>
</article></div><div class="td-pb-span4 td-main-sidebar"><aside class="widget widget_recent_entries"><h4 class="block-title">أحدث المقالات</h4><ul>{widgets}</ul></aside></div></div>
<div class="td-footer-wrapper"><div class="td-sub-footer-copy">{esc(foot)}</div></div></body></html>"""
        return Rendered(page, exposes, long_texts(chrome))
