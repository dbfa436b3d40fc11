"""mogaz.test: an aggregator shaped like the seed page (breaking ticker, NBSP padding, credit footer, "التالى")."""

from __future__ import annotations

from newscrawl_kit.replay.content import SECTIONS
from newscrawl_kit.replay.render.base import Site, SiteContext
from newscrawl_kit.replay.render.common import Copy, ar_clock, ar_date, esc, local

CREDIT_FOOTER = (
    "جميع الحقوق محفوظة لمصدر الخبر {outlet} وتحت مسؤليتة ونرجوا متابعتنا بأستمرار لمعرفة أخر الأخبار "
    "علي مدار الساعة مع تحيات موقع موجز نيوز الأخباري"
)
NEWSLETTER = "اشترك فى النشرة البريدية لتحصل على اهم الاخبار بمجرد نشرها"
FOLLOW_US = "تابعنا على مواقع التواصل الاجتماعى"


def _no_hamza(text: str) -> str:
    return text.replace("أ", "ا").replace("إ", "ا")


class MogazSite(Site):
    host = "mogaz.test"
    name = "موجز نيوز"
    sitemap_style = "news"
    sitemap_path = "/sitemap-news.xml"
    feed_path = "/rss.xml"

    def article_path(self, copy: Copy) -> str:
        return f"/news/{copy.num}"

    def listing_path(self, page: int) -> str:
        return "/section/news" if page == 1 else f"/section/news?page={page}"

    def _chrome(self, title: str, head: str, main: str, ticker: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="موجز نيوز" href="/rss.xml">
</head>
<body>
<header class="site-header"><a class="logo" href="/">موجز نيوز</a>
<nav class="main-nav"><a href="/section/news">أخبار مصر</a> <a href="/section/news">أخبار العالم</a> <a href="/section/news">اقتصاد</a> <a href="/search?q=">بحث</a></nav></header>
{ticker}
<main class="container">
{main}
</main>
<footer class="site-footer"><p>جميع الحقوق محفوظة © 2026 موجز نيوز</p><p><a href="/section/news">من نحن</a> | <a href="/section/news">اتصل بنا</a></p></footer>
</body>
</html>
"""

    def _ticker(self, copy: Copy | None, ctx: SiteContext) -> str:
        # Real headlines of OTHER stories on this site: the trap that makes tickers dangerous for dedup.
        others = [c for c in ctx.copies[:5] if c is not copy][:4]
        items = "".join(
            f'<li><a href="{esc(self.article_path(c))}">{esc(c.title)}</a> -</li>' for c in others
        )
        return (
            f'<div class="breaking-news"><span class="breaking-label">أخبار عاجلة</span>'
            f'<ul class="ticker">{items}</ul></div>'
        )

    def _body(self, copy: Copy) -> str:
        out: list[str] = []
        paras = copy.paragraphs
        i = 0
        while i < len(paras):
            if i % 3 == 1 and i + 1 < len(paras):
                # Two paragraphs with no padding between them, as the seed page shows some.
                out.append(f"<p>{esc(paras[i])}</p>\n<p>{esc(paras[i + 1])}</p>")
                i += 2
            else:
                lead = " " if i == 0 else ""
                out.append(f"<p>{lead}{esc(paras[i])}</p>")
                i += 1
            out.append("<p>&nbsp;</p>" if i % 2 else "<p> </p>")
        if copy.outlet is not None and copy.credit:
            out.append("<p>&nbsp;</p>")
            out.append(f'<p class="news-source">{esc(CREDIT_FOOTER.format(outlet=copy.outlet.name))}</p>')
        return "\n".join(out)

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        head = (
            f'<meta name="description" content="{esc(copy.paragraphs[0][:150])}">\n'
            f'<meta property="og:title" content="{esc(copy.title)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:url" content="{esc(copy.url)}">\n'
            '<meta property="og:site_name" content="موجز نيوز">\n'
            f'<link rel="canonical" href="{esc(copy.url)}">\n'
        )
        nxt = ""
        if copy.next is not None and copy.next.outlet is not None:
            n = copy.next
            section = _no_hamza(SECTIONS[n.story.section]["ar"])
            nxt = (
                f'<div class="next-news"><a href="{esc(self.article_path(n))}">التالى #{esc(n.outlet.name)} - '
                f"#{esc(section)} - {esc(n.title)}</a></div>"
            )
        most_read = "".join(
            f'<li><a href="{esc(self.article_path(c))}">{esc(c.title)}</a></li>'
            for c in ctx.copies[-5:]
            if c is not copy
        )
        main = f"""<article class="news-details">
<div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/section/news">{esc(SECTIONS[copy.story.section]["ar"])}</a></div>
<h1 class="news-title">{esc(copy.title)}</h1>
<div class="news-meta"><span class="news-date">{ar_date(when)} - {ar_clock(when)}</span></div>
<div class="news-body" id="NewsStory">
{self._body(copy)}
</div>
<div class="newsletter-box"><p>{NEWSLETTER}</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="البريد الإلكتروني"><button type="submit">اشترك</button></form></div>
<div class="social-follow"><p>{FOLLOW_US}</p><a class="fb" href="/share?to=facebook">فيسبوك</a> <a class="tw" href="/share?to=x">إكس</a> <a class="yt" href="/share?to=youtube">يوتيوب</a></div>
{nxt}
</article>
<aside class="most-read"><h3>الأكثر قراءة</h3><ul>{most_read}</ul></aside>"""
        return self._chrome(f"{copy.title} | موجز نيوز", head, main, self._ticker(copy, ctx))

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        items = []
        for c in copies:
            when = local(c.published_at, self.timezone)
            items.append(
                f'<div class="news-item"><a class="news-link" href="{esc(self.article_path(c))}">'
                f'<h3>{esc(c.title)}</h3></a><span class="date">{ar_date(when, weekday=False)}</span></div>'
            )
        main = (
            f'<h1 class="section-title">أخبار مصر</h1><div class="news-list">{"".join(items)}</div>'
            + self.pager(page, pages, "next-page", "السابق", "الصفحة التالية")
        )
        head = f'<link rel="canonical" href="http://{self.host}{esc(self.listing_path(page))}">\n'
        return self._chrome(f"أخبار مصر - صفحة {page} | موجز نيوز", head, main, self._ticker(None, ctx))
