"""ومضة: the web view of a Nabd-style news reader app (a story card opened from a shared link).

A thin page: an app-download banner, a card with the source's round logo and name above the headline, the
text, a big "open the story at the source" button, "more stories" cards each with their own source name, and
a store-badge footer. The card's head names the source with a logo (alt text or not), a coloured source chip,
or only the logo; some shared cards declare the original as canonical (the reader does not want its web view
indexed). No comments; the reader's own name in the banner, JSON-LD and footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_f._common import chrome_texts, link, other_items


class NabdReader(Layout):
    name = "f_nabd_reader"
    language = "ar"
    host = "web.wamda-reader.example"
    site_name = "ومضة"
    families = ("logo_link", "badge", "read_original", "canonical")
    notes = "Nabd-like reader app web view: source logo/chip on the card, 'افتح الخبر في المصدر', canonical to the original"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/s/{(n * 7919) % 10**8:08d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        head = '<div class="card-source"><span class="src-dot"></span></div>'
        button = ""
        if fam == "logo_link":
            alt = rng.choice(["", src.name, "logo"])
            head = (
                f'<div class="card-source"><a class="src-logo" href="{esc(src.home_url)}">'
                f'<img src="{esc(src.logo)}" alt="{esc(alt)}" width="36" height="36"></a></div>'
            )
        elif fam == "badge":
            head = f'<div class="card-source"><span class="src-chip" style="background:#{spec.seed % 0xFFFFFF:06x}">{esc(src.name)}</span><span class="ago">منذ {spec.seed % 50 + 2} دقيقة</span></div>'
        elif fam == "read_original":
            text = rng.choice(
                ["افتح الخبر في المصدر", "اقرأ التفاصيل في موقع المصدر", "متابعة القراءة من المصدر"]
            )
            button = f'<div class="open-src">{link(src.article_url, text, class_="btn-open", rel="noopener")}</div>'
            exposes = True
            chrome.append(text)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        more = other_items(spec, 6)
        chrome += [t.title for t in more]
        banner = "حمّل تطبيق ومضة واحصل على أخبارك لحظة بلحظة من مئات المصادر"
        foot = "© 2026 ومضة. جميع الحقوق محفوظة. المحتوى مسؤولية مصادره"
        chrome += [banner, foot]
        cards = "".join(
            f'<a class="mini-card" href="{esc(t.url)}"><span class="mini-src">{esc(t.outlet)}</span><h4>{esc(t.title)}</h4></a>'
            for t in more
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name, "url": f"https://{self.host}/"},
            "mainEntityOfPage": canonical if rng.random() < 0.5 else spec.url,
        }
        og = f'<meta property="og:url" content="{esc(canonical)}">' if rng.random() < 0.6 else ""
        page = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(s.title)} | {self.site_name}</title><link rel="canonical" href="{esc(canonical)}">{og}
<meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">
<meta name="apple-itunes-app" content="app-id=100200300"><meta name="robots" content="noindex">{json_ld(ld)}</head>
<body class="webview"><div class="app-banner"><img src="https://{self.host}/icon.png" alt=""><p>{banner}</p><a href="https://{self.host}/get">تحميل</a></div>
<main class="story-card">{head}<h1 class="card-title">{esc(s.title)}</h1><div class="card-time" data-ts="{iso(spec.published_at)}">{spec.published_at:%H:%M}</div>
<div class="card-body">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{button}
<div class="reactions"><button>👍 {spec.seed % 300}</button><button>مشاركة</button></div></main>
<section class="more"><h3>قصص أخرى</h3>{cards}</section>
<footer class="app-foot"><p>{foot}</p><a href="https://{self.host}/privacy">سياسة الخصوصية</a></footer></body></html>"""
        return Rendered(page, exposes, chrome_texts(chrome))
