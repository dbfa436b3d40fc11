"""موجز-style Egyptian aggregator: the credit footer closes the body ("جميع الحقوق محفوظة لمصدر الخبر X ..."),
a newsletter and "follow us" prompt, then a "next" link naming another outlet's story."""

from __future__ import annotations

from newscrawl_kit.layouts.base import (
    CopySpec,
    Layout,
    Rendered,
    StoryText,
    esc,
    iso,
    json_ld,
    paragraphs_html,
)


class MogazStyle(Layout):
    name = "mogaz"
    language = "ar"
    host = "www.mojaz-alyoum.example"
    site_name = "موجز اليوم"
    families = ("footer_phrase", "disclaimer", "source_line", "badge", "byline_outlet")
    notes = "credit sentence inside the body container; 'التالى' link with #outlet hashtags"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/World-News/{1200000 + n}/{n}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        tail: list[str] = []
        top = badge = byline = ""
        if spec.family == "footer_phrase":
            tail.append(
                rng.choice(
                    [
                        f"جميع الحقوق محفوظة لمصدر الخبر {src.name} وتحت مسؤوليته ونرجو متابعتنا باستمرار لمعرفة آخر الأخبار",
                        f"حقوق النشر محفوظة لـ {src.name} ولا يتحمل موجز اليوم أي مسؤولية عن المحتوى",
                    ]
                )
            )
        elif spec.family == "disclaimer":
            tail.append(
                rng.choice(
                    [
                        f"هذا الخبر منشور في {src.name} ولا يعبر بالضرورة عن رأي موجز اليوم.",
                        f"تم نقل هذا الخبر آليًا من {src.name}، والمسؤولية عن صحته تقع على الناشر الأصلي.",
                    ]
                )
            )
        elif spec.family == "source_line":
            top = f'<p class="src">المصدر : {esc(src.name)}</p>'
            chrome.append(f"المصدر : {src.name}")
        elif spec.family == "badge":
            badge = f'<a class="tag-source" href="/source/{esc(src.slug or "x")}">{esc(src.name)}</a>'
        elif spec.family == "byline_outlet":
            who = s.author or "محرر الموقع"
            byline = f'<div class="writer">{esc(src.name)} - كتب: {esc(who)}</div>'
        chrome += tail
        nxt = spec.teasers[0]
        next_text = f"التالى #{nxt.outlet} - #اخبار مصر - {nxt.title}"
        chrome.append(nxt.title)
        prompts = [
            "اشترك فى النشرة البريدية لتحصل على اهم الاخبار بمجرد نشرها",
            "تابعنا على مواقع التواصل الاجتماعى",
        ]
        chrome += prompts
        ticker = "".join(f"<li>{esc(t.title)} -</li>" for t in spec.teasers[1:5])
        chrome += [t.title for t in spec.teasers[1:5] if len(t.title) >= 20]
        ld = {
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        body_tail = "".join(f"<p>{esc(t)}</p>" for t in tail)
        return Rendered(
            f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head>
<body><div class="urgent"><b>أخبار عاجلة</b><ul>{ticker}</ul></div>
<div class="post"><h1>{esc(s.title)}</h1>{badge}{byline}<span class="date">{spec.published_at:%d/%m/%Y %H:%M}</span>
<div class="post-content">{top}{paragraphs_html(spec.paragraphs)}{body_tail}
<p>{prompts[0]}</p><p>{prompts[1]}</p>
<p><a href="{esc(nxt.url)}">{esc(next_text)}</a></p></div></div>
<div class="foot">موجز اليوم - موقع إخباري شامل © 2026</div></body></html>""",
            False,
            tuple(chrome),
        )
