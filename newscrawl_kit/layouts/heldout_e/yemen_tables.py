"""A Yemeni "برس" portal built with tables (an old ASP site): the credit is a table row, an "متابعات" byline,
a "read the rest at the source" link, or a disclaimer sentence; its own footer disclaims all republished news
without naming anyone."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, paragraphs_html
from newscrawl_kit.layouts.heldout_e._common import a, body, doc, pick, teasers


class YemenTables(Layout):
    name = "e_yemen_tables"
    language = "ar"
    host = "www.raydan-press.example"
    site_name = "ريدان برس"
    families = ("source_link", "read_original", "byline_outlet", "disclaimer")
    notes = (
        "table-based Yemeni portal: news_title/news_date cells, latest-news table with sources in brackets"
    )

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/news.asp?id={70000 + n}&cat=2"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        byline = "متابعات"
        rows: list[str] = []
        tail = ""
        if fam == "source_link":
            rows.append(
                f'<tr><td class="news_src">المصدر : {a(src.article_url, src.name, extra=" target=_blank")}</td></tr>'
            )
            exposes = True
        elif fam == "read_original":
            label = pick(spec, ("لمتابعة الخبر من مصدره الأصلي اضغط هنا", "تابع بقية الخبر من المصدر"), "w")
            tail = f'<p class="more"><a href="{esc(src.article_url)}" target="_blank"><b>{label}</b></a></p>'
            exposes = True
        elif fam == "byline_outlet":
            byline = pick(spec, (f"{src.name} - متابعات", f"متابعات - {src.name}", f"{src.name} - خاص"), "w")
        elif fam == "disclaimer":
            line = pick(
                spec,
                (
                    f"هذا الخبر منقول من {src.name} ولا يعبر بالضرورة عن رأي {self.site_name}.",
                    f"نُشر هذا الخبر أولاً في {src.name}، و{self.site_name} غير مسؤول عن محتواه.",
                ),
                "w",
            )
            tail = f'<p class="note"><font color="#777">{esc(line)}</font></p>'
            chrome.append(line)
        latest = teasers(spec, 7)
        chrome += [t.title for t in latest]
        latest_rows = "".join(
            f'<tr><td class="bullet">&raquo;</td><td>{a(t.url, t.title)} <font size="1">({esc(t.outlet)})</font></td></tr>'
            for t in latest
        )
        generic = (
            f"جميع الأخبار والمقالات المنشورة في {self.site_name} منقولة من مصادرها، "
            "والموقع غير مسؤول عن صحتها أو عن آراء كتابها."
        )
        chrome.append(generic)
        page = f"""
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0" id="main">
<tr><td colspan="2" class="top"><a href="/"><img src="/images/logo.gif" alt="{esc(self.site_name)}" border="0"></a>
<span class="date">{spec.published_at:%Y/%m/%d}</span> | <a href="/rss.asp">RSS</a> | <a href="/mobile/">نسخة الجوال</a></td></tr>
<tr><td colspan="2" class="menu"><a href="/">الرئيسية</a> | <a href="/cat.asp?id=1">أخبار محلية</a> | <a href="/cat.asp?id=2">عربي ودولي</a> | <a href="/cat.asp?id=3">اقتصاد</a> | <a href="/cat.asp?id=4">رياضة</a> | <a href="/cat.asp?id=5">كتابات</a></td></tr>
<tr><td width="680" valign="top">
<table width="100%" cellpadding="4" class="news">
<tr><td class="news_title"><h1>{esc(story.title)}</h1></td></tr>
<tr><td class="news_date">{esc(byline)} - {spec.published_at:%H:%M %Y/%m/%d} - قراءات: {spec.seed % 5000}</td></tr>
{"".join(rows)}
<tr><td><img src="/upload/news/{spec.seed % 99999}.jpg" width="640" alt=""></td></tr>
<tr><td class="news_body"><div id="news_text">{paragraphs_html(ps)}</div>{tail}</td></tr>
<tr><td class="share"><a href="/print.asp?id={spec.seed % 70000}">طباعة</a> | <a href="/send.asp">أرسل لصديق</a> | <a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">فيسبوك</a></td></tr>
<tr><td class="comments"><b>التعليقات (0)</b><form action="/comment.asp" method="post"><textarea name="c"></textarea><input type="submit" value="أضف تعليقك"></form></td></tr>
</table></td>
<td width="300" valign="top" class="side"><table width="100%" class="latest"><tr><th colspan="2">آخر الأخبار</th></tr>{latest_rows}</table>
<div class="ad"><a href="/ads.asp?id=3"><img src="/ads/banner-300.gif" alt="إعلان"></a></div></td></tr>
<tr><td colspan="2" class="footer"><p>{esc(generic)}</p><p>&copy; 2026 {esc(self.site_name)} - تصميم وبرمجة قسم التقنية</p></td></tr>
</table>"""
        return Rendered(
            doc("ar", f"<title>{esc(self.site_name)} | {esc(story.title)}</title>", page),
            exposes,
            tuple(chrome),
            ps,
        )
