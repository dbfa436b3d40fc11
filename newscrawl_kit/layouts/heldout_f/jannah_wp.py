"""صحيفة الوسم الإلكترونية: a Saudi auto-blog on the Jannah WordPress theme (TieLabs) fed by RSS imports.

The theme's markup as it ships: ``#tie-wrapper``, a top bar with the Hijri and Gregorian dates, a
"عاجل" breaking-news slider, ``.entry-header`` with ``.post-meta``, ``.entry-content``, a share bar, tags,
"مقالات ذات صلة" and a "الأكثر مشاهدة" widget, a WordPress comment form and a widget-heavy footer. Yoast
writes the site's own JSON-LD graph. Credits as these blogs print them: an "المصدر :" link at the end of the
post, an "اقرأ الخبر من المصدر" button, a closing "ظهرت المقالة ... أولاً على" line (the RSS-import plugin's
stock footer), or nothing visible but the importer's ``isBasedOn`` in the graph.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class JannahWp(Layout):
    name = "f_jannah_wp"
    language = "ar"
    host = "alwasm-news.example"
    site_name = "صحيفة الوسم الإلكترونية"
    families = ("source_link", "read_original", "footer_phrase", "jsonld")
    notes = "Jannah WordPress theme auto-blog (Saudi); 'المصدر :' link, 'اقرأ الخبر من المصدر', RSS-import footer, Yoast graph"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m/%d}/{740000 + n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        after = ""
        based_on: dict[str, object] | None = None
        if fam == "source_link":
            label = rng.choice(["المصدر :", "المصدر:", "مصدر الخبر:"])
            target = src.article_url if rng.random() < 0.7 else src.home_url
            exposes = target == src.article_url
            after = f'<p class="post-source"><strong>{label}</strong> {link(target, src.name, target="_blank", rel="nofollow noopener")}</p>'
            chrome.append(f"{label} {src.name}")
        elif fam == "read_original":
            text = rng.choice(
                ["اقرأ الخبر من المصدر", "لمتابعة الخبر كاملاً من المصدر اضغط هنا", "تفاصيل الخبر من المصدر"]
            )
            after = f'<div class="tie-source-btn">{link(src.article_url, text, class_="button", rel="nofollow", target="_blank")}</div>'
            exposes = True
            chrome.append(text)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"ظهرت المقالة {s.title} أولاً على {src.name}.",
                    f"الخبر نقلاً عن {src.name} بتصرف.",
                    f"تم نقل هذا الخبر آلياً من {src.name} ونشره في {self.site_name}.",
                ]
            )
            after = f'<p class="rss-footer">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "jsonld":
            based_on = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": src.name}}
            if rng.random() < 0.5:
                based_on["url"] = src.article_url
                exposes = True
        breaking = other_items(spec, 4)
        related = other_items(spec, 3, skip=4)
        most = other_items(spec, 5, skip=7)
        chrome += [t.title for t in breaking + related + most]
        foot = f"جميع الحقوق محفوظة لـ {self.site_name} © 2026 - تصميم وتطوير فريق الوسم التقني"
        newsletter = "اشترك في نشرتنا البريدية ليصلك كل جديد الأخبار المحلية والعالمية"
        chrome += [foot, newsletter]
        article: dict[str, object] = {
            "@type": "NewsArticle",
            "@id": f"{spec.url}#article",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "فريق التحرير"},
            "publisher": {"@id": f"https://{self.host}/#organization"},
            "inLanguage": "ar",
        }
        if based_on is not None:
            article["isBasedOn"] = based_on
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Organization",
                    "@id": f"https://{self.host}/#organization",
                    "name": self.site_name,
                    "url": f"https://{self.host}/",
                    "logo": f"https://{self.host}/wp-content/uploads/logo.png",
                },
                {"@type": "WebPage", "@id": spec.url, "url": spec.url, "name": s.title},
                article,
            ],
        }
        slider = "".join(f'<li class="ticker-item">{link(t.url, t.title)}</li>' for t in breaking)
        rel = "".join(
            f'<div class="related-item"><h3 class="post-title">{link(t.url, t.title)}</h3><span class="meta-item">{esc(t.outlet)}</span></div>'
            for t in related
        )
        widget = "".join(
            f'<li class="widget-single-post-item"><a href="{esc(t.url)}">{esc(t.title)}</a></li>'
            for t in most
        )
        tags = "".join(
            f'<a href="https://{self.host}/tag/{i}/">{w}</a>'
            for i, w in enumerate(("السعودية", "محليات", "أخبار"))
        )
        page = f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8">
<title>{esc(s.title)} - {self.site_name}</title><link rel="canonical" href="{esc(spec.url)}">
<meta property="og:locale" content="ar_AR"><meta property="og:type" content="article"><meta property="og:site_name" content="{self.site_name}">
<meta property="og:title" content="{esc(s.title)}"><meta property="og:url" content="{esc(spec.url)}">
<meta property="article:published_time" content="{iso(spec.published_at)}">
<link rel="stylesheet" id="tie-css-base-css" href="https://{self.host}/wp-content/themes/jannah/assets/css/base.min.css" type="text/css" media="all">
{json_ld(graph)}</head>
<body class="rtl post-template-default single single-post is-desktop boxed-layout"><div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<nav id="top-nav" class="top-nav header-nav"><div class="topbar-today-date">{spec.published_at:%Y-%m-%d}</div><ul class="tie-alignleft"><li><a href="https://{self.host}/contact/">اتصل بنا</a></li><li><a href="https://{self.host}/about/">من نحن</a></li></ul></nav>
<header id="theme-header" class="theme-header header-layout-3"><div class="logo-wrapper"><a href="https://{self.host}/"><img src="https://{self.host}/wp-content/uploads/logo.png" alt="{self.site_name}"></a></div>
<nav id="main-nav"><ul class="menu"><li><a href="/category/local/">محليات</a></li><li><a href="/category/world/">عالمية</a></li><li><a href="/category/economy/">اقتصاد</a></li><li><a href="/category/sport/">رياضة</a></li></ul></nav></header>
<div class="breaking"><span class="breaking-title">عاجل</span><ul id="tie-block_1">{slider}</ul></div>
<div id="content" class="site-content container"><div class="main-content tie-col-md-8" role="main"><article id="the-post" class="container-wrapper post-content">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">الرئيسية</a> / <a href="/category/local/">محليات</a></nav><div class="entry-header"><h1 class="post-title entry-title">{esc(s.title)}</h1>
<div class="post-meta"><span class="meta-author">فريق التحرير</span> <span class="date meta-item">{spec.published_at:%Y/%m/%d}</span> <span class="meta-views">{spec.seed % 900 + 40} مشاهدة</span></div></div></header>
<div class="featured-area"><figure><img src="https://{self.host}/wp-content/uploads/2026/{spec.seed % 12 + 1:02d}/img-{spec.seed % 9999}.jpg" alt=""></figure></div>
<div class="entry-content entry clearfix">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{after}</div>
<div class="post-footer"><div class="tagcloud"><span>الوسوم</span>{tags}</div>
<div class="share-links"><a class="facebook-share-btn" href="#">فيسبوك</a><a class="twitter-share-btn" href="#">X</a><a class="whatsapp-share-btn" href="#">واتساب</a></div></div></article>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>مقالات ذات صلة</h3></div>{rel}</div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">اترك تعليقاً</h3><form id="commentform"><textarea name="comment"></textarea><input name="author"><button type="submit">إرسال التعليق</button></form></div></div></div>
<aside class="sidebar tie-col-md-4"><div class="widget posts-list"><div class="widget-title"><h4>الأكثر مشاهدة</h4></div><ul>{widget}</ul></div>
<div class="widget subscribe-widget"><p>{newsletter}</p><input type="email" placeholder="بريدك الإلكتروني"></div></aside></div>
<footer id="footer" class="site-footer"><div id="site-info"><p>{esc(foot)}</p></div></footer></div></div></div></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
