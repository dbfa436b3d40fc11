"""اليمن الآن: a Yemeni news mirror that files every copy under ``/akhbar/<outlet-slug>/<id>``.

An old table layout from a forum-era CMS: a marquee of headlines, a left column of "مواقع إخبارية" (a list of
other Yemeni and Gulf sites), the article in a bordered cell, a "أخبار متعلقة" table and a visitor counter.
Credits: a "نقلاً عن" line after the text, the outlet's name linking to the original, the URL segment alone,
or a ``dc.source`` / ``original-source`` meta tag only.
"""

from __future__ import annotations

from newscrawl_kit.layouts.base import CopySpec, Layout, Rendered, StoryText, esc
from newscrawl_kit.layouts.heldout_g._common import a, others, refuse_stray_slug, shown, slug_of


class YemenMirror(Layout):
    name = "g_yemen_mirror"
    language = "ar"
    host = "www.yemen-alaan.example"
    site_name = "اليمن الآن"
    families = ("footer_phrase", "source_link", "url_slug", "meta_tag")
    notes = "Yemeni mirror on an old table CMS: /akhbar/<slug>/<id>, 'نقلاً عن' closing line, outlet link, meta tag only"

    def copy_url(self, story: StoryText, n: int) -> str:
        return f"https://{self.host}/akhbar/{slug_of(story.source)}/{61000 + n * 3}"

    def copy_url_for(self, story: StoryText, n: int, family: str | None) -> str:
        if family == "url_slug":
            return self.copy_url(story, n)
        return f"https://{self.host}/akhbar/{61000 + n * 3}"

    def render(self, spec: CopySpec) -> Rendered:
        refuse_stray_slug(self.name, spec)
        rng = spec.rng
        s, src, fam = spec.story, spec.story.source, spec.family
        chrome: list[str] = []
        exposes = False
        metas = ""
        after = ""
        if fam == "footer_phrase":
            line = rng.choice(
                [
                    f"نقلاً عن {src.name}",
                    f"المادة منقولة عن موقع {src.name} بتصرف",
                    f"(الخبر كما ورد في {src.name})",
                ]
            )
            after = f'<tr><td class="naql">{esc(line)}</td></tr>'
            chrome.append(line)
        elif fam == "source_link":
            intro = rng.choice(["المصدر الأصلي:", "رابط الخبر:", ""])
            after = (
                f'<tr><td class="src">{esc(intro)} {a(src.article_url, src.name, rel="nofollow")}</td></tr>'
            )
            exposes = True
        elif fam == "meta_tag":
            if rng.random() < 0.5:
                metas = f'<meta name="dc.source" content="{esc(src.article_url)}">'
                exposes = True
            else:
                metas = f'<meta name="original-source" content="{esc(rng.choice([src.name, src.home_url]))}">'
        marquee = others(spec, 6)
        related = others(spec, 4, skip=6)
        chrome += [t.title for t in marquee + related]
        mq = " ◄ ".join(esc(t.title) for t in marquee)
        rel_rows = "".join(f'<tr><td>» <a href="{esc(t.url)}">{esc(t.title)}</a></td></tr>' for t in related)
        sites = "".join(
            f'<li><a href="{esc(t.outlet_url or "#")}">{esc(t.outlet)}</a></li>' for t in marquee[:4]
        )
        foot = "جميع المواد المنشورة تعبر عن رأي كتابها - اليمن الآن 2026"
        counter = f"عدد الزوار اليوم: {1200 + spec.seed % 800} زائر"
        chrome += [foot]
        page = f"""<!DOCTYPE html><html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(s.title)} :: اليمن الآن</title>{metas}</head><body bgcolor="#f4f4f4">
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><a href="https://{self.host}/"><img src="https://{self.host}/images/banner.jpg" alt="اليمن الآن"></a></td></tr>
<tr><td colspan="2" class="ticker"><marquee direction="right">{mq}</marquee></td></tr>
<tr><td width="720" valign="top"><table width="100%" class="news-box" border="1"><tr><td class="title"><h1>{esc(s.title)}</h1></td></tr>
<tr><td class="date">{spec.published_at:%Y/%m/%d - %H:%M}</td></tr>
<tr><td class="text">{"".join(f"<p>{esc(p)}</p>" for p in spec.paragraphs)}</td></tr>{after}</table>
<table width="100%" class="rel"><tr><th>أخبار متعلقة</th></tr>{rel_rows}</table></td>
<td width="260" valign="top" class="side"><b>مواقع إخبارية</b><ul>{sites}</ul><div class="counter">{counter}</div></td></tr>
<tr><td colspan="2" class="foot" align="center">{foot}</td></tr></table></body></html>"""
        return Rendered(page, exposes, shown(chrome))
