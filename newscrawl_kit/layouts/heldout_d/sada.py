"""صدى المحروسة: an Egyptian portal in the Sada-El-Balad mould that republishes other outlets' stories.

Semantic HTML5, a breaking-news strip, "الأكثر قراءة" and "اقرأ أيضًا" blocks inside the article column, a
tag cloud, Facebook comments and a long footer. Credits are Egyptian-portal wordings: "نقلاً عن", a
"المصدر:" meta item, a "كتب:" byline naming the outlet, and the stock "لا يعبر عن وجهة نظر الموقع" disclaimer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import dateline, long_texts, teasers

_QUOTED = ("قناة العربية", "سكاي نيوز عربية", "قناة القاهرة الإخبارية", "بي بي سي عربي")


class Sada(Layout):
    name = "d_sada"
    language = "ar"
    host = "www.sadaalmahrousa.example"
    site_name = "صدى المحروسة"
    families = ("footer_phrase", "byline_outlet", "wire_dateline", "disclaimer", "source_line")
    notes = "Sada-El-Balad-like Egyptian portal; 'نقلاً عن', 'كتب: ... - X', disclaimer 'لا يعبر عن وجهة نظر'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{2026}/{10}/{6000000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        body = list(dateline(spec, "القاهرة - {name}: ") if fam == "wire_dateline" else spec.paragraphs)
        quoted = [q for q in _QUOTED if src.name not in q]
        if rng.random() < 0.3 and len(body) > 2:
            body.insert(
                len(body) - 1,
                f"وقال مصدر حكومي في تصريحات لـ{rng.choice(quoted)} إن الجهات المعنية تتابع الملف عن كثب.",
            )
        author = s.author or "محرر صدى المحروسة"
        byline = f"كتب: {esc(author)}"
        meta_extra = ""
        after = ""
        if fam == "byline_outlet":
            byline = rng.choice(
                [
                    f"كتب: {esc(author)} - {esc(src.name)}",
                    f"{esc(src.name)} - {esc(author)}",
                    f"كتب: {esc(src.name)}",
                ]
            )
        elif fam == "source_line":
            meta_extra = f'<li class="src"><span>المصدر:</span> {esc(src.name)}</li>'
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"نقلاً عن {src.name}",
                    f"هذا الخبر منقول من موقع {src.name}",
                    f"تم نشر هذا الخبر على موقع {src.name}",
                    f"والخبر بحسب ما نشره موقع {src.name}",
                ]
            )
            after = f'<p class="naql"><strong>{esc(line)}</strong></p>'
            chrome.append(line)
        elif fam == "disclaimer":
            line = (
                f"هذا الخبر منشور من موقع {src.name} ولا يعبر عن وجهة نظر {self.site_name} وإنما تم نقله "
                f"بمحتواه كما هو من {src.name}، ونحن غير مسؤولين عن صحة الخبر"
            )
            after = f'<div class="disclaimer">{esc(line)}</div>'
            chrome.append(line)
        if s.agency and fam != "wire_dateline":
            meta_extra += f'<li class="agency">{esc(s.agency)}</li>'
        read_also = teasers(spec, 2)
        most = teasers(spec, 5, skip=2)
        breaking = teasers(spec, 3, skip=7)
        chrome += [t.title for t in read_also + most + breaking]
        foot = "صدى المحروسة موقع إخباري مصري شامل يقدم الأخبار على مدار الساعة - جميع الحقوق محفوظة"
        chrome.append(foot)
        paras = [f"<p>{esc(p)}</p>" for p in body]
        also = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in read_also)
        paras.insert(min(2, len(paras)), f'<div class="read-also"><b>اقرأ أيضًا</b><ul>{also}</ul></div>')
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Person", "name": author},
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": self.site_name,
                "url": f"https://{self.host}",
            },
        }
        tags = "".join(
            f'<a href="/tag/{i}">{esc(w)}</a>'
            for i, w in enumerate(("مصر", "الحكومة", "أخبار اليوم", "عاجل"))
        )
        page = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">
<meta name="author" content="{esc(author)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head><body>
<header class="site-header"><a class="logo" href="/">{self.site_name}</a><nav><a href="/section/politics">سياسة</a><a href="/section/sports">رياضة</a><a href="/section/accidents">حوادث</a><a href="/section/art">فن</a></nav>
<div class="breaking"><span>عاجل</span>{"".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in breaking)}</div></header>
<main><article class="article-page"><h1>{esc(s.title)}</h1>
<ul class="article-meta"><li class="author">{byline}</li><li><time datetime="{iso(spec.published_at)}">{spec.published_at:%Y-%m-%d %H:%M}</time></li>{meta_extra}</ul>
<figure><img src="https://cdn.{self.host.removeprefix("www.")}/img/{spec.seed % 99999}.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
<div class="article-body">{"".join(paras)}</div>{after}
<div class="tags">{tags}</div><div class="fb-comments" data-href="{esc(spec.url)}" data-numposts="5"></div></article>
<aside class="most-read"><h3>الأكثر قراءة</h3><ol>{"".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in most)}</ol></aside></main>
<footer><p>{esc(foot)}</p><p>رئيس مجلس الإدارة ورئيس التحرير: أحمد سامي</p></footer></body></html>"""
        return Rendered(page, False, long_texts(chrome), body=tuple(body))
