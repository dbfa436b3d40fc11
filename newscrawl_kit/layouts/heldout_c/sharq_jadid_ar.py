"""بوابة الشرق الجديد: a Levantine/Egyptian general portal that republishes partner copy (Masrawy-like)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import ar_date, choose, photo_credit, pick, share_bar


class SharqJadidAr(Layout):
    name = "c_sharq_jadid_ar"
    language = "ar"
    host = "www.sharq-jadid.example"
    site_name = "بوابة الشرق الجديد"
    families = ("cc_notice", "sidebar_widget", "byline_outlet", "source_link")
    notes = (
        "General portal with partner content: a republication notice under the text (Arabic, or the licence "
        "sentence left in English), a 'عن المصدر' box with the outlet's Latin-script name, the outlet standing in "
        "for the byline, the name linked to the original in the photo caption or under the title. Photo credits "
        "name picture agencies; a poll, a currency widget and partner links fill the sidebar."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/details/{2026}/{10}/{n:06d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        byline = "بوابة الشرق الجديد"
        notice = ""
        box = ""
        under_title = ""
        photo = photo_credit(spec, ("تصوير: أحمد حسن", "صورة من الأرشيف", "AFP/Getty", "صورة تعبيرية"))
        caption = esc(photo)
        if fam == "cc_notice":
            link = rng.random() < 0.5
            if rng.random() < 0.35:
                lead = f"This article is republished from {src.name_latin or src.name} under a Creative Commons licence."
                more = "Read the original article."
            else:
                lead = choose(
                    rng,
                    (
                        f"أعيد نشر هذا المقال من {src.name} وفق رخصة المشاع الإبداعي (CC BY-ND 4.0).",
                        f"يُعاد نشر هذا المحتوى بالاتفاق مع {src.name} ضمن رخصة المشاع الإبداعي.",
                    ),
                )
                more = "اقرأ المقال الأصلي."
            tail = f' <a href="{esc(src.article_url)}">{esc(more)}</a>' if link else ""
            exposes = link
            notice = f'<div class="republish"><img src="https://{self.host}/img/cc-by-nd.svg" alt="CC"><p>{esc(lead)}{tail}</p></div>'
            chrome.append(f"{lead} {more}" if link else lead)
        elif fam == "sidebar_widget":
            shown = src.name_latin or src.name
            about = choose(rng, ("عن المصدر", "شريك المحتوى", "مصدر هذا الخبر"))
            box = (
                f'<div class="source-box"><h4>{esc(about)}</h4><a href="{esc(src.home_url)}">'
                f'<img src="{esc(src.logo)}" alt="{esc(shown)}"></a><p class="nm">{esc(shown)}</p>'
                f'<a class="follow" href="https://{self.host}/partners/{spec.seed % 50 + 1}">متابعة</a></div>'
            )
        elif fam == "byline_outlet":
            byline = choose(
                rng,
                (
                    f"{src.name}",
                    f"كتب: {st.author} - {src.name}" if st.author else f"{src.name} - خاص",
                    f"{src.name} | {ar_date(spec.published_at, weekday=False)}",
                ),
            )
        elif fam == "source_link":
            exposes = True
            a = f'<a href="{esc(src.article_url)}">{esc(src.name)}</a>'
            if rng.random() < 0.5:
                caption = f"{esc(photo)} — الخبر والصورة عن {a}"
            else:
                label = choose(rng, ("المصدر", "نقلاً عن", "عن"))
                under_title = f'<p class="via">{esc(label)}: {a}</p>'
        poll_q = "استطلاع الرأي: هل تتوقع انخفاض الأسعار خلال الشهر المقبل؟"
        fx = "أسعار العملات: الدولار 48.20 جنيه - اليورو 52.35 جنيه - الريال 12.85 جنيه"
        partners = "مواقع صديقة: دليل المطاعم، وظائف اليوم، عقارات الشرق"
        chrome += [poll_q, fx, partners]
        trending = pick(spec, 0, 5)
        videos = pick(spec, 5, 3)
        chrome += [t.title for t in trending + videos]
        trending_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><small>{esc(t.outlet)}</small></li>'
            for t in trending
        )
        videos_html = "".join(
            f'<li class="video"><a href="{esc(t.url)}">▶ {esc(t.title)}</a></li>' for t in videos
        )
        html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(st.title)} | بوابة الشرق الجديد</title>
<meta property="og:site_name" content="بوابة الشرق الجديد">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="og:image" content="https://{self.host}/media/{spec.seed}.jpg">
<link rel="canonical" href="{esc(spec.url)}">
</head><body>
<div class="ticker"><b>الأكثر تداولاً</b> {"".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in trending[:2])}</div>
<header><a href="https://{self.host}/" class="logo">بوابة الشرق الجديد</a>
<nav><a href="https://{self.host}/news">أخبار</a><a href="https://{self.host}/economy">اقتصاد</a><a href="https://{self.host}/sport">رياضة</a><a href="https://{self.host}/health">صحتك</a></nav></header>
<main><nav class="breadcrumb"><a href="https://{self.host}/">الرئيسية</a> / <a href="https://{self.host}/news">أخبار</a> / <span>{esc(st.section or "محلي")}</span></nav>
<article><h1>{esc(st.title)}</h1>{under_title}
<div class="info"><span class="by">{esc(byline)}</span> <time datetime="{iso(spec.published_at)}">{esc(ar_date(spec.published_at, levant=True))}</time></div>
<figure><img src="https://{self.host}/media/{spec.seed}.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<div class="details">{paragraphs_html(spec.paragraphs)}</div>
{notice}
{share_bar(spec.url, ("فيسبوك", "تويتر", "واتساب", "تيليجرام"))}
<div class="tags"><a href="https://{self.host}/tag/1">أخبار محلية</a> <a href="https://{self.host}/tag/2">خدمات</a></div>
</article></main>
<aside>{box}<div class="poll"><p>{esc(poll_q)}</p><label><input type="radio" name="p">نعم</label><label><input type="radio" name="p">لا</label></div>
<p class="fx">{esc(fx)}</p><h3>الأكثر قراءة</h3><ul>{trending_html}</ul><h3>فيديو</h3><ul>{videos_html}</ul></aside>
<footer><p>{esc(partners)}</p><p>جميع الحقوق محفوظة لبوابة الشرق الجديد 2026 — sharq-jadid.example</p></footer>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
