"""خبرس: an Egyptian aggregator of the "*ress" family (cf. Masress, Sauress, Maghress, Sudaress).

An old table-based portal (XHTML transitional doctype, a marquee ticker, inline analytics). Copy URLs are
``/<outlet-slug>/<id>``; the site's own pieces live under ``/khabarress/<id>`` (a slug naming the aggregator
itself). Credits: the slug alone, a plain "نشر في <outlet> يوم <date>" line over the body, a "read it at its
source" link, a rights sentence after the body, a source box in the right-hand column. Distractors: a long
ticker of other headlines, related and most-read tables naming their outlets, a site-wide disclaimer without
any outlet name, "خبرس" in the header, the footer and og:site_name.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, paragraphs_html
from newscrawl_kit.layouts.heldout._common import arabic_date, excerpt, keep, photo_credit, stable_id

OWN_SLUG = "khabarress"


class Khabarress(Layout):
    name = "khabarress"
    language = "ar"
    host = "www.khabarress.example"
    site_name = "خبرس"
    families = ("url_slug", "source_line", "read_original", "footer_phrase", "sidebar_widget")
    notes = (
        "Masress/Sauress-style *ress portal: /<outlet-slug>/<id> URLs, table layout, marquee ticker, "
        "'نشر في X يوم' line, source box in the side column"
    )

    def _id(self, n: int) -> int:
        return 1000000 + n * 173

    def copy_url(self, story: StoryText, n: int) -> str:
        slug = story.source.slug or OWN_SLUG
        return f"https://{self.host}/{slug}/{self._id(n)}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/{OWN_SLUG}/{self._id(n)}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        if spec.family is None and src.slug and f"/{src.slug}/" in spec.url:
            raise ValueError(f"{self.name}: an uncredited copy cannot live at {spec.url}; use copy_url_for")
        chrome: list[str] = []
        exposes = False
        pub_line = credit_after = side_box = ""
        when = spec.published_at
        dmy = f"{when.day:02d} - {when.month:02d} - {when.year}"

        if spec.family == "source_line":
            text = rng.choice(
                [
                    f"نشر في {src.name} يوم {dmy}",
                    f"المصدر: {src.name}",
                    f"نقلاً عن {src.name} - {dmy}",
                    f"منشور في: {src.name} بتاريخ {dmy}",
                ]
            )
            pub_line = f'<div class="pubdate">{esc(text)}</div>'
            keep(chrome, text)
        elif spec.family == "read_original":
            label = rng.choice(
                [
                    "اضغط هنا لقراءة الخبر من مصدره الأصلي",
                    "لقراءة تفاصيل الخبر كاملة من موقع المصدر اضغط هنا",
                    "ويمكنك متابعة مستجدات هذا الخبر من مصدره الأساسي من هنا",
                    "تابع الخبر على الموقع الأصلي",
                ]
            )
            credit_after = (
                f'<table class="srclink" width="100%"><tr><td><img src="/images/arrow.gif" alt="" />'
                f' <a href="{esc(src.article_url)}" target="_blank" rel="nofollow">{label}</a></td></tr></table>'
            )
            keep(chrome, label)
            exposes = True
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"كافة الحقوق محفوظة لمصدر الخبر {src.name} وتقع عليه مسؤولية ما ورد فيه",
                    f"حقوق نشر هذا الخبر محفوظة لـ {src.name}، ونرجو متابعتنا لمعرفة آخر الأخبار على مدار الساعة",
                    f"الخبر منقول من موقع {src.name} وجميع حقوقه محفوظة لأصحابها",
                    f"تم نقل هذا الخبر آلياً من {src.name} ولم يتدخل فريق التحرير في نصه",
                ]
            )
            credit_after = f'<div class="copyrights"><font color="#666666">{esc(text)}</font></div>'
            keep(chrome, text)
        elif spec.family == "sidebar_widget":
            more = rng.choice(
                [f"المزيد من أخبار {src.name}", f"كل أخبار {src.name}", f"أحدث ما نشرته {src.name}"]
            )
            heading = rng.choice(["عن المصدر", "مصدر الخبر", "المصدر"])
            target = rng.choice([src.home_url, f"/{src.slug or 'sources'}/"])
            side_box = f"""<table class="box srcbox" width="100%" cellpadding="4">
<tr><th>{heading}</th></tr>
<tr><td align="center"><a href="{esc(target)}"><img src="{esc(src.logo)}" alt="" width="120" /></a></td></tr>
<tr><td><a href="{esc(target)}">{esc(more)}</a></td></tr></table>"""
            keep(chrome, more)

        ticker_items = spec.teasers[:15]
        ticker = "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in ticker_items
        )
        keep(chrome, *(t.title for t in ticker_items))
        related = "".join(
            f'<tr><td class="bullet">&#9679;</td><td><a href="{esc(t.url)}">{esc(t.title)}</a></td>'
            f'<td class="src" nowrap="nowrap">{esc(t.outlet)}</td></tr>'
            for t in spec.teasers[3:9]
        )
        most_read = "".join(
            f'<tr><td><a href="{esc(t.url)}">{esc(t.title)}</a><br /><small>{esc(t.outlet)}</small></td></tr>'
            for t in spec.teasers[9:14]
        )
        keep(chrome, *(t.title for t in spec.teasers[3:14]))
        caption = rng.choice(["صورة أرشيفية", "صورة تعبيرية", "صورة من الحدث"])
        wire = photo_credit(s, "أ ش أ", "رويترز")
        if wire:
            caption = f"{caption} - {wire}"
        disclaimer = "جميع الأخبار المنشورة على خبرس منقولة من مصادرها ولا تعبر بالضرورة عن رأي الموقع"
        newsletter = "اشترك في نشرتنا البريدية لتصلك أهم الأخبار فور نشرها"
        footer = "جميع الحقوق محفوظة © 2026 خبرس - محرك بحث إخباري"
        keep(chrome, caption, disclaimer, newsletter, footer)
        share = "".join(
            f'<a href="{u}{esc(spec.url)}" target="_blank"><img src="/images/{k}.png" alt="{k}" /></a>'
            for k, u in (
                ("facebook", "https://www.facebook.com/sharer.php?u="),
                ("twitter", "https://twitter.com/intent/tweet?url="),
                ("whatsapp", "https://api.whatsapp.com/send?text="),
            )
        )
        page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(s.title)} - خبرس</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}" />
<meta name="keywords" content="أخبار, أخبار مصر, عاجل, خبرس" />
<meta property="og:site_name" content="خبرس" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(s.title)}" />
<meta property="og:url" content="{esc(spec.url)}" />
<meta property="og:image" content="https://{self.host}/images/og-default.jpg" />
<link rel="canonical" href="{esc(spec.url)}" />
<link rel="alternate" type="application/rss+xml" title="خبرس - آخر الأخبار" href="/rss" />
<link rel="stylesheet" type="text/css" href="/css/style.css?v=31" />
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" id="top">
<tr><td class="logo"><a href="/"><img src="/images/logo.gif" alt="خبرس" /></a></td>
<td class="today">{arabic_date(spec.published_at)}</td>
<td class="search"><form action="/search" method="get"><input type="text" name="q" /><input type="submit" value="بحث" /></form></td></tr>
</table>
<div id="nav"><a href="/">الرئيسية</a> | <a href="/egynews">أخبار مصر</a> | <a href="/arab">عربي ودولي</a> | <a href="/sport">رياضة</a> | <a href="/economy">اقتصاد</a> | <a href="/art">فن</a> | <a href="/sources">المصادر</a></div>
<div id="ticker"><b>آخر الأخبار:</b> <marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div>
<table width="100%" cellpadding="6" cellspacing="0" id="main">
<tr>
<td id="content" valign="top">
<div class="breadcrumb"><a href="/">خبرس</a> &raquo; <a href="/egynews">أخبار مصر</a></div>
<h1 class="title">{esc(s.title)}</h1>
{pub_line}
<div class="share">{share}</div>
<div class="img"><img src="/uploads/{stable_id(s.key)}.jpg" alt="{esc(s.title)}" width="460" /><br /><span class="caption">{esc(caption)}</span></div>
<div id="articleBody" class="article">{paragraphs_html(spec.paragraphs)}</div>
{credit_after}
<div class="disclaimer">{disclaimer}</div>
<div class="newsletter"><form action="/newsletter" method="post">{newsletter} <input type="text" name="email" /> <input type="submit" value="اشترك" /></form></div>
<table class="related" width="100%"><tr><th colspan="3">أخبار ذات صلة</th></tr>{related}</table>
</td>
<td id="side" valign="top" width="300">
{side_box}
<table class="box" width="100%"><tr><th>الأكثر قراءة</th></tr>{most_read}</table>
<div class="ad"><iframe src="https://ads.adnet.example/serve?zone=side300" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>
</td>
</tr>
</table>
<div id="footer"><p>{footer}</p><p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/privacy">سياسة الخصوصية</a></p></div>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
