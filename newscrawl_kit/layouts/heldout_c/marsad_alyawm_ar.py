"""مرصد اليوم: a Gulf news portal that reposts outlet and agency copy (Sabq/Saudi-portal style)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import add_dateline, ar_date, choose, photo_credit, pick, share_bar


class MarsadAlyawmAr(Layout):
    name = "c_marsad_alyawm_ar"
    language = "ar"
    host = "marsad-alyawm.example"
    site_name = "مرصد اليوم"
    families = ("byline_outlet", "wire_dateline", "sidebar_widget", "meta_tag")
    notes = (
        "Gulf portal: Hijri and Gregorian dates, a prayer-times widget, view counter, 'بطاقة الخبر' table with a "
        "source row, outlet-as-byline ('<outlet> - متابعات'), agency datelines ('الرياض - <agency>:'), and for some "
        "copies the source only in a meta tag that the template fills from the feed."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/articles/{880000 + n}.html"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        body = spec.paragraphs
        byline = "مرصد اليوم - متابعات"
        metas = ""
        card_rows = [
            ("القسم", st.section or "محليات"),
            ("تاريخ النشر", ar_date(spec.published_at, weekday=False)),
        ]
        more_src = ""
        if fam == "byline_outlet":
            if st.author and rng.random() < 0.6:
                byline = choose(rng, (f"{src.name} - {st.author}", f"كتب: {st.author} | {src.name}"))
            else:
                byline = choose(rng, (f"{src.name} - متابعات", f"{src.name} – خاص"))
        elif fam == "wire_dateline":
            city = choose(rng, ("الرياض", "جدة", "الدمام", "الرياض"))
            body = add_dateline(spec, choose(rng, (f"{city} - {src.name}:", f"{city} - {src.name} -")))
        elif fam == "sidebar_widget":
            label = choose(rng, ("المصدر", "مصدر الخبر", "الجهة الناشرة", "الناشر"))
            card_rows.insert(0, (label, src.name))
            if rng.random() < 0.5:
                more_text = f"المزيد من أخبار {src.name}"
                more_src = f'<a class="more-src" href="{esc(src.home_url)}">{esc(more_text)}</a>'
                if len(more_text) >= 20:
                    chrome.append(more_text)
        elif fam == "meta_tag":
            kind = rng.randrange(4)
            if kind == 0:
                metas = f'<meta name="original-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 1:
                metas = f'<meta name="syndication-source" content="{esc(src.article_url)}">'
                exposes = True
            elif kind == 2:
                metas = f'<meta name="dc.source" content="{esc(src.name)}">'
            else:
                metas = f'<meta name="source" content="{esc(src.name)}"><meta name="source_url" content="{esc(src.home_url)}">'
        views = 1200 + spec.seed * 317 % 9000
        card_rows.append(("عدد المشاهدات", str(views)))
        card_html = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in card_rows)
        most = pick(spec, 0, 5)
        latest = pick(spec, 5, 5)
        most_html = "".join(
            f'<li><span class="n">{i + 1}</span><a href="{esc(t.url)}">{esc(t.title)}</a></li>'
            for i, t in enumerate(most)
        )
        latest_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a><em>{esc(t.outlet)}</em></li>' for t in latest
        )
        chrome += [t.title for t in most + latest]
        prayer = "مواقيت الصلاة في الرياض: الفجر 4:41 الظهر 11:52 العصر 3:14 المغرب 5:37 العشاء 7:07"
        weather = "الطقس اليوم: الرياض 31° مشمس، جدة 34° رطب، أبها 22° غائم جزئياً"
        comment = "أضف تعليقك، التعليقات تعبّر عن آراء أصحابها ولا تعبّر عن رأي مرصد اليوم"
        chrome += [prayer, weather, comment]
        hijri = "١٥ جمادى الآخرة ١٤٤٨ هـ"
        photo = photo_credit(
            spec, ("تصوير: عبدالله الحربي", "صورة أرشيفية", "تصوير: سعد الدوسري", "Getty Images")
        )
        html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(st.title)} | مرصد اليوم</title>
<meta property="og:site_name" content="مرصد اليوم">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="article:published_time" content="{iso(spec.published_at)}">
{metas}
<link rel="canonical" href="{esc(spec.url)}">
</head><body>
<div class="topbar"><span>{esc(hijri)}</span> <span>{esc(ar_date(spec.published_at, weekday=True).split(" - ")[0])}</span>
<a href="https://{self.host}/login">دخول</a></div>
<header><a href="https://{self.host}/"><img src="https://{self.host}/assets/logo.svg" alt="مرصد اليوم"></a>
<nav><a href="https://{self.host}/local">محليات</a><a href="https://{self.host}/gulf">خليجي</a>
<a href="https://{self.host}/economy">اقتصاد</a><a href="https://{self.host}/sports">رياضة</a></nav></header>
<div class="widgets"><p class="prayer">{esc(prayer)}</p><p class="weather">{esc(weather)}</p></div>
<div class="wrap"><main>
<article><h1>{esc(st.title)}</h1>
<div class="byline">{esc(byline)}</div>
<figure><img src="https://{self.host}/uploads/{spec.seed}.jpg" alt=""><figcaption>{esc(photo)}</figcaption></figure>
<div class="article-body">{paragraphs_html(body)}</div>
{share_bar(spec.url, ("مشاركة", "تغريد", "واتساب", "نسخ الرابط"))}
</article>
<section class="comments"><h3>التعليقات</h3><p>{esc(comment)}</p><form><textarea></textarea><button>إرسال</button></form></section>
</main>
<aside><table class="news-card"><caption>بطاقة الخبر</caption>{card_html}</table>{more_src}
<h3>الأكثر قراءة</h3><ol>{most_html}</ol><h3>آخر الأخبار</h3><ul>{latest_html}</ul></aside></div>
<footer><p>جميع الحقوق محفوظة © مرصد اليوم 2026</p><a href="https://{self.host}/terms">الشروط والأحكام</a>
<a href="https://apps.example/marsad">حمّل التطبيق</a></footer>
</body></html>"""
        return Rendered(
            html=html,
            exposes_original_url=exposes,
            chrome=tuple(chrome),
            body=body if body != spec.paragraphs else None,
        )
