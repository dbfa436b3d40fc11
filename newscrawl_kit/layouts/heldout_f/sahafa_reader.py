"""صحافة العرب: a Sahafa-style multi-country aggregator (the reader lists every paper's stories as cards).

Country tabs ("مصر", "السعودية", "المغرب" ...), a "آخر تحديث" clock, the story card, a "عن المصدر" box in
the side column (the paper's logo, its name, "المزيد من أخبار X", sometimes only the logo), a source logo
above the title linking to the paper's home page (alt text or not), a "اقرأ الخبر كاملاً" button, or a
canonical to the paper's article with nothing visible. Lists of "أخبار من مصادر أخرى" name other papers.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class SahafaReader(Layout):
    name = "f_sahafa_reader"
    language = "ar"
    host = "www.sahafat-alarab.example"
    site_name = "صحافة العرب"
    families = ("sidebar_widget", "logo_link", "read_original", "canonical")
    notes = "Sahafa-like multi-country aggregator: 'عن المصدر' side box, source logo over the title, 'اقرأ الخبر كاملاً', canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/{n * 31 + 9000000}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        logo = ""
        box = ""
        button = ""
        if fam == "sidebar_widget":
            more = rng.choice([f"المزيد من أخبار {src.name}", f"كل أخبار {src.name}", ""])
            name_row = f"<h4>{esc(src.name)}</h4>" if more or rng.random() < 0.5 else ""
            box = (
                f'<div class="box source-box"><div class="box-title">عن المصدر</div>'
                f'<a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt=""></a>{name_row}'
                + (
                    f'<a class="more" href="/source/{sum(map(ord, src.domain)) % 1000}">{esc(more)}</a>'
                    if more
                    else ""
                )
                + "</div>"
            )
            if more:
                chrome.append(more)
        elif fam == "logo_link":
            alt = rng.choice(["", src.name, f"شعار {src.name}"])
            logo = f'<a class="src-logo" href="{esc(src.home_url)}" target="_blank"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="28"></a>'
        elif fam == "read_original":
            text = rng.choice(["اقرأ الخبر كاملاً", "اقرأ الخبر من المصدر", "التفاصيل في المصدر"])
            button = f'<div class="read-full">{link(src.article_url, text, class_="btn", rel="nofollow", target="_blank")}</div>'
            exposes = True
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        og = f'<meta property="og:url" content="{esc(canonical)}">' if rng.random() < 0.5 else ""
        others = other_items(spec, 6)
        chrome += [t.title for t in others]
        foot = "صحافة العرب - محرك أخبار يجمع الصحف العربية في مكان واحد. المحتوى مسؤولية ناشريه © 2026"
        chrome.append(foot)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "url": spec.url,
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        tabs = "".join(
            f'<li><a href="/country/{c}">{n}</a></li>'
            for c, n in (
                ("eg", "مصر"),
                ("sa", "السعودية"),
                ("ma", "المغرب"),
                ("lb", "لبنان"),
                ("iq", "العراق"),
            )
        )
        cards = "".join(
            f'<div class="card"><span class="card-src">{esc(t.outlet)}</span>{link(t.url, t.title)}</div>'
            for t in others
        )
        page = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<link rel="canonical" href="{esc(canonical)}">{og}<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head>
<body><header><a class="logo" href="/">{self.site_name}</a><ul class="tabs">{tabs}</ul><div class="updated">آخر تحديث {spec.published_at:%H:%M}</div></header>
<div class="wrap"><main><div class="story">{logo}<h1>{esc(s.title)}</h1><div class="when">{spec.published_at:%Y-%m-%d %H:%M}</div>
<div class="story-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{button}</div>
<section class="others"><h3>أخبار من مصادر أخرى</h3>{cards}</section></main><aside>{box}<div class="box ad">إعلان</div></aside></div>
<footer><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
