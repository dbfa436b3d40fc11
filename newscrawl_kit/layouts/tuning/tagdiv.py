"""An Arabic WordPress news site on the Newspaper theme (tagDiv), the other theme small aggregators run: an inline
"اقرأ أيضا" box between the story's paragraphs (one linked title of another story), a photo with a caption and a
photographer credit inside the content, an Outbrain "recommended" block inside the post after the text (titles
with their outlets), an author box with a one-line bio, the post's tag list, a share bar. Credits: a 'المصدر'
label in the post's source/via tags, a linked source name after the content, a closing sentence in the site's
own wording."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld


class TagDivNewspaper(Layout):
    name = "tagdiv"
    language = "ar"
    host = "www.elwatan-today.example"
    site_name = "الوطن اليوم"
    families = ("source_line", "source_link", "footer_phrase", "via_meta")
    notes = "WordPress/Newspaper: inline 'اقرأ أيضا' box, captioned photo, Outbrain block, author box, tags"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/news/{n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        source = closing = via = ""
        exposes = False
        if spec.family == "source_line":
            source = f'<div class="td-post-source-tags"><ul class="td-tags"><li><span>المصدر</span></li><li>{esc(src.name)}</li></ul></div>'
        elif spec.family == "source_link":
            source = (
                '<div class="td-post-source-tags"><ul class="td-tags"><li><span>المصدر</span></li>'
                f'<li><a href="{esc(src.article_url)}" rel="nofollow">{esc(src.name)}</a></li></ul></div>'
            )
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice([f"ظهر هذا الخبر أولاً على {src.name}", f"هذا الخبر منقول من {src.name} بتصرف"])
            closing = f"<p><em>{esc(text)}</em></p>"
            chrome.append(text)
        elif spec.family == "via_meta":
            via = f'<span class="td-post-via">عبر {esc(src.name)}</span>'
        paragraphs = list(spec.paragraphs)
        also = spec.teasers[0]
        inline = (
            f'<div class="td-a-rec td-a-rec-id-content_inline"><div class="wp-block-group">'
            f'<strong>اقرأ أيضا</strong> <a href="{esc(also.url)}">{esc(also.title)}</a></div></div>'
        )
        photographer = rng.choice(["أحمد حسن", "وكالات", "أرشيفية"])
        caption = f"{s.title[:60]} - تصوير: {photographer}"
        figure = (
            '<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/2026/12/a.jpg" alt="">'
            f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>'
        )
        chrome += [also.title, caption]
        body_html = ""
        for i, p in enumerate(paragraphs):
            body_html += f"<p>{esc(p)}</p>"
            if i == 0:
                body_html += figure
            if i == 1 and len(paragraphs) > 3:
                body_html += inline
        recs = spec.teasers[1:5]
        outbrain = (
            '<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header">محتوى مقترح</div>'
            + "".join(
                f'<a class="ob-dynamic-rec-link" href="{esc(t.url)}"><span class="ob-rec-text">{esc(t.title)}</span>'
                f'<span class="ob-rec-source">{esc(t.outlet)}</span></a>'
                for t in recs
            )
            + "</div>"
        )
        chrome += [t.title for t in recs]
        editor = rng.choice(["سارة محمود", "محمد عبد الله", "نور الهدى"])
        bio = f"{editor} محررة الأخبار العاجلة في موقع الوطن اليوم منذ 2019"
        author_box = (
            f'<div class="author-box-wrap"><a href="/author/{rng.randint(2, 9)}/"><img src="/a.jpg" alt=""></a>'
            f'<div class="desc"><div class="td-author-name vcard author"><a href="/author/x/">{esc(editor)}</a></div>'
            f'<div class="td-author-description">{esc(bio)}</div></div></div>'
        )
        chrome.append(bio)
        tags = "".join(
            f'<li><a href="/tag/{i}/">{esc(t)}</a></li>' for i, t in enumerate(["اقتصاد", "مصر", "أسعار"])
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": editor},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        footer = "جميع الحقوق محفوظة لموقع الوطن اليوم 2026 - يمنع النسخ دون إذن مسبق"
        chrome.append(footer)
        return Rendered(
            f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body class="post-template-default single td-standard-pack">
<div class="td-header-wrap"><div class="td-header-sp-logo"><a href="/">{self.site_name}</a></div>
<div class="td-trending-now-wrapper"><div class="td-trending-now-title">الأكثر قراءة</div><div class="td-trending-now-display-area"><a href="{esc(spec.teasers[5].url)}">{esc(spec.teasers[5].title)}</a></div></div></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><article class="post type-post">
<div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{esc(s.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">بقلم <a href="/author/x/">{esc(editor)}</a></div>
<span class="td-post-date"><time datetime="{iso(spec.published_at)}">{spec.published_at:%Y-%m-%d}</time></span>{via}</div></header></div>
<div class="td-post-sharing-top"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">تويتر</a> <a href="https://api.whatsapp.com/send?text={esc(spec.url)}">واتساب</a></div>
<div class="td-post-content tagdiv-type">{body_html}{closing}{outbrain}</div>
<footer>{source}<div class="td-post-source-tags"><ul class="td-tags"><li><span>الوسوم</span></li>{tags}</ul></div>{author_box}</footer>
</article></div></div></div>
<div class="td-footer-wrapper"><div class="td-sub-footer-copy">{esc(footer)}</div></div></body></html>""",
            exposes,
            tuple(c for c in chrome if len(c) >= 20),
        )
