"""شبكة الرافدين الإخبارية: an Iraqi news network site that credits only in a photo caption or mid-text.

These sites take a story with its picture and keep the credit where the copy-paste put it: in the
``<figcaption>`` under the lead photo ("الصورة والخبر: X"), in a bracketed line between two paragraphs
("(المصدر: X)" dropped in by the editor), in the byline ("بغداد - X"), or under a "وكالات" sign-off
sentence after the text ("وهذا ما أفاد به X"). Chrome: a "أخبار العراق" ticker, a weather/currency strip,
"آخر الأخبار" and "مقالات الرأي" boxes naming other outlets and writers, and the network's footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class CaptionCredit(Layout):
    name = "h_caption_credit"
    language = "ar"
    host = "alrafidain-net.example"
    site_name = "شبكة الرافدين الإخبارية"
    families = ("badge", "source_line", "byline_outlet", "footer_phrase")
    notes = "Iraqi network site crediting in the figcaption ('الصورة والخبر: X'), a bracketed mid-text source line, 'بغداد - X' byline, a closing sentence"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/archives/{n + 390000}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        caption = "صورة تعبيرية"
        if s.agency and fam is not None:
            caption = f"صورة أرشيفية ({s.agency})"
        mid = ""
        byline = "بغداد - المحرر"
        closing = ""
        if fam == "badge":
            caption = rng.choice([f"الصورة والخبر: {src.name}", f"المصدر: {src.name}", f"صورة من {src.name}"])
            chrome.append(caption)
        elif fam == "source_line":
            text = rng.choice([f"(المصدر: {src.name})", f"[ المصدر : {src.name} ]", f"المصدر - {src.name}"])
            mid = f'<p class="src-mid" style="color:#8a8a8a"><strong>{esc(text)}</strong></p>'
            chrome.append(text)
        elif fam == "byline_outlet":
            byline = rng.choice([f"بغداد - {src.name}", f"{src.name} - بغداد", f"متابعة - {src.name}"])
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"وهذا ما أفاد به {src.name} في تقريره.",
                    f"الخبر كما أورده {src.name}.",
                    f"تابعت شبكة الرافدين هذا الخبر عن {src.name}.",
                ]
            )
            closing = f'<p class="closing">{esc(line)}</p>'
            chrome.append(line)
        if len(caption) >= 20:
            chrome.append(caption)
        ps = list(spec.paragraphs)
        cut = min(2, len(ps))
        text_html = (
            "".join(f"<p>{esc(p)}</p>" for p in ps[:cut])
            + mid
            + "".join(f"<p>{esc(p)}</p>" for p in ps[cut:])
        )
        ticker = pick(spec, 4)
        latest = pick(spec, 5, skip=4)
        chrome += [t.title for t in ticker + latest]
        strip = "بغداد 18° | البصرة 24° | أربيل 12° — سعر صرف الدولار في بورصة الكفاح"
        foot = f"جميع الحقوق محفوظة © {self.site_name} 2026 — يسمح بالاقتباس مع ذكر المصدر"
        chrome += [strip, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "author": {"@type": "Organization", "name": self.site_name},
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        tick = " ◆ ".join(a(t.url, t.title) for t in ticker)
        box = "".join(
            f'<li><span class="src">{esc(t.outlet)}</span> {a(t.url, t.title)}</li>' for t in latest
        )
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:image" content="https://{self.host}/wp-content/uploads/{spec.seed % 999}.jpg">{json_ld(ld)}</head>
<body><div class="top-strip"><span>{strip}</span></div>
<header><a href="/" class="logo"><img src="https://{self.host}/logo.png" alt="{self.site_name}"></a><nav><a href="/iraq">أخبار العراق</a> <a href="/arab">عربي ودولي</a> <a href="/eco">اقتصاد</a> <a href="/opinion">مقالات الرأي</a></nav></header>
<div class="ticker"><b>أخبار العراق</b> {tick}</div>
<div class="wrap"><article class="single"><h1>{esc(s.title)}</h1><div class="by"><span>{esc(byline)}</span> · <time datetime="{iso(spec.published_at)}">{spec.published_at:%Y/%m/%d %H:%M}</time></div>
<figure class="wp-caption"><img data-lazy-src="https://{self.host}/wp-content/uploads/main-{spec.seed % 999}.jpg" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt=""><figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>
<div class="entry">{text_html}{closing}</div>
<div class="share"><span>شارك:</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">تلغرام</a></div></article>
<aside><div class="box"><h3>آخر الأخبار</h3><ul>{box}</ul></div></aside></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, False, chrome_of(chrome))
