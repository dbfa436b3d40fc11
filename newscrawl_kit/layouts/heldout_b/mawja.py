"""بوابة موجة: an Arabic portal in the style of MSN/Yahoo Arabic (partner content, hashed CSS-module classes)."""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlsplit

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_b._util import caption_credit, finish, hours_between, local, share_links


def _cls(base: str, seed: int) -> str:
    """CSS-module class names: the component name and a build hash that changes between deployments."""
    return f"{base}__{'xq7Lk9mZ2a'[seed % 5 : seed % 5 + 5]}"


class Mawja(Layout):
    name = "b_mawja"
    language = "ar"
    host = "ar.mawja-portal.com"
    site_name = "بوابة موجة"
    families: ClassVar[tuple[str, ...]] = ("logo_link", "sidebar_widget", "canonical", "jsonld", "meta_tag")
    notes = (
        "After the Arabic editions of MSN and Yahoo (partner-provided articles): a 'مقدم من' provider row that "
        "shows only the partner's logo, a 'from the publisher' side panel, partner canonical URLs, provider in "
        "JSON-LD or only in a meta tag; React-style hashed class names, related cards with other outlets' logos "
        "linking to their home pages, weather and markets widgets, the portal's own name in every block."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/ar-eg/news/middleeast/ar-AA1{n:05d}x"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        st, src, fam = spec.story, spec.story.source, spec.family
        site = self.site_name
        seed = spec.seed
        when = local(spec.published_at, 2)
        c = lambda base: _cls(base, seed)  # noqa: E731 - short local helper
        chrome: list[str] = []

        head_extra: list[str] = []
        canonical = spec.url
        og_url = spec.url
        if fam == "canonical":
            style = rng.choice(("both", "canonical", "og"))
            if style in ("both", "canonical"):
                canonical = src.article_url
            if style in ("both", "og"):
                og_url = src.article_url
        if fam == "meta_tag":
            name, value = rng.choice(
                (
                    ("original-source", src.article_url),
                    ("syndication-source", src.article_url),
                    ("dc.source", src.name),
                    ("citation_publisher", src.name_latin or src.name),
                    ("content-provider", src.domain),
                )
            )
            head_extra.append(f'<meta name="{name}" content="{esc(value)}">')

        provider = ""
        if fam == "logo_link":
            label = rng.choice(("مقدم من", "بالتعاون مع", "شريك المحتوى", ""))
            alt = rng.choice(("", "", "logo", "شعار الناشر"))
            provider = (
                f'<div class="{c("providerRow")}"><span class="{c("providerLabel")}">{esc(label)}</span>'
                f'<a class="{c("providerLogo")}" href="{esc(src.home_url)}" target="_blank" rel="noopener">'
                f'<img src="{esc(src.logo)}" alt="{esc(alt)}" height="20"></a></div>'
            )
        else:
            provider = (
                f'<div class="{c("providerRow")}"><span class="{c("providerLabel")}">{esc(site)}</span></div>'
            )

        author = st.author or "فريق التحرير"
        ago = hours_between(spec.published_at, st.published_at)
        meta_line = f"بقلم {author} · منذ {ago} ساعة"

        credit = caption_credit(spec, rng, "ar")
        caption = f"مشهد عام من المنطقة © {credit}"
        chrome.append(caption)

        ld: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": st.title,
            "datePublished": iso(spec.published_at),
            "author": [{"@type": "Person", "name": author}],
            "publisher": {"@type": "Organization", "name": site, "url": f"https://{self.host}/"},
            "url": spec.url,
        }
        if fam == "jsonld":
            key = rng.choice(("provider", "sourceOrganization", "authorOrg", "copyrightHolder"))
            org = {"@type": "NewsMediaOrganization", "name": src.name}
            if rng.random() < 0.5:
                org["url"] = src.home_url
            if key == "authorOrg":
                ld["author"].append(org)
            else:
                ld[key] = org

        side = ""
        if fam == "sidebar_widget":
            heading = rng.choice(("عن الناشر", "من الناشر", "المزيد من هذا المصدر"))
            more = spec.teasers[-3:]
            host = urlsplit(src.home_url).netloc or src.domain
            more_html = "".join(
                f'<li><a href="https://{host}/news/{800 + i}">{esc(t.title)}</a></li>'
                for i, t in enumerate(more)
            )
            follow = rng.choice((f"تابع {src.name}", "متابعة", f"زيارة موقع {src.name}"))
            side = (
                f'<section class="{c("publisherCard")}"><h3>{esc(heading)}</h3>'
                f'<a href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(src.name)}"></a>'
                f'<p class="{c("publisherName")}">{esc(src.name)}</p>'
                f'<button type="button" class="{c("followBtn")}">{esc(follow)}</button>'
                f"<ul>{more_html}</ul></section>"
            )
            chrome += [t.title for t in more]

        cards = spec.teasers[:8]
        cards_html = "".join(
            f'<div class="{c("card")}"><a href="{esc(t.url)}"><span class="{c("cardTitle")}">{esc(t.title)}</span>'
            f'</a><a class="{c("cardProvider")}" href="{esc(t.outlet_url or t.url)}"><img '
            f'src="{esc((t.outlet_url or t.url).rstrip("/"))}/favicon.ico" alt="{esc(t.outlet)}"> '
            f"<span>{esc(t.outlet)}</span></a></div>"
            for t in cards
        )
        chrome += [t.title for t in cards]
        trending = spec.teasers[8:12]
        trending_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in trending)
        chrome += [t.title for t in trending]

        weather = f"القاهرة {rng.randint(14, 31)}° غائم جزئياً · الإسكندرية {rng.randint(12, 26)}°"
        markets = f"الذهب عيار 21: {rng.randint(3100, 3900)} جنيه · الدولار: {rng.randint(47, 52)}.{rng.randint(10, 99)} جنيه"
        feedback = f"هل كانت هذه المقالة مفيدة؟ شاركنا رأيك لتحسين تجربتك على {site}"
        footer = f"© {when.year} {site} · الخصوصية وملفات تعريف الارتباط · شروط الاستخدام · الإعلان معنا"
        chrome += [weather, markets, feedback, footer]

        shares = "".join(
            f'<a class="{c("shareBtn")}" data-network="{n}" href="{esc(h)}" aria-label="{n}"></a>'
            for n, h in share_links(spec.url, st.title, ("facebook", "x", "whatsapp", "email"))
        )
        body_html = "".join(f'<p class="{c("paragraph")}">{esc(p)}</p>' for p in spec.paragraphs)

        page = f"""<!DOCTYPE html>
<html lang="ar-eg" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(st.title)}</title>
<meta name="viewport" content="width=device-width">
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:url" content="{esc(og_url)}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:title" content="{esc(st.title)}">
<meta name="application-name" content="{esc(site)}">
{"".join(head_extra)}
{json_ld(ld)}
<script>window.__PORTAL_STATE__={{"market":"ar-eg","pageType":"article","id":"{esc(spec.url.rsplit("/", 1)[-1])}"}};</script>
</head>
<body>
<div id="root"><div class="{c("appShell")}">
<header class="{c("topNav")}"><a class="{c("brand")}" href="https://{self.host}/ar-eg">{esc(site)}</a>
<nav><a href="https://{self.host}/ar-eg/news">أخبار</a><a href="https://{self.host}/ar-eg/sports">رياضة</a><a href="https://{self.host}/ar-eg/money">مال وأعمال</a><a href="https://{self.host}/ar-eg/weather">الطقس</a></nav>
<div class="{c("weatherChip")}">{esc(weather)}</div></header>
<div class="{c("marketsBar")}">{esc(markets)}</div>
<main class="{c("articlePage")}">
<article class="{c("article")}">
{provider}
<h1 class="{c("title")}">{esc(st.title)}</h1>
<div class="{c("byline")}"><span>{esc(meta_line)}</span></div>
<div class="{c("actions")}">{shares}</div>
<figure class="{c("hero")}"><img src="https://img-s.{self.host.split(".", 1)[1]}/tenant/amp/entityid/AA1{seed}.img" alt=""><figcaption>{esc(caption)}</figcaption></figure>
<div class="{c("body")}">{body_html}</div>
<div class="{c("feedback")}">{esc(feedback)}</div>
</article>
<aside class="{c("rail")}">{side}<section class="{c("trending")}"><h3>الأكثر رواجاً</h3><ol>{trending_html}</ol></section>
<div class="{c("ad")}" data-ad-slot="rail-1"><span>إعلان</span></div></aside>
</main>
<section class="{c("moreStories")}"><h2>المزيد لك</h2>{cards_html}</section>
<footer class="{c("footer")}"><p>{esc(footer)}</p></footer>
</div></div>
</body>
</html>"""
        return finish(spec, page, chrome)
