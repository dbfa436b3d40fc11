"""المرصد الخليجي: a Saudi news-monitoring site that republishes the Gulf press (cf. Al Marsd, Sabq-style
portals, "المرصد" sites that credit every piece to a paper), Bootstrap div soup, Hijri date first.

Credits: a "مصدر الخبر" box in the sidebar (logo, name, link, more from the source), the outlet's name linking
to the original, a meta line "عبر <outlet>", meta tags only, a rights sentence after the body, a badge over the
headline. Distractors: "أخبار متعلقة" and "الأكثر قراءة اليوم" lists with each outlet's logo linking to that
outlet's home page, a prayer-times widget, a breaking bar, the site's Hijri-dated copyright.
"""

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
from newscrawl_kit.layouts.heldout._common import (
    arabic_date,
    arabic_time,
    excerpt,
    hijri_text,
    keep,
    stable_id,
)


class Marsad(Layout):
    name = "marsad"
    language = "ar"
    host = "www.almarsad-alkhaleeji.example"
    site_name = "المرصد الخليجي"
    families = ("sidebar_widget", "source_link", "via_meta", "meta_tag", "footer_phrase", "badge")
    notes = (
        "Saudi monitoring portal (Al Marsd style), Bootstrap div soup; source box in the sidebar, linked source "
        "name, 'عبر X' meta line, meta tags, rights sentence, badge; related lists with other outlets' logos"
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/news/{1440000 + n * 3}.html"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        exposes = False
        metas = badge = via = src_html = after = box = ""
        when = spec.published_at

        if spec.family == "sidebar_widget":
            heading = rng.choice(["مصدر الخبر", "عن المصدر", "الناشر"])
            more_label = rng.choice(
                [f"المزيد من {src.name}", f"أخبار أخرى من {src.name}", f"كل ما نشرته {src.name}"]
            )
            visit = rng.choice(["زيارة الموقع", "الموقع الرسمي", "تصفح الموقع"])
            to_article = rng.random() < 0.4
            target = src.article_url if to_article else src.home_url
            exposes = to_article
            items = "".join(f"<li>{esc(t.title)}</li>" for t in spec.teasers[12:15])
            keep(chrome, *(t.title for t in spec.teasers[12:15]))
            show_name = rng.random() < 0.7
            name_html = f'<h5 class="card-title">{esc(src.name)}</h5>' if show_name else ""
            box = f"""<div class="card source-card mb-3"><div class="card-header">{heading}</div>
<div class="card-body text-center"><a href="{esc(target)}" target="_blank" rel="nofollow"><img src="{esc(src.logo)}" class="img-fluid" alt=""></a>
{name_html}<a class="btn btn-sm btn-outline-success" href="{esc(target)}" target="_blank" rel="nofollow">{visit}</a></div>
<div class="card-footer"><h6>{esc(more_label)}</h6><ul class="list-unstyled">{items}</ul></div></div>"""
            keep(chrome, more_label)
        elif spec.family == "source_link":
            link = f'<a href="{esc(src.article_url)}" target="_blank" rel="nofollow">{esc(src.name)}</a>'
            src_html = rng.choice(
                [
                    f'<div class="news-source">المصدر: {link}</div>',
                    f'<div class="news-source">{link}</div>',
                    f'<div class="news-source">المصدر الأصلي للخبر: {link}</div>',
                ]
            )
            exposes = True
        elif spec.family == "via_meta":
            text = rng.choice(
                [
                    f"{arabic_time(when)} · عبر {src.name}",
                    f"نشر عبر: {src.name} - {arabic_date(when, weekday=False)}",
                    f"{s.author or 'المحرر'} | عبر {src.name}",
                ]
            )
            via = f'<span class="via text-muted">{esc(text)}</span>'
            keep(chrome, text)
        elif spec.family == "meta_tag":
            kind = rng.randrange(4)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 2:
                metas = f'<meta name="citation_publisher" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="dcterms.source" content="{esc(src.home_url)}">'
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [
                    f"جميع الحقوق محفوظة لـ{src.name}، ويمكنكم متابعة المزيد من الأخبار عبر موقعنا",
                    f"الخبر نقلاً عن {src.name} وجميع حقوق النشر محفوظة للناشر الأصلي",
                    f"هذه المادة من إنتاج {src.name} وحقوقها محفوظة له",
                ]
            )
            after = f'<div class="rights-note alert alert-light">{esc(text)}</div>'
            keep(chrome, text)
        elif spec.family == "badge":
            badge = f'<span class="badge bg-success source-badge">{esc(src.name)}</span>'
            if rng.random() < 0.5:
                badge = f'<div class="mb-2">{badge} <span class="badge bg-light text-dark">{esc(s.section or "محليات")}</span></div>'

        breaking = " • ".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in spec.teasers[:4])
        related = "".join(
            f'<div class="col-6 col-md-4"><div class="news-card"><a href="{esc(t.url)}">'
            f'<img src="/uploads/thumbs/{stable_id(t.title)}.jpg" class="img-fluid" alt=""></a>'
            f'<div class="news-card-body"><a href="{esc(t.url)}" class="title">{esc(t.title)}</a>'
            f'<a href="{esc(t.outlet_url or "/")}" class="source-logo"><img src="{esc((t.outlet_url or "/").rstrip("/"))}/logo.png" '
            f'alt="{esc(t.outlet)}" height="18"></a></div></div></div>'
            for t in spec.teasers[4:10]
        )
        most = "".join(
            f'<div class="most-item"><span class="num">{i + 1}</span><a href="{esc(t.url)}">{esc(t.title)}</a>'
            f'<small class="d-block">{esc(t.outlet)}</small></div>'
            for i, t in enumerate(spec.teasers[10:12] + spec.teasers[:3])
        )
        keep(chrome, *(t.title for t in spec.teasers[:12]))
        prayer = "مواقيت الصلاة - الرياض: الفجر 4:58 الظهر 12:09 العصر 3:29 المغرب 5:59 العشاء 7:29"
        newsletter = "اشترك في القائمة البريدية ليصلك ملخص أخبار الخليج كل صباح"
        footer = f"جميع الحقوق محفوظة © المرصد الخليجي {hijri_text(when.date()).split()[-2]} هـ"
        keep(chrome, prayer, newsletter, footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(when),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "author": {"@type": "Organization", "name": self.site_name},
        }
        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(s.title)} - المرصد الخليجي</title>
<meta name="description" content="{esc(excerpt(spec.paragraphs))}">
<meta name="keywords" content="أخبار السعودية, أخبار الخليج, المرصد الخليجي">
{metas}
<meta property="og:site_name" content="المرصد الخليجي">
<meta property="og:title" content="{esc(s.title)}">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:image" content="https://{self.host}/uploads/{stable_id(s.key)}.jpg">
<meta name="twitter:site" content="@almarsad_gulf">
<link rel="canonical" href="{esc(spec.url)}">
<link rel="stylesheet" href="/assets/bootstrap.rtl.min.css">
{json_ld(ld)}
</head>
<body>
<div class="topbar bg-dark text-white small"><div class="container d-flex justify-content-between">
<span>{hijri_text(when.date())} - {arabic_date(when)}</span><span><a href="/login" class="text-white">دخول</a></span></div></div>
<div class="container"><div class="row"><div class="col-md-3"><a href="/"><img src="/assets/logo.png" alt="المرصد الخليجي" class="img-fluid"></a></div>
<div class="col-md-9"><div class="ad-728"><iframe src="https://ads.gulfads.example/728x90?p=top" width="728" height="90" frameborder="0"></iframe></div></div></div></div>
<div class="navbar navbar-expand-lg bg-success"><div class="container"><div class="navbar-nav">
<a class="nav-link" href="/">الرئيسية</a><a class="nav-link" href="/saudi">محليات</a><a class="nav-link" href="/gulf">خليجية</a><a class="nav-link" href="/world">دولية</a><a class="nav-link" href="/sport">رياضة</a></div></div></div>
<div class="breaking-bar"><div class="container"><span class="label">عاجل</span> {breaking}</div></div>
<div class="container mt-3"><div class="row">
<div class="col-lg-8">
<div class="news-details">
{badge}<h1 class="news-title">{esc(s.title)}</h1>
<div class="news-meta"><span class="date">{arabic_date(when, weekday=False)}</span> {via}</div>
<div class="news-img"><img src="/uploads/{stable_id(s.key)}.jpg" class="img-fluid" alt="{esc(s.title)}"></div>
<div class="news-text">{paragraphs_html(spec.paragraphs)}</div>
{src_html}
{after}
<div class="news-share"><a href="https://www.facebook.com/sharer.php?u={esc(spec.url)}">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url={esc(spec.url)}">تويتر</a> <a href="https://t.me/share/url?url={esc(spec.url)}">تيليجرام</a></div>
</div>
<div class="related-news"><div class="section-title">أخبار متعلقة</div><div class="row">{related}</div></div>
</div>
<div class="col-lg-4">
{box}
<div class="card mb-3"><div class="card-header">الأكثر قراءة اليوم</div><div class="card-body">{most}</div></div>
<div class="card mb-3 prayer"><div class="card-body">{prayer}</div></div>
<div class="card mb-3"><div class="card-body"><p>{newsletter}</p><input type="email" class="form-control"></div></div>
</div>
</div></div>
<footer class="bg-dark text-white mt-4 py-3"><div class="container"><p>{footer}</p>
<a href="/about" class="text-white">من نحن</a> | <a href="/ads" class="text-white">أعلن معنا</a> | <a href="/privacy" class="text-white">الخصوصية</a></div></footer>
</body>
</html>"""
        return Rendered(page, exposes, tuple(chrome))
