"""زاوية الأخبار: a WordPress "auto-blog" that republishes whole feed items (classic theme classes), Arabic."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import (
    caption_credit,
    finish,
    local,
    long_date,
    refuse_slug_url,
    share_links,
    slug_of,
)


class Zawiya(Layout):
    name = "b_zawiya"
    language = "ar"
    host = "zawiyat-alakhbar.com"
    site_name = "زاوية الأخبار"
    families: ClassVar[tuple[str, ...]] = (
        "footer_phrase",
        "read_original",
        "cc_notice",
        "url_slug",
        "canonical",
    )
    notes = (
        "After WordPress auto-blogs fed by WP Automatic / feed importers: the feed's own Yoast line copied "
        "verbatim ('ظهرت المقالة ... أولاً على X.', or in English), a 'رابط المصدر' button, Creative Commons "
        "republication notes, one category per source feed in the permalink (/<source>/<id>/), canonical left "
        "pointing at the original by the SEO plugin; the blog's own 'appeared first on' line as a trap, "
        "caption shortcodes crediting wires, 'Proudly powered by WordPress'."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{slug_of(story.source)}/{23000 + n}/"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/archives/{23000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_slug_url(spec)
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 3)
        shown = src.name_latin if src.name_latin and rng.random() < 0.3 else src.name
        chrome: list[str] = []

        canonical = src.article_url if fam == "canonical" else spec.url
        credit = caption_credit(spec, rng, "ar")
        caption = f"الصورة: {credit} - صورة أرشيفية من مكان الحدث"
        chrome.append(caption)
        figure = (
            f'<div id="attachment_{spec.seed}" class="wp-caption aligncenter" style="width:710px">'
            f'<img class="size-large wp-image-{spec.seed}" src="https://{self.host}/wp-content/uploads/'
            f'{when:%Y/%m}/feed-{spec.seed}.jpg" alt="" width="700" height="400">'
            f'<p class="wp-caption-text">{esc(caption)}</p></div>'
        )

        after: list[str] = []
        if fam == "footer_phrase":
            line = rng.choice(
                (
                    f"ظهرت المقالة {st.title} أولاً على {shown}.",
                    f"The post {st.title} appeared first on {src.name_latin or src.name}.",
                    f"المقالة {st.title} نُشرت أولاً على موقع {shown}",
                    f"تم نشر هذا الخبر لأول مرة على {shown}",
                )
            )
            # Yoast links the title (to the original) and the site name (to its home); some feeds strip links.
            line_html = esc(line)
            if rng.random() < 0.5:
                title_link = f'<a rel="nofollow" href="{esc(src.article_url)}">{esc(st.title)}</a>'
                line_html = line_html.replace(esc(st.title), title_link, 1)
                for name in {shown, src.name_latin or src.name}:
                    if name in line and name not in st.title:
                        line_html = line_html.replace(
                            esc(name), f'<a rel="nofollow" href="{esc(src.home_url)}">{esc(name)}</a>', 1
                        )
                        break
            after.append(f"<p>{line_html}</p>")
            chrome.append(line)
        if fam == "cc_notice":
            lic = rng.choice(("CC BY 4.0", "CC BY-SA 4.0", "CC BY-ND 4.0"))
            code = lic.split()[1].lower()
            sentence = rng.choice(
                (
                    f"نُشرت هذه المادة في الأصل على موقع {shown}، ويُعاد نشرها بموجب رخصة المشاع الإبداعي ({lic}).",
                    f"أعيد نشر هذا المقال من {shown} وفق رخصة المشاع الإبداعي {lic}.",
                    f"هذا المحتوى مرخص من {shown} بموجب رخصة المشاع الإبداعي ({lic})، ويمكن إعادة نشره مع ذكر المصدر.",
                )
            )
            tail = rng.choice(("اقرأ المقال الأصلي", "المقال الأصلي", ""))
            link = f' <a href="{esc(src.article_url)}">{esc(tail)}</a>' if tail else ""
            after.append(
                f'<p class="republish-note"><a rel="license" href="https://creativecommons.org/licenses/{code}/4.0/">'
                f'<img src="https://licensebuttons.net/l/{code}/4.0/80x15.png" alt="{esc(lic)}"></a> '
                f"{esc(sentence)}{link}</p>"
            )
            chrome.append(sentence)
        if fam == "read_original":
            label = rng.choice(
                ("رابط المصدر", "Source link", "المصدر الأصلي للخبر", f"تابع الخبر على {shown}")
            )
            after.append(
                f'<p><a href="{esc(src.article_url)}" target="_blank" rel="noopener">{esc(label)}</a></p>'
            )

        # The blog's own feed line sometimes comes back in its own posts: it names the blog, never the outlet.
        own = ""
        if rng.random() < 0.5:
            own_line = f"ظهرت المقالة {st.title} أولاً على {site}."
            own = f'<p class="own-feed">{esc(own_line)}</p>'
            chrome.append(own_line)

        recent = spec.teasers[:6]
        recent_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in recent)
        chrome += [t.title for t in recent]
        related = spec.teasers[6:9]
        related_html = "".join(
            f'<li><a href="{esc(t.url)}" rel="bookmark">{esc(t.title)}</a> <small>{esc(t.outlet)}</small></li>'
            for t in related
        )
        chrome += [t.title for t in related]
        outlets = list(dict.fromkeys(t.outlet for t in spec.teasers))[:4]
        sources_widget = "".join(
            f'<li class="cat-item"><a href="https://{self.host}/category/feed-{i}/">{esc(o)}</a></li>'
            for i, o in enumerate(outlets)
        )
        shares = " ".join(
            f'<a class="share-{n}" href="{esc(h)}" target="_blank">{n}</a>'
            for n, h in share_links(spec.url, st.title, ("facebook", "x", "whatsapp", "telegram"))
        )
        reply = "اترك تعليقاً: لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"
        powered = f"{site} · فخور باستخدام ووردبريس"
        chrome += [reply, powered]

        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "@id": f"https://{self.host}/#website",
                    "name": site,
                    "inLanguage": "ar",
                },
                {
                    "@type": "Article",
                    "headline": st.title,
                    "datePublished": iso(spec.published_at),
                    "mainEntityOfPage": {"@id": canonical},
                    "author": {"@type": "Person", "name": "admin"},
                    "publisher": {"@type": "Organization", "name": site},
                },
            ],
        }
        body_html = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)

        page = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<title>{esc(st.title)} &#8211; {esc(site)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(st.title)} - {esc(site)}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:site_name" content="{esc(site)}">
<meta name="generator" content="WordPress 6.4.3">
{json_ld(ld)}
<link rel="stylesheet" id="twentyfifteen-style-css" href="https://{self.host}/wp-content/themes/twentyfifteen/style.css" media="all">
</head>
<body class="rtl post-template-default single single-post postid-{spec.seed} single-format-standard">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">التجاوز إلى المحتوى</a>
<div id="sidebar" class="sidebar"><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="https://{self.host}/" rel="home">{esc(site)}</a></p><p class="site-description">أخبار من كل المصادر في مكان واحد</p></div></header>
<div id="secondary" class="secondary"><div id="widget-area" class="widget-area">
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">أحدث المقالات</h2><ul>{recent_html}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">التصنيفات</h2><ul>{sources_widget}</ul></aside>
</div></div></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{spec.seed}" class="post-{spec.seed} post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{esc(st.title)}</h1></header>
<div class="entry-content">
{figure}
{body_html}
{"".join(after)}
{own}
</div>
<footer class="entry-footer"><span class="posted-on"><a href="{esc(spec.url)}" rel="bookmark"><time class="entry-date published" datetime="{iso(spec.published_at)}">{esc(long_date(when, "ar"))}</time></a></span>
<span class="byline"><span class="author vcard"><a class="url fn n" href="https://{self.host}/author/admin/">admin</a></span></span>
<span class="share-links">{shares}</span></footer>
</article>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">مقالات ذات صلة</h3><ul>{related_html}</ul></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
<p class="comment-notes">{esc(reply)}</p></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://ar.wordpress.org/">{esc(powered)}</a></div></footer>
</div>
</body>
</html>"""
        return finish(spec, page, chrome)
