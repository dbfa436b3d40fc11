"""masress.test: the "*ress" family (URLs /<outlet-slug>/<id>, a long dated ticker, "نشر في <outlet> يوم")."""

from __future__ import annotations

from newscrawl_kit.replay.headlines import TICKER_AR
from newscrawl_kit.replay.render.base import Site, SiteContext
from newscrawl_kit.replay.render.common import Copy, ar_date, esc, local, sitemap_index, urlset

ORIGINAL_LINK_TEXT = "ويمكنك قراءة ومتابعة مستجدات هذا الخبر او المقال من مصدره الاساسي"
TICKER_SIZE = 17
TICKER_SEP = "    "  # runs of four spaces between headlines, as observed on the real pages


class MasressSite(Site):
    host = "masress.test"
    name = "مصرس"
    feed_path = "/rss"
    sitemap_style = "index"
    per_page = 8

    def article_path(self, copy: Copy) -> str:
        assert copy.outlet is not None, "masress copies always name their outlet in the URL"
        return f"/{copy.outlet.slug}/{copy.num}"

    def listing_path(self, page: int) -> str:
        return "/latest" if page == 1 else f"/latest?page={page}"

    def _ticker(self, seed: int, ctx: SiteContext) -> str:
        # Unrelated headlines plus the render date: the ticker reflects crawl time, never the article's date.
        start = seed % len(TICKER_AR)
        heads = [TICKER_AR[(start + k) % len(TICKER_AR)] for k in range(TICKER_SIZE)]
        heads.insert(3, ar_date(ctx.today))
        text = TICKER_SEP.join(esc(h) for h in heads)
        return f'<div id="topnews" class="marquee"><div class="inner">{text}</div></div>'

    def _page(self, title: str, head: str, ticker: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
{head}</head>
<body>
<div id="header"><a href="/" id="logo">مصرس</a>
<form action="/search" method="get" id="search"><input type="text" name="q"><input type="submit" value="بحث"></form></div>
{ticker}
<div id="content">
{main}
</div>
<div id="footer">مصرس: محرك بحث إخباري يعرض الأخبار من مصادرها. جميع الحقوق محفوظة لأصحابها.</div>
</body>
</html>
"""

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        outlet = copy.outlet
        assert outlet is not None
        when = local(copy.published_at, self.timezone)
        published_line = f"{when.day:02d} - {when.month:02d} - {when.year}"
        body = "\n".join(f"<p>{esc(p)}</p>" for p in copy.paragraphs)
        original = copy.original.url if copy.original else f"http://{outlet.host}/"
        same_section = [c for c in ctx.copies if c is not copy and c.story.section == copy.story.section]
        related = "".join(
            f'<li><a href="{esc(self.article_path(c))}">{esc(c.title)}</a></li>' for c in same_section[:5]
        )
        head = (
            f'<meta name="description" content="{esc(copy.paragraphs[0][:150])}">\n'
            f'<link rel="canonical" href="{esc(copy.url)}">\n'
        )
        main = f"""<div class="article">
<h1 class="title">{esc(copy.title)}</h1>
<div class="text" id="articleBody">
{body}
</div>
<div class="pubinfo">نشر في <a href="/{outlet.slug}">{esc(outlet.name)}</a> يوم <time datetime="{copy.published_at.isoformat()}">{published_line}</time></div>
<div class="origlink"><a href="{esc(original)}" rel="nofollow" target="_blank">{ORIGINAL_LINK_TEXT}</a></div>
</div>
<div class="related"><h3>مواضيع ذات صلة</h3><ul>{related}</ul></div>"""
        return self._page(f"مصرس : {copy.title}", head, self._ticker(copy.num, ctx), main)

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(c))}">{esc(c.title)}</a> <span class="src">'
            f"{esc(c.outlet.name if c.outlet else '')}</span></li>"
            for c in copies
        )
        main = f'<h2>آخر الأخبار</h2><ul class="latest">{rows}</ul>' + self.pager(
            page, pages, "next", "السابق", "التالي"
        )
        return self._page(f"مصرس : آخر الأخبار - {page}", "", self._ticker(page, ctx), main)

    def sitemaps(self, ctx: SiteContext) -> dict[str, str]:
        # A sitemap index with one child sitemap per outlet slug.
        by_slug: dict[str, list[Copy]] = {}
        for c in ctx.copies:
            assert c.outlet is not None
            by_slug.setdefault(c.outlet.slug, []).append(c)
        children = {f"/sitemaps/{slug}.xml": urlset(cs) for slug, cs in sorted(by_slug.items())}
        index = sitemap_index(
            [(f"http://{self.host}{path}", by_slug[path[10:-4]][0].published_at) for path in children]
        )
        return {"/sitemap.xml": index, **children}
