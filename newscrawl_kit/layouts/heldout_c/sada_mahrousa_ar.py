"""صدى المحروسة: an Egyptian auto-copying news site (Mogaz-like): breaking ticker, rights sentence after the body."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import add_dateline, ar_date, choose, pick, share_bar


class SadaMahrousaAr(Layout):
    name = "c_sada_mahrousa_ar"
    language = "ar"
    host = "www.sada-mahrousa.example"
    site_name = "صدى المحروسة"
    families = ("disclaimer", "footer_phrase", "source_line", "wire_dateline")
    notes = (
        "Egyptian copy-everything site in the Mogaz/autoblog mould: an 'عاجل' ticker, the copied text, then a "
        "rights-and-responsibility sentence naming the source and the site, a newsletter box, a 'next' link "
        "whose hashtag names another outlet; the source sometimes sits in a 'المصدر' line by the date."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{520000 + n}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        body = spec.paragraphs
        meta_extra = ""
        after_body = ""
        if fam == "disclaimer":
            text = choose(
                rng,
                (
                    f"جميع حقوق هذا الخبر تعود إلى مصدره {src.name}، وهو المسؤول عن صحة ما ورد فيه، وموقع صدى المحروسة يعرضه كما وصل دون أي تدخل.",
                    f"هذا المحتوى منقول عن {src.name} ويعبر عن رأي مصدره، ولا يتحمل صدى المحروسة أي مسؤولية قانونية عنه.",
                    f"الخبر منشور أصلاً لدى {src.name} ومسؤولية ما جاء فيه تقع على الناشر، نتمنى لكم متابعة ممتعة مع صدى المحروسة على مدار الساعة.",
                ),
            )
            after_body = f'<div class="rights-note"><p>{esc(text)}</p></div>'
            chrome.append(text)
        elif fam == "footer_phrase":
            text = choose(
                rng,
                (
                    f"وكانت {src.name} قد نشرت تفاصيل هذا الخبر، ويمكن متابعة مستجداته من خلالها.",
                    f"تم نقل هذا الخبر من {src.name} بتصرف بسيط في العنوان.",
                    f"الخبر كما ورد على موقع {src.name}.",
                ),
            )
            after_body = f'<p class="closing">{esc(text)}</p>'
            chrome.append(text)
        elif fam == "source_line":
            label = choose(rng, ("المصدر:", "المصدر :", "مصدر الخبر:", "نقلا عن:"))
            shown = src.name if not src.name_latin or rng.random() < 0.7 else src.name_latin
            line = f"{label} {shown}"
            if rng.random() < 0.5:
                meta_extra = f'<span class="src">{esc(line)}</span>'
            else:
                after_body = f'<p class="src-line"><strong>{esc(label)}</strong> {esc(shown)}</p>'
                if len(line) >= 20:
                    chrome.append(line)
        elif fam == "wire_dateline":
            city = choose(rng, ("القاهرة", "القاهرة", "الإسكندرية", "عواصم"))
            opener = choose(rng, (f"{city} - {src.name} -", f"{city} ({src.name}):", f"{city} – {src.name}:"))
            body = add_dateline(spec, opener)

        ticker = pick(spec, 0, 6)
        more = pick(spec, 6, 4)
        nxt = pick(spec, 10, 1)
        ticker_html = "    ".join(f'<a href="{esc(t.url)}">{esc(t.title)}</a>' for t in ticker)
        more_html = "".join(
            f'<li><a href="{esc(t.url)}">{esc(t.title)}</a> <span class="tag">#{esc(t.outlet)}</span></li>'
            for t in more
        )
        next_html = ""
        if nxt:
            t = nxt[0]
            next_line = f"التالى #{t.outlet} - #أخبار_مصر - {t.title}"
            next_html = f'<div class="next"><a href="{esc(t.url)}">{esc(next_line)}</a></div>'
            chrome.append(next_line)
        chrome += [t.title for t in ticker + more]
        newsletter = "اشترك في النشرة البريدية لتصلك أهم الأخبار فور نشرها على صدى المحروسة"
        follow = "تابعونا على مواقع التواصل الاجتماعي ليصلكم كل جديد"
        rights = "جميع الحقوق محفوظة لموقع صدى المحروسة الإخباري © 2026"
        chrome += [newsletter, follow, rights]
        hour = ar_date(spec.published_at, weekday=True)
        html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(st.title)} - صدى المحروسة</title>
<meta name="description" content="{esc(spec.paragraphs[0][:150])}">
<meta property="og:site_name" content="صدى المحروسة">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(spec.url)}">
<meta property="article:published_time" content="{iso(spec.published_at)}">
<link rel="canonical" href="{esc(spec.url)}">
<script async src="https://ads.adnet.example/tag.js"></script>
</head><body>
<div class="urgent"><span>أخبار عاجلة</span><div class="marquee">{ticker_html}</div></div>
<header><a class="logo" href="https://{self.host}/"><img src="https://{self.host}/logo.png" alt="صدى المحروسة"></a>
<ul class="menu"><li><a href="https://{self.host}/cat/egypt">أخبار مصر</a></li><li><a href="https://{self.host}/cat/world">العالم</a></li>
<li><a href="https://{self.host}/cat/sport">رياضة</a></li><li><a href="https://{self.host}/cat/art">فن</a></li></ul></header>
<div class="ad-top"><a href="https://ads.adnet.example/click?c=7731"><img src="https://ads.adnet.example/b/728x90.gif" alt="إعلان"></a></div>
<div class="post">
<h1>{esc(st.title)}</h1>
<div class="post-meta"><span class="date">{esc(hour)}</span>{meta_extra}</div>
<div class="post-body">{paragraphs_html(body)}</div>
{after_body}
{share_bar(spec.url, ("شارك", "غرد", "واتس", "تليجرام"))}
<div class="newsletter"><p>{esc(newsletter)}</p><form><input type="email" placeholder="بريدك"><button>اشترك</button></form></div>
<p class="follow">{esc(follow)}</p>
{next_html}
</div>
<aside><h4>اقرأ أيضاً</h4><ul>{more_html}</ul></aside>
<footer><p>{esc(rights)}</p><a href="https://{self.host}/contact">اتصل بنا</a> <a href="https://{self.host}/policy">سياسة الخصوصية</a></footer>
</body></html>"""
        return Rendered(
            html=html,
            exposes_original_url=False,
            chrome=tuple(chrome),
            body=body if body != spec.paragraphs else None,
        )
