"""oldnews.test: an old-style Arabic portal served in windows-1256, the charset only in a <meta> (or nowhere).

The HTTP Content-Type never names the charset. Pages with an even id carry the <meta>, odd ones none.
Dates use the Levantine month names.
"""

from __future__ import annotations

from newscrawl_kit.replay.render.base import Site, SiteContext
from newscrawl_kit.replay.render.common import Copy, ar_date, esc, local

META = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">\n'


class OldNewsSite(Site):
    host = "oldnews.test"
    name = "أخبار زمان"
    timezone = "Asia/Amman"
    encoding = "windows-1256"
    feed_path = "/rss.php"
    per_page = 5

    @property
    def content_type(self) -> str:
        return "text/html"  # no charset on purpose

    def article_path(self, copy: Copy) -> str:
        return f"/article.php?id={copy.num}"

    def listing_path(self, page: int) -> str:
        return "/index.php" if page == 1 else f"/index.php?page={page}"

    def _page(self, title: str, meta: bool, content: str, ctx: SiteContext) -> str:
        latest = " ... ".join(esc(c.title) for c in ctx.copies[:3])
        return f"""<html dir="rtl">
<head>
{META if meta else ""}<title>{esc(title)}</title>
</head>
<body bgcolor="#ffffff">
<table width="780" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="hdr"><a href="/index.php"><font size="6" color="#990000">أخبار زمان</font></a></td></tr>
<tr><td class="marq"><marquee direction="right">آخر الأخبار: {latest}</marquee></td></tr>
<tr><td class="content" valign="top">
{content}
</td></tr>
<tr><td class="ftr" align="center"><font size="2">حقوق النشر محفوظة لموقع أخبار زمان 2026</font></td></tr>
</table>
</body>
</html>
"""

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        when = local(copy.published_at, self.timezone)
        date_text = f"{ar_date(when, levant=True)} - {when.hour:02d}:{when.minute:02d}"
        body = "<br><br>\n".join(esc(p) for p in copy.paragraphs)
        source = ""
        if copy.outlet is not None and copy.credit:
            source = f'<div class="src"><b>المصدر:</b> {esc(copy.outlet.name)}</div>'
        content = f"""<font size="4" color="#003366"><b class="ttl">{esc(copy.title)}</b></font><br>
<span class="dt">{date_text}</span><br><br>
<div class="txt">
{body}
</div>
<br>{source}
<div class="tools"><a href="/print.php?id={copy.num}">طباعة</a> | <a href="/send.php?id={copy.num}">أرسل لصديق</a></div>"""
        return self._page(f"أخبار زمان - {copy.title}", copy.num % 2 == 0, content, ctx)

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        rows = "".join(
            f'<tr><td><a class="lnk" href="{esc(self.article_path(c))}">{esc(c.title)}</a></td></tr>'
            for c in copies
        )
        content = f'<table class="lst">{rows}</table>' + self.pager(page, pages, "nxt", "السابق", "التالي >>")
        return self._page(f"أخبار زمان - صفحة {page}", True, content, ctx)
