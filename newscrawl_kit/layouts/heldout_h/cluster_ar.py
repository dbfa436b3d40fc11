"""رصد العناوين: an Arabic Google-News-like cluster page ("التغطية الكاملة") that shows one copy in full.

The page is a story cluster: a lead card with the copied text, a publisher chip and a relative time, then
"تغطيات أخرى" cards from other outlets (each naming its outlet: the distractors), a "الأكثر تداولاً" rail
and a cookie banner. Credits as such readers print them: the outlet's name as a link under the headline, a
small publisher chip beside the time, an "افتح الخبر في موقعه" button, or only a canonical to the original.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, iso, json_ld
from newscrawl_kit.layouts.heldout_h._common import a, chrome_of, pick


class ClusterAr(Layout):
    name = "h_cluster_ar"
    language = "ar"
    host = "rasd-anaween.example"
    site_name = "رصد العناوين"
    families = ("source_link", "badge", "read_original", "canonical")
    notes = "Arabic Google-News-like full-coverage cluster: outlet link under the headline, publisher chip, 'open at the source' button, canonical"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/cluster/{story.published_at:%Y%m%d}/{880000 + n}?hl=ar"

    def render(self, spec: CopySpec) -> Rendered:
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        canonical = spec.url
        under_title = ""
        chip = ""
        button = ""
        hours = spec.seed % 9 + 1
        if fam == "source_link":
            target = src.article_url if rng.random() < 0.6 else src.home_url
            exposes = target == src.article_url
            lead = rng.choice(["", "عن ", "نشر في "])
            under_title = f'<div class="card-pub">{esc(lead)}{a(target, src.name, rel="nofollow", target="_blank", data_ved=str(spec.seed))}</div>'
        elif fam == "badge":
            label = rng.choice([src.name, f"{src.name} · خبر", src.name_latin or src.name])
            chip = f'<span class="pub-chip" dir="auto" data-pub="{spec.seed % 700}">&#x200F;{esc(label)}&#x200F;</span>'
        elif fam == "read_original":
            text = rng.choice(
                [
                    f"افتح الخبر في موقع {src.name}",
                    "افتح الخبر في موقعه الأصلي",
                    f"تابع القراءة على {src.name}",
                ]
            )
            button = f'<div class="open-at-source">{a(src.article_url, text, class_="btn-open", rel="noopener")}</div>'
            exposes = True
            chrome.append(text)
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        other = pick(spec, 4)
        trending = pick(spec, 5, skip=4)
        chrome += [t.title for t in other + trending]
        cookie = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتخصيص العناوين التي تظهر لك"
        foot = f"{self.site_name} يجمع العناوين آلياً من مواقع الأخبار العربية ولا يتدخل في ترتيبها"
        chrome += [cookie, foot]
        og_url = canonical if fam != "canonical" or rng.random() < 0.5 else spec.url
        ld = {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": s.title,
            "url": spec.url,
            "dateModified": iso(spec.published_at),
            "publisher": {"@type": "Organization", "name": self.site_name},
        }
        cards = "".join(
            f'<article class="c-card"><h4>{a(t.url, t.title)}</h4><div class="c-meta"><span class="pub-chip">{esc(t.outlet)}</span> · منذ {i + 2} ساعات</div></article>'
            for i, t in enumerate(other)
        )
        rail = "".join(f"<li>{a(t.url, t.title)}</li>" for t in trending)
        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(s.title)} | {self.site_name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="{esc(canonical)}">
<meta property="og:url" content="{esc(og_url)}"><meta property="og:site_name" content="{self.site_name}"><meta property="og:title" content="{esc(s.title)}">
{json_ld(ld)}</head>
<body class="rtl cluster-view"><header class="topbar"><a class="brand" href="https://{self.host}/"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="#0a7"/></svg><span>{self.site_name}</span></a>
<nav><a href="/for-you">لك</a> <a href="/local">محلي</a> <a href="/world">العالم</a> <a href="/business">الأعمال</a> <a href="/sport">الرياضة</a></nav><form role="search"><input type="search" placeholder="ابحث عن موضوعات ومواقع"></form></header>
<main><h2 class="cluster-head">التغطية الكاملة</h2>
<article class="c-card c-lead"><h1>{esc(s.title)}</h1>{under_title}<div class="c-meta">{chip}<time datetime="{iso(spec.published_at)}">منذ {hours} ساعات</time></div>
<figure class="c-thumb"><img data-src="https://img.{self.host}/t/{spec.seed % 9999}.webp" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></figure>
<div class="c-text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</div>{button}</article>
<section class="more-coverage"><h3>تغطيات أخرى</h3>{cards}</section></main>
<aside class="rail"><h3>الأكثر تداولاً</h3><ol>{rail}</ol></aside>
<div id="cookie-bar" role="dialog"><p>{cookie}</p><button>موافق</button></div>
<footer><p>{esc(foot)}</p><p><a href="/privacy">الخصوصية</a> · <a href="/terms">الشروط</a></p></footer></body></html>"""
        return Rendered(page, exposes, chrome_of(chrome))
