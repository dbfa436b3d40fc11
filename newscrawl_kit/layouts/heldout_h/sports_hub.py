"""هاتريك نيوز: an Arabic football-news hub that copies club and press stories next to live scores.

Kooora/Yallakora-type hubs: a live-scores strip across the top, league tabs, the story under a match or
club card, a "مصدر الخبر" row in the card's info table, the outlet's logo in a "حسب" box, a source chip in
the meta line, or only the NewsArticle graph's ``isBasedOn``. Chrome: standings table, "أخبار الانتقالات"
naming other outlets, the app promo and a footer. Dates come in Arabic-Indic digits, as these sites print them.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick

_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class SportsHub(Layout):
    name = "h_sports_hub"
    language = "ar"
    host = "hattrick-news.example"
    site_name = "هاتريك نيوز"
    families = ("source_line", "logo_link", "badge", "jsonld")
    notes = "Arabic football hub (Kooora-like): 'مصدر الخبر' row in the info table, 'حسب' logo box, source chip in the meta line, isBasedOn; Arabic-Indic dates"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/{n + 1200000}/?lang=ar"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        row = ""
        logo = ""
        chip = ""
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "source_line":
            label = rng.choice(["مصدر الخبر", "المصدر", "نقلاً عن"])
            row = f"<tr><th>{label}</th><td>\u200f{esc(src.name)}\u200f</td></tr>"
        elif fam == "logo_link":
            alt = rng.choice(["", src.name])
            logo = f'<div class="hasab"><span>حسب</span><a href="{esc(src.home_url)}" rel="nofollow"><img data-src="{esc(src.logo)}" src="/img/blank.gif" class="lazy" alt="{esc(alt)}"></a></div>'
        elif fam == "badge":
            chip = f'<span class="src-chip">{esc(rng.choice([src.name, "عن " + src.name, src.name_latin or src.name]))}</span> '
        elif fam == "jsonld":
            based: dict[str, object] = {
                "@type": "NewsArticle",
                "author": {"@type": "Organization", "name": src.name},
            }
            if rng.random() < 0.5:
                based["url"] = src.article_url
                exposes = True
            ld["isBasedOn"] = based
        transfers = pick(spec, 5)
        chrome += [t.title for t in transfers]
        scores = "الأهلي 2 - 1 الزمالك (انتهت) · الهلال 0 - 0 النصر (الشوط الثاني) · الوداد 1 - 3 الرجاء"
        promo = "حمّل تطبيق هاتريك نيوز لمتابعة النتائج المباشرة وإشعارات الأهداف لحظة بلحظة"
        foot = f"© {self.site_name} 2026 — جميع الحقوق محفوظة. النتائج والإحصائيات للعرض فقط"
        chrome += [scores, promo, foot]
        date = f"{spec.published_at:%Y/%m/%d %H:%M}".translate(_DIGITS)
        rows = "".join(
            f'<li>{a(t.url, t.title)}<small class="o">{esc(t.outlet)}</small></li>' for t in transfers
        )
        standings = "".join(
            f"<tr><td>{i + 1}</td><td>{team}</td><td>{30 - i * 3}</td></tr>"
            for i, team in enumerate(("الفريق الأول", "الفريق الثاني", "الفريق الثالث", "الفريق الرابع"))
        )
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><div class="live-strip" data-refresh="30"><b>مباشر</b> <span>{scores}</span></div>
<header><a href="/" class="logo">{self.site_name}</a><ul class="league-tabs"><li><a href="/league/1">الدوري المصري</a></li><li><a href="/league/2">دوري روشن</a></li><li><a href="/league/3">البطولة الاحترافية</a></li><li><a href="/ucl">أبطال أوروبا</a></li></ul></header>
<div class="page"><main><article class="news"><h1>{esc(s.title)}</h1><div class="meta">{chip}<span class="d">{date}</span></div>
<table class="news-info"><tr><th>القسم</th><td>كرة القدم</td></tr>{row}<tr><th>المشاهدات</th><td>{str(spec.seed % 9000 + 300).translate(_DIGITS)}</td></tr></table>{logo}
<div class="news-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div></article>
<section class="transfers"><h3>أخبار الانتقالات</h3><ul>{rows}</ul></section></main>
<aside><h3>جدول الترتيب</h3><table class="standings"><tr><th>#</th><th>الفريق</th><th>نقاط</th></tr>{standings}</table><div class="promo"><p>{promo}</p></div></aside></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
