"""An Arabic Blogspot auto-blog fed from RSS: the post ends with the feed's "source" link, a WordPress feed
footer carried over ("ظهرت المقالة ... أولاً على ..."), a read-more link, or a disclaimer that the post is
published automatically; Blogger's own widgets (popular posts, archive, labels) around it."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class BlogspotAuto(Layout):
    name = "e_blogspot_auto"
    language = "ar"
    host = "akhbar-3ajel-alyoum.blogspot.com"
    site_name = "أخبار عاجلة اليوم"
    families = ("source_link", "footer_phrase", "read_original", "disclaimer")
    notes = (
        "Blogger template (post hentry, post-body entry-content, PopularPosts, BlogArchive), autopost footers"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/2026/10/blog-post_{n % 900}.html"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        tail = ""
        if fam == "source_link":
            label = pick(spec, ("المصدر: ", "مصدر الخبر : ", "المصدر "), "w")
            tail = f"<br><b>{label}</b>{a(src.article_url, src.name, extra=' rel=nofollow target=_blank')}"
            exposes = True
        elif fam == "footer_phrase":
            # The feed footer of the WordPress site the blog reads, with links.
            title_link = a(src.article_url, story.title, extra=' rel="nofollow"')
            tail = f"<p>ظهرت المقالة {title_link} أولاً على {a(src.home_url, src.name, extra=' rel=nofollow')}.</p>"
            chrome.append(f"أولاً على {src.name}")
            exposes = True
        elif fam == "read_original":
            label = pick(
                spec, ("اقرأ الخبر كاملاً من المصدر", "تابع القراءة", "اضغط هنا لقراءة الخبر كاملاً"), "w"
            )
            tail = f'<div style="text-align:center;"><a href="{esc(src.article_url)}" target="_blank"><b>{label}</b></a></div>'
            exposes = True
        elif fam == "disclaimer":
            line = pick(
                spec,
                (
                    f"تنويه: هذا الخبر منشور تلقائياً من موقع {src.name}، والمدونة غير مسؤولة عن محتواه.",
                    f"هذا المحتوى منقول آلياً عن {src.name} وتعود حقوقه لأصحابه.",
                ),
                "w",
            )
            tail = f'<p><span style="color: #999999; font-size: x-small;">{esc(line)}</span></p>'
            chrome.append(line)
        popular = teasers(spec, 5)
        chrome += [t.title for t in popular]
        popular_html = "".join(
            f'<li><div class="item-title">{a(t.url.replace("/news/", "/2026/10/") + ".html", t.title)}</div></li>'
            for t in popular
        )
        pid = spec.seed % 10**12
        page = f"""<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner">
<div class="titlewrapper"><h1 class="title"><a href="https://{self.host}/">{esc(self.site_name)}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>آخر الأخبار العاجلة لحظة بلحظة من كل المواقع</span></p></div></div></div></div></header>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{spec.published_at:%Y-%m-%d}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{pid}/s640/1.jpg" itemprop="image_url"><meta content="{pid}" itemprop="blogId">
<a name="{pid}"></a><h3 class="post-title entry-title" itemprop="name">{esc(story.title)}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{pid}" itemprop="description articleBody"><div dir="rtl" style="text-align: right;" trbidi="on">
<div class="separator" style="clear: both; text-align: center;"><img border="0" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{pid}/s640/1.jpg" alt="{esc(story.title)}"></div>
{paragraphs_html(ps)}{tail}</div><div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">نشر بواسطة <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Unknown</span></span></span>
<span class="post-timestamp">في <a class="timestamp-link" href="{esc(spec.url)}" rel="bookmark"><abbr class="published" itemprop="datePublished" title="{iso(spec.published_at)}">{spec.published_at:%I:%M}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{esc(spec.url)}#comment-form">ليست هناك تعليقات</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID={pid}&target=email">إرسال بالبريد الإلكتروني</a><a class="share-button sb-twitter" href="#">‏المشاركة على X</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">التسميات: <a href="https://{self.host}/search/label/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1" rel="tag">أخبار</a></span></div></div></div></div></div></div></div>
<div class="comments" id="comments"><h4>ليست هناك تعليقات:</h4><div id="comment-holder"></div><p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/{pid}">إرسال تعليق</a></p></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="https://{self.host}/2026/10/blog-post_{(spec.seed % 900) + 1}.html">رسالة أحدث</a> <a class="home-link" href="https://{self.host}/">الصفحة الرئيسية</a></div></div></div></div></div>
<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>المشاركات الشائعة</h2><div class="widget-content popular-posts"><ul>{popular_html}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>أرشيف المدونة</h2><ul class="hierarchy"><li><a class="post-count-link" href="https://{self.host}/2026/">2026</a> <span class="post-count">(1842)</span></li></ul></div></div></aside></div></div>
<footer><div class="widget Attribution" id="Attribution1"><div class="widget-content">يتم التشغيل بواسطة <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></footer></div>"""
        head = (
            f"<title>{esc(self.site_name)}: {esc(story.title)}</title>"
            f'<meta content="blogger" name="generator"><link href="{esc(spec.url)}" rel="canonical">'
            f'<meta content="{esc(spec.url)}" property="og:url"><meta content="{esc(story.title)}" property="og:title">'
            f'<link rel="alternate" type="application/atom+xml" title="{esc(self.site_name)} - Atom" href="https://{self.host}/feeds/posts/default">'
        )
        return Rendered(
            doc("ar", head, page, ' class="v2" xmlns:b="http://www.google.com/2005/gml/b"'),
            exposes,
            tuple(chrome),
            ps,
        )
