"""أخبار البلد لحظة بلحظة: an Arabic Blogger (Blogspot) auto-blog that reposts outlet stories from their feeds.

Blogger's own markup: ``div.post.hentry`` with ``h3.post-title``, ``div.post-body.entry-content``, the
"تسميات" labels, ``blog-pager`` older/newer links, a "المشاركات الشائعة" gadget and an archive gadget, and the
"يتم التشغيل بواسطة Blogger" footer. The feed-to-post script appends its credit: a "المصدر |" line under the
text, a "اقرأ المزيد" link to the original, the outlet's logo linking home, or a not-responsible disclaimer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_g._common import a, others, shown


class BloggerScraper(Layout):
    name = "g_blogger_scraper"
    language = "ar"
    host = "akhbar-albalad-lahza.blogspot.example"
    site_name = "أخبار البلد لحظة بلحظة"
    families = ("source_line", "read_original", "logo_link", "disclaimer")
    notes = "Blogspot auto-blog (Blogger markup, popular-posts gadget): 'المصدر |' line, read-more link, outlet logo, disclaimer"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m}/blog-post_{n % 97:02d}{n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        tail = ""
        if fam == "source_line":
            tail = f'<div style="text-align:left;">{esc(rng.choice(["المصدر |", "المصدر:", "مصدر:"]))} {esc(src.name)}</div>'
        elif fam == "read_original":
            text = rng.choice(["اقرأ المزيد", "أكمل القراءة من المصدر", f"اقرأ الخبر كاملا على {src.name}"])
            tail = f'<div class="read-more"><b>{a(src.article_url, text)}</b></div>'
            exposes = True
        elif fam == "logo_link":
            alt = rng.choice(["", src.name, "logo"])
            tail = (
                f'<div class="separator" style="clear:both;text-align:center;"><a href="{esc(src.home_url)}" style="margin-left:1em;">'
                f'<img border="0" src="{esc(src.logo)}" alt="{esc(alt)}" width="120"></a></div>'
            )
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"هذا الخبر منشور على موقع {src.name} والمدونة غير مسؤولة عن محتواه.",
                    f"تم نشر هذا الخبر تلقائياً من {src.name}، ولا تتحمل المدونة أي مسؤولية عن صحته.",
                    f"المحتوى ملك لـ {src.name}؛ نحن ننقل الأخبار فقط ولا نتبنى ما ورد فيها.",
                ]
            )
            tail = f"<p><i>{esc(line)}</i></p>"
            chrome.append(line)
        popular = others(spec, 5)
        chrome += [t.title for t in popular]
        pop = "".join(
            f'<li><div class="item-title"><a href="{esc(t.url)}">{esc(t.title)}</a></div></li>'
            for t in popular
        )
        labels = "".join(
            f'<a href="https://{self.host}/search/label/{x}" rel="tag">{x}</a>, ' for x in ("أخبار", "عاجل")
        )
        desc = "مدونة أخبار البلد لحظة بلحظة تنقل لكم آخر الأخبار المحلية والعربية أولا بأول"
        chrome.append(desc)
        text = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        page = f"""<!DOCTYPE html><html dir="rtl" lang="ar" xmlns:b="http://www.google.com/2005/gml/b"><head><meta charset="UTF-8">
<meta content="blogger" name="generator"><title>{self.site_name}: {esc(s.title)}</title>
<link rel="canonical" href="{esc(spec.url)}"><meta property="og:url" content="{esc(spec.url)}"><meta property="og:site_name" content="{self.site_name}"></head>
<body><div class="header-outer"><div class="Header"><h1 class="title"><a href="https://{self.host}/">{self.site_name}</a></h1><p class="description">{esc(desc)}</p></div></div>
<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>{spec.published_at:%Y-%m-%d}</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">{esc(s.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{spec.seed}"><div class="separator" style="clear:both;text-align:center;"><img border="0" src="https://blogger.googleusercontent.example/img/b/R29v{spec.seed % 91}/s640/news.jpg"></div>{text}{tail}<div style="clear: both;"></div></div>
<div class="post-footer"><span class="post-author vcard">بواسطة <span class="fn">مدير المدونة</span></span> <span class="post-labels">تسميات: {labels}</span></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="#">رسالة أحدث</a> <a class="blog-pager-older-link" href="#">رسالة أقدم</a> <a class="home-link" href="https://{self.host}/">الصفحة الرئيسية</a></div></div>
<div class="sidebar"><div class="widget PopularPosts"><h2>المشاركات الشائعة</h2><ul>{pop}</ul></div>
<div class="widget BlogArchive"><h2>أرشيف المدونة</h2><ul><li>{spec.published_at:%Y} (1204)</li></ul></div></div>
<div class="footer-outer">يتم التشغيل بواسطة <a href="https://www.blogger.com">Blogger</a>.</div></body></html>"""
        return Rendered(page, exposes, shown(chrome))
