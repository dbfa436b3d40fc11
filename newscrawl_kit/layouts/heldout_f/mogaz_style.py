"""الخلاصة نيوز: an Egyptian scraper site of the "موجز نيوز" kind, one copied story per page.

An "أخبار عاجلة" line with a single teaser, the headline, the copied text with blank spacer paragraphs, then
the site's closing formula naming the source and itself, a newsletter box, "تابعنا" links and a "التالى"
link whose text is hashtags ("#<source> - #<section> - <next title>"). Credits: the closing formula, a
"غير مسؤول" disclaimer, a hashtag label over the headline, a "رابط الخبر الأصلي" link; uncredited copies keep
only the site's own formula.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class MogazStyle(Layout):
    name = "f_mogaz_style"
    language = "ar"
    host = "www.alkhulasa-news.example"
    site_name = "الخلاصة نيوز"
    families = ("footer_phrase", "disclaimer", "badge", "read_original")
    notes = "موجز-نيوز-like Egyptian scraper; closing 'جميع الحقوق لمصدر الخبر' formula, disclaimer, #hashtag label, original link"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{(n * 104729) % 900000 + 100000}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        tag = f"#{(s.section or 'اخبار مصر').replace(' ', '_')}"
        over = f'<div class="hash">{esc(tag)}</div>'
        closing = f"نرجو متابعتنا باستمرار لمعرفة آخر الأخبار على مدار الساعة مع تحيات موقع {self.site_name} الإخباري"
        credit = ""
        if fam == "footer_phrase":
            closing = rng.choice(
                [
                    f"جميع الحقوق محفوظة لمصدر الخبر {src.name} وتحت مسؤوليته، " + closing,
                    f"حقوق النشر محفوظة لـ {src.name}، " + closing,
                ]
            )
        elif fam == "disclaimer":
            credit = rng.choice(
                [
                    f"الخبر منشور من {src.name} وموقع {self.site_name} غير مسؤول عن صحة محتواه ولا يعبر عن رأيه.",
                    f"إخلاء مسؤولية: هذا الخبر نقل كما ورد في {src.name} ولا نتحمل مسؤولية ما جاء فيه.",
                ]
            )
        elif fam == "badge":
            mark = f"#{src.name.replace(' ', '_')}"
            over = (
                f'<div class="hash">{esc(mark)} - {esc(tag)}</div>'
                if rng.random() < 0.5
                else f'<div class="hash">{esc(tag)} - {esc(mark)}</div>'
            )
        elif fam == "read_original":
            text = rng.choice(["رابط الخبر الأصلي", "اضغط هنا لقراءة الخبر من مصدره", "المصدر الأصلي"])
            credit_link = link(src.article_url, text, rel="nofollow", target="_blank")
            exposes = True
            chrome.append(text)
        chrome.append(closing)
        if credit:
            chrome.append(credit)
        urgent = other_items(spec, 1)
        nxt = other_items(spec, 1, skip=1)
        chrome += [t.title for t in urgent]
        letter = "اشترك فى النشرة البريدية لتحصل على أهم الأخبار بمجرد نشرها"
        follow = "تابعنا على مواقع التواصل الاجتماعى فيسبوك وتويتر ويوتيوب"
        chrome += [letter, follow]
        spaced = "<p>&nbsp;</p>".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)
        tail = f'<p class="closing">{esc(closing)}</p>'
        if credit:
            tail = f'<p class="disc">{esc(credit)}</p>' + tail
        if fam == "read_original":
            tail = f'<p class="orig">{credit_link}</p>' + tail
        next_html = ""
        if nxt:
            nt = nxt[0]
            next_html = f'<div class="next">التالى {link(nt.url, f"#{nt.outlet} - {tag} - {nt.title}")}</div>'
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsMediaOrganization",
            "name": self.site_name,
            "url": f"https://{self.host}/",
            "logo": f"https://{self.host}/logo.png",
        }
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="top"><a href="/"><img src="https://{self.host}/logo.png" alt="{self.site_name}"></a></div>
<div class="urgent"><span>أخبار عاجلة</span> {"".join(link(t.url, t.title) for t in urgent)}</div>
<div class="post">{over}<h1>{esc(s.title)}</h1><div class="post-text">{spaced}</div>{tail}</div>
<div class="newsletter"><p>{letter}</p><input type="email"></div><div class="follow"><p>{follow}</p></div>{next_html}
<div class="foot">{self.site_name} © 2026</div></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
