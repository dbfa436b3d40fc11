"""أخبارنا اليوم نت: an Akhbarak-style Egyptian aggregation portal (ASP.NET markup, table-era classes).

Every story is a copy: a red "المصدر" cell beside the date in the info row, a long boilerplate disclaimer
under the text ("... غير مسؤول عن محتوى الخبر"), a right-hand box "أخبار أخرى من <source>" with the
source's logo, or only a ``<meta name="original-source">`` / ``dc.source`` the feed importer fills in. A
scrolling "آخر الأخبار" marquee, a prayer-times widget, "الأكثر تعليقاً" and a sitemap-like footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class AkhbarakPortal(Layout):
    name = "f_akhbarak_portal"
    language = "ar"
    host = "www.akhbarnaalyoum.example"
    site_name = "أخبارنا اليوم نت"
    families = ("source_line", "disclaimer", "sidebar_widget", "meta_tag")
    notes = "Akhbarak-style Egyptian aggregation portal; 'المصدر' info cell, 'غير مسؤول عن محتوى' disclaimer, 'أخبار أخرى من' box, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/details.aspx?id={2300000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        info_src = ""
        below = ""
        box = ""
        if fam == "source_line":
            sep = rng.choice(["المصدر:", "المصدر :", "مصدر الخبر |"])
            info_src = f'<td class="news-src"><b>{sep}</b> {esc(src.name)}</td>'
            chrome.append(f"{sep} {src.name}")
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"هذا الخبر منقول من {src.name} وموقع {self.site_name} غير مسؤول عن محتوى الخبر أو صحته، "
                    "وإنما تقع المسؤولية على مصدره الأصلي.",
                    f"تنويه: تم نشر هذا المحتوى نقلاً عن {src.name}، ولا يتحمل {self.site_name} أي مسؤولية "
                    "قانونية عنه.",
                ]
            )
            below = f'<div class="news-disclaimer">{esc(line)}</div>'
            chrome.append(line)
        elif fam == "sidebar_widget":
            mine = other_items(spec, 3, skip=12)
            title = rng.choice([f"أخبار أخرى من {src.name}", f"المزيد من {src.name}"])
            items = "".join(f"<li>{esc(t.title)}</li>" for t in mine) if rng.random() < 0.5 else ""
            box = (
                f'<div class="side-box src-box"><h3>{esc(title)}</h3><a href="{esc(src.home_url)}">'
                f'<img src="{esc(src.logo)}" alt="{esc(src.name)}"></a><ul>{items}</ul></div>'
            )
            chrome.append(title)
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="dc.source" content="{esc(src.name)}"><meta name="dc.publisher" content="{self.site_name}">'
        # The paper's own wire credit, kept by the importer: an agency, not the outlet the copy is from.
        agency = f'<td class="news-agency">{esc(s.agency)}</td>' if s.agency else ""
        ticker = other_items(spec, 6)
        commented = other_items(spec, 4, skip=6)
        chrome += [t.title for t in ticker + commented]
        foot = "جميع الحقوق محفوظة لموقع أخبارنا اليوم نت 2026 - الأخبار المنشورة تعبر عن رأي مصادرها"
        chrome.append(foot)
        ld = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.site_name,
            "url": f"https://{self.host}/",
            "potentialAction": {
                "@type": "SearchAction",
                "target": f"https://{self.host}/search.aspx?q={{q}}",
                "query-input": "required name=q",
            },
        }
        marquee = " ".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in ticker)
        most = "".join(
            f'<tr><td>{link(t.url, t.title)}</td><td class="o">{esc(t.outlet)}</td></tr>' for t in commented
        )
        pray = "".join(
            f"<tr><td>{n}</td><td>{h}</td></tr>"
            for n, h in (("الفجر", "4:51"), ("الظهر", "11:49"), ("العصر", "2:52"))
        )
        page = f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(s.title)} | {self.site_name}</title><meta name="description" content="{esc(s.paragraphs[0][:140])}">
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{metas}
<link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head><body><form method="post" action="./details.aspx" id="form1">
<div id="header"><a href="/" id="logo">{self.site_name}</a><ul id="nav"><li><a href="/cat/1">أخبار مصر</a></li><li><a href="/cat/2">عربي ودولي</a></li><li><a href="/cat/3">رياضة</a></li><li><a href="/cat/4">فن وثقافة</a></li></ul></div>
<div id="marquee"><b>آخر الأخبار:</b> <marquee direction="right" scrollamount="3">{marquee}</marquee></div>
<table id="layout" width="100%"><tr><td id="main" valign="top"><div class="news-details"><h1 id="lblTitle">{esc(s.title)}</h1>
<table class="news-info"><tr><td class="news-date">{spec.published_at:%d/%m/%Y %I:%M} {"م" if spec.published_at.hour >= 12 else "ص"}</td>{info_src}{agency}<td class="news-views">{spec.seed % 5000 + 100} قراءة</td></tr></table>
<div id="divBody" class="news-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{below}
<div class="news-share"><a href="#">شارك على فيسبوك</a> <a href="#">تويتر</a> <a href="#">طباعة</a></div></div></td>
<td id="side" valign="top" width="300">{box}<div class="side-box"><h3>الأكثر تعليقاً</h3><table>{most}</table></div>
<div class="side-box"><h3>مواقيت الصلاة - القاهرة</h3><table>{pray}</table></div></td></tr></table>
<div id="footer"><p>{esc(foot)}</p><p><a href="/about.aspx">من نحن</a> | <a href="/contact.aspx">اتصل بنا</a> | <a href="/sitemap.aspx">خريطة الموقع</a></p></div></form></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
