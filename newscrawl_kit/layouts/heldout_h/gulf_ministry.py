"""المركز الإعلامي لوزارة البلديات: a Gulf ministry's news page that mirrors agency and newspaper items.

Government portals of the Gulf (ministries, municipalities, chambers) keep a "أخبار الوزارة" section fed
from the national agency and from the dailies that covered the minister: an old table-based ASP.NET
skeleton, a breadcrumb, an "طباعة | إرسال | حجم الخط" toolbar, a "أخبار ذات صلة" list and a long footer
with the government-portal links. Credits as such pages print them: the agency's dateline opening the text,
an "المصدر:" cell in the item's detail table, a closing "نقلاً عن ..." line, or only a Dublin Core
``DC.Source`` meta tag left by the CMS.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, dated, pick


class GulfMinistry(Layout):
    name = "h_gulf_ministry"
    language = "ar"
    host = "media.baladiya-portal.example"
    site_name = "المركز الإعلامي لوزارة البلديات"
    families = ("wire_dateline", "source_line", "footer_phrase", "meta_tag")
    notes = "Gulf ministry news mirror (ASP.NET tables): agency dateline, 'المصدر:' table cell, 'نقلاً عن' closing, DC.Source meta"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/ar/MediaCenter/News/Pages/NewsDetails.aspx?NewsID={52000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        body = None
        metas = ""
        source_row = ""
        closing = ""
        if fam == "wire_dateline":
            city = rng.choice(["الرياض", "أبوظبي", "الكويت", "المنامة"])
            body = dated(spec, f"{city} - {{wire}} - " if rng.random() < 0.6 else f"{city} ({{wire}}) - ")
        elif fam == "source_line":
            label = rng.choice(["المصدر", "مصدر الخبر", "الجهة الناشرة"])
            source_row = f'<tr><td class="lbl">{label}:</td><td class="val">{esc(src.name)}</td></tr>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"نقلاً عن {src.name}.",
                    f"* نُشر هذا الخبر في {src.name} ويعاد نشره في المركز الإعلامي للوزارة.",
                    f"(المادة منقولة عن {src.name} بتاريخ {s.published_at:%Y/%m/%d})",
                ]
            )
            closing = f'<p class="news-ref"><font size="2">{esc(line)}</font></p>'
            chrome.append(line)
        elif fam == "meta_tag":
            key = rng.choice(["DC.Source", "DC.source", "dcterms.source"])
            metas = f'<meta name="{key}" content="{esc(src.name)}">'
            if rng.random() < 0.4:
                metas += f'<meta name="DC.Publisher" content="{esc(src.name_latin or src.name)}">'
        related = pick(spec, 5)
        chrome += [t.title for t in related]
        foot = "جميع الحقوق محفوظة © وزارة البلديات والإسكان - تم تطوير الموقع بواسطة إدارة تقنية المعلومات"
        access = "هذا الموقع متوافق مع معايير النفاذ الرقمي ويُعرض بأفضل شكل بدقة 1024×768"
        chrome += [foot, access]
        if s.agency and fam != "wire_dateline":
            chrome.append(f"الصورة: {s.agency} - أرشيف المركز الإعلامي")
            caption = f'<div class="img-cap">الصورة: {esc(s.agency)} - أرشيف المركز الإعلامي</div>'
        else:
            caption = '<div class="img-cap">من أرشيف المركز الإعلامي</div>'
        rel = "".join(
            f'<tr><td class="bullet">&#9679;</td><td>{a(t.url, t.title)}</td></tr>' for t in related
        )
        paras = body if body is not None else spec.paragraphs
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="rtl" lang="ar-SA"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{self.site_name} - {esc(s.title)}</title>
<meta name="DC.Title" content="{esc(s.title)}"><meta name="DC.Language" content="ar">{metas}<meta name="GENERATOR" content="Microsoft SharePoint"></head>
<body><form method="post" action="NewsDetails.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY{spec.seed % 997}">
<table width="100%" cellpadding="0" cellspacing="0" class="header"><tr><td><img src="/Style Library/images/logo-ministry.png" alt="{self.site_name}"></td><td class="gov"><a href="https://portal.gov.example/">البوابة الوطنية</a> | <a href="/en/">English</a></td></tr></table>
<div class="breadcrumb"><a href="/ar/">الرئيسية</a> &gt; <a href="/ar/MediaCenter/">المركز الإعلامي</a> &gt; <span>أخبار الوزارة</span></div>
<table width="100%" class="content"><tr><td valign="top" class="main">
<div class="tools"><a href="javascript:window.print()">طباعة</a> | <a href="#send">إرسال لصديق</a> | <a href="#font">حجم الخط</a></div>
<h1 class="news-title">{esc(s.title)}</h1>
<table class="news-info"><tr><td class="lbl">تاريخ النشر:</td><td class="val">{spec.published_at:%d/%m/%Y}</td></tr>{source_row}<tr><td class="lbl">عدد القراءات:</td><td class="val">{spec.seed % 3000 + 120}</td></tr></table>
<div class="news-img"><img src="/PublishingImages/News/{spec.seed % 5000}.jpg" alt="">{caption}</div>
<div class="news-body">{"".join(f"<p>{esc(p)}</p>" for p in paras)}{closing}</div>
<h3 class="rel-head">أخبار ذات صلة</h3><table class="related">{rel}</table></td>
<td valign="top" class="side" width="220"><div class="box"><h4>روابط سريعة</h4><ul><li><a href="/ar/eServices/">الخدمات الإلكترونية</a></li><li><a href="/ar/OpenData/">البيانات المفتوحة</a></li><li><a href="/ar/Contact/">تواصل معنا</a></li></ul></div></td></tr></table>
<div class="footer"><p>{foot}</p><p>{access}</p></div></form></body></html>"""
        return Rendered(page, False, chrome_of(chrome), body=body)
