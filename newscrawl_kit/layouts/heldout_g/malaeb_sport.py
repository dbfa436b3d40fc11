"""ملاعب نت: a Kooora-style sports aggregator with a live-scores rail and news gathered from sports outlets.

A dark header with league tabs, a strip of today's fixtures with scores, the story with the aggregator's
category chip, a "الخبر من" box in the side rail (the outlet's logo, its name, a link to more of its items),
a standings mini-table and "أخبار رياضية أخرى" naming other outlets. Credits: that side box, the outlet's logo
alone in the meta line (alt text sometimes empty), a "كتب: ... - عن X" meta line, or a closing "المصدر" sentence.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import a, others, shown

_FIXTURES = (("الهلال", "2", "1", "النصر"), ("الأهلي", "0", "0", "الزمالك"), ("الوداد", "1", "3", "الرجاء"),
             ("الترجي", "2", "2", "الإفريقي"))  # fmt: skip


class MalaebSport(Layout):
    name = "g_malaeb_sport"
    language = "ar"
    host = "www.malaeb-net.example"
    site_name = "ملاعب نت"
    families = ("sidebar_widget", "logo_link", "via_meta", "footer_phrase")
    notes = "Kooora-like sports aggregator: scores strip, 'الخبر من' side box, outlet logo in the meta line, 'عن X' meta, closing line"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/?n={3300000 + n}&o=news"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        meta = f'<span class="when">{spec.published_at:%H:%M %d-%m-%Y}</span>'
        box = ""
        closing = ""
        if fam == "sidebar_widget":
            more = rng.choice([f"المزيد من أخبار {src.name}", "كل أخبار المصدر", f"تابع {src.name}"])
            target = src.article_url if rng.random() < 0.4 else src.home_url
            exposes = target == src.article_url
            box = (
                f'<div class="src-box"><h4>الخبر من</h4><img src="{esc(src.logo)}" alt="{esc(src.name)}" width="90">'
                f"<b>{esc(src.name)}</b>{a(target, more, 'src-more')}</div>"
            )
            chrome.append(more)
        elif fam == "logo_link":
            alt = rng.choice(["", src.name, "شعار المصدر"])
            meta += f' <a class="src-logo" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="18"></a>'
        elif fam == "via_meta":
            who = s.author or "محرر ملاعب"
            line = rng.choice(
                [f"كتب: {who} - عن {src.name}", f"عن {src.name} · {who}", f"{who} | المصدر {src.name}"]
            )
            meta = f'<span class="via">{esc(line)}</span> ' + meta
            chrome.append(line)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"المصدر: موقع {src.name} الرياضي",
                    f"جميع حقوق هذا الخبر محفوظة لـ {src.name}",
                    f"نُشر الخبر أولاً عبر {src.name}",
                ]
            )
            closing = f'<p class="closing">{esc(line)}</p>'
            chrome.append(line)
        fixtures = "".join(f"<li>{h} <b>{x} - {y}</b> {w}</li>" for h, x, y, w in _FIXTURES)
        more_news = others(spec, 6)
        chrome += [t.title for t in more_news]
        items = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <small>{esc(t.outlet)}</small></li>'
            for t in more_news
        )
        cap = "صورة أرشيفية من إحدى مباريات الموسم الماضي"
        if s.agency:  # the outlet's own photo credit: a wire, never the answer
            cap += f" (تصوير: {s.agency})"
        foot = "ملاعب نت - كل أخبار الكرة العربية والعالمية في مكان واحد © 2026"
        chrome += [cap, foot]
        ld = {"@context": "https://schema.org", "@type": "SportsArticle", "headline": s.title,
              "datePublished": iso(spec.published_at), "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | ملاعب نت</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body class="dark">
<header><a href="https://{self.host}/" class="brand">ملاعب نت</a><nav><a href="/l/spl">دوري روشن</a><a href="/l/egy">الدوري المصري</a><a href="/l/ucl">أبطال أوروبا</a></nav></header>
<div class="fixtures"><b>مباريات اليوم</b><ul>{fixtures}</ul></div>
<div class="cols"><main><span class="cat">أخبار الكرة</span><h1>{esc(s.title)}</h1><div class="meta">{meta}</div>
<figure><img src="https://img.malaeb-net.example/n/{spec.seed % 700}.jpg" alt=""><figcaption>{esc(cap)}</figcaption></figure>
<div class="news-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{closing}</main>
<aside>{box}<div class="standings"><h4>جدول الترتيب</h4><table><tr><td>1</td><td>الهلال</td><td>31</td></tr><tr><td>2</td><td>التعاون</td><td>29</td></tr></table></div>
<div class="more"><h4>أخبار رياضية أخرى</h4><ul>{items}</ul></div></aside></div>
<footer>{foot}</footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
