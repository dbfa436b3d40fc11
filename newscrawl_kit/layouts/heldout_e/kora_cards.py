"""An Arabic sports and economy aggregator in Next.js (hashed CSS-module classes, Discover-style cards): the
source as a pill with its favicon above the title, "عبر X" in the meta line, the favicon alone linking to the
outlet, an "اقرأ المزيد على X" button, or only the Open Graph URL (the rel=canonical stays the site's own)."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_e._common import body, doc, pick, teasers


class KoraCards(Layout):
    name = "e_kora_cards"
    language = "ar"
    host = "www.mal3ab-w-souq.example"
    site_name = "ملعب وسوق"
    families = ("badge", "via_meta", "logo_link", "read_original", "canonical")
    notes = "Next.js app: __NEXT_DATA__ script, Card_root__x7Yq2 classes, live scores bar, markets ticker"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/ar/story/{(n * 2246822519) % 10**9:09d}"

    def render(self, spec: CopySpec) -> Rendered:
        src, story, fam = spec.story.source, spec.story, spec.family
        ps = body(spec)
        chrome: list[str] = []
        exposes = False
        og_url = spec.url
        canonical = spec.url
        pill = ""
        meta_src = ""
        button = ""
        favicon = f"https://www.google.com/s2/favicons?domain={src.domain}&sz=32"
        if fam == "badge":
            pill = (
                f'<div class="SourcePill_root__Qm3Lx"><img src="{esc(favicon)}" alt="" width="16">'
                f'<span class="SourcePill_name__1Ht0v">{esc(src.name)}</span></div>'
            )
        elif fam == "via_meta":
            meta_src = f'<span class="Meta_via__9Jd2s">{pick(spec, ("عبر", "عن طريق", "نقلاً عن"), "w")} {esc(src.name)}</span> · '
        elif fam == "logo_link":
            pill = (
                f'<a class="SourcePill_icon__b8Vn0" href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(favicon)}" alt="" width="20"></a>'
            )
        elif fam == "read_original":
            label = pick(
                spec, (f"اقرأ المزيد على {src.name}", "المصدر الأصلي", "تابع القراءة في الموقع الأصلي"), "w"
            )
            button = f'<a class="Article_readMore__T0kd8" href="{esc(src.article_url)}" target="_blank" rel="noopener nofollow">{esc(label)}</a>'
            exposes = True
        elif fam == "canonical":
            og_url = src.article_url
            if pick(spec, (True, False), "c"):
                canonical = src.article_url
            exposes = True
        scores = "".join(
            f'<li class="Scores_item__4Rt1p"><span>{h}</span> <b>{x}</b> <span>{w}</span></li>'
            for h, x, w in (
                ("الهلال", "2 - 1", "النصر"),
                ("الأهلي", "0 - 0", "الزمالك"),
                ("الوداد", "1 - 3", "الرجاء"),
            )
        )
        markets = "تاسي 11,842 ▲0.4% · EGX30 31,210 ▼0.2% · برنت 74.1$ · الذهب 2,391$"
        cards = teasers(spec, 6)
        chrome += [t.title for t in cards]
        cards_html = "".join(
            f'<div class="Card_root__x7Yq2"><a href="{esc(t.url)}"><div class="Card_src__Lp2e1">{esc(t.outlet)}</div>'
            f'<h3 class="Card_title__2WvNs">{esc(t.title)}</h3><span class="Card_time__0aZk9">منذ {1 + i} ساعة</span></a></div>'
            for i, t in enumerate(cards)
        )
        app = f"حمّل تطبيق {self.site_name} وتابع نتائج المباريات وأسعار الأسهم لحظة بلحظة"
        chrome.append(app)
        text = "".join(f'<p class="Article_p__f3Kq1">{esc(p)}</p>' for p in ps)
        next_data = json_ld(
            {
                "props": {"pageProps": {"id": spec.url.rsplit("/", 1)[1], "lang": "ar"}},
                "page": "/ar/story/[id]",
            }
        )
        next_data = next_data.replace(
            'type="application/ld+json"', 'id="__NEXT_DATA__" type="application/json"'
        )
        head = (
            f'<title>{esc(story.title)} | {esc(self.site_name)}</title><link rel="canonical" href="{esc(canonical)}">'
            f'<meta property="og:url" content="{esc(og_url)}"><meta property="og:site_name" content="{esc(self.site_name)}">'
            f'<meta property="og:title" content="{esc(story.title)}"><meta name="twitter:card" content="summary_large_image">'
            + json_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": story.title,
                    "datePublished": iso(spec.published_at),
                    "publisher": {"@type": "Organization", "name": self.site_name},
                }
            )
        )
        page = f"""<div id="__next"><div class="Layout_root__2kLzQ"><header class="Header_root__V5bNw"><a class="Header_logo__3nHj1" href="/ar">{esc(self.site_name)}</a>
<nav class="Header_nav__R2mTq"><a href="/ar/sport">رياضة</a><a href="/ar/markets">أسواق</a><a href="/ar/crypto">عملات رقمية</a><a href="/ar/for-you">لك</a></nav></header>
<ul class="Scores_root__hQ8Ze">{scores}</ul><div class="Markets_ticker__Zy3vD">{esc(markets)}</div>
<main class="Article_root__mK1pB"><article>{pill}<h1 class="Article_title__6Gq0e">{esc(story.title)}</h1>
<div class="Article_meta__YpQ7c">{meta_src}<time datetime="{iso(spec.published_at)}">{spec.published_at:%d/%m/%Y %H:%M}</time> · {1 + spec.seed % 6} دقائق قراءة</div>
<div class="Article_hero__Gx1c0"><img src="https://img.{self.host.removeprefix("www.")}/{spec.seed % 10**6}.webp" alt=""></div>
<div class="Article_body__p0Wq4">{text}</div>{button}
<div class="Share_root__8pLmV"><button aria-label="واتساب">واتساب</button><button aria-label="إكس">إكس</button><button aria-label="نسخ الرابط">نسخ الرابط</button></div></article>
<section class="Feed_root__cW3aT"><h2>قد يهمك أيضاً</h2>{cards_html}</section></main>
<div class="AppBanner_root__1sZ8e">{esc(app)}</div><footer class="Footer_root__dQ5Tx">© 2026 {esc(self.site_name)}</footer></div></div>{next_data}"""
        return Rendered(doc("ar", head, page), exposes, tuple(chrome), ps)
