"""سهم 365: a Gulf "365"-style auto-copy portal on a WordPress news theme (tie-* classes), Arabic, RTL."""

from __future__ import annotations

from typing import ClassVar

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import (
    EASTERN_DIGITS,
    caption_credit,
    finish,
    local,
    long_date,
    share_links,
)


class Sahm365(Layout):
    name = "b_sahm365"
    language = "ar"
    host = "www.sahm365.net"
    site_name = "سهم 365"
    families: ClassVar[tuple[str, ...]] = ("disclaimer", "source_line", "badge", "jsonld", "read_original")
    notes = (
        "After the Gulf '365' portals (الخليج 365, السعودية 365 ...) that copy whole articles from outlets' feeds: "
        "a facts table (source / section / time) under the title, a closing 'we are not responsible' sentence, "
        "a source chip next to the section chip, a 'read from the source' button, JSON-LD isPartOf; breaking "
        "ticker, most-read list with outlet names, Telegram banner, wire photo captions; Eastern Arabic digits."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.published_at:%Y/%m/%d}/{910000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        when = local(spec.published_at, 3)
        shown_name = src.name if rng.random() < 0.7 or not src.name_latin else src.name_latin
        digits = rng.random() < 0.5
        stamp = f"{long_date(when, 'ar', weekday=True)} - {when:%H:%M}"
        if digits:
            stamp = stamp.translate(EASTERN_DIGITS)
        chrome: list[str] = []

        ticker = spec.teasers[:6]
        ticker_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in ticker)
        chrome += [t.title for t in ticker]

        # The facts table: section and time always; the source row only for source_line.
        rows = [("القسم", st.section or "أخبار عربية"), ("تاريخ النشر", stamp)]
        if fam == "source_line":
            label = rng.choice(("المصدر", "مصدر الخبر", "الجهة الناشرة", "نقلاً عن"))
            rows.insert(rng.randrange(0, 3), (label, shown_name))
        rows_html = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        facts = f'<table class="tie-facts"><tbody>{rows_html}</tbody></table>'

        chip = ""
        if fam == "badge":
            style = rng.choice(("plain", "latin", "icon"))
            label = src.name_latin if style == "latin" and src.name_latin else src.name
            icon = '<i class="tie-icon-newspaper" aria-hidden="true"></i> ' if style == "icon" else ""
            chip = f'<span class="post-cat tie-src-chip">{icon}{esc(label)}</span>'
        cat = f'<span class="post-cat tie-cat-{rng.randint(2, 40)}">{esc(st.section or "أخبار")}</span>'
        cats = cat + chip if rng.random() < 0.5 else chip + cat

        credit = caption_credit(spec, rng, "ar")
        caption = f"صورة تعبيرية من موقع الحدث ({credit})"
        chrome.append(caption)

        body = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        after: list[str] = []
        if fam == "disclaimer":
            sentence = rng.choice(
                (
                    f"تم نقل هذا الخبر من موقع {shown_name} ولا يتحمل موقع {site} أي مسؤولية عن محتواه.",
                    f"هذا الخبر منشور في {shown_name}، و{site} غير مسؤول عن صحة ما ورد فيه.",
                    f"يعرض {site} هذا المحتوى كما ورد من {shown_name}؛ والآراء الواردة فيه تعبر عن مصدرها فقط.",
                    f"نشر هذا الخبر أولاً على {shown_name} وقد قام {site} بنقله آلياً دون تدخل من فريق التحرير.",
                )
            )
            after.append(f'<p class="tie-disclaimer"><em>{esc(sentence)}</em></p>')
            chrome.append(sentence)
        if fam == "read_original":
            label = rng.choice(
                (
                    "قراءة الخبر من المصدر",
                    f"اقرأ الخبر كاملاً على {shown_name}",
                    "لمتابعة الخبر من مصدره الأصلي اضغط هنا",
                    f"التفاصيل الكاملة في {shown_name}",
                )
            )
            after.append(
                f'<div class="tie-source-btn"><a class="button" href="{esc(src.article_url)}" '
                f'target="_blank" rel="nofollow noopener">{esc(label)}</a></div>'
            )
            if len(label) >= 20:
                chrome.append(label)
        # Every page: the site's own (uncredited) footer of the post.
        own = f"تابعوا آخر الأخبار لحظة بلحظة عبر {site} على مدار الساعة"
        after.append(f'<p class="tie-own-note">{esc(own)}</p>')
        chrome.append(own)

        facts_first = rng.random() < 0.6
        top_facts = facts if facts_first else ""
        bottom_facts = "" if facts_first else facts

        shares = "".join(
            f'<a class="share-btn {n}" href="{esc(h)}" rel="nofollow">{label}</a>'
            for (n, h), label in zip(
                share_links(spec.url, st.title, ("facebook", "x", "whatsapp", "telegram")),
                ("فيسبوك", "إكس", "واتساب", "تيليجرام"),
                strict=True,
            )
        )
        most = spec.teasers[6:12]
        most_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="src">{esc(t.outlet)}</span></li>'
            for t in most
        )
        chrome += [t.title for t in most]
        related = spec.teasers[12:16]
        related_html = "".join(
            f'<div class="related-item"><a href="{esc(t.url)}"><img src="https://{self.host}/wp-content/'
            f'uploads/thumb-{i}.jpg" alt="{esc(t.title)}"></a><h3><a href="{esc(t.url)}">{esc(t.title)}</a>'
            f"</h3></div>"
            for i, t in enumerate(related)
        )
        chrome += [t.title for t in related]
        banner = f"انضم إلى قناة {site} على تيليجرام لتصلك الأخبار العاجلة فور نشرها"
        footer = f"جميع الحقوق محفوظة © {when.year} {site} - يتم تحديث الأخبار آلياً من مصادرها"
        chrome += [banner, footer]

        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "mainEntityOfPage": spec.url,
            "publisher": {"@type": "Organization", "name": site, "logo": f"https://{self.host}/logo.png"},
            "author": {"@type": "Person", "name": "فريق التحرير"},
        }
        if fam == "jsonld":
            kind = rng.choice(("isPartOf", "sourceOrganization", "isBasedOn"))
            org = {"@type": "NewsMediaOrganization", "name": src.name, "url": src.home_url}
            if kind == "isPartOf":
                ld["isPartOf"] = {"@type": "Periodical", "name": src.name, "url": src.home_url}
            elif kind == "sourceOrganization":
                ld["sourceOrganization"] = org
            else:
                ld["isBasedOn"] = {"@type": "NewsArticle", "url": src.article_url, "publisher": org}

        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(st.title)} - {esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{esc(spec.url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="article:published_time" content="{iso(spec.published_at)}">
{json_ld(ld)}
<style>.tie-facts th{{font-weight:700}} .breaking-news{{overflow:hidden}}</style>
</head>
<body class="rtl post-template-default single">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header">
<div class="top-bar"><span class="today-date">{esc(long_date(when, "ar", weekday=True))}</span>
<a href="https://{self.host}/contact">اتصل بنا</a> <a href="https://{self.host}/about">من نحن</a></div>
<div class="logo-container"><a href="https://{self.host}/"><img src="https://{self.host}/logo.png" alt="{esc(site)}"></a></div>
<nav id="main-nav"><ul><li><a href="https://{self.host}/">الرئيسية</a></li><li><a href="https://{self.host}/cat/gulf">الخليج</a></li>
<li><a href="https://{self.host}/cat/world">العالم</a></li><li><a href="https://{self.host}/cat/sport">رياضة</a></li>
<li><a href="https://{self.host}/cat/economy">اقتصاد</a></li></ul></nav>
<div class="breaking-news"><span class="breaking-title">عاجل</span><ul class="ticker">{ticker_html}</ul></div>
</header>
<div id="content" class="site-content container"><div class="main-content tie-col-md-8">
<article id="the-post" class="container-wrapper post-content">
<header class="entry-header-outer"><div class="entry-header">
<div class="post-cats">{cats}</div>
<h1 class="post-title entry-title">{esc(st.title)}</h1>
<div class="post-meta"><span class="date meta-item">{esc(stamp)}</span> <span class="meta-views">{rng.randint(120, 9000)} مشاهدة</span></div>
</div></header>
{top_facts}
<figure class="single-featured-image"><img src="https://{self.host}/wp-content/uploads/{when:%Y/%m}/img-{spec.seed}.jpg" alt="{esc(st.title)}">
<figcaption class="single-caption-text">{esc(caption)}</figcaption></figure>
<div class="entry-content entry clearfix">{body}</div>
{"".join(after)}
{bottom_facts}
<div class="share-links">{shares}</div>
</article>
<div class="related-posts-list"><h2 class="section-title">أخبار ذات صلة</h2>{related_html}</div>
</div>
<aside class="sidebar tie-col-md-4"><div class="widget posts-list"><h4 class="widget-title">الأكثر قراءة</h4><ol>{most_html}</ol></div>
<div class="widget tg-banner"><p>{esc(banner)}</p></div></aside>
</div>
<footer id="footer"><div class="copyright-text">{esc(footer)}</div>
<ul class="footer-menu"><li><a href="https://{self.host}/privacy">سياسة الخصوصية</a></li><li><a href="https://{self.host}/terms">شروط الاستخدام</a></li></ul></footer>
</div>
</body>
</html>"""
        return finish(spec, page, chrome)
