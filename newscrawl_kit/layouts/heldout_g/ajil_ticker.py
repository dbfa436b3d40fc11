"""شريط عاجل: a breaking-news ticker site, every item a short page under a red "عاجل" banner.

Built for speed: a red sticky banner with a running clock, the item as a card (title, age, text), "أخبار
عاجلة أخرى" as a timeline of one-line items naming their outlets, notification prompts and a compact footer.
Credits: an "منذ 5 دقائق · عبر X" meta line, a wire dateline opening the text, the outlet's round logo
linking to its home page, or only the item's JSON-LD (``sourceOrganization`` / ``isBasedOn``).
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_g._common import dateline_body, others, shown


class AjilTicker(Layout):
    name = "g_ajil_ticker"
    language = "ar"
    host = "shareet-ajil.example"
    site_name = "شريط عاجل"
    families = ("via_meta", "wire_dateline", "logo_link", "jsonld")
    notes = "'عاجل' breaking-news ticker site (red banner, timeline cards): 'عبر X' meta, wire dateline, round outlet logo, JSON-LD only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/breaking/{story.published_at:%Y%m%d}{n:04d}"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        body: tuple[str, ...] | None = None
        mins = spec.seed % 50 + 1
        meta = f'<span class="age">منذ {mins} دقيقة</span>'
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        if fam == "via_meta":
            line = rng.choice(
                [f"منذ {mins} دقيقة · عبر {src.name}", f"{src.name} · منذ {mins} دقيقة", f"عبر {src.name}"]
            )
            meta = f'<span class="age">{esc(line)}</span>'
            chrome.append(line)
        elif fam == "wire_dateline":
            body = dateline_body(spec, rng.choice(["عاجل - {wire} - ", "القاهرة - {wire} - ", "{wire} - "]))
        elif fam == "logo_link":
            alt = rng.choice(["", src.name])
            meta = (
                f'<a class="round-logo" href="{esc(src.home_url)}"><img src="{esc(src.logo)}" alt="{esc(alt)}" width="28" height="28"></a> '
                + meta
            )
        elif fam == "jsonld":
            if rng.random() < 0.5:
                ld["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": src.name}
            else:
                ld["isBasedOn"] = src.article_url
                exposes = True
            if rng.random() < 0.3:
                ld["author"] = {"@type": "Organization", "name": src.name}
        paragraphs = body or spec.paragraphs
        timeline = others(spec, 7)
        chrome += [t.title for t in timeline]
        items = "".join(
            f'<li><span class="dot"></span><a href="{esc(t.url)}">{esc(t.title)}</a> <em>{esc(t.outlet)}</em></li>'
            for t in timeline
        )
        prompt = "فعّل التنبيهات لتصلك الأخبار العاجلة فور وقوعها"
        foot = "شريط عاجل © 2026 — الأخبار العاجلة من كل المصادر في صفحة واحدة"
        chrome += [prompt, foot]
        page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عاجل | {esc(s.title)}</title>
<meta name="theme-color" content="#c00"><meta property="og:site_name" content="{self.site_name}">{json_ld(ld)}</head><body>
<div class="red-banner"><a href="https://{self.host}/">شريط عاجل</a><span class="clock">{spec.published_at:%H:%M}</span></div>
<div class="card urgent"><span class="tag">عاجل</span><h1>{esc(s.title)}</h1><div class="card-meta">{meta}</div>
<div class="card-text">{"".join(f"<p>{esc(p)}</p>" for p in paragraphs)}</div></div>
<div class="notify"><button>{prompt}</button></div>
<section class="timeline"><h2>أخبار عاجلة أخرى</h2><ul>{items}</ul></section>
<footer>{foot}</footer></body></html>"""
        return Rendered(page, exposes, shown(chrome), body)
