"""The original outlets' own sites: one distinct template per outlet, the full original articles.

Some carry JSON-LD NewsArticle (publisher, datePublished), all carry <link rel=canonical> and og: meta.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, timedelta
from urllib.parse import quote

from newscrawl_kit.replay.content import OUTLETS, SECTIONS, Outlet
from newscrawl_kit.replay.render.base import Site, SiteContext
from newscrawl_kit.replay.render.common import (
    Copy,
    ar_clock,
    ar_date,
    esc,
    hijri_text,
    indic,
    local,
    slugify,
)


def json_ld(copy: Copy, outlet: Outlet) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": copy.title,
        "datePublished": copy.published_at.isoformat(),
        "mainEntityOfPage": copy.url,
        "inLanguage": copy.language,
        "publisher": {
            "@type": "Organization",
            "name": outlet.site_name or outlet.name,
            "url": f"http://{outlet.host}/",
        },
    }
    if copy.story.author:
        data["author"] = {"@type": "Person", "name": copy.story.author}
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{blob}</script>\n'


def og_meta(copy: Copy, site_name: str) -> str:
    return (
        f'<meta property="og:title" content="{esc(copy.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{esc(copy.url)}">\n'
        f'<meta property="og:site_name" content="{esc(site_name)}">\n'
        f'<meta property="og:description" content="{esc(copy.paragraphs[0][:160])}">\n'
        f'<link rel="canonical" href="{esc(copy.url)}">\n'
    )


def paras(copy: Copy, attrs: str = "") -> str:
    return "\n".join(f"<p{attrs}>{esc(p)}</p>" for p in copy.paragraphs)


class OutletSite(Site):
    kind = "outlet"
    per_page = 2  # outlets have few demo stories: two per page still gives pagination
    outlet_key = ""
    list_class = "news-list"
    next_class = "next"

    def __init__(self) -> None:
        o = OUTLETS[self.outlet_key]
        self.outlet = o
        self.host = o.host
        self.name = o.site_name or o.name
        self.language = o.language
        self.timezone = o.timezone

    def page(self, title: str, head: str, main: str) -> str:
        raise NotImplementedError

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        raise NotImplementedError

    def head(self, copy: Copy) -> str:
        return og_meta(copy, self.name)

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        return self.page(f"{copy.title} | {self.name}", self.head(copy), self.article_main(copy, ctx))

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        items = "".join(f'<li><a href="{esc(self.article_path(c))}">{esc(c.title)}</a></li>' for c in copies)
        more = "Next" if self.language == "en" else "التالي"
        less = "Previous" if self.language == "en" else "السابق"
        main = f'<ul class="{self.list_class}">{items}</ul>' + self.pager(
            page, pages, self.next_class, less, more
        )
        return self.page(f"{self.name} - {page}", "", main)


def _num_hash(key: str, digits: int) -> int:
    value = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    return 10 ** (digits - 1) + value % (9 * 10 ** (digits - 1))


# -- Arabic outlets --------------------------------------------------------------------------------------
class MasrAlarabiaSite(OutletSite):
    outlet_key = "masralarabia"

    def article_path(self, copy: Copy) -> str:
        return f"/news/{copy.story.section}/{copy.num}"

    def listing_path(self, page: int) -> str:
        return "/news" if page == 1 else f"/news?page={page}"

    def head(self, copy: Copy) -> str:
        return (
            og_meta(copy, self.name)
            + f'<meta property="article:published_time" content="{copy.published_at.isoformat()}">\n'
            + json_ld(copy, self.outlet)
        )

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="UTF-8"><title>{esc(title)}</title>
{head}</head><body>
<div class="top-bar"><span>مصر العربية</span> <a href="/news">آخر الأخبار</a></div>
<header class="main-header"><a class="logo" href="/">مصر العربية</a></header>
<div class="page-content">{main}</div>
<footer class="main-footer">جميع الحقوق محفوظة لـ مصر العربية © 2026</footer>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        author = copy.story.author or "مصر العربية"
        return f"""<div class="article-wrapper">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/news">{esc(SECTIONS[copy.story.section]["ar"])}</a></li></ol>
<h1 class="article-title">{esc(copy.title)}</h1>
<div class="article-info"><span class="author">{esc(author)}</span> <span class="date">{when.day:02d} {ar_date(when, weekday=False).split(" ", 1)[1]} {ar_clock(when)}</span></div>
<div class="article-body">
{paras(copy)}
</div>
<div class="share-tools">شارك: <a href="/share?to=facebook">فيسبوك</a> <a href="/share?to=x">إكس</a></div>
</div>"""


class Youm7Site(OutletSite):
    outlet_key = "youm7"
    list_class = "bigOneSec"

    def article_path(self, copy: Copy) -> str:
        d = local(copy.published_at, self.timezone)
        return f"/story/{d.year}/{d.month}/{d.day}/{quote(slugify(copy.title))}/{copy.num}"

    def listing_path(self, page: int) -> str:
        return f"/Section/65/{page}"

    def head(self, copy: Copy) -> str:
        return og_meta(copy, self.name) + json_ld(copy, self.outlet)

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)}</title>
{head}</head><body>
<div class="header"><a href="/" class="logo">اليوم السابع</a><div class="urgent">عاجل</div></div>
<div class="container">{main}</div>
<div class="footer"><p>© 2026 حقوق النشر محفوظة لـ اليوم السابع</p></div>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        write_by = f"كتب {copy.story.author}" if copy.story.author else "كتب: وكالات"
        agency = f'<div class="agency">المصدر: {esc(copy.story.agency)}</div>' if copy.story.agency else ""
        return f"""<div class="articleHeader">
<h1>{esc(copy.title)}</h1>
<div class="writeBy">{esc(write_by)}</div>{agency}
<span class="newsStoryDate">{ar_date(when).replace(" ", "، ", 1)} {ar_clock(when)}</span>
</div>
<div class="img-cont"><img src="/images/{copy.num}.jpg" alt="{esc(copy.title)}"><p class="caption">صورة أرشيفية</p></div>
<div id="articleBody" class="articleCont">
{paras(copy)}
</div>
<div class="shareWrap">مشاركة</div>
<div class="commentsLink">اضف تعليقاً واقرأ تعليقات القراء</div>"""


class ShoroukSite(OutletSite):
    outlet_key = "shorouk"
    list_class = "newsList"

    def article_path(self, copy: Copy) -> str:
        d = local(copy.published_at, self.timezone)
        uid = uuid.uuid5(uuid.NAMESPACE_URL, copy.story.key)
        return f"/news/view.aspx?cdate={d.day:02d}{d.month:02d}{d.year}&id={uid}"

    def listing_path(self, page: int) -> str:
        return "/news/latest.aspx" if page == 1 else f"/news/latest.aspx?page={page}"

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
{head}</head><body>
<div id="header"><a href="/"><img src="/img/logo.png" alt="بوابة الشروق"></a></div>
<div id="main">{main}</div>
<div id="footer">جميع حقوق النشر محفوظة لدار الشروق © 2026</div>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        updated = when + timedelta(minutes=75)
        byline = f"كتب: {copy.story.author}" if copy.story.author else f"({copy.story.agency or 'الشروق'})"
        return f"""<div class="rightContent">
<h1 class="title">{esc(copy.title)}</h1>
<div class="subTitle"><span class="author">{esc(byline)}</span></div>
<div class="date">نشر في: {ar_date(when)} - {when.hour % 12 or 12}:{when.minute:02d} {"م" if when.hour >= 12 else "ص"} | آخر تحديث: {ar_date(updated)} - {updated.hour % 12 or 12}:{updated.minute:02d} {"م" if updated.hour >= 12 else "ص"}</div>
<div class="eventContent" id="eventContent">
{paras(copy)}
</div>
<div class="tags">اقرأ أيضًا</div>
</div>"""


class AhramSite(OutletSite):
    outlet_key = "ahram"
    list_class = "outer-list"

    def article_path(self, copy: Copy) -> str:
        return f"/News/{copy.num}.aspx"

    def listing_path(self, page: int) -> str:
        return "/Latest.aspx" if page == 1 else f"/Latest.aspx?page={page}"

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)}</title>
{head}</head><body>
<nav class="navbar"><a href="/">بوابة الأهرام</a></nav>
<section class="content">{main}</section>
<footer>جميع الحقوق محفوظة لمؤسسة الأهرام 2026</footer>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        stamp = indic(f"{when.day}-{when.month}-{when.year} | {when.hour:02d}:{when.minute:02d}")
        source = f'<div class="source">المصدر: {esc(copy.story.agency)}</div>' if copy.story.agency else ""
        return f"""<div class="main-article">
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/Latest.aspx">{esc(SECTIONS[copy.story.section]["ar"])}</a></div>
<h1 class="title">{esc(copy.title)}</h1>
<div class="time-and-author"><span class="time">{stamp}</span> <span class="writer">بوابة الأهرام</span></div>
{source}
<div class="article-content" id="ContentPlaceHolder1_divContent">
{paras(copy)}
</div>
<div class="social">طباعة | شارك</div>
</div>"""


class VetoSite(OutletSite):
    outlet_key = "vetogate"
    list_class = "list-news"

    def article_path(self, copy: Copy) -> str:
        return f"/{copy.num}"

    def listing_path(self, page: int) -> str:
        return "/latest" if page == 1 else f"/latest?page={page}"

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)}</title>
{head}</head><body>
<header class="header"><a href="/">فيتو</a><div class="editor">رئيس التحرير</div></header>
<main>{main}</main>
<footer>جميع الحقوق محفوظة © 2026 فيتو</footer>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        marker = "مـ" if when.hour >= 12 else "صـ"
        # Gregorian date, 12-hour time with "مـ"/"صـ", then the Hijri date (as on elmogaz-like pages).
        dateline = (
            f"{ar_date(when)} {when.hour % 12 or 12:02d}:{when.minute:02d} {marker} {hijri_text(when.date())}"
        )
        author = f'<div class="author">كتب: {esc(copy.story.author)}</div>' if copy.story.author else ""
        return f"""<article class="article">
<h1 class="article-title">{esc(copy.title)}</h1>
<div class="article-date">{dateline}</div>{author}
<div class="article-text">
{paras(copy)}
</div>
<div class="read-more"><span>اقرأ أيضا</span></div>
</article>"""


# -- English outlets -------------------------------------------------------------------------------------
class ReutersSite(OutletSite):
    outlet_key = "reuters"
    list_class = "story-collection"
    per_page = 2

    def article_path(self, copy: Copy) -> str:
        d = copy.published_at
        section = "business" if copy.story.section == "economy" else "world/middle-east"
        return f"/{section}/{slugify(copy.title, 12)}-{d.year}-{d.month:02d}-{d.day:02d}/"

    def listing_path(self, page: int) -> str:
        return "/world/middle-east/" if page == 1 else f"/world/middle-east/?page={page}"

    def head(self, copy: Copy) -> str:
        return og_meta(copy, self.name) + json_ld(copy, self.outlet)

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
{head}</head><body>
<header class="site-header"><a href="/" aria-label="Reuters home">Reuters</a></header>
<main id="main-content">{main}</main>
<footer class="site-footer">All quotes delayed a minimum of 15 minutes. © 2026 Reuters. All rights reserved</footer>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = copy.published_at.astimezone(UTC)
        shown = f"{when.strftime('%B')} {when.day}, {when.year} {when.hour % 12 or 12}:{when.minute:02d} {'PM' if when.hour >= 12 else 'AM'} UTC"
        body = "\n".join(
            f'<p data-testid="paragraph-{i}">{esc(p)}</p>' for i, p in enumerate(copy.paragraphs)
        )
        author = copy.story.author or "Reuters staff"
        return f"""<article class="article">
<h1 data-testid="Heading">{esc(copy.title)}</h1>
<div class="article-header__info"><time datetime="{copy.published_at.isoformat()}">{shown}</time> <span class="byline">By {esc(author)}</span></div>
<div class="article-body__content">
{body}
<p class="sign-off">Reporting by {esc(author)}; Editing by Mark Potter</p>
</div>
<div class="trust-principles">Our Standards: The Thomson Reuters Trust Principles.</div>
</article>"""


class APNewsSite(OutletSite):
    outlet_key = "apnews"
    list_class = "PageList-items"
    per_page = 2

    def article_path(self, copy: Copy) -> str:
        digest = hashlib.md5(copy.story.key.encode()).hexdigest()
        return f"/article/{slugify(copy.title, 8)}-{digest}"

    def listing_path(self, page: int) -> str:
        return "/hub/world-news" if page == 1 else f"/hub/world-news?p={page}"

    def head(self, copy: Copy) -> str:
        return og_meta(copy, self.name) + json_ld(copy, self.outlet)

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{esc(title)}</title>
{head}</head><body class="Page">
<header class="Page-header"><a href="/">AP News</a></header>
<main class="Page-main">{main}</main>
<footer class="Page-footer">Copyright 2026 The Associated Press. All Rights Reserved.</footer>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        zone = when.tzname()
        shown = f"{when.hour % 12 or 12}:{when.minute:02d} {'PM' if when.hour >= 12 else 'AM'} {zone}, {when.strftime('%B')} {when.day}, {when.year}"
        byline = f"By {copy.story.author.upper()}" if copy.story.author else "By The Associated Press"
        return f"""<div class="Page-content">
<h1 class="Page-headline">{esc(copy.title)}</h1>
<div class="Page-byline">{esc(byline)}</div>
<div class="Page-dateModified"><time datetime="{copy.published_at.isoformat()}">Updated {shown}</time></div>
<div class="RichTextStoryBody RichTextBody">
{paras(copy)}
</div>
<div class="Page-actions">Share: Copy link, Email, Facebook, X</div>
</div>"""


class GuardianSite(OutletSite):
    outlet_key = "theguardian"
    list_class = "fc-slice"
    feed_path = "/world/rss"
    feed_format = "atom"
    per_page = 2

    def article_path(self, copy: Copy) -> str:
        d = local(copy.published_at, self.timezone)
        section = {"culture": "culture", "economy": "business"}.get(copy.story.section, "world")
        return f"/{section}/{d.year}/{d.strftime('%b').lower()}/{d.day:02d}/{slugify(copy.title, 10)}"

    def listing_path(self, page: int) -> str:
        return "/world" if page == 1 else f"/world?page={page}"

    def head(self, copy: Copy) -> str:
        return (
            og_meta(copy, self.name)
            + f'<meta property="article:published_time" content="{copy.published_at.isoformat()}">\n'
            + json_ld(copy, self.outlet)
        )

    def page(self, title: str, head: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
{head}</head><body>
<header data-component="nav2"><a href="/">The Guardian</a></header>
<main>{main}</main>
<footer>© 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</footer>
</body></html>
"""

    def article_main(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        shown = f"{when.strftime('%a')} {when.day} {when.strftime('%b')} {when.year} {when.hour:02d}.{when.minute:02d} {when.tzname()}"
        author = (
            f'<address aria-label="Contributor info"><a rel="author" href="/profile/">{esc(copy.story.author)}</a></address>'
            if copy.story.author
            else ""
        )
        return f"""<article>
<div data-gu-name="headline"><h1>{esc(copy.title)}</h1></div>
<div data-gu-name="meta">{author}<details><summary>{shown}</summary></details></div>
<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector">
{paras(copy, ' class="dcr-s23rjr"')}
</div></div>
<div class="submeta">Explore more on these topics</div>
</article>"""


OUTLET_SITES: tuple[type[OutletSite], ...] = (
    MasrAlarabiaSite,
    Youm7Site,
    ShoroukSite,
    AhramSite,
    VetoSite,
    ReutersSite,
    APNewsSite,
    GuardianSite,
)


def outlet_sites() -> dict[str, OutletSite]:
    """One site object per outlet key."""
    return {cls.outlet_key: cls() for cls in OUTLET_SITES}


def outlet_num(story_key: str, outlet_key: str) -> int:
    """A stable numeric id for a story on its outlet's site (digit count as the real outlets use)."""
    digits = {"masralarabia": 7, "youm7": 7, "ahram": 7, "vetogate": 7}.get(outlet_key, 6)
    return _num_hash(f"{outlet_key}:{story_key}", digits)
