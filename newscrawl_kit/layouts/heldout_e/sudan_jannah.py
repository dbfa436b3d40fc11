"""A Sudanese WordPress aggregator (Jannah theme, Yoast JSON-LD graph): the outlet's name alone or after
"المصدر" closing the body, a post category named after the outlet, or only a second JSON-LD node."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class SudanJannah(Layout):
    name = "e_sudan_jannah"
    language = "ar"
    host = "marafi-sd.example"
    site_name = "مرافئ السودان"
    families = ("source_line", "footer_phrase", "badge", "jsonld")
    notes = (
        "WordPress/Jannah like the big Khartoum aggregators: bare outlet name as the last line, Yoast graph"
    )

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/?p={300000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        org = {
            "@type": "Organization",
            "@id": f"https://{self.host}/#organization",
            "name": self.site_name,
            "url": f"https://{self.host}/",
            "logo": {"@type": "ImageObject", "url": f"https://{self.host}/logo.png"},
        }
        art = {
            "@type": "NewsArticle",
            "@id": f"{spec.url}#article",
            "headline": story.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": "مرافئ"},
            "publisher": {"@id": org["@id"]},
            "mainEntityOfPage": spec.url,
            "inLanguage": "ar",
        }
        graph = [org, {"@type": "WebPage", "@id": spec.url, "url": spec.url, "name": story.title}, art]
        if fam == "jsonld":
            if pick(spec, (True, False), "ld"):
                art["isBasedOn"] = src.article_url
                exposes = True
            else:
                art["sourceOrganization"] = {
                    "@type": "NewsMediaOrganization",
                    "name": src.name,
                    "url": src.home_url,
                }
        cat = a(f"https://{self.host}/category/sudan/", "أخبار السودان", "post-cat tie-cat-4")
        tail = ""
        if fam == "badge":
            cat += a(f"https://{self.host}/category/{spec.seed % 97}/", src.name, "post-cat tie-cat-src")
        elif fam == "source_line":
            wording = pick(spec, ("المصدر: ", "المصدر – ", "مصدر الخبر : "), "w")
            tail = f"<p><strong>{wording}{esc(src.name)}</strong></p>"
        elif fam == "footer_phrase":
            line = pick(spec, (src.name, f"نقلاً عن {src.name}", f"الخرطوم: {src.name}"), "w")
            tail = f"<p><strong>{esc(line)}</strong></p>"
        ticker = teasers(spec, 3)
        related = teasers(spec, 4, 3)
        papers = teasers(spec, 4, 7)
        chrome += [t.title for t in ticker + related + papers]
        ticker_html = "".join(f'<li class="news-item">{a(t.url, t.title)}</li>' for t in ticker)
        related_html = "".join(
            f'<div class="related-item"><h3 class="post-title">{a(t.url, t.title)}</h3></div>'
            for t in related
        )
        papers_html = "".join(
            f'<li><span class="widget-src">{esc(t.outlet)}:</span> {a(t.url, t.title)}</li>' for t in papers
        )
        share = (
            '<div class="share-links"><a class="facebook-share-btn">فيسبوك</a><a class="twitter-share-btn">'
            'تويتر</a><a class="whatsapp-share-btn">واتساب</a><a class="telegram-share-btn">تيلقرام</a></div>'
        )
        copyright_ = f"© حقوق النشر 2026، جميع الحقوق محفوظة | {self.site_name}"
        chrome.append(copyright_)
        head = (
            f"<title>{esc(story.title)} - {esc(self.site_name)}</title>"
            f'<link rel="canonical" href="{esc(spec.url)}"><meta property="og:locale" content="ar_AR">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{esc(spec.url)}">'
            f'<meta property="og:site_name" content="{esc(self.site_name)}">'
            f'<meta property="article:published_time" content="{iso(spec.published_at)}">'
            + json_ld({"@context": "https://schema.org", "@graph": graph})
        )
        page = f"""
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3"><div class="breaking"><span class="breaking-title">عاجل</span><ul id="breaking-news-in-header" class="breaking-news">{ticker_html}</ul></div>
<div class="logo-wrapper"><a href="https://{self.host}/" rel="home"><img src="https://{self.host}/logo.png" alt="{esc(self.site_name)}"></a></div>
<nav id="main-nav"><ul class="menu"><li><a href="/category/sudan/">السودان</a></li><li><a href="/category/economy/">اقتصاد</a></li><li><a href="/category/sport/">رياضة</a></li></ul></nav></header>
<div id="content" class="site-content container"><div class="main-content tie-col-md-8" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><div class="entry-header"><span class="post-cat-wrap">{cat}</span>
<h1 class="post-title entry-title">{esc(story.title)}</h1>
<div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">{spec.published_at:%Y-%m-%d}</span><span class="meta-item meta-views">{spec.seed % 3000} مشاهدة</span></div></div></header>
{share}<div class="entry-content entry clearfix">{paragraphs_html(ps)}{tail}</div>
<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud"><a href="/tag/khartoum/">الخرطوم</a><a href="/tag/sudan/">السودان</a></span></div>{share}</article>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>مقالات ذات صلة</h3></div>{related_html}</div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">اترك تعليقاً</h3><form><textarea name="comment"></textarea></form></div></div></div>
<aside class="sidebar tie-col-md-4"><div class="widget"><div class="widget-title"><h4>من صحف الخرطوم</h4></div><ul>{papers_html}</ul></div></aside></div>
<footer id="footer" class="site-footer"><div id="site-info"><div class="copyright-text">{esc(copyright_)}</div></div></footer></div></div></div>"""
        return Rendered(doc("ar", head, page), exposes, tuple(chrome), ps)
