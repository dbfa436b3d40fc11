"""أخبار كل ساعة: a WordPress site fed by an RSS auto-import plugin that files posts under the source.

The importer (WP RSS Aggregator / Feedzy-type) makes one category per feed, so the source appears as the
post's category badge and, on some installs, in the permalink (``/<feed-slug>/<post-slug>/``); the plugin's
stock footer ("ظهر المقال ... أولاً على X") closes the post, or a "اقرأ المزيد من المصدر" link points at the
original. A generic news theme around it: a "شريط الأخبار" ticker, "ذات صلة" cards, a search widget,
tag cloud, WordPress comments and a theme credit in the footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick, refuse_bare_slug, slug_of


class WpAutoImport(Layout):
    name = "h_wp_autoimport"
    language = "ar"
    host = "akhbar-kul-saa.example"
    site_name = "أخبار كل ساعة"
    families = ("badge", "url_slug", "footer_phrase", "read_original")
    notes = "WordPress RSS auto-importer: the feed as category badge, feed slug in the permalink, 'ظهر المقال أولاً على' footer, read-more link"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{slug_of(story.source)}/{n + 204000}/"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/news/{n + 204000}/"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_bare_slug(spec, slug_of(spec.story.source))
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        cat = '<a href="/category/general/" rel="category tag">عام</a>'
        after = ""
        if fam == "badge":
            cat = f'<a href="/category/{esc(slug_of(src))}/" rel="category tag" class="cat-badge">{esc(rng.choice([src.name, src.name_latin or src.name, "أخبار " + src.name]))}</a>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"ظهر المقال {s.title} أولاً على {src.name}.",
                    f"المقال {s.title} ظهر أولاً في {src.name}.",
                    f"نشر هذا المقال لأول مرة على {src.name}.",
                ]
            )
            if rng.random() < 0.5:
                link_text = a(src.home_url, src.name)
                after = f'<p class="feed-footer">{esc(line).replace(esc(src.name), link_text)}</p>'
            else:
                after = f'<p class="feed-footer">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "read_original":
            text = rng.choice(["اقرأ المزيد من المصدر", "اقرأ التفاصيل كاملة", f"المزيد على {src.name}"])
            after = (
                f'<p class="wprss-read-more">{a(src.article_url, text, target="_blank", rel="nofollow")}</p>'
            )
            exposes = True
            chrome.append(text)
        ticker = pick(spec, 5)
        related = pick(spec, 3, skip=5)
        chrome += [t.title for t in ticker + related]
        foot = f"حقوق النشر © 2026 {self.site_name} | بدعم من ووردبريس | قالب نيوز برو"
        comment = "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"
        chrome += [foot, comment]
        tick = "".join(f'<li class="news-ticker-item">{a(t.url, t.title)}</li>' for t in ticker)
        rel = "".join(
            f'<div class="rel-card"><img loading="lazy" src="https://{self.host}/wp-content/uploads/rel-{i}.jpg" alt=""><h4>{a(t.url, t.title)}</h4></div>'
            for i, t in enumerate(related)
        )
        page = f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>{esc(s.title)} &#8211; {self.site_name}</title>
<meta name="generator" content="WordPress 6.6.2"><link rel="canonical" href="{esc(spec.url)}"><link rel="shortlink" href="https://{self.host}/?p={spec.seed + 204000}">
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article"><meta property="article:published_time" content="{iso(spec.published_at)}"></head>
<body class="rtl post-template-default single single-post single-format-standard"><div id="page" class="site">
<header id="masthead"><div class="site-branding"><p class="site-title"><a href="https://{self.host}/" rel="home">{self.site_name}</a></p></div>
<nav class="main-navigation"><ul><li><a href="/">الرئيسية</a></li><li><a href="/category/general/">عام</a></li><li><a href="/category/sport/">رياضة</a></li><li><a href="/category/tech/">تقنية</a></li></ul></nav></header>
<div class="ticker-wrap"><span>شريط الأخبار</span><ul>{tick}</ul></div>
<main id="primary"><article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><span class="cat-links">{cat}</span><h1 class="entry-title">{esc(s.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(spec.published_at)}">{spec.published_at:%Y-%m-%d}</time></span> <span class="byline">بواسطة admin</span></div></header>
<div class="entry-content">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{after}</div></article>
<section class="related-posts"><h3>ذات صلة</h3>{rel}</section>
<div id="comments"><div id="respond"><h3>أضف تعليقاً</h3><p class="comment-notes">{comment}</p><textarea name="comment"></textarea></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><input type="search" name="s" placeholder="بحث …"></form></section></aside>
<footer id="colophon"><div class="site-info">{esc(foot)}</div></footer></div></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
