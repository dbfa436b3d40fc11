"""مغرب بريس 24: a Moroccan "*ress"-family mirror, every copy filed under ``/<outlet-slug>/<id>``.

The page opens with a long run of unrelated headlines (the site-wide ticker, dated at crawl time), then a
bare article: the headline, a "نشر في <outlet> يوم <date>" line (or nothing: the URL is the only credit),
the text, the stock "... لمصدر الخبر" line and a link to the original article. Right column: "أخبار ذات
صلة" from other outlets and a bilingual (Arabic/French) footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items, outlet_slug

_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
)


class Maghribress(Layout):
    name = "f_maghribress"
    language = "ar"
    host = "www.maghribpress24.example"
    site_name = "مغرب بريس 24"
    families = ("url_slug", "via_meta", "footer_phrase", "source_link")
    notes = "maghress-style mirror (Morocco): /<outlet-slug>/<id> URLs, 'نشر في X يوم', 'لمصدر الخبر' footer, crawl-time ticker"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{outlet_slug(story.source)}/{31000 + n * 13}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/news/{31000 + n * 13}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, fam = spec.story, spec.story.source, spec.family
        if fam != "url_slug" and f"/{outlet_slug(src)}/" in spec.url:
            raise ValueError(
                f"{self.name}: an uncredited or otherwise credited copy cannot sit at a slug URL"
            )
        rng = spec.rng
        chrome: list[str] = []
        exposes = False
        d = spec.published_at
        date = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        meta = f'<div class="pub">{date}</div>'
        after = ""
        if fam == "via_meta":
            line = rng.choice(
                [
                    f"نشر في {src.name} يوم {date}",
                    f"نشر في {src.name} يوم {date} على الساعة {d:%H:%M}",
                    f"{src.name} | {date}",
                ]
            )
            meta = f'<div class="pub">{esc(line)}</div>'
            chrome.append(line)
        elif fam == "footer_phrase":
            line = rng.choice(
                [
                    f"جميع الحقوق محفوظة لمصدر الخبر {src.name}",
                    f"هذا المحتوى مقتبس من {src.name} والحقوق محفوظة لصاحبها",
                    f"الخبر نشر أولا على {src.name}",
                ]
            )
            after = f'<p class="rights">{esc(line)}</p>'
            chrome.append(line)
        elif fam == "source_link":
            text = rng.choice([f"المقال الأصلي على {src.name}", f"رابط الخبر في {src.name}", src.name])
            after = f'<p class="orig">{link(src.article_url, text, rel="nofollow")}</p>'
            exposes = True
        ticker = other_items(spec, 8)
        related = other_items(spec, 4, skip=8)
        chrome += [t.title for t in ticker + related]
        foot = "مغرب بريس 24 محرك بحث إخباري يجمع ما تنشره الصحف المغربية - Moteur de recherche d'actualités marocaines"
        chrome.append(foot)
        ld = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.site_name,
            "url": f"https://{self.host}/",
            "sameAs": ["https://www.facebook.com/maghribpress24.example"],
        }
        run = "    ".join(esc(t.title) for t in ticker)
        rel = "".join(f"<li>{link(t.url, t.title)} <span>{esc(t.outlet)}</span></li>" for t in related)
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{self.site_name} : {esc(s.title)}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div id="top"><a href="/"><img src="https://{self.host}/img/logo.gif" alt="{self.site_name}"></a><form action="/search"><input name="q"><input type="submit" value="بحث"></form></div>
<div class="marquee-run">{run}</div>
<div id="wrap"><div id="content"><h1>{esc(s.title)}</h1>{meta}<div class="txt">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{after}</div>
<div id="right"><h4>أخبار ذات صلة</h4><ul>{rel}</ul></div></div>
<div id="footer"><p>{esc(foot)}</p><p><a href="/fr">Version française</a> · <a href="/contact">اتصل بنا</a></p></div></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
