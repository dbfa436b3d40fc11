"""بوابة الخبر المصري: an Egyptian news portal that closes each copied story with a "مصدر الخبر" card.

Egyptian aggregator portals show the copied text under their own header and a "عاجل" ticker, then a boxed
card about the source: its logo, its name and a "زيارة الموقع" link (or a "المزيد من" list), a
disclaimer that the portal is not responsible for the content, a "اقرأ أيضاً" grid and a long footer.
Credits: the card in the sidebar, the logo alone linking to the outlet, the outlet's name linked to the
article, or the closing disclaimer ("هذا الخبر منقول من X ... والموقع غير مسؤول").
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick

_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _date(spec: CopySpec) -> str:
    d = spec.published_at
    hour = d.hour % 12 or 12
    text = f"{d.day} {_MONTHS[d.month - 1]} {d.year} - {hour}:{d.minute:02d} {'م' if d.hour >= 12 else 'ص'}"
    return text.translate(_DIGITS) if spec.seed % 2 else text


class MasdarCard(Layout):
    name = "h_masdar_card"
    language = "ar"
    host = "bawabet-elkhabar.example"
    site_name = "بوابة الخبر المصري"
    families = ("sidebar_widget", "logo_link", "source_link", "disclaimer")
    notes = "Egyptian portal with a 'مصدر الخبر' card (logo, name, visit link), bare logo link, outlet link, 'غير مسؤول' disclaimer"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/News/{n + 3300000}/"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        card = ""
        logo = ""
        src_line = ""
        closing = ""
        if fam == "sidebar_widget":
            head = rng.choice(["مصدر الخبر", "عن المصدر", "الخبر من"])
            more = rng.choice([f"المزيد من أخبار {src.name}", "زيارة الموقع", f"كل أخبار {src.name}"])
            img = (
                f'<img src="{esc(src.logo)}" alt="{esc(src.name)}" width="64">' if rng.random() < 0.6 else ""
            )
            card = f'<div class="source-card"><h4>{head}</h4>{img}<strong class="src-name">{esc(src.name)}</strong><br>{a(src.home_url, more, class_="visit", rel="nofollow")}</div>'
            chrome.append(more)
        elif fam == "logo_link":
            alt = rng.choice(["", "", "logo", src.name])
            logo = f'<div class="src-logo"><a href="{esc(src.home_url)}" target="_blank" rel="nofollow"><img src="{esc(src.logo)}" alt="{esc(alt)}" height="28"></a></div>'
        elif fam == "source_link":
            label = rng.choice(["مصدر الخبر:", "المصدر:", "الخبر منشور في:"])
            exposes = rng.random() < 0.7
            target = src.article_url if exposes else src.home_url
            src_line = (
                f'<div class="masdar"><span>{label}</span> {a(target, src.name, target="_blank")}</div>'
            )
        elif fam == "disclaimer":
            line = rng.choice(
                [
                    f"هذا الخبر منقول من {src.name} وقد قام فريق التحرير في {self.site_name} بالتأكد منه وربما تم التعديل عليه وربما قد يكون تم النقل بالكامل أو الاقتباس منه ويمكنك قراءة ومتابعة مستجدات هذا الخبر من مصدره الأصلي.",
                    f"تم نشر هذا الخبر في {src.name} والموقع غير مسؤول عن محتواه وإنما يعبر عن رأي مصدره.",
                    f"جميع حقوق النشر محفوظة لـ {src.name}، ولا يتحمل {self.site_name} أي مسؤولية عن صحة ما ورد فيه.",
                ]
            )
            closing = f'<p class="disclaimer">{esc(line)}</p>'
            chrome.append(line)
        urgent = pick(spec, 4)
        also = pick(spec, 6, skip=4)
        chrome += [t.title for t in urgent + also]
        foot = f"{self.site_name} - موقع إخباري شامل يقدم تغطية على مدار الساعة - جميع الحقوق محفوظة 2026"
        app = "حمل تطبيق بوابة الخبر المصري على هاتفك لتصلك الإشعارات العاجلة أولاً بأول"
        chrome += [foot, app]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {
                "@type": "Organization",
                "name": self.site_name,
                "logo": {"@type": "ImageObject", "url": f"https://{self.host}/images/logo.svg"},
            },
        }
        tick = "".join(f"<li>{a(t.url, t.title)}</li>" for t in urgent)
        grid = "".join(
            f'<div class="col-md-4 also-item"><a href="{esc(t.url)}"><img data-original="https://{self.host}/UploadCache/{i}.jpg" class="lazyload" alt=""></a><h5>{a(t.url, t.title)}</h5></div>'
            for i, t in enumerate(also)
        )
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:type" content="article"><link rel="canonical" href="{esc(spec.url)}">{json_ld(ld)}</head>
<body><header class="site-header"><div class="container"><a href="/" class="logo"><img src="https://{self.host}/images/logo.svg" alt="{self.site_name}"></a>
<ul class="main-menu"><li><a href="/Section/1/">أخبار مصر</a></li><li><a href="/Section/2/">حوادث</a></li><li><a href="/Section/3/">اقتصاد</a></li><li><a href="/Section/4/">رياضة</a></li><li><a href="/Section/5/">فن</a></li></ul></div></header>
<div class="urgent-bar"><span class="urgent-label">عاجل</span><ul class="urgent-list">{tick}</ul></div>
<div class="container"><div class="row"><div class="col-md-8"><article class="news-details">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/Section/1/">أخبار مصر</a></li></ol>
<h1>{esc(s.title)}</h1><div class="news-date"><i class="fa fa-clock"></i> نشر في {_date(spec)}</div>{logo}
<div class="news-img"><img src="https://{self.host}/UploadCache/libfiles/{spec.seed % 900}/main.jpg" alt="{esc(s.title)}"></div>
<div class="news-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{src_line}{closing}
<div class="share"><a href="#" class="fb">فيسبوك</a> <a href="#" class="tw">تويتر</a> <a href="#" class="wa">واتساب</a> <a href="#" class="tg">تيليجرام</a></div></article>
<section class="also"><h3>اقرأ أيضاً</h3><div class="row">{grid}</div></section></div>
<aside class="col-md-4">{card}<div class="app-box"><p>{app}</p></div></aside></div></div>
<footer class="site-footer"><p>{esc(foot)}</p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
