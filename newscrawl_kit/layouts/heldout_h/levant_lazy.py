"""موجز بيروت: a Lebanese aggregator portal whose source box lives in an ``<aside>`` and a ``<noscript>``.

A JavaScript-heavy front (React-like shell, lazy ``<img data-src>`` everywhere, inline SVG icons) whose
server-rendered fallback keeps the important bits in ``<noscript>``: the outlet's logo link lives there.
The source box is an ``<aside class="source-box">`` beside the text ("من مصادرنا: X" + "كل الأخبار
من هذا المصدر"), the outlet's name may be the link in a "المصدر:" line, or a disclaimer closes the text.
Chrome: the LBP rate ticker, "الأكثر قراءة" naming other outlets, a cookie banner and a footer.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class LevantLazy(Layout):
    name = "h_levant_lazy"
    language = "ar"
    host = "mojaz-beirut.example"
    site_name = "موجز بيروت"
    families = ("sidebar_widget", "logo_link", "source_link", "disclaimer")
    notes = "Lebanese JS aggregator: <aside> source box, logo link inside <noscript>, 'المصدر:' outlet link, closing disclaimer; lazy images, inline SVG"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/article/{n + 150000}-{story.published_at:%d%m}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        aside = ""
        noscript = ""
        line = ""
        closing = ""
        icon = '<svg class="ic" viewBox="0 0 16 16" width="14" height="14"><path d="M2 2h12v12H2z" fill="none" stroke="currentColor"/></svg>'
        if fam == "sidebar_widget":
            head = rng.choice([f"من مصادرنا: {src.name}", f"الناشر: {src.name}", src.name])
            more = rng.choice(["كل الأخبار من هذا المصدر", f"تابع آخر ما نشره {src.name}"])
            href = f"https://{self.host}/source/{spec.seed % 400 + 1}" if rng.random() < 0.5 else src.home_url
            aside = f'<aside class="source-box" data-source-id="{spec.seed % 400 + 1}"><div class="sb-head">{icon}{esc(head)}</div>{a(href, more)}</aside>'
            chrome.append(more)
        elif fam == "logo_link":
            alt = rng.choice(["", "", src.name])
            noscript = f'<noscript><a href="{esc(src.home_url)}" class="src-logo"><img src="{esc(src.logo)}" alt="{esc(alt)}"></a></noscript>'
            noscript += (
                f'<div class="src-logo-js" data-href="{esc(src.home_url)}" data-logo="{esc(src.logo)}"></div>'
            )
        elif fam == "source_link":
            exposes = rng.random() < 0.6
            target = src.article_url if exposes else src.home_url
            label = rng.choice(["المصدر:", "المصدر :", "نقلاً عن:"])
            line = f'<div class="src-line">{icon}<span>{label}</span> <bdi>{a(target, src.name, rel="nofollow noopener")}</bdi></div>'
        elif fam == "disclaimer":
            text = rng.choice(
                [
                    f"نُشر هذا الخبر أولاً على {src.name}، و{self.site_name} غير مسؤول عن مضمونه.",
                    f"المحتوى منقول عن {src.name} ولا يعبّر بالضرورة عن رأي {self.site_name}.",
                    f"الآراء الواردة تعبّر عن {src.name} وحده، والموقع يعيد نشرها كما وردت.",
                ]
            )
            closing = f'<p class="disclaimer"><small>{esc(text)}</small></p>'
            chrome.append(text)
        most = pick(spec, 5)
        chrome += [t.title for t in most]
        rate = "سعر صرف الدولار في السوق الموازية: 89,500 ليرة — المحروقات: صفيحة البنزين 95 أوكتان"
        cookie = "نستعمل ملفات تعريف الارتباط (الكوكيز) لأغراض التحليل والإعلانات. اضغط قبول للمتابعة"
        foot = f"{self.site_name} © 2026 — تطبيق الأخبار اللبنانية الأسرع"
        chrome += [rate, cookie, foot]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        rows = "".join(
            f'<li data-rank="{i + 1}"><img data-src="https://cdn.{self.host}/th/{i}.jpg" class="lazy" alt=""><span class="o">{esc(t.outlet)}</span>{a(t.url, t.title)}</li>'
            for i, t in enumerate(most)
        )
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} — {self.site_name}</title>
<meta property="og:site_name" content="{self.site_name}"><meta property="og:url" content="{esc(spec.url)}">{json_ld(ld)}
<link rel="preload" as="script" href="https://cdn.{self.host}/static/js/main.{spec.seed % 9999:04d}.js"></head>
<body><div id="root" data-reactroot=""><div class="rate-ticker"><span>{rate}</span></div>
<header class="app-bar"><a href="/" aria-label="{self.site_name}"><svg viewBox="0 0 40 40" width="32" height="32"><rect width="40" height="40" rx="8" fill="#c8102e"/></svg></a><span class="brand">{self.site_name}</span></header>
<div class="layout"><main><article><h1 dir="auto">{esc(s.title)}</h1><div class="meta">{icon}<time datetime="{iso(spec.published_at)}">{spec.published_at:%H:%M} · {spec.published_at:%d/%m/%Y}</time></div>{noscript}
<div class="hero"><img data-src="https://cdn.{self.host}/img/{spec.seed % 7000}.jpg" src="" class="lazy" alt=""></div>
<div class="text" dir="rtl">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}{closing}</div>{line}</article></main>
{aside}<section class="most-read"><h3>الأكثر قراءة</h3><ol>{rows}</ol></section></div>
<div class="cookie-consent"><p>{cookie}</p><button>قبول</button></div>
<footer><p>{esc(foot)}</p></footer></div></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
