"""An Arabic news portal on a custom CMS (cf. the big Gulf and Egyptian portals' article pages): a photo gallery
strip after the first paragraph (several photos, each with its caption and a counter), a newsletter sign-up box
between two paragraphs (a line of text, an e-mail field, a button), a reader poll after the story (question,
options, a vote button), a "الكلمات المفتاحية" row of tag links, the site's own premium subscription call, and a
comment count. A correction line ("تصحيح:") about this article closes the story on some pages: it belongs to the
body. Credits: a 'المصدر' line under the body, a logo linking to the outlet's home page, a disclaimer sentence."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, esc, iso, json_ld


class MadarGate(Layout):
    name = "madar"
    language = "ar"
    host = "www.almadar-gate.example"
    site_name = "بوابة المدار"
    families = ("source_line", "logo_link", "disclaimer", "footer_phrase")
    notes = "custom CMS: gallery strip with captions, newsletter box with a form, reader poll, tags row, premium CTA"

    def copy_url(self, story, n):  # type: ignore[no-untyped-def]
        return f"https://{self.host}/article/{n}/{story.published_at:%Y%m%d}"

    def render(self, spec: CopySpec) -> Rendered:
        s, src, rng = spec.story, spec.story.source, spec.rng
        chrome: list[str] = []
        under = logo = ""
        if spec.family == "source_line":
            text = f"{rng.choice(['المصدر:', 'المصدر :', 'نقلا عن'])} {src.name}"
            under = f'<div class="article-source"><b>{esc(text)}</b></div>'
            chrome.append(text)
        elif spec.family == "logo_link":
            logo = (
                f'<div class="article-source-logo"><a href="{esc(src.home_url)}" target="_blank">'
                f'<img src="{esc(src.logo)}" alt="{esc(rng.choice(["", "logo"]))}"></a></div>'
            )
        elif spec.family == "disclaimer":
            text = rng.choice(
                [
                    f"تم نشر هذا الخبر في {src.name} وقد قامت بوابة المدار بنقله، ولا تتحمل البوابة مسؤولية محتواه",
                    f"هذا المحتوى منشور على {src.name} والبوابة غير مسؤولة عن صحته أو دقته",
                ]
            )
            under = f'<p class="disclaimer">{esc(text)}</p>'
            chrome.append(text)
        elif spec.family == "footer_phrase":
            text = rng.choice(
                [f"وكان هذا الخبر قد نشر أولا على موقع {src.name}", f"الخبر منقول عن {src.name}"]
            )
            under = f"<p><strong>{esc(text)}</strong></p>"
            chrome.append(text)
        paragraphs = list(spec.paragraphs)
        n_photos = rng.randint(3, 5)
        captions = [
            f"{' '.join(s.title.split()[:5])} - الصورة {i + 1} من {n_photos} ({rng.choice(['أرشيفية', 'وكالات', 'مواقع التواصل'])})"
            for i in range(n_photos)
        ]
        if rng.random() < 0.5:
            slides = "".join(
                f'<figure class="swiper-slide"><img src="/media/g/{spec.seed}-{i}.jpg" alt="">'
                f"<figcaption>{esc(c)}</figcaption></figure>"
                for i, c in enumerate(captions)
            )
        else:  # a slider script's own markup: no <figure>, no caption class
            slides = "".join(
                f'<div class="swiper-slide"><img src="/media/g/{spec.seed}-{i}.jpg" alt="">'
                f'<div class="slide-desc">{esc(c)}</div></div>'
                for i, c in enumerate(captions)
            )
        gallery = (
            f'<div class="gallery-strip swiper"><div class="swiper-wrapper">{slides}</div>'
            f'<span class="swiper-counter">1 / {n_photos}</span></div>'
        )
        chrome += captions
        nl_text = "اشترك في النشرة البريدية لبوابة المدار لتصلك أهم الأخبار كل صباح"
        newsletter = (
            f'<div class="nl-inline"><p>{esc(nl_text)}</p><form action="/newsletter" method="post">'
            '<input type="email" name="email" placeholder="بريدك الإلكتروني"><button type="submit">اشترك</button>'
            "</form></div>"
        )
        chrome.append(nl_text)
        question = rng.choice(
            [
                "هل تتوقع أن تنخفض الأسعار خلال الأشهر المقبلة؟",
                "ما رأيك في أداء الحكومة في الملفات الاقتصادية هذا العام؟",
            ]
        )
        poll = (
            f'<div class="vote-box"><h3>استطلاع</h3><p>{esc(question)}</p><ul>'
            + "".join(
                f'<li><label><input type="radio" name="v" value="{i}"> {o}</label></li>'
                for i, o in enumerate(["نعم", "لا", "لا أعرف"])
            )
            + '</ul><button type="button">صوّت الآن</button></div>'
        )
        chrome.append(question)
        premium = "اشترك في المدار بلس واقرأ كل الأخبار بلا إعلانات مقابل 9 دولارات شهريا"
        premium_html = f'<div class="plus-cta"><p>{esc(premium)}</p><a href="/plus">اشترك الآن</a></div>'
        chrome.append(premium)
        tags = ["اقتصاد", "أسعار", "مصر", "الحكومة"][: rng.randint(2, 4)]
        tag_row = "الكلمات المفتاحية: " + " ".join(tags)
        tags_html = (
            '<div class="article-keywords"><span>الكلمات المفتاحية:</span> '
            + " ".join(f'<a href="/tags/{i}">{esc(t)}</a>' for i, t in enumerate(tags))
            + "</div>"
        )
        if len(tag_row) >= 20:
            chrome.append(tag_row)
        comments = f"{rng.randint(2, 90)} تعليق - أضف تعليقك على الخبر"
        chrome.append(comments)
        correction = None
        if rng.random() < 0.5 and len(paragraphs) >= 2:
            lead = " ".join(paragraphs[0].split()[:5])
            correction = f"تصحيح: ورد في نسخة سابقة من هذا الخبر رقم غير دقيق في الفقرة التي تبدأ بـ«{lead}»، وقد جرى تصحيحه."
        body_html = ""
        for i, p in enumerate(paragraphs):
            body_html += f"<p>{esc(p)}</p>"
            if i == 0:
                body_html += gallery
            if i == 2 and len(paragraphs) >= 4:
                body_html += newsletter
        if len(paragraphs) < 4:
            body_html += newsletter
        if correction:
            body_html += f'<p class="correction"><em>{esc(correction)}</em></p>'
        body = paragraphs + ([correction] if correction else [])
        # The CMS puts the subscription call, the tags and the poll inside the article text on some pages.
        furniture = premium_html + tags_html + poll
        inside, outside = (furniture, "") if rng.random() < 0.5 else ("", furniture)
        most = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in spec.teasers[:5])
        chrome += [t.title for t in spec.teasers[:5]]
        footer = "جميع الحقوق محفوظة © بوابة المدار 2026"
        chrome.append(footer)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        return Rendered(
            f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} - {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<header class="main-header"><a class="logo" href="/">{self.site_name}</a><nav><a href="/sec/1">أخبار</a> <a href="/sec/2">اقتصاد</a> <a href="/sec/3">رياضة</a></nav></header>
<div class="container"><div class="col-main"><div class="article-page">
<h1 class="article-title">{esc(s.title)}</h1>
<div class="article-info"><span class="date">{spec.published_at:%d/%m/%Y %H:%M}</span> <a class="comments-count" href="#comments">{esc(comments)}</a></div>
{logo}<div class="article-text">{body_html}{inside}</div>{under}{outside}
<div id="comments" class="comments-area"><h3>التعليقات</h3></div></div></div>
<div class="col-side"><div class="most-read"><h3>الأكثر قراءة</h3><ul>{most}</ul></div></div></div>
<footer class="main-footer"><p>{esc(footer)}</p></footer></body></html>""",
            False,
            tuple(c for c in chrome if len(c) >= 20),
            tuple(body) if correction else None,
        )
