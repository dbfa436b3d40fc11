"""مصر برس 24: an Egyptian "*ress"-style mirror (masress/sauress-like), a table-based template of the 2000s.

Copies live under ``/<outlet-slug>/<id>``; the meta line says "نشر في X يوم ..." (the mirror's stock wording), a
"مصر برس 24" masthead, a marquee ticker, a right-hand column of other stories with their outlets in
brackets, and a footer claiming the aggregator's rights over "its" content.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import a, long_texts, slug, teasers


class MisrPress(Layout):
    name = "d_misrpress"
    language = "ar"
    host = "www.misrpress24.example"
    site_name = "مصر برس 24"
    families = ("url_slug", "source_line", "read_original", "logo_link", "sidebar_widget")
    notes = "masress/sauress-like slug mirror; table skeleton; 'نشر في X يوم'; 'اقرأ الخبر من المصدر'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/n/{300000 + n}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug" or (family is not None and n % 2 == 0):
            return f"https://{self.host}/{slug(story.source)}/{300000 + n}"
        return self.copy_url(story, n)

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        day = f"{spec.published_at:%d - %m - %Y}"
        exposes = False
        chrome: list[str] = []
        meta = f"نشر في {day}"
        after = ""
        side_extra = ""
        top_logo = ""
        if fam == "source_line":
            v = rng.randrange(3)
            if v == 0:
                meta = f"نشر في {esc(src.name)} يوم {day}"
            elif v == 1:
                after = f'<div class="msdr">المصدر : {esc(src.name)}</div>'
            else:
                after = f'<p align="left"><b>مصدر الخبر:</b> {esc(src.name)}</p>'
        elif fam == "read_original":
            label = rng.choice(
                ["اقرأ الخبر من المصدر", "اضغط هنا لقراءة الخبر من المصدر", "لمتابعة الخبر كاملاً"]
            )
            after = (
                f'<div class="orig-btn">{a(src.article_url, label, target="_blank", rel="nofollow")}</div>'
            )
            exposes = True
        elif fam == "logo_link":
            alt = rng.choice(["", "", "شعار المصدر"])
            top_logo = (
                f'<td width="90"><a href="{esc(src.home_url)}" target="_blank">'
                f'<img src="{esc(src.logo)}" alt="{alt}" width="80" height="30" border="0"></a></td>'
            )
        elif fam == "sidebar_widget":
            side_extra = (
                '<table class="box" width="100%"><tr><td class="boxtitle">مصدر الخبر</td></tr>'
                f'<tr><td align="center"><img src="{esc(src.logo)}" alt="{esc(src.name)}" width="120"><br>'
                f"<b>{esc(src.name)}</b><br>"
                f"{a(f'https://{self.host}/{slug(src)}/', 'المزيد من أخبار هذا المصدر')}</td></tr></table>"
            )
        ticker = teasers(spec, 4)
        side = teasers(spec, 6, skip=4)
        chrome += [t.title for t in ticker + side]
        foot = f"جميع الحقوق محفوظة لموقع {self.site_name} © 2026 - الموقع غير مسؤول عن المحتوى المنشور"
        chrome.append(foot)
        rows = "".join(
            f'<tr><td class="side">{a(t.url, t.title)} <span class="src">({esc(t.outlet)})</span></td></tr>'
            for t in side
        )
        marquee = " &nbsp;|&nbsp; ".join(a(t.url, t.title) for t in ticker)
        ld = json_ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": s.title,
                "datePublished": iso(spec.published_at),
                "publisher": {
                    "@type": "Organization",
                    "name": self.site_name,
                    "url": f"https://{self.host}/",
                },
                "mainEntityOfPage": spec.url,
            }
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{ld}</head>
<body bgcolor="#ffffff"><table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="hdr"><a href="/"><img src="/images/logo.gif" alt="{self.site_name}"></a>
<span class="slogan">{self.site_name} - أخبار مصر لحظة بلحظة</span></td></tr>
<tr><td colspan="2" class="ticker"><b>عاجل:</b> <marquee direction="right" scrollamount="3">{marquee}</marquee></td></tr>
<tr><td valign="top" width="680"><table width="100%"><tr>{top_logo}<td><h1 class="ttl">{esc(s.title)}</h1></td></tr>
<tr><td colspan="2" class="meta">{meta}</td></tr></table>
<div class="txt" id="newsText">{body}</div>{after}
<div class="share"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">شارك على فيسبوك</a> | <a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">تويتر</a> | <a href="/print/">طباعة</a></div>
</td><td valign="top" width="300">{side_extra}<table class="box" width="100%"><tr><td class="boxtitle">أخبار ذات صلة</td></tr>{rows}</table></td></tr>
<tr><td colspan="2" class="foot">{esc(foot)}<br><a href="/contact">اتصل بنا</a> - <a href="/privacy">سياسة الخصوصية</a></td></tr>
</table></body></html>"""
        if fam == "sidebar_widget":
            chrome.append("المزيد من أخبار هذا المصدر")
        return Rendered(page, exposes, long_texts(chrome))
