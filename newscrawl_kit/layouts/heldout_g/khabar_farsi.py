"""خبرگزاری پیوند: a Persian news portal's Arabic desk (بخش عربی) republishing Arabic outlets' stories.

Arabic-script chrome that is not Arabic: the portal's menus, labels, dates, "پربازدیدترین" list, footer and
notices are in Persian (Iranian portals run Arabic desks for Khuzestan and regional readers), while the
copied text stays Arabic. Credits in the portal's Persian wording: a "منبع:" label/value line, a "به نقل از"
meta line, a closing "این خبر از ... بازنشر شده است" sentence, or only a ``dc.source`` / ``og:see_also`` meta.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import others, shown

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class KhabarFarsi(Layout):
    name = "g_khabar_farsi"
    language = "ar"
    host = "arabic.peyvand-news.example"
    site_name = "خبرگزاری پیوند"
    families = ("source_line", "via_meta", "footer_phrase", "meta_tag")
    notes = "Persian portal's Arabic desk: Persian chrome around Arabic copies; 'منبع:' line, 'به نقل از' meta, Persian closing line, meta only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/fa/news/{2100000 + n}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        code = f"کد خبر: {2100000 + spec.seed}".translate(_FA_DIGITS)
        when = f"{spec.published_at:%Y/%m/%d - %H:%M}".translate(_FA_DIGITS)
        meta = f'<div class="news-meta"><span>{code}</span> <span>{when}</span></div>'
        tail = ""
        if fam == "source_line":
            label = rng.choice(["منبع:", "منبع :", "منبع خبر:"])
            tail = f'<div class="news-source"><span class="lbl">{label}</span> <span class="val">{esc(src.name)}</span></div>'
        elif fam == "via_meta":
            line = rng.choice(
                [f"به نقل از {src.name}", f"{when} | به گزارش {src.name}", f"منبع: {src.name} · {when}"]
            )
            meta = f'<div class="news-meta"><span>{code}</span> <span>{esc(line)}</span></div>'
            chrome.append(line)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"این خبر از {src.name} بازنشر شده است.",
                    f"متن کامل این گزارش پیش‌تر در {src.name} منتشر شده بود.",
                    f"بخش عربی پیوند این خبر را از {src.name} نقل کرده است.",
                ]
            )
            tail = f'<p class="republish">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta property="og:see_also" content="{esc(src.home_url)}"><meta name="news_source" content="{esc(src.name)}">'
        top = others(spec, 5)
        chrome += [t.title for t in top]
        items = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in top)
        notice = "بازنشر مطالب خبرگزاری پیوند با ذکر منبع بلامانع است"
        desk = "بخش عربی خبرگزاری پیوند - اخبار منطقه به زبان عربی"
        chrome += [notice, desk]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "inLanguage": "ar",
              "datePublished": iso(spec.published_at), "publisher": {"@type": "Organization", "name": self.site_name}}  # fmt: skip
        page = f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - خبرگزاری پیوند</title>{metas}
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<header><a href="https://{self.host}/" class="logo">خبرگزاری پیوند</a><nav><a href="/fa/politics">سیاسی</a><a href="/fa/economy">اقتصادی</a><a href="/fa/arabic">عربی</a><a href="/fa/sport">ورزشی</a></nav></header>
<div class="desk">{desk}</div>
<div class="main"><article lang="ar"><div class="rutitr">{esc(s.section or "عربی")}</div><h1>{esc(s.title)}</h1>{meta}
<div class="body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{tail}</article>
<aside><h3>پربازدیدترین</h3><ul>{items}</ul></aside></div>
<footer><p>{notice}</p><p>© ۲۰۲۶ کلیه حقوق برای خبرگزاری پیوند محفوظ است</p></footer></body></html>"""
        return Rendered(page, exposes, shown(chrome))
