"""بلدرس: a press-mirror portal (*ress-like): /<outlet-slug>/<id> URLs, a long headline strip, 'نشر في X يوم ...'."""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc, paragraphs_html
from newscrawl_kit.layouts.heldout_c._kit import ar_date, choose, pick, slug_url_guard


class BaladressAr(Layout):
    name = "c_baladress_ar"
    language = "ar"
    host = "www.baladress.test"
    site_name = "بلدرس"
    families = ("url_slug", "source_line", "source_link", "canonical")
    notes = (
        "A press-mirror in the masress/sauress family: the page opens on a run of twenty unrelated headlines "
        "separated by spaces, the copied text follows, then 'نشر في <outlet> يوم <date>'; mirrored copies live "
        "under /<outlet-slug>/<id>. Some copies credit only through the URL, some link the name to the original, "
        "some carry only a canonical to the original. A generic 'rights belong to the source' line names nobody."
    )

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/{story.source.slug or 'press'}/{1200000 + n * 13}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/news/{1200000 + n * 13}"

    def render(self, spec: CopySpec) -> Rendered:
        slug_url_guard(spec)
        rng = spec.rng
        st, src = spec.story, spec.story.source
        fam = spec.family
        chrome: list[str] = []
        exposes = False
        date_text = ar_date(spec.published_at, weekday=False).split(" - ")[0]
        published = ""
        canonical = spec.url
        if fam == "source_line":
            form = choose(rng, ("نشر في {o} يوم {d}", "نُشر في {o} بتاريخ {d}", "{o} - {d}"))
            line = form.format(o=src.name, d=date_text)
            published = f'<p class="published">{esc(line)}</p>'
            if len(line) >= 20:
                chrome.append(line)
        elif fam == "source_link":
            lead = choose(rng, ("نشر في", "نُشر في", "المقال منشور في"))
            tail = f" يوم {date_text}"
            published = (
                f'<p class="published">{esc(lead)} <a href="{esc(src.article_url)}" rel="nofollow">{esc(src.name)}</a>'
                f"{esc(tail)}</p>"
            )
            exposes = True
            chrome.append(f"{lead} {src.name}{tail}")
        elif fam == "canonical":
            canonical = src.article_url
            exposes = True
        elif fam is None or fam == "url_slug":
            published = f'<p class="published">{esc("بتاريخ " + date_text)}</p>'
        og_url = src.article_url if fam == "canonical" and rng.random() < 0.5 else spec.url

        strip = pick(spec, 0, 12)
        side = pick(spec, 12, 5)
        strip_text = "    ".join(t.title for t in strip)
        side_html = "".join(f'<li><a href="{esc(t.url)}">{esc(t.title)}</a></li>' for t in side)
        chrome += [t.title for t in strip + side]
        rights = "جميع الحقوق محفوظة لأصحابها، والآراء الواردة تعبر عن مصادرها"
        search = "ابحث في أرشيف بلدرس عن أكثر من مليون خبر من الصحف العربية"
        chrome += [rights, search]
        html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>بلدرس : {esc(st.title)}</title>
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:url" content="{esc(og_url)}">
<meta property="og:title" content="{esc(st.title)}">
<meta name="robots" content="index,follow">
</head><body>
<div id="headlines"><a href="https://{self.host}/">{esc(strip_text)}</a></div>
<div id="top"><a href="https://{self.host}/"><img src="https://{self.host}/i/logo.gif" alt="بلدرس"></a>
<form action="https://{self.host}/search"><input name="q"><button>بحث</button></form><p>{esc(search)}</p></div>
<div id="content"><h1>{esc(st.title)}</h1>
<div class="text">{paragraphs_html(spec.paragraphs)}</div>
{published}
<div class="fb-like" data-href="{esc(spec.url)}"></div>
</div>
<div id="side"><h3>أخبار ذات صلة</h3><ul>{side_html}</ul>
<a href="https://ads.gulfads.example/r?id=998"><img src="https://ads.gulfads.example/300x250.jpg" alt="إعلان"></a></div>
<div id="foot"><p>{esc(rights)}</p><p>بلدرس 2026 - baladress.test</p></div>
</body></html>"""
        return Rendered(html=html, exposes_original_url=exposes, chrome=tuple(chrome))
