"""أرشيف الصحف الورقية: a press-archive site that puts each page of a print edition online as HTML.

PDF-to-HTML converters (pdf2htmlEX and the like) give absolutely positioned ``div.t`` text lines inside
``div.pf`` page frames; the archive wraps them in its viewer: edition picker, page strip "الصفحة 3 من 24",
zoom buttons and a "أعداد سابقة" list. The article's text is re-flowed into paragraphs under the frame.
Credits as such archives print them: the masthead line "المصدر: جريدة X - العدد 1234 - الصفحة 5", the
byline of the printed article ("X - خاص"), a closing "هذه المادة منشورة في النسخة الورقية من X", or only a
``citation_publisher`` meta tag the archive writes for scholars' tools.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class PrintEdition(Layout):
    name = "h_print_edition"
    language = "ar"
    host = "arsheef-alsuhuf.example"
    site_name = "أرشيف الصحف الورقية"
    families = ("source_line", "byline_outlet", "footer_phrase", "meta_tag")
    notes = "Print-edition PDF-to-HTML archive (pdf2htmlEX frames): 'المصدر: جريدة X - العدد', printed byline, 'منشورة في النسخة الورقية', citation_publisher"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/edition/{story.published_at:%Y-%m-%d}/page-{n % 20 + 2}/item-{n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        issue = 4000 + spec.seed % 3000
        page_no = spec.seed % 20 + 2
        masthead = f"العدد {issue} - الصفحة {page_no}"
        byline = ""
        closing = ""
        metas = '<meta name="citation_language" content="ar">'
        microdata = ""
        if fam == "source_line":
            masthead = rng.choice(
                [
                    f"المصدر: {src.name} - العدد {issue} - الصفحة {page_no}",
                    f"المصدر: جريدة {src.name} ، ص {page_no}",
                    f"المطبوعة: {src.name} | العدد {issue}",
                ]
            )
        elif fam == "byline_outlet":
            byline = rng.choice(
                [f"{src.name} - خاص", f"القاهرة - {src.name}", f"كتب: {s.author or 'محرر'} - {src.name}"]
            )
            chrome.append(byline)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"هذه المادة منشورة في النسخة الورقية من {src.name} بتاريخ {s.published_at:%Y/%m/%d}.",
                    f"نُشرت في عدد {src.name} الصادر صباح اليوم.",
                    f"أعيد نشرها في الأرشيف بإذن من {src.name}.",
                ]
            )
            closing = f'<p class="print-note">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "meta_tag":
            key = rng.choice(["citation_publisher", "citation_journal_title", "itemprop"])
            if key == "itemprop":  # microdata the archive's viewer writes inside the page, not in <head>
                microdata = f'<span itemprop="isPartOf" itemscope itemtype="https://schema.org/Newspaper"><meta itemprop="name" content="{esc(src.name)}"></span>'
            else:
                metas += f'<meta name="{key}" content="{esc(src.name)}"><meta name="citation_issue" content="{issue}">'
        chrome.append(masthead)
        earlier = pick(spec, 5)
        chrome += [t.title for t in earlier]
        notice = "النص مستخرج آلياً من صورة الصفحة وقد يحتوي على أخطاء في التعرف الضوئي على الحروف"
        foot = f"{self.site_name} - مشروع لحفظ الصحافة العربية المطبوعة وإتاحتها للباحثين"
        chrome += [notice, foot]
        frames = "".join(
            f'<div class="t m0 x{i % 7} h2 y{90 + i * 23} ff1 fs{i % 3 + 1} fc0">{esc(p[:48])}</div>'
            for i, p in enumerate(spec.paragraphs)
        )
        strip = "".join(
            f'<a href="/edition/{s.published_at:%Y-%m-%d}/page-{n}/" class="pg{" on" if n == page_no else ""}">{n}</a>'
            for n in range(1, 25)
        )
        prev = "".join(f"<li>{a(t.url, t.title)}</li>" for t in earlier)
        by = f'<p class="byline">{esc(byline)}</p>' if byline else ""
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta name="citation_title" content="{esc(s.title)}"><meta name="citation_date" content="{s.published_at:%Y/%m/%d}">{metas}<meta property="og:site_name" content="{self.site_name}">
<style>.pf{{position:relative;width:909px;height:1286px;background:#fff}}.t{{position:absolute;white-space:pre;color:transparent}}</style></head>
<body><div id="viewer-bar"><a href="/" class="home">{self.site_name}</a> <select name="edition"><option>{s.published_at:%Y-%m-%d}</option></select>
<button class="zoom-in">+</button><button class="zoom-out">−</button> <span class="pginfo">الصفحة {page_no} من 24</span></div>
<div class="strip">{strip}</div>
<div class="masthead">{esc(masthead)}</div>
<div id="page-container"><div id="pf{page_no}" class="pf w0 h0" data-page-no="{page_no:x}"><div class="pc pc{page_no} w0 h0"><img class="bi x0 y0 w1 h1" alt="" src="data:image/png;base64,iVBORw0KGgo=">{frames}</div></div></div>
<section class="reflow" itemscope itemtype="https://schema.org/NewsArticle">{microdata}<h1 itemprop="headline">{esc(s.title)}</h1>{by}{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}<p class="ocr-note">{notice}</p></section>
<aside class="issues"><h3>من أعداد سابقة</h3><ul>{prev}</ul></aside>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, False, chrome_of(chrome))
