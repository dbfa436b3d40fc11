"""jsnews.test: a JavaScript-rendered aggregator. Without JS every page is an empty ``#app`` container.

Listings carry their items in an inline JSON blob; article pages fetch ``/api/article/<id>.json``. Both
scripts add the class ``loaded`` to ``#app`` once the DOM is built (the profile's ``wait_for``).
``rendered_article`` returns the DOM the script builds, for fixtures and for tests without a browser.
"""

from __future__ import annotations

import json
from datetime import datetime

from newscrawl_kit.replay.render.base import Site, SiteContext
from newscrawl_kit.replay.render.common import Copy, ar_clock, ar_date, esc, local

NOSCRIPT = "يتطلب هذا الموقع تفعيل جافاسكربت في المتصفح"

_ARTICLE_JS = """
(function () {
  var app = document.getElementById('app');
  fetch('/api/article/%(num)d.json').then(function (r) { return r.json(); }).then(function (d) {
    var art = document.createElement('article'); art.className = 'story';
    var h = document.createElement('h1'); h.className = 'story-title'; h.textContent = d.title; art.appendChild(h);
    var t = document.createElement('time'); t.className = 'story-date'; t.setAttribute('datetime', d.published);
    t.textContent = d.published_text; art.appendChild(t);
    var body = document.createElement('div'); body.className = 'story-body';
    d.paragraphs.forEach(function (p) { var e = document.createElement('p'); e.textContent = p; body.appendChild(e); });
    art.appendChild(body);
    if (d.source) {
      var s = document.createElement('p'); s.className = 'story-source'; s.appendChild(document.createTextNode('المصدر: '));
      var a = document.createElement('a'); a.href = d.source.url; a.textContent = d.source.name; s.appendChild(a);
      art.appendChild(s);
    }
    document.title = d.title + ' - جي إس نيوز';
    app.appendChild(art); app.classList.add('loaded');
  });
})();
"""

_LISTING_JS = """
(function () {
  var app = document.getElementById('app');
  var d = JSON.parse(document.getElementById('__DATA__').textContent);
  var ul = document.createElement('ul'); ul.className = 'story-list';
  d.items.forEach(function (it) {
    var li = document.createElement('li'); var a = document.createElement('a');
    a.href = it.url; a.textContent = it.title; li.appendChild(a); ul.appendChild(li);
  });
  app.appendChild(ul);
  if (d.next) { var n = document.createElement('a'); n.className = 'next-page'; n.rel = 'next'; n.href = d.next;
    n.textContent = 'المزيد'; app.appendChild(n); }
  app.classList.add('loaded');
})();
"""


def _shell(title: str, head: str, script: str, data: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
{head}</head>
<body>
<header class="top"><a href="/">جي إس نيوز</a></header>
<div id="app"></div>
<noscript>{NOSCRIPT}</noscript>
{data}<script>{script}</script>
</body>
</html>
"""


class JsNewsSite(Site):
    host = "jsnews.test"
    name = "جي إس نيوز"
    feed_path = "/feed.xml"
    per_page = 5
    renders_in_browser = True

    def article_path(self, copy: Copy) -> str:
        return f"/article/{copy.num}"

    def listing_path(self, page: int) -> str:
        return "/" if page == 1 else f"/?page={page}"

    def api_record(self, copy: Copy) -> dict[str, object]:
        when = local(copy.published_at, self.timezone)
        source = None
        if copy.outlet is not None and copy.credit:
            source = {"name": copy.outlet.name, "url": copy.original.url if copy.original else ""}
        return {
            "id": copy.num,
            "title": copy.title,
            "published": copy.published_at.isoformat(),
            "published_text": f"{ar_date(when)} {ar_clock(when)}",
            "paragraphs": copy.paragraphs,
            "source": source,
        }

    def render_article(self, copy: Copy, ctx: SiteContext) -> str:
        head = f'<link rel="canonical" href="{esc(copy.url)}">\n'
        return _shell("جي إس نيوز", head, _ARTICLE_JS % {"num": copy.num})

    def rendered_article(self, copy: Copy) -> str:
        """The article page's DOM after its script ran (what a browser serialises)."""
        d = self.api_record(copy)
        body = "".join(f"<p>{esc(p)}</p>" for p in copy.paragraphs)
        source = ""
        if d["source"]:
            src = d["source"]
            assert isinstance(src, dict)
            source = f'<p class="story-source">المصدر: <a href="{esc(src["url"])}">{esc(src["name"])}</a></p>'
        app = (
            f'<div id="app" class="loaded"><article class="story"><h1 class="story-title">{esc(copy.title)}</h1>'
            f'<time class="story-date" datetime="{d["published"]}">{esc(str(d["published_text"]))}</time>'
            f'<div class="story-body">{body}</div>{source}</article></div>'
        )
        page = _shell(
            f"{copy.title} - جي إس نيوز",
            f'<link rel="canonical" href="{esc(copy.url)}">\n',
            _ARTICLE_JS % {"num": copy.num},
        )
        return page.replace('<div id="app"></div>', app)

    def render_listing(self, copies: list[Copy], page: int, pages: int, ctx: SiteContext) -> str:
        data = {
            "page": page,
            "items": [{"url": self.article_path(c), "title": c.title} for c in copies],
            "next": self.listing_path(page + 1) if page < pages else None,
        }
        blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        script_data = f'<script id="__DATA__" type="application/json">{blob}</script>\n'
        return _shell(f"جي إس نيوز - صفحة {page}", "", _LISTING_JS, script_data)

    def extra_resources(self, ctx: SiteContext) -> dict[str, tuple[str, str, datetime]]:
        return {
            f"/api/article/{c.num}.json": (
                json.dumps(self.api_record(c), ensure_ascii=False),
                "application/json; charset=utf-8",
                c.published_at,
            )
            for c in ctx.copies
        }
