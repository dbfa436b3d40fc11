"""زاجل الإخباري: a Jordanian/Syrian aggregator of the div-soup kind, inline styles and numbered ``div`` ids.

A red "عاجل" bar, a prayer-times and currency widget, a WhatsApp/Telegram join banner, a "أخبار ذات صلة" row
that names the other outlets, a Disqus-like comment thread. Credits in Levantine newsroom wording: "وفقاً لما
أورده موقع X", "عن X", a red bold "المصدر:" line, a "عمّان - X" byline, a wire dateline, a logo-only link.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_d._common import dateline, long_texts, teasers


class Zajel(Layout):
    name = "d_zajel"
    language = "ar"
    host = "www.zajel-news.example"
    site_name = "زاجل الإخباري"
    families = ("footer_phrase", "source_line", "byline_outlet", "wire_dateline", "logo_link", "badge")
    notes = "Levantine div-soup aggregator; 'وفقاً لما أورده موقع X', red 'المصدر:' line, 'عمّان - X'"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/index.php?page=article&id={720000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        body = dateline(spec, "عمّان - {name} - ") if fam == "wire_dateline" else spec.paragraphs
        byline = f"{esc(s.author)}" if s.author else "زاجل - خاص"
        top = ""
        end = ""
        if fam == "footer_phrase":
            line = rng.choice(
                [f"وفقاً لما أورده موقع {src.name}", f"عن {src.name}", f"المقال منشور أصلاً في {src.name}"]
            )
            end = f'<div style="margin-top:8px;font-weight:bold">{esc(line)}</div>'
            chrome.append(line)
        elif fam == "source_line":
            end = f'<div style="color:#c00;font-weight:bold">المصدر: {esc(src.name)}</div>'
        elif fam == "byline_outlet":
            city = rng.choice(["عمّان", "دمشق", "بيروت"])
            byline = f"{city} - {esc(src.name)}"
        elif fam == "logo_link":
            top = f'<div style="float:left"><a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" style="height:26px" alt=""></a></div>'
        elif fam == "badge":
            top = f'<div style="display:inline-block;background:#333;color:#fff;padding:2px 6px;font-size:11px">{esc(src.name)}</div>'
        urgent = teasers(spec, 3)
        rel = teasers(spec, 4, skip=3)
        chrome += [t.title for t in urgent + rel]
        join = "انضم إلى قناة زاجل الإخباري على تيليجرام وواتساب لتصلك الأخبار لحظة بلحظة"
        foot = "جميع الحقوق محفوظة © زاجل الإخباري 2026 - المقالات المنشورة تعبر عن رأي كتابها"
        chrome += [join, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<html dir="rtl"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>{self.site_name} | {esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{json_ld(ld)}</head>
<body style="background:#eee"><div id="d1" style="background:#b00;color:#fff"><b>عاجل</b> {" ✦ ".join(f'<a style="color:#fff" href="{esc(t.url)}">{esc(t.title)}</a>' for t in urgent)}</div>
<div id="d2"><div id="d3" style="font-size:30px"><a href="/">{self.site_name}</a></div><div id="d4">مواقيت الصلاة: الفجر 4:52 | الظهر 11:38 · الدولار 0.709 دينار</div></div>
<div id="d5" style="width:970px;margin:auto;background:#fff"><div id="d6" style="width:640px;float:right;padding:10px">{top}
<div id="d7" style="font-size:24px;font-weight:bold">{esc(s.title)}</div><div id="d8" style="color:#777">{byline} | {spec.published_at:%Y-%m-%d %H:%M}</div>
<div id="d9" style="font-size:17px;line-height:1.9">{"<br><br>".join(esc(p) for p in body)}</div>{end}
<div id="d10" style="background:#0088cc;color:#fff;padding:6px">{esc(join)}</div>
<div id="d11"><b>أخبار ذات صلة</b>{"".join(f'<div><a href="{esc(t.url)}">{esc(t.title)}</a> - <span>{esc(t.outlet)}</span></div>' for t in rel)}</div>
<div id="disqus_thread"><div>0 تعليقات</div></div></div><div id="d12" style="width:300px;float:left"><div class="ad">إعلان</div></div><div style="clear:both"></div></div>
<div id="d13" style="text-align:center;color:#999">{esc(foot)}</div></body></html>"""
        return Rendered(page, False, long_texts(chrome), body=body if fam == "wire_dateline" else None)
