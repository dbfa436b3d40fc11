"""مؤشر الأسواق: a Gulf market-news feed in the Mubasher mould: wire items and outlet stories under a quote board.

A table-built page: a scrolling board of index quotes at the top, a tabbed "أخبار الشركات / أخبار الاقتصاد"
menu, the item with a coloured provider chip, a related-stocks table and "آخر الأخبار" naming other
providers. The feed credits the provider with a chip beside the time, a wire dateline opening the text, a
provider disclaimer closing it, or only the ``provider`` of its JSON-LD.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import dateline_body, others, shown

_BOARD = (("تاسي", "11,842.17", "+0.42%"), ("نمو", "24,310.55", "-0.18%"), ("دبي", "5,120.04", "+0.09%"),
          ("أبوظبي", "9,604.88", "+0.31%"), ("الكويت", "7,915.20", "-0.05%"))  # fmt: skip


class TadawulFeed(Layout):
    name = "g_tadawul_feed"
    language = "ar"
    host = "ar.muashir-alaswaq.example"
    site_name = "مؤشر الأسواق"
    families = ("badge", "wire_dateline", "disclaimer", "jsonld")
    notes = "Mubasher-like market feed (tables, quote board): provider chip, wire dateline, provider disclaimer, JSON-LD provider"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/{4200000 + n * 7}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        body: tuple[str, ...] | None = None
        exposes = False
        chip = '<span class="chip chip-own">مؤشر الأسواق</span>'
        closing = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
        }
        if fam == "badge":
            chip = f'<span class="chip chip-provider">{esc(rng.choice([src.name, "المصدر: " + src.name, src.name + " ›"]))}</span>'
        elif fam == "wire_dateline":
            body = dateline_body(spec, rng.choice(["الرياض - {wire} - ", "دبي – {wire}: ", "({wire}) - "]))
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"هذا الخبر مقدم من {src.name}، ومؤشر الأسواق غير مسؤول عن دقة محتواه.",
                    f"المحتوى منشور بواسطة {src.name} ويعبر عن رأي مصدره، ولا يتحمل الموقع أي مسؤولية عنه.",
                    f"تنويه: نُشر هذا المحتوى أولاً لدى {src.name}؛ لا يشكل توصية بالشراء أو البيع.",
                ]
            )
            closing = f'<div class="provider-note">{esc(line)}</div>'
            chrome.append(line)
        elif fam == "jsonld":
            key = rng.choice(["provider", "sourceOrganization"])
            org: dict[str, object] = {"@type": "Organization", "name": src.name}
            if rng.random() < 0.5:
                org["sameAs"] = src.home_url
            ld[key] = org
            if rng.random() < 0.4:
                ld["isBasedOn"] = {"@type": "NewsArticle", "url": src.article_url}
                exposes = True
        paragraphs = body or spec.paragraphs
        board = "".join(f"<td><b>{n}</b> {v} <i>{c}</i></td>" for n, v, c in _BOARD)
        latest = others(spec, 6)
        chrome += [t.title for t in latest]
        rows = "".join(
            f'<tr><td><a href="{esc(t.url)}">{esc(t.title)}</a></td><td class="prov">{esc(t.outlet)}</td></tr>'
            for t in latest
        )
        warn = "البيانات المالية متأخرة 15 دقيقة على الأقل ومقدمة لأغراض إعلامية فقط"
        foot = "© 2026 مؤشر الأسواق لمعلومات الأسواق المالية. جميع الحقوق محفوظة"
        chrome += [warn, foot]
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - مؤشر الأسواق</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<table class="board" width="100%"><tr>{board}</tr></table>
<table class="frame" width="100%"><tr><td class="logo"><a href="https://{self.host}/"><img src="https://{self.host}/i/logo-ar.gif" alt="{self.site_name}"></a></td>
<td class="tabs"><a href="/news/companies">أخبار الشركات</a> | <a href="/news/economy">أخبار الاقتصاد</a> | <a href="/markets">الأسواق</a></td></tr>
<tr><td colspan="2" class="item"><div class="item-head">{chip} <span class="time">{spec.published_at:%d/%m/%Y %H:%M}</span></div>
<h1>{esc(s.title)}</h1><div class="item-body">{"".join(f"<p>{esc(p)}</p>" for p in paragraphs)}</div>{closing}
<table class="stocks"><tr><th>الرمز</th><th>السعر</th><th>التغير</th></tr><tr><td>2222</td><td>27.85</td><td>+0.36%</td></tr></table></td></tr>
<tr><td colspan="2"><h3>آخر الأخبار</h3><table class="latest">{rows}</table></td></tr></table>
<p class="delay">{warn}</p><div class="foot">{foot}</div></body></html>"""
        return Rendered(page, exposes, shown(chrome), body)
